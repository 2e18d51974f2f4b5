/*
 * params.c - what the request headers say, read on the MHD thread before
 * the body arrives: the Content-Type (and its charset), the query options
 * of non-JSON bodies, Content-Length.  Problems found here are recorded
 * with lede_srv_req_early() and answered once the body has been read.
 * Reentrant; touches only the request it is given.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "http.h"
#include "log.h"

void lede_srv_req_early(lede_srv_req *rq, lede_status st, const char *fmt, ...)
{
    if (rq->early != LEDE_OK)
        return; /* the first problem found is the one reported */
    rq->early = st;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(rq->early_detail, sizeof rq->early_detail, fmt, ap);
    va_end(ap);
}

/* Maps Content-Type to a body kind.  A charset other than UTF-8 is refused
 * for text, HTML and JSON; XML declares its own encoding. */
void lede_srv_parse_content_type(lede_srv_req *rq)
{
    const char *ct = MHD_lookup_connection_value(rq->conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
    if (!ct) {
        rq->kind = BODY_TEXT; /* a bare body is text, so the simplest curl works */
        return;
    }
    while (lede_srv_is_ows(*ct))
        ct++;
    size_t n = 0;
    while (ct[n] && ct[n] != ';' && !lede_srv_is_ows(ct[n]))
        n++;
    static const struct { const char *type; lede_srv_body_kind kind; } types[] = {
        {"text/plain", BODY_TEXT},
        /* what curl sends for --data-binary without -H: the promise
         * is that `curl --data-binary @story.txt` works, and a news story is
         * never a real form, so the bytes are taken as text as they are */
        {"application/x-www-form-urlencoded", BODY_TEXT},
        {"text/html", BODY_HTML},
        {"application/xhtml+xml", BODY_HTML},
        {"application/json", BODY_JSON},
        {"application/xml", BODY_XML},
        {"text/xml", BODY_XML},
        {"application/nitf+xml", BODY_XML},
        {"application/vnd.iptc.g2.newsitem+xml", BODY_XML},
    };
    bool found = false;
    for (size_t i = 0; i < sizeof types / sizeof *types && !found; i++)
        if (lede_srv_ieq_n(ct, n, types[i].type)) {
            rq->kind = types[i].kind;
            found = true;
        }
    if (!found) {
        char shown[80];
        snprintf(shown, sizeof shown, "%.*s", (int)(n < 64 ? n : 64), ct);
        for (char *p = shown; *p; p++)
            if ((unsigned char)*p < 0x20 || (unsigned char)*p > 0x7E)
                *p = '?';
        lede_srv_req_early(rq, LEDE_ERR_MEDIA_TYPE,
                           "Content-Type \"%s\" is not supported; send text/plain, text/html, application/json or "
                           "XML (application/xml, application/nitf+xml, application/vnd.iptc.g2.newsitem+xml)",
                           shown);
        return;
    }
    if (rq->kind == BODY_XML)
        return;
    /* parameters: only charset matters */
    for (const char *p = ct + n; (p = strchr(p, ';')) != NULL;) {
        p++;
        while (lede_srv_is_ows(*p))
            p++;
        if (!lede_srv_ieq_n(p, 8, "charset="))
            continue;
        const char *v = p + 8;
        size_t vn = 0;
        if (*v == '"')
            v++;
        while (v[vn] && v[vn] != '"' && v[vn] != ';' && !lede_srv_is_ows(v[vn]))
            vn++;
        if (!lede_srv_ieq_n(v, vn, "utf-8") && !lede_srv_ieq_n(v, vn, "utf8") && !lede_srv_ieq_n(v, vn, "us-ascii"))
            lede_srv_req_early(rq, LEDE_ERR_MEDIA_TYPE,
                               "only UTF-8 is accepted; convert the body to UTF-8 and send charset=utf-8");
    }
}

static bool query(lede_srv_req *rq, const char *key, const char **v, size_t *n)
{
    return MHD_lookup_connection_value_n(rq->conn, MHD_GET_ARGUMENT_KIND, key, strlen(key), v, n) == MHD_YES &&
           *v != NULL;
}

/* A query option that is present; refused (false) with JSON bodies, whose
 * options belong in the JSON object and must not be silently ignored. */
static bool option(lede_srv_req *rq, const char *key, const char **v, size_t *n)
{
    if (!query(rq, key, v, n))
        return false;
    if (rq->kind == BODY_JSON) {
        lede_srv_req_early(rq, LEDE_ERR_BAD_REQUEST,
                           "query parameter \"%s\" applies to text, HTML and XML bodies; "
                           "put it in the JSON body",
                           key);
        return false;
    }
    return true;
}

static bool copy_param(lede_srv_req *rq, const char *key, char **out, size_t *out_n)
{
    const char *v;
    size_t n;
    if (!option(rq, key, &v, &n))
        return rq->early == LEDE_OK;
    if (n > LEDE_SRV_QUERY_VALUE_MAX) {
        lede_srv_req_early(rq, LEDE_ERR_BAD_REQUEST, "query parameter \"%s\" is longer than %d bytes", key,
                           LEDE_SRV_QUERY_VALUE_MAX);
        return false;
    }
    if (lede_srv_utf8_valid_prefix(v, n) != n) {
        lede_srv_req_early(rq, LEDE_ERR_BAD_UTF8,
                           "query parameter \"%s\" is not valid UTF-8 after percent-decoding", key);
        return false;
    }
    *out = malloc(n + 1);
    if (!*out) {
        lede_srv_req_early(rq, LEDE_ERR_NOMEM, "out of memory reading query parameter \"%s\"", key);
        return false;
    }
    memcpy(*out, v, n);
    (*out)[n] = '\0';
    *out_n = n;
    return true;
}

static unsigned parse_features(const char *v, size_t n)
{
    unsigned mask = 0;
    for (size_t i = 0; i <= n;) {
        size_t j = i;
        while (j < n && v[j] != ',')
            j++;
        size_t k = j - i;
        if (k == 8 && memcmp(v + i, "entities", 8) == 0)
            mask |= LEDE_FEATURE_ENTITIES;
        else if (k == 6 && memcmp(v + i, "quotes", 6) == 0)
            mask |= LEDE_FEATURE_QUOTES;
        else if (k == 6 && memcmp(v + i, "events", 6) == 0)
            mask |= LEDE_FEATURE_EVENTS;
        else
            return 0; /* an empty or unknown item */
        i = j + 1;
    }
    return mask;
}

/* ?offsets= ?features= ?title= ?id= ?published_at= for non-JSON bodies. */
void lede_srv_parse_query(lede_srv_req *rq)
{
    const char *v;
    size_t n;
    if (option(rq, "offsets", &v, &n)) {
        if (n == 9 && memcmp(v, "codepoint", 9) == 0)
            rq->offsets = LEDE_OFFSETS_CODEPOINT;
        else if (n == 4 && memcmp(v, "utf8", 4) == 0)
            rq->offsets = LEDE_OFFSETS_UTF8;
        else if (n == 5 && memcmp(v, "utf16", 5) == 0)
            rq->offsets = LEDE_OFFSETS_UTF16;
        else
            lede_srv_req_early(rq, LEDE_ERR_BAD_REQUEST, "?offsets= must be codepoint, utf8 or utf16");
    }
    if (option(rq, "features", &v, &n)) {
        unsigned mask = parse_features(v, n);
        if (!mask)
            lede_srv_req_early(rq, LEDE_ERR_BAD_REQUEST,
                               "?features= must be a comma-separated list of entities, quotes and events");
        else
            rq->features = mask;
    }
    if (copy_param(rq, "title", &rq->title, &rq->title_n) && copy_param(rq, "id", &rq->doc_id, &rq->doc_id_n))
        copy_param(rq, "published_at", &rq->published_at, &rq->published_at_n);
}

/* Content-Length as a number; false if absent or not a plain decimal. */
/* Content-Length headers seen so far: the first value, and whether another differed. */
typedef struct length_seen {
    const char *first;
    bool differs;
} length_seen;

static enum MHD_Result see_length(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
    length_seen *seen = cls;
    (void)kind;
    if (!key || !value || !lede_srv_ieq_n(key, strlen(key), "content-length"))
        return MHD_YES;
    if (!seen->first)
        seen->first = value;
    else if (strcmp(seen->first, value) != 0)
        seen->differs = true;
    return MHD_YES;
}

bool lede_srv_content_length_conflict(lede_srv_req *rq)
{
    length_seen seen = {NULL, false};
    MHD_get_connection_values(rq->conn, MHD_HEADER_KIND, see_length, &seen);
    return seen.differs;
}

bool lede_srv_framing_ambiguous(lede_srv_req *rq)
{
    return MHD_lookup_connection_value(rq->conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_TRANSFER_ENCODING) &&
           MHD_lookup_connection_value(rq->conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
}

bool lede_srv_content_length(lede_srv_req *rq, unsigned long long *out)
{
    const char *cl = MHD_lookup_connection_value(rq->conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
    if (!cl)
        return false;
    unsigned long long v = 0;
    const char *p = cl;
    while (lede_srv_is_ows(*p))
        p++;
    if (*p < '0' || *p > '9')
        return false;
    for (; *p >= '0' && *p <= '9'; p++) {
        if (v > (~0ull - 9) / 10)
            return false;
        v = v * 10 + (unsigned long long)(*p - '0');
    }
    *out = v;
    return true;
}
