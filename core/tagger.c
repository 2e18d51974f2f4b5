/*
 * tagger.c - the ner stage: tags the document's tokens with the averaged
 * perceptron in ws->model->tagger and appends PERSON / ORGANIZATION /
 * LOCATION / MISC name mentions.  Owner: the NER tagger (issue 3).
 *
 * Decoding is exact (Viterbi over BILOU labels with first-order
 * transitions), twice: pass 1 with a lite set of local features; pass 2,
 * with its own weights, with all of them plus what pass 1 said about the
 * same word elsewhere in the document (one name, one type per story).
 * Sentences of boilerplate and caption paragraphs are not tagged; tokens an
 * earlier stage already covered (dates, money...) are forced to O and split
 * the sentence there, so mentions never overlap.
 *
 * Label-free scores are summed in int32 per token; the part that depends
 * only on the word itself is cached per document (wc_find), since news
 * repeats its words and integer sums do not depend on their order.
 *
 * Reentrant: scratch memory is ws->scratch (token view, scores and the word
 * cache, each bounded by the token count or a named cap); the model is
 * read-only and shared by threads.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "stages.h"
#include "tagger.h"

/* Per-token scratch beside the token view. */
typedef struct run {
    lede_workspace *ws;
    const lede_tagger *tg;
    lede_tg_docview v;
    int32_t *stat;        /* n x STAT_STRIDE: sums of label-free features  */
    uint8_t *y1, *y2;     /* pass labels                                   */
    uint8_t *active;      /* 1 where the token is tagged                   */
    float *margin;        /* pass 2: best minus runner-up score            */
    float *sc;            /* scores of one run: n x NLAB                   */
    float *alpha;         /* Viterbi best scores: run x LEDE_TG_ASTRIDE    */
    float trans[2][(LEDE_TG_NLAB + 1) * LEDE_TG_NLAB]; /* per pass */
    lede_tg_vtrans vt[2]; /* the same, laid out for the decoder           */
    /* word cache (see wc_find); wc_cap 0 = off */
    uint32_t *wc_slot;    /* open addressing, entry index + 1, 0 = empty   */
    uint64_t wc_mask;
    struct wc_entry *wc;
    int32_t *wc_sum;      /* wc_cap x LEDE_TG_TABLES x STAT_STRIDE         */
    uint32_t wc_n, wc_cap;
} run;

/* Grows ws->scratch (a per-stage temporary) to n bytes without copying. */
static void *scratch(lede_workspace *ws, size_t n)
{
    lede_buf *b = &ws->scratch;
    if (b->max && n > b->max)
        return NULL;
    if (b->cap < n + 1) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < n + 1)
            cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p)
            return NULL;
        b->p = p;
        b->cap = cap;
    }
    b->n = 0;
    b->p[0] = '\0';
    return b->p;
}

/* Sums of weight slots in int32: w << exp per label.  With SSE2 (every
 * x86-64) a slot is one load, sign extension and shifts in registers. */
#if defined(__SSE2__)
#include <emmintrin.h>
typedef struct lede_tg_acc { __m128i v[5]; } acc_t;
static inline void acc_zero(acc_t *a)
{
    for (int k = 0; k < 5; k++)
        a->v[k] = _mm_setzero_si128();
}
static inline void acc_add(acc_t *a, const lede_tg_slot *s)
{
    /* w[0..15] are bytes 3..18 of the 20-byte slot */
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
static inline void acc_load(acc_t *a, const int32_t *p)
{
    for (int k = 0; k < 5; k++)
        a->v[k] = _mm_loadu_si128((const __m128i *)(const void *)(p + 4 * k));
}
static inline void acc_store(const acc_t *a, int32_t *p)
{
    for (int k = 0; k < 5; k++)
        _mm_storeu_si128((__m128i *)(void *)(p + 4 * k), a->v[k]);
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
static inline void acc_add(acc_t *a, const lede_tg_slot *s)
{
    for (int k = 0; k < LEDE_TG_NLAB; k++)
        a->v[k] += (int32_t)s->w[k] * (1 << s->exp);
}
static inline void acc_load(acc_t *a, const int32_t *p) { memcpy(a->v, p, sizeof a->v); }
static inline void acc_store(const acc_t *a, int32_t *p) { memcpy(p, a->v, sizeof a->v); }
#endif
#define STAT_STRIDE 20 /* int32 per token in run.stat */

/* Looks every key up and adds the rows found.  The index slots and rows
 * are fetched ahead so the cache misses of one token overlap. */
static inline void add_keys(const lede_tg_weights *tg, const uint64_t *keys, size_t nk, acc_t *a)
{
    for (size_t k = 0; k < nk; k++)
        __builtin_prefetch(&tg->slot[keys[k] & tg->wmask]);
    for (size_t k = 0; k < nk; k++) {
        const lede_tg_slot *r = lede_tg_row(tg, keys[k]);
        if (r)
            acc_add(a, r);
    }
}

/* Per-document word cache: the sum of a token's word keys (lede_tg_word_keys)
 * per weight table, keyed by its raw and word hashes.  News repeats its
 * words (the, said, punctuation, the names of the story), and the word keys
 * are half of each token's probes into a table far larger than the CPU
 * caches.  Integer sums are exact in any order, so scores, and output, are
 * the same as summing every key for every token.  WC_MAX distinct words at
 * most: past that, or without the scratch for it, tokens are summed whole. */
enum { WC_MAX = 4096 };
typedef struct wc_entry {
    uint64_t raw, word;
    uint32_t have;        /* bit p: sum for weight table p is filled       */
    uint32_t pad;
} wc_entry;

static size_t wc_slots(size_t cap)
{
    size_t slots = 16;
    while (slots < 2 * cap)
        slots <<= 1;
    return slots;
}
static size_t wc_bytes(size_t cap)
{
    return wc_slots(cap) * sizeof(uint32_t) + cap * (sizeof(wc_entry) + LEDE_TG_TABLES * STAT_STRIDE * sizeof(int32_t));
}

/* The cached word-key sum of token k for table p, or NULL when the cache is
 * off or full; *fresh says the caller must fill it (first use for p). */
static int32_t *wc_find(run *r, const lede_tg_tok *k, int p, bool *fresh)
{
    if (!r->wc_cap)
        return NULL;
    uint32_t e;
    for (uint64_t s = k->raw & r->wc_mask;; s = (s + 1) & r->wc_mask) {
        e = r->wc_slot[s];
        if (e == 0) {
            if (r->wc_n == r->wc_cap)
                return NULL;
            e = r->wc_slot[s] = ++r->wc_n;
            r->wc[e - 1] = (wc_entry){.raw = k->raw, .word = k->word};
            break;
        }
        if (r->wc[e - 1].raw == k->raw && r->wc[e - 1].word == k->word)
            break;
    }
    wc_entry *we = &r->wc[e - 1];
    *fresh = !(we->have & (1u << p));
    we->have |= 1u << p;
    return r->wc_sum + ((size_t)(e - 1) * LEDE_TG_TABLES + (size_t)p) * STAT_STRIDE;
}

/* Label-free sums of tokens [b, e) for weight table p, a few tokens at a
 * time: all their keys first (prefetching index slots), then the probes
 * (prefetching rows), then the sums, so the cache misses of several tokens
 * overlap.  A token whose word is cached probes only its context keys. */
enum { CHUNK = 4 };
static void static_scores(run *r, int p, bool lite, uint32_t b, uint32_t e, uint32_t sb, uint32_t se)
{
    const lede_tg_weights *w = &r->tg->w[p];
    uint64_t keys[CHUNK][LEDE_TG_MAX_STATIC];
    size_t nw[CHUNK], nk[CHUNK];
    int32_t *ws[CHUNK];
    bool fresh[CHUNK];
    for (uint32_t c0 = b; c0 < e; c0 += CHUNK) {
        uint32_t m = e - c0 < CHUNK ? e - c0 : CHUNK;
        for (uint32_t t = 0; t < m; t++) {
            ws[t] = wc_find(r, &r->v.tok[c0 + t], p, &fresh[t]);
            nw[t] = !ws[t] || fresh[t] ? lede_tg_word_keys(&r->v, c0 + t, lite, keys[t]) : 0;
            nk[t] = nw[t] + lede_tg_context_keys(&r->v, c0 + t, sb, se, lite, keys[t] + nw[t]);
            for (size_t k = 0; k < nk[t]; k++)
                __builtin_prefetch(&w->slot[keys[t][k] & w->wmask]);
        }
        for (uint32_t t = 0; t < m; t++) {
            acc_t a;
            acc_zero(&a);
            for (size_t k = 0; k < nw[t]; k++) {
                const lede_tg_slot *row = lede_tg_row(w, keys[t][k]);
                if (row)
                    acc_add(&a, row);
            }
            /* an earlier token of this chunk may have filled it: t order */
            if (ws[t] && fresh[t])
                acc_store(&a, ws[t]);
            else if (ws[t])
                acc_load(&a, ws[t]);
            for (size_t k = nw[t]; k < nk[t]; k++) {
                const lede_tg_slot *row = lede_tg_row(w, keys[t][k]);
                if (row)
                    acc_add(&a, row);
            }
            acc_store(&a, r->stat + (size_t)(c0 + t) * STAT_STRIDE);
        }
    }
}

/* Tags tokens [b, e) of one run of taggable tokens; pass 2 when y1 != NULL.
 * The final pass also keeps each mention token's margin. */
static void decode(run *r, uint32_t sb, uint32_t se, uint32_t b, uint32_t e, const uint8_t *y1, uint8_t *y,
                   bool final)
{
    uint32_t n = e - b;
    const lede_tagger *tg = r->tg;
    const lede_tg_weights *w = &tg->w[y1 ? 1 : 0];
    const float *trans = r->trans[y1 ? 1 : 0];
    for (uint32_t i = b; i < e; i++) {
        /* label-free sum plus the document keys' rows: one int32 sum,
         * converted once */
        acc_t a;
        acc_load(&a, r->stat + (size_t)i * STAT_STRIDE);
        if (y1) {
            uint64_t keys[LEDE_TG_MAX_DOC];
            size_t nk = lede_tg_doc_keys(&r->v, i, sb, se, y1, keys);
            add_keys(w, keys, nk, &a);
        }
        acc_scores(&a, w->unit, r->sc + (size_t)(i - b) * LEDE_TG_NLAB);
    }
    lede_tg_viterbi_alpha(r->sc, n, &r->vt[y1 ? 1 : 0], r->alpha, y + b);
    if (final) /* confidence of the mentions found */
        for (uint32_t k = 0; k < n; k++)
            if (y[b + k])
                r->margin[b + k] = lede_tg_margin(r->sc, n, trans, y + b, k);
}

/* Longest run decoded in one Viterbi pass.  A longer one (a sentence
 * without punctuation, megabytes long) is cut into runs this long, with a
 * deadline check between them; no real sentence comes near it. */
enum { TG_RUN_MAX = 4096 };

/* Runs of active tokens inside each tagged sentence. */
static lede_status each_run(run *r, const uint8_t *y1, uint8_t *y, bool final)
{
    const lede_doc *d = &r->ws->doc;
    for (size_t s = 0; s < d->sents.n; s++) {
        const lede_sentence *se = &d->sents.v[s];
        uint32_t i = se->tok_begin;
        while (i < se->tok_end) {
            while (i < se->tok_end && !r->active[i])
                i++;
            uint32_t j = i;
            while (j < se->tok_end && r->active[j] && j - i < TG_RUN_MAX)
                j++;
            if (j > i) {
                /* pass 2 has its own weights in a two-pass model */
                if (!y1 || r->tg->two_pass)
                    static_scores(r, y1 ? 1 : 0, !y1 && r->tg->lite1, i, j, se->tok_begin, se->tok_end);
                decode(r, se->tok_begin, se->tok_end, i, j, y1, y, final);
            }
            if (j - i == TG_RUN_MAX) {
                lede_status st = lede_check_deadline(r->ws);
                if (st != LEDE_OK)
                    return st;
            }
            i = j;
        }
        if ((s & 63) == 63) {
            lede_status st = lede_check_deadline(r->ws);
            if (st != LEDE_OK)
                return st;
        }
    }
    return LEDE_OK;
}

static lede_status emit(run *r)
{
    lede_workspace *ws = r->ws;
    lede_doc *d = &ws->doc;
    size_t start = 0;
    float minm = 0;
    for (size_t i = 0; i < d->toks.n; i++) {
        if (!r->active[i] || r->y2[i] == 0)
            continue;
        int pos = lede_tg_lpos(r->y2[i]);
        if (pos == LEDE_TG_B || pos == LEDE_TG_U) {
            start = i;
            minm = r->margin[i];
        } else if (r->margin[i] < minm) {
            minm = r->margin[i];
        }
        if (pos != LEDE_TG_L && pos != LEDE_TG_U)
            continue;
        lede_mention *m = LEDE_PUSH(d->mentions, ws->lim.max_mentions);
        if (!m)
            return lede_fail(ws, LEDE_ERR_DOC_LIMIT, "document has more than %zu entity mentions",
                             ws->lim.max_mentions);
        int32_t mi = (int32_t)(d->mentions.n - 1);
        m->tok_begin = (uint32_t)start;
        m->tok_end = (uint32_t)(i + 1);
        m->start = d->toks.v[start].start;
        m->end = d->toks.v[i].end;
        m->type = (uint8_t)lede_tg_etype(lede_tg_ltype(r->y2[i]));
        m->subtype = LEDE_LOC_NONE;
        m->kind = LEDE_MK_NAME;
        m->conf = 1.0f / (1.0f + expf(-minm * r->tg->conf_scale));
        m->entity = -1;
        for (size_t k = start; k <= i; k++)
            d->toks.v[k].mention = mi;
    }
    return LEDE_OK;
}

lede_status lede_ner_run(lede_workspace *ws)
{
    const lede_tagger *tg = ws->model ? ws->model->tagger : NULL;
    if (!tg)
        return lede_fail(ws, LEDE_ERR_MODEL, "no tagger model is loaded");
    lede_doc *d = &ws->doc;
    size_t n = d->toks.n;
    if (n == 0)
        return LEDE_OK;
    size_t view = (lede_tg_scratch_size(n) + 63) & ~(size_t)63;
    size_t stat = n * STAT_STRIDE * sizeof(int32_t);
    size_t scs = (n * LEDE_TG_NLAB * sizeof(float) + 15) & ~(size_t)15;
    size_t runmax = n < TG_RUN_MAX ? n : TG_RUN_MAX;
    size_t alpha = runmax * LEDE_TG_ASTRIDE * sizeof(float);
    size_t need = view + stat + scs + alpha + n * sizeof(float) + 3 * n + 64;
    /* the word cache after the rest, 64-byte aligned; only if it fits */
    size_t wc_at = (need + 63) & ~(size_t)63, wc_cap = n < WC_MAX ? n : WC_MAX;
    char *mem = scratch(ws, wc_at + wc_bytes(wc_cap));
    if (!mem) {
        wc_cap = 0;
        mem = scratch(ws, need);
    }
    if (!mem)
        return lede_fail(ws, LEDE_ERR_NOMEM, "out of memory tagging %zu tokens", n);
    run r = {.ws = ws, .tg = tg};
    if (wc_cap) {
        size_t slots = wc_slots(wc_cap);
        r.wc_slot = (uint32_t *)(void *)(mem + wc_at);
        r.wc_mask = slots - 1;
        r.wc = (wc_entry *)(void *)(r.wc_slot + slots);
        r.wc_sum = (int32_t *)(void *)(r.wc + wc_cap);
        r.wc_cap = (uint32_t)wc_cap;
        memset(r.wc_slot, 0, slots * sizeof(uint32_t));
    }
    r.stat = (int32_t *)(mem + view);
    r.sc = (float *)(mem + view + stat);
    r.alpha = (float *)(void *)(mem + view + stat + scs); /* 16-byte aligned for SSE stores */
    r.margin = r.alpha + runmax * LEDE_TG_ASTRIDE;
    r.y1 = (uint8_t *)(r.margin + n);
    r.y2 = r.y1 + n;
    r.active = r.y2 + n;
    memset(r.y1, 0, 3 * n);
    for (int k = 0; k < 2; k++)
        for (int p = -1; p < LEDE_TG_NLAB; p++) {
            const lede_tg_slot *row = lede_tg_row(&tg->w[k], lede_tg_trans_key(p));
            for (int l = 0; l < LEDE_TG_NLAB; l++)
                r.trans[k][(p + 1) * LEDE_TG_NLAB + l] =
                    row ? (float)row->w[l] * (float)(1 << row->exp) * tg->w[k].unit : 0;
        }
    for (int k = 0; k < 2; k++)
        lede_tg_vtrans_init(&r.vt[k], r.trans[k]);

    lede_tg_tables tab = tg->tab;
    tab.lex = ws->model->lex;
    lede_tg_prepare(&r.v, d, &tab, mem);
    for (size_t s = 0; s < d->sents.n; s++) {
        const lede_sentence *se = &d->sents.v[s];
        uint8_t kind = se->para < d->paras.n ? d->paras.v[se->para].kind : LEDE_PARA_BODY;
        if (kind == LEDE_PARA_BOILERPLATE || kind == LEDE_PARA_CAPTION)
            continue;
        for (uint32_t i = se->tok_begin; i < se->tok_end; i++)
            r.active[i] = d->toks.v[i].mention < 0;
    }
    /* a one-table model (lede-train --one-pass) has no pass 2 */
    lede_status st = each_run(&r, NULL, tg->two_pass ? r.y1 : r.y2, !tg->two_pass);
    if (st != LEDE_OK)
        return st;
    if (tg->two_pass) {
        lede_tg_count_labels(&r.v, r.y1, r.active);
        st = each_run(&r, r.y1, r.y2, true);
        if (st != LEDE_OK)
            return st;
    }
    return emit(&r);
}
