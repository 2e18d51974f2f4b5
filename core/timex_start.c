/*
 * timex_start.c - which tokens the recognisers (timex_match.c) are tried at:
 * lede_tx_classify gives every token its vocabulary id (timex_words.c,
 * through the static hashed index timex_index.c) and LEDE_TX_START where an
 * expression can start.  A superset, never a decision: a token left out is
 * one at which no recogniser can match, so the stage's output is the one of
 * trying every token (test_timex.c checks it).  Most candidates ("the",
 * "a", number words, units, "by", bare numbers, hyphenated words) start an
 * expression only beside certain words or with certain parts; those are
 * marked only then (the kinds: timex_int.h, TXS_*).
 * Owned by the timex stage.  Pure function of the document; reentrant.
 */
#include <string.h>

#include "timex_int.h"

/* Tokens whose start depends on the next token: the words of start TXS_THE,
 * TXS_A, TXS_COUNT and TXS_DEADLINE, and a bare number. */
enum { NEXT_NUMBER = TXS_DEADLINE + 1 };

/* Whether a token of that kind may start an expression before the token
 * s[0..n) of vocabulary id next (0: unlisted). */
static bool starts_before(unsigned kind, unsigned next, const char *s, size_t n)
{
    /* "12 mid-February" (match_month reads a month inside "mid-") */
    if (kind == NEXT_NUMBER && n > 4 && memcmp(s, "mid-", 4) == 0)
        return true;
    if (!next)
        return false;
    const lede_tx_word *w = &lede_tx_vocab[next - 1];
    switch (kind) {
    case TXS_THE: /* "the end of", "the first quarter", "the past week" */
        return w->in[TXL_BOUND] || w->in[TXL_ORDINAL] || w->in[TXL_SPAN_BEFORE];
    case TXS_A: /* "a few days", "an hour" */
        return w->in[TXL_UNIT] > 0 || strcmp(w->w, "few") == 0;
    case TXS_COUNT: /* "two days", "several years" */
        return w->in[TXL_UNIT] > 0;
    case TXS_DEADLINE: /* "by the end of April" */
        return strcmp(w->w, "the") == 0;
    default: /* "12 February", "12 of May", "two days", "10 a.m." */
        return w->in[TXL_MONTH] || w->in[TXL_UNIT] > 0 || w->in[TXL_AMPM] || strcmp(w->w, "of") == 0;
    }
}

/* A number that starts an expression only before a month, a unit, a.m./p.m.
 * or "of": digits with at most ',' and '.' ("12", "3,000", "2.5"), not four
 * of them (a year starts one by itself: "in 2017", "2017's").  Separators
 * ("2021-02-12", "10:30"), letters ("12th", "10am", "1990s") and anything
 * else keep a number a start whatever follows. */
static bool bare_number(const char *s, size_t n)
{
    if (n == 4)
        return false;
    for (size_t k = 0; k < n; k++)
        if (!((s[k] >= '0' && s[k] <= '9') || s[k] == ',' || s[k] == '.'))
            return false;
    return true;
}

/* A hyphenated word (not starting with a digit) starts an expression only
 * as "mid-<month>" or when the part before its first hyphen is a unit
 * ("decade-long") or a number word ("two-day", "twenty-five years"). */
static bool hyphen_starts(const lede_tx *c, const char *s, size_t n)
{
    if (n > 4 && memcmp(s, "mid-", 4) == 0)
        return true;
    const char *h = memchr(s, '-', n);
    int head = h ? lede_tx_word_at(c, s, (size_t)(h - s)) : 0;
    if (!head)
        return false;
    const lede_tx_word *w = &lede_tx_vocab[head - 1];
    return w->in[TXL_UNIT] > 0 || w->in[TXL_NUMBER] || w->in[TXL_TENS];
}

lede_status lede_tx_classify(lede_tx *c)
{
    const lede_doc *d = c->d;
    uint16_t *tok = lede_arena_alloc(&c->ws->arena, (d->toks.n + 1) * sizeof *tok);
    if (!tok)
        return lede_fail(c->ws, LEDE_ERR_NOMEM, "out of memory reading times");
    size_t pending = SIZE_MAX; /* a token waiting for the next one */
    unsigned pending_kind = 0;
    const lede_token *toks = d->toks.v;
    const char *norm = d->norm.v;
    size_t ntok = d->toks.n; /* not reloaded after each store to tok[] */
    for (size_t i = 0; i < ntok; i++) {
        const lede_token *t = &toks[i];
        const char *s = norm + t->norm;
        size_t n = t->norm_len;
        unsigned id = 0;
        bool keyed = n - 1 < LEDE_VOCAB_KEY_MAX; /* 1..16 bytes (n == 0 wraps) */
        /* no listed word and no hyphen join starts so (most tokens): no
         * lookup, and id 0 is what it would find */
        bool listed = n && ((lede_tx_start_pair[lede_tx_pair_slot((unsigned char)s[0], (unsigned char)(n > 1 ? s[1] : 0))] >>
                             (n < 31 ? n : 31)) &
                            1u);
        lede_vocab_key k = {0, 0};
        if (keyed && listed) {
            k = lede_vocab_key_of(s, n, t->norm);
            if (n <= LEDE_TX_WORD_MAX)
                id = (unsigned)lede_vocab_index_find_key(c->ix, k, n);
        }
        if (pending != SIZE_MAX) {
            /* the next token of the document, maybe past the sentence's
             * end: marks a superset of the tokens that can start one */
            if (starts_before(pending_kind, id, s, n))
                tok[pending] |= LEDE_TX_START;
            pending = SIZE_MAX;
        }
        tok[i] = (uint16_t)id;
        if (id) {
            /* a listed word: no word of the vocabulary starts with a digit,
             * holds a hyphen or is a quarter ("q1"), so its start kind is
             * all that decides (test_timex.c checks the vocabulary) */
            unsigned ws = lede_tx_vocab[id - 1].start;
            if (ws == TXS_ALWAYS) {
                tok[i] |= LEDE_TX_START;
            } else if (ws == TXS_UNIT) {
                /* "for years", "over decades": the token before, maybe in
                 * the sentence before (a superset again) */
                unsigned prev = i ? LEDE_TX_ID(tok[i - 1]) : 0;
                const char *pw = prev ? lede_tx_vocab[prev - 1].w : "";
                if (strcmp(pw, "for") == 0 || strcmp(pw, "over") == 0)
                    tok[i] |= LEDE_TX_START;
            } else if (ws != TXS_NEVER) { /* TXS_THE, TXS_A, TXS_COUNT, TXS_DEADLINE */
                pending = i;
                pending_kind = ws;
            }
        } else if (n && s[0] >= '0' && s[0] <= '9') {
            if (bare_number(s, n)) {
                pending = i;
                pending_kind = NEXT_NUMBER;
            } else {
                tok[i] |= LEDE_TX_START;
            }
        } else if (n == 2) {
            if (s[0] == 'q' && s[1] >= '1' && s[1] <= '4') /* a quarter ("Q3") */
                tok[i] |= LEDE_TX_START;
        } else if (listed && n >= 4 && (keyed ? lede_vocab_key_has(k, '-') : memchr(s, '-', n) != NULL) &&
                   hyphen_starts(c, s, n)) {
            /* "two-day", "mid-February": a hyphen after "mid" or a listed
             * word, so four bytes at least; tested on the key when there
             * is one (no memchr call) */
            tok[i] |= LEDE_TX_START;
        }
    }
    c->tok = tok;
    return LEDE_OK;
}
