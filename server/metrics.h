/*
 * metrics.h - process-wide counters for GET /metrics (Prometheus text
 * format 0.0.4).  All counters are C11 atomics updated with relaxed order:
 * any thread may record, and a scrape sees each value whole.
 */
#ifndef LEDE_SRV_METRICS_H
#define LEDE_SRV_METRICS_H

#include <stddef.h>
#include <stdint.h>

/* Route labels.  Unknown paths share "other" so a scanner cannot blow up
 * the number of series. */
typedef enum lede_srv_route {
    LEDE_ROUTE_ANALYZE,
    LEDE_ROUTE_HEALTHZ,
    LEDE_ROUTE_READYZ,
    LEDE_ROUTE_METRICS,
    LEDE_ROUTE_INFO,
    LEDE_ROUTE_OPENAPI,
    LEDE_ROUTE_DEMO,
    LEDE_ROUTE_OTHER,
    LEDE_ROUTE_COUNT
} lede_srv_route;

const char *lede_srv_route_name(lede_srv_route r);

/* Gauges owned by others (the pool, main), sampled at scrape time. */
typedef struct lede_srv_gauges {
    size_t queue_depth, queue_capacity;
    size_t workers, workers_busy;
    int draining;
    const char *model_name, *model_version;
} lede_srv_gauges;

void lede_srv_metrics_start(void);  /* records the process start time */
void lede_srv_metrics_in_flight(int delta);
long lede_srv_metrics_in_flight_now(void);
/* One finished request: status is the HTTP status sent (499: the client
 * went away first). */
void lede_srv_metrics_request(lede_srv_route r, int status, int64_t duration_us, size_t bytes_in,
                              size_t bytes_out);
/* Time a worker spent on one analysis, and its outcome as a lede_status slug. */
void lede_srv_metrics_analysis(int64_t duration_us, int lede_status);

/* Renders every metric as a malloc'd NUL-terminated text; NULL on ENOMEM. */
char *lede_srv_metrics_render(const lede_srv_gauges *g, size_t *len);

#endif
