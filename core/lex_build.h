/*
 * lex_build.h - the lexicon builder used while loading (lexicon.c packs it,
 * lex_sources.c and lex_wordnet.c feed it).  Load-time only: one builder per
 * lede_lexicon_load call, freed before the call returns.  Not thread-shared.
 * Owner: entities engineer.
 */
#ifndef LEDE_LEX_BUILD_H
#define LEDE_LEX_BUILD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lexicon.h"

#define LEXB_NONE UINT32_MAX

/* Rank says which source wins when two senses of a phrase have the same
 * class: the project's override tables, then the standards, then WordNet. */
enum { LEXB_RANK_OVERRIDE = 0, LEXB_RANK_ISO = 1, LEXB_RANK_WORDNET = 2, LEXB_RANK_DERIVED = 3 };

typedef struct lexb_sense {
    uint32_t key, key_len;          /* into pool                          */
    uint32_t classes, flags, concept;
    uint32_t name, code, country;   /* pool offsets or LEXB_NONE          */
    uint32_t rank, order;
    /* set by pack() for its sort: the key's first eight bytes big-endian
     * (zero-padded; keys hold no NUL) and sense_priority(classes) */
    uint64_t key8;
    int32_t prio;
} lexb_sense;

/* One country from ISO 3166-1, for linking other sources to it. */
typedef struct lexb_country {
    char code[4];
    uint32_t concept;
    uint32_t norp_concept;          /* its people, for demonyms           */
    uint32_t name;                  /* canonical display name, pool       */
    uint32_t wn_synset;             /* WordNet synset offset, 0 if none   */
} lexb_country;

typedef struct lexb {
    lexb_sense *senses;
    size_t n, cap;
    char *pool;
    size_t pool_n, pool_cap;
    lexb_country *countries;
    size_t n_countries, countries_cap;
    /* (wn_synset << 32 | country index), sorted, once WordNet synsets are
     * linked (lexb_index_synsets); NULL: lexb_country_by_synset scans */
    uint64_t *by_synset;
    size_t n_by_synset;
    uint32_t next_concept;
    bool oom;
    char *err;
    size_t errlen;
} lexb;

/* Copies s[0..n) (NUL-terminated) into the pool; LEXB_NONE on failure. */
uint32_t lexb_str(lexb *b, const char *s, size_t n);
static inline const char *lexb_at(const lexb *b, uint32_t off) { return off == LEXB_NONE ? NULL : b->pool + off; }
uint32_t lexb_concept(lexb *b);

/* Adds a sense for the display phrase s[0..n): keyed by lede_lex_key(s). */
void lexb_add(lexb *b, const char *s, size_t n, uint32_t classes, uint32_t flags, uint32_t concept,
              uint32_t name, uint32_t code, uint32_t country, uint32_t rank);
/* Sets `flags` on every sense of the key with any of `classes`. */
void lexb_flag_key(lexb *b, const char *key, size_t n, uint32_t classes, uint32_t flags);

lexb_country *lexb_country_by_code(lexb *b, const char *code, size_t n);
lexb_country *lexb_country_by_synset(lexb *b, uint32_t synset);
/* Indexes the countries' synsets for lexb_country_by_synset; call after the
 * last wn_synset is set (a country linked later would be missed). */
void lexb_index_synsets(lexb *b);

/* Sources.  Each returns false and fills b->err when a required file is
 * missing or malformed. */
bool lex_load_iso3166_1(lexb *b, const char *path);
bool lex_load_iso3166_2(lexb *b, const char *path);
bool lex_load_iso4217(lexb *b, const char *path);
bool lex_load_tsv(lexb *b, const char *path, uint32_t classes, bool required);
bool lex_load_wordnet(lexb *b, lexb *names, const char *dir);
/* lex_wn_names.c: WordNet's named deities, works, software and laws into
 * names (lede_lexicon_names), from the mapped noun data and the indexes. */
struct wn_file;
void lex_wn_add_named(lexb *names, const struct wn_file *noun, const struct wn_file *inoun,
                      const struct wn_file *iadj, const struct wn_file *iverb);

#endif
