/*
 * html_charset.c - which encoding to decode an HTML page with.
 *
 * Order: a byte-order mark, then the first <meta charset> or
 * <meta http-equiv content="...; charset=..."> in the page's first bytes,
 * else UTF-8.  A declared legacy charset loses to the bytes themselves when
 * they are valid UTF-8 with non-ASCII text: pages re-saved or re-served as
 * UTF-8 often keep a stale declaration, and real windows-125x / ISO-8859 /
 * Shift_JIS text almost never happens to validate as UTF-8.
 * Pure function of its input; thread-safe; no locale.
 */
#include <string.h>

#include "html_tree.h"
#include "utf8.h"

/* How far into the page to look for the declaration: HTML says 1024 bytes,
 * but many pages put a <meta charset> after kilobytes of scripts. */
enum { CHARSET_SCAN_BYTES = 64 * 1024, CHARSET_NAME_MAX = 40 };

static char lower(char c) { return (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c; }

/* Case-insensitive ASCII search for needle (lowercase) in s[0..n). */
static const char *find_ci(const char *s, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= n; i++) {
        size_t j = 0;
        while (j < k && lower(s[i + j]) == needle[j])
            j++;
        if (j == k)
            return s + i;
    }
    return NULL;
}

static bool name_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == ':' || c == '.';
}

/* Copies the charset name that starts at p (after optional quotes/spaces). */
static bool take_name(const char *p, const char *end, char *out, size_t outlen)
{
    while (p < end && (*p == ' ' || *p == '"' || *p == '\'' || *p == '='))
        p++;
    size_t k = 0;
    while (p < end && name_char(*p) && k + 1 < outlen)
        out[k++] = lower(*p++);
    out[k] = '\0';
    return k > 0;
}

/* Finds a declaration inside one <meta ...> tag [p, end). */
static bool meta_charset(const char *p, const char *end, char *out, size_t outlen)
{
    const char *c = find_ci(p, (size_t)(end - p), "charset");
    if (!c)
        return false;
    c += 7;
    while (c < end && (*c == ' ' || *c == '\t' || *c == '\n' || *c == '\r'))
        c++;
    if (c >= end || *c != '=')
        return false;
    return take_name(c + 1, end, out, outlen);
}

static void declared(const char *s, size_t n, char *out, size_t outlen)
{
    out[0] = '\0';
    if (n > CHARSET_SCAN_BYTES)
        n = CHARSET_SCAN_BYTES;
    const char *end = s + n, *p = s;
    while (p < end) {
        const char *m = find_ci(p, (size_t)(end - p), "<meta");
        if (!m)
            return;
        const char *gt = memchr(m, '>', (size_t)(end - m));
        if (!gt)
            return;
        if (meta_charset(m + 5, gt, out, outlen))
            return;
        p = gt + 1;
    }
}

static bool has_non_ascii(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80)
            return true;
    return false;
}

void lede_html_charset(const char *html, size_t n, char *out, size_t outlen)
{
    const unsigned char *u = (const unsigned char *)html;
    const char *pick = "UTF-8";
    char name[CHARSET_NAME_MAX];
    if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
        pick = "UTF-8";
    } else if (n >= 2 && u[0] == 0xFE && u[1] == 0xFF) {
        pick = "UTF-16BE";
    } else if (n >= 2 && u[0] == 0xFF && u[1] == 0xFE) {
        pick = "UTF-16LE";
    } else {
        declared(html, n, name, sizeof name);
        bool utf8_bytes = lede_utf8_validate(html, n) == n;
        if (!name[0] || strcmp(name, "utf-8") == 0 || strcmp(name, "utf8") == 0 ||
            strcmp(name, "unicode") == 0 || (utf8_bytes && has_non_ascii(html, n))) {
            /* no usable declaration, or the bytes are UTF-8 whatever it says;
             * undeclared non-UTF-8 bytes are most often windows-1252 */
            pick = (utf8_bytes || name[0]) ? "UTF-8" : "WINDOWS-1252";
        } else if (strcmp(name, "iso-8859-1") == 0 || strcmp(name, "latin1") == 0 ||
                   strcmp(name, "us-ascii") == 0 || strcmp(name, "ascii") == 0) {
            pick = "WINDOWS-1252"; /* what browsers decode these labels as */
        } else if (strcmp(name, "gb2312") == 0 || strcmp(name, "gbk") == 0) {
            pick = "GB18030";      /* the superset browsers use             */
        } else {
            pick = name;
        }
    }
    size_t k = strlen(pick);
    if (k >= outlen)
        k = outlen - 1;
    for (size_t i = 0; i < k; i++)
        out[i] = (pick[i] >= 'a' && pick[i] <= 'z') ? (char)(pick[i] - 32) : pick[i];
    out[k] = '\0';
}
