/*
 * utf8.c - UTF-8 validation, folding and ISO 8601 date parsing.
 * Pure functions, no locale, thread-safe.
 */
#include <string.h>
#include <utf8proc.h>

#include "utf8.h"

/* Eight bytes with neither a high bit nor a NUL: plain ASCII text, which
 * is most of any news text, so it is checked a word at a time (exact). */
static inline bool ascii8(const unsigned char *p)
{
    uint64_t v;
    memcpy(&v, p, sizeof v);
    return !(((v - 0x0101010101010101ull) | v) & 0x8080808080808080ull);
}

size_t lede_utf8_validate(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        while (i + 8 <= n && ascii8(u + i))
            i += 8;
        if (i >= n)
            break;
        unsigned c = u[i];
        if (c < 0x80) {
            if (c == 0)
                return i; /* NUL is not text */
            i++;
            continue;
        }
        size_t len;
        uint32_t cp, min;
        if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; min = 0x80; }
        else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; min = 0x800; }
        else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; min = 0x10000; }
        else return i;
        if (i + len > n)
            return i;
        for (size_t k = 1; k < len; k++) {
            if ((u[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (u[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return n;
}

uint32_t lede_utf8_prev(const char *s, size_t i)
{
    if (i == 0)
        return 0;
    size_t j = i - 1;
    while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80 && i - j < 4)
        j--;
    size_t k = j;
    return lede_utf8_next(s, i, &k);
}

size_t lede_utf8_encode(uint32_t c, char out[4])
{
    if (c < 0x80) { out[0] = (char)c; return 1; }
    if (c < 0x800) { out[0] = (char)(0xC0 | (c >> 6)); out[1] = (char)(0x80 | (c & 0x3F)); return 2; }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

/* Strip accents via canonical decomposition: keep the base letter. */
static uint32_t base_letter(uint32_t c)
{
    utf8proc_int32_t buf[4];
    int opts = UTF8PROC_DECOMPOSE;
    utf8proc_ssize_t k = utf8proc_decompose_char((utf8proc_int32_t)c, buf, 4, opts, NULL);
    return k >= 1 ? (uint32_t)buf[0] : c;
}

size_t lede_fold(const char *s, size_t n, char *out, size_t outcap)
{
    size_t i = 0, o = 0;
    while (i < n) {
        uint32_t c = lede_utf8_next(s, n, &i);
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z')
                c += 32;
        } else {
            switch (c) {
            case 0x2018: case 0x2019: case 0x02BC: case 0x2032: c = '\''; break;
            case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB: c = '"'; break;
            case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212: c = '-'; break;
            default:
                c = (uint32_t)utf8proc_tolower((utf8proc_int32_t)c);
                c = base_letter(c);
            }
        }
        char tmp[4];
        size_t k = lede_utf8_encode(c, tmp);
        if (o + k > outcap)
            break;
        memcpy(out + o, tmp, k);
        o += k;
    }
    return o;
}

static int digits(const char *s, size_t n, size_t at, size_t len)
{
    if (at + len > n)
        return -1;
    int v = 0;
    for (size_t i = at; i < at + len; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

bool lede_parse_date(const char *s, size_t n, int *y, int *m, int *d)
{
    *y = *m = *d = 0;
    int yy = digits(s, n, 0, 4);
    if (yy < 1)
        return false;
    *y = yy;
    if (n == 4)
        return true;
    if (s[4] != '-')
        return false;
    int mm = digits(s, n, 5, 2);
    if (mm < 1 || mm > 12)
        return false;
    *m = mm;
    if (n == 7)
        return true;
    if (n < 10 || s[7] != '-')
        return false;
    int dd = digits(s, n, 8, 2);
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (dd < 1 || dd > mdays[mm - 1])
        return false;
    *d = dd;
    if (n == 10)
        return true;
    if (s[10] != 'T' && s[10] != 't' && s[10] != ' ')
        return false;
    /* time part: hh:mm[:ss[.fff]][Z|+hh:mm|-hh:mm] */
    if (digits(s, n, 11, 2) < 0 || digits(s, n, 11, 2) > 23 || n < 16 || s[13] != ':' ||
        digits(s, n, 14, 2) < 0 || digits(s, n, 14, 2) > 59)
        return false;
    for (size_t i = 16; i < n; i++) {
        char c = s[i];
        if (!((c >= '0' && c <= '9') || c == ':' || c == '.' || c == 'Z' || c == 'z' || c == '+' || c == '-'))
            return false;
    }
    return true;
}
