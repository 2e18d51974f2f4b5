/*
 * cors.c - CORS (see cors.h): parsing --cors-origin, matching a request's
 * Origin, the headers on answers to an allowed origin, and OPTIONS.
 *
 * Only exact origins match: no wildcards inside a host, so a list cannot be
 * widened by accident.  Preflights need no API key (browsers never send
 * credentials on them); the real request is checked as usual.
 *
 * Ownership: lede_srv_cors is part of the settings.  Thread-safety: parse
 * runs once before threads start; the rest only reads.
 */
#include <stdio.h>
#include <string.h>

#include "cors.h"
#include "http.h"

/* What a browser may send, and how long it may cache a preflight answer
 * (--cors-max-age). */
#define CORS_ALLOW_HEADERS "Content-Type, Authorization, X-Request-Id"
/* Response headers a script may read besides the CORS-safelisted ones. */
#define CORS_EXPOSE_HEADERS "X-Request-Id, Retry-After"

static bool origin_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == ':' || c == '[' ||
           c == ']';
}

/* "http(s)://host[:port]", already lower-cased: what a browser sends. */
static bool valid_origin(const char *o, size_t n)
{
    size_t skip = n >= 7 && memcmp(o, "http://", 7) == 0 ? 7 : n >= 8 && memcmp(o, "https://", 8) == 0 ? 8 : 0;
    if (!skip || skip == n)
        return false;
    for (size_t i = skip; i < n; i++)
        if (!origin_char(o[i]))
            return false;
    return true;
}

int lede_srv_cors_parse(lede_srv_cors *c, const char *spec, char *err, size_t errlen)
{
    memset(c, 0, sizeof *c);
    for (const char *p = spec; *p;) {
        while (*p == ' ' || *p == '\t' || *p == ',')
            p++;
        const char *item = p;
        while (*p && *p != ',')
            p++;
        size_t n = (size_t)(p - item);
        while (n && (item[n - 1] == ' ' || item[n - 1] == '\t'))
            n--;
        if (!n)
            continue;
        if (n == 1 && item[0] == '*') {
            c->any = true;
            continue;
        }
        if (c->n >= LEDE_SRV_CORS_ORIGINS_MAX || n >= LEDE_SRV_CORS_ORIGIN_MAX) {
            snprintf(err, errlen, "cors-origin: at most %d origins of at most %d bytes each",
                     LEDE_SRV_CORS_ORIGINS_MAX, LEDE_SRV_CORS_ORIGIN_MAX - 1);
            return -1;
        }
        char *o = c->origins[c->n];
        for (size_t i = 0; i < n; i++)
            o[i] = item[i] >= 'A' && item[i] <= 'Z' ? (char)(item[i] + 32) : item[i];
        o[n] = '\0';
        if (!valid_origin(o, n)) {
            snprintf(err, errlen,
                     "cors-origin: \"%.*s\" is not an origin like https://cms.example.com or http://localhost:3000 "
                     "(scheme, host and optional port; no path)",
                     (int)(n < 80 ? n : 80), item);
            return -1;
        }
        c->n++;
    }
    if (c->any && c->n) {
        snprintf(err, errlen, "cors-origin: \"*\" allows every origin; give it alone, not with a list");
        return -1;
    }
    return 0;
}

const char *lede_srv_cors_allow(const lede_srv_cors *c, const char *origin)
{
    if (!origin)
        return NULL;
    if (c->any)
        return "*";
    for (unsigned i = 0; i < c->n; i++)
        if (strcmp(origin, c->origins[i]) == 0)
            return c->origins[i];
    return NULL;
}

bool lede_srv_cors_varies(const lede_srv_cors *c) { return c->n > 0; }

void lede_srv_cors_headers(struct MHD_Response *r, const char *allow)
{
    if (!allow)
        return;
    MHD_add_response_header(r, "Access-Control-Allow-Origin", allow);
    MHD_add_response_header(r, "Access-Control-Expose-Headers", CORS_EXPOSE_HEADERS);
}

enum MHD_Result lede_srv_cors_options(lede_srv_req *rq, const char *methods)
{
    char allow[64];
    snprintf(allow, sizeof allow, "%s, OPTIONS", methods);
    struct MHD_Response *r = lede_srv_response_new(rq, NULL, "", 0, false, false);
    if (!r)
        return MHD_NO;
    MHD_add_response_header(r, MHD_HTTP_HEADER_ALLOW, allow);
    const char *method = MHD_lookup_connection_value(rq->conn, MHD_HEADER_KIND, "Access-Control-Request-Method");
    if (rq->cors_allow && method) {
        char age[16];
        snprintf(age, sizeof age, "%u", rq->srv->cfg->cors_max_age_s);
        MHD_add_response_header(r, "Access-Control-Allow-Methods", allow);
        MHD_add_response_header(r, "Access-Control-Allow-Headers", CORS_ALLOW_HEADERS);
        MHD_add_response_header(r, "Access-Control-Max-Age", age);
    }
    return lede_srv_queue(rq, MHD_HTTP_NO_CONTENT, r, 0);
}
