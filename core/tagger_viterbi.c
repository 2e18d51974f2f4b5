/*
 * tagger_viterbi.c - exact first-order decoding of BILOU label sequences,
 * shared by lede_ner_run and the trainer (structured perceptron), plus
 * the per-token margin used for mention confidence.
 *
 * BILOU constraints are built into the predecessor lists: O, B-x and U-x
 * follow O, L-* or U-*; I-x and L-x follow B-x or I-x; a run starts like
 * after O and ends in O, L-* or U-*.  So each token costs 9x9 + 8x2 sums
 * instead of 17x17.  The outside block's layout depends only on the
 * transitions, so lede_ner_run builds it once per pass (lede_tg_vtrans)
 * rather than once per run of tokens.  Owner: the NER tagger.  Reentrant,
 * no allocation.
 */
#include <math.h>
#include <string.h>

#include "tagger.h"

#define NL LEDE_TG_NLAB

/* Predecessors of each label (label values, -1 = sentence start allowed). */
static const int8_t outside_preds[] = {0, 3, 4, 7, 8, 11, 12, 15, 16};

static inline bool inside(int c) { return c > 0 && (lede_tg_lpos(c) == LEDE_TG_I || lede_tg_lpos(c) == LEDE_TG_L); }
static inline bool can_end(int c) { return c == 0 || lede_tg_lpos(c) == LEDE_TG_L || lede_tg_lpos(c) == LEDE_TG_U; }

/* Targets of the outside predecessors: O, B-x, U-x. */
static const int8_t outside_labels[] = {0, 1, 4, 5, 8, 9, 12, 13, 16};

#if defined(__SSE2__)
#include <emmintrin.h>
/* The 9 x 9 outside block, vectorised over the 9 targets (3 x 4 lanes):
 * for each predecessor, add its score to its transition row and keep the
 * lane-wise maximum and its argument. */
static void outside_step(const float *a, const float tout[9][12], float *best_out, int32_t *arg_out)
{
    __m128 ap = _mm_set1_ps(a[outside_preds[0]]);
    __m128 b0 = _mm_add_ps(ap, _mm_loadu_ps(tout[0])), b1 = _mm_add_ps(ap, _mm_loadu_ps(tout[0] + 4)),
           b2 = _mm_add_ps(ap, _mm_loadu_ps(tout[0] + 8));
    __m128i g0 = _mm_setzero_si128(), g1 = g0, g2 = g0;
    for (int k = 1; k < 9; k++) {
        ap = _mm_set1_ps(a[outside_preds[k]]);
        __m128i kk = _mm_set1_epi32(k);
        __m128 v0 = _mm_add_ps(ap, _mm_loadu_ps(tout[k])), v1 = _mm_add_ps(ap, _mm_loadu_ps(tout[k] + 4)),
               v2 = _mm_add_ps(ap, _mm_loadu_ps(tout[k] + 8));
        __m128i m0 = _mm_castps_si128(_mm_cmpgt_ps(v0, b0)), m1 = _mm_castps_si128(_mm_cmpgt_ps(v1, b1)),
                m2 = _mm_castps_si128(_mm_cmpgt_ps(v2, b2));
        b0 = _mm_max_ps(v0, b0);
        b1 = _mm_max_ps(v1, b1);
        b2 = _mm_max_ps(v2, b2);
        g0 = _mm_or_si128(_mm_and_si128(m0, kk), _mm_andnot_si128(m0, g0));
        g1 = _mm_or_si128(_mm_and_si128(m1, kk), _mm_andnot_si128(m1, g1));
        g2 = _mm_or_si128(_mm_and_si128(m2, kk), _mm_andnot_si128(m2, g2));
    }
    _mm_storeu_ps(best_out, b0);
    _mm_storeu_ps(best_out + 4, b1);
    _mm_storeu_ps(best_out + 8, b2);
    _mm_storeu_si128((__m128i *)(void *)arg_out, g0);
    _mm_storeu_si128((__m128i *)(void *)(arg_out + 4), g1);
    _mm_storeu_si128((__m128i *)(void *)(arg_out + 8), g2);
}
#else
static void outside_step(const float *a, const float tout[9][12], float *best_out, int32_t *arg_out)
{
    for (int j = 0; j < 9; j++) {
        float best = a[outside_preds[0]] + tout[0][j];
        int arg = 0;
        for (int k = 1; k < 9; k++) {
            float v = a[outside_preds[k]] + tout[k][j];
            arg = v > best ? k : arg;
            best = v > best ? v : best;
        }
        best_out[j] = best;
        arg_out[j] = arg;
    }
}
#endif

void lede_tg_vtrans_init(lede_tg_vtrans *vt, const float *trans)
{
    vt->trans = trans;
    for (int k = 0; k < 9; k++)
        for (int j = 0; j < 12; j++)
            vt->tout[k][j] = j < 9 ? trans[(outside_preds[k] + 1) * NL + outside_labels[j]] : 0;
}

void lede_tg_viterbi(const float *sc, size_t n, const float *trans, uint8_t *bp, uint8_t *y)
{
    lede_tg_vtrans vt;
    lede_tg_vtrans_init(&vt, trans);
    lede_tg_viterbi_vt(sc, n, &vt, bp, y);
}

void lede_tg_viterbi_vt(const float *sc, size_t n, const lede_tg_vtrans *vt, uint8_t *bp, uint8_t *y)
{
    if (n == 0)
        return;
    const float *trans = vt->trans;
    const float(*tout)[12] = vt->tout;
    float a[NL], b[NL];
    for (int c = 0; c < NL; c++)
        a[c] = inside(c) ? -INFINITY : sc[c] + trans[c];
    for (size_t i = 1; i < n; i++) {
        const float *s = sc + i * NL;
        uint8_t *bpi = bp + i * NL;
        float ob[12];
        int32_t oa[12];
        outside_step(a, tout, ob, oa);
        for (int j = 0; j < 9; j++) {
            int c = outside_labels[j];
            b[c] = ob[j] + s[c];
            bpi[c] = (uint8_t)outside_preds[oa[j]];
        }
        /* I-x and L-x follow B-x or I-x */
        for (int t = 0; t < LEDE_TG_NTYPES; t++) {
            int pb = lede_tg_label(t, LEDE_TG_B), pi = lede_tg_label(t, LEDE_TG_I);
            for (int c = pi; c <= pi + 1; c++) {
                float v0 = a[pb] + trans[(pb + 1) * NL + c], v1 = a[pi] + trans[(pi + 1) * NL + c];
                b[c] = (v0 >= v1 ? v0 : v1) + s[c];
                bpi[c] = (uint8_t)(v0 >= v1 ? pb : pi);
            }
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
