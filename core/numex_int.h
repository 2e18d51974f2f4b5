/*
 * numex_int.h - what numex.c (the rules) and numex_words.c (their words)
 * share.  Owned by the numex stage.  Internal to core/.
 */
#ifndef LEDE_NUMEX_INT_H
#define LEDE_NUMEX_INT_H

#include <stddef.h>
#include <stdint.h>

#include "vocab.h"

/* The lists a word is in. */
enum {
    NXW_NUMBER = 1u << 0,  /* "one" .. "ninety", "dozen", "half"         */
    NXW_SCALE = 1u << 1,   /* "hundred", "million", "bn", "thousands"    */
    NXW_SUFFIX = 1u << 2,  /* glued to digits: "3bn", "5m", "10k"        */
    NXW_CURSYM = 1u << 3,  /* "$", "€", "rs."                            */
    NXW_PERCENT = 1u << 4, /* "percent", "pct", "%"                      */
    NXW_UNIT = 1u << 5,    /* "km", "miles", "tonnes" ("m", "g" are not) */
    /* single words the rules name */
    NXW_A = 1u << 6,          /* "a"                                     */
    NXW_AND = 1u << 7,        /* "and"                                   */
    NXW_TO = 1u << 8,         /* "to"                                    */
    NXW_PER = 1u << 9,        /* "per"                                   */
    NXW_CENT = 1u << 10,      /* "cent"                                  */
    NXW_PERCENTAGE = 1u << 11,/* "percentage"                            */
    NXW_SQUARE = 1u << 12,    /* "square", "cubic", "sq"                 */
};
/* Longest word of the vocabulary, in bytes. */
#define LEDE_NX_WORD_MAX 11

/* The NXW_* lists s[0..n) (folded) is in; 0 if none. */
unsigned lede_nx_word(const char *s, size_t n);
/* The same through the hashed index of the vocabulary (vocab.h):
 * lede_nx_index (numex_index.c, generated from what lede_nx_index_build
 * makes; test_numex.c checks it is current); before: the readable bytes
 * before s. */
extern const lede_vocab_index lede_nx_index;
void lede_nx_index_build(lede_vocab_index *ix);
unsigned lede_nx_word_at(const lede_vocab_index *ix, const char *s, size_t n, size_t before);
/* The same for a word already keyed (lede_vocab_key_of): the index holds
 * each word's lists (its val). */
static inline unsigned lede_nx_word_key(const lede_vocab_index *ix, lede_vocab_key k, size_t n)
{
    if (n == 0 || n > LEDE_NX_WORD_MAX)
        return 0;
    int e = lede_vocab_index_find_key(ix, k, n);
    return e ? ix->val[e - 1] : 0;
}
/* Per first byte c of a folded token: bit min(n, 31) set when a token of n
 * bytes starting with c may be a currency symbol, "a" or a number word, alone
 * or joined by a hyphen, or starts with a digit (numex.c classifies other
 * tokens only on demand);
 * lede_nx_start_len_ok checks it against the vocabulary (test_numex.c). */
extern const uint32_t lede_nx_start_len[256];
bool lede_nx_start_len_ok(void);
/* A finer test for tokens of two bytes or more that do not start with a
 * digit, per pair of first bytes: "the" and "from" pass lede_nx_start_len
 * ("two", "four-day") but not this.  Bit min(n, 31) of
 * lede_nx_start_pair[lede_nx_pair_slot(s[0], s[1])] is set when a token of
 * n bytes starting so may be a currency symbol, "a" or a number word, alone
 * or joined by a hyphen (pairs that share a slot share their bits);
 * lede_nx_start_pair_ok checks it against the vocabulary (test_numex.c). */
#define LEDE_NX_PAIR_SLOTS 1024
static inline size_t lede_nx_pair_slot(unsigned char a, unsigned char b) { return (size_t)(a & 31) << 5 | (b & 31); }
extern const uint32_t lede_nx_start_pair[LEDE_NX_PAIR_SLOTS];
bool lede_nx_start_pair_ok(void);
/* For tests: the vocabulary's size and its k-th word (NULL past the end). */
extern const size_t lede_nx_vocab_n;
/* Where each first letter's words start in the vocabulary. */
extern const uint8_t lede_nx_letter_at[27];
const char *lede_nx_vocab_word(size_t k);

#endif
