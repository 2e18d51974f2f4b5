/*
 * problem.c - RFC 9457 problem details (application/problem+json) for every
 * error answer.  Status, slug and title come only from the core's status
 * table (lede_status_http/code/title); this file adds the request's path
 * and id.  Strings pass through the log escaper, so invalid UTF-8 in a
 * path can never make the body invalid JSON.  Reentrant.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http.h"
#include "log.h"

/* Base of the stable "type" URIs; the slug is lede_status_code(). */
#define PROBLEM_TYPE_BASE "https://lede.dev/problems/"

static void put(char *buf, size_t cap, size_t *n, const char *s, size_t len)
{
    if (*n + len < cap) {
        memcpy(buf + *n, s, len);
        *n += len;
    }
}

/* "key":"escaped value"; cut to at most cap bytes of escaped text */
static void put_field(char *buf, size_t cap, size_t *n, const char *key, const char *v, size_t vlen,
                      size_t vcap)
{
    put(buf, cap, n, ",\"", 2);
    put(buf, cap, n, key, strlen(key));
    put(buf, cap, n, "\":\"", 3);
    if (*n + vcap + 2 < cap)
        *n += lede_srv_json_escape(buf + *n, vcap, v, vlen, NULL);
    put(buf, cap, n, "\"", 1);
}

char *lede_srv_problem_json(lede_status st, const char *detail, const char *instance, size_t instance_n,
                            const char *request_id, size_t *len)
{
    /* escaped text: 6 bytes per input byte at worst */
    enum { DETAIL_CAP = 6 * 512, INSTANCE_CAP = 6 * LEDE_SRV_PATH_KEEP, ID_CAP = 6 * LEDE_SRV_REQUEST_ID_MAX };
    size_t cap = 512 + DETAIL_CAP + INSTANCE_CAP + ID_CAP;
    char *buf = malloc(cap);
    if (!buf)
        return NULL;
    const char *code = lede_status_code(st);
    const char *title = lede_status_title(st);
    if (!detail || !*detail)
        detail = title;
    int k = snprintf(buf, cap, "{\"type\":\"" PROBLEM_TYPE_BASE "%s\",\"title\":\"%s\",\"status\":%d", code,
                     title, lede_status_http(st));
    size_t n = k > 0 && (size_t)k < cap ? (size_t)k : 0;
    put_field(buf, cap, &n, "detail", detail, strlen(detail), DETAIL_CAP);
    put_field(buf, cap, &n, "instance", instance, instance_n, INSTANCE_CAP);
    put_field(buf, cap, &n, "request_id", request_id, strlen(request_id), ID_CAP);
    put_field(buf, cap, &n, "code", code, strlen(code), 64);
    put(buf, cap, &n, "}", 1);
    buf[n] = '\0';
    *len = n;
    return buf;
}
