/*
 * tagger_fast.h - the tagger's label-free sums without a hash probe per
 * feature: load-time dense tables for the features of small codes, and a
 * per-document cache of each distinct word's own sums.
 * Exact: every sum is the int32 sum of the same weight rows that the key
 * lists of tagger_features.c name (tests/unit/test_tagger_fast.c compares
 * them token by token).  Owner: the NER tagger.
 * Thread-safety: lede_tg_dense is built once at model load and read-only
 * after; lede_tg_fast lives in the caller's per-document scratch.
 */
#ifndef LEDE_TAGGER_FAST_H
#define LEDE_TAGGER_FAST_H

#include "tagger.h"

/* Built by lede_tagger_load; NULL when out of memory, or for a model with
 * more word classes than LEDE_TG_DENSE_PATHS (data/ner.model has 256),
 * which is then scored key by key (lede_tg_ref_static). */
#define LEDE_TG_DENSE_PATHS 4096u
lede_tg_dense *lede_tg_dense_build(const lede_tagger *t, lede_mm *mm);
void lede_tg_dense_free(lede_tg_dense *d);
/* Whether every code the model's word classes and gazetteer give a token
 * has a dense row (then the sums check no token's codes). */
bool lede_tg_dense_codes_fit(const lede_tg_dense *d);

/* Transition scores of table k as the decoder takes them: [prev + 1][label]
 * (row 0: start), the weight rows of lede_tg_trans_key times the unit. */
#define LEDE_TG_NTRANS ((LEDE_TG_NLAB + 1) * LEDE_TG_NLAB)
void lede_tg_trans_fill(const lede_tagger *tg, int k, float *out);
/* The same, filled once when the dense tables are built, and laid out for
 * lede_tg_viterbi_alpha. */
const float *lede_tg_dense_trans(const lede_tg_dense *d, int k);
const lede_tg_vtrans *lede_tg_dense_vtrans(const lede_tg_dense *d, int k);

/* Per-document cache: one entry per distinct text of the document (the
 * view's tok[].text; at most LEDE_TG_FAST_MAX, later words are summed key
 * by key). */
#define LEDE_TG_FAST_MAX 4096
typedef struct lede_tg_fent lede_tg_fent;
typedef struct lede_tg_fast {
    const lede_tagger *tg;
    const lede_tg_docview *v;
    lede_tg_fent *ent;
    int32_t *sum;              /* pool of sums, LEDE_TG_STRIDE int32 each      */
    uint32_t n, used;          /* entries (the first n texts), sums handed out */
} lede_tg_fast;

/* Bytes of memory (16-byte aligned) lede_tg_fast_init needs for n tokens. */
size_t lede_tg_fast_bytes(size_t n_tokens);
/* Clears the entries of v's texts; tg->dense must be set. */
void lede_tg_fast_init(lede_tg_fast *f, const lede_tagger *tg, const lede_tg_docview *v, void *mem);

/* Label-free sums (LEDE_TG_STRIDE int32 per token, at stat + i * stride)
 * of tokens [b, e) of the sentence [sb, se) for weight table p.  `lite`
 * must be the same for every call with the same p (it is in
 * lede_ner_run: the lite set for pass 1 only). */
void lede_tg_fast_static(lede_tg_fast *f, int p, bool lite, uint32_t b, uint32_t e, uint32_t sb, uint32_t se,
                         int32_t *stat);
/* The same sums by the copy for any x86-64 (SSE2), whatever the CPU:
 * lede_tg_fast_static runs a copy compiled for AVX2 where the CPU has it
 * (tests compare both with the reference). */
void lede_tg_fast_static_base(lede_tg_fast *f, int p, bool lite, uint32_t b, uint32_t e, uint32_t sb, uint32_t se,
                              int32_t *stat);
/* The scores lede_ner_run decodes, without storing the sums: for tokens
 * [b, e), lede_tg_fast_static's sums plus, with y1 (pass 2, p = 1),
 * lede_tg_fast_doc's rows, times the table's unit (acc_scores), at
 * sc + (i - b) * LEDE_TG_NLAB.  base: the SSE2 copy whatever the CPU (for
 * tests). */
void lede_tg_fast_scores(lede_tg_fast *f, int p, bool lite, uint32_t b, uint32_t e, uint32_t sb, uint32_t se,
                         const uint8_t *y1, bool base, float *sc);
/* The same sums, every key of lede_tg_static_keys looked up: the
 * reference, and the fallback when the cache has no memory. */
void lede_tg_ref_static(const lede_tagger *tg, const lede_tg_docview *v, int p, bool lite, uint32_t b, uint32_t e,
                        uint32_t sb, uint32_t se, int32_t *stat);
/* Adds the rows of token i's pass-2 keys (lede_tg_doc_keys) from table 1
 * to sum (LEDE_TG_STRIDE int32). */
void lede_tg_fast_doc(const lede_tagger *tg, const lede_tg_docview *v, size_t i, uint32_t sb, uint32_t se,
                      const uint8_t *y1, int32_t *sum);
void lede_tg_ref_doc(const lede_tagger *tg, const lede_tg_docview *v, size_t i, uint32_t sb, uint32_t se,
                     const uint8_t *y1, int32_t *sum);

#endif
