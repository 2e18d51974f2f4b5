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
#include <string.h>

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
 * it, a word that may continue a name: a capitalised one, one with
 * digits, a possessive or a name particle ("Bank of", "van der", "Lloyd
 * 's"); a comma, quote or bracket, or a lowercase word like "said", that
 * pass 1 left O keeps its O (punctuation pass 1 put inside a name is open
 * itself, and decoded).  Before it, only a capitalised word: a lowercase
 * word pass 1 left O in front of a name ("the", "in") stays out of it.
 * Measured on the bench/profile.sh sample and tests/eval/run.py
 * (data/ner.model.md, Speed): punctuation before and after, lede_ner_run
 * 300.0M -> 289.7M instructions a path; lowercase words before,
 * 289.7M -> 273.7M; lowercase words after, but particles, 273.7M ->
 * 258.7M. */
static bool continues(const lede_tg_docview *v, size_t i)
{
    const lede_token *t = &v->d->toks.v[i];
    if (v->tok[i].cap >= LEDE_TG_CAP_INIT || (t->flags & (LEDE_TF_DIGIT | LEDE_TF_POSSESSIVE)))
        return true;
    if (!(t->flags & LEDE_TF_ALPHA))
        return false;
    const char *w = lede_tok_norm(v->d, t);
    size_t n = t->norm_len;
    /* and the lowercase words inside longer names ("Bank for International
     * Settlements", "Ministry of the Interior", "Procter and Gamble"):
     * without them GUM typed overlap, train-only, 0.6270 -> 0.6259 */
    return lede_tg_particle(w, n) || (n == 3 && (memcmp(w, "and", 3) == 0 || memcmp(w, "for", 3) == 0 ||
                                                 memcmp(w, "the", 3) == 0));
}

void lede_tg_settle(const lede_tg_docview *v, const uint8_t *y1, const uint8_t *active, uint8_t *active2)
{
    size_t n = v->d->toks.n;
    /* distance (tokens) from the last unsettled active token, forwards:
     * after an open token, words that may continue a name.  Before it,
     * capitalised words only: an open token reaches back to them when
     * it is found (they are kept if any open token lies that near after
     * them, the nearest one or another), so no backward pass */
    size_t dist = LEDE_TG_SETTLE_REACH + 1;
    for (size_t i = 0; i < n; i++) {
        bool open = active[i] && !settled(v, y1, i);
        if (open) {
            dist = 0;
            for (size_t k = 1; k <= LEDE_TG_SETTLE_REACH && k <= i; k++)
                if (active[i - k] && v->tok[i - k].cap >= LEDE_TG_CAP_INIT)
                    active2[i - k] = 1;
        } else if (dist <= LEDE_TG_SETTLE_REACH) {
            dist++;
        }
        active2[i] = (uint8_t)(active[i] && (dist == 0 || (dist <= LEDE_TG_SETTLE_REACH && continues(v, i))));
    }
}
