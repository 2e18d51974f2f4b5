/*
 * resolve.h - internals of the resolve stage (mentions -> entities), shared
 * by resolve.c (driver, entities, names, identifiers), ent_lexicon.c
 * (lexicon refinement and fallback mentions, acronym mentions),
 * coref_names.c (clustering) and salience.c.  All state lives in a
 * lede_rs on the stack of lede_entities_resolve and in the workspace arena;
 * the model is read-only.  Owner: entities engineer.
 */
#ifndef LEDE_RESOLVE_H
#define LEDE_RESOLVE_H

#include <math.h>

#include "lexicon.h"
#include "stages.h"

/* Countries a document mentions, for choosing among same-named
 * subdivisions and cities ("Punjab": India's or Pakistan's). */
#define LEDE_RS_MAX_COUNTRIES 64
/* Acronyms defined in one document ("... Security (NDS)"). */
#define LEDE_RS_MAX_ACRONYMS 256

#define LEDE_LEX_PLACES (LEDE_LEX_COUNTRY | LEDE_LEX_CITY | LEDE_LEX_REGION | LEDE_LEX_PLACE)

typedef struct lede_rs_acro {
    uint32_t tok;            /* the acronym token in its definition        */
    uint32_t long_tok;       /* first token of the long form's mention    */
    uint8_t type;
} lede_rs_acro;

typedef struct lede_rs {
    lede_workspace *ws;
    lede_doc *d;
    const lede_lexicon *lex;
    int32_t *cover;                 /* per token: a mention over it, or -1 */
    const lede_lex_entry **lexe;    /* per mention: the phrase's senses    */
    const lede_lex_entry **sense;   /* per mention: the sense that typed it */
    int32_t *parent;                /* per mention: union-find             */
    size_t n_alloc;                 /* mentions the arrays above hold      */
    uint32_t *grp_start, *grp_order; /* entity e's mentions: grp_order[grp_start[e] ..
                                      * grp_start[e + 1]) */
    char countries[LEDE_RS_MAX_COUNTRIES][3];
    size_t n_countries;
    lede_rs_acro *acros;            /* LEDE_RS_MAX_ACRONYMS, from the arena: in
                                       the struct they made every document
                                       clear 3 KB it rarely uses            */
    size_t n_acros;
    /* tokens (and their sentences) where lede_rs_fallback's pass 0 found a
     * lexicon phrase: the only ones pass 1 tries; NULL: scan all */
    uint32_t *fb_tok, *fb_sent;
    size_t fb_n;
    /* per token: the lexicon senses of the last name mention looked up from
     * it, which ends at lk_end (0: none yet); lede_rs_context's first pass
     * looks up what alloc_arrays needs again.  NULL: no cache */
    const lede_lex_entry **lk_e;
    uint32_t *lk_end;
} lede_rs;

/* resolve.c */
lede_status lede_rs_push(lede_rs *rs, size_t tb, size_t te, int type, int subtype, int kind, float conf);
bool lede_rs_country_known(const lede_rs *rs, const char *code);
void lede_rs_country_add(lede_rs *rs, const char *code);
/* Inline: the rules ask these of every sentence and every mention. */
static inline bool lede_rs_skipped_para(const lede_doc *d, size_t sent)
{
    uint32_t p = d->sents.v[sent].para;
    return p < d->paras.n && d->paras.v[p].kind == LEDE_PARA_BOILERPLATE;
}
/* A person's full name: two words or more, first and last capitalised
 * (not the tagger's "of U.S."). */
static inline bool lede_rs_full_person(const lede_doc *d, const lede_mention *m)
{
    const uint32_t cap = LEDE_TF_UPPER_INIT | LEDE_TF_ALL_UPPER;
    return m->type == LEDE_ET_PERSON && m->tok_end - m->tok_begin >= 2 && m->kind == LEDE_MK_NAME &&
           (d->toks.v[m->tok_begin].flags & cap) && (d->toks.v[m->tok_end - 1].flags & cap);
}
/* The folded text of tokens [tb, te) joined by spaces, hashed. */
uint64_t lede_rs_hash_tokens(const lede_doc *d, size_t tb, size_t te, uint64_t seed);

/* ent_lexicon.c */
const lede_lex_entry *lede_rs_lookup(const lede_rs *rs, const lede_mention *m);
/* The same through the per-token cache (a lookup depends on the mention's
 * tokens only). */
const lede_lex_entry *lede_rs_lookup_cached(lede_rs *rs, const lede_mention *m);
void lede_rs_context(lede_rs *rs);
lede_status lede_rs_fallback(lede_rs *rs, int pass);
lede_status lede_rs_acronyms(lede_rs *rs);
lede_status lede_rs_credits(lede_rs *rs);
void lede_rs_type_mentions(lede_rs *rs);
/* The place sense of a phrase that fits the document's countries. */
const lede_lex_entry *lede_rs_place_sense(const lede_rs *rs, const lede_lex_entry *e, uint32_t classes);

/* ent_forms.c: types a name by its form (a facility's, a newspaper's or a
 * vessel's head word, a model number) where the tagger leans the wrong
 * way; true when it changed the mention's type. */
bool lede_rs_type_by_form(const lede_rs *rs, lede_mention *m);
/* ent_forms.c: the length in tokens of a vessel's prefix ("HMS", "Space
 * Shuttle") that starts name m, 0 when none does. */
size_t lede_rs_vehicle_prefix(const lede_rs *rs, const lede_mention *m);
/* ent_forms.c: types a name the main lexicon lacks by WordNet's named
 * instances (lede_lexicon_names); true when it changed the type. */
bool lede_rs_type_by_name(const lede_rs *rs, lede_mention *m);

/* coref_names.c */
int32_t lede_rs_find(lede_rs *rs, int32_t i);
void lede_rs_union(lede_rs *rs, int32_t a, int32_t b);
lede_status lede_rs_cluster(lede_rs *rs);

/* salience.c: salience in [0, 1] for every entity, from frequency,
 * headline and lead presence, first position, and (when those stages have
 * run) roles as quote speaker or event participant.  Reentrant; may be
 * called again after the quotes and events stages. */
void lede_entities_salience(lede_workspace *ws);

/* salience.c */
/* log2f(1 + count): most entities are mentioned once or three times, and
 * log2f of a power of two is its exponent exactly (test_resolve checks
 * it of this libm), so those skip the call (salience.c). */
static inline float lede_rs_count_log2(uint32_t count)
{
    uint32_t x = count + 1;
    if (count < (1u << 24) && (x & (x - 1)) == 0) /* (float)x is exact below 2^24 */
        return (float)__builtin_ctz(x);
    return log2f(1.0f + (float)count);
}

/* roundf (halves away from zero) without the call: for |v| < 2^30, v
 * minus its truncation is exact; anything else goes to roundf. */
static inline float lede_rs_round_away(float v)
{
    if (!(v > -1073741824.0f && v < 1073741824.0f))
        return roundf(v);
    float t = (float)(int32_t)v, f = v - t;
    return f >= 0.5f ? t + 1.0f : f <= -0.5f ? t - 1.0f : copysignf(t, v); /* -0.3 -> -0, as roundf */
}

#endif
