/*
 * ent_forms.c - types a name from its own form where the tagger's training
 * (CoNLL-2003) leaves it unsure or leans the wrong way: the head word of a
 * facility ("Kennedy Space Center", "Museum of Flight": a place), of a
 * newspaper ("Toronto Star": an organisation), the prefix of a ship or
 * spacecraft ("HMS Belfast", "Space Shuttle Atlantis": a product), and a
 * model number ("IE6", "A310": a product).  The head words and prefixes
 * are the data directory's facility_words.tsv, press_words.tsv and
 * vehicle_words.tsv, loaded into the lexicon as classes the tagger never
 * sees (LEDE_TG_LEX_CLASSES), so the shipped model needs no retrain.
 * Also by WordNet's named instances (lede_lexicon_names): deities, software,
 * works and laws the tagger's news training rarely saw ("Hera", "Internet
 * Explorer").
 * Reentrant; reads the document and the read-only lexicon.  Owner: entities
 * engineer.
 */
#include <string.h>

#include "resolve.h"

static uint32_t word_classes(const lede_rs *rs, size_t tok)
{
    const lede_token *t = &rs->d->toks.v[tok];
    if (!(t->flags & LEDE_TF_UPPER_INIT))
        return 0;
    const lede_lex_entry *w = lede_lexicon_get(rs->lex, lede_tok_norm(rs->d, t), t->norm_len);
    return w ? w->all_classes : 0;
}

static bool token_is(const lede_doc *d, size_t tok, const char *s)
{
    const lede_token *t = &d->toks.v[tok];
    size_t n = strlen(s);
    return t->norm_len == n && memcmp(lede_tok_norm(d, t), s, n) == 0;
}

/* "Museum of Flight": a facility's head word first, before "of" (the head
 * word last, "Kennedy Space Center", is read from the last word's classes). */
static bool facility_of(const lede_rs *rs, const lede_mention *m)
{
    return m->tok_end - m->tok_begin >= 3 && token_is(rs->d, m->tok_begin + 1, "of") &&
           (word_classes(rs, m->tok_begin) & LEDE_LEX_FACILITY);
}

/* "HMS Belfast", "Space Shuttle Atlantis": a vessel prefix (a short
 * capitals abbreviation, or "Space Shuttle"), then the vessel's own name;
 * the prefix's length in tokens, 0 for any other name. */
size_t lede_rs_vehicle_prefix(const lede_rs *rs, const lede_mention *m)
{
    if (!rs->lex || m->kind != LEDE_MK_NAME || m->tok_end - m->tok_begin < 2)
        return 0;
    const lede_token *t = &rs->d->toks.v[m->tok_begin];
    if (!(t->flags & LEDE_TF_ALL_UPPER) && !token_is(rs->d, m->tok_begin, "space"))
        return 0;
    const lede_lex_entry *e = NULL;
    size_t n = lede_lexicon_longest(rs->lex, rs->d, m->tok_begin, m->tok_end, &e);
    bool ok = n && m->tok_begin + n < m->tok_end && e && (e->all_classes & LEDE_LEX_VEHICLE) &&
              (rs->d->toks.v[m->tok_begin + n].flags & LEDE_TF_UPPER_INIT);
    return ok ? n : 0;
}

/* "IE6", "A310", "MiG29": one token, letters first, then digits, the
 * letters capitalised and never a run of three lowercase ones (not
 * "Brentford3", a typo, nor "3M", a company).  The tagger's places ("M3",
 * a motorway) keep their type. */
static bool model_number(const lede_rs *rs, const lede_mention *m)
{
    if (m->tok_end - m->tok_begin != 1 || m->type == LEDE_ET_LOC)
        return false;
    const lede_token *t = &rs->d->toks.v[m->tok_begin];
    if (!(t->flags & LEDE_TF_DIGIT))
        return false; /* no digit at all (most names): segmentation's flag says so without the loop */
    const char *s = rs->d->text + t->start;
    size_t n = t->end - t->start, i = 0, lower_run = 0;
    if (!n || !(s[0] >= 'A' && s[0] <= 'Z'))
        return false;
    for (; i < n && ((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z')); i++) {
        lower_run = s[i] >= 'a' ? lower_run + 1 : 0;
        if (lower_run >= 3)
            return false;
    }
    if (i == n)
        return false;
    for (; i < n; i++)
        if (!(s[i] >= '0' && s[i] <= '9'))
            return false;
    return true;
}

bool lede_rs_type_by_form(const lede_rs *rs, lede_mention *m)
{
    if (m->kind != LEDE_MK_NAME || m->type == LEDE_ET_PRODUCT)
        return false;
    int to = -1, subtype = LEDE_LOC_NONE;
    if (m->tok_end - m->tok_begin == 1) {
        if (model_number(rs, m))
            to = LEDE_ET_PRODUCT;
    } else {
        /* facility: "Kennedy Space Center"; newspaper: "Toronto Star" */
        uint32_t last = word_classes(rs, m->tok_end - 1);
        bool place_reading = m->type == LEDE_ET_ORG || m->type == LEDE_ET_MISC || m->type == LEDE_ET_PERSON;
        if (place_reading && ((last & LEDE_LEX_FACILITY) || facility_of(rs, m)))
            to = LEDE_ET_LOC, subtype = LEDE_LOC_OTHER;
        else if ((m->type == LEDE_ET_PERSON || m->type == LEDE_ET_LOC) && (last & LEDE_LEX_PRESS))
            to = LEDE_ET_ORG;
        else if (lede_rs_vehicle_prefix(rs, m))
            to = LEDE_ET_PRODUCT;
    }
    if (to < 0)
        return false;
    m->type = (uint8_t)to;
    m->subtype = (uint8_t)subtype;
    return true;
}

/* WordNet's named instances (lede_lexicon_names): a name whose every sense
 * there is a deity ("Hera", "Poseidon"), a work, software ("Internet
 * Explorer") or a law, where the tagger read
 * another type.  Only names the main lexicon lacks: a place or an
 * organisation there has its own rules (ent_lexicon.c). */
bool lede_rs_type_by_name(const lede_rs *rs, lede_mention *m)
{
    if (m->kind != LEDE_MK_NAME || !rs->lex)
        return false;
    const lede_lex_entry *e = lede_lexicon_span(lede_lexicon_names(rs->lex), rs->d, m->tok_begin, m->tok_end);
    if (!e)
        return false;
    uint32_t c = e->classes;
    int to = (c & LEDE_LEX_WN_PERSON)    ? LEDE_ET_PERSON
             : (c & LEDE_LEX_WN_PRODUCT) ? LEDE_ET_PRODUCT
             : (c & LEDE_LEX_WN_LAW)     ? LEDE_ET_LAW
                                         : LEDE_ET_WORK;
    if (m->type == to || m->type == LEDE_ET_NONE)
        return false;
    m->type = (uint8_t)to;
    m->subtype = LEDE_LOC_NONE;
    return true;
}
