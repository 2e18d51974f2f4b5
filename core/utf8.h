/*
 * utf8.h - UTF-8 validation, decoding and folding helpers, and ISO 8601 date
 * parsing.  Pure functions; thread-safe; no locale.
 */
#ifndef LEDE_UTF8_H
#define LEDE_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Returns n when s[0..n) is valid UTF-8 (no surrogates, no overlongs, no
 * code points above U+10FFFF), else the offset of the first bad byte. */
size_t lede_utf8_validate(const char *s, size_t n);

/* Decodes the code point at s[*i] (valid UTF-8 assumed) and advances *i. */
static inline uint32_t lede_utf8_next(const char *s, size_t n, size_t *i)
{
    const unsigned char *u = (const unsigned char *)s;
    uint32_t c = u[*i];
    if (c < 0x80) { (*i)++; return c; }
    if (c < 0xE0 && *i + 1 < n) { c = ((c & 0x1F) << 6) | (u[*i + 1] & 0x3F); *i += 2; return c; }
    if (c < 0xF0 && *i + 2 < n) {
        c = ((c & 0x0F) << 12) | ((u[*i + 1] & 0x3F) << 6) | (u[*i + 2] & 0x3F);
        *i += 3;
        return c;
    }
    if (*i + 3 < n) {
        c = ((c & 0x07) << 18) | ((u[*i + 1] & 0x3F) << 12) | ((u[*i + 2] & 0x3F) << 6) | (u[*i + 3] & 0x3F);
        *i += 4;
        return c;
    }
    (*i)++;
    return 0xFFFD;
}

/* Code point just before byte offset i (valid UTF-8 assumed), 0 at start. */
uint32_t lede_utf8_prev(const char *s, size_t i);

/* Number of bytes of code point c in UTF-8. */
size_t lede_utf8_encode(uint32_t c, char out[4]);

/* Appends the case-folded, accent-stripped form of s[0..n) to out (cap
 * outcap); returns the length written.  "Kābul" -> "kabul", "’" -> "'". */
size_t lede_fold(const char *s, size_t n, char *out, size_t outcap);

/* Parses "YYYY-MM-DD", "YYYY-MM-DDThh:mm[:ss][Z|+hh:mm]", "YYYY-MM" or "YYYY".
 * Missing parts are 0.  Returns false when it is not such a date. */
bool lede_parse_date(const char *s, size_t n, int *y, int *m, int *d);

#endif
