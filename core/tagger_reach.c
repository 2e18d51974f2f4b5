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

/* Capitalised by position only: an initial capital where the sentence
 * (or a quote) starts, on a word capitalised inside sentences in under 5%
 * of its uses in unlabeled news (capitalisation bucket 1, tools/train/
 * brown.c).  "The", "But", "In" open most sentences and, counted as
 * capitals, kept the word after them decoded too. */
static inline bool by_position(const lede_tg_tok *k)
{
    return k->ctx == LEDE_TG_CTX_INIT && k->cap == LEDE_TG_CAP_INIT && k->capb == 1;
}

/* Forward, bit 2 marks the tokens far from the capital before them, bit
 * 4 the tokens with no capital and bit 8 the words among them; back, the
 * marked tokens also far from the capital after them are cleared.  With
 * init, active[i] starts as "no earlier stage's mention covers token i"
 * (lede_ner_run's), set in the same pass; else as the caller's.  Inlined
 * into each public function, once with a view and once without, so no
 * loop tests v or init. */
static inline __attribute__((always_inline)) void far(const lede_doc *d, const lede_tg_docview *v,
                                                      const lede_sentence *se, uint8_t *active, bool init)
{
    uint32_t b = se->tok_begin, e = se->tok_end;
    bool capitals = false;
    uint32_t dist = LEDE_TG_NAME_REACH + 1; /* words since the last capital */
    /* in locals: active's byte stores could alias the view's fields.  A
     * word has a capital unless lede_tg_plain_lower says so (ASCII only:
     * other scripts are left to the model), which the view has per
     * distinct text (plain) */
    const lede_token *toks = d->toks.v;
    const lede_tg_tok *tv = v ? v->tok : NULL;
    for (uint32_t i = b; i < e; i++) {
        const lede_token *t = &toks[i];
        unsigned a = init ? t->mention < 0 : active[i];
        if (v ? !tv[i].plain : !lede_tg_plain_lower(d->text + t->start, t->end - t->start)) {
            /* the sentence has case information either way */
            capitals = true;
            if (!v || !by_position(&tv[i])) {
                if (init)
                    active[i] = (uint8_t)a;
                dist = 0;
                continue;
            }
        }
        uint32_t w = (t->flags & (LEDE_TF_ALPHA | LEDE_TF_DIGIT)) != 0;
        dist += w;
        active[i] = (uint8_t)(a | 4 | w << 3 | (dist > LEDE_TG_NAME_REACH && (a & 1) ? 2 : 0));
    }
    dist = LEDE_TG_NAME_REACH + 1;
    for (uint32_t i = e; i-- > b;) {
        unsigned a = active[i];
        if (!(a & 4)) {
            dist = 0;
            continue;
        }
        dist += (a >> 3) & 1;
        active[i] = (a & 2) && capitals && dist > LEDE_TG_NAME_REACH ? 0 : (uint8_t)(a & 1);
    }
}

void lede_tg_far_from_names(const lede_doc *d, const lede_tg_docview *v, const lede_sentence *se,
                            uint8_t *active)
{
    if (v)
        far(d, v, se, active, false);
    else
        far(d, NULL, se, active, false);
}

void lede_tg_reach_names(const lede_doc *d, const lede_tg_docview *v, const lede_sentence *se, uint8_t *active)
{
    if (v)
        far(d, v, se, active, true);
    else /* not lede_ner_run's: it has a view */
        far(d, NULL, se, active, true);
}
