/*
 * lexicon.h - read-only phrase lexicons: countries and subdivisions with
 * ISO 3166 codes (from Debian's iso-codes), demonyms, cities, honorifics and
 * titles, organisation suffixes, given names.  Loaded once with the model;
 * lookups are reentrant.  Keys are folded forms (lede_fold) of tokens joined
 * by one space, e.g. "united states", "wardak".
 */
#ifndef LEDE_LEXICON_H
#define LEDE_LEXICON_H

#include "doc.h"
#include "model.h"

enum {
    LEDE_LEX_COUNTRY = 1u << 0,
    LEDE_LEX_REGION = 1u << 1,      /* ISO 3166-2 subdivision           */
    LEDE_LEX_CITY = 1u << 2,
    LEDE_LEX_PLACE = 1u << 3,       /* other places: rivers, regions    */
    LEDE_LEX_DEMONYM = 1u << 4,     /* "Afghan", "Pakistani"            */
    LEDE_LEX_ORG = 1u << 5,         /* known organisations              */
    LEDE_LEX_ORG_SUFFIX = 1u << 6,  /* "Inc", "Ministry", "Party"       */
    LEDE_LEX_TITLE = 1u << 7,       /* "President", "Dr", "Gen"         */
    LEDE_LEX_GIVEN_NAME = 1u << 8,  /* "Thomas"                         */
    LEDE_LEX_NORP = 1u << 9,        /* religious/political groups       */
};

typedef struct lede_lex_entry {
    uint32_t classes;       /* LEDE_LEX_* bits                           */
    const char *name;       /* canonical name: "Afghanistan"             */
    const char *code;       /* ISO 3166 code: "AF", "AF-WAR"; or NULL    */
    const char *country;    /* for demonyms and regions: country code    */
} lede_lex_entry;

/* The entry for a folded key, or NULL. */
const lede_lex_entry *lede_lexicon_get(const lede_lexicon *l, const char *key, size_t n);

/* Longest lexicon phrase starting at token `tok` and ending before token
 * `limit` (at most LEDE_LEX_MAX_WORDS words); returns the number of tokens
 * matched (0: none) and sets *e. */
#define LEDE_LEX_MAX_WORDS 8
size_t lede_lexicon_longest(const lede_lexicon *l, const lede_doc *d, size_t tok, size_t limit,
                            const lede_lex_entry **e);

#endif
