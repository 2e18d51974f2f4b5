/*
 * compress.c - gzip response compression (see compress.h): the
 * Accept-Encoding parser (RFC 9110 12.5.3, q-values in thousandths), the
 * media types worth compressing, and a one-shot zlib deflate with the gzip
 * wrapper into a buffer no larger than the input.
 *
 * Ownership: lede_srv_gzip's result belongs to the caller.
 * Thread-safety: reentrant; no static state, one z_stream per call.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "ascii.h"
#include "compress.h"

/* qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] ), as
 * thousandths; -1 when malformed. */
static int parse_q(const char *v, size_t n)
{
    if (n == 0 || (v[0] != '0' && v[0] != '1'))
        return -1;
    int q = (v[0] - '0') * 1000;
    if (n == 1)
        return q;
    if (v[1] != '.' || n > 5)
        return -1;
    int scale = 100;
    for (size_t i = 2; i < n; i++, scale /= 10) {
        if (v[i] < '0' || v[i] > '9')
            return -1;
        q += (v[i] - '0') * scale;
    }
    return q <= 1000 ? q : -1;
}

bool lede_srv_accepts_gzip(const char *ae)
{
    if (!ae)
        return false;
    /* -1: not named */
    int q_gzip = -1, q_star = -1, q_identity = -1;
    const char *p = ae, *end = ae + strnlen(ae, LEDE_SRV_ACCEPT_ENCODING_MAX);
    while (p < end) {
        while (p < end && (lede_srv_is_ows(*p) || *p == ','))
            p++;
        const char *tok = p;
        while (p < end && *p != ',' && *p != ';' && !lede_srv_is_ows(*p))
            p++;
        size_t tok_n = (size_t)(p - tok);
        int q = 1000;
        /* parameters; only q matters, and a malformed q refuses the coding */
        while (p < end && *p != ',') {
            while (p < end && (lede_srv_is_ows(*p) || *p == ';'))
                p++;
            const char *name = p;
            while (p < end && *p != '=' && *p != ',' && *p != ';' && !lede_srv_is_ows(*p))
                p++;
            size_t name_n = (size_t)(p - name);
            const char *val = p;
            size_t val_n = 0;
            if (p < end && *p == '=') {
                val = ++p;
                while (p < end && *p != ',' && *p != ';' && !lede_srv_is_ows(*p))
                    p++;
                val_n = (size_t)(p - val);
            }
            if (name_n == 1 && lede_srv_lower(name[0]) == 'q') {
                int parsed = parse_q(val, val_n);
                q = parsed < 0 ? 0 : parsed;
            }
        }
        if (tok_n == 0)
            continue;
        /* the first mention of a coding counts */
        if ((lede_srv_ieq_n(tok, tok_n, "gzip") || lede_srv_ieq_n(tok, tok_n, "x-gzip")) && q_gzip < 0)
            q_gzip = q;
        else if (lede_srv_ieq_n(tok, tok_n, "*") && q_star < 0)
            q_star = q;
        else if (lede_srv_ieq_n(tok, tok_n, "identity") && q_identity < 0)
            q_identity = q;
    }
    int q = q_gzip >= 0 ? q_gzip : q_star >= 0 ? q_star : 0;
    if (q <= 0)
        return false;
    /* only an identity the client named explicitly can outrank gzip */
    return !(q_identity >= 0 && q_identity > q);
}

bool lede_srv_compressible(const char *ct)
{
    if (!ct)
        return false;
    size_t n = 0;
    while (ct[n] && ct[n] != ';' && !lede_srv_is_ows(ct[n]))
        n++;
    if (n >= 5 && lede_srv_ieq_n(ct, 5, "text/"))
        return true;
    static const char *const types[] = {"application/json", "application/problem+json", "application/xml",
                                        "application/yaml", "application/javascript"};
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (lede_srv_ieq_n(ct, n, types[i]))
            return true;
    return (n > 5 && (lede_srv_ieq_n(ct + n - 5, 5, "+json") || lede_srv_ieq_n(ct + n - 5, 5, "+yaml"))) ||
           (n > 4 && lede_srv_ieq_n(ct + n - 4, 4, "+xml"));
}

/* zlib: windowBits 15 + 16 selects the gzip wrapper; memLevel 8 is the
 * default (about 256 KiB of state per stream). */
enum { GZIP_WINDOW_BITS = 15 + 16, GZIP_MEM_LEVEL = 8 };

char *lede_srv_gzip(const char *in, size_t n, int level, size_t *out_n)
{
    /* a body that is not smaller compressed is sent as it is, so the
     * output never needs more than n bytes; zlib counts in uInt */
    if (n < 2 || n > (size_t)(uInt)-1 || level < 1 || level > 9)
        return NULL;
    size_t cap = n - 1;
    char *out = malloc(cap);
    if (!out)
        return NULL;
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    if (deflateInit2(&zs, level, Z_DEFLATED, GZIP_WINDOW_BITS, GZIP_MEM_LEVEL, Z_DEFAULT_STRATEGY) != Z_OK) {
        free(out);
        return NULL;
    }
    zs.next_in = (Bytef *)(uintptr_t)in;
    zs.avail_in = (uInt)n;
    zs.next_out = (Bytef *)out;
    zs.avail_out = (uInt)cap;
    /* one call with the whole input: Z_STREAM_END unless the output did
     * not fit in cap bytes (Z_OK / Z_BUF_ERROR), i.e. not worth it */
    int rc = deflate(&zs, Z_FINISH);
    size_t produced = cap - zs.avail_out;
    deflateEnd(&zs);
    if (rc != Z_STREAM_END) {
        free(out);
        return NULL;
    }
    *out_n = produced;
    return out;
}
