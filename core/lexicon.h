/*
 * lexicon.h - read-only phrase lexicons: countries and subdivisions with
 * ISO 3166 codes (from Debian's iso-codes), country aliases, demonyms,
 * cities and continents (from Debian's wordnet-base), currencies (ISO 4217),
 * honorifics and titles, organisation words, group names (the data directory's .tsv files).
 * Loaded once with the model; lookups are reentrant.  Keys are folded forms
 * (lede_fold) of tokens joined by one space, e.g. "united states", "wardak".
 * Owner: entities engineer (lexicon.c, lex_build.c, lex_sources.c).
 */
#ifndef LEDE_LEXICON_H
#define LEDE_LEXICON_H

#include "doc.h"
#include "model.h"

enum {
    LEDE_LEX_COUNTRY = 1u << 0,
    LEDE_LEX_REGION = 1u << 1,      /* ISO 3166-2 subdivision           */
    LEDE_LEX_CITY = 1u << 2,
    LEDE_LEX_PLACE = 1u << 3,       /* other places: continents         */
    LEDE_LEX_DEMONYM = 1u << 4,     /* "Afghan", "Pakistani"            */
    LEDE_LEX_ORG = 1u << 5,         /* known organisations              */
    LEDE_LEX_ORG_SUFFIX = 1u << 6,  /* "Inc", "Ministry", "Party"       */
    LEDE_LEX_TITLE = 1u << 7,       /* "President", "Dr", "Gen"         */
    LEDE_LEX_GIVEN_NAME = 1u << 8,  /* "Thomas"                         */
    LEDE_LEX_NORP = 1u << 9,        /* religious/political groups       */
    LEDE_LEX_CURRENCY = 1u << 10,   /* "dollars", "afghanis", "USD"     */
    LEDE_LEX_REGION_WORD = 1u << 11,/* "province", "state", "county"    */
    LEDE_LEX_FACILITY = 1u << 12,   /* "Airport", "Stadium", "Centre"   */
    LEDE_LEX_PRESS = 1u << 13,      /* "Times", "Herald", "Gazette"     */
    LEDE_LEX_VEHICLE = 1u << 14,    /* "HMS", "USS", "Space Shuttle"    */
    /* WordNet's named instances, in lede_lexicon_names' table only: */
    LEDE_LEX_WN_PERSON = 1u << 15,  /* a person or deity: "Hera"         */
    LEDE_LEX_WN_WORK = 1u << 16,    /* a book, poem, hymn: "Iliad"       */
    LEDE_LEX_WN_PRODUCT = 1u << 17, /* software: "Internet Explorer"     */
    LEDE_LEX_WN_LAW = 1u << 18,     /* a treaty, an amendment            */
};

enum {
    /* The phrase is also an ordinary word or a person's name ("Reading",
     * "Nice", "Lincoln"): never a place on the lexicon's word alone. */
    LEDE_LEXF_AMBIG = 1u << 0,
    /* A subdivision with no parent subdivision (a state, a province). */
    LEDE_LEXF_TOPLEVEL = 1u << 1,
    /* The entry's name is the display name of its concept. */
    LEDE_LEXF_CANONICAL = 1u << 2,
    /* The phrase also names a person in WordNet ("Lincoln", "Paris"). */
    LEDE_LEXF_PERSON = 1u << 3,
    /* Its sources spell the phrase in capitals only ("WHO", "US"): in
     * mixed case it is another word ("Who", "us"). */
    LEDE_LEXF_UPPER = 1u << 4,
};

typedef struct lede_lex_entry lede_lex_entry;
struct lede_lex_entry {
    uint32_t classes;       /* LEDE_LEX_* bits of this sense             */
    uint32_t all_classes;   /* union over every sense of the phrase      */
    uint32_t flags;         /* LEDE_LEXF_*                               */
    uint32_t concept;       /* senses naming one thing share it (> 0)    */
    const char *name;       /* canonical name: "Afghanistan"             */
    const char *code;       /* ISO code: "AF", "AF-WAR", "USD"; or NULL  */
    const char *country;    /* country code of demonyms, regions, cities */
    const lede_lex_entry *next; /* another sense of the same phrase      */
};

/* The first (preferred) sense for a folded key, or NULL.  Senses are ordered
 * country, demonym, group, organisation, city, region, other place, then
 * the word classes. */
const lede_lex_entry *lede_lexicon_get(const lede_lexicon *l, const char *key, size_t n);

/* Longest lexicon phrase starting at token `tok` and ending before token
 * `limit` (at most LEDE_LEX_MAX_WORDS words); returns the number of tokens
 * matched (0: none) and sets *e. */
#define LEDE_LEX_MAX_WORDS 8
size_t lede_lexicon_longest(const lede_lexicon *l, const lede_doc *d, size_t tok, size_t limit,
                            const lede_lex_entry **e);

/* Same, over tokens [tok, limit) of the document, looking up the exact
 * phrase only: the sense of tokens [tok, end), or NULL. */
const lede_lex_entry *lede_lexicon_span(const lede_lexicon *l, const lede_doc *d, size_t tok, size_t end);

/* The table of WordNet's named instances whose every noun sense is of one
 * kind (deities, works, software, laws: LEDE_LEX_WN_*), and which are no adjective or verb.  Apart from the main
 * table so that its phrases never shadow the tagger's or the gazetteer's
 * longest matches; only the resolver's typing reads it (ent_forms.c).
 * Borrowed from l; NULL when l is. */
const lede_lexicon *lede_lexicon_names(const lede_lexicon *l);

/* The sense of the phrase with any of `classes`, or NULL. */
const lede_lex_entry *lede_lex_sense(const lede_lex_entry *e, uint32_t classes);

/* Folds a display phrase into its key form (tokens as the segmenter splits
 * them, joined by one space); returns the key length, 0 if it does not fit. */
size_t lede_lex_key(const char *s, size_t n, char *out, size_t cap);

#endif
