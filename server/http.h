/*
 * http.h - the libmicrohttpd front end: the server state shared by the
 * HTTP thread and the workers, and the per-request context.
 *
 * Threads: one MHD polling thread owns every lede_srv_req until it hands
 * an analysis to the pool; the connection is then suspended, the worker
 * owns the request until it calls MHD_resume_connection(), and ownership
 * returns to the MHD thread.  lede_srv itself is written before the
 * daemon starts; afterwards only `draining` and the id counter change,
 * both atomically.
 */
#ifndef LEDE_SRV_HTTP_H
#define LEDE_SRV_HTTP_H

#include <microhttpd.h>
#include <stdatomic.h>
#include <stdbool.h>

#include "config.h"
#include "lede/lede.h"
#include "metrics.h"
#include "pool.h"
#include "slow.h"

/* Longest X-Request-Id echoed back; longer or unprintable ones are replaced. */
enum { LEDE_SRV_REQUEST_ID_MAX = 128 };
/* Longest request path kept for logs and problem "instance". */
enum { LEDE_SRV_PATH_KEEP = 256 };
/* Longest ?title= / ?id= / ?published_at= value (bytes, after decoding). */
enum { LEDE_SRV_QUERY_VALUE_MAX = 4096 };

typedef struct lede_srv {
    const lede_srv_config *cfg;
    const lede_model *model;
    lede_limits limits;
    lede_srv_pool *pool;
    struct MHD_Daemon *daemon;
    lede_srv_slow *slow;         /* request-timeout sweeper; NULL: none    */
    MHD_socket listen_fd;        /* after quiesce, closed by stop          */
    unsigned port;               /* the port actually bound                */
    atomic_bool draining;
    atomic_int cancel;        /* set past the drain timeout: analyses stop  */
    uint64_t id_seed;
    atomic_ullong id_counter;
    char *info_json, *ready_json, *draining_json; /* prebuilt bodies      */
    size_t info_len, ready_len, draining_len;
    /* gzip of the larger prebuilt bodies; NULL when compression is off or
     * they are too small */
    char *info_gz, *openapi_gz, *demo_gz;
    size_t info_gz_len, openapi_gz_len, demo_gz_len;
} lede_srv;

typedef enum { RQ_RECEIVING, RQ_QUEUED, RQ_DONE } lede_srv_req_state;
typedef enum { BODY_TEXT, BODY_HTML, BODY_XML, BODY_JSON } lede_srv_body_kind;

typedef struct lede_srv_req {
    lede_srv *srv;
    struct MHD_Connection *conn;
    int64_t t0_us;
    lede_srv_route route;
    lede_srv_req_state state;
    char method[16];
    char path[LEDE_SRV_PATH_KEEP];
    size_t path_len;
    char id[LEDE_SRV_REQUEST_ID_MAX + 1];
    bool options;            /* an OPTIONS request on a known route         */
    bool gzip_ok;            /* Accept-Encoding lets us send gzip           */
    const char *cors_allow;  /* Access-Control-Allow-Origin value, or NULL */
    bool auth_given;         /* a bearer token was sent (401 error= value)  */
    bool close_after;        /* framing was ambiguous: close after answering */

    /* an error known before the body was read: answered once it is */
    lede_status early;
    char early_detail[256];

    /* body */
    char *body;
    size_t body_n, body_cap;
    size_t declared;   /* Content-Length, 0 if none */
    size_t bytes_in;
    lede_srv_body_kind kind;

    /* options from the query string (non-JSON bodies) */
    lede_offsets offsets;
    unsigned features;
    char *title, *doc_id, *published_at;
    size_t title_n, doc_id_n, published_at_n;

    /* the worker's answer, written before MHD_resume_connection() */
    int64_t deadline_ms;
    lede_status result;
    char *result_json;
    size_t result_len;
    bool result_gzip;  /* result_json is gzip-encoded */
    char result_detail[512];

    int status_sent;   /* HTTP status queued; 0 if none */
    lede_status answered_with; /* the problem sent, for the log */
    size_t bytes_out;
} lede_srv_req;

/* Starts the daemon on cfg->bind / cfg->port; fills s->port.  0 or -1 with
 * a message in err. */
int lede_srv_http_start(lede_srv *s, char *err, size_t errlen);
/* Stops accepting: the listening socket stops listening at once, so new
 * connections are refused; open connections keep being served. */
void lede_srv_http_quiesce(lede_srv *s);
/* Stops the daemon (every analysis must have finished) and closes the socket. */
void lede_srv_http_stop(lede_srv *s);

/* job.c: runs one analysis on a worker (a lede_srv_job_fn), then resumes
 * the connection (a lede_srv_job_done_fn). */
void lede_srv_job_run(void *job, lede_workspace *ws);
void lede_srv_job_done(void *job);

/* endpoints.c: prebuilt bodies and the GET endpoints. */
int lede_srv_endpoints_init(lede_srv *s, char *err, size_t errlen);
void lede_srv_endpoints_fini(lede_srv *s);
enum MHD_Result lede_srv_endpoint_get(lede_srv_req *rq);

/* http.c: queues a response with the headers every answer carries
 * (X-Request-Id; Connection: close while draining; CORS; Vary).  body is
 * malloc'd and owned by the response when own is true, else static.  It is
 * gzip-compressed here when the client accepts it and it is small enough
 * to compress on the MHD thread (LEDE_SRV_GZIP_INLINE_MAX). */
enum MHD_Result lede_srv_respond(lede_srv_req *rq, int status, const char *content_type, const char *body,
                                 size_t len, bool own);
/* The same for a static body with a prebuilt gzip twin: gz is sent when
 * not NULL and the client accepts gzip. */
enum MHD_Result lede_srv_respond_static(lede_srv_req *rq, int status, const char *content_type, const char *body,
                                        size_t len, const char *gz, size_t gz_len);
/* Lower level, for answers with their own headers (cors.c): a response
 * with the common headers (content_type NULL: none); body as above,
 * already encoded when gzipped.  NULL on ENOMEM (an owned body is freed). */
struct MHD_Response *lede_srv_response_new(lede_srv_req *rq, const char *content_type, const char *body,
                                           size_t len, bool own, bool gzipped);
/* Queues r with status (adding Retry-After to a 503) and releases it. */
enum MHD_Result lede_srv_queue(lede_srv_req *rq, int status, struct MHD_Response *r, size_t len);
/* Whether a body of this type and size is worth gzip for this client. */
bool lede_srv_want_gzip(const lede_srv_req *rq, const char *content_type, size_t len);
/* Queues application/problem+json for st (Allow / Retry-After as needed). */
enum MHD_Result lede_srv_respond_problem(lede_srv_req *rq, lede_status st, const char *detail);

/* problem.c: the RFC 9457 body; malloc'd, NULL on ENOMEM. */
char *lede_srv_problem_json(lede_status st, const char *detail, const char *instance, size_t instance_n,
                            const char *request_id, size_t *len);

/* params.c: headers and query, on the MHD thread before the body. */
/* Records the request's first problem, answered once the body is read. */
void lede_srv_req_early(lede_srv_req *rq, lede_status st, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void lede_srv_parse_content_type(lede_srv_req *rq);
void lede_srv_parse_query(lede_srv_req *rq);
/* Content-Length as a number; false if absent or not a plain decimal. */
bool lede_srv_content_length(lede_srv_req *rq, unsigned long long *out);
/* Two Content-Length headers with different values (RFC 9112 6.3: the
 * framing is ambiguous, a request-smuggling vector). */
bool lede_srv_content_length_conflict(lede_srv_req *rq);
/* Transfer-Encoding and Content-Length together (RFC 9112 6.1: the body is
 * read as chunked, and the connection must close after the answer). */
bool lede_srv_framing_ambiguous(lede_srv_req *rq);

int64_t lede_srv_now_us(void);   /* CLOCK_MONOTONIC */

#endif
