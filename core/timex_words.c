/*
 * timex_words.c - the words the timex recognisers (timex_match.c) name: each
 * with the lists it belongs to (months, weekdays, number words, units, the
 * words that make a bare month a date, ...) and its position there, and
 * whether it may start an expression.  Sorted, so one binary search per
 * token classifies it for every pattern at once; before, each pattern
 * scanned its word lists at every token (a tenth of the server's CPU).
 * Owned by the timex stage (events engineer).  Static const data and pure
 * functions; thread-safe.
 */
#include <string.h>

#include "timex_cal.h"
#include "timex_int.h"
#include "vocab.h"

/* Sorted bytewise as strcmp sorts (a prefix before its extensions): the
 * binary search of lede_tx_word_find needs it, and test_timex.c checks it.
 * in[TXL_*] is the word's index in that list + 1 (0: not in it), so the
 * lists keep the order timex_match.c reads meaning from (months: "january"
 * .. "december", "jan" .., "jan." .., "sept", "sept."); in[TXL_UNIT] is the
 * unit itself (U_*, negative for "weeklong" and the like). */
const lede_tx_word lede_tx_vocab[] = {
    {"'ll", 0, {[TXL_FUTURE] = 2}},
    {",", 0, {[TXL_DATE_PREP] = 33}},
    {"a", TXS_A, {0}},
    {"a.m", 0, {[TXL_AMPM] = 5}},
    {"a.m.", 0, {[TXL_AMPM] = 1}},
    {"about", 0, {[TXL_ARTICLE_CTX] = 7}},
    {"after", 0, {[TXL_DATE_PREP] = 12, [TXL_ARTICLE_CTX] = 10}},
    {"afternoon", 0, {[TXL_PART] = 2}},
    {"ago", 0, {[TXL_ARTICLE_CTX] = 12}},
    {"almost", 0, {[TXL_ARTICLE_CTX] = 6}},
    {"am", 0, {[TXL_AMPM] = 3}},
    {"an", TXS_A, {0}},
    {"and", 0, {[TXL_DATE_PREP] = 19}},
    {"apr", 1, {[TXL_MONTH] = 16}},
    {"apr.", 1, {[TXL_MONTH] = 28}},
    {"april", 1, {[TXL_MONTH] = 4}},
    {"around", 0, {[TXL_DATE_PREP] = 22, [TXL_ARTICLE_CTX] = 11}},
    {"as", 0, {[TXL_DATE_PREP] = 30}},
    {"aug", 1, {[TXL_MONTH] = 20}},
    {"aug.", 1, {[TXL_MONTH] = 32}},
    {"august", 1, {[TXL_MONTH] = 8}},
    {"autumn", 1, {[TXL_SEASON] = 4}},
    {"before", 0, {[TXL_DATE_PREP] = 11}},
    {"beginning", 1, {[TXL_BOUND] = 2}},
    {"between", 0, {[TXL_DATE_PREP] = 21}},
    {"bst", 0, {[TXL_ZONE] = 8}},
    {"by", TXS_DEADLINE, {[TXL_DATE_PREP] = 5, [TXL_DEADLINE] = 1}},
    {"centuries", TXS_UNIT, {[TXL_UNIT] = U_CENTURY}},
    {"century", TXS_UNIT, {[TXL_UNIT] = U_CENTURY}},
    {"cet", 0, {[TXL_ZONE] = 7}},
    {"circa", 0, {[TXL_DATE_PREP] = 29}},
    {"close", 1, {[TXL_BOUND] = 6}},
    {"coming", 1, {[TXL_REL] = 6, [TXL_SPAN_BEFORE] = 5}},
    {"couple", TXS_COUNT, {[TXL_VAGUE] = 3}},
    {"current", 1, {[TXL_REL] = 2}},
    {"day", TXS_UNIT, {[TXL_UNIT] = U_DAY}},
    {"daylong", 1, {[TXL_UNIT] = -U_DAY}},
    {"days", TXS_UNIT, {[TXL_UNIT] = U_DAY}},
    {"dec", 1, {[TXL_MONTH] = 24}},
    {"dec.", 1, {[TXL_MONTH] = 36}},
    {"decade", TXS_UNIT, {[TXL_UNIT] = U_DECADE}},
    {"decadelong", 1, {[TXL_UNIT] = -U_DECADE}},
    {"decades", TXS_UNIT, {[TXL_UNIT] = U_DECADE}},
    {"december", 1, {[TXL_MONTH] = 12}},
    {"due", 0, {[TXL_FUTURE] = 8}},
    {"during", 0, {[TXL_DATE_PREP] = 10}},
    {"each", 0, {[TXL_DATE_PREP] = 25}},
    {"earlier", 1, {[TXL_NARROWER] = 4}},
    {"early", 1, {[TXL_DATE_PREP] = 13, [TXL_NARROWER] = 1}},
    {"edt", 0, {[TXL_ZONE] = 4}},
    {"eight", TXS_COUNT, {[TXL_NUMBER] = 9}},
    {"eighteen", TXS_COUNT, {[TXL_NUMBER] = 19}},
    {"eighty", TXS_COUNT, {[TXL_TENS] = 7}},
    {"eleven", TXS_COUNT, {[TXL_NUMBER] = 12}},
    {"end", 1, {[TXL_BOUND] = 1}},
    {"est", 0, {[TXL_ZONE] = 3}},
    {"evening", 0, {[TXL_PART] = 3}},
    {"every", 0, {[TXL_DATE_PREP] = 26}},
    {"fall", 1, {[TXL_SEASON] = 3}},
    {"feb", 1, {[TXL_MONTH] = 14}},
    {"feb.", 1, {[TXL_MONTH] = 26}},
    {"february", 1, {[TXL_MONTH] = 2}},
    {"few", TXS_COUNT, {[TXL_VAGUE] = 2}},
    {"fifteen", TXS_COUNT, {[TXL_NUMBER] = 16}},
    {"fifty", TXS_COUNT, {[TXL_TENS] = 4}},
    {"first", 1, {[TXL_ORDINAL] = 1, [TXL_SPAN_BEFORE] = 4}},
    {"fiscal", 0, {[TXL_DATE_PREP] = 27}},
    {"five", TXS_COUNT, {[TXL_NUMBER] = 6}},
    {"following", 1, {[TXL_REL] = 7}},
    {"for", 0, {[TXL_DATE_PREP] = 31, [TXL_ARTICLE_CTX] = 1}},
    {"forty", TXS_COUNT, {[TXL_TENS] = 3}},
    {"four", TXS_COUNT, {[TXL_NUMBER] = 5}},
    {"fourteen", TXS_COUNT, {[TXL_NUMBER] = 15}},
    {"fourth", 1, {[TXL_ORDINAL] = 4}},
    {"friday", 1, {[TXL_WEEKDAY] = 5}},
    {"from", 0, {[TXL_DATE_PREP] = 7}},
    {"gmt", 0, {[TXL_ZONE] = 1}},
    {"hour", TXS_UNIT, {[TXL_UNIT] = U_HOUR}},
    {"hourlong", 1, {[TXL_UNIT] = -U_HOUR}},
    {"hours", TXS_UNIT, {[TXL_UNIT] = U_HOUR}},
    {"in", 0, {[TXL_DATE_PREP] = 1, [TXL_ARTICLE_CTX] = 9}},
    {"jan", 1, {[TXL_MONTH] = 13}},
    {"jan.", 1, {[TXL_MONTH] = 25}},
    {"january", 1, {[TXL_MONTH] = 1}},
    {"jul", 1, {[TXL_MONTH] = 19}},
    {"jul.", 1, {[TXL_MONTH] = 31}},
    {"july", 1, {[TXL_MONTH] = 7}},
    {"jun", 1, {[TXL_MONTH] = 18}},
    {"jun.", 1, {[TXL_MONTH] = 30}},
    {"june", 1, {[TXL_MONTH] = 6}},
    {"last", 1, {[TXL_ORDINAL] = 5, [TXL_DATE_PREP] = 16, [TXL_REL] = 3, [TXL_SPAN_BEFORE] = 2}},
    {"late", 1, {[TXL_DATE_PREP] = 14, [TXL_NARROWER] = 2}},
    {"later", 1, {[TXL_NARROWER] = 5}},
    {"local", 0, {[TXL_ZONE] = 9}},
    {"many", TXS_COUNT, {[TXL_VAGUE] = 4}},
    {"mar", 1, {[TXL_MONTH] = 15}},
    {"mar.", 1, {[TXL_MONTH] = 27}},
    {"march", 1, {[TXL_MONTH] = 3}},
    {"may", 1, {[TXL_MONTH] = 5}},
    {"may.", 1, {[TXL_MONTH] = 29}},
    {"mid", 1, {[TXL_DATE_PREP] = 15, [TXL_NARROWER] = 3}},
    {"midday", 1, {0}},
    {"middle", 1, {[TXL_BOUND] = 4}},
    {"midnight", 1, {0}},
    {"minute", TXS_UNIT, {[TXL_UNIT] = U_MINUTE}},
    {"minutes", TXS_UNIT, {[TXL_UNIT] = U_MINUTE}},
    {"monday", 1, {[TXL_WEEKDAY] = 1}},
    {"month", TXS_UNIT, {[TXL_UNIT] = U_MONTH}},
    {"monthlong", 1, {[TXL_UNIT] = -U_MONTH}},
    {"months", TXS_UNIT, {[TXL_UNIT] = U_MONTH}},
    {"morning", 0, {[TXL_PART] = 1}},
    {"nearly", 0, {[TXL_ARTICLE_CTX] = 5}},
    {"next", 1, {[TXL_DATE_PREP] = 17, [TXL_REL] = 5, [TXL_SPAN_BEFORE] = 3}},
    {"night", 0, {[TXL_PART] = 4}},
    {"nine", TXS_COUNT, {[TXL_NUMBER] = 10}},
    {"nineteen", TXS_COUNT, {[TXL_NUMBER] = 20}},
    {"ninety", TXS_COUNT, {[TXL_TENS] = 8}},
    {"noon", 1, {0}},
    {"nov", 1, {[TXL_MONTH] = 23}},
    {"nov.", 1, {[TXL_MONTH] = 35}},
    {"november", 1, {[TXL_MONTH] = 11}},
    {"oct", 1, {[TXL_MONTH] = 22}},
    {"oct.", 1, {[TXL_MONTH] = 34}},
    {"october", 1, {[TXL_MONTH] = 10}},
    {"of", 0, {[TXL_DATE_PREP] = 6, [TXL_ARTICLE_CTX] = 13}},
    {"on", 0, {[TXL_DATE_PREP] = 32}},
    {"once", 0, {[TXL_ARTICLE_CTX] = 8}},
    {"one", TXS_COUNT, {[TXL_NUMBER] = 2}},
    {"or", 0, {[TXL_DATE_PREP] = 20}},
    {"over", 0, {[TXL_ARTICLE_CTX] = 2}},
    {"p.m", 0, {[TXL_AMPM] = 6}},
    {"p.m.", 0, {[TXL_AMPM] = 2}},
    {"past", 1, {[TXL_DATE_PREP] = 34, [TXL_SPAN_BEFORE] = 1}},
    {"pdt", 0, {[TXL_ZONE] = 6}},
    {"planned", 0, {[TXL_FUTURE] = 6}},
    {"plans", 0, {[TXL_FUTURE] = 7}},
    {"pm", 0, {[TXL_AMPM] = 4}},
    {"previous", 1, {[TXL_REL] = 4}},
    {"pst", 0, {[TXL_ZONE] = 5}},
    {"recent", 1, {0}},
    {"saturday", 1, {[TXL_WEEKDAY] = 6}},
    {"scheduled", 0, {[TXL_FUTURE] = 4}},
    {"second", 1, {[TXL_ORDINAL] = 2, [TXL_UNIT] = U_SECOND}},
    {"seconds", TXS_UNIT, {[TXL_UNIT] = U_SECOND}},
    {"sep", 1, {[TXL_MONTH] = 21}},
    {"sep.", 1, {[TXL_MONTH] = 33}},
    {"sept", 1, {[TXL_MONTH] = 37}},
    {"sept.", 1, {[TXL_MONTH] = 38}},
    {"september", 1, {[TXL_MONTH] = 9}},
    {"seven", TXS_COUNT, {[TXL_NUMBER] = 8}},
    {"seventeen", TXS_COUNT, {[TXL_NUMBER] = 18}},
    {"seventy", TXS_COUNT, {[TXL_TENS] = 6}},
    {"several", TXS_COUNT, {[TXL_VAGUE] = 1}},
    {"shall", 0, {[TXL_FUTURE] = 3}},
    {"since", 0, {[TXL_DATE_PREP] = 2}},
    {"six", TXS_COUNT, {[TXL_NUMBER] = 7}},
    {"sixteen", TXS_COUNT, {[TXL_NUMBER] = 17}},
    {"sixty", TXS_COUNT, {[TXL_TENS] = 5}},
    {"some", TXS_COUNT, {[TXL_VAGUE] = 5}},
    {"spring", 1, {[TXL_SEASON] = 1}},
    {"start", 1, {[TXL_BOUND] = 3}},
    {"summer", 1, {[TXL_SEASON] = 2}},
    {"sunday", 1, {[TXL_WEEKDAY] = 7}},
    {"ten", TXS_COUNT, {[TXL_NUMBER] = 11}},
    {"than", 0, {[TXL_ARTICLE_CTX] = 4}},
    {"that", 0, {[TXL_DATE_PREP] = 24}},
    {"the", TXS_THE, {[TXL_DATE_PREP] = 28}},
    {"third", 1, {[TXL_ORDINAL] = 3}},
    {"thirteen", TXS_COUNT, {[TXL_NUMBER] = 14}},
    {"thirty", TXS_COUNT, {[TXL_TENS] = 2}},
    {"this", 1, {[TXL_DATE_PREP] = 18, [TXL_REL] = 1}},
    {"three", TXS_COUNT, {[TXL_NUMBER] = 4}},
    {"through", TXS_DEADLINE, {[TXL_DATE_PREP] = 9, [TXL_DEADLINE] = 4}},
    {"throughout", 0, {[TXL_DATE_PREP] = 23}},
    {"thursday", 1, {[TXL_WEEKDAY] = 4}},
    {"till", TXS_DEADLINE, {[TXL_DATE_PREP] = 4, [TXL_DEADLINE] = 3}},
    {"to", 0, {[TXL_DATE_PREP] = 8}},
    {"today", 1, {[TXL_DEICTIC] = 2}},
    {"tomorrow", 1, {[TXL_FUTURE] = 9, [TXL_DEICTIC] = 3}},
    {"tonight", 1, {[TXL_DEICTIC] = 4}},
    {"tuesday", 1, {[TXL_WEEKDAY] = 2}},
    {"turn", 1, {[TXL_BOUND] = 5}},
    {"twelve", TXS_COUNT, {[TXL_NUMBER] = 13}},
    {"twenty", TXS_COUNT, {[TXL_NUMBER] = 21, [TXL_TENS] = 1}},
    {"two", TXS_COUNT, {[TXL_NUMBER] = 3}},
    {"until", TXS_DEADLINE, {[TXL_DATE_PREP] = 3, [TXL_DEADLINE] = 2}},
    {"upcoming", 0, {[TXL_FUTURE] = 5}},
    {"utc", 0, {[TXL_ZONE] = 2}},
    {"wednesday", 1, {[TXL_WEEKDAY] = 3}},
    {"week", TXS_UNIT, {[TXL_UNIT] = U_WEEK}},
    {"weeklong", 1, {[TXL_UNIT] = -U_WEEK}},
    {"weeks", TXS_UNIT, {[TXL_UNIT] = U_WEEK}},
    {"will", 0, {[TXL_FUTURE] = 1}},
    {"winter", 1, {[TXL_SEASON] = 5}},
    {"within", 0, {[TXL_ARTICLE_CTX] = 3}},
    {"year", TXS_UNIT, {[TXL_UNIT] = U_YEAR}},
    {"yearlong", 1, {[TXL_UNIT] = -U_YEAR}},
    {"years", TXS_UNIT, {[TXL_UNIT] = U_YEAR}},
    {"yesterday", 1, {[TXL_DEICTIC] = 1}},
    {"zero", TXS_COUNT, {[TXL_NUMBER] = 1}},

};

const size_t lede_tx_vocab_n = sizeof lede_tx_vocab / sizeof *lede_tx_vocab;

/* The words starting with 'a' + k are lede_tx_vocab[letter_at[k] ..
 * letter_at[k + 1]); those before letter_at[0] start with a byte below 'a'
 * ("'ll", ","), and none starts above 'z'.  A lookup then searches one
 * letter's words (at most 23) instead of all 200: lede_tx_classify looks up
 * every token of a document.  test_timex.c checks it against the list. */
const uint8_t lede_tx_letter_at[27] = {2,   22,  27,  35,  46,  58,  76,  77,  80,  81,  90,  90,  94, 111,
                                       121, 130, 139, 139, 140, 163, 185, 188, 188, 195, 195, 199, 200};

int lede_tx_word_find(const char *s, size_t n)
{
    if (n == 0 || n > LEDE_TX_WORD_MAX)
        return 0;
    unsigned char f = (unsigned char)s[0];
    size_t lo, hi;
    if (f >= 'a' && f <= 'z') {
        lo = lede_tx_letter_at[f - 'a'];
        hi = lede_tx_letter_at[f - 'a' + 1];
    } else if (f < 'a') {
        lo = 0;
        hi = lede_tx_letter_at[0];
    } else {
        return 0;
    }
    return (int)(lede_vocab_find(lede_tx_vocab, sizeof *lede_tx_vocab, lo, hi, s, n) + 1);
}

void lede_tx_index_build(lede_vocab_index *ix)
{
    lede_vocab_index_build(ix, lede_tx_vocab, sizeof *lede_tx_vocab, lede_tx_vocab_n, LEDE_VOCAB_NO_VAL);
}

int lede_tx_word_at(const lede_tx *c, const char *s, size_t n)
{
    if (n > LEDE_TX_WORD_MAX)
        return 0;
    return lede_vocab_index_find(c->ix, s, n, (size_t)(s - c->d->norm.v));
}

/* lede_tx_start_pair's contents, from the vocabulary. */
static void start_pair_of(uint32_t *len)
{
    memset(len, 0, LEDE_TX_PAIR_SLOTS * sizeof *len);
    for (size_t k = 0; k < lede_tx_vocab_n; k++) {
        const lede_tx_word *w = &lede_tx_vocab[k];
        size_t n = strlen(w->w);
        uint32_t *l = &len[lede_tx_pair_slot((unsigned char)w->w[0], (unsigned char)(n > 1 ? w->w[1] : 0))];
        *l |= 1u << (n < 31 ? n : 31);
        if (w->in[TXL_UNIT] > 0 || w->in[TXL_NUMBER] || w->in[TXL_TENS] || strcmp(w->w, "mid") == 0)
            for (size_t m = n + 1; m <= 31; m++)
                *l |= 1u << m;
    }
}

/* start_pair_of's table, written out (test_timex.c checks it is current). */
const uint32_t lede_tx_start_pair[LEDE_TX_PAIR_SLOTS] = {
    [32] = 0x00000002u, [34] = 0x00000020u, [38] = 0x00000220u, [39] = 0x00000008u,
    [44] = 0x00000040u, [45] = 0x00000004u, [46] = 0x0000001cu, [48] = 0x00000038u,
    [50] = 0x00000040u, [51] = 0x00000004u, [53] = 0x00000058u, [69] = 0x000002c0u,
    [83] = 0x00000008u, [89] = 0x00000004u, [101] = 0xffffff88u, [105] = 0x00000020u,
    [108] = 0x00000020u, [111] = 0x00000040u, [117] = 0x00000080u, [129] = 0xfffffff8u,
    [133] = 0xffffffd8u, [149] = 0x00000048u, [161] = 0x000000b0u, [164] = 0x00000008u,
    [169] = 0xffffffe0u, [172] = 0xffffffc0u, [174] = 0x00000008u, [179] = 0x00000008u,
    [182] = 0x000000a0u, [193] = 0x00000010u, [197] = 0x00000118u, [201] = 0xfffffff0u,
    [207] = 0xfffffff8u, [210] = 0x00000050u, [236] = 0x00000008u, [237] = 0x00000008u,
    [271] = 0xfffffff0u, [302] = 0x00000004u, [321] = 0x00000098u, [341] = 0x00000018u,
    [384] = 0x00000002u, [385] = 0x00000030u, [399] = 0x00000020u, [417] = 0x00000038u,
    [425] = 0xfffffff8u, [431] = 0xffffffe0u, [453] = 0x00000050u, [457] = 0xfffffff0u,
    [463] = 0x00000118u, [483] = 0x00000098u, [486] = 0x00000004u, [494] = 0xfffffffcu,
    [498] = 0x00000004u, [502] = 0x00000010u, [513] = 0x00000010u, [516] = 0x00000008u,
    [524] = 0x000000a0u, [525] = 0x00000004u, [526] = 0x00000018u, [530] = 0x00000100u,
    [531] = 0x00000008u, [581] = 0x00000040u, [609] = 0x00000100u, [611] = 0x00000200u,
    [613] = 0xfffffff8u, [616] = 0x00000020u, [617] = 0xfffffff8u, [623] = 0x00000010u,
    [624] = 0x00000040u, [628] = 0x00000020u, [629] = 0x00000040u, [645] = 0xfffffff8u,
    [648] = 0xfffffff8u, [649] = 0x00000010u, [655] = 0x000001a4u, [661] = 0x00000090u,
    [663] = 0xfffffff8u, [686] = 0x00000020u, [688] = 0x00000100u, [692] = 0x00000008u,
    [741] = 0xfffffff0u, [745] = 0x00000050u, [805] = 0xfffffff0u, [837] = 0xfffffff0u,
};

bool lede_tx_start_pair_ok(void)
{
    uint32_t len[LEDE_TX_PAIR_SLOTS];
    start_pair_of(len);
    return memcmp(len, lede_tx_start_pair, sizeof len) == 0;
}
