/*
 * tagger_acc.h - int32 sums of the tagger's weight rows (17 labels), shared
 * by tagger.c and tagger_fast.c.  A weight slot holds int8 weights and a
 * power-of-two exponent; a sum is exact in any order, so caches of partial
 * sums give the scores the plain sum gives.  Owner: the NER tagger.  Pure
 * inline functions on the caller's memory.
 */
#ifndef LEDE_TAGGER_ACC_H
#define LEDE_TAGGER_ACC_H

#include <string.h>

#include "tagger.h"

/* int32 per stored sum: 17 labels padded to whole 16-byte vectors */
#define LEDE_TG_STRIDE 20

/* Sums of weight slots in int32: w << exp per label.  With SSE2 (every
 * x86-64) a slot is one load, sign extension and shifts in registers. */
#if defined(__SSE2__)
#include <emmintrin.h>
typedef struct lede_tg_acc { __m128i v[5]; } acc_t;
/* The 5-vector loops below are written out: gcc -O2 keeps them as loops
 * through memory, which cost more than the sums themselves. */
static inline void acc_zero(acc_t *a)
{
    a->v[0] = a->v[1] = a->v[2] = a->v[3] = a->v[4] = _mm_setzero_si128();
}
static inline void acc_add(acc_t *a, const lede_tg_wrow *s)
{
    /* w[0..15] are bytes 0..15 of the 18-byte row */
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)s->w);
    __m128i sx = _mm_cmpgt_epi8(_mm_setzero_si128(), x);
    __m128i lo = _mm_unpacklo_epi8(x, sx), hi = _mm_unpackhi_epi8(x, sx);
    __m128i slo = _mm_srai_epi16(lo, 15), shi = _mm_srai_epi16(hi, 15);
    __m128i cnt = _mm_cvtsi32_si128(s->exp);
    a->v[0] = _mm_add_epi32(a->v[0], _mm_sll_epi32(_mm_unpacklo_epi16(lo, slo), cnt));
    a->v[1] = _mm_add_epi32(a->v[1], _mm_sll_epi32(_mm_unpackhi_epi16(lo, slo), cnt));
    a->v[2] = _mm_add_epi32(a->v[2], _mm_sll_epi32(_mm_unpacklo_epi16(hi, shi), cnt));
    a->v[3] = _mm_add_epi32(a->v[3], _mm_sll_epi32(_mm_unpackhi_epi16(hi, shi), cnt));
    a->v[4] = _mm_add_epi32(a->v[4], _mm_cvtsi32_si128((int32_t)s->w[16] * (1 << s->exp)));
}
#define ACC_P(p, k) ((const __m128i *)(const void *)((p) + 4 * (k)))
static inline void acc_load(acc_t *a, const int32_t *p)
{
    a->v[0] = _mm_loadu_si128(ACC_P(p, 0));
    a->v[1] = _mm_loadu_si128(ACC_P(p, 1));
    a->v[2] = _mm_loadu_si128(ACC_P(p, 2));
    a->v[3] = _mm_loadu_si128(ACC_P(p, 3));
    a->v[4] = _mm_loadu_si128(ACC_P(p, 4));
}
static inline void acc_store(const acc_t *a, int32_t *p)
{
    _mm_storeu_si128((__m128i *)(void *)(p + 0), a->v[0]);
    _mm_storeu_si128((__m128i *)(void *)(p + 4), a->v[1]);
    _mm_storeu_si128((__m128i *)(void *)(p + 8), a->v[2]);
    _mm_storeu_si128((__m128i *)(void *)(p + 12), a->v[3]);
    _mm_storeu_si128((__m128i *)(void *)(p + 16), a->v[4]);
}
/* Adds a stored sum (LEDE_TG_STRIDE int32, padding zero). */
static inline void acc_add_sum(acc_t *a, const int32_t *p)
{
    a->v[0] = _mm_add_epi32(a->v[0], _mm_loadu_si128(ACC_P(p, 0)));
    a->v[1] = _mm_add_epi32(a->v[1], _mm_loadu_si128(ACC_P(p, 1)));
    a->v[2] = _mm_add_epi32(a->v[2], _mm_loadu_si128(ACC_P(p, 2)));
    a->v[3] = _mm_add_epi32(a->v[3], _mm_loadu_si128(ACC_P(p, 3)));
    a->v[4] = _mm_add_epi32(a->v[4], _mm_loadu_si128(ACC_P(p, 4)));
}
/* The NLAB scores of a sum: (float)sum * unit per label, as the scalar
 * code computes them (cvtdq2ps rounds like a C conversion). */
static inline void acc_scores(const acc_t *a, float unit, float *f)
{
    __m128 u = _mm_set1_ps(unit);
    for (int k = 0; k < 4; k++)
        _mm_storeu_ps(f + 4 * k, _mm_mul_ps(_mm_cvtepi32_ps(a->v[k]), u));
    f[16] = (float)_mm_cvtsi128_si32(a->v[4]) * unit;
}
#else
typedef struct lede_tg_acc { int32_t v[20]; } acc_t;
static inline void acc_scores(const acc_t *a, float unit, float *f)
{
    for (int l = 0; l < LEDE_TG_NLAB; l++)
        f[l] = (float)a->v[l] * unit;
}
static inline void acc_zero(acc_t *a) { memset(a, 0, sizeof *a); }
static inline void acc_add(acc_t *a, const lede_tg_wrow *s)
{
    for (int k = 0; k < LEDE_TG_NLAB; k++)
        a->v[k] += (int32_t)s->w[k] * (1 << s->exp);
}
static inline void acc_load(acc_t *a, const int32_t *p) { memcpy(a->v, p, sizeof a->v); }
static inline void acc_store(const acc_t *a, int32_t *p) { memcpy(p, a->v, sizeof a->v); }
static inline void acc_add_sum(acc_t *a, const int32_t *p)
{
    for (int k = 0; k < LEDE_TG_STRIDE; k++)
        a->v[k] += p[k];
}
#endif

/* acc_rows_of's second step (below) alone, for a caller that fetched the index
 * entries itself (earlier, beside other keys'): each row found is fetched
 * in turn. */
static inline size_t acc_probe_rows(const lede_tg_weights *w, const uint64_t *keys, size_t nk,
                                    const lede_tg_wrow **r)
{
    size_t nr = 0;
    for (size_t k = 0; k < nk; k++) {
        /* no branch on whether the key was found: r[nr] is overwritten
         * when it was not; prefetching a row never faults */
        const lede_tg_wrow *x;
        unsigned found = lede_tg_probe(w, keys[k], &x);
        __builtin_prefetch(x);
        r[nr] = x;
        nr += found;
    }
    return nr;
}

/* The rows of keys[0..nk) that the model has, into r (room for
 * LEDE_TG_MAX_STATIC); returns how many.  The index entries are fetched
 * ahead, then the rows found, so the cache misses of the keys overlap in
 * both steps.  Shared by the SSE2 and AVX2 adders (inlined into either). */
static inline size_t acc_rows_of(const lede_tg_weights *w, const uint64_t *keys, size_t nk, const lede_tg_wrow **r)
{
    for (size_t k = 0; k < nk; k++)
        __builtin_prefetch(lede_tg_home(w, keys[k]));
    return acc_probe_rows(w, keys, nk, r);
}

/* The same sums with AVX2, for code compiled for it (LEDE_TG_AVX2, chosen
 * at run time: tagger_fast.c): 20 int32 as two 256-bit vectors and one
 * 128-bit one, and a row's int8 weights sign-extended by vpmovsxbd
 * instead of unpacked and shifted (about half the instructions a row). */
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define LEDE_TG_HAVE_AVX2 1
#include <immintrin.h>
#define LEDE_TG_AVX2 __attribute__((target("avx2")))
typedef struct lede_tg_acc8 { __m256i lo, hi; __m128i t; } acc8_t;
#define ACC8_P(p, k) ((const __m256i *)(const void *)((p) + 8 * (k)))
static inline LEDE_TG_AVX2 void acc8_zero(acc8_t *a)
{
    a->lo = a->hi = _mm256_setzero_si256();
    a->t = _mm_setzero_si128();
}
static inline LEDE_TG_AVX2 void acc8_load(acc8_t *a, const int32_t *p)
{
    a->lo = _mm256_loadu_si256(ACC8_P(p, 0));
    a->hi = _mm256_loadu_si256(ACC8_P(p, 1));
    a->t = _mm_loadu_si128((const __m128i *)(const void *)(p + 16));
}
static inline LEDE_TG_AVX2 void acc8_store(const acc8_t *a, int32_t *p)
{
    _mm256_storeu_si256((__m256i *)(void *)p, a->lo);
    _mm256_storeu_si256((__m256i *)(void *)(p + 8), a->hi);
    _mm_storeu_si128((__m128i *)(void *)(p + 16), a->t);
}
static inline LEDE_TG_AVX2 void acc8_add_sum(acc8_t *a, const int32_t *p)
{
    a->lo = _mm256_add_epi32(a->lo, _mm256_loadu_si256(ACC8_P(p, 0)));
    a->hi = _mm256_add_epi32(a->hi, _mm256_loadu_si256(ACC8_P(p, 1)));
    a->t = _mm_add_epi32(a->t, _mm_loadu_si128((const __m128i *)(const void *)(p + 16)));
}
static inline LEDE_TG_AVX2 void acc8_add(acc8_t *a, const lede_tg_wrow *s)
{
    __m128i cnt = _mm_cvtsi32_si128(s->exp);
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)s->w); /* w[0..15] */
    a->lo = _mm256_add_epi32(a->lo, _mm256_sll_epi32(_mm256_cvtepi8_epi32(x), cnt));
    a->hi = _mm256_add_epi32(a->hi, _mm256_sll_epi32(_mm256_cvtepi8_epi32(_mm_unpackhi_epi64(x, x)), cnt));
    a->t = _mm_add_epi32(a->t, _mm_cvtsi32_si128((int32_t)s->w[16] * (1 << s->exp)));
}
/* acc_scores of an acc8_t: the same conversions and products. */
static inline LEDE_TG_AVX2 void acc8_scores(const acc8_t *a, float unit, float *f)
{
    __m256 u = _mm256_set1_ps(unit);
    _mm256_storeu_ps(f, _mm256_mul_ps(_mm256_cvtepi32_ps(a->lo), u));
    _mm256_storeu_ps(f + 8, _mm256_mul_ps(_mm256_cvtepi32_ps(a->hi), u));
    f[16] = (float)_mm_cvtsi128_si32(a->t) * unit;
}
/* acc_add_keys with acc8_add. */
static inline LEDE_TG_AVX2 void acc8_add_keys(acc8_t *a, const lede_tg_weights *w, const uint64_t *keys, size_t nk)
{
    const lede_tg_wrow *r[LEDE_TG_MAX_STATIC];
    size_t nr = acc_rows_of(w, keys, nk, r);
    for (size_t k = 0; k < nr; k++)
        acc8_add(a, r[k]);
}
#endif

/* Looks every key up and adds the rows found. */
static inline void acc_add_keys(acc_t *a, const lede_tg_weights *w, const uint64_t *keys, size_t nk)
{
    const lede_tg_wrow *r[LEDE_TG_MAX_STATIC];
    size_t nr = acc_rows_of(w, keys, nk, r);
    for (size_t k = 0; k < nr; k++)
        acc_add(a, r[k]);
}

#endif
