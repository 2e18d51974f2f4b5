/*
 * tagger_fast.c - label-free sums of the tagger's features with few hash
 * probes (see tagger_fast.h).  Owner: the NER tagger.
 *
 * A token's ~45 keys over two passes each cost a probe into a weight table
 * far larger than the CPU caches.  Most of them need not:
 *  - SMALL keys (case in context, lexicon and gazetteer codes, runs) take
 *    a few hundred values: their rows are expanded to int32 once, at model
 *    load, into dense tables indexed by the codes (lede_tg_dense); the
 *    bias and F_CAP_DOC rows are folded into the F_CAP_CAPB rows every
 *    token adds, F_CAP into F_CAP_FREQ;
 *  - OWNPATH and NBPATH keys (cluster path prefixes of the token and of
 *    its neighbours at -2..+2) depend on a word class alone: their rows
 *    are summed per class and role at model load (256 classes);
 *  - OWN keys depend on the token's text alone: each distinct word of the
 *    document gets one cache entry holding its own sum per weight table
 *    (with its class's OWNPATH row), filled the first time it is needed;
 *  - NB keys (a neighbour's word) and PAIR keys (and the
 *    N_Y1_3 trigram of pass 2) are looked up: cached per word, the few NB
 *    rows were seldom reused within a document once pass 2 decoded
 *    mostly capitalised words (tagger_settle.c), and cost more to store.
 * Integer sums do not depend on their order, so scores, and the output,
 * are those of looking every key up (lede_tg_ref_static).
 *
 * Thread-safety: the dense tables are written only while the model loads;
 * the per-document cache lives in the caller's scratch.
 */
#include <stdlib.h>
#include <string.h>

#include "tagger_acc.h"
#include "tagger_fast.h"
#include "tagger_keys.h"

/* ---- dense tables: rows of LEDE_TG_STRIDE int32 -------------------------------- */

/* Case in context as an index: cap (5) x ctx (4). */
enum { NCC = 20, NCAPB = 8, NDOC = 4, NCAPN = 6, NLEXPOS = 5, NGAZ = 16, NFREQ = 8, NRUNLEN = 7, NBITS = 32,
       NMAJ = 6 };
enum {
    R_EDGE_M1 = 0, R_EDGE_P1 = 1,
    R_NOPATH = 2,                               /* [cc]                        */
    /* every token adds F_CAP_CAPB, F_CAP_DOC and the bias: one row */
    R_CAPB = R_NOPATH + NCC,                    /* [cc][capb][docstat]         */
    R_CAP3 = R_CAPB + NCC * NCAPB * NDOC,       /* [cap-1][cc][cap+1]          */
    R_LEX = R_CAP3 + NCAPN * NCC * NCAPN,       /* [lexpos][bit]               */
    R_GAZ = R_LEX + NLEXPOS * 16,               /* [gazpos][types]             */
    /* F_CAP and F_CAP_FREQ come together (the full set): one row */
    R_FREQ = R_GAZ + NLEXPOS * NGAZ,            /* [cc][freqb]                 */
    R_MISC = R_FREQ + NCC * NFREQ,              /* [bit]                       */
    R_RUN = R_MISC + 8,                         /* [runpos][runlen]            */
    R_Y1 = R_RUN + NLEXPOS * NRUNLEN,           /* [y][cc]: N_Y1 + N_Y1_CAP    */
    R_OTHERS = R_Y1 + LEDE_TG_NLAB * NCC,       /* [bits][cap]                 */
    R_MAJ = R_OTHERS + NBITS * 5,               /* [maj][cc]                   */
    R_TOTAL = R_MAJ + NMAJ * NCC
};

/* Rows of the word-class keys, per class c: [c][0] the own path keys of
 * the lite set (F_PATH + 0, + 2), [c][1] of the full set (+ 1, + 3); then
 * per neighbour role r (F_PATH_M1, _P1, _M2, _P2) [r][c]. */
enum { P_OWN_LITE = 0, P_OWN_FULL = 1, P_NB = 2, P_PER_CLASS = 6 };

struct lede_tg_dense {
    bool avx2;                 /* the CPU has AVX2: the sums' AVX2 copy runs */
    bool codes_fit;            /* every word class's and gazetteer entry's codes index the rows */
    int32_t *rows[LEDE_TG_TABLES];
    int32_t *prows[LEDE_TG_TABLES];
    uint32_t n_paths;
    void *mem;
    float trans[LEDE_TG_TABLES][LEDE_TG_NTRANS];
    lede_tg_vtrans vt[LEDE_TG_TABLES]; /* pointing into trans */
};

void lede_tg_trans_fill(const lede_tagger *tg, int k, float *out)
{
    for (int p = -1; p < LEDE_TG_NLAB; p++) {
        const lede_tg_wrow *row = lede_tg_row(&tg->w[k], lede_tg_trans_key(p));
        for (int l = 0; l < LEDE_TG_NLAB; l++)
            out[(p + 1) * LEDE_TG_NLAB + l] = row ? (float)row->w[l] * (float)(1 << row->exp) * tg->w[k].unit : 0;
    }
}

const float *lede_tg_dense_trans(const lede_tg_dense *d, int k) { return d->trans[k]; }
const lede_tg_vtrans *lede_tg_dense_vtrans(const lede_tg_dense *d, int k) { return &d->vt[k]; }

static inline unsigned cc_index(unsigned cap, unsigned ctx) { return cap * 4 + ctx; }
static inline uint64_t cc_value(unsigned i) { return (uint64_t)(i / 4) << 4 | (i % 4); }
/* nb_cap's 7 (no neighbour) as index 5 */
static inline unsigned capn_index(unsigned c) { return c == 7 ? 5 : c; }
static inline unsigned capn_value(unsigned i) { return i == 5 ? 7 : i; }

/* Adds the row of key (if the table has one) to an int32 row, as acc_add would. */
static void row_add(const lede_tg_weights *w, uint64_t key, int32_t *out)
{
    const lede_tg_wrow *s = lede_tg_row(w, key);
    if (!s)
        return;
    for (int l = 0; l < LEDE_TG_NLAB; l++)
        out[l] += (int32_t)s->w[l] * (1 << s->exp);
}

static void dense_fill(const lede_tg_weights *w, int32_t *rows)
{
#define ROW(r) (rows + (size_t)(r) * LEDE_TG_STRIDE)
    row_add(w, lede_tgk_wm1(lede_tgk_edge(-1)), ROW(R_EDGE_M1));
    row_add(w, lede_tgk_wp1(lede_tgk_edge(1)), ROW(R_EDGE_P1));
    for (unsigned c = 0; c < NCC; c++) {
        uint64_t cc = cc_value(c);
        row_add(w, lede_tgk_nopath(cc), ROW(R_NOPATH + c));
        /* every token adds one of these rows (small_rows), so they carry
         * the bias row too: one row fewer in every word's own sum */
        for (unsigned b = 0; b < NCAPB; b++)
            for (unsigned d = 0; d < NDOC; d++) {
                int32_t *r = ROW(R_CAPB + (c * NCAPB + b) * NDOC + d);
                row_add(w, lede_tgk_cap_capb(cc, b), r);
                row_add(w, lede_tgk_bias(), r);
                row_add(w, lede_tgk_cap_doc(cc, d), r);
            }
        for (unsigned f = 0; f < NFREQ; f++) {
            row_add(w, lede_tgk_cap(cc), ROW(R_FREQ + c * NFREQ + f));
            row_add(w, lede_tgk_cap_freq(cc, f), ROW(R_FREQ + c * NFREQ + f));
        }
        for (unsigned m = 0; m < NCAPN; m++)
            for (unsigned q = 0; q < NCAPN; q++)
                row_add(w, lede_tgk_cap3(capn_value(m), cc, capn_value(q)),
                        ROW(R_CAP3 + (m * NCC + c) * NCAPN + q));
        for (unsigned y = 0; y < LEDE_TG_NLAB; y++) {
            row_add(w, lede_tgk_y1(y), ROW(R_Y1 + y * NCC + c));
            row_add(w, lede_tgk_y1_cap(y, cc), ROW(R_Y1 + y * NCC + c));
        }
        for (unsigned m = 0; m < NMAJ; m++)
            row_add(w, lede_tgk_maj(m, cc), ROW(R_MAJ + m * NCC + c));
    }
    for (unsigned pos = 1; pos < NLEXPOS; pos++) {
        for (unsigned b = 0; b < 16; b++)
            row_add(w, lede_tgk_lex(pos, b), ROW(R_LEX + pos * 16 + b));
        for (unsigned g = 0; g < NGAZ; g++)
            row_add(w, lede_tgk_gaz(pos, g), ROW(R_GAZ + pos * NGAZ + g));
        for (unsigned l = 0; l < NRUNLEN; l++)
            row_add(w, lede_tgk_run(pos, l), ROW(R_RUN + pos * NRUNLEN + l));
    }
    for (unsigned b = 0; b < 8; b++)
        row_add(w, lede_tgk_misc(b), ROW(R_MISC + b));
    for (unsigned b = 0; b < NBITS; b++)
        for (unsigned cap = 0; cap < 5; cap++)
            row_add(w, lede_tgk_others(b, cap), ROW(R_OTHERS + b * 5 + cap));
#undef ROW
}

/* Row of class c's keys of kind k (P_OWN_*, or P_NB + role). */
static inline const int32_t *prow(const int32_t *prows, uint32_t n_paths, unsigned k, unsigned c)
{
    size_t r = k < P_NB ? (size_t)c * 2 + k : (size_t)n_paths * 2 + (size_t)(k - P_NB) * n_paths + c;
    return prows + r * LEDE_TG_STRIDE;
}

static void paths_fill(const lede_tg_weights *w, const lede_tg_tables *tab, int32_t *prows)
{
    static const uint32_t nb[4] = {F_PATH_M1, F_PATH_P1, F_PATH_M2, F_PATH_P2};
    for (uint32_t c = 0; c < tab->n_paths; c++) {
        uint64_t path = tab->paths[c];
        if (!path) /* the keys list no path key for a path of 0 */
            continue;
        int32_t *lite = (int32_t *)prow(prows, tab->n_paths, P_OWN_LITE, c);
        int32_t *full = (int32_t *)prow(prows, tab->n_paths, P_OWN_FULL, c);
        for (unsigned a = 0; a < 4; a++) {
            if (a == 0 || a == 2)
                row_add(w, lede_tgk_path_own(a, path), lite);
            row_add(w, lede_tgk_path_own(a, path), full);
        }
        for (unsigned r = 0; r < 4; r++)
            row_add(w, lede_tgk_path_nb(nb[r], path), (int32_t *)prow(prows, tab->n_paths, P_NB + r, c));
    }
}

/* Whether every code the view can take from the model's tables (a word
 * class's capitalisation and frequency buckets, a gazetteer entry's type
 * bits; 0 for a word in neither) has a row in the dense tables: then
 * small_rows need not check each token's. */
static bool codes_fit(const lede_tg_tables *tab)
{
    for (uint64_t i = 0; tab->cls && i <= tab->cls_mask; i++)
        if (tab->cls[i].tag && (tab->cls[i].capb >= NCAPB || tab->cls[i].freqb >= NFREQ))
            return false;
    for (uint64_t i = 0; tab->gaz && i <= tab->gaz_mask; i++)
        if (tab->gaz[i].tag && tab->gaz[i].types >= NGAZ)
            return false;
    return true;
}

lede_tg_dense *lede_tg_dense_build(const lede_tagger *t, lede_mm *mm)
{
    if (t->tab.n_paths > LEDE_TG_DENSE_PATHS)
        return NULL;
    lede_tg_dense *d = calloc(1, sizeof *d);
    size_t per = (size_t)R_TOTAL * LEDE_TG_STRIDE * sizeof(int32_t);
    size_t pper = (size_t)t->tab.n_paths * P_PER_CLASS * LEDE_TG_STRIDE * sizeof(int32_t);
    /* the rows live as long as mm: the tagger's own memory */
    if (!d || !(d->mem = lede_mm_alloc(mm, LEDE_TG_TABLES * (per + pper) + 64))) {
        free(d);
        return NULL;
    }
    d->n_paths = t->tab.n_paths;
    d->codes_fit = codes_fit(&t->tab);
#if LEDE_TG_HAVE_AVX2
    __builtin_cpu_init();
    d->avx2 = __builtin_cpu_supports("avx2");
#endif
    /* 64-byte aligned rows: one row is never split across more lines than needed */
    char *base = (char *)(((uintptr_t)d->mem + 63) & ~(uintptr_t)63);
    for (int p = 0; p < LEDE_TG_TABLES; p++) {
        d->rows[p] = (int32_t *)(void *)(base + (size_t)p * per);
        d->prows[p] = (int32_t *)(void *)(base + LEDE_TG_TABLES * per + (size_t)p * pper);
        dense_fill(&t->w[p], d->rows[p]);
        paths_fill(&t->w[p], &t->tab, d->prows[p]);
        lede_tg_trans_fill(t, p, d->trans[p]);
        lede_tg_vtrans_init(&d->vt[p], d->trans[p]);
    }
    return d;
}

bool lede_tg_dense_codes_fit(const lede_tg_dense *d) { return d->codes_fit; }

void lede_tg_dense_free(lede_tg_dense *d)
{
    free(d); /* (d->mem is the caller's lede_mm's) */
}

/* ---- per-document cache ------------------------------------------------------------- */


struct lede_tg_fent {
    uint32_t at[LEDE_TG_TABLES]; /* own sum's index + 1 in the pool, 0 = not yet */
};

static size_t fast_cap(size_t n) { return n < LEDE_TG_FAST_MAX ? n : LEDE_TG_FAST_MAX; }

size_t lede_tg_fast_bytes(size_t n)
{
    size_t cap = fast_cap(n);
    size_t c = (cap * sizeof(lede_tg_fent) + 15) & ~(size_t)15;
    return c + cap * LEDE_TG_TABLES * LEDE_TG_STRIDE * sizeof(int32_t);
}

void lede_tg_fast_init(lede_tg_fast *f, const lede_tagger *tg, const lede_tg_docview *v, void *mem)
{
    size_t cap = fast_cap(v->d->toks.n);
    char *p = mem;
    f->tg = tg;
    f->v = v;
    f->ent = (lede_tg_fent *)(void *)p;
    p += (cap * sizeof(lede_tg_fent) + 15) & ~(size_t)15;
    f->sum = (int32_t *)(void *)p;
    f->used = 0;
    /* lede_tg_prepare numbered the distinct texts: the first cap get an
     * entry each, shared by every token of that text (equal texts have
     * equal sums) */
    f->n = (uint32_t)(v->n_texts < cap ? v->n_texts : cap);
    lede_tg_zero(f->ent, f->n * sizeof(lede_tg_fent)); /* not memset: see lede_tg_zero */
}

/* Token j's cache entry + 1, 0 = none (the cache had no room for its text). */
static inline uint32_t entry_of(const lede_tg_fast *f, uint32_t j)
{
    uint32_t t = f->v->tok[j].text;
    return t < f->n ? t + 1 : 0;
}

enum { CHUNK = 4 };

/* The SSE2 copy of the sums (every x86-64, and other CPUs) */
#define FS(name) name##_base
#define FS_TARGET
#define FS_ACC acc_t
#define FS_ZERO acc_zero
#define FS_LOAD acc_load
#define FS_STORE acc_store
#define FS_ADD acc_add
#define FS_ADD_SUM acc_add_sum
#define FS_ADD_KEYS acc_add_keys
#define FS_SCORES acc_scores
#include "tagger_fast_sums.h"

#if LEDE_TG_HAVE_AVX2
/* and the AVX2 copy: the helpers it inlines are compiled for AVX2 too */
#define FS(name) name##_avx2
#define FS_TARGET LEDE_TG_AVX2
#define FS_ACC acc8_t
#define FS_ZERO acc8_zero
#define FS_LOAD acc8_load
#define FS_STORE acc8_store
#define FS_ADD acc8_add
#define FS_ADD_SUM acc8_add_sum
#define FS_ADD_KEYS acc8_add_keys
#define FS_SCORES acc8_scores
#include "tagger_fast_sums.h"
#endif

void lede_tg_fast_static(lede_tg_fast *f, int p, bool lite, uint32_t b, uint32_t e, uint32_t sb, uint32_t se,
                         int32_t *stat)
{
#if LEDE_TG_HAVE_AVX2
    if (f->tg->dense->avx2) {
        fast_static_avx2(f, p, lite, b, e, sb, se, stat, NULL, NULL);
        return;
    }
#endif
    fast_static_base(f, p, lite, b, e, sb, se, stat, NULL, NULL);
}

void lede_tg_fast_static_base(lede_tg_fast *f, int p, bool lite, uint32_t b, uint32_t e, uint32_t sb, uint32_t se,
                              int32_t *stat)
{
    fast_static_base(f, p, lite, b, e, sb, se, stat, NULL, NULL);
}

void lede_tg_fast_scores(lede_tg_fast *f, int p, bool lite, uint32_t b, uint32_t e, uint32_t sb, uint32_t se,
                         const uint8_t *y1, bool base, float *sc)
{
#if LEDE_TG_HAVE_AVX2
    if (f->tg->dense->avx2 && !base) {
        fast_static_avx2(f, p, lite, b, e, sb, se, NULL, y1, sc);
        return;
    }
#endif
    (void)base;
    fast_static_base(f, p, lite, b, e, sb, se, NULL, y1, sc);
}

void lede_tg_ref_static(const lede_tagger *tg, const lede_tg_docview *v, int p, bool lite, uint32_t b, uint32_t e,
                        uint32_t sb, uint32_t se, int32_t *stat)
{
    uint64_t keys[LEDE_TG_MAX_STATIC];
    for (uint32_t i = b; i < e; i++) {
        acc_t a;
        acc_zero(&a);
        acc_add_keys(&a, &tg->w[p], keys, lede_tg_static_keys(v, i, sb, se, lite, keys));
        acc_store(&a, stat + (size_t)i * LEDE_TG_STRIDE);
    }
}

void lede_tg_fast_doc(const lede_tagger *tg, const lede_tg_docview *v, size_t i, uint32_t sb, uint32_t se,
                      const uint8_t *y1, int32_t *sum)
{
    const lede_tg_tok *k = &v->tok[i];
    const lede_tg_weights *w = &tg->w[1];
    unsigned y = y1[i];
    unsigned bits = 0, maj = 0;
    bool codes = lede_tg_doc_codes(v, i, y1, &bits, &maj);
    if (k->cap >= 5 || k->ctx >= 4 || y >= LEDE_TG_NLAB || bits >= NBITS || maj >= NMAJ) {
        lede_tg_ref_doc(tg, v, i, sb, se, y1, sum);
        return;
    }
    const int32_t *rows = tg->dense->rows[1];
    unsigned c = cc_index(k->cap, k->ctx);
    unsigned ym = i > sb ? y1[i - 1] + 1u : 0, yp = i + 1 < se ? y1[i + 1] + 1u : 0;
    acc_t a;
    acc_load(&a, sum);
    uint64_t key = lede_tgk_y1_3(ym, y, yp);
    acc_add_keys(&a, w, &key, 1);
    acc_add_sum(&a, rows + (size_t)(R_Y1 + y * NCC + c) * LEDE_TG_STRIDE);
    if (codes) {
        acc_add_sum(&a, rows + (size_t)(R_OTHERS + bits * 5 + k->cap) * LEDE_TG_STRIDE);
        acc_add_sum(&a, rows + (size_t)(R_MAJ + maj * NCC + c) * LEDE_TG_STRIDE);
    }
    acc_store(&a, sum);
}

void lede_tg_ref_doc(const lede_tagger *tg, const lede_tg_docview *v, size_t i, uint32_t sb, uint32_t se,
                     const uint8_t *y1, int32_t *sum)
{
    uint64_t keys[LEDE_TG_MAX_DOC];
    acc_t a;
    acc_load(&a, sum);
    acc_add_keys(&a, &tg->w[1], keys, lede_tg_doc_keys(v, i, sb, se, y1, keys));
    acc_store(&a, sum);
}
