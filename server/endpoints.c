/*
 * endpoints.c - the GET endpoints: /healthz, /readyz, /metrics, /v1/info
 * and /openapi.yaml.  Bodies that never change are built once with jansson
 * before the daemon starts and sent from static storage, with a gzip twin
 * made once for the larger ones; /metrics is rendered (and compressed) per
 * scrape.  Runs on the MHD thread.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "compress.h"
#include "http.h"
#include "log.h"
#include "openapi.h"

static const char healthz_body[] = "{\"status\":\"ok\"}";

static json_t *model_json(const lede_srv *s)
{
    return json_pack("{s:s, s:s, s:I, s:I}", "name", lede_model_name(s->model), "version",
                     lede_model_version(s->model), "features", (json_int_t)lede_model_features(s->model),
                     "lexicon_entries", (json_int_t)lede_model_lexicon_entries(s->model));
}

static json_t *string_array(const char *const *v, size_t n)
{
    json_t *a = json_array();
    for (size_t i = 0; a && i < n; i++)
        json_array_append_new(a, json_string(v[i]));
    return a;
}

static json_t *info_json(const lede_srv *s)
{
    const lede_srv_config *c = s->cfg;
    const lede_limits *l = &s->limits;
    size_t ne, nv;
    const char *const *et = lede_entity_types(&ne);
    const char *const *vt = lede_event_types(&nv);
    static const char *const offsets[] = {"codepoint", "utf8", "utf16"};
    static const char *const features[] = {"entities", "quotes", "events"};
    static const char *const types[] = {"text/plain", "text/html", "application/json", "application/xml",
                                        "text/xml", "application/nitf+xml",
                                        "application/vnd.iptc.g2.newsitem+xml"};
    json_t *limits = json_pack(
        "{s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I}",
        "max_body_bytes", (json_int_t)c->max_body, "deadline_ms", (json_int_t)c->deadline_ms,
        "workers", (json_int_t)c->workers, "queue", (json_int_t)c->queue,
        "max_text_bytes", (json_int_t)l->max_text_bytes, "max_tokens", (json_int_t)l->max_tokens,
        "max_mentions", (json_int_t)l->max_mentions, "max_quotes", (json_int_t)l->max_quotes,
        "max_events", (json_int_t)l->max_events, "max_json_depth", (json_int_t)l->max_json_depth,
        "max_html_depth", (json_int_t)l->max_html_depth, "max_output_bytes", (json_int_t)l->max_output_bytes);
    return json_pack("{s:s, s:s, s:o, s:o, s:o, s:o, s:o, s:o, s:o}", "name", "lede", "version", LEDE_VERSION,
                     "model", model_json(s), "limits", limits, "entity_types", string_array(et, ne),
                     "event_types", string_array(vt, nv), "offsets", string_array(offsets, 3), "features",
                     string_array(features, 3), "content_types",
                     string_array(types, sizeof types / sizeof *types));
}

static char *dump(json_t *j, size_t *len)
{
    if (!j)
        return NULL;
    char *s = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER);
    json_decref(j);
    if (s)
        *len = strlen(s);
    return s;
}

static char *gzip_twin(const lede_srv *s, const char *body, size_t len, size_t *gz_len)
{
    const lede_srv_config *c = s->cfg;
    if (c->compress_level == 0 || len < c->compress_min)
        return NULL;
    return lede_srv_gzip(body, len, (int)c->compress_level, gz_len);
}

int lede_srv_endpoints_init(lede_srv *s, char *err, size_t errlen)
{
    s->info_json = dump(info_json(s), &s->info_len);
    s->ready_json = dump(json_pack("{s:s, s:o, s:I}", "status", "ready", "model", model_json(s), "workers",
                                   (json_int_t)s->cfg->workers),
                         &s->ready_len);
    s->draining_json = dump(json_pack("{s:s, s:o, s:I}", "status", "draining", "model", model_json(s),
                                      "workers", (json_int_t)s->cfg->workers),
                            &s->draining_len);
    if (!s->info_json || !s->ready_json || !s->draining_json) {
        snprintf(err, errlen, "out of memory building the info documents");
        lede_srv_endpoints_fini(s);
        return -1;
    }
    /* a missing twin (too small, or no memory) only means no compression */
    s->info_gz = gzip_twin(s, s->info_json, s->info_len, &s->info_gz_len);
    s->openapi_gz = gzip_twin(s, (const char *)lede_openapi_yaml, lede_openapi_yaml_len, &s->openapi_gz_len);
    s->demo_gz = gzip_twin(s, (const char *)lede_demo_html, lede_demo_html_len, &s->demo_gz_len);
    return 0;
}

void lede_srv_endpoints_fini(lede_srv *s)
{
    free(s->info_json);
    free(s->ready_json);
    free(s->draining_json);
    s->info_json = s->ready_json = s->draining_json = NULL;
    free(s->info_gz);
    free(s->openapi_gz);
    free(s->demo_gz);
    s->info_gz = s->openapi_gz = s->demo_gz = NULL;
}

static enum MHD_Result metrics(lede_srv_req *rq)
{
    lede_srv *s = rq->srv;
    lede_srv_pool_stats ps = lede_srv_pool_stats_now(s->pool);
    lede_srv_gauges g = {
        .queue_depth = ps.waiting,
        .queue_capacity = ps.capacity,
        .workers = ps.workers,
        .workers_busy = ps.busy,
        .draining = atomic_load(&s->draining),
        .model_name = lede_model_name(s->model),
        .model_version = lede_model_version(s->model),
    };
    size_t len;
    char *text = lede_srv_metrics_render(&g, &len);
    if (!text)
        return lede_srv_respond_problem(rq, LEDE_ERR_NOMEM, "out of memory rendering the metrics");
    return lede_srv_respond(rq, 200, "text/plain; version=0.0.4; charset=utf-8", text, len, true);
}

enum MHD_Result lede_srv_endpoint_get(lede_srv_req *rq)
{
    lede_srv *s = rq->srv;
    switch (rq->route) {
    case LEDE_ROUTE_HEALTHZ:
        return lede_srv_respond(rq, 200, "application/json", healthz_body, sizeof healthz_body - 1, false);
    case LEDE_ROUTE_READYZ:
        if (atomic_load(&s->draining))
            return lede_srv_respond(rq, 503, "application/json", s->draining_json, s->draining_len, false);
        return lede_srv_respond(rq, 200, "application/json", s->ready_json, s->ready_len, false);
    case LEDE_ROUTE_METRICS:
        return metrics(rq);
    case LEDE_ROUTE_INFO:
        return lede_srv_respond_static(rq, 200, "application/json", s->info_json, s->info_len, s->info_gz,
                                       s->info_gz_len);
    case LEDE_ROUTE_OPENAPI:
        return lede_srv_respond_static(rq, 200, "application/yaml", (const char *)lede_openapi_yaml,
                                       lede_openapi_yaml_len, s->openapi_gz, s->openapi_gz_len);
    case LEDE_ROUTE_DEMO:
        return lede_srv_respond_static(rq, 200, "text/html; charset=utf-8", (const char *)lede_demo_html,
                                       lede_demo_html_len, s->demo_gz, s->demo_gz_len);
    default:
        return lede_srv_respond_problem(rq, LEDE_ERR_NOT_FOUND, "no resource at this path");
    }
}
