/*
 * quote_indirect.c - reported speech without (or with only some) quotation
 * marks: a cue verb and its reported clause.
 *
 *   officials have repeatedly said that the group had not fulfilled ...
 *   The economy is improving, he said.
 *   According to the ministry, the conference had representatives ...
 *   Ghazikhail said the meeting ... was a “good step and ...”   (mixed)
 *   She urged voters to stay home.                           (to-clause)
 *
 * The clause runs from the cue (past an addressee, a time or a "in a
 * statement" adjunct) to the end of the sentence; after a trailer it is
 * the sentence up to the comma before the speaker.  A clause that holds a
 * quoted region is a mixed quote (or a direct one when the region is all of
 * it) and absorbs the region.  Owned by the quotes stage; reentrant; each
 * cue looks at its own sentence only.
 */
#include <math.h>
#include <string.h>

#include "quote_learn.h"

/* Tokens between deadline checks (a power of two). */
enum { LEDE_QUOTE_DEADLINE_TOKENS = 4096 };

static const lede_token *tok(const lede_doc *d, uint32_t i) { return &d->toks.v[i]; }

static bool punct_is(const lede_doc *d, uint32_t i, const char *set)
{
    const lede_token *t = tok(d, i);
    if (t->end - t->start == 1 && !(t->flags & LEDE_TF_ALPHA))
        return strchr(set, d->text[t->start]) != NULL;
    return (t->flags & LEDE_TF_DASH) && strchr(set, '-') != NULL;
}

/* him, reporters, the: an addressee after "told", "urged" */
static bool is_object_pronoun(const lede_qctx *q, uint32_t i) { return lede_qw_class(q, i, LEDE_QC_OBJECT); }

/* Skips an adjunct after the cue: "on Tuesday", "in a statement", "last
 * week", "Monday"; returns the first token after it. */
static uint32_t skip_adjuncts(const lede_qctx *q, uint32_t j, uint32_t end)
{
    const lede_doc *d = q->d;
    for (int guard = 0; guard < 4 && j < end; guard++) {
        if (lede_qw_time(q, j)) {
            j++;
            continue;
        }
        bool prep = lede_qw_class(q, j, LEDE_QC_ADJUNCT); /* on, in, last, via ... */
        if (!prep)
            break;
        /* the adjunct must end in "that" or a comma within a few words */
        uint32_t k = j + 1;
        while (k < end && k < j + 8 && !lede_qw_is(q, k, LEDE_QW_THAT) && !punct_is(d, k, ",:") &&
               !(tok(d, k)->flags & LEDE_TF_QUOTE) && !lede_qw_pronoun(q, k))
            k++;
        if (k >= end || k >= j + 8)
            break;
        if (lede_qw_time(q, k - 1) || lede_qw_is(q, k, LEDE_QW_THAT) || punct_is(d, k, ",:")) {
            j = k;
            if (punct_is(d, j, ",") && j + 1 < end && !lede_qw_is(q, j + 1, LEDE_QW_THAT))
                j++;
            continue;
        }
        break;
    }
    return j;
}

/* End of the reported clause starting at from: the first comma, dash,
 * semicolon or bracket outside quotation marks (reported clauses in news
 * usually stop there: ", pointing to ...", ", while ..."), else the end of
 * the sentence without its final period. */
static uint32_t clause_end(const lede_qctx *q, uint32_t cue, uint32_t from, uint32_t se)
{
    const lede_doc *d = q->d;
    uint32_t e = se;
    if (e > from + 1 && punct_is(d, e - 1, ".!?;:,"))
        e--;
    uint32_t lim = e - from > LEDE_QUOTE_CLAUSE_MAX ? from + LEDE_QUOTE_CLAUSE_MAX : e;
    for (uint32_t k = from + 1; k < lim; k++) {
        if (!lede_qcut_candidate(q, k))
            continue;
        /* the learned clause-end model decides; without it, the first
         * punctuation stop */
        if (lede_qcut_weights.n ? lede_qcut_score(q, cue, from, k, se) > 0 : punct_is(d, k, ",;(-"))
            return k;
    }
    return lim;
}

/* Emits the clause [cb, ce) for the cue; classifies it by its quotes.  With
 * attr non-NULL and *attr >= 0 the clause is another fragment of *attr. */
bool lede_emit_clause(lede_qctx *q, const lede_cue *c, const lede_speaker *sp, uint32_t cb, uint32_t ce,
                      float conf, int32_t *attr)
{
    const lede_doc *d = q->d;
    while (ce > cb && punct_is(d, ce - 1, ",-"))
        ce--;
    while (cb < ce && punct_is(d, cb, ",:-"))
        cb++;
    if (ce <= cb + 1 && !(ce == cb + 1 && (tok(d, cb)->flags & LEDE_TF_ALPHA)))
        return false;
    uint8_t kind = LEDE_QK_INDIRECT;
    int32_t only = -1;
    int nreg = 0;
    for (uint32_t k = cb; k < ce; k++) {
        if (q->tok_used[k] & 1)
            return false; /* already part of an emitted quote */
        int32_t r = q->tok_region[k];
        if (r >= 0) {
            if (only != r)
                nreg++;
            only = r;
        }
    }
    if (nreg) {
        const lede_qregion *r = &q->reg[only];
        kind = nreg == 1 && r->open == cb && r->close + 1 >= ce ? LEDE_QK_DIRECT : LEDE_QK_MIXED;
        if (kind == LEDE_QK_DIRECT)
            ce = r->close + 1;
        /* a clause that ends inside a quote takes the rest of the quote */
        if (q->tok_region[ce - 1] >= 0 && q->reg[q->tok_region[ce - 1]].close + 1 > ce)
            ce = q->reg[q->tok_region[ce - 1]].close + 1;
    }
    int32_t a = attr && *attr >= 0 ? *attr : lede_qattr_new(q);
    if (a < 0)
        return false;
    lede_qattr *at = &q->attr[a];
    if (!attr || *attr < 0) {
        at->cue = *c;
        at->has_cue = 1;
        if (sp)
            at->sp = *sp;
        lede_speaker_anonymity(q, &at->sp);
        at->conf = conf;
        if (attr)
            *attr = a;
    }
    for (uint32_t k = cb; k < ce; k++)
        if (q->tok_region[k] >= 0) {
            q->reg[q->tok_region[k]].used = 1;
            q->reg[q->tok_region[k]].attr = a;
        }
    return lede_qfrag_add(q, a, cb, ce, kind);
}

static void according_to(lede_qctx *q, const lede_cue *c, uint32_t sb, uint32_t se)
{
    const lede_doc *d = q->d;
    lede_speaker sp;
    if (!lede_speaker_after(q, c->te, se, &sp))
        return;
    bool at_start = c->tb == sb || (c->tb > sb && punct_is(d, c->tb - 1, ",") && c->tb - sb <= 4);
    if (at_start) {
        uint32_t j = sp.np_te;
        /* the source phrase may run on: "according to a report by X" */
        while (j < se && !punct_is(d, j, ",") && j < sp.np_te + 8)
            j++;
        if (j >= se || !punct_is(d, j, ","))
            return;
        lede_emit_clause(q, c, &sp, j + 1, clause_end(q, c->head, j + 1, se), 0.8f, NULL);
    } else {
        uint32_t cb = c->tb > sb + LEDE_QUOTE_CLAUSE_MAX ? c->tb - LEDE_QUOTE_CLAUSE_MAX : sb;
        lede_emit_clause(q, c, &sp, cb, c->tb, 0.75f, NULL);
    }
}

/* "..., said Dan Gerstein, director of ..."  /  "X, officials said, has ..." */
static bool inverted_or_parenthetical(lede_qctx *q, const lede_cue *c, uint32_t sb, uint32_t se)
{
    const lede_doc *d = q->d;
    lede_speaker sp;
    uint32_t head_start;
    if (c->tb > sb + 2 && punct_is(d, c->tb - 1, ",") && lede_speaker_after(q, c->te, se, &sp) &&
        (sp.named || sp.pronoun || sp.nominal)) {
        head_start = c->tb; /* inverted: ", said X" */
    } else if (lede_speaker_before(q, sb, c->tb, &sp) && sp.tb > sb + 2 && punct_is(d, sp.tb - 1, ",")) {
        head_start = sp.tb; /* ", X said" */
    } else {
        return false;
    }
    /* what follows the attribution: the end of the sentence, or a comma
     * and the rest of an interrupted clause */
    uint32_t j = c->te > sp.np_te ? c->te : sp.np_te;
    while (j < se && lede_qw_time(q, j))
        j++;
    if (j < se && !punct_is(d, j, ".!?,"))
        return false;
    int32_t a = -1;
    uint32_t fb = head_start > sb + LEDE_QUOTE_CLAUSE_MAX ? head_start - LEDE_QUOTE_CLAUSE_MAX : sb;
    lede_emit_clause(q, c, &sp, fb, head_start - 1, 0.75f, &a);
    if (j < se && punct_is(d, j, ",") && j + 2 < se && a >= 0)
        lede_emit_clause(q, c, &sp, j + 1, clause_end(q, c->head, j + 1, se), 0.7f, &a);
    return true;
}

/* Where the clause a cue reports starts: past adjuncts ("on Tuesday") and
 * an addressee ("told reporters"), a word, "that", "to" or a colon; with
 * the confidence that start gives.  False when the rules see no clause. */
static bool clause_start(const lede_qctx *q, const lede_cue *c, uint32_t se, bool learned, uint32_t *start,
                         float *conf_out)
{
    const lede_doc *d = q->d;
    uint32_t j = skip_adjuncts(q, c->te, se);
    if ((c->cls & LEDE_CUE_ADDRESSEE) && j < se && !lede_qw_is(q, j, LEDE_QW_THAT) &&
        (is_object_pronoun(q, j) || (tok(d, j)->flags & LEDE_TF_UPPER_INIT))) {
        lede_speaker obj;
        if (lede_speaker_after(q, j, se, &obj))
            j = obj.np_te;
        else
            j++;
        j = skip_adjuncts(q, j, se);
    }
    if (j >= se)
        return false;
    float conf = 0.7f;
    if (lede_qw_is(q, j, LEDE_QW_THAT) || punct_is(d, j, ":")) {
        conf = 0.8f;
    } else if (lede_qw_is(q, j, LEDE_QW_TO)) {
        if (!(c->cls & LEDE_CUE_TO) && !learned)
            return false;
    } else if (lede_qw_class(q, j, LEDE_QC_WH)) { /* if, whether, how, why, what */
        conf = 0.6f;
    } else {
        const lede_token *t = tok(d, j);
        if (!(t->flags & (LEDE_TF_ALPHA | LEDE_TF_DIGIT | LEDE_TF_QUOTE)))
            return false;
        if (!learned) {
            if ((c->cls & LEDE_CUE_WEAK) || !(c->cls & LEDE_CUE_CLAUSE))
                return false;
            /* a bare clause: starts like a subject */
            if (lede_qw_function(q, j) && !lede_qw_is(q, j, LEDE_QW_THERE))
                return false;
        }
        conf = 0.6f;
    }
    *start = j;
    *conf_out = conf;
    return true;
}

bool lede_qlearned_clause(const lede_qctx *q, uint32_t k, uint32_t se)
{
    lede_cue u = {k, k + 1, k, 0, LEDE_CUE_BASE};
    uint32_t start;
    float conf;
    return clause_start(q, &u, se, true, &start, &conf);
}

/* A cue verb (from the lexicon, or a word the classifier picked: learned)
 * and the clause it reports. */
static void verb_cue(lede_qctx *q, const lede_cue *c, uint32_t sb, uint32_t se, bool learned)
{
    const lede_doc *d = q->d;
    if ((c->cls & LEDE_CUE_SPEECH) && inverted_or_parenthetical(q, c, sb, se))
        return;
    lede_speaker sp;
    bool has_sp = lede_speaker_before(q, sb, c->tb, &sp);
    if (!has_sp && c->tb > sb &&
        (c->form == LEDE_CUE_ING || punct_is(d, c->tb - 1, ",") || lede_qw_is(q, c->tb - 1, LEDE_QW_AND) ||
         lede_qw_is(q, c->tb - 1, LEDE_QW_BUT)))
        has_sp = lede_speaker_subject(q, sb, c->tb, &sp); /* "..., adding that"  "... and said" */
    if (!has_sp && !learned)
        return; /* passives and fragments: too unreliable without the classifier */
    uint32_t j;
    float conf;
    if (!clause_start(q, c, se, learned, &j, &conf))
        return;
    lede_emit_clause(q, c, has_sp ? &sp : NULL, j, clause_end(q, c->head, j, se), conf, NULL);
}

/* "Source: what they said" - a headline or a transcript line. */
static void colon_cue(lede_qctx *q, uint32_t k, uint32_t sb, uint32_t se)
{
    const lede_doc *d = q->d;
    lede_speaker sp;
    bool has_sp = k > sb && lede_speaker_before(q, sb, k, &sp);
    if (k + 1 >= se)
        return;
    lede_cue c = {k, k + 1, k, 0, LEDE_CUE_BASE};
    uint32_t e = se;
    if (e > k + 2 && punct_is(d, e - 1, ".!?"))
        e--;
    if (e > k + 1 + LEDE_QUOTE_CLAUSE_MAX)
        e = k + 1 + LEDE_QUOTE_CLAUSE_MAX;
    lede_emit_clause(q, &c, has_sp ? &sp : NULL, k + 1, e, 0.5f, NULL);
}

lede_status lede_qindirect_find(lede_qctx *q)
{
    const lede_doc *d = q->d;
    bool model = lede_qcue_weights.n > 0;
    for (uint32_t s = 0; s < d->sents.n; s++) {
        const lede_sentence *se = &d->sents.v[s];
        if (lede_q_skip_para(d, se->para))
            continue;
        for (uint32_t k = se->tok_begin; k < se->tok_end; k++) {
            /* also within a sentence: one without punctuation may be a
             * whole 4 MB body, seconds of cue scoring */
            if ((k & (LEDE_QUOTE_DEADLINE_TOKENS - 1)) == 0) {
                lede_status st = lede_check_deadline(q->ws);
                if (st != LEDE_OK)
                    return st;
            }
            /* the next word worth the full model, up to the next deadline
             * check: candidates, the quick clause test and the prefilter */
            uint32_t stop = (k | (LEDE_QUOTE_DEADLINE_TOKENS - 1)) + 1;
            uint32_t end = se->tok_end < stop ? se->tok_end : stop;
            k = lede_qcue_next(q, k, end, se->tok_begin, se->tok_end);
            if (k >= end) {
                k = end - 1;
                continue;
            }
            lede_cue c;
            bool known = lede_cue_at(q, k, se->tok_end, &c);
            bool learned = false;
            float score = 0;
            if (model && !known && (tok(d, k)->flags & LEDE_TF_ALPHA)) {
                /* a word outside the lexicon can only ever be a learned cue
                 * (verb_cue below); with no clause after it the rules emit
                 * nothing whatever it scores, so it is not scored */
                lede_cue u = {k, k + 1, k, 0, LEDE_CUE_BASE};
                uint32_t start;
                float conf;
                if (!clause_start(q, &u, se->tok_end, true, &start, &conf))
                    continue;
            }
            if (model) {
                /* a reporting verb of the lexicon needs less evidence than an
                 * arbitrary word (lede_qcue_need) */
                score = lede_qcue_score(q, k, se->tok_begin, se->tok_end);
                if (score <= lede_qcue_need(q, k, se->tok_end))
                    continue;
                learned = score > lede_qcue_threshold;
                if (!known)
                    c = (lede_cue){k, k + 1, k, 0, LEDE_CUE_BASE};
            } else if (!known) {
                continue;
            }
            size_t before = q->nattr;
            if (punct_is(d, k, ":"))
                colon_cue(q, k, se->tok_begin, se->tok_end);
            else if (c.cls & LEDE_CUE_ACCORDING)
                according_to(q, &c, se->tok_begin, se->tok_end);
            else if (learned || (c.cls & (LEDE_CUE_CLAUSE | LEDE_CUE_MIND | LEDE_CUE_TO)))
                verb_cue(q, &c, se->tok_begin, se->tok_end, learned);
            /* the classifier's margin tempers the rule's confidence */
            for (size_t a = before; learned && a < q->nattr; a++)
                q->attr[a].conf = 0.5f * q->attr[a].conf + 0.5f / (1.0f + expf(-score / 2.0f));
            k = c.te - 1;
        }
        if ((s & 63) == 0) {
            lede_status st = lede_check_deadline(q->ws);
            if (st != LEDE_OK)
                return st;
        }
    }
    return LEDE_OK;
}
