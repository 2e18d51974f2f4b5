/*
 * cors.h - configurable CORS for browser-side clients (CMS plugins): the
 * allowed origins (exact list or "*"), the headers on every answer to a
 * matching Origin, and the answer to OPTIONS (CORS preflight or a plain
 * 204 with Allow).
 *
 * Ownership: lede_srv_cors lives in the server's settings (config.h); the
 * strings lede_srv_cors_allow returns point into it.
 * Thread-safety: filled once before threads start, read-only afterwards.
 */
#ifndef LEDE_SRV_CORS_H
#define LEDE_SRV_CORS_H

#include <microhttpd.h>
#include <stdbool.h>
#include <stddef.h>

/* Origins in --cors-origin, and the longest one ("https://host:port"). */
enum { LEDE_SRV_CORS_ORIGINS_MAX = 32, LEDE_SRV_CORS_ORIGIN_MAX = 256 };
/* Longest --cors-origin value. */
enum { LEDE_SRV_CORS_SPEC_MAX = 4096 };

typedef struct lede_srv_cors {
    bool any;      /* "*": every origin, answered with "*" */
    unsigned n;    /* exact origins, lower-case */
    char origins[LEDE_SRV_CORS_ORIGINS_MAX][LEDE_SRV_CORS_ORIGIN_MAX];
} lede_srv_cors;

/* Parses "" (off), "*" or a comma-separated list of origins
 * (scheme://host[:port], no path).  0, or -1 with a message in err. */
int lede_srv_cors_parse(lede_srv_cors *c, const char *spec, char *err, size_t errlen);

/* The Access-Control-Allow-Origin value for a request's Origin header
 * (NULL if absent): "*", the matching configured origin, or NULL. */
const char *lede_srv_cors_allow(const lede_srv_cors *c, const char *origin);

/* True when answers depend on Origin (an exact list), so caches must see
 * "Vary: Origin" on every answer, matching or not. */
bool lede_srv_cors_varies(const lede_srv_cors *c);

struct lede_srv_req;

/* Adds Access-Control-Allow-Origin and -Expose-Headers when allow is not
 * NULL (an answer to a matching Origin). */
void lede_srv_cors_headers(struct MHD_Response *r, const char *allow);

/* Answers OPTIONS on a known route whose methods are `methods` ("POST" or
 * "GET, HEAD"): 204 with Allow; for a CORS preflight from an allowed
 * origin also Access-Control-Allow-Methods/-Headers/-Max-Age. */
enum MHD_Result lede_srv_cors_options(struct lede_srv_req *rq, const char *methods);

#endif
