/*
 * perceptron.c - averaged perceptron training of the BILOU tagger with
 * greedy left-to-right decoding on the model's own label history, the
 * same feature functions as run time (core/tagger_features.c), and the
 * two-pass scheme: pass-2 features come from held-out (jackknifed) pass-1
 * labels so that training sees pass-1 errors as they happen on new text.
 * Weights live in an exact 64-bit-keyed map; the writer prunes and
 * quantises them.  Owner: the NER tagger.  Single-threaded.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "train.h"

uint64_t rng_next(uint64_t *s)
{
    uint64_t x = *s += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

double now_sec(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* ---- weight map ------------------------------------------------------------------ */
void wmap_init(wmap *m, size_t cap)
{
    memset(m, 0, sizeof *m);
    m->cap = cap;
    m->keys = calloc(cap, sizeof *m->keys);
    m->row = calloc(cap, sizeof *m->row);
    m->step = 1;
    if (!m->keys || !m->row) {
        fprintf(stderr, "lede-train: out of memory\n");
        exit(3);
    }
}

void wmap_free(wmap *m)
{
    free(m->keys);
    free(m->row);
    free(m->w);
    free(m->u);
    free(m->uses);
    memset(m, 0, sizeof *m);
}

static inline uint64_t nz(uint64_t k) { return k ? k : 1; }

static inline long wmap_find(const wmap *m, uint64_t key)
{
    key = nz(key);
    size_t mask = m->cap - 1;
    for (size_t i = lede_tg_mix(key) & mask;; i = (i + 1) & mask) {
        if (m->keys[i] == key)
            return m->row[i];
        if (!m->keys[i])
            return -1;
    }
}

static void wmap_grow(wmap *m)
{
    size_t ocap = m->cap;
    uint64_t *ok = m->keys;
    uint32_t *orow = m->row;
    m->cap *= 2;
    m->keys = calloc(m->cap, sizeof *m->keys);
    m->row = calloc(m->cap, sizeof *m->row);
    if (!m->keys || !m->row) {
        fprintf(stderr, "lede-train: out of memory\n");
        exit(3);
    }
    size_t mask = m->cap - 1;
    for (size_t j = 0; j < ocap; j++) {
        if (!ok[j])
            continue;
        size_t i = lede_tg_mix(ok[j]) & mask;
        while (m->keys[i])
            i = (i + 1) & mask;
        m->keys[i] = ok[j];
        m->row[i] = orow[j];
    }
    free(ok);
    free(orow);
}

static uint32_t wmap_add(wmap *m, uint64_t key)
{
    key = nz(key);
    if ((m->n + 1) * 2 > m->cap)
        wmap_grow(m);
    size_t mask = m->cap - 1;
    size_t i = lede_tg_mix(key) & mask;
    for (;; i = (i + 1) & mask) {
        if (m->keys[i] == key)
            return m->row[i];
        if (!m->keys[i])
            break;
    }
    if (m->n == m->rows_cap) {
        m->rows_cap = m->rows_cap ? m->rows_cap * 2 : 1 << 16;
        m->w = realloc(m->w, m->rows_cap * LEDE_TG_NLAB * sizeof *m->w);
        m->u = realloc(m->u, m->rows_cap * LEDE_TG_NLAB * sizeof *m->u);
        if (!m->w || !m->u) {
            fprintf(stderr, "lede-train: out of memory\n");
            exit(3);
        }
    }
    uint32_t r = (uint32_t)m->n++;
    memset(m->w + (size_t)r * LEDE_TG_NLAB, 0, LEDE_TG_NLAB * sizeof *m->w);
    memset(m->u + (size_t)r * LEDE_TG_NLAB, 0, LEDE_TG_NLAB * sizeof *m->u);
    m->keys[i] = key;
    m->row[i] = r;
    return r;
}

void wmap_average(wmap *m)
{
    for (size_t r = 0; r < m->n; r++)
        for (int l = 0; l < LEDE_TG_NLAB; l++)
            m->w[r * LEDE_TG_NLAB + l] -= (float)(m->u[r * LEDE_TG_NLAB + l] / m->step);
}

static void count_keys(wmap *m, const uint64_t *keys, size_t nk)
{
    for (size_t k = 0; k < nk; k++) {
        long r = wmap_find(m, keys[k]);
        if (r >= 0 && m->uses[r] < UINT32_MAX)
            m->uses[r]++;
    }
}

bool wmap_count_uses(wmap *m, corpus *c, bool lite, bool pass2)
{
    free(m->uses);
    m->uses = calloc(m->n + 1, sizeof *m->uses);
    if (!m->uses)
        return false;
    for (size_t di = 0; di < c->n; di++) {
        tdoc *d = &c->d[di];
        count_keys(m, d->keys[lite], d->koff[lite][d->doc.toks.n]);
        if (!pass2)
            continue;
        lede_tg_count_labels(&d->v, d->ya, NULL);
        for (size_t s = 0; s < d->doc.sents.n; s++) {
            const lede_sentence *se = &d->doc.sents.v[s];
            for (uint32_t i = se->tok_begin; i < se->tok_end; i++) {
                uint64_t nk[LEDE_TG_MAX_DOC];
                count_keys(m, nk, lede_tg_doc_keys(&d->v, i, se->tok_begin, se->tok_end, d->ya, nk));
            }
        }
    }
    return true;
}

/* ---- documents ----------------------------------------------------------------- */
bool docs_prepare(corpus *c, const lede_tg_tables *tabs, int n_tabs, const lede_tg_tables *all)
{
    for (size_t di = 0; di < c->n; di++) {
        tdoc *d = &c->d[di];
        size_t n = d->doc.toks.n;
        free(d->vmem);
        d->vmem = aligned_alloc(64, (lede_tg_scratch_size(n) + 63) & ~(size_t)63);
        free(d->ya);
        d->ya = calloc(n + 1, 1);
        if (!d->vmem || !d->ya)
            return false;
        const lede_tg_tables *t = n_tabs > 0 && d->fold >= 0 && d->fold < n_tabs ? &tabs[d->fold] : all;
        lede_tg_prepare(&d->v, &d->doc, t, d->vmem);
        for (int set = 0; set < 2; set++) {
            free(d->keys[set]);
            free(d->koff[set]);
            d->koff[set] = malloc((n + 1) * sizeof *d->koff[set]);
            d->keys[set] = malloc((n * LEDE_TG_MAX_STATIC + 1) * sizeof *d->keys[set]);
            if (!d->koff[set] || !d->keys[set])
                return false;
            uint32_t at = 0;
            for (size_t s = 0; s < d->doc.sents.n; s++) {
                const lede_sentence *se = &d->doc.sents.v[s];
                for (uint32_t i = se->tok_begin; i < se->tok_end; i++) {
                    d->koff[set][i] = at;
                    at += (uint32_t)lede_tg_static_keys(&d->v, i, se->tok_begin, se->tok_end, set == 1,
                                                        d->keys[set] + at);
                }
            }
            d->koff[set][n] = at;
            uint64_t *k = realloc(d->keys[set], (at + 1) * sizeof *k);
            if (k)
                d->keys[set] = k;
        }
    }
    return true;
}

static inline void score_keys(const wmap *m, const uint64_t *keys, size_t nk, float *sc)
{
    for (size_t k = 0; k < nk; k++) {
        long r = wmap_find(m, keys[k]);
        if (r < 0)
            continue;
        const float *w = m->w + (size_t)r * LEDE_TG_NLAB;
        for (int l = 0; l < LEDE_TG_NLAB; l++)
            sc[l] += w[l];
    }
}

static inline void update_keys(wmap *m, const uint64_t *keys, size_t nk, int gold, int pred)
{
    for (size_t k = 0; k < nk; k++) {
        uint32_t r = wmap_add(m, keys[k]);
        size_t b = (size_t)r * LEDE_TG_NLAB;
        m->w[b + gold] += 1;
        m->u[b + gold] += m->step;
        m->w[b + pred] -= 1;
        m->u[b + pred] -= m->step;
    }
}

static inline void update_row(wmap *m, uint64_t key, int label, float delta)
{
    uint32_t r = wmap_add(m, key);
    size_t b = (size_t)r * LEDE_TG_NLAB + (size_t)label;
    m->w[b] += delta;
    m->u[b] += m->step * delta;
}

static void load_trans(const wmap *m, float *trans)
{
    for (int p = -1; p < LEDE_TG_NLAB; p++) {
        long r = wmap_find(m, lede_tg_trans_key(p));
        float *t = trans + (size_t)(p + 1) * LEDE_TG_NLAB;
        if (r < 0)
            memset(t, 0, LEDE_TG_NLAB * sizeof *t);
        else
            memcpy(t, m->w + (size_t)r * LEDE_TG_NLAB, LEDE_TG_NLAB * sizeof *t);
    }
}

/* Decodes one document sentence by sentence (Viterbi) with model m: static
 * keys, pass-2 keys when y1 (pass-1 labels) is given, transitions.  When
 * learning, a wrong sentence updates the rows of its wrong tokens and
 * transitions (Collins' structured perceptron). */
static void pass(wmap *m, tdoc *d, bool lite, const uint8_t *y1, uint8_t *y, float *margin, bool learn)
{
    const uint64_t *keys = d->keys[lite];
    const uint32_t *koff = d->koff[lite];
    size_t n = d->doc.toks.n;
    float *sc = malloc((n + 1) * LEDE_TG_NLAB * sizeof *sc);
    uint8_t *bp = malloc((n + 1) * LEDE_TG_NLAB), *yy = malloc(n + 1);
    float trans[(LEDE_TG_NLAB + 1) * LEDE_TG_NLAB];
    load_trans(m, trans);
    for (size_t s = 0; s < d->doc.sents.n; s++) {
        const lede_sentence *se = &d->doc.sents.v[s];
        uint32_t sb = se->tok_begin, len = se->tok_end - se->tok_begin;
        for (uint32_t i = sb; i < se->tok_end; i++) {
            float *si = sc + (size_t)(i - sb) * LEDE_TG_NLAB;
            memset(si, 0, LEDE_TG_NLAB * sizeof *si);
            score_keys(m, keys + koff[i], koff[i + 1] - koff[i], si);
            if (y1) {
                uint64_t nk[LEDE_TG_MAX_DOC];
                size_t nn = lede_tg_doc_keys(&d->v, i, sb, se->tok_end, y1, nk);
                score_keys(m, nk, nn, si);
            }
        }
        lede_tg_viterbi(sc, len, trans, bp, yy);
        if (learn) {
            bool wrong = false;
            for (uint32_t k = 0; k < len; k++)
                wrong |= yy[k] != d->gold[sb + k];
            if (wrong) {
                for (uint32_t k = 0; k < len; k++) {
                    uint32_t i = sb + k;
                    int g = d->gold[i], p = yy[k];
                    if (g != p) {
                        update_keys(m, keys + koff[i], koff[i + 1] - koff[i], g, p);
                        if (y1) {
                            uint64_t nk[LEDE_TG_MAX_DOC];
                            size_t nn = lede_tg_doc_keys(&d->v, i, sb, se->tok_end, y1, nk);
                            update_keys(m, nk, nn, g, p);
                        }
                    }
                    int gp = k ? d->gold[i - 1] : -1, pp = k ? yy[k - 1] : -1;
                    if (gp != pp || g != p) {
                        update_row(m, lede_tg_trans_key(gp), g, 1);
                        update_row(m, lede_tg_trans_key(pp), p, -1);
                    }
                }
                load_trans(m, trans);
            }
            m->step += 1;
        }
        for (uint32_t k = 0; k < len; k++) {
            if (y)
                y[sb + k] = yy[k];
            if (margin)
                margin[sb + k] = lede_tg_margin(sc, len, trans, yy, k);
        }
    }
    free(sc);
    free(bp);
    free(yy);
}

void perceptron_train(wmap *m, corpus *c, int skip_fold, const train_opts *o, bool pass2, bool lite)
{
    size_t *order = malloc(c->n * sizeof *order);
    size_t n = 0;
    for (size_t i = 0; i < c->n; i++)
        if (skip_fold < 0 || c->d[i].fold != skip_fold)
            order[n++] = i;
    uint64_t rng = o->seed;
    for (int ep = 0; ep < o->epochs; ep++) {
        for (size_t i = n; i > 1; i--) {
            size_t j = rng_next(&rng) % i;
            size_t t = order[i - 1];
            order[i - 1] = order[j];
            order[j] = t;
        }
        for (size_t k = 0; k < n; k++) {
            tdoc *d = &c->d[order[k]];
            if (pass2) {
                lede_tg_count_labels(&d->v, d->ya, NULL);
                pass(m, d, lite, d->ya, NULL, NULL, true);
            } else {
                pass(m, d, lite, NULL, NULL, NULL, true);
            }
        }
    }
    free(order);
}

void perceptron_tag(const wmap *a, bool lite_a, const wmap *b, tdoc *d, uint8_t *y1, uint8_t *y2, float *margin)
{
    /* pass() writes weights only when learning */
    pass((wmap *)a, d, lite_a, NULL, y1, b ? NULL : margin, false);
    if (!b)
        return;
    lede_tg_count_labels(&d->v, y1, NULL);
    pass((wmap *)b, d, false, y1, y2, margin, false);
}
