/*
 * metrics.c - the counters behind GET /metrics and their Prometheus text
 * rendering.  State is one static block of C11 atomics (the server may keep
 * globals; core may not), updated with relaxed order from any thread.
 * Seconds are printed from integer microseconds: no floating-point
 * formatting, so no locale.
 */
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "lede/lede.h"
#include "metrics.h"

enum { STATUS_MAX = 600 };

/* Histogram upper bounds, microseconds and their label text. */
static const int64_t bucket_us[] = {1000,   2500,   5000,    10000,   25000,   50000,  100000,
                                    250000, 500000, 1000000, 2500000, 5000000, 10000000};
static const char *const bucket_le[] = {"0.001", "0.0025", "0.005", "0.01", "0.025", "0.05", "0.1",
                                        "0.25",  "0.5",    "1",     "2.5",  "5",     "10"};
enum { N_BUCKETS = sizeof bucket_us / sizeof *bucket_us };

typedef struct histogram {
    atomic_ulong buckets[N_BUCKETS]; /* not cumulative; summed when rendered */
    atomic_ullong sum_us;
    atomic_ulong count;
} histogram;

static struct {
    atomic_ulong requests[LEDE_ROUTE_COUNT][STATUS_MAX];
    histogram duration[LEDE_ROUTE_COUNT];
    histogram analysis;
    atomic_ulong analysis_outcome[LEDE_STATUS_COUNT];
    atomic_ullong bytes_in, bytes_out;
    atomic_long in_flight;
    long long start_time_s;
} m;

static const char *const route_names[LEDE_ROUTE_COUNT] = {
    [LEDE_ROUTE_ANALYZE] = "/v1/analyze", [LEDE_ROUTE_HEALTHZ] = "/healthz",
    [LEDE_ROUTE_READYZ] = "/readyz",      [LEDE_ROUTE_METRICS] = "/metrics",
    [LEDE_ROUTE_INFO] = "/v1/info",       [LEDE_ROUTE_OPENAPI] = "/openapi.yaml",
    [LEDE_ROUTE_DEMO] = "/",              [LEDE_ROUTE_OTHER] = "other",
};

const char *lede_srv_route_name(lede_srv_route r)
{
    return (unsigned)r < LEDE_ROUTE_COUNT ? route_names[r] : "other";
}

void lede_srv_metrics_start(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    m.start_time_s = (long long)ts.tv_sec;
}

void lede_srv_metrics_in_flight(int delta)
{
    atomic_fetch_add_explicit(&m.in_flight, delta, memory_order_relaxed);
}

long lede_srv_metrics_in_flight_now(void) { return atomic_load_explicit(&m.in_flight, memory_order_relaxed); }

static void observe(histogram *h, int64_t us)
{
    if (us < 0)
        us = 0;
    for (int i = 0; i < N_BUCKETS; i++)
        if (us <= bucket_us[i]) {
            atomic_fetch_add_explicit(&h->buckets[i], 1, memory_order_relaxed);
            break;
        }
    atomic_fetch_add_explicit(&h->sum_us, (unsigned long long)us, memory_order_relaxed);
    atomic_fetch_add_explicit(&h->count, 1, memory_order_relaxed);
}

void lede_srv_metrics_request(lede_srv_route r, int status, int64_t duration_us, size_t bytes_in,
                              size_t bytes_out)
{
    if ((unsigned)r >= LEDE_ROUTE_COUNT)
        r = LEDE_ROUTE_OTHER;
    if (status < 100 || status >= STATUS_MAX)
        status = 500;
    atomic_fetch_add_explicit(&m.requests[r][status], 1, memory_order_relaxed);
    observe(&m.duration[r], duration_us);
    atomic_fetch_add_explicit(&m.bytes_in, bytes_in, memory_order_relaxed);
    atomic_fetch_add_explicit(&m.bytes_out, bytes_out, memory_order_relaxed);
}

void lede_srv_metrics_analysis(int64_t duration_us, int st)
{
    observe(&m.analysis, duration_us);
    if (st >= 0 && st < LEDE_STATUS_COUNT)
        atomic_fetch_add_explicit(&m.analysis_outcome[st], 1, memory_order_relaxed);
}

static unsigned long load(atomic_ulong *a) { return atomic_load_explicit(a, memory_order_relaxed); }

static void put_seconds(FILE *f, unsigned long long us)
{
    fprintf(f, "%llu.%06llu", us / 1000000ull, us % 1000000ull);
}

static void put_histogram(FILE *f, const char *name, const char *label, histogram *h)
{
    unsigned long cum = 0;
    const char *sep = label ? "," : "";
    for (int i = 0; i < N_BUCKETS; i++) {
        cum += load(&h->buckets[i]);
        fprintf(f, "%s_bucket{%s%sle=\"%s\"} %lu\n", name, label ? label : "", sep, bucket_le[i], cum);
    }
    /* count is bumped last in observe(): clamp so +Inf never trails a bucket */
    unsigned long count = load(&h->count);
    if (count < cum)
        count = cum;
    fprintf(f, "%s_bucket{%s%sle=\"+Inf\"} %lu\n", name, label ? label : "", sep, count);
    fprintf(f, "%s_sum%s%s%s ", name, label ? "{" : "", label ? label : "", label ? "}" : "");
    put_seconds(f, atomic_load_explicit(&h->sum_us, memory_order_relaxed));
    fprintf(f, "\n%s_count%s%s%s %lu\n", name, label ? "{" : "", label ? label : "", label ? "}" : "", count);
}

/* Label values here are fixed strings or model names; escape the three
 * characters the text format reserves anyway. */
static void put_label_value(FILE *f, const char *s)
{
    for (; s && *s; s++) {
        if (*s == '\\' || *s == '"') {
            fputc('\\', f);
            fputc(*s, f);
        } else if (*s == '\n') {
            fputs("\\n", f);
        } else {
            fputc(*s, f);
        }
    }
}

char *lede_srv_metrics_render(const lede_srv_gauges *g, size_t *len)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    if (!f)
        return NULL;

    fputs("# HELP lede_build_info Version of the running server.\n# TYPE lede_build_info gauge\n", f);
    fprintf(f, "lede_build_info{version=\"%s\"} 1\n", LEDE_VERSION);
    fputs("# HELP lede_model_info Loaded model.\n# TYPE lede_model_info gauge\nlede_model_info{name=\"", f);
    put_label_value(f, g->model_name);
    fputs("\",version=\"", f);
    put_label_value(f, g->model_version);
    fputs("\"} 1\n", f);
    fputs("# HELP lede_process_start_time_seconds Start time of the process since the Unix epoch.\n"
          "# TYPE lede_process_start_time_seconds gauge\n", f);
    fprintf(f, "lede_process_start_time_seconds %lld\n", m.start_time_s);

    fputs("# HELP lede_http_requests_total HTTP requests answered, by route and status.\n"
          "# TYPE lede_http_requests_total counter\n", f);
    for (int r = 0; r < LEDE_ROUTE_COUNT; r++)
        for (int s = 100; s < STATUS_MAX; s++) {
            unsigned long v = load(&m.requests[r][s]);
            if (v)
                fprintf(f, "lede_http_requests_total{route=\"%s\",status=\"%d\"} %lu\n", route_names[r], s, v);
        }

    fputs("# HELP lede_http_request_duration_seconds Time from request headers to the last byte sent.\n"
          "# TYPE lede_http_request_duration_seconds histogram\n", f);
    for (int r = 0; r < LEDE_ROUTE_COUNT; r++) {
        char label[64];
        snprintf(label, sizeof label, "route=\"%s\"", route_names[r]);
        put_histogram(f, "lede_http_request_duration_seconds", label, &m.duration[r]);
    }

    fputs("# HELP lede_analysis_duration_seconds Time a worker spent analysing and rendering one document.\n"
          "# TYPE lede_analysis_duration_seconds histogram\n", f);
    put_histogram(f, "lede_analysis_duration_seconds", NULL, &m.analysis);

    fputs("# HELP lede_analysis_total Analyses finished, by outcome.\n# TYPE lede_analysis_total counter\n", f);
    for (int s = 0; s < LEDE_STATUS_COUNT; s++) {
        unsigned long v = load(&m.analysis_outcome[s]);
        if (v)
            fprintf(f, "lede_analysis_total{outcome=\"%s\"} %lu\n", lede_status_code((lede_status)s), v);
    }

    fputs("# HELP lede_http_request_bytes_total Request body bytes received.\n"
          "# TYPE lede_http_request_bytes_total counter\n", f);
    fprintf(f, "lede_http_request_bytes_total %llu\n", atomic_load_explicit(&m.bytes_in, memory_order_relaxed));
    fputs("# HELP lede_http_response_bytes_total Response body bytes sent.\n"
          "# TYPE lede_http_response_bytes_total counter\n", f);
    fprintf(f, "lede_http_response_bytes_total %llu\n", atomic_load_explicit(&m.bytes_out, memory_order_relaxed));

    fputs("# HELP lede_http_in_flight Requests received and not yet answered.\n# TYPE lede_http_in_flight gauge\n", f);
    fprintf(f, "lede_http_in_flight %ld\n", lede_srv_metrics_in_flight_now());
    fputs("# HELP lede_queue_depth Analyses waiting for a worker.\n# TYPE lede_queue_depth gauge\n", f);
    fprintf(f, "lede_queue_depth %zu\n", g->queue_depth);
    fputs("# HELP lede_queue_capacity Analyses that may wait before requests get 503.\n"
          "# TYPE lede_queue_capacity gauge\n", f);
    fprintf(f, "lede_queue_capacity %zu\n", g->queue_capacity);
    fputs("# HELP lede_workers Analysis worker threads.\n# TYPE lede_workers gauge\n", f);
    fprintf(f, "lede_workers %zu\n", g->workers);
    fputs("# HELP lede_workers_busy Workers analysing a document now.\n# TYPE lede_workers_busy gauge\n", f);
    fprintf(f, "lede_workers_busy %zu\n", g->workers_busy);
    fputs("# HELP lede_draining 1 after SIGTERM or SIGINT, while requests in flight finish.\n"
          "# TYPE lede_draining gauge\n", f);
    fprintf(f, "lede_draining %d\n", g->draining ? 1 : 0);

    if (ferror(f)) {
        fclose(f);
        free(buf);
        return NULL;
    }
    if (fclose(f) != 0) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}
