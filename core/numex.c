/*
 * numex.c - MONEY, PERCENT and QUANTITY mentions, by rules over tokens:
 *   money     "$5 million", "US$ 3bn", "€3bn", "50,000 afghanis", "USD 20",
 *             "5 million dollars" (currency words and codes from ISO 4217
 *             through the lexicon, symbols below);
 *   percent   "12%", "12 percent", "12 per cent", "3 percentage points";
 *   quantity  a number with a unit of measure: "5 km", "10-mile", "2.5
 *             tonnes", "300 square kilometres" (not "3,000 troops").
 * Numbers are digits (with separators, decimals, ranges, a scale suffix as
 * in "3bn") or number words ("twenty-five", "a million").  Dates and times
 * are timex.c's; tokens already in a mention are left alone, and so are
 * boilerplate paragraphs.  Reentrant; appends to doc->mentions.
 * Owner: entities engineer.
 */
#include <string.h>

#include "lexicon.h"
#include "numex_int.h"
#include "stages.h"

/* Most tokens a number phrase spans ("two hundred and fifty thousand"). */
#define NX_MAX_NUMBER_TOKENS 6

/* What the rules ask of a token, worked out once per token (classify)
 * instead of once per rule and position: its word lists and the shapes
 * below.  Per token in the workspace arena. */
enum {
    /* a word's own lists (NXW_*, numex_int.h), as the vocabulary gives them */
    NT_SCALE = NXW_SCALE,          /* "hundred", "million", "bn"              */
    NT_CURSYM = NXW_CURSYM,        /* "$", "€"                                */
    NT_PERCENT = NXW_PERCENT,      /* "percent", "%"                          */
    NT_UNIT = NXW_UNIT,            /* "km", "miles"                           */
    NT_A = NXW_A,                  /* "a"                                     */
    NT_AND = NXW_AND,              /* "and"                                   */
    NT_TO = NXW_TO,                /* "to"                                    */
    NT_PER = NXW_PER,              /* "per"                                   */
    NT_CENT = NXW_CENT,            /* "cent"                                  */
    NT_PERCENTAGE = NXW_PERCENTAGE,/* "percentage"                            */
    NT_SQUARE = NXW_SQUARE,        /* "square", "cubic", "sq"                 */
    /* shapes worked out here */
    NT_NUMBER = 1u << 16,          /* digit_number(): "3,000", "2.5", "3bn"   */
    NT_SCALED = 1u << 17,          /* ... with a scale suffix ("3bn")         */
    NT_WORDNUM = 1u << 18,         /* word_number(): "five", "twenty-five"    */
    NT_GLUED = 1u << 19,           /* "10-mile": number-unit in one token     */
    NT_POINT = 1u << 20,           /* "point..." ("points")                   */
    NT_START = 1u << 21,           /* match_at may find a value starting here */
    NT_KNOWN = 1u << 22,           /* the bits classify gives are set         */
};

/* Word lookups of classify: through the document's hashed index, for
 * words inside doc->norm (base). */
typedef struct nx_words {
    const lede_vocab_index *ix;
    const char *base;
} nx_words;

typedef struct nx {
    lede_workspace *ws;
    lede_doc *d;
    const lede_lexicon *lex;
    uint32_t *cls;           /* NT_* per token (NT_KNOWN once classified),
                                NT_KNOWN alone past the last              */
    const nx_words *w;
    size_t sb, se;
} nx;

static inline unsigned classify(const nx_words *w, const char *s, size_t n);

static bool free_tok(const nx *x, size_t i) { return i < x->se && x->d->toks.v[i].mention < 0; }
/* Token i's NT_* bits, classifying it on first use: most tokens cannot
 * start a value and are read by no rule, and are never classified. */
static unsigned cls_of(const nx *x, size_t i)
{
    uint32_t c = x->cls[i];
    if (!(c & NT_KNOWN)) {
        const lede_token *t = &x->d->toks.v[i];
        c |= classify(x->w, lede_tok_norm(x->d, t), t->norm_len) | NT_KNOWN;
        x->cls[i] = c;
    }
    return c;
}
static bool is(const nx *x, size_t i, unsigned nt) { return (cls_of(x, i) & nt) != 0; }

static unsigned word_in(const nx_words *w, const char *s, size_t n)
{
    return lede_nx_word_at(w->ix, s, n, (size_t)(s - w->base));
}

/* Digits with separators, decimals and ranges ("3,000", "2.5", "5-10"),
 * optionally a glued scale suffix ("3bn"); *scaled says it had one. */
static bool digit_number(const nx_words *w, const char *s, size_t n, bool *scaled)
{
    size_t i = 0, digits = 0;
    *scaled = false;
    while (i < n) {
        char c = s[i];
        if (c >= '0' && c <= '9')
            digits++;
        else if (!((c == ',' || c == '.' || c == '-') && digits && i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9'))
            break;
        i++;
    }
    if (!digits)
        return false;
    if (i == n)
        return true;
    if (word_in(w, s + i, n - i) & NXW_SUFFIX) {
        *scaled = true;
        return true;
    }
    return false;
}

/* A number word, or two joined by a hyphen ("twenty-five"); in: s's own
 * NXW_* lists, h: the first hyphen in s, or NULL. */
static bool word_number(const nx_words *w, const char *s, size_t n, unsigned in, const char *h)
{
    if (in & NXW_NUMBER)
        return true;
    return h && (word_in(w, s, (size_t)(h - s)) & NXW_NUMBER) &&
           (word_in(w, h + 1, n - (size_t)(h - s) - 1) & NXW_NUMBER);
}

/* classify's rest, for a token that starts with a digit or holds a
 * hyphen (h: the first); in: its own lists. */
static __attribute__((noinline)) unsigned classify_rest(const nx_words *w, const char *s, size_t n, unsigned in,
                                                        const char *h)
{
    unsigned c = 0;
    bool scaled = false;
    if (n && s[0] >= '0' && s[0] <= '9' && digit_number(w, s, n, &scaled))
        c |= NT_NUMBER | (scaled ? NT_SCALED : 0);
    if (word_number(w, s, n, in, h))
        c |= NT_WORDNUM;
    c |= in & ~(unsigned)(NXW_NUMBER | NXW_SUFFIX); /* NT_SCALE .. NT_SQUARE: the word's lists */
    if (h) {
        /* "10-mile", "five-km" */
        size_t a = (size_t)(h - s);
        /* s[0..a) has no hyphen: h is the first */
        if ((digit_number(w, s, a, &scaled) || word_number(w, s, a, word_in(w, s, a), NULL)) && !scaled &&
            (word_in(w, h + 1, n - a - 1) & NXW_UNIT))
            c |= NT_GLUED;
    }
    if (n >= 5 && memcmp(s, "point", 5) == 0)
        c |= NT_POINT;
    return c;
}

/* The NT_* of a folded token.  Most tokens classified start with no digit
 * and hold no hyphen: their bits are their lists' (and "point..."),
 * worked out here inline; the others go to classify_rest. */
static inline unsigned classify(const nx_words *w, const char *s, size_t n)
{
    unsigned in = 0;
    const char *h = NULL;
    if (n > 0 && n <= LEDE_VOCAB_KEY_MAX) {
        /* one key for the lookup and the hyphen test */
        lede_vocab_key k = lede_vocab_key_of(s, n, (size_t)(s - w->base));
        in = lede_nx_word_key(w->ix, k, n);
        if (lede_vocab_key_has(k, '-'))
            h = memchr(s, '-', n);
    } else {
        h = memchr(s, '-', n);
    }
    if (h || (n && s[0] >= '0' && s[0] <= '9'))
        return classify_rest(w, s, n, in, h);
    /* word_number without a hyphen is the word's own NXW_NUMBER */
    unsigned c = (in & NXW_NUMBER ? NT_WORDNUM : 0u) | (in & ~(unsigned)(NXW_NUMBER | NXW_SUFFIX));
    if (n >= 5 && memcmp(s, "point", 5) == 0)
        c |= NT_POINT;
    return c;
}

/* End of the number phrase starting at i, or i when there is none. */
static size_t number_at(const nx *x, size_t i)
{
    if (!free_tok(x, i))
        return i;
    bool scaled = false;
    size_t j = i;
    if (is(x, i, NT_NUMBER)) {
        scaled = is(x, i, NT_SCALED);
        j = i + 1;
    } else if (is(x, i, NT_WORDNUM)) {
        j = i + 1;
    } else if (is(x, i, NT_A) && free_tok(x, i + 1) && is(x, i + 1, NT_SCALE)) {
        j = i + 1; /* "a million" */
    } else {
        return i;
    }
    while (!scaled && j < x->se && j - i < NX_MAX_NUMBER_TOKENS && free_tok(x, j)) {
        if (is(x, j, NT_SCALE | NT_WORDNUM))
            j++;
        else if (is(x, j, NT_AND) && j + 1 < x->se && is(x, j + 1, NT_WORDNUM) && j > i && is(x, j - 1, NT_SCALE))
            j++; /* "two hundred and fifty" */
        else
            break;
    }
    return j;
}

static bool currency_symbol(const nx *x, size_t i) { return free_tok(x, i) && is(x, i, NT_CURSYM); }

/* Tokens of a currency word or code starting at i (0 if none). */
static size_t currency_at(const nx *x, size_t i, bool want_code)
{
    if (!free_tok(x, i) || !x->lex)
        return 0;
    const lede_token *t = &x->d->toks.v[i];
    bool code_shape = lede_tok_len(t) == 3 && (t->flags & LEDE_TF_ALL_UPPER);
    if (want_code && !code_shape)
        return 0; /* only a one-token code could do: no lookup */
    size_t limit = i;
    while (limit < x->se && limit - i < 3 && free_tok(x, limit))
        limit++;
    const lede_lex_entry *e;
    size_t n = lede_lexicon_longest(x->lex, x->d, i, limit, &e);
    for (; n && e; e = e->next)
        if (e->classes & LEDE_LEX_CURRENCY) {
            bool code = n == 1 && code_shape;
            /* a capitalised "Afghani" is a person; codes are upper case */
            if (want_code ? code : (code || !(t->flags & LEDE_TF_UPPER_INIT) || n > 1))
                return n;
        }
    return 0;
}

static size_t percent_at(const nx *x, size_t i)
{
    if (!free_tok(x, i))
        return 0;
    if (is(x, i, NT_PERCENT))
        return 1;
    if (is(x, i, NT_PER) && free_tok(x, i + 1) && is(x, i + 1, NT_CENT))
        return 2;
    if (is(x, i, NT_PERCENTAGE) && free_tok(x, i + 1) && is(x, i + 1, NT_POINT))
        return 2;
    return 0;
}

static size_t unit_at(const nx *x, size_t i)
{
    if (!free_tok(x, i))
        return 0;
    if (is(x, i, NT_SQUARE))
        return is(x, i + 1, NT_UNIT) && free_tok(x, i + 1) ? 2 : 0;
    return is(x, i, NT_UNIT) ? 1 : 0;
}

/* "10-mile", "5-km": a number and a unit in one hyphenated token. */
static bool glued_quantity(const nx *x, size_t i) { return is(x, i, NT_GLUED) && free_tok(x, i); }

static lede_status emit(nx *x, size_t b, size_t e, int type)
{
    lede_doc *d = x->d;
    lede_mention *m = LEDE_PUSH(d->mentions, x->ws->lim.max_mentions);
    if (!m)
        return lede_fail(x->ws, LEDE_ERR_DOC_LIMIT, "document has more than %zu mentions", x->ws->lim.max_mentions);
    m->tok_begin = (uint32_t)b;
    m->tok_end = (uint32_t)e;
    m->start = d->toks.v[b].start;
    m->end = d->toks.v[e - 1].end;
    m->type = (uint8_t)type;
    m->kind = LEDE_MK_VALUE;
    m->conf = 1.0f;
    m->entity = -1;
    int32_t mi = (int32_t)(d->mentions.n - 1);
    for (size_t k = b; k < e; k++)
        d->toks.v[k].mention = mi;
    return LEDE_OK;
}

/* The value expression starting at token i: its end and type, or 0. */
static size_t match_at(const nx *x, size_t i, int *type)
{
    const lede_doc *d = x->d;
    /* US$ 5, A$3: a country prefix glued to the dollar sign */
    size_t sym = i;
    if (free_tok(x, i) && i + 1 < x->se && (d->toks.v[i].flags & LEDE_TF_ALL_UPPER) && lede_tok_len(&d->toks.v[i]) <= 3 &&
        !(d->toks.v[i + 1].flags & LEDE_TF_SPACE_BEFORE) && currency_symbol(x, i + 1))
        sym = i + 1;
    if (currency_symbol(x, sym) || currency_at(x, sym, true) == 1) {
        size_t k = sym + 1, e = number_at(x, k);
        if (e > k) {
            size_t c = currency_at(x, e, false); /* "$5 million dollars" is rare but whole */
            *type = LEDE_ET_MONEY;
            return e + c;
        }
        return 0;
    }
    size_t e = number_at(x, i);
    if (e > i) {
        size_t n;
        if ((n = percent_at(x, e))) {
            *type = LEDE_ET_PERCENT;
            return e + n;
        }
        if ((n = currency_at(x, e, false)) || (n = currency_at(x, e, true))) {
            *type = LEDE_ET_MONEY;
            return e + n;
        }
        if ((n = unit_at(x, e))) {
            *type = LEDE_ET_QUANTITY;
            return e + n;
        }
        /* "five to 10 km": a range shares the unit that follows it */
        if (e + 1 < x->se && is(x, e, NT_TO)) {
            size_t e2 = number_at(x, e + 1);
            if (e2 > e + 1 && ((n = percent_at(x, e2)) || (n = unit_at(x, e2)))) {
                *type = percent_at(x, e2) ? LEDE_ET_PERCENT : LEDE_ET_QUANTITY;
                return e2 + n;
            }
        }
        return 0;
    }
    if (glued_quantity(x, i)) {
        *type = LEDE_ET_QUANTITY;
        return i + 1;
    }
    return 0;
}

lede_status lede_numex_find(lede_workspace *ws)
{
    lede_doc *d = &ws->doc;
    uint32_t *cls = lede_arena_alloc(&ws->arena, (d->toks.n + 1) * sizeof *cls);
    if (!cls)
        return lede_fail(ws, LEDE_ERR_NOMEM, "out of memory reading numbers");
    nx_words w = {&lede_nx_index, d->norm.v};
    /* the arrays and the count in locals: the stores to cls[] (32-bit
     * words, as tokens' fields are) would make gcc reload them per token */
    const lede_token *tv = d->toks.v;
    const char *norm = d->norm.v;
    size_t nt = d->toks.n;
    for (size_t i = 0; i < nt; i++) {
        const lede_token *t = &tv[i];
        const char *s = norm + t->norm;
        size_t n = t->norm_len;
        /* what match_at can start on: a currency symbol, a number, "a" (a
         * million), a glued quantity, or a short upper-case word (a code,
         * US$); most tokens are none of these.  Only a token starting with
         * a digit, or whose first byte and length a currency symbol, "a" or
         * a number word (maybe hyphen-joined) has, can be one of the first
         * five (lede_nx_start_len, which has both); the others are
         * classified on demand. */
        unsigned c = 0, b = n < 31 ? (unsigned)n : 31u, c0 = (unsigned char)(n ? s[0] : 0);
        /* then, for two bytes or more not starting with a digit, the pair
         * of first bytes (lede_nx_start_pair): "the", "from" go here */
        if (n && ((lede_nx_start_len[c0] >> b) & 1u) &&
            (n == 1 || c0 - '0' < 10u || ((lede_nx_start_pair[lede_nx_pair_slot(c0, (unsigned char)s[1])] >> b) & 1u)))
            c = classify(&w, s, n) | NT_KNOWN;
        if ((c & (NT_CURSYM | NT_NUMBER | NT_WORDNUM | NT_A | NT_GLUED)) ||
            ((t->flags & LEDE_TF_ALL_UPPER) && lede_tok_len(t) <= 3))
            c |= NT_START;
        cls[i] = c;
    }
    cls[d->toks.n] = NT_KNOWN; /* rules peek one token past a sentence's end */
    nx x = {ws, d, ws->model ? ws->model->lex : NULL, cls, &w, 0, 0};
    for (size_t s = 0; s < d->sents.n; s++) {
        uint32_t p = d->sents.v[s].para;
        if (p < d->paras.n && d->paras.v[p].kind == LEDE_PARA_BOILERPLATE)
            continue;
        x.sb = d->sents.v[s].tok_begin;
        x.se = d->sents.v[s].tok_end;
        for (size_t i = x.sb; i < x.se; i++) {
            if (!(cls[i] & NT_START))
                continue;
            const lede_token *t = &d->toks.v[i];
            if (t->mention >= 0 || !(t->flags & (LEDE_TF_DIGIT | LEDE_TF_ALPHA | LEDE_TF_PUNCT)))
                continue;
            int type = 0;
            size_t e = match_at(&x, i, &type);
            if (!e)
                continue;
            lede_status st = emit(&x, i, e, type);
            if (st != LEDE_OK)
                return st;
            i = e - 1;
        }
    }
    return LEDE_OK;
}
