/*
 * tagger_viterbi.c - exact first-order decoding of BILOU label sequences,
 * shared by lede_ner_run and the trainer (structured perceptron), plus
 * the per-token margin used for mention confidence.
 *
 * BILOU constraints are built into the predecessor lists: O, B-x and U-x
 * follow O, L-* or U-*; I-x and L-x follow B-x or I-x; a run starts like
 * after O and ends in O, L-* or U-*.  So each token costs 9x9 + 8x2 sums
 * instead of 17x17.  Owner: the NER tagger.  Reentrant, no allocation.
 */
#include <math.h>
#include <string.h>

#include "tagger.h"

#define NL LEDE_TG_NLAB

/* Predecessors of each label (label values, -1 = sentence start allowed). */
static const int8_t outside_preds[] = {0, 3, 4, 7, 8, 11, 12, 15, 16};

static inline bool inside(int c) { return c > 0 && (lede_tg_lpos(c) == LEDE_TG_I || lede_tg_lpos(c) == LEDE_TG_L); }
static inline bool can_end(int c) { return c == 0 || lede_tg_lpos(c) == LEDE_TG_L || lede_tg_lpos(c) == LEDE_TG_U; }

void lede_tg_viterbi(const float *sc, size_t n, const float *trans, uint8_t *bp, uint8_t *y)
{
    if (n == 0)
        return;
    float a[NL], b[NL];
    for (int c = 0; c < NL; c++)
        a[c] = inside(c) ? -INFINITY : sc[c] + trans[c];
    for (size_t i = 1; i < n; i++) {
        const float *s = sc + i * NL;
        uint8_t *bpi = bp + i * NL;
        /* best outside predecessor, shared by O, B-* and U-* except for the
         * transition score, so evaluate per label */
        for (int c = 0; c < NL; c++) {
            float best = -INFINITY;
            int arg = 0;
            if (inside(c)) {
                int p0 = c - lede_tg_lpos(c) + LEDE_TG_B, p1 = p0 + 1; /* B-x, I-x */
                float v0 = a[p0] + trans[(p0 + 1) * NL + c], v1 = a[p1] + trans[(p1 + 1) * NL + c];
                if (v0 >= v1) {
                    best = v0;
                    arg = p0;
                } else {
                    best = v1;
                    arg = p1;
                }
            } else {
                for (size_t k = 0; k < sizeof outside_preds; k++) {
                    int p = outside_preds[k];
                    float v = a[p] + trans[(p + 1) * NL + c];
                    if (v > best) {
                        best = v;
                        arg = p;
                    }
                }
            }
            b[c] = best + s[c];
            bpi[c] = (uint8_t)arg;
        }
        memcpy(a, b, sizeof a);
    }
    int best = 0;
    for (int c = 1; c < NL; c++)
        if (can_end(c) && a[c] > a[best])
            best = c;
    for (size_t i = n; i-- > 0;) {
        y[i] = (uint8_t)best;
        if (i)
            best = bp[i * NL + best];
    }
}

float lede_tg_margin(const float *sc, size_t n, const float *trans, const uint8_t *y, size_t i)
{
    int prev = i ? y[i - 1] : -1, next = i + 1 < n ? y[i + 1] : -1;
    uint32_t ok = lede_tg_allowed(prev, i + 1 == n);
    float own = -INFINITY, other = -INFINITY;
    for (int c = 0; c < NL; c++) {
        if (!(ok & (1u << c)))
            continue;
        if (next >= 0 && !(lede_tg_allowed(c, false) & (1u << next)))
            continue;
        float v = sc[i * NL + c] + trans[(prev + 1) * NL + c] + (next >= 0 ? trans[(c + 1) * NL + next] : 0);
        if (c == y[i])
            own = v;
        else if (v > other)
            other = v;
    }
    return other == -INFINITY ? 1e4f : own - other;
}
