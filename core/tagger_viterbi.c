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
 * rather than once per run of tokens.  The trainer decodes with
 * lede_tg_viterbi (back pointers for every label); lede_ner_run with
 * lede_tg_viterbi_alpha, which finds the same labels with no argument
 * tracking in the forward pass (tests/unit/test_tagger_fast.c checks they
 * agree, ties included).  Owner: the NER tagger.  Reentrant, no allocation.
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

/* lede_tg_viterbi_alpha keeps a token's 17 best scores permuted into
 * LEDE_TG_ASTRIDE lanes: the 9 outside targets (outside_labels order, 3
 * lanes of padding), then the inside ones I-PER L-PER I-ORG L-ORG I-LOC
 * L-LOC I-MISC L-MISC, so each block is whole SSE vectors. */
static const int8_t alpha_lane[NL] = {0, 1, 12, 13, 2, 3, 14, 15, 4, 5, 16, 17, 6, 7, 18, 19, 8};
static const int8_t inside_labels[8] = {2, 3, 6, 7, 10, 11, 14, 15};
/* alpha_lane[outside_preds[k]] */
static const int8_t pred_lane[9] = {0, 13, 2, 15, 4, 17, 6, 19, 8};
/* The per-token loops over the 9 predecessors, unrolled so their lanes are
 * constants (about a third fewer instructions in the forward pass). */
#if defined(__clang__)
#define UNROLL _Pragma("unroll")
#define UNROLL_ALL _Pragma("unroll")
#elif defined(__GNUC__)
#define UNROLL _Pragma("GCC unroll 9")
#define UNROLL_ALL _Pragma("GCC unroll 17")
#else
#define UNROLL
#define UNROLL_ALL
#endif
/* Bit c set for the inside labels (I-x, L-x): they cannot open a run. */
#define INSIDE_BITS 0xCCCCu

void lede_tg_vtrans_init(lede_tg_vtrans *vt, const float *trans)
{
    vt->trans = trans;
    for (int k = 0; k < 9; k++)
        for (int j = 0; j < 12; j++)
            vt->tout[k][j] = j < 9 ? trans[(outside_preds[k] + 1) * NL + outside_labels[j]] : 0;
    /* inside lane l: target inside_labels[l], predecessor B-x or I-x of its type */
    for (int l = 0; l < 8; l++) {
        int c = inside_labels[l], pb = lede_tg_label(lede_tg_ltype(c), LEDE_TG_B);
        vt->tin[0][l >> 2][l & 3] = trans[(pb + 1) * NL + c];
        vt->tin[1][l >> 2][l & 3] = trans[(pb + 2) * NL + c];
    }
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

/* The labels c with `next` in lede_tg_allowed(c, false): B-x and I-x
 * before I-x or L-x; O, L-* and U-* before O, B-* and U-*.  One mask
 * instead of asking lede_tg_allowed for each of the 17 labels. */
static uint32_t may_precede(int next)
{
    int pos = lede_tg_lpos(next);
    if (next > 0 && (pos == LEDE_TG_I || pos == LEDE_TG_L))
        return 3u << lede_tg_label(lede_tg_ltype(next), LEDE_TG_B); /* B-x, I-x */
    return 0x19999u; /* O, every L-x and U-x */
}

float lede_tg_margin(const float *sc, size_t n, const float *trans, const uint8_t *y, size_t i)
{
    int prev = i ? y[i - 1] : -1, next = i + 1 < n ? y[i + 1] : -1;
    uint32_t ok = lede_tg_allowed(prev, i + 1 == n);
    if (next >= 0)
        ok &= may_precede(next);
    float own = -INFINITY, other = -INFINITY;
    for (uint32_t m = ok; m; m &= m - 1) { /* the allowed labels, in label order */
        int c = __builtin_ctz(m);
        float v = sc[i * NL + c] + trans[(prev + 1) * NL + c] + (next >= 0 ? trans[(c + 1) * NL + next] : 0);
        if (c == y[i])
            own = v;
        else if (v > other)
            other = v;
    }
    return other == -INFINITY ? 1e4f : own - other;
}

/* Back pointer of label c at a token whose predecessor's permuted scores
 * are `prev`: the same sums and comparisons as the forward pass made. */
static int back_pointer(const float *prev, const lede_tg_vtrans *vt, int c)
{
    if (inside(c)) {
        int pb = lede_tg_label(lede_tg_ltype(c), LEDE_TG_B), pi = pb + 1;
        float v0 = prev[alpha_lane[pb]] + vt->trans[(pb + 1) * NL + c];
        float v1 = prev[alpha_lane[pi]] + vt->trans[(pi + 1) * NL + c];
        return v0 >= v1 ? pb : pi;
    }
    int j = alpha_lane[c]; /* outside lanes are outside_labels' indices */
    float best = prev[pred_lane[0]] + vt->tout[0][j];
    int arg = 0;
    UNROLL
    for (int k = 1; k < 9; k++) {
        float v = prev[pred_lane[k]] + vt->tout[k][j];
        if (v > best) {
            best = v;
            arg = k;
        }
    }
    return outside_preds[arg];
}

#if defined(__SSE2__)
/* One token of the forward pass: cur = best over predecessors in prev,
 * plus the token's scores s (label order). */
static inline void alpha_step(const float *prev, const float *s, const lede_tg_vtrans *vt, float *cur)
{
    __m128 s0 = _mm_loadu_ps(s), s1 = _mm_loadu_ps(s + 4), s2 = _mm_loadu_ps(s + 8), s3 = _mm_loadu_ps(s + 12);
    __m128 ap = _mm_load1_ps(prev + pred_lane[0]);
    __m128 b0 = _mm_add_ps(ap, _mm_loadu_ps(vt->tout[0])), b1 = _mm_add_ps(ap, _mm_loadu_ps(vt->tout[0] + 4)),
           b2 = _mm_add_ps(ap, _mm_loadu_ps(vt->tout[0] + 8));
    UNROLL
    for (int k = 1; k < 9; k++) {
        ap = _mm_load1_ps(prev + pred_lane[k]);
        /* max_ps(v, b) is v > b ? v : b: the first maximum, as in outside_step */
        b0 = _mm_max_ps(_mm_add_ps(ap, _mm_loadu_ps(vt->tout[k])), b0);
        b1 = _mm_max_ps(_mm_add_ps(ap, _mm_loadu_ps(vt->tout[k] + 4)), b1);
        b2 = _mm_max_ps(_mm_add_ps(ap, _mm_loadu_ps(vt->tout[k] + 8)), b2);
    }
    _mm_store_ps(cur, _mm_add_ps(b0, _mm_movelh_ps(s0, s1)));
    _mm_store_ps(cur + 4, _mm_add_ps(b1, _mm_movelh_ps(s2, s3)));
    _mm_store_ps(cur + 8, _mm_add_ps(b2, _mm_load_ss(s + 16)));
    /* inside: B-x lanes 1, 3 of each outside vector, I-x lanes 0, 2 of
     * each inside one; v0 >= v1 ? v0 : v1 is max_ps(v1, v0) */
    for (int g = 0; g < 2; g++) {
        __m128 po = _mm_load_ps(prev + 4 * g), pin = _mm_load_ps(prev + 12 + 4 * g);
        __m128 v0 = _mm_add_ps(_mm_shuffle_ps(po, po, _MM_SHUFFLE(3, 3, 1, 1)), _mm_loadu_ps(vt->tin[0][g]));
        __m128 v1 = _mm_add_ps(_mm_shuffle_ps(pin, pin, _MM_SHUFFLE(2, 2, 0, 0)), _mm_loadu_ps(vt->tin[1][g]));
        __m128 si = g ? _mm_movehl_ps(s3, s2) : _mm_movehl_ps(s1, s0);
        _mm_store_ps(cur + 12 + 4 * g, _mm_add_ps(_mm_max_ps(v1, v0), si));
    }
}
#else
static inline void alpha_step(const float *prev, const float *s, const lede_tg_vtrans *vt, float *cur)
{
    for (int j = 0; j < 12; j++) {
        float best = prev[pred_lane[0]] + vt->tout[0][j];
        for (int k = 1; k < 9; k++) {
            float v = prev[pred_lane[k]] + vt->tout[k][j];
            best = v > best ? v : best;
        }
        cur[j] = best + (j < 9 ? s[outside_labels[j]] : 0);
    }
    for (int l = 0; l < 8; l++) {
        int c = inside_labels[l], pb = lede_tg_label(lede_tg_ltype(c), LEDE_TG_B);
        float v0 = prev[alpha_lane[pb]] + vt->tin[0][l >> 2][l & 3];
        float v1 = prev[alpha_lane[pb + 1]] + vt->tin[1][l >> 2][l & 3];
        cur[12 + l] = (v0 >= v1 ? v0 : v1) + s[c];
    }
}
#endif

/* Compiled for AVX2 too (LEDE_TG_CLONES, tagger.h): the same SSE steps
 * and floats, a fifth fewer instructions. */
LEDE_TG_CLONES
void lede_tg_viterbi_alpha(const float *sc, size_t n, const lede_tg_vtrans *vt, float *alpha, uint8_t *y)
{
    if (n == 0)
        return;
    /* written out with constant lanes: most runs are a few tokens long,
     * and these per-run loops (label tests per label) cost as much as
     * their steps did */
    UNROLL_ALL
    for (int c = 0; c < NL; c++)
        alpha[alpha_lane[c]] = (INSIDE_BITS >> c) & 1 ? -INFINITY : sc[c] + vt->trans[c];
    for (int j = 9; j < 12; j++)
        alpha[j] = 0;
    for (size_t i = 1; i < n; i++)
        alpha_step(alpha + (i - 1) * LEDE_TG_ASTRIDE, sc + i * NL, vt, alpha + i * LEDE_TG_ASTRIDE);
    const float *a = alpha + (n - 1) * LEDE_TG_ASTRIDE;
    /* the labels that can end a run, in label order (ties: the first) */
    static const int8_t enders[9] = {0, 3, 4, 7, 8, 11, 12, 15, 16};
    int best = 0;
    UNROLL
    for (int k = 1; k < 9; k++)
        if (a[alpha_lane[enders[k]]] > a[alpha_lane[best]])
            best = enders[k];
    for (size_t i = n; i-- > 0;) {
        y[i] = (uint8_t)best;
        if (i)
            best = back_pointer(alpha + (i - 1) * LEDE_TG_ASTRIDE, vt, best);
    }
}
