/*
 * quote_direct.c - attributes quoted regions to a cue and a speaker.
 *
 * Shapes, tried in this order for each quote (a quote is one region, or a
 * chain of regions when it runs across paragraphs):
 *   lead-in      Michael Demastus, a pastor, said: "..."   (also a colon
 *                closing the previous paragraph)
 *   trailer      "...," the NDS said.  /  "...," said Stuart Stevens, who ...
 *   interrupted  "...," he said. "..."   -> one quote, several fragments
 *   neighbours   a quote without its own attribution joins an attributed
 *                quote of the same paragraph, continues the previous
 *                paragraph's quote, or takes the speaker of the next or
 *                previous sentence.
 * Regions in the middle of a sentence ("was a “good step ...”") are left to
 * quote_indirect.c, which builds mixed quotes.  Short quoted names and
 * titles without punctuation or attribution are not quotes.
 * Owned by the quotes stage; reentrant; each region looks at a bounded
 * window, so the pass is linear.
 */
#include <string.h>

#include "quotes.h"

static const lede_token *tok(const lede_doc *d, uint32_t i) { return &d->toks.v[i]; }

static bool punct_is(const lede_doc *d, uint32_t i, const char *set)
{
    const lede_token *t = tok(d, i);
    if (t->end - t->start == 1)
        return strchr(set, d->text[t->start]) != NULL;
    /* — and – */
    return (t->flags & LEDE_TF_DASH) && strchr(set, '-') != NULL;
}

static uint32_t sent_begin(const lede_doc *d, uint32_t i) { return d->sents.v[tok(d, i)->sent].tok_begin; }
static uint32_t para_of(const lede_doc *d, uint32_t i) { return d->sents.v[tok(d, i)->sent].para; }
static uint32_t para_end_tok(const lede_doc *d, uint32_t para)
{
    const lede_paragraph *p = &d->paras.v[para];
    return p->sent_end > p->sent_begin ? d->sents.v[p->sent_end - 1].tok_end : 0;
}

/* Words inside the region, not counting marks and punctuation. */
static uint32_t region_words(const lede_doc *d, const lede_qregion *r)
{
    uint32_t n = 0;
    for (uint32_t k = r->open; k <= r->close; k++)
        n += (tok(d, k)->flags & (LEDE_TF_ALPHA | LEDE_TF_DIGIT)) != 0;
    return n;
}

/* The last token before the closing mark ends with , . ? ! or a dash. */
static bool inner_punct(const lede_doc *d, const lede_qregion *r)
{
    if (!r->closed)
        return true;
    uint32_t k = r->close;
    while (k > r->open && (tok(d, k)->flags & LEDE_TF_QUOTE))
        k--;
    return k > r->open && punct_is(d, k, ",.?!-:;") ;
}

/* Where the region sits: at a sentence boundary (a quote of its own) or
 * inside running text (part of a mixed quote). */
static bool sentence_level(const lede_doc *d, const lede_qregion *r)
{
    const lede_token *o = tok(d, r->open);
    if (o->flags & (LEDE_TF_PARA_START | LEDE_TF_SENT_START))
        return true;
    uint32_t p = r->open - 1;
    if (tok(d, p)->flags & LEDE_TF_QCLOSE)
        return true;
    return punct_is(d, p, ".?!:,;-(");
}

static bool same_cue(const lede_qattr *a, const lede_cue *c) { return a->has_cue && a->cue.head == c->head; }

/* Finds or makes the attribution for cue c and speaker sp. */
static int32_t attribution(lede_qctx *q, const lede_cue *c, const lede_speaker *sp, float conf)
{
    if (c && c->tb == UINT32_MAX)
        c = NULL; /* a speaker without a cue word */
    for (size_t k = q->nattr; c && k > 0 && k + 4 > q->nattr; k--)
        if (same_cue(&q->attr[k - 1], c))
            return (int32_t)(k - 1);
    int32_t a = lede_qattr_new(q);
    if (a < 0)
        return -1;
    lede_qattr *at = &q->attr[a];
    if (c) {
        at->cue = *c;
        at->has_cue = 1;
    }
    if (sp)
        at->sp = *sp;
    lede_speaker_anonymity(q, &at->sp);
    at->conf = conf;
    return a;
}

/* Lead-in: "X said: "  "X told reporters, "  before the opening mark. */
static bool lead_in(lede_qctx *q, uint32_t open, lede_cue *cue, lede_speaker *sp)
{
    const lede_doc *d = q->d;
    if (open == 0)
        return false;
    uint32_t p = open - 1;
    uint32_t lo;
    if (tok(d, open)->flags & LEDE_TF_PARA_START) {
        /* a colon closing the previous paragraph */
        if (!punct_is(d, p, ":"))
            return false;
        lo = sent_begin(d, p);
    } else {
        if (!punct_is(d, p, ":,-"))
            return false;
        lo = sent_begin(d, p);
    }
    if (p < lo + 1)
        return false;
    uint32_t stop = p > LEDE_QUOTE_LEADIN_MAX ? p - LEDE_QUOTE_LEADIN_MAX : 0;
    if (stop < lo)
        stop = lo;
    for (uint32_t k = p; k-- > stop;) {
        if (tok(d, k)->flags & LEDE_TF_QUOTE)
            break;
        lede_cue c;
        if (!lede_cue_at(q, k, p, &c) || !(c.cls & (LEDE_CUE_SPEECH | LEDE_CUE_MIND)))
            continue;
        if (c.cls & LEDE_CUE_ACCORDING) {
            if (!lede_speaker_after(q, c.te, p, sp))
                continue;
            *cue = c;
            return true;
        }
        /* what lies between the cue and the mark: an addressee or adjunct */
        if (p - c.te > 10)
            return false;
        *cue = c;
        /* "she said, adding:"  "Clinton ... responded, saying:" */
        if (c.form == LEDE_CUE_ING && c.tb > lo && punct_is(d, c.tb - 1, ",-")) {
            lede_speaker_subject(q, lo, c.tb, sp);
            return true;
        }
        if (lede_speaker_before(q, lo, c.tb, sp) || lede_speaker_after(q, c.te, p, sp))
            return true;
        if (c.tb == lo || punct_is(d, c.tb - 1, ",-"))
            lede_speaker_subject(q, lo, c.tb, sp);
        return true;
    }
    /* "McConnell delivered a blunt message to Trump: ..." */
    if (punct_is(d, p, ":") && lede_speaker_subject(q, lo, p, sp)) {
        memset(cue, 0, sizeof *cue);
        cue->tb = cue->te = UINT32_MAX;
        return true;
    }
    return false;
}

/* The cue is followed only by adjuncts up to the end of its clause: "said."
 * "said on Tuesday."  "told reporters in Kabul," */
static bool cue_ends_clause(const lede_qctx *q, uint32_t k, uint32_t lim)
{
    const lede_doc *d = q->d;
    for (uint32_t n = 0; k < lim && n < 12; k++, n++) {
        const lede_token *t = tok(d, k);
        if (punct_is(d, k, ".?!,;:-") || (t->flags & LEDE_TF_QOPEN))
            return true;
        if (lede_qw_is(q, k, LEDE_QW_THAT) || lede_qw_pronoun(q, k))
            return false;
        /* a verb after the cue starts a reported clause: "said he would" */
        if (n > 0 && lede_qw_verbish(q, k))
            return false;
    }
    return k >= lim;
}

/* Trailer after the closing mark: "," he said.  /  ," said X, who ... */
static bool trailer(lede_qctx *q, uint32_t close, lede_cue *cue, lede_speaker *sp)
{
    const lede_doc *d = q->d;
    uint32_t pe = para_end_tok(d, para_of(d, close));
    uint32_t j = close + 1;
    while (j < pe && punct_is(d, j, ",-"))
        j++;
    if (j >= pe)
        return false;
    uint32_t lim = j + LEDE_QUOTE_TRAILER_MAX < pe ? j + LEDE_QUOTE_TRAILER_MAX : pe;
    lede_cue c;
    if (lede_cue_at(q, j, lim, &c) && (c.cls & LEDE_CUE_SPEECH)) {
        /* inverted: ," said Stuart Stevens */
        uint32_t k = c.te;
        if (lede_speaker_after(q, k, lim, sp)) {
            *cue = c;
            return true;
        }
        *cue = c;
        memset(sp, 0, sizeof *sp);
        return true;
    }
    if (lede_cue_at(q, j, lim, &c) && (c.cls & LEDE_CUE_ACCORDING)) {
        if (lede_speaker_after(q, c.te, lim, sp)) {
            *cue = c;
            return true;
        }
    }
    for (uint32_t k = j + 1; k < lim; k++) {
        const lede_token *t = tok(d, k);
        if (t->flags & LEDE_TF_QUOTE)
            return false;
        if (punct_is(d, k, ".?!;:"))
            return false;
        if (!lede_cue_at(q, k, lim, &c) || !(c.cls & LEDE_CUE_SPEECH))
            continue;
        if (!lede_speaker_before(q, j, c.tb, sp))
            return false;
        /* after a quote that ended its sentence, "Kasich said he would ..."
         * is a new statement; only "X said." (plus adjuncts) attributes */
        if ((tok(d, j)->flags & LEDE_TF_SENT_START) && !cue_ends_clause(q, c.te, lim))
            return false;
        /* the phrase must start the trailer: "the bespectacled, 71-year-old
         * diplomat said" may leave a determiner or adjectives before it */
        if (sp->tb > j + 6)
            return false;
        for (uint32_t m = j; m < sp->tb; m++)
            if (lede_qw_verbish(q, m) || (tok(d, m)->flags & LEDE_TF_QUOTE))
                return false;
        *cue = c;
        return true;
    }
    return false;
}

/* Looks for an attributing cue in another sentence (the speaker comes in
 * the next sentence, or was introduced in the previous one). */
static bool sentence_cue(lede_qctx *q, uint32_t s, lede_cue *cue, lede_speaker *sp)
{
    const lede_doc *d = q->d;
    const lede_sentence *se = &d->sents.v[s];
    for (uint32_t k = se->tok_begin; k < se->tok_end && k < se->tok_begin + LEDE_QUOTE_TRAILER_MAX; k++) {
        if (q->tok_region[k] >= 0)
            return false;
        lede_cue c;
        if (!lede_cue_at(q, k, se->tok_end, &c) || !(c.cls & LEDE_CUE_SPEECH))
            continue;
        if (lede_speaker_before(q, se->tok_begin, c.tb, sp) && (sp->pronoun || sp->named)) {
            *cue = c;
            return true;
        }
        return false;
    }
    return false;
}

/* A speech cue outside the quotes of the paragraph: the paragraph has an
 * attribution of its own, so it does not just continue the previous one. */
static bool para_has_cue(lede_qctx *q, uint32_t para)
{
    const lede_doc *d = q->d;
    const lede_paragraph *p = &d->paras.v[para];
    uint32_t b = d->sents.v[p->sent_begin].tok_begin, e = para_end_tok(d, para);
    for (uint32_t k = b; k < e; k++) {
        lede_cue c;
        if (q->tok_region[k] < 0 && lede_cue_at(q, k, e, &c) && (c.cls & LEDE_CUE_SPEECH))
            return true;
    }
    return false;
}

static bool looks_like_speech(const lede_doc *d, const lede_qregion *r)
{
    uint32_t w = region_words(d, r);
    if (!r->closed)
        return w >= 4;
    if (inner_punct(d, r))
        return w >= 2;
    /* "Sons of Trump" is a title; a long passage without final punctuation
     * may still be speech */
    return w >= 8;
}

static bool add_region(lede_qctx *q, uint32_t ri, int32_t a)
{
    lede_qregion *r = &q->reg[ri];
    r->attr = a;
    r->used = 1;
    return lede_qfrag_add(q, a, r->open, r->close + 1, LEDE_QK_DIRECT);
}

lede_status lede_qdirect_find(lede_qctx *q)
{
    const lede_doc *d = q->d;
    int32_t last_attr = -1;          /* the latest attributed quote ...  */
    uint32_t last_attr_para = UINT32_MAX; /* ... and its paragraph      */
    for (size_t ri = 0; ri < q->nreg; ri++) {
        lede_qregion *r = &q->reg[ri];
        if (r->used || r->single)
            continue;
        if (!sentence_level(d, r))
            continue; /* mixed: quote_indirect.c */
        /* the chain of regions of one quote running across paragraphs */
        size_t last = ri;
        while (last + 1 < q->nreg && q->reg[last].cont_next && q->reg[last + 1].cont_prev)
            last++;
        lede_cue cue;
        lede_speaker sp;
        int32_t a = -1;
        /* a lead-in ending in a colon is the strongest sign; otherwise a
         * trailer right after the quote beats a cue before a comma or dash
         * ("Moscow denies - "...?" asked Dunn"), and a colon without a cue
         * word ("For example: ...") is the last resort */
        lede_cue lcue, tcue;
        lede_speaker lsp, tsp;
        bool li = lead_in(q, r->open, &lcue, &lsp);
        bool strong_li = li && lcue.tb != UINT32_MAX && punct_is(d, r->open - 1, ":");
        bool tr = !strong_li && q->reg[last].closed && trailer(q, q->reg[last].close, &tcue, &tsp);
        if (li && (strong_li || !tr) && (lcue.tb != UINT32_MAX || !tr)) {
            a = attribution(q, &lcue, &lsp, lsp.te > lsp.tb ? 0.9f : 0.6f);
        } else if (tr) {
            a = attribution(q, &tcue, &tsp, tsp.te > tsp.tb ? 0.9f : 0.6f);
        }
        if (a < 0 && last_attr_para == r->para) {
            /* an attributed quote earlier in the same paragraph */
            a = last_attr;
        }
        if (a < 0) {
            /* ... or a little later in it: "A." "B," he said. */
            for (size_t k = last + 1; k < q->nreg && k <= last + 4 && q->reg[k].para == q->reg[last].para; k++) {
                lede_qregion *n = &q->reg[k];
                if (n->single || !sentence_level(d, n))
                    continue;
                if (n->closed && trailer(q, n->close, &cue, &sp)) {
                    a = attribution(q, &cue, &sp, 0.8f);
                    break;
                }
                if (lead_in(q, n->open, &cue, &sp))
                    break; /* a new speaker starts */
            }
        }
        if (a < 0 && (tok(d, r->open)->flags & LEDE_TF_PARA_START) && !para_has_cue(q, r->para)) {
            /* a paragraph that only continues the previous paragraph's quote */
            for (size_t k = ri; k-- > 0;) {
                lede_qregion *p = &q->reg[k];
                if (p->para + 1 < r->para) {
                    bool skipped_all = true;
                    for (uint32_t pp = p->para + 1; pp < r->para; pp++)
                        skipped_all &= lede_q_skip_para(d, pp);
                    if (!skipped_all)
                        break;
                }
                if (p->para == r->para)
                    continue;
                if (p->attr >= 0 && p->used) {
                    /* the previous paragraph must end with that quote's sentence */
                    uint32_t pe = para_end_tok(d, p->para);
                    if (pe - 1 - p->close <= LEDE_QUOTE_TRAILER_MAX / 2)
                        a = p->attr;
                }
                break;
            }
        }
        if (a < 0) {
            uint32_t s_last = tok(d, q->reg[last].close)->sent;
            uint32_t s_first = tok(d, r->open)->sent;
            const lede_paragraph *pp = &d->paras.v[q->reg[last].para];
            if (s_last + 1 < pp->sent_end && sentence_cue(q, s_last + 1, &cue, &sp))
                a = attribution(q, &cue, &sp, 0.6f);
            else if (s_first > d->paras.v[r->para].sent_begin && sentence_cue(q, s_first - 1, &cue, &sp))
                a = attribution(q, &cue, &sp, 0.5f);
        }
        bool speech = false;
        for (size_t k = ri; k <= last; k++)
            speech |= looks_like_speech(d, &q->reg[k]);
        if (a < 0) {
            if (!speech || region_words(d, r) < 5)
                continue;
            a = lede_qattr_new(q);
            if (a < 0)
                return LEDE_OK;
            q->attr[a].conf = 0.4f;
        } else if (!speech && !inner_punct(d, &q->reg[last]) && region_words(d, r) < 3) {
            continue;
        }
        for (size_t k = ri; k <= last; k++)
            if (!add_region(q, (uint32_t)k, a))
                return LEDE_OK;
        last_attr = a;
        last_attr_para = q->reg[last].para;
        ri = last;
    }
    return LEDE_OK;
}
