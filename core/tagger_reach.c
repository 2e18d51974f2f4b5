/*
 * tagger_reach.c - which tokens the tagger need not decode: words with no
 * capital letter, more than LEDE_TG_NAME_REACH words from any word with
 * one.  Names are capitalised, and the lowercase words inside them sit
 * next to a capital ("Bank of England", "Ministry of the Interior", "Lloyd
 * 's": punctuation does not count as a word), so the labels of the others
 * stay O and the runs between them are decoded alone.  In news that is
 * about 40% of the tokens and a third of the tagger's instructions, for no
 * measurable change in F1 (data/ner.model.md).  A sentence with no capital
 * at all (lowercase text) is decoded whole.  A sentence-initial capital on
 * a word that is nearly always lowercase in news ("The", "But": word-class
 * statistics, tagger view) does not count: it kept the next word decoded
 * in most sentences (CoNLL testa and GUM unchanged within 0.0001).
 * Pure function of the document; reentrant.  Owner: the NER tagger.
 */
#include "tagger.h"

/* No capital letter (ASCII only: other scripts are left to the model);
 * the prepared view has it per distinct text. */
static bool plain_lower(const lede_doc *d, const lede_tg_docview *v, uint32_t i)
{
    if (v)
        return v->tok[i].plain;
    const lede_token *t = &d->toks.v[i];
    return lede_tg_plain_lower(d->text + t->start, t->end - t->start);
}

/* Capitalised by position only: an initial capital where the sentence
 * (or a quote) starts, on a word capitalised inside sentences in under 5%
 * of its uses in unlabeled news (capitalisation bucket 1, tools/train/
 * brown.c).  "The", "But", "In" open most sentences and, counted as
 * capitals, kept the word after them decoded too. */
static bool by_position(const lede_tg_docview *v, uint32_t i)
{
    const lede_tg_tok *k = &v->tok[i];
    return k->ctx == LEDE_TG_CTX_INIT && k->cap == LEDE_TG_CAP_INIT && k->capb == 1;
}

static uint32_t is_word(const lede_doc *d, uint32_t i)
{
    return (d->toks.v[i].flags & (LEDE_TF_ALPHA | LEDE_TF_DIGIT)) != 0;
}

/* Forward, bit 2 marks the tokens far from the capital before them and bit
 * 4 the tokens with no capital; back, the marked tokens also far from the
 * capital after them are cleared. */
void lede_tg_far_from_names(const lede_doc *d, const lede_tg_docview *v, const lede_sentence *se,
                            uint8_t *active)
{
    uint32_t b = se->tok_begin, e = se->tok_end;
    bool capitals = false;
    uint32_t dist = LEDE_TG_NAME_REACH + 1; /* words since the last capital */
    for (uint32_t i = b; i < e; i++) {
        if (!plain_lower(d, v, i)) {
            /* the sentence has case information either way */
            capitals = true;
            if (!v || !by_position(v, i)) {
                dist = 0;
                continue;
            }
        }
        active[i] |= 4;
        dist += is_word(d, i);
        if (dist > LEDE_TG_NAME_REACH && (active[i] & 1))
            active[i] |= 2;
    }
    dist = LEDE_TG_NAME_REACH + 1;
    for (uint32_t i = e; i-- > b;) {
        if (!(active[i] & 4)) {
            dist = 0;
            continue;
        }
        dist += is_word(d, i);
        active[i] = (active[i] & 2) && capitals && dist > LEDE_TG_NAME_REACH ? 0 : active[i] & 1;
    }
}
