/*
 * quote_marks.c - pairs quotation marks into quoted regions.
 *
 * Every style counts: “ ” „ « » and straight " (double family), ‘ ’ ‹ › and
 * straight ' (single family), the doubled apostrophes ''...'' some wires use,
 * and 「 」.  Marks of one family nest inside the other; a straight mark that
 * opens while one of its family is open starts a nested quote.  A double
 * quote left open at the end of a paragraph continues when the next story
 * paragraph starts with an opening mark (the newspaper convention for a
 * quote running across paragraphs); otherwise it runs to the paragraph end.
 * One pass over the tokens with a fixed-depth stack: linear however many
 * marks are unbalanced.  Owned by the quotes stage; reentrant.
 */
#include <string.h>

#include "quotes.h"
#include "utf8.h"

enum { FAM_DOUBLE = 1, FAM_SINGLE = 2 };
enum { DIR_OPEN = 1, DIR_CLOSE = 2 };

typedef struct mark {
    uint32_t tb, te;   /* tokens [tb, te] of the mark (two for '')      */
    uint32_t c;        /* the code point                                */
    uint8_t fam, dir;
    uint8_t straight;
} mark;

static uint32_t tok_char(const lede_doc *d, uint32_t i)
{
    size_t k = d->toks.v[i].start;
    return lede_utf8_next(d->text, d->len, &k);
}

static bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* Classifies the mark at token i; returns the tokens it spans in m. */
static bool classify(const lede_doc *d, uint32_t i, uint32_t end, mark *m)
{
    const lede_token *t = &d->toks.v[i];
    if (!(t->flags & LEDE_TF_QUOTE))
        return false;
    uint32_t c = tok_char(d, i);
    m->tb = m->te = i;
    m->c = c;
    m->straight = c == '"' || c == '\'';
    m->dir = (t->flags & LEDE_TF_QOPEN) ? DIR_OPEN : DIR_CLOSE;
    switch (c) {
    case '"': case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
    case 0x300C: case 0x300D:
        m->fam = FAM_DOUBLE;
        break;
    default:
        m->fam = FAM_SINGLE;
        break;
    }
    if (c == 0x00AB || c == 0x201E)
        m->dir = DIR_OPEN;
    if (c == 0x00BB)
        m->dir = DIR_CLOSE; /* « » as used in English and French text */
    /* two single marks written together are one double mark: ''...'' ‘‘ `` */
    if (m->fam == FAM_SINGLE && i + 1 < end) {
        const lede_token *u = &d->toks.v[i + 1];
        if ((u->flags & LEDE_TF_QUOTE) && u->start == t->end && tok_char(d, i + 1) == c &&
            (c == '\'' || c == '`' || c == 0x2018 || c == 0x2019)) {
            m->te = i + 1;
            m->fam = FAM_DOUBLE;
            if (m->straight || c == '`') {
                /* open after space or start, close before space or punctuation */
                bool space_before = t->start == 0 || is_space_byte(d->text[t->start - 1]) ||
                                    strchr("([{\xe2", d->text[t->start - 1]) != NULL;
                bool space_after = u->end >= d->len || is_space_byte(d->text[u->end]);
                m->dir = c == '`' ? DIR_OPEN : (space_before && !space_after) ? DIR_OPEN : DIR_CLOSE;
            }
        }
    }
    return true;
}

typedef struct pairer {
    lede_qctx *q;
    mark stack[LEDE_QUOTE_MARK_DEPTH];
    int depth;
} pairer;

static void emit(pairer *p, uint32_t open, uint32_t close, uint32_t para, bool single, bool closed,
                        bool cont_prev, bool cont_next)
{
    lede_qctx *q = p->q;
    lede_qregion *r = &q->reg[q->nreg++];
    *r = (lede_qregion){open, close, para, single, closed, cont_prev, cont_next, 0, -1};
    for (uint32_t k = open; k <= close; k++)
        q->tok_region[k] = (int32_t)(q->nreg - 1);
}

/* First story paragraph after para, or d->paras.n. */
static uint32_t next_story_para(const lede_doc *d, uint32_t para)
{
    for (uint32_t k = para + 1; k < d->paras.n; k++)
        if (!lede_q_skip_para(d, k))
            return k;
    return (uint32_t)d->paras.n;
}

static uint32_t para_tok_begin(const lede_doc *d, uint32_t para)
{
    const lede_paragraph *pp = &d->paras.v[para];
    return pp->sent_begin < pp->sent_end ? d->sents.v[pp->sent_begin].tok_begin : 0;
}
static uint32_t para_tok_end(const lede_doc *d, uint32_t para)
{
    const lede_paragraph *pp = &d->paras.v[para];
    return pp->sent_begin < pp->sent_end ? d->sents.v[pp->sent_end - 1].tok_end : 0;
}

/* Whether tokens [tb, te) hold a quotation mark, from the last token's
 * distance back to the previous mark (quote_words.c) instead of a scan;
 * a paragraph longer than that distance reaches is scanned. */
static bool has_mark(const lede_qctx *q, uint32_t tb, uint32_t te)
{
    if (te <= tb)
        return false;
    const lede_doc *d = q->d;
    uint32_t last = te - 1, back = q->quote_prev[last];
    if (d->toks.v[last].flags & LEDE_TF_QUOTE)
        return true;
    if (back != LEDE_QTOK_FAR)
        return last - back >= tb;
    if (last - tb < LEDE_QTOK_FAR) /* no mark within reach: none here */
        return false;
    for (uint32_t i = tb; i < te; i++)
        if (d->toks.v[i].flags & LEDE_TF_QUOTE)
            return true;
    return false;
}

lede_status lede_qmarks_pair(lede_qctx *q)
{
    if (!q->nmarks)
        return LEDE_OK;
    const lede_doc *d = q->d;
    pairer p = {.q = q};
    bool carry = false; /* the previous paragraph's quote continues here */
    for (uint32_t para = 0; para < d->paras.n; para++) {
        if (lede_q_skip_para(d, para))
            continue;
        uint32_t tb = para_tok_begin(d, para), te = para_tok_end(d, para);
        p.depth = 0;
        bool cont_prev = carry;
        carry = false;
        if (!has_mark(q, tb, te))
            continue; /* nothing to pair, nothing left open */
        for (uint32_t i = tb; i < te; i++) {
            mark m;
            if (!(d->toks.v[i].flags & LEDE_TF_QUOTE)) /* most tokens: no call */
                continue;
            if (!classify(d, i, te, &m))
                continue;
            i = m.te;
            /* „...“ (German) and ‚...‘: the high mark closes the low one */
            if (m.dir == DIR_OPEN && p.depth && ((p.stack[p.depth - 1].c == 0x201E && m.c == 0x201C) ||
                                                 (p.stack[p.depth - 1].c == 0x201A && m.c == 0x2018)))
                m.dir = DIR_CLOSE;
            if (m.dir == DIR_OPEN) {
                if (p.depth == 1 && p.stack[0].fam == m.fam && !m.straight) {
                    /* “ ... “ : the first was never closed; start again here */
                    p.stack[0] = m;
                    continue;
                }
                if (p.depth < LEDE_QUOTE_MARK_DEPTH)
                    p.stack[p.depth++] = m;
                continue;
            }
            /* closing: pop to the innermost open mark of its family */
            int k = p.depth - 1;
            while (k >= 0 && p.stack[k].fam != m.fam)
                k--;
            if (k < 0) {
                /* a stray straight mark glued to the next word opens after all */
                const lede_token *after = i + 1 < te ? &d->toks.v[i + 1] : NULL;
                if (m.straight && m.fam == FAM_DOUBLE && p.depth == 0 && after &&
                    !(after->flags & LEDE_TF_SPACE_BEFORE) && (after->flags & LEDE_TF_ALPHA)) {
                    m.dir = DIR_OPEN;
                    p.stack[p.depth++] = m;
                }
                continue;
            }
            bool top = true; /* only single marks (maybe apostrophes) below */
            for (int j = 0; j < k; j++)
                top &= p.stack[j].fam == FAM_SINGLE;
            mark o = p.stack[k];
            if (top && (o.fam == FAM_DOUBLE || !(o.straight && m.straight))) {
                /* an outer quote swallows regions emitted inside it */
                while (q->nreg && q->reg[q->nreg - 1].para == para && q->reg[q->nreg - 1].open >= o.tb)
                    q->nreg--;
                emit(&p, o.tb, m.te, para, o.fam == FAM_SINGLE, true, cont_prev && o.tb == tb, false);
            }
            p.depth = k;
        }
        int b = 0;
        while (b < p.depth && p.stack[b].fam != FAM_DOUBLE)
            b++;
        if (b < p.depth) {
            /* unclosed: continues when the next story paragraph opens a quote */
            uint32_t np = next_story_para(d, para);
            bool cont = false;
            if (np < d->paras.n) {
                uint32_t nb = para_tok_begin(d, np), ne = para_tok_end(d, np);
                mark nm;
                cont = nb < ne && classify(d, nb, ne, &nm) && nm.fam == FAM_DOUBLE && nm.dir == DIR_OPEN;
            }
            mark o = p.stack[b];
            while (q->nreg && q->reg[q->nreg - 1].para == para && q->reg[q->nreg - 1].open >= o.tb)
                q->nreg--;
            emit(&p, o.tb, te - 1, para, false, false, cont_prev && o.tb == tb, cont);
            carry = cont;
        }
    }
    return LEDE_OK;
}
