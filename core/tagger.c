/*
 * tagger.c - the ner stage: tags the document's tokens with the averaged
 * perceptron in ws->model->tagger and appends PERSON / ORGANIZATION /
 * LOCATION / MISC name mentions.  Owner: the NER tagger (issue 3).
 *
 * Decoding is exact (Viterbi over BILOU labels with first-order
 * transitions), twice: pass 1 with a lite set of local features; pass 2,
 * with its own weights, with all of them plus what pass 1 said about the
 * same word elsewhere in the document (one name, one type per story),
 * only where pass 1 left something to revise (tagger_settle.c).
 * Sentences of boilerplate and caption paragraphs are not tagged; tokens an
 * earlier stage already covered (dates, money...) are forced to O and split
 * the sentence there, so mentions never overlap.
 *
 * Label-free scores are summed in int32 per token by tagger_fast.c, from
 * load-time dense tables and a per-document cache of each distinct word's
 * sums (exact: integer sums do not depend on their order); without the
 * scratch for the cache, every key is looked up (lede_tg_ref_static).
 * Nothing is kept across documents: a cache of word sums across them
 * (4 + 2 MB per workspace) saved instructions and lost them again in cache
 * misses, and ran slower (bench_core, dev texts, tagger 0.53 s without it
 * against 0.60 s with it, medians of four alternating runs).
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
#include "tagger_acc.h"
#include "tagger_fast.h"

/* Per-token scratch beside the token view. */
typedef struct run {
    lede_workspace *ws;
    const lede_tagger *tg;
    lede_tg_docview v;
    int32_t *stat;        /* n x LEDE_TG_STRIDE: sums of label-free features */
    uint8_t *y1, *y2;     /* pass labels                                   */
    uint8_t *active;      /* 1 where the token is tagged                   */
    uint8_t *active2;     /* 1 where pass 2 decodes it (tagger_settle.c)    */
    float *margin;        /* pass 2: best minus runner-up score            */
    float *sc;            /* scores of one run: n x NLAB                   */
    float *alpha;         /* Viterbi best scores: run x LEDE_TG_ASTRIDE    */
    const float *trans[2];        /* per pass: lede_tg_trans_fill's        */
    const lede_tg_vtrans *vt[2];  /* the same, laid out for the decoder     */
    lede_tg_fast fast;    /* per-document word cache                       */
    bool have_fast;       /* else every key is looked up                   */
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
        /* nothing in it is kept: a new block, not realloc's copy of the
         * old one (megabytes, as the first long documents grow it) */
        lede_blk_free(b->p, b->cap);
        b->p = NULL;
        b->cap = 0;
        char *p = lede_blk_alloc(cap);
        if (!p)
            return NULL;
        b->p = p;
        b->cap = cap;
    }
    b->n = 0;
    b->p[0] = '\0';
    return b->p;
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
    /* with the word cache, lede_tg_fast_scores wrote the scores */
    for (uint32_t i = b; i < e && !r->have_fast; i++) {
        /* label-free sum plus the document keys' rows: one int32 sum,
         * converted once */
        int32_t *sum = r->stat + (size_t)i * LEDE_TG_STRIDE;
        if (y1)
            lede_tg_ref_doc(tg, &r->v, i, sb, se, y1, sum);
        acc_t a;
        acc_load(&a, sum);
        acc_scores(&a, w->unit, r->sc + (size_t)(i - b) * LEDE_TG_NLAB);
    }
    lede_tg_viterbi_alpha(r->sc, n, r->vt[y1 ? 1 : 0], r->alpha, y + b);
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
static lede_status each_run(run *r, const uint8_t *act, const uint8_t *y1, uint8_t *y, bool final)
{
    const lede_doc *d = &r->ws->doc;
    for (size_t s = 0; s < d->sents.n; s++) {
        const lede_sentence *se = &d->sents.v[s];
        uint32_t i = se->tok_begin;
        while (i < se->tok_end) {
            i = (uint32_t)lede_tg_next_set(act, i, se->tok_end);
            uint32_t j = (uint32_t)lede_tg_next_clear(act, i, se->tok_end - i > TG_RUN_MAX ? i + TG_RUN_MAX : se->tok_end);
            if (j > i) {
                /* pass 2 has its own weights in a two-pass model */
                if (!y1 || r->tg->two_pass) {
                    int p = y1 ? 1 : 0;
                    bool lite = !y1 && r->tg->lite1;
                    if (r->have_fast)
                        lede_tg_fast_scores(&r->fast, p, lite, i, j, se->tok_begin, se->tok_end, y1, false, r->sc);
                    else
                        lede_tg_ref_static(r->tg, &r->v, p, lite, i, j, se->tok_begin, se->tok_end, r->stat);
                }
                decode(r, se->tok_begin, se->tok_end, i, j, y1, y, final);
                if (!y1 && r->tg->two_pass) /* pass 2 reads pass 1's labels of every form */
                    lede_tg_count_run(&r->v, y, i, j);
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
    /* y2 is 0 (O) wherever pass 2 (or a one-pass model's pass) did not
     * decode: mentions are few, so whole words of it are skipped */
    for (size_t i = 0; (i = lede_tg_next_set(r->y2, i, d->toks.n)) < d->toks.n; i++) {
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
    size_t stat = n * LEDE_TG_STRIDE * sizeof(int32_t);
    size_t scs = (n * LEDE_TG_NLAB * sizeof(float) + 15) & ~(size_t)15;
    size_t runmax = n < TG_RUN_MAX ? n : TG_RUN_MAX;
    size_t alpha = runmax * LEDE_TG_ASTRIDE * sizeof(float);
    size_t need = view + stat + scs + alpha + n * sizeof(float) + 4 * n + 64;
    /* the word cache after the rest, 64-byte aligned; only if it fits */
    size_t fast_at = (need + 63) & ~(size_t)63;
    bool fast = tg->dense != NULL;
    char *mem = fast ? scratch(ws, fast_at + lede_tg_fast_bytes(n)) : NULL;
    if (!mem) {
        fast = false;
        mem = scratch(ws, need);
    }
    if (!mem)
        return lede_fail(ws, LEDE_ERR_NOMEM, "out of memory tagging %zu tokens", n);
    run r = {.ws = ws, .tg = tg, .have_fast = fast};
    /* without dense tables: built here (not in r, which is zeroed) */
    float own_trans[2][LEDE_TG_NTRANS];
    lede_tg_vtrans own_vt[2];
    r.stat = (int32_t *)(mem + view);
    r.sc = (float *)(mem + view + stat);
    r.alpha = (float *)(void *)(mem + view + stat + scs); /* 16-byte aligned for SSE stores */
    r.margin = r.alpha + runmax * LEDE_TG_ASTRIDE;
    r.y1 = (uint8_t *)(r.margin + n);
    r.y2 = r.y1 + n;
    r.active = r.y2 + n;
    r.active2 = r.active + n;
    /* y1, y2 and active: 0 where pass 1, pass 2 and the reach pass do not
     * write them; active2 is written whole (lede_tg_settle, or the copy
     * below) */
    lede_tg_zero(r.y1, 3 * n);
    for (int k = 0; k < 2; k++) {
        /* built with the model's dense tables, once; else here */
        if (tg->dense) {
            r.trans[k] = lede_tg_dense_trans(tg->dense, k);
            r.vt[k] = lede_tg_dense_vtrans(tg->dense, k);
        } else {
            lede_tg_trans_fill(tg, k, own_trans[k]);
            lede_tg_vtrans_init(&own_vt[k], own_trans[k]);
            r.trans[k] = own_trans[k];
            r.vt[k] = &own_vt[k];
        }
    }

    lede_tg_tables tab = tg->tab;
    tab.lex = ws->model->lex;
    lede_tg_prepare(&r.v, d, &tab, mem);
    if (r.have_fast)
        lede_tg_fast_init(&r.fast, tg, &r.v, mem + fast_at);
    for (size_t s = 0; s < d->sents.n; s++) {
        const lede_sentence *se = &d->sents.v[s];
        uint8_t kind = se->para < d->paras.n ? d->paras.v[se->para].kind : LEDE_PARA_BODY;
        if (kind == LEDE_PARA_BOILERPLATE || kind == LEDE_PARA_CAPTION)
            continue;
        lede_tg_reach_names(d, &r.v, se, r.active);
    }
    /* a one-table model (lede-train --one-pass) has no pass 2: its one
     * pass decodes, and emit reads, every active token */
    if (!tg->two_pass)
        memcpy(r.active2, r.active, n);
    lede_status st = each_run(&r, r.active, NULL, tg->two_pass ? r.y1 : r.y2, !tg->two_pass);
    if (st != LEDE_OK)
        return st;
    if (tg->two_pass) {
        lede_tg_settle(&r.v, r.y1, r.active, r.active2);
        st = each_run(&r, r.active2, r.y1, r.y2, true);
        if (st != LEDE_OK)
            return st;
    }
    st = emit(&r);
    /* nothing of the scratch is read after this stage: a long document's
     * goes on as arena space for the stages after it */
    lede_scratch_done(ws);
    return st;
}
