/*
 * vocab.h - lookup in a sorted word table (entries whose first member is a
 * NUL-terminated `const char *`, sorted bytewise as strcmp sorts), within the
 * index range a first-letter index gives, or through a hashed index of the
 * table built per document (below).  Shared by timex_words.c and
 * numex_words.c, which classify every token of a document this way; and the
 * equality test of a token against one list word (event_words.c).
 * Header-only, pure functions of their arguments (an index is the caller's
 * memory, read-only once built): thread-safe.
 */
#ifndef LEDE_VOCAB_H
#define LEDE_VOCAB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

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

/* ---- hashed lookup ---------------------------------------------------------
 * The binary search above costs some 100 instructions a token (a compare
 * loop per step, five steps); timex and numex look up every token of a
 * document.  A word of at most LEDE_VOCAB_KEY_MAX bytes is instead keyed by
 * two 64-bit loads (its first and last eight bytes, or its bytes padded with
 * zeros when shorter than eight) and its length, which together determine
 * it; the key hashes into an open-addressed index of the word table that
 * the stage builds at its start (on the stack: lede_vocab_index).  Equal
 * keys mean equal words, so a hit needs no string compare. */

/* Longest word the hashed lookup keys; longer ones are in no table. */
#define LEDE_VOCAB_KEY_MAX 16
/* Slots of an index (a power of two); it holds at most half as many words. */
#define LEDE_VOCAB_SLOTS 2048
#define LEDE_VOCAB_WORDS_MAX 256

typedef struct lede_vocab_key {
    uint64_t a, b;
} lede_vocab_key;

typedef struct lede_vocab_index {
    uint16_t slot[LEDE_VOCAB_SLOTS];         /* entry + 1; 0: empty         */
    lede_vocab_key key[LEDE_VOCAB_WORDS_MAX]; /* per entry                   */
    uint8_t len[LEDE_VOCAB_WORDS_MAX];
    uint16_t val[LEDE_VOCAB_WORDS_MAX];       /* per entry: its table's value
                                                 (lede_vocab_index_build)   */
} lede_vocab_index;

static inline uint64_t lede_vocab_load8(const char *p)
{
    uint64_t x;
    memcpy(&x, p, 8);
    return x;
}

/* Key of s[0..n), 0 < n <= LEDE_VOCAB_KEY_MAX.  When n < 8 the eight bytes
 * ending at s + n are read, so `before` (the readable bytes before s) must
 * be at least 8 - n; otherwise the bytes are copied one by one. */
static inline lede_vocab_key lede_vocab_key_of(const char *s, size_t n, size_t before)
{
    lede_vocab_key k;
    if (n >= 8) {
        k.a = lede_vocab_load8(s);
        k.b = lede_vocab_load8(s + n - 8);
    } else if (before >= 8 - n) {
        /* little-endian: s[0..n) are the high bytes of the load */
        k.a = lede_vocab_load8(s + n - 8) >> (8 * (8 - n));
        k.b = 0;
    } else {
        unsigned char pad[8] = {0};
        memcpy(pad, s, n);
        k.a = lede_vocab_load8((const char *)pad);
        k.b = 0;
    }
    return k;
}

static inline size_t lede_vocab_hash(lede_vocab_key k, size_t n)
{
    uint64_t x = (k.a ^ (k.b * 0x9E3779B97F4A7C15ull) ^ n) * 0xC2B2AE3D27D4EB4Full;
    return (size_t)(x >> 40) & (LEDE_VOCAB_SLOTS - 1);
}

/* No value in the entries: lede_vocab_index_build's val_at. */
#define LEDE_VOCAB_NO_VAL SIZE_MAX

/* Indexes the `count` entries of tab (entries of `stride` bytes whose first
 * member is the word; count <= LEDE_VOCAB_WORDS_MAX, every word at most
 * LEDE_VOCAB_KEY_MAX bytes), each with the uint16_t at byte val_at of its
 * entry as its val (0 when val_at is LEDE_VOCAB_NO_VAL), so a lookup can
 * answer it without reaching the table.  Some 40 instructions a word. */
static inline void lede_vocab_index_build(lede_vocab_index *ix, const void *tab, size_t stride, size_t count,
                                          size_t val_at)
{
    memset(ix, 0, sizeof *ix);
    for (size_t e = 0; e < count && e < LEDE_VOCAB_WORDS_MAX; e++) {
        const char *w = *(const char *const *)(const void *)((const char *)tab + e * stride);
        size_t n = strlen(w);
        if (n == 0 || n > LEDE_VOCAB_KEY_MAX)
            continue;
        lede_vocab_key k = {0, 0};
        if (n >= 8) {
            k = lede_vocab_key_of(w, n, 0); /* reads inside the word only */
        } else {
            for (size_t j = 0; j < n; j++) /* not past the literal's end */
                k.a |= (uint64_t)(unsigned char)w[j] << (8 * j);
        }
        size_t h = lede_vocab_hash(k, n);
        while (ix->slot[h])
            h = (h + 1) & (LEDE_VOCAB_SLOTS - 1);
        ix->slot[h] = (uint16_t)(e + 1);
        ix->key[e] = k;
        ix->len[e] = (uint8_t)n;
        if (val_at != LEDE_VOCAB_NO_VAL)
            memcpy(&ix->val[e], (const char *)tab + e * stride + val_at, sizeof ix->val[e]);
    }
}

/* Index + 1 of the entry whose key is k (of a word of n bytes), 0 if none. */
static inline int lede_vocab_index_find_key(const lede_vocab_index *ix, lede_vocab_key k, size_t n)
{
    for (size_t h = lede_vocab_hash(k, n);; h = (h + 1) & (LEDE_VOCAB_SLOTS - 1)) {
        unsigned e = ix->slot[h];
        if (!e)
            return 0;
        if (ix->key[e - 1].a == k.a && ix->key[e - 1].b == k.b && ix->len[e - 1] == n)
            return (int)e;
    }
}

/* Whether the word keyed by k holds byte c (not 0): its key holds all its
 * bytes and zeros. */
static inline bool lede_vocab_key_has(lede_vocab_key k, unsigned char c)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    uint64_t a = k.a ^ (ones * c), hit = (a - ones) & ~a & high;
    if (k.b) { /* a word of eight bytes or more; a shorter one's b is 0 and holds no c */
        uint64_t b = k.b ^ (ones * c);
        hit |= (b - ones) & ~b & high;
    }
    return hit != 0;
}

/* Index + 1 of the entry whose word is s[0..n), 0 if none; `before` as
 * for lede_vocab_key_of. */
static inline int lede_vocab_index_find(const lede_vocab_index *ix, const char *s, size_t n, size_t before)
{
    if (n == 0 || n > LEDE_VOCAB_KEY_MAX)
        return 0;
    return lede_vocab_index_find_key(ix, lede_vocab_key_of(s, n, before), n);
}

#endif
