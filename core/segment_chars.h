/*
 * segment_chars.h - the character classes segmentation (segment.c) reads
 * its text with: byte tables for ASCII (class, folded byte, an all-ASCII
 * token's shape flags, the bytes a word may continue through) and
 * utf8proc's categories for other code points; the title and
 * abbreviation lists.  Included by segment.c and segment_url.c only.  Owned by the segmentation stage.  Constant tables and pure
 * functions: thread-safe.
 */
#ifndef LEDE_SEGMENT_CHARS_H
#define LEDE_SEGMENT_CHARS_H

#include <stdbool.h>
#include <stdint.h>
#include <utf8proc.h>

#include "doc.h"

/* Character classes.  Text is mostly ASCII: the inline tests answer ASCII
 * with a comparison or two and leave other code points to utf8proc in the
 * out-of-line *_u functions (profiles showed the calls per character). */
static bool is_letter_u(uint32_t c)
{
    utf8proc_category_t k = utf8proc_category((utf8proc_int32_t)c);
    return k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_ME; /* letters and marks */
}
static bool is_upper_u(uint32_t c)
{
    return utf8proc_category((utf8proc_int32_t)c) == UTF8PROC_CATEGORY_LU ||
           utf8proc_category((utf8proc_int32_t)c) == UTF8PROC_CATEGORY_LT;
}
static bool is_digit_u(uint32_t c) { return utf8proc_category((utf8proc_int32_t)c) == UTF8PROC_CATEGORY_ND; }
static bool is_space_u(uint32_t c)
{
    if (c == 0xFEFF || c == 0x200B)
        return true; /* BOM and zero-width space separate nothing visible */
    utf8proc_category_t k = utf8proc_category((utf8proc_int32_t)c);
    return k == UTF8PROC_CATEGORY_ZS || k == UTF8PROC_CATEGORY_ZL || k == UTF8PROC_CATEGORY_ZP ||
           c == 0x85;
}
/* Byte classes, one load per byte: ASCII space, lower, upper, digit; NA
 * for every byte of a multi-byte character. */
enum { SP = 1, LO = 2, UP = 4, DG = 8, NA = 16 };
#define NA16 NA, NA, NA, NA, NA, NA, NA, NA, NA, NA, NA, NA, NA, NA, NA, NA
static const uint8_t ascii[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, SP, SP, SP, SP, SP, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    SP, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    DG, DG, DG, DG, DG, DG, DG, DG, DG, DG, 0, 0, 0, 0, 0, 0,
    0, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP,
    UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, 0, 0, 0, 0, 0,
    0, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO,
    LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, 0, 0, 0, 0, 0,
    NA16, NA16, NA16, NA16, NA16, NA16, NA16, NA16,
};
#undef NA16
/* The flags of an all-ASCII token from the classes of its bytes: letters
 * make it ALPHA (ALL_UPPER without a lower-case one), digits DIGIT, neither
 * PUNCT; as push_tok's general path sets them. */
#define ASCII_FLAGS(k)                                                                               \
    (((k) & (LO | UP) ? LEDE_TF_ALPHA : 0u) | ((k) & DG ? LEDE_TF_DIGIT : 0u) |                      \
     (((k) & UP) && !((k) & LO) ? LEDE_TF_ALL_UPPER : 0u) | ((k) & (LO | UP | DG) ? 0u : LEDE_TF_PUNCT))
static const uint32_t ascii_flags[16] = {
    ASCII_FLAGS(0),  ASCII_FLAGS(1),  ASCII_FLAGS(2),  ASCII_FLAGS(3),  ASCII_FLAGS(4),  ASCII_FLAGS(5),
    ASCII_FLAGS(6),  ASCII_FLAGS(7),  ASCII_FLAGS(8),  ASCII_FLAGS(9),  ASCII_FLAGS(10), ASCII_FLAGS(11),
    ASCII_FLAGS(12), ASCII_FLAGS(13), ASCII_FLAGS(14), ASCII_FLAGS(15)};
#undef ASCII_FLAGS

/* Each byte folded as ASCII folds (upper case to lower, others kept). */
#define FOLD1(c) (uint8_t)((c) >= 'A' && (c) <= 'Z' ? (c) + 32 : (c))
#define FOLD4(c) FOLD1(c), FOLD1((c) + 1), FOLD1((c) + 2), FOLD1((c) + 3)
#define FOLD16(c) FOLD4(c), FOLD4((c) + 4), FOLD4((c) + 8), FOLD4((c) + 12)
#define FOLD64(c) FOLD16(c), FOLD16((c) + 16), FOLD16((c) + 32), FOLD16((c) + 48)
static const uint8_t ascii_fold[256] = {FOLD64(0), FOLD64(64), FOLD64(128), FOLD64(192)};
#undef FOLD64
#undef FOLD16
#undef FOLD4
#undef FOLD1

/* Each byte's high bit of an eight-byte load, and each byte 1 (SWAR). */
#define SWAR_HIGH 0x8080808080808080ull
#define SWAR_ONES 0x0101010101010101ull

static inline bool ascii_letter(uint32_t c) { return (ascii[c] & (LO | UP)) != 0; }
static inline bool ascii_digit(uint32_t c) { return c >= '0' && c <= '9'; }
static inline bool ascii_space(uint32_t c) { return (ascii[c] & SP) != 0; }
static inline bool is_letter(uint32_t c) { return c < 0x80 ? ascii_letter(c) : is_letter_u(c); }
static inline bool is_upper(uint32_t c) { return c < 0x80 ? c >= 'A' && c <= 'Z' : is_upper_u(c); }
static inline bool is_digit(uint32_t c) { return c < 0x80 ? ascii_digit(c) : is_digit_u(c); }
static inline bool is_space(uint32_t c) { return c < 0x80 ? ascii_space(c) : is_space_u(c); }
static inline bool is_word(uint32_t c)
{
    return c < 0x80 ? (ascii[c] & (LO | UP | DG)) != 0 : is_letter_u(c) || is_digit_u(c);
}
static inline bool is_apostrophe(uint32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }
static inline bool is_hyphen(uint32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }
static inline bool is_dash(uint32_t c) { return c == 0x2013 || c == 0x2014 || c == 0x2015 || c == 0x2012; }
static inline bool is_quote(uint32_t c)
{
    switch (c) {
    case '"': case 0x201C: case 0x201D: case 0x201E: case 0x201A: case 0x201F: case 0x00AB: case 0x00BB:
    case 0x2018: case 0x2039: case 0x203A: case 0x300C: case 0x300D: case '`':
        return true;
    }
    return false;
}

/* The ASCII bytes word_end (segment.c) can let a word continue through (a
 * hyphen, a separator in a number, an abbreviation's period, an
 * apostrophe); at any other ASCII byte the word ends. */
static const bool ascii_joins[128] = {['-'] = true, ['.'] = true, [','] = true, [':'] = true, ['/'] = true,
                                      ['\''] = true};

/* Abbreviations that keep their period; titles never end a sentence
 * (segment.c's in_list looks up the word before every period).  Sorted
 * as strcmp sorts, so each first letter's words are together. */
typedef struct word { const char *w; uint8_t n; } word;
/* No listed word is longer (W() refuses to compile one that is): most words
 * before a period are longer, and skip the scan. */
#define LIST_WORD_MAX 6
#define W(s) {s, sizeof s - 1 + 0 * sizeof(char[sizeof s - 1 <= LIST_WORD_MAX ? 1 : -1])}
static const word titles[] = {
    W("adm"), W("amb"), W("atty"), W("brig"), W("capt"), W("cmdr"), W("col"), W("cpl"), W("det"), W("dr"),
    W("fr"), W("gen"), W("gov"), W("hon"), W("insp"), W("jr"), W("lt"), W("maj"), W("messrs"), W("mme"),
    W("mr"), W("mrs"), W("ms"), W("pres"), W("prof"), W("pvt"), W("rep"), W("rev"), W("sen"), W("sgt"),
    W("sr"), W("st"), W("supt")};
static const word abbrevs[] = {
    W("a.m"), W("al"), W("approx"), W("apr"), W("ariz"), W("assn"), W("aug"), W("ave"), W("blvd"), W("bros"),
    W("calif"), W("cie"), W("co"), W("colo"), W("conn"), W("corp"), W("d.c"), W("dec"), W("dept"), W("e.g"),
    W("est"), W("etc"), W("feb"), W("fig"), W("fla"), W("ft"), W("i.e"), W("ill"), W("inc"), W("ind"),
    W("jan"), W("jul"), W("jun"), W("kan"), W("ltd"), W("mar"), W("mass"), W("mich"), W("minn"), W("miss"),
    W("mt"), W("nev"), W("no"), W("nov"), W("oct"), W("okla"), W("ore"), W("p.m"), W("penn"), W("plc"),
    W("rd"), W("sep"), W("sept"), W("tenn"), W("tex"), W("u.k"), W("u.n"), W("u.s"), W("univ"), W("va"),
    W("vol"), W("vs"), W("wash"), W("wis"), W("wyo")};
#undef W
/* Where each first letter's words start in the lists, as timex's
 * letter_at: the words starting with 'a' + k are list[at[k] .. at[k + 1]),
 * so a word is compared with the few of its first letter (one or three)
 * instead of binary-searched (some 130 instructions a word before a
 * period).  test_segment.c's every_listed_abbreviation_keeps_its_period
 * names every listed word: one misplaced here is not found there. */
static const uint8_t titles_at[27] = {0,  3,  4,  8,  10, 10, 11, 13, 14, 15, 16, 16, 17, 23,
                                      23, 23, 26, 26, 28, 33, 33, 33, 33, 33, 33, 33, 33};
static const uint8_t abbrevs_at[27] = {0,  8,  10, 16, 19, 22, 26, 26, 26, 30, 33, 34, 35, 41,
                                       44, 47, 50, 50, 51, 53, 55, 59, 62, 65, 65, 65, 65};
_Static_assert(sizeof titles / sizeof *titles == 33 && sizeof abbrevs / sizeof *abbrevs == 65,
               "a word added to a list goes into its letter index (titles_at, abbrevs_at) too");

#endif
