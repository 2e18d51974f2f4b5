/*
 * timex_int.h - what timex.c (the stage driver) and timex_match.c (the
 * recognisers) share: the per-sentence context and a recognised expression.
 * Owned by the timex stage.  Internal to core/.
 */
#ifndef LEDE_TIMEX_INT_H
#define LEDE_TIMEX_INT_H

#include "vocab.h"
#include "workspace.h"

typedef struct lede_tx {
    lede_workspace *ws;
    const lede_doc *d;
    const uint16_t *tok; /* per token: vocabulary id | LEDE_TX_START (timex_words.c) */
    const lede_vocab_index *ix; /* lede_tx_vocab hashed (lede_tx_index_build) */
    size_t sb, se;   /* sentence tokens [sb, se)                     */
    int y, m, dd;    /* anchor date; 0 where unknown                  */
    unsigned *fwd_reads; /* if set, counts the recognisers' reads of the
                          * clause's outlook (lede_timex_match)          */
} lede_tx;

typedef struct lede_tx_hit {
    size_t b, e;      /* tokens [b, e)                                */
    uint8_t type;     /* LEDE_TX_*                                    */
    int y, m, d;      /* a full day when all three are set            */
    char value[32];   /* ISO 8601 or ""                               */
} lede_tx_hit;

/* ---- the recognisers' words (timex_words.c) ---------------------------- */
/* The lists a word may be in; lede_tx_word.in[] is its index there + 1. */
enum {
    TXL_MONTH, TXL_WEEKDAY, TXL_NUMBER, TXL_TENS, TXL_ORDINAL, TXL_DATE_PREP, TXL_FUTURE, TXL_DEADLINE,
    TXL_BOUND, TXL_NARROWER, TXL_PART, TXL_DEICTIC, TXL_SEASON, TXL_REL, TXL_VAGUE, TXL_SPAN_BEFORE,
    TXL_ARTICLE_CTX, TXL_AMPM, TXL_ZONE, TXL_UNIT, TXL_COUNT
};
/* lede_tx_word.start: whether the word may start an expression.  Most
 * words that may start one only before or after certain words
 * (timex_match.c), so lede_tx_classify (timex_start.c) marks them only
 * there and the recognisers are not tried elsewhere:
 *   TXS_THE       "the" + a bound, an ordinal or a span word ("the end of",
 *                 "the first quarter", "the past week")
 *   TXS_A         "a"/"an" + "few" or a unit ("a few days", "an hour")
 *   TXS_COUNT     a number or vague word + a unit ("two days", "some years")
 *   TXS_UNIT      a unit after "for" or "over" ("for years")
 *   TXS_DEADLINE  "by", "until", ... + "the" ("by the end of April") */
enum { TXS_NEVER, TXS_ALWAYS, TXS_THE, TXS_A, TXS_COUNT, TXS_UNIT, TXS_DEADLINE };
typedef struct lede_tx_word {
    const char *w;
    uint8_t start;         /* TXS_*                                      */
    int8_t in[TXL_COUNT];
} lede_tx_word;
/* Longest word of the vocabulary, in bytes. */
#define LEDE_TX_WORD_MAX 10
/* In lede_tx.tok: the token may start an expression; the low bits are its id. */
#define LEDE_TX_START 0x8000u
#define LEDE_TX_ID(v) ((v) & 0x7fffu)

extern const lede_tx_word lede_tx_vocab[];
extern const size_t lede_tx_vocab_n;
/* Where each first letter's words start in lede_tx_vocab (timex_words.c). */
extern const uint8_t lede_tx_letter_at[27];
/* 1 + the index of s[0..n) in lede_tx_vocab, 0 if absent. */
int lede_tx_word_find(const char *s, size_t n);
/* The same through c->ix, for s[0..n) inside the document's folded text
 * (doc->norm): one hash probe instead of a binary search. */
int lede_tx_word_at(const lede_tx *c, const char *s, size_t n);
/* The hashed index of lede_tx_vocab (timex_index.c, generated from what
 * lede_tx_index_build makes; test_timex.c checks it is current). */
extern const lede_vocab_index lede_tx_index;
void lede_tx_index_build(lede_vocab_index *ix);
/* Per pair of a folded token's first two bytes (the second 0 for a token of
 * one byte), hashed by lede_tx_pair_slot: bit min(n, 31) of
 * lede_tx_start_pair[slot] is set when a word of the vocabulary of n bytes
 * starts so, or a hyphen-joined token of n bytes may start with one that
 * hyphen_starts accepts (a unit, number or tens word, "mid": every length
 * from one byte longer).  A token whose bit is clear is no word of the
 * vocabulary and starts no hyphen join: lede_tx_classify skips its lookup
 * (most tokens).  lede_tx_start_pair_ok checks it (test_timex.c). */
#define LEDE_TX_PAIR_SLOTS 1024
static inline size_t lede_tx_pair_slot(unsigned char a, unsigned char b) { return (size_t)(a & 31) << 5 | (b & 31); }
extern const uint32_t lede_tx_start_pair[LEDE_TX_PAIR_SLOTS];
bool lede_tx_start_pair_ok(void);
/* Fills c->tok for every token of the document (workspace arena); needs c->ix. */
lede_status lede_tx_classify(lede_tx *c);

/* Anchoring (timex.c): the year of month m (day d or 0) seen from the anchor,
 * looking ahead when fwd; whether the anchor is a full day; a hit set to day
 * number z; the period `shift` units (U_*) away at that unit's granularity. */
int lede_tx_infer_year(const lede_tx *c, int m, int d, bool fwd);
bool lede_tx_anchored_day(const lede_tx *c);
void lede_tx_set_day(lede_tx_hit *h, long z);
bool lede_tx_shifted_period(const lede_tx *c, int u, int shift, lede_tx_hit *h);

/* The longest temporal expression starting at token i, if any. */
bool lede_timex_match(const lede_tx *c, size_t i, lede_tx_hit *h);
/* Only explicit calendar dates ("Feb. 3, 2021", "1996-08-30"): datelines. */
bool lede_timex_match_date(const lede_tx *c, size_t i, lede_tx_hit *h);

#endif
