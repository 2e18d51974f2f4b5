/*
 * ascii.h - ASCII-only case folding and HTTP whitespace for header parsing
 * (locale-free by design: header tokens are ASCII).  Shared by params.c and
 * compress.c.  Header-only, pure: thread-safe.
 */
#ifndef LEDE_SRV_ASCII_H
#define LEDE_SRV_ASCII_H

#include <stdbool.h>
#include <stddef.h>

static inline char lede_srv_lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c; }

/* a[0..n) equals the lower-case NUL-terminated b, ignoring a's case. */
static inline bool lede_srv_ieq_n(const char *a, size_t n, const char *b)
{
    size_t i = 0;
    for (; i < n && b[i]; i++)
        if (lede_srv_lower(a[i]) != b[i])
            return false;
    return i == n && !b[i];
}

/* RFC 9110 OWS: space or horizontal tab. */
static inline bool lede_srv_is_ows(char c) { return c == ' ' || c == '\t'; }

#endif
