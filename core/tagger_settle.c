/*
 * tagger_settle.c - which tokens pass 2 of the tagger decodes.  Pass 2
 * rereads pass 1's labels (here and for the same word elsewhere in the
 * document); where pass 1 said O and no capitalised word nearby has a
 * non-O pass-1 label anywhere in the document, pass 2 has nothing of pass
 * 1's to revise, so those tokens keep pass 1's O and are not decoded
 * again.
 * Words within LEDE_TG_SETTLE_REACH of an unsettled token stay, so pass 2
 * can still move a name's boundaries; punctuation there does not.
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

/* A settled neighbour of an open token is decoded again only if it is a
 * word (letters or digits): pass 2 moves a name's boundary onto words
 * ("Bank of", "van der"); a comma, quote or bracket pass 1 left O beside
 * a name keeps its O (one pass 1 put inside a name is open itself, and
 * decoded).  Leaving them settled cut the pass-2
 * tokens (lede_ner_run 300.0M -> 289.7M instructions a path, profile
 * sample) and moved tests/eval/run.py: CoNLL testa train-only 0.9231 ->
 * 0.9222, shipped 0.9790 -> 0.9782, train 0.9724 -> 0.9732; GUM typed
 * overlap train-only 0.6315 -> 0.6307, shipped 0.8064 -> 0.8092. */
static bool word_like(const lede_tg_docview *v, size_t i)
{
    return (v->d->toks.v[i].flags & (LEDE_TF_ALPHA | LEDE_TF_DIGIT)) != 0;
}

void lede_tg_settle(const lede_tg_docview *v, const uint8_t *y1, const uint8_t *active, uint8_t *active2)
{
    size_t n = v->d->toks.n;
    /* distance (tokens) from the last unsettled active token, forwards */
    size_t dist = LEDE_TG_SETTLE_REACH + 1;
    for (size_t i = 0; i < n; i++) {
        if (active[i] && !settled(v, y1, i))
            dist = 0;
        else if (dist <= LEDE_TG_SETTLE_REACH)
            dist++;
        active2[i] = active[i] && (dist == 0 || (dist <= LEDE_TG_SETTLE_REACH && word_like(v, i)));
    }
    /* and backwards */
    dist = LEDE_TG_SETTLE_REACH + 1;
    for (size_t i = n; i-- > 0;) {
        if (active[i] && !settled(v, y1, i))
            dist = 0;
        else if (dist <= LEDE_TG_SETTLE_REACH)
            dist++;
        if (active[i] && dist <= LEDE_TG_SETTLE_REACH && (dist == 0 || word_like(v, i)))
            active2[i] = 1;
    }
}
