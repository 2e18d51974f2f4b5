/*
 * http.c - libmicrohttpd callbacks: routing, request ids, body limits,
 * handing analyses to the worker pool, and the access log (params.c reads
 * Content-Type and the query).
 *
 * Runs on the single MHD polling thread (poll); nothing here blocks on
 * analysis.  A POST /v1/analyze is suspended once its body is complete and
 * queued to the pool; the worker resumes it and the next callback sends
 * the answer.  Answers are queued on the handler's second call at the
 * earliest: with libmicrohttpd 0.9.75 answering on the first call drops
 * keep-alive.  The one exception is a body declared above the limit, where
 * closing the connection is the point.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/socket.h>
#include <arpa/inet.h>
#include <time.h>
#include <unistd.h>

#include "auth.h"
#include "compress.h"
#include "cors.h"
#include "http.h"
#include "log.h"

int64_t lede_srv_now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

/* ---- routes ---------------------------------------------------------------- */

static const struct {
    const char *path;
    lede_srv_route route;
    bool post;            /* POST only; else GET and HEAD */
} routes[] = {
    {"/v1/analyze", LEDE_ROUTE_ANALYZE, true}, {"/healthz", LEDE_ROUTE_HEALTHZ, false},
    {"/readyz", LEDE_ROUTE_READYZ, false},     {"/metrics", LEDE_ROUTE_METRICS, false},
    {"/v1/info", LEDE_ROUTE_INFO, false},      {"/openapi.yaml", LEDE_ROUTE_OPENAPI, false},
    {"/", LEDE_ROUTE_DEMO, false},
};

static bool route_is_post(lede_srv_route r) { return r == LEDE_ROUTE_ANALYZE; }

static lede_srv_route find_route(const char *url)
{
    for (size_t i = 0; i < sizeof routes / sizeof *routes; i++)
        if (strcmp(url, routes[i].path) == 0)
            return routes[i].route;
    return LEDE_ROUTE_OTHER;
}

/* ---- small helpers ------------------------------------------------------------ */

static void make_request_id(lede_srv_req *rq)
{
    const char *given = MHD_lookup_connection_value(rq->conn, MHD_HEADER_KIND, "X-Request-Id");
    if (given) {
        size_t n = 0;
        bool ok = true;
        for (; given[n] && ok; n++)
            ok = given[n] >= 0x21 && given[n] <= 0x7E && n < LEDE_SRV_REQUEST_ID_MAX;
        if (ok && n > 0) {
            memcpy(rq->id, given, n + 1);
            return;
        }
    }
    /* splitmix64 of seed + counter: a bijection, so ids never repeat
     * within a process, and the random seed keeps processes apart */
    uint64_t z = rq->srv->id_seed +
                 0x9E3779B97F4A7C15ull * (atomic_fetch_add(&rq->srv->id_counter, 1) + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    /* "%016llx" by hand: snprintf cost ~1,000 instructions a request */
    static const char hex[] = "0123456789abcdef";
    for (int i = 15; i >= 0; i--, z >>= 4)
        rq->id[i] = hex[z & 15];
    rq->id[16] = '\0';
}

static bool draining(const lede_srv *s) { return atomic_load(&s->draining); }

static const char *header(const lede_srv_req *rq, const char *name)
{
    return MHD_lookup_connection_value(rq->conn, MHD_HEADER_KIND, name);
}

/* ---- responses ------------------------------------------------------------------ */

static bool varies_by_encoding(const lede_srv *s, const char *content_type)
{
    return s->cfg->compress_level > 0 && lede_srv_compressible(content_type);
}

bool lede_srv_want_gzip(const lede_srv_req *rq, const char *content_type, size_t len)
{
    const lede_srv_config *c = rq->srv->cfg;
    return rq->gzip_ok && c->compress_level > 0 && len >= c->compress_min && lede_srv_compressible(content_type);
}

struct MHD_Response *lede_srv_response_new(lede_srv_req *rq, const char *content_type, const char *body,
                                           size_t len, bool own, bool gzipped)
{
    struct MHD_Response *r = MHD_create_response_from_buffer(
        len, (void *)body, own ? MHD_RESPMEM_MUST_FREE : MHD_RESPMEM_PERSISTENT);
    if (!r) {
        if (own)
            free((void *)body);
        return NULL;
    }
    const lede_srv *s = rq->srv;
    if (content_type)
        MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, content_type);
    if (gzipped)
        MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_ENCODING, "gzip");
    MHD_add_response_header(r, "X-Request-Id", rq->id);
    MHD_add_response_header(r, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
    /* caches must key on what the answer depended on, sent or not */
    bool by_encoding = content_type && varies_by_encoding(s, content_type);
    bool by_origin = lede_srv_cors_varies(&s->cfg->cors);
    if (by_encoding || by_origin)
        MHD_add_response_header(r, MHD_HTTP_HEADER_VARY,
                                by_encoding && by_origin ? "Accept-Encoding, Origin"
                                : by_encoding            ? "Accept-Encoding"
                                                         : "Origin");
    lede_srv_cors_headers(r, rq->cors_allow);
    /* while draining, keep-alive clients are moved to another instance;
     * after an ambiguously framed body the next request's start is unsure */
    if (draining(s) || rq->close_after)
        MHD_add_response_header(r, MHD_HTTP_HEADER_CONNECTION, "close");
    return r;
}

enum MHD_Result lede_srv_queue(lede_srv_req *rq, int status, struct MHD_Response *r, size_t len)
{
    if (status == 503) {
        char ra[16];
        snprintf(ra, sizeof ra, "%u", rq->srv->cfg->retry_after_s);
        MHD_add_response_header(r, MHD_HTTP_HEADER_RETRY_AFTER, ra);
    }
    enum MHD_Result ret = MHD_queue_response(rq->conn, (unsigned)status, r);
    MHD_destroy_response(r);
    if (ret == MHD_YES) {
        rq->status_sent = status;
        rq->bytes_out = len;
    }
    return ret;
}

enum MHD_Result lede_srv_respond(lede_srv_req *rq, int status, const char *content_type, const char *body,
                                 size_t len, bool own)
{
    bool gzipped = false;
    if (len <= LEDE_SRV_GZIP_INLINE_MAX && lede_srv_want_gzip(rq, content_type, len)) {
        size_t gz_len;
        char *gz = lede_srv_gzip(body, len, (int)rq->srv->cfg->compress_level, &gz_len);
        if (gz) { /* else not smaller, or no memory: send it as it is */
            if (own)
                free((void *)body);
            body = gz;
            len = gz_len;
            own = gzipped = true;
        }
    }
    struct MHD_Response *r = lede_srv_response_new(rq, content_type, body, len, own, gzipped);
    return r ? lede_srv_queue(rq, status, r, len) : MHD_NO;
}

enum MHD_Result lede_srv_respond_static(lede_srv_req *rq, int status, const char *content_type, const char *body,
                                        size_t len, const char *gz, size_t gz_len)
{
    bool use_gz = gz && lede_srv_want_gzip(rq, content_type, len);
    struct MHD_Response *r =
        lede_srv_response_new(rq, content_type, use_gz ? gz : body, use_gz ? gz_len : len, false, use_gz);
    return r ? lede_srv_queue(rq, status, r, use_gz ? gz_len : len) : MHD_NO;
}

enum MHD_Result lede_srv_respond_problem(lede_srv_req *rq, lede_status st, const char *detail)
{
    size_t len;
    char *body = lede_srv_problem_json(st, detail, rq->path, rq->path_len, rq->id, &len);
    if (!body)
        return MHD_NO;
    rq->answered_with = st;
    static const char type[] = "application/problem+json";
    bool gzipped = false;
    if (lede_srv_want_gzip(rq, type, len)) {
        size_t gz_len;
        char *gz = lede_srv_gzip(body, len, (int)rq->srv->cfg->compress_level, &gz_len);
        if (gz) {
            free(body);
            body = gz;
            len = gz_len;
            gzipped = true;
        }
    }
    struct MHD_Response *r = lede_srv_response_new(rq, type, body, len, true, gzipped);
    if (!r)
        return MHD_NO;
    if (st == LEDE_ERR_METHOD)
        MHD_add_response_header(r, MHD_HTTP_HEADER_ALLOW,
                                route_is_post(rq->route) ? "POST, OPTIONS" : "GET, HEAD, OPTIONS");
    if (st == LEDE_ERR_UNAUTHORIZED) /* RFC 6750 section 3 */
        MHD_add_response_header(r, MHD_HTTP_HEADER_WWW_AUTHENTICATE,
                                rq->auth_given ? "Bearer realm=\"lede\", error=\"invalid_token\""
                                               : "Bearer realm=\"lede\"");
    return lede_srv_queue(rq, lede_status_http(st), r, len);
}

static lede_srv_req *req_new(lede_srv *s, struct MHD_Connection *conn, const char *url, const char *method)
{
    lede_srv_req *rq = calloc(1, sizeof *rq);
    if (!rq)
        return NULL;
    rq->srv = s;
    rq->conn = conn;
    rq->t0_us = lede_srv_now_us();
    rq->offsets = LEDE_OFFSETS_CODEPOINT;
    rq->features = LEDE_FEATURE_ALL;
    size_t mlen = strnlen(method, sizeof rq->method - 1); /* cut as snprintf did */
    memcpy(rq->method, method, mlen);
    rq->method[mlen] = '\0';
    rq->path_len = strlen(url);
    if (rq->path_len >= sizeof rq->path)
        rq->path_len = sizeof rq->path - 1;
    memcpy(rq->path, url, rq->path_len);
    rq->path[rq->path_len] = '\0';
    make_request_id(rq);
    lede_srv_metrics_in_flight(1);
    return rq;
}

static void req_free(lede_srv_req *rq)
{
    free(rq->body);
    free(rq->title);
    free(rq->doc_id);
    free(rq->published_at);
    free(rq->result_json);
    free(rq);
}

/* First call: the headers are in.  Decides everything that does not need
 * the body.  Returns MHD_YES, or the result of an immediate 413 answer. */
static enum MHD_Result on_headers(lede_srv_req *rq, const char *method)
{
    lede_srv *s = rq->srv;
    const lede_srv_config *c = s->cfg;
    rq->route = find_route(rq->path);
    bool is_post = strcmp(method, MHD_HTTP_METHOD_POST) == 0;
    bool is_get = strcmp(method, MHD_HTTP_METHOD_GET) == 0 || strcmp(method, MHD_HTTP_METHOD_HEAD) == 0;
    bool is_options = strcmp(method, MHD_HTTP_METHOD_OPTIONS) == 0;
    rq->gzip_ok = lede_srv_accepts_gzip(header(rq, MHD_HTTP_HEADER_ACCEPT_ENCODING));
    rq->cors_allow = lede_srv_cors_allow(&c->cors, header(rq, "Origin"));
    /* the key first, so that without one nothing else is revealed; never
     * on OPTIONS, since browsers send preflights without credentials */
    if (!is_options && lede_srv_auth_enabled(&c->auth) && lede_srv_auth_protects(rq->path)) {
        switch (lede_srv_auth_check(&c->auth, header(rq, MHD_HTTP_HEADER_AUTHORIZATION))) {
        case LEDE_AUTH_OK:
            break;
        case LEDE_AUTH_MISSING:
            lede_srv_req_early(rq, LEDE_ERR_UNAUTHORIZED,
                               "this server requires an API key: send Authorization: Bearer <key>");
            break;
        case LEDE_AUTH_INVALID:
            rq->auth_given = true;
            lede_srv_req_early(rq, LEDE_ERR_UNAUTHORIZED, "the API key is not valid");
            break;
        }
    }
    if (rq->route == LEDE_ROUTE_OTHER)
        lede_srv_req_early(rq, LEDE_ERR_NOT_FOUND,
                           "no resource at this path; the API is POST /v1/analyze, see GET /openapi.yaml");
    else if (is_options)
        rq->options = true;
    else if (route_is_post(rq->route) ? !is_post : !is_get)
        lede_srv_req_early(rq, LEDE_ERR_METHOD, "this resource accepts %s",
                           route_is_post(rq->route) ? "POST" : "GET and HEAD");

    rq->close_after = lede_srv_framing_ambiguous(rq);
    if (lede_srv_content_length_conflict(rq)) {
        lede_srv_req_early(rq, LEDE_ERR_BAD_REQUEST, "conflicting Content-Length headers; send one");
        /* where the body ends is unknown: answer now, and the connection closes */
        return lede_srv_respond_problem(rq, rq->early, rq->early_detail);
    }
    unsigned long long declared = 0;
    if (lede_srv_content_length(rq, &declared) && declared > s->cfg->max_body) {
        lede_srv_req_early(rq, LEDE_ERR_TOO_LARGE, "the body declares %llu bytes; the limit is %zu bytes",
                           declared, s->cfg->max_body);
        /* refuse before reading it: the connection closes after the answer */
        return lede_srv_respond_problem(rq, rq->early, rq->early_detail);
    }
    if (rq->route != LEDE_ROUTE_ANALYZE || rq->options || rq->early != LEDE_OK)
        return MHD_YES;
    if (draining(s))
        lede_srv_req_early(rq, LEDE_ERR_DRAINING, "the server is shutting down; retry on another instance");
    lede_srv_parse_content_type(rq);
    lede_srv_parse_query(rq);
    rq->declared = (size_t)declared; /* <= max_body here */
    return MHD_YES;
}

/* Body bytes beyond the limit are read and dropped up to this many times
 * the limit, so a chunked client can finish and read its 413; past that
 * the connection is cut. */
enum { DISCARD_FACTOR = 2 };
/* First buffer of a body without Content-Length. */
enum { BODY_CHUNK = 64 * 1024 };

static enum MHD_Result on_body(lede_srv_req *rq, const char *data, size_t n)
{
    size_t max = rq->srv->cfg->max_body;
    rq->bytes_in += n;
    if (rq->early != LEDE_OK) {
        if (rq->bytes_in / DISCARD_FACTOR > max) {
            lede_srv_logline l;
            if (lede_srv_log_begin(&l, LEDE_LOG_WARN, "body far above the limit; connection cut")) {
                lede_srv_log_str(&l, "id", rq->id);
                lede_srv_log_int(&l, "bytes_in", (long long)rq->bytes_in);
                lede_srv_log_end(&l);
            }
            return MHD_NO;
        }
        return MHD_YES;
    }
    if (rq->body_n + n > max) {
        lede_srv_req_early(rq, LEDE_ERR_TOO_LARGE, "the body is larger than the limit of %zu bytes", max);
        free(rq->body);
        rq->body = NULL;
        rq->body_n = rq->body_cap = 0;
        return MHD_YES;
    }
    if (rq->body_n + n + 1 > rq->body_cap) {
        /* sized from Content-Length once bytes arrive, so an idle client
         * holds no buffer; chunked bodies grow by doubling */
        size_t cap = rq->body_cap ? rq->body_cap : rq->declared ? rq->declared + 1 : BODY_CHUNK;
        while (cap < rq->body_n + n + 1)
            cap *= 2;
        if (cap > max + 1)
            cap = max + 1;
        char *p = realloc(rq->body, cap);
        if (!p) {
            lede_srv_req_early(rq, LEDE_ERR_NOMEM, "out of memory receiving the body");
            return MHD_YES;
        }
        rq->body = p;
        rq->body_cap = cap;
    }
    memcpy(rq->body + rq->body_n, data, n);
    rq->body_n += n;
    return MHD_YES;
}

/* Last call with the body complete: answer, or hand the analysis over. */
static enum MHD_Result on_complete(lede_srv_req *rq)
{
    lede_srv *s = rq->srv;
    lede_srv_slow_request_read(s->slow, rq->conn); /* the client has sent it all */
    if (rq->state == RQ_DONE) {
        if (rq->result != LEDE_OK)
            return lede_srv_respond_problem(rq, rq->result, rq->result_detail);
        char *json = rq->result_json;
        rq->result_json = NULL;
        /* compressed by the worker when the client accepts gzip */
        struct MHD_Response *r =
            lede_srv_response_new(rq, "application/json", json, rq->result_len, true, rq->result_gzip);
        return r ? lede_srv_queue(rq, 200, r, rq->result_len) : MHD_NO;
    }
    if (rq->state == RQ_QUEUED)
        return MHD_YES; /* not ours until the worker resumes us */
    if (rq->early != LEDE_OK)
        return lede_srv_respond_problem(rq, rq->early, rq->early_detail);
    if (rq->options)
        return lede_srv_cors_options(rq, route_is_post(rq->route) ? "POST" : "GET, HEAD");
    if (rq->route != LEDE_ROUTE_ANALYZE)
        return lede_srv_endpoint_get(rq);

    /* no draining check here: a request whose headers came before the
     * signal is in flight and is finished; on_headers refused later ones */
    switch (lede_srv_pool_reserve(s->pool)) {
    case LEDE_POOL_FULL: {
        char msg[160];
        snprintf(msg, sizeof msg, "all %u workers are busy and %u requests are waiting; retry after %u s",
                 s->cfg->workers, s->cfg->queue, s->cfg->retry_after_s);
        return lede_srv_respond_problem(rq, LEDE_ERR_OVERLOADED, msg);
    }
    case LEDE_POOL_CLOSED:
        return lede_srv_respond_problem(rq, LEDE_ERR_DRAINING, "the server is shutting down; retry shortly");
    case LEDE_POOL_OK:
        break;
    }
    rq->deadline_ms = s->cfg->deadline_ms ? lede_srv_now_us() / 1000 + s->cfg->deadline_ms : 0;
    rq->state = RQ_QUEUED;
    /* suspend before the push: the worker's resume must follow it */
    MHD_suspend_connection(rq->conn);
    lede_srv_pool_push(s->pool, rq);
    return MHD_YES;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url, const char *method,
                                  const char *version, const char *upload_data, size_t *upload_data_size,
                                  void **con_cls)
{
    lede_srv_req *rq = *con_cls;
    if (!rq) {
        rq = req_new(cls, conn, url, method);
        if (!rq)
            return MHD_NO;
        *con_cls = rq;
        return on_headers(rq, method);
    }
    if (*upload_data_size) {
        size_t n = *upload_data_size;
        *upload_data_size = 0;
        return on_body(rq, upload_data, n);
    }
    return on_complete(rq);
}

/* The request line is in: the client has request-timeout to send the rest. */
static void *on_uri(void *cls, const char *uri, struct MHD_Connection *conn)
{
    lede_srv *s = cls;
    lede_srv_slow_request_line(s->slow, conn);
    return NULL; /* on_request makes the request context */
}

static void access_log(const lede_srv_req *rq, int status, int64_t dur_us, bool aborted)
{
    lede_srv_logline l;
    if (!lede_srv_log_begin(&l, LEDE_LOG_INFO, "request"))
        return;
    lede_srv_log_str(&l, "id", rq->id);
    lede_srv_log_str(&l, "method", rq->method);
    lede_srv_log_str(&l, "route", lede_srv_route_name(rq->route));
    lede_srv_log_strn(&l, "path", rq->path, rq->path_len);
    lede_srv_log_int(&l, "status", status);
    lede_srv_log_int(&l, "bytes_in", (long long)rq->bytes_in);
    lede_srv_log_int(&l, "bytes_out", (long long)rq->bytes_out);
    lede_srv_log_ms(&l, "duration_ms", dur_us);
    if (rq->answered_with != LEDE_OK)
        lede_srv_log_str(&l, "error", lede_status_code(rq->answered_with));
    if (aborted)
        lede_srv_log_bool(&l, "aborted", true);
    lede_srv_log_end(&l);
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **con_cls,
                         enum MHD_RequestTerminationCode toe)
{
    lede_srv *s = cls;
    lede_srv_slow_request_end(s->slow, conn);
    lede_srv_req *rq = *con_cls;
    if (!rq)
        return;
    *con_cls = NULL;
    int64_t dur = lede_srv_now_us() - rq->t0_us;
    bool aborted = toe != MHD_REQUEST_TERMINATED_COMPLETED_OK;
    /* 499: the client left before an answer was queued (nginx's convention) */
    int status = rq->status_sent ? rq->status_sent : 499;
    if (aborted && !rq->status_sent && rq->early != LEDE_OK)
        status = lede_status_http(rq->early);
    lede_srv_metrics_request(rq->route, status, dur, rq->bytes_in, aborted ? 0 : rq->bytes_out);
    access_log(rq, status, dur, aborted);
    lede_srv_metrics_in_flight(-1);
    req_free(rq);
}

static void mhd_log(void *cls, const char *fmt, va_list ap)
{
    char msg[512];
    vsnprintf(msg, sizeof msg, fmt, ap);
    size_t n = strlen(msg);
    while (n && (msg[n - 1] == '\n' || msg[n - 1] == '\r'))
        msg[--n] = '\0';
    lede_srv_log_msg(LEDE_LOG_WARN, "libmicrohttpd", msg);
}

/* ---- daemon ------------------------------------------------------------------------ */

int lede_srv_http_start(lede_srv *s, char *err, size_t errlen)
{
    const lede_srv_config *c = s->cfg;
    struct sockaddr_storage ss;
    memset(&ss, 0, sizeof ss);
    /* poll(), not epoll: with 0.9.75's edge-triggered epoll a client that
     * half-closes right after a truncated body is sometimes not noticed
     * until the connection timeout (3 in 20 tries here); poll sees it at
     * once, and max-connections keeps the poll set bounded. */
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_POLL | MHD_ALLOW_SUSPEND_RESUME | MHD_USE_ERROR_LOG;
    struct sockaddr_in *v4 = (struct sockaddr_in *)&ss;
    struct sockaddr_in6 *v6 = (struct sockaddr_in6 *)&ss;
    if (inet_pton(AF_INET, c->bind, &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons((uint16_t)c->port);
    } else if (inet_pton(AF_INET6, c->bind, &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons((uint16_t)c->port);
        flags |= MHD_USE_IPv6;
    } else {
        snprintf(err, errlen, "bad bind address \"%s\"", c->bind);
        return -1;
    }
    uint64_t seed;
    if (getrandom(&seed, sizeof seed, 0) != (ssize_t)sizeof seed)
        seed = (uint64_t)lede_srv_now_us() ^ ((uint64_t)getpid() << 32);
    s->id_seed = seed;
    s->listen_fd = MHD_INVALID_SOCKET;
    s->slow = lede_srv_slow_new(c->connection_timeout_s, c->request_timeout_s);
    if (c->request_timeout_s && !s->slow) {
        snprintf(err, errlen, "cannot start the request-timeout thread");
        return -1;
    }

    s->daemon = MHD_start_daemon(
        flags, (uint16_t)c->port, NULL, NULL, on_request, s,
        MHD_OPTION_EXTERNAL_LOGGER, mhd_log, s, /* first, or early messages miss it */
        MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
        MHD_OPTION_CONNECTION_TIMEOUT, (unsigned int)c->connection_timeout_s,
        MHD_OPTION_CONNECTION_LIMIT, (unsigned int)c->max_connections,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)c->connection_memory,
        MHD_OPTION_NOTIFY_COMPLETED, on_completed, s,
        MHD_OPTION_NOTIFY_CONNECTION, lede_srv_slow_notify, s->slow,
        MHD_OPTION_URI_LOG_CALLBACK, on_uri, s,
        MHD_OPTION_END);
    if (!s->daemon) {
        lede_srv_slow_free(s->slow);
        s->slow = NULL;
        snprintf(err, errlen, "cannot listen on %s port %u (address in use, or not allowed)", c->bind, c->port);
        return -1;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(s->daemon, MHD_DAEMON_INFO_BIND_PORT);
    s->port = info ? info->port : c->port;
    return 0;
}

void lede_srv_http_quiesce(lede_srv *s)
{
    if (!s->daemon || s->listen_fd != MHD_INVALID_SOCKET)
        return;
    s->listen_fd = MHD_quiesce_daemon(s->daemon);
    /* MHD no longer polls the socket, but may not be closed before
     * MHD_stop_daemon; shutdown() makes Linux stop listening now, so new
     * connections are refused instead of waiting in the backlog. */
    if (s->listen_fd != MHD_INVALID_SOCKET)
        shutdown(s->listen_fd, SHUT_RDWR);
}

void lede_srv_http_stop(lede_srv *s)
{
    if (!s->daemon)
        return;
    MHD_stop_daemon(s->daemon);
    s->daemon = NULL;
    lede_srv_slow_free(s->slow);
    s->slow = NULL;
    if (s->listen_fd != MHD_INVALID_SOCKET)
        close(s->listen_fd);
    s->listen_fd = MHD_INVALID_SOCKET;
}
