/*
 * junk_inside.c - finds the patterns junk_lines.c looks for anywhere in a
 * line.  They were searched one strstr at a time behind a byte-pair filter
 * that cost some 2,500 instructions a line; now one pass looks at the
 * line's 4-byte pieces at every fourth byte: an occurrence of a pattern (7
 * bytes or more) covers one of them at an offset 0..3 of the pattern, and
 * the index (junk_index.c) holds each pattern's pieces at those four
 * offsets, so every occurrence is seen and checked with memcmp where it
 * starts.  Exact: the answer is the union of what strstr finds.
 * Owned by the boilerplate stage.  Constant data; pure functions.
 */
#include <string.h>

#include "junk_inside.h"

#define C LEDE_JI_CREDIT
#define S LEDE_JI_SHORT
#define G LEDE_JI_STRONG
#define J(lit, g) {lit, sizeof(lit) - 1, g}
/* LEDE_JI_SHORT: anywhere in a short line; LEDE_JI_STRONG: in a line of up
 * to a few sentences, unambiguous calls to act; LEDE_JI_CREDIT: a credit
 * label ("credit:" or "photo credit") in a caption-sized line. */
const lede_junk_pat lede_junk_pats[] = {
    J("credit:", C), J("photo credit", C),
    J("in the comments", S), J("comments below", S), J("comment below", S), J("sign up for our", S | G),
    J("subscribe to our", S | G), J("our newsletter", S), J("delivered to your inbox", S),
    J("follow us on", S | G), J("on twitter @", S), J("like us on facebook", S), J("share this article", S),
    J("share this story", S), J("all rights reserved", S | G), J("uses cookies", S), J("use of cookies", S),
    J("accept cookies", S), J("cookie policy", S), J("privacy policy", S), J("terms of use", S),
    J("terms of service", S), J("may not be published, broadcast", S | G),
    J("follow him on twitter", G), J("follow her on twitter", G), J("follow them on twitter", G),
    J("follow me on twitter", G), J("in your inbox", G), J("to your inbox", G), J("click here", G),
    J("affiliate links", G), J("referral links", G)};
const size_t lede_junk_pats_n = sizeof lede_junk_pats / sizeof *lede_junk_pats;
#undef J
#undef C
#undef S
#undef G

static inline uint32_t load4(const char *p)
{
    uint32_t x;
    memcpy(&x, p, 4);
    return x;
}

static inline size_t piece_hash(uint32_t k) { return (size_t)((k * 0x9E3779B1u) >> 21) & (LEDE_JI_SLOTS - 1); }

void lede_junk_index_build(lede_junk_index *ix)
{
    memset(ix, 0, sizeof *ix);
    size_t e = 0;
    for (size_t p = 0; p < lede_junk_pats_n && p < LEDE_JI_PATS_MAX; p++)
        for (size_t o = 0; o < 4 && lede_junk_pats[p].n >= LEDE_JI_MIN; o++, e++) {
            uint32_t k = load4(lede_junk_pats[p].s + o);
            size_t h = piece_hash(k);
            while (ix->slot[h])
                h = (h + 1) & (LEDE_JI_SLOTS - 1);
            ix->slot[h] = (uint8_t)(e + 1);
            ix->key[e] = k;
            ix->pat[e] = (uint8_t)p;
            ix->off[e] = (uint8_t)o;
        }
}

/* The patterns whose piece k (at byte i of s) is, checked where they would
 * start. */
static unsigned piece_at(const lede_junk_index *ix, const char *s, size_t n, size_t i, uint32_t k, size_t h)
{
    unsigned found = 0;
    for (; ix->slot[h]; h = (h + 1) & (LEDE_JI_SLOTS - 1)) {
        unsigned e = ix->slot[h] - 1u;
        if (ix->key[e] != k || ix->off[e] > i)
            continue;
        const lede_junk_pat *p = &lede_junk_pats[ix->pat[e]];
        size_t at = i - ix->off[e];
        if (at + p->n <= n && memcmp(s + at, p->s, p->n) == 0)
            found |= p->groups;
    }
    return found;
}

unsigned lede_junk_inside(const char *s, size_t n)
{
    const lede_junk_index *ix = &lede_junk_index_static;
    unsigned found = 0;
    size_t i = 0;
    /* two pieces an iteration: most pieces of a line hash to an empty slot,
     * so the common step is a hash, one load and a test each */
    for (; i + 8 <= n; i += 8) {
        uint32_t k0 = load4(s + i), k1 = load4(s + i + 4);
        size_t h0 = piece_hash(k0), h1 = piece_hash(k1);
        if (__builtin_expect(ix->slot[h0] != 0, 0))
            found |= piece_at(ix, s, n, i, k0, h0);
        if (__builtin_expect(ix->slot[h1] != 0, 0))
            found |= piece_at(ix, s, n, i + 4, k1, h1);
    }
    if (i + 4 <= n) {
        uint32_t k = load4(s + i);
        size_t h = piece_hash(k);
        if (ix->slot[h])
            found |= piece_at(ix, s, n, i, k, h);
    }
    return found;
}
