/*
 * quotes.c - the quote stage: direct, indirect and mixed quotes with their
 * cue, speaker and speaker entity.
 *
 * Order of work: pair quotation marks into regions (quote_marks.c),
 * attribute sentence-level regions (quote_direct.c), find reported clauses
 * and mixed quotes (quote_indirect.c), resolve speakers to entities
 * (quote_coref.c), then append one lede_quote per fragment to doc->quotes,
 * fragments of one quote adjacent and sharing a group, groups in text order.
 * Scratch arrays come from the workspace arena, sized once per document
 * (no per-token allocation).  Owned by the quotes stage; reentrant.
 */
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "quote_learn.h"
#include "stages.h"

bool lede_q_skip_para(const lede_doc *d, uint32_t para)
{
    uint8_t k = d->paras.v[para].kind;
    return k == LEDE_PARA_BOILERPLATE || k == LEDE_PARA_CAPTION;
}

int32_t lede_qattr_new(lede_qctx *q)
{
    if (q->nattr >= q->capattr)
        return -1;
    lede_qattr *a = &q->attr[q->nattr];
    memset(a, 0, sizeof *a);
    a->entity = -1;
    a->antecedent = -1;
    a->group = -1;
    a->first = UINT32_MAX;
    return (int32_t)q->nattr++;
}

bool lede_qfrag_add(lede_qctx *q, int32_t attr, uint32_t tb, uint32_t te, uint8_t kind)
{
    if (q->nfrag >= q->capfrag || te <= tb || attr < 0)
        return false;
    const lede_doc *d = q->d;
    lede_qfrag *f = &q->frag[q->nfrag++];
    f->tb = tb;
    f->te = te;
    f->start = d->toks.v[tb].start;
    f->end = d->toks.v[te - 1].end;
    f->attr = attr;
    f->kind = kind;
    lede_qattr *a = &q->attr[attr];
    if (f->start < a->first)
        a->first = f->start;
    for (uint32_t k = tb; k < te; k++)
        q->tok_used[k] |= 1;
    if (a->has_cue)
        for (uint32_t k = a->cue.tb; k < a->cue.te; k++)
            q->tok_used[k] |= 2;
    return true;
}

/* Output order: groups by their first fragment, fragments by position. */
typedef struct fkey { uint32_t group_start, start; uint32_t attr, idx; } fkey;
static int cmp_fkey(const void *a, const void *b)
{
    const fkey *x = a, *y = b;
    if (x->group_start != y->group_start)
        return x->group_start < y->group_start ? -1 : 1;
    if (x->attr != y->attr)
        return x->attr < y->attr ? -1 : 1;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

static lede_status emit_all(lede_qctx *q)
{
    lede_workspace *ws = q->ws;
    lede_doc *d = q->d;
    if (!q->nfrag)
        return LEDE_OK;
    fkey *keys = lede_arena_alloc(&ws->arena, q->nfrag * sizeof *keys);
    if (!keys)
        return lede_fail(ws, LEDE_ERR_NOMEM, "out of memory ordering quotes");
    for (size_t i = 0; i < q->nfrag; i++) {
        const lede_qfrag *f = &q->frag[i];
        keys[i] = (fkey){q->attr[f->attr].first, f->start, (uint32_t)f->attr, (uint32_t)i};
    }
    qsort(keys, q->nfrag, sizeof *keys, cmp_fkey);
    int32_t group = -1;
    uint32_t prev_attr = UINT32_MAX;
    for (size_t i = 0; i < q->nfrag; i++) {
        const lede_qfrag *f = &q->frag[keys[i].idx];
        const lede_qattr *a = &q->attr[f->attr];
        if (keys[i].attr != prev_attr) {
            group++;
            prev_attr = keys[i].attr;
        }
        size_t before = d->quotes.n;
        lede_quote *out = LEDE_PUSH(d->quotes, ws->lim.max_quotes);
        if (!out) {
            if (before >= ws->lim.max_quotes)
                return lede_fail(ws, LEDE_ERR_DOC_LIMIT, "document has more than %zu quotes",
                                 ws->lim.max_quotes);
            return lede_fail(ws, LEDE_ERR_NOMEM, "out of memory storing quotes");
        }
        out->start = f->start;
        out->end = f->end;
        out->kind = f->kind;
        out->group = group;
        out->confidence = a->conf < 0 ? 0 : a->conf > 1 ? 1 : a->conf;
        out->has_cue = a->has_cue;
        if (a->has_cue) {
            out->cue.start = d->toks.v[a->cue.tb].start;
            out->cue.end = d->toks.v[a->cue.te - 1].end;
        }
        out->speaker_entity = -1;
        if (a->sp.te > a->sp.tb) {
            out->has_speaker = 1;
            out->speaker.start = d->toks.v[a->sp.tb].start;
            out->speaker.end = d->toks.v[a->sp.te - 1].end;
            out->speaker_entity = a->entity;
            out->anonymous = a->sp.anonymous && a->entity < 0;
        }
    }
    return LEDE_OK;
}

lede_status lede_qctx_init(lede_workspace *ws, lede_qctx *q)
{
    lede_doc *d = &ws->doc;
    *q = (lede_qctx){.ws = ws, .d = d};
    /* every token classified once (quote_words.c); without a model the
     * word table is built here, per document */
    q->ntok = (uint32_t)d->toks.n;
    q->tk = lede_arena_alloc(&ws->arena, (d->toks.n + 1) * sizeof *q->tk);
    q->fh = lede_arena_alloc(&ws->arena, (d->toks.n + 1) * sizeof *q->fh);
    q->qopen_next = lede_arena_alloc(&ws->arena, 3 * (d->toks.n + 1));
    q->quote_prev = q->qopen_next ? q->qopen_next + (d->toks.n + 1) : NULL;
    q->that_next = q->qopen_next ? q->quote_prev + (d->toks.n + 1) : NULL;
    if (ws->model && ws->model->quotes) {
        q->lex = ws->model->quotes;
    } else {
        size_t lexn = lede_qlex_bytes();
        q->lex = lede_qlex_init(lede_arena_alloc(&ws->arena, lexn), lexn);
    }
    if (!q->tk || !q->fh || !q->qopen_next || !q->lex)
        return lede_fail(ws, LEDE_ERR_NOMEM, "out of memory finding quotes");
    lede_qtoks_classify(q); /* also counts the quotation marks */
    size_t nmarks = q->nmarks;
    q->reg = lede_arena_alloc(&ws->arena, (nmarks + 1) * sizeof *q->reg);
    q->tok_region = lede_arena_alloc(&ws->arena, (d->toks.n + 1) * sizeof *q->tok_region);
    q->tok_used = lede_arena_alloc(&ws->arena, d->toks.n + 1);
    /* one attribution per region, two per sentence, one per eight words:
     * more than any story holds; beyond that quotes are dropped */
    q->capattr = q->capfrag = nmarks + d->sents.n * 2 + d->toks.n / 8 + 16;
    q->attr = lede_arena_alloc(&ws->arena, q->capattr * sizeof *q->attr);
    q->frag = lede_arena_alloc(&ws->arena, q->capfrag * sizeof *q->frag);
    q->memo = lede_arena_alloc(&ws->arena, 2 * sizeof *q->memo);
    if (!q->reg || !q->memo || !q->tok_region || !q->tok_used || !q->attr || !q->frag)
        return lede_fail(ws, LEDE_ERR_NOMEM, "out of memory finding quotes");
    memset(q->tok_region, 0xFF, d->toks.n * sizeof *q->tok_region); /* -1: every byte 0xFF */
    memset(q->tok_used, 0, d->toks.n);
    memset(q->memo, 0, 2 * sizeof *q->memo);
    return LEDE_OK;
}

lede_status lede_quotes_find(lede_workspace *ws)
{
    lede_doc *d = &ws->doc;
    if (!d->toks.n || !d->paras.n)
        return LEDE_OK;
    lede_qctx q;
    lede_status st = lede_qctx_init(ws, &q);
    if (st == LEDE_OK)
        st = lede_qmarks_pair(&q);
    if (st == LEDE_OK)
        st = lede_check_deadline(ws);
    if (st == LEDE_OK)
        st = lede_qdirect_find(&q);
    if (st == LEDE_OK)
        st = lede_qindirect_find(&q);
    if (st != LEDE_OK)
        return st;
    lede_qspeaker_resolve(&q);
    return emit_all(&q);
}
