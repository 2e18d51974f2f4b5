/*
 * vocab.h - lookup in a sorted word table (entries whose first member is a
 * NUL-terminated `const char *`, sorted bytewise as strcmp sorts), within the
 * index range a first-letter index gives.  Shared by timex_words.c and
 * numex_words.c, which classify every token of a document this way; and the
 * equality test of a token against one list word (timex_match.c,
 * event_words.c).
 * Header-only, pure functions of their arguments: thread-safe.
 */
#ifndef LEDE_VOCAB_H
#define LEDE_VOCAB_H

#include <stdbool.h>
#include <stddef.h>

/* s[0..n) equals the NUL-terminated w (strlen(w) == n && memcmp(w, s, n)
 * == 0) without measuring w first: rule scans test every token against list
 * words that almost all differ at the first byte. */
static inline bool lede_vocab_eq(const char *w, const char *s, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (w[k] == '\0' || w[k] != s[k])
            return false;
    return w[n] == '\0';
}

/* <0, 0, >0 as s[0..n) sorts before, equal to, after the NUL-terminated w. */
static inline int lede_vocab_cmp(const char *s, size_t n, const char *w)
{
    for (size_t k = 0; k < n; k++) {
        if (w[k] == '\0')
            return 1;
        if (s[k] != w[k])
            return (unsigned char)s[k] < (unsigned char)w[k] ? -1 : 1;
    }
    return w[n] == '\0' ? 0 : -1;
}

/* Index in [lo, hi) of the entry of tab (entries of `stride` bytes) whose
 * word equals s[0..n), or -1. */
static inline long lede_vocab_find(const void *tab, size_t stride, size_t lo, size_t hi, const char *s, size_t n)
{
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const char *w = *(const char *const *)(const void *)((const char *)tab + mid * stride);
        int r = lede_vocab_cmp(s, n, w);
        if (r == 0)
            return (long)mid;
        if (r < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return -1;
}

#endif
