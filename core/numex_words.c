/*
 * numex_words.c - the words numex.c's rules name (number words, scale words
 * and suffixes, currency symbols, percent words, units of measure), each
 * with the lists it is in.  Sorted, so one binary search classifies a word
 * for every rule at once; before, each rule scanned its lists (with strlen)
 * at every token, a tenth of numex's and 3% of the analysis's instructions.
 * Owned by the numex stage (entities engineer).  Static const data and pure
 * functions; thread-safe.
 */
#include <stddef.h>
#include <string.h>

#include "numex_int.h"
#include "vocab.h"

/* Sorted bytewise as strcmp sorts; test_numex.c checks it. */
static const struct nx_word {
    const char *w;
    uint16_t in; /* NXW_* */
} vocab[] = {
    {"$", NXW_CURSYM},
    {"%", NXW_PERCENT},
    {"a", NXW_A},
    {"acre", NXW_UNIT},
    {"acres", NXW_UNIT},
    {"and", NXW_AND},
    {"b", NXW_SUFFIX},
    {"barrel", NXW_UNIT},
    {"barrels", NXW_UNIT},
    {"billion", NXW_SCALE},
    {"billions", NXW_SCALE},
    {"bln", NXW_SCALE},
    {"bn", NXW_SCALE | NXW_SUFFIX},
    {"bpd", NXW_UNIT},
    {"calories", NXW_UNIT},
    {"cent", NXW_CENT},
    {"centimeters", NXW_UNIT},
    {"centimetres", NXW_UNIT},
    {"cm", NXW_UNIT},
    {"cubic", NXW_SQUARE},
    {"decibels", NXW_UNIT},
    {"degree", NXW_UNIT},
    {"degrees", NXW_UNIT},
    {"dozen", NXW_NUMBER},
    {"dozens", NXW_NUMBER},
    {"eight", NXW_NUMBER},
    {"eighteen", NXW_NUMBER},
    {"eighty", NXW_NUMBER},
    {"eleven", NXW_NUMBER},
    {"feet", NXW_UNIT},
    {"fifteen", NXW_NUMBER},
    {"fifty", NXW_NUMBER},
    {"five", NXW_NUMBER},
    {"foot", NXW_UNIT},
    {"forty", NXW_NUMBER},
    {"four", NXW_NUMBER},
    {"fourteen", NXW_NUMBER},
    {"ft", NXW_UNIT},
    {"gallon", NXW_UNIT},
    {"gallons", NXW_UNIT},
    {"gb", NXW_UNIT},
    {"gigabytes", NXW_UNIT},
    {"gigawatt", NXW_UNIT},
    {"gigawatts", NXW_UNIT},
    {"gram", NXW_UNIT},
    {"grams", NXW_UNIT},
    {"gw", NXW_UNIT},
    {"half", NXW_NUMBER},
    {"hectare", NXW_UNIT},
    {"hectares", NXW_UNIT},
    {"hundred", NXW_SCALE},
    {"hundreds", NXW_SCALE},
    {"inch", NXW_UNIT},
    {"inches", NXW_UNIT},
    {"k", NXW_SUFFIX},
    {"kg", NXW_UNIT},
    {"kgs", NXW_UNIT},
    {"kilo", NXW_UNIT},
    {"kilogram", NXW_UNIT},
    {"kilogrammes", NXW_UNIT},
    {"kilograms", NXW_UNIT},
    {"kilometer", NXW_UNIT},
    {"kilometers", NXW_UNIT},
    {"kilometre", NXW_UNIT},
    {"kilometres", NXW_UNIT},
    {"kilos", NXW_UNIT},
    {"km", NXW_UNIT},
    {"kms", NXW_UNIT},
    {"knots", NXW_UNIT},
    {"kph", NXW_UNIT},
    {"kw", NXW_UNIT},
    {"kwh", NXW_UNIT},
    {"lb", NXW_UNIT},
    {"lbs", NXW_UNIT},
    {"liter", NXW_UNIT},
    {"liters", NXW_UNIT},
    {"litre", NXW_UNIT},
    {"litres", NXW_UNIT},
    {"m", NXW_SUFFIX},
    {"mb", NXW_UNIT},
    {"megabytes", NXW_UNIT},
    {"megawatt", NXW_UNIT},
    {"megawatts", NXW_UNIT},
    {"meter", NXW_UNIT},
    {"meters", NXW_UNIT},
    {"metre", NXW_UNIT},
    {"metres", NXW_UNIT},
    {"mile", NXW_UNIT},
    {"miles", NXW_UNIT},
    {"millimeters", NXW_UNIT},
    {"millimetres", NXW_UNIT},
    {"million", NXW_SCALE},
    {"millions", NXW_SCALE},
    {"mln", NXW_SCALE | NXW_SUFFIX},
    {"mm", NXW_UNIT},
    {"mn", NXW_SUFFIX},
    {"mph", NXW_UNIT},
    {"mw", NXW_UNIT},
    {"nautical", NXW_UNIT},
    {"nine", NXW_NUMBER},
    {"nineteen", NXW_NUMBER},
    {"ninety", NXW_NUMBER},
    {"one", NXW_NUMBER},
    {"ounce", NXW_UNIT},
    {"ounces", NXW_UNIT},
    {"oz", NXW_UNIT},
    {"pct", NXW_PERCENT},
    {"per", NXW_PER},
    {"percent", NXW_PERCENT},
    {"percentage", NXW_PERCENTAGE},
    {"rs", NXW_CURSYM},
    {"rs.", NXW_CURSYM},
    {"seven", NXW_NUMBER},
    {"seventeen", NXW_NUMBER},
    {"seventy", NXW_NUMBER},
    {"six", NXW_NUMBER},
    {"sixteen", NXW_NUMBER},
    {"sixty", NXW_NUMBER},
    {"sq", NXW_SQUARE},
    {"square", NXW_SQUARE},
    {"tb", NXW_UNIT},
    {"ten", NXW_NUMBER},
    {"terabytes", NXW_UNIT},
    {"thirteen", NXW_NUMBER},
    {"thirty", NXW_NUMBER},
    {"thousand", NXW_SCALE},
    {"thousands", NXW_SCALE},
    {"three", NXW_NUMBER},
    {"tn", NXW_SCALE | NXW_SUFFIX},
    {"to", NXW_TO},
    {"ton", NXW_UNIT},
    {"tonne", NXW_UNIT},
    {"tonnes", NXW_UNIT},
    {"tons", NXW_UNIT},
    {"trillion", NXW_SCALE},
    {"trn", NXW_SUFFIX},
    {"twelve", NXW_NUMBER},
    {"twenty", NXW_NUMBER},
    {"two", NXW_NUMBER},
    {"volts", NXW_UNIT},
    {"watts", NXW_UNIT},
    {"yard", NXW_UNIT},
    {"yards", NXW_UNIT},
    {"£", NXW_CURSYM},
    {"¥", NXW_CURSYM},
    {"₦", NXW_CURSYM},
    {"₩", NXW_CURSYM},
    {"₪", NXW_CURSYM},
    {"₫", NXW_CURSYM},
    {"€", NXW_CURSYM},
    {"₱", NXW_CURSYM},
    {"₹", NXW_CURSYM},
    {"₺", NXW_CURSYM},
    {"₽", NXW_CURSYM},
};

const size_t lede_nx_vocab_n = sizeof vocab / sizeof *vocab;

/* The words starting with 'a' + k are vocab[letter_at[k] .. letter_at[k + 1]);
 * before letter_at[0] the ones starting with a byte below 'a' ("$", "%"),
 * from letter_at[26] those above 'z' (the other currency symbols).  So a
 * lookup searches one letter's words (at most 20).  test_numex.c checks it. */
const uint8_t lede_nx_letter_at[27] = {2, 6, 14, 20, 25, 29, 38, 47, 52, 54, 54, 72, 78, 98, 102, 106, 110, 110, 112, 120, 139, 139, 140, 141, 141, 143, 143};

const char *lede_nx_vocab_word(size_t k) { return k < lede_nx_vocab_n ? vocab[k].w : NULL; }

unsigned lede_nx_word(const char *s, size_t n)
{
    if (n == 0 || n > LEDE_NX_WORD_MAX)
        return 0;
    unsigned char f = (unsigned char)s[0];
    size_t lo, hi;
    if (f >= 'a' && f <= 'z') {
        lo = lede_nx_letter_at[f - 'a'];
        hi = lede_nx_letter_at[f - 'a' + 1];
    } else if (f < 'a') {
        lo = 0;
        hi = lede_nx_letter_at[0];
    } else {
        lo = lede_nx_letter_at[26];
        hi = lede_nx_vocab_n;
    }
    long k = lede_vocab_find(vocab, sizeof *vocab, lo, hi, s, n);
    return k < 0 ? 0 : vocab[k].in;
}

void lede_nx_index_build(lede_vocab_index *ix)
{
    lede_vocab_index_build(ix, vocab, sizeof *vocab, lede_nx_vocab_n, offsetof(struct nx_word, in));
}

unsigned lede_nx_word_at(const lede_vocab_index *ix, const char *s, size_t n, size_t before)
{
    if (n > LEDE_NX_WORD_MAX)
        return 0;
    int e = lede_vocab_index_find(ix, s, n, before);
    return e ? vocab[e - 1].in : 0;
}

/* Bit min(n, 31) of lede_nx_start_len[c] is set when a folded token of n
 * bytes starting with byte c can be a currency symbol, "a" or a number word
 * (the word itself: its length), or a number word joined by a hyphen to
 * another word ("twenty-five", "five-km": at least two bytes longer); and
 * for every token of a byte or more starting with a digit. */
static void start_len_of(uint32_t *len)
{
    memset(len, 0, 256 * sizeof *len);
    for (size_t k = 0; k < lede_nx_vocab_n; k++) {
        size_t n = strlen(vocab[k].w);
        unsigned char c = (unsigned char)vocab[k].w[0];
        if (vocab[k].in & (NXW_CURSYM | NXW_NUMBER | NXW_A))
            len[c] |= 1u << (n < 31 ? n : 31);
        if (vocab[k].in & NXW_NUMBER)
            for (size_t m = n + 2; m <= 31; m++)
                len[c] |= 1u << m;
    }
    for (unsigned c = '0'; c <= '9'; c++)
        len[c] = ~1u;
}

/* The same, per pair of a token's first two bytes (lede_nx_pair_slot) and
 * for tokens of two bytes or more: a word's own length at its own first
 * pair, and for a number word every length from two bytes longer (a
 * hyphen and another word after it).  Digits are lede_nx_start_len's. */
static void start_pair_of(uint32_t *len)
{
    memset(len, 0, LEDE_NX_PAIR_SLOTS * sizeof *len);
    for (size_t k = 0; k < lede_nx_vocab_n; k++) {
        size_t n = strlen(vocab[k].w);
        if (n < 2 || !(vocab[k].in & (NXW_CURSYM | NXW_NUMBER | NXW_A)))
            continue;
        uint32_t *l = &len[lede_nx_pair_slot((unsigned char)vocab[k].w[0], (unsigned char)vocab[k].w[1])];
        *l |= 1u << (n < 31 ? n : 31);
        if (vocab[k].in & NXW_NUMBER)
            for (size_t m = n + 2; m <= 31; m++)
                *l |= 1u << m;
    }
}

#define DIGIT_LEN 0xfffffffeu /* any length but 0 */
const uint32_t lede_nx_start_len[256] = {
    ['0'] = DIGIT_LEN, ['1'] = DIGIT_LEN, ['2'] = DIGIT_LEN, ['3'] = DIGIT_LEN, ['4'] = DIGIT_LEN,
    ['5'] = DIGIT_LEN, ['6'] = DIGIT_LEN, ['7'] = DIGIT_LEN, ['8'] = DIGIT_LEN, ['9'] = DIGIT_LEN,
    ['$'] = 0x00000002u, ['a'] = 0x00000002u, ['d'] = 0xffffffe0u, ['e'] = 0xffffffe0u, ['f'] = 0xfffffff0u,
    ['h'] = 0xffffffd0u, ['n'] = 0xffffffd0u, ['o'] = 0xffffffe8u, ['r'] = 0x0000000cu, ['s'] = 0xffffffe8u,
    ['t'] = 0xffffffe8u, [0xc2] = 0x00000004u, [0xe2] = 0x00000008u};

/* start_pair_of's table, written out (test_numex.c checks it is current). */
const uint32_t lede_nx_start_pair[LEDE_NX_PAIR_SLOTS] = {
    [66] = 0x00000008u, [67] = 0x00000004u, [69] = 0x00000004u, [143] = 0xffffffe0u,
    [169] = 0xffffffe0u, [172] = 0xffffff40u, [201] = 0xfffffff0u, [207] = 0xfffffff0u,
    [257] = 0xffffffd0u, [457] = 0xffffffd0u, [494] = 0xffffffe8u, [595] = 0x0000000cu,
    [613] = 0xffffffa0u, [617] = 0xffffffe8u, [645] = 0xffffffe8u, [648] = 0xffffffe0u,
    [663] = 0xffffffe8u,
};

bool lede_nx_start_len_ok(void)
{
    uint32_t len[256];
    start_len_of(len);
    return memcmp(len, lede_nx_start_len, sizeof len) == 0;
}

bool lede_nx_start_pair_ok(void)
{
    uint32_t len[LEDE_NX_PAIR_SLOTS];
    start_pair_of(len);
    return memcmp(len, lede_nx_start_pair, sizeof len) == 0;
}

