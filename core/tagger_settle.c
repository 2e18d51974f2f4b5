/*
 * tagger_settle.c - which tokens pass 2 of the tagger decodes.  Pass 2
 * rereads pass 1's labels (here and for the same word elsewhere in the
 * document); where pass 1 said O and no capitalised word nearby has a
 * non-O pass-1 label anywhere in the document, pass 2 has nothing of pass
 * 1's to revise, so those tokens keep pass 1's O and are not decoded
 * again.
 * Words within LEDE_TG_SETTLE_REACH after an unsettled token, and
 * capitalised words that far before one, stay, so pass 2 can still move
 * a name's boundaries.
 * Pure function; reentrant.  Owner: the NER tagger.
 */
#include "tagger.h"

/* Pass 1 said O here and, for a capitalised word, nowhere else in the
 * document did it give this word a type (lede_tg_count_labels first).  A
 * lowercase word is settled by its own O: that "the" opens a name
 * elsewhere says nothing about this one (and once kept every "the" of
 * the document decoded again; GUM typed overlap, train-only, 0.6280 ->
 * 0.6315 without it, CoNLL unchanged). */
static bool settled(const lede_tg_docview *v, const uint8_t *y1, size_t i)
{
    if (y1[i])
        return false;
    const lede_tg_tok *k = &v->tok[i];
    if (k->cap < LEDE_TG_CAP_INIT)
        return true;
    const uint16_t *lab = v->forms[k->form].lab;
    return (lab[LEDE_TG_PER] | lab[LEDE_TG_ORG] | lab[LEDE_TG_LOC] | lab[LEDE_TG_MISC]) == 0;
}

/* Which settled neighbours of an open token are decoded again.  After
 * it, a word (letters or digits): pass 2 moves a name's end onto words
 * ("Bank of", "van der"); a comma, quote or bracket pass 1 left O keeps
 * its O (one pass 1 put inside a name is open itself, and decoded).
 * Before it, only a capitalised word: a lowercase word pass 1 left O in
 * front of a name ("the", "said", "in") stays out of it.  Measured on
 * the bench/profile.sh sample and tests/eval/run.py (data/ner.model.md,
 * Speed): punctuation after or before, lede_ner_run 300.0M -> 289.7M
 * instructions a path; lowercase words before too, 289.7M -> 273.7M. */
static bool word_like(const lede_tg_docview *v, size_t i)
{
    return (v->d->toks.v[i].flags & (LEDE_TF_ALPHA | LEDE_TF_DIGIT)) != 0;
}

void lede_tg_settle(const lede_tg_docview *v, const uint8_t *y1, const uint8_t *active, uint8_t *active2)
{
    size_t n = v->d->toks.n;
    /* distance (tokens) from the last unsettled active token, forwards:
     * after an open token, words */
    size_t dist = LEDE_TG_SETTLE_REACH + 1;
    for (size_t i = 0; i < n; i++) {
        if (active[i] && !settled(v, y1, i))
            dist = 0;
        else if (dist <= LEDE_TG_SETTLE_REACH)
            dist++;
        active2[i] = active[i] && (dist == 0 || (dist <= LEDE_TG_SETTLE_REACH && word_like(v, i)));
    }
    /* and backwards: before an open token, capitalised words only */
    dist = LEDE_TG_SETTLE_REACH + 1;
    for (size_t i = n; i-- > 0;) {
        if (active[i] && !settled(v, y1, i))
            dist = 0;
        else if (dist <= LEDE_TG_SETTLE_REACH)
            dist++;
        if (active[i] && dist <= LEDE_TG_SETTLE_REACH && (dist == 0 || v->tok[i].cap >= LEDE_TG_CAP_INIT))
            active2[i] = 1;
    }
}
