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
#include "stages.h"

/* Most tokens a number phrase spans ("two hundred and fifty thousand"). */
#define NX_MAX_NUMBER_TOKENS 6

static const char *const number_words[] = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
    "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "dozen", "dozens", "half", NULL};
static const char *const scale_words[] = {"hundred", "thousand", "million", "billion", "trillion", "mln", "bln",
                                          "bn", "tn", "hundreds", "thousands", "millions", "billions", NULL};
/* Scale suffixes glued to digits: "3bn", "5m", "10k". */
static const char *const scale_suffixes[] = {"bn", "b", "m", "mn", "mln", "k", "tn", "trn", NULL};
static const char *const currency_symbols[] = {"$", "€", "£", "¥", "₹", "₽", "₩", "₺", "₪", "₦", "₱", "₫", "rs",
                                               "rs.", NULL};
static const char *const percent_words[] = {"percent", "pct", "%", NULL};
/* Units of measure (folded).  "m" and "g" are left out: "5m" is money. */
static const char *const units[] = {
    "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles", "metre", "metres",
    "meter", "meters", "cm", "centimetres", "centimeters", "mm", "millimetres", "millimeters", "ft", "feet",
    "foot", "inch", "inches", "yard", "yards", "kg", "kgs", "kilogram", "kilograms", "kilogrammes", "kilo",
    "kilos", "gram", "grams", "tonne", "tonnes", "ton", "tons", "lb", "lbs", "ounce", "ounces", "oz", "litre",
    "litres", "liter", "liters", "gallon", "gallons", "barrel", "barrels", "bpd", "acre", "acres", "hectare",
    "hectares", "degree", "degrees", "mph", "kph", "knots", "megawatt", "megawatts", "mw", "gw", "kw", "kwh",
    "gigawatt", "gigawatts", "watts", "volts", "calories", "gb", "tb", "mb", "megabytes", "gigabytes",
    "terabytes", "decibels", "nautical", NULL};

static bool in(const char *const *list, const char *s, size_t n)
{
    for (; *list; list++)
        if (n && (*list)[0] == s[0] && strlen(*list) == n && memcmp(*list, s, n) == 0)
            return true;
    return false;
}

typedef struct nx {
    lede_workspace *ws;
    lede_doc *d;
    const lede_lexicon *lex;
    size_t sb, se;
} nx;

static const char *norm(const nx *x, size_t i) { return lede_tok_norm(x->d, &x->d->toks.v[i]); }
static size_t nlen(const nx *x, size_t i) { return x->d->toks.v[i].norm_len; }
static bool free_tok(const nx *x, size_t i) { return i < x->se && x->d->toks.v[i].mention < 0; }

/* Digits with separators, decimals and ranges ("3,000", "2.5", "5-10"),
 * optionally a glued scale suffix ("3bn"); *scaled says it had one. */
static bool digit_number(const char *s, size_t n, bool *scaled)
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
    if (in(scale_suffixes, s + i, n - i)) {
        *scaled = true;
        return true;
    }
    return false;
}

/* A number word, or two joined by a hyphen ("twenty-five"). */
static bool word_number(const char *s, size_t n)
{
    if (in(number_words, s, n))
        return true;
    const char *h = memchr(s, '-', n);
    return h && in(number_words, s, (size_t)(h - s)) && in(number_words, h + 1, n - (size_t)(h - s) - 1);
}

/* End of the number phrase starting at i, or i when there is none. */
static size_t number_at(const nx *x, size_t i)
{
    if (!free_tok(x, i))
        return i;
    bool scaled = false;
    size_t j = i;
    if (digit_number(norm(x, i), nlen(x, i), &scaled)) {
        j = i + 1;
    } else if (word_number(norm(x, i), nlen(x, i))) {
        j = i + 1;
    } else if (nlen(x, i) == 1 && norm(x, i)[0] == 'a' && free_tok(x, i + 1) &&
               in(scale_words, norm(x, i + 1), nlen(x, i + 1))) {
        j = i + 1; /* "a million" */
    } else {
        return i;
    }
    while (!scaled && j < x->se && j - i < NX_MAX_NUMBER_TOKENS && free_tok(x, j)) {
        if (in(scale_words, norm(x, j), nlen(x, j)) || word_number(norm(x, j), nlen(x, j)))
            j++;
        else if (nlen(x, j) == 3 && memcmp(norm(x, j), "and", 3) == 0 && j + 1 < x->se &&
                 word_number(norm(x, j + 1), nlen(x, j + 1)) && j > i &&
                 in(scale_words, norm(x, j - 1), nlen(x, j - 1)))
            j++; /* "two hundred and fifty" */
        else
            break;
    }
    return j;
}

static bool currency_symbol(const nx *x, size_t i)
{
    return free_tok(x, i) && in(currency_symbols, norm(x, i), nlen(x, i));
}

/* Tokens of a currency word or code starting at i (0 if none). */
static size_t currency_at(const nx *x, size_t i, bool want_code)
{
    if (!free_tok(x, i) || !x->lex)
        return 0;
    size_t limit = i;
    while (limit < x->se && limit - i < 3 && free_tok(x, limit))
        limit++;
    const lede_lex_entry *e;
    size_t n = lede_lexicon_longest(x->lex, x->d, i, limit, &e);
    for (; n && e; e = e->next)
        if (e->classes & LEDE_LEX_CURRENCY) {
            const lede_token *t = &x->d->toks.v[i];
            bool code = n == 1 && lede_tok_len(t) == 3 && (t->flags & LEDE_TF_ALL_UPPER);
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
    if (in(percent_words, norm(x, i), nlen(x, i)))
        return 1;
    if (nlen(x, i) == 3 && memcmp(norm(x, i), "per", 3) == 0 && free_tok(x, i + 1) && nlen(x, i + 1) == 4 &&
        memcmp(norm(x, i + 1), "cent", 4) == 0)
        return 2;
    if (nlen(x, i) == 10 && memcmp(norm(x, i), "percentage", 10) == 0 && free_tok(x, i + 1) &&
        nlen(x, i + 1) >= 5 && memcmp(norm(x, i + 1), "point", 5) == 0)
        return 2;
    return 0;
}

static size_t unit_at(const nx *x, size_t i)
{
    if (!free_tok(x, i))
        return 0;
    if ((nlen(x, i) == 6 && memcmp(norm(x, i), "square", 6) == 0) ||
        (nlen(x, i) == 5 && memcmp(norm(x, i), "cubic", 5) == 0) || (nlen(x, i) == 2 && memcmp(norm(x, i), "sq", 2) == 0))
        return in(units, norm(x, i + 1), nlen(x, i + 1)) && free_tok(x, i + 1) ? 2 : 0;
    return in(units, norm(x, i), nlen(x, i)) ? 1 : 0;
}

/* "10-mile", "5-km": a number and a unit in one hyphenated token. */
static bool glued_quantity(const nx *x, size_t i)
{
    const char *s = norm(x, i);
    size_t n = nlen(x, i);
    const char *h = memchr(s, '-', n);
    bool scaled;
    if (!h || !free_tok(x, i))
        return false;
    size_t a = (size_t)(h - s);
    return (digit_number(s, a, &scaled) || word_number(s, a)) && !scaled && in(units, h + 1, n - a - 1);
}

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
        if (e + 1 < x->se && nlen(x, e) == 2 && memcmp(norm(x, e), "to", 2) == 0) {
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
    nx x = {ws, d, ws->model ? ws->model->lex : NULL, 0, 0};
    for (size_t s = 0; s < d->sents.n; s++) {
        uint32_t p = d->sents.v[s].para;
        if (p < d->paras.n && d->paras.v[p].kind == LEDE_PARA_BOILERPLATE)
            continue;
        x.sb = d->sents.v[s].tok_begin;
        x.se = d->sents.v[s].tok_end;
        for (size_t i = x.sb; i < x.se; i++) {
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
