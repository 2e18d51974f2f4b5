/*
 * segment_chars.h - the character classes segmentation (segment.c) reads
 * its text with: byte tables for ASCII (class, folded byte, an all-ASCII
 * token's shape flags, the bytes a word may continue through) and
 * utf8proc's categories for other code points.  Included by segment.c
 * only.  Owned by the segmentation stage.  Constant tables and pure
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
static bool is_apostrophe(uint32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }
static bool is_hyphen(uint32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }
static bool is_dash(uint32_t c) { return c == 0x2013 || c == 0x2014 || c == 0x2015 || c == 0x2012; }
static bool is_quote(uint32_t c)
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

#endif
