/*
 * charset.c - document bytes to clean UTF-8 (see charset.h).  Legacy
 * charsets go through iconv(3) with a fresh descriptor per call; a byte the
 * charset cannot decode becomes U+FFFD and decoding resumes after it, the
 * way browsers do, instead of the whole page failing.  Owner: ingest.
 */
#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "utf8.h"

static const char replacement[3] = {'\xEF', '\xBF', '\xBD'}; /* U+FFFD */

static bool is_utf8_name(const char *c)
{
    char low[16];
    size_t k = 0;
    for (; c[k] && k + 1 < sizeof low; k++)
        low[k] = (c[k] >= 'A' && c[k] <= 'Z') ? (char)(c[k] + 32) : c[k];
    low[k] = '\0';
    return strcmp(low, "utf-8") == 0 || strcmp(low, "utf8") == 0;
}

/* Copies UTF-8 with invalid sequences and NULs replaced; out holds 3n. */
static size_t sanitize(const char *s, size_t n, char *o)
{
    size_t k = 0, i = 0;
    while (i < n) {
        size_t good = lede_utf8_validate(s + i, n - i);
        for (size_t j = 0; j < good; j++) {
            if (s[i + j] == '\0') {
                memcpy(o + k, replacement, 3);
                k += 3;
            } else {
                o[k++] = s[i + j];
            }
        }
        i += good;
        if (i < n) {
            memcpy(o + k, replacement, 3);
            k += 3;
            i++;
        }
    }
    return k;
}

static size_t skip_bom(const char *s, size_t n)
{
    return n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

static int from_utf8(const char *s, size_t n, char **out, size_t *out_n)
{
    size_t b = skip_bom(s, n);
    if (!b && lede_utf8_validate(s, n) == n && !memchr(s, 0, n)) {
        *out = NULL;
        *out_n = n;
        return 0;
    }
    char *o = malloc(3 * (n - b) + 1);
    if (!o)
        return -1;
    *out_n = sanitize(s + b, n - b, o);
    *out = o;
    return 0;
}

int lede_to_utf8(const char *s, size_t n, const char *charset, char **out, size_t *out_n)
{
    *out = NULL;
    *out_n = 0;
    if (!charset || is_utf8_name(charset))
        return from_utf8(s, n, out, out_n);
    iconv_t cd = iconv_open("UTF-8", charset);
    if (cd == (iconv_t)-1)
        return 1;
    size_t cap = n + n / 4 + 64, k = 0;
    char *o = malloc(cap);
    char *in = (char *)s;
    size_t left = n;
    while (o && left) {
        char *dst = o + k;
        size_t room = cap - k;
        size_t r = iconv(cd, &in, &left, &dst, &room);
        k = (size_t)(dst - o);
        if (r != (size_t)-1)
            break;
        if (errno == E2BIG || cap - k < 3) {
            char *bigger = realloc(o, cap * 2);
            if (!bigger) {
                free(o);
                o = NULL;
                break;
            }
            o = bigger;
            cap *= 2;
            continue;
        }
        /* EILSEQ / EINVAL: one undecodable byte, or a truncated sequence */
        memcpy(o + k, replacement, 3);
        k += 3;
        in++;
        left--;
        iconv(cd, NULL, NULL, NULL, NULL); /* reset any shift state */
    }
    iconv_close(cd);
    if (!o)
        return -1;
    /* iconv output is UTF-8; NULs from the input still need replacing */
    size_t b = skip_bom(o, k);
    if (b || memchr(o, 0, k)) {
        char *clean = malloc(3 * k + 1);
        if (!clean) {
            free(o);
            return -1;
        }
        k = sanitize(o + b, k - b, clean);
        free(o);
        o = clean;
    }
    *out = o;
    *out_n = k;
    return 0;
}
