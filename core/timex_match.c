/*
 * timex_match.c - recognisers of temporal expressions over folded tokens, and
 * their normalisation against the anchor date (see timex.c for the value
 * conventions).  Each recogniser looks at token i of one sentence and either
 * fills a hit (tokens [b, e), type, ISO value) or returns false.
 * Owned by the timex stage.  Pure functions of the document; reentrant.
 */
#include <string.h>

#include "timex_cal.h"
#include "timex_int.h"

typedef lede_tx tx;
typedef lede_tx_hit hit;
/* The last byte of a hit's value, kept for its NUL (lede_cal_put_*). */
#define VEND(h) ((h)->value + sizeof (h)->value - 1)


/* ---- token access -------------------------------------------------------- */

static const char *nrm(const tx *c, size_t i, size_t *n)
{
    const lede_token *t = &c->d->toks.v[i];
    *n = t->norm_len;
    return lede_tok_norm(c->d, t);
}


/* Token i is the word w of wn bytes.  Through W(c, i, "literal"): the
 * length is a constant, so most tokens are turned away on it and the
 * compare is a load or two, not a loop. */
static inline bool w_eq(const tx *c, size_t i, const char *w, size_t wn)
{
    if (i >= c->se)
        return false;
    size_t n;
    const char *s = nrm(c, i, &n);
    return n == wn && memcmp(s, w, wn) == 0;
}
#define W(c, i, lit) w_eq(c, i, "" lit, sizeof(lit) - 1)

/* The index of s[0..n) in word list `list` (TXL_*), -1 if absent. */
static int in_list(const tx *c, const char *s, size_t n, int list)
{
    int id = lede_tx_word_at(c, s, n);
    return id ? lede_tx_vocab[id - 1].in[list] - 1 : -1;
}

/* The same for token i, from its id (lede_tx_classify): no search. */
static int L(const tx *c, size_t i, int list)
{
    if (i >= c->se)
        return -1;
    unsigned id = LEDE_TX_ID(c->tok[i]);
    return id ? lede_tx_vocab[id - 1].in[list] - 1 : -1;
}

/* A recogniser is about to let the clause's outlook (fwd) decide part of a
 * value: counted so lede_timex_match knows whether the outlook matters. */
static void fwd_read(const tx *c)
{
    if (c->fwd_reads)
        ++*c->fwd_reads;
}

static bool capitalised(const tx *c, size_t i)
{
    return i < c->se && (c->d->toks.v[i].flags & LEDE_TF_UPPER_INIT);
}

/* ---- words ---------------------------------------------------------------- */

/* The word lists (months, weekdays, number words, ...) are in timex_words.c,
 * in the order the indices below read: months "january".."december" (0-11),
 * "jan".."dec" (12-23), "jan.".."dec." (24-35), "sept", "sept." (36, 37). */

static int month_of(const tx *c, size_t i)
{
    int k = L(c, i, TXL_MONTH);
    if (k < 0)
        return 0;
    if (k >= 36)
        return 9;
    return k % 12 + 1;
}

/* The unit a word names ("days" U_DAY), negated for "weeklong" and the
 * like; U_NONE if none. */
static int unit_of(const tx *c, const char *s, size_t n)
{
    int id = lede_tx_word_at(c, s, n);
    return id ? lede_tx_vocab[id - 1].in[TXL_UNIT] : U_NONE;
}

/* unit_of token i (i < c->se), from its id. */
static int unit_tok(const tx *c, size_t i)
{
    unsigned id = LEDE_TX_ID(c->tok[i]);
    return id ? lede_tx_vocab[id - 1].in[TXL_UNIT] : U_NONE;
}

static int unit_at(const tx *c, size_t i)
{
    if (i >= c->se)
        return U_NONE;
    int u = unit_tok(c, i);
    return u > 0 ? u : U_NONE;
}

/* A number written in digits (at most 6) or words up to ninety-nine; -1 if none. */
static int number_of(const tx *c, const char *s, size_t n)
{
    if (n == 0 || n > 6)
        goto words;
    int v = 0;
    for (size_t k = 0; k < n; k++) {
        if (s[k] < '0' || s[k] > '9')
            goto words;
        v = v * 10 + (s[k] - '0');
    }
    return v;
words:;
    int k = in_list(c, s, n, TXL_NUMBER);
    if (k >= 0)
        return k;
    const char *h = memchr(s, '-', n);
    size_t head = h ? (size_t)(h - s) : n;
    int t = in_list(c, s, head, TXL_TENS);
    if (t < 0)
        return -1;
    if (!h)
        return 20 + 10 * t;
    int u = in_list(c, h + 1, n - head - 1, TXL_NUMBER);
    return u >= 1 && u <= 9 ? 20 + 10 * t + u : -1;
}

static int number_at(const tx *c, size_t i)
{
    if (i >= c->se)
        return -1;
    size_t n;
    const char *s = nrm(c, i, &n);
    return number_of(c, s, n);
}

/* 1..31 written "12", "12th", "1st"; 0 if none. */
static int day_at(const tx *c, size_t i)
{
    if (i >= c->se)
        return 0;
    size_t n;
    const char *s = nrm(c, i, &n);
    int v = 0;
    size_t k = 0;
    for (; k < n && k < 2 && s[k] >= '0' && s[k] <= '9'; k++)
        v = v * 10 + (s[k] - '0');
    if (k == 0 || v < 1 || v > 31)
        return 0;
    if (k == n)
        return v;
    if (n - k == 2 && (memcmp(s + k, "st", 2) == 0 || memcmp(s + k, "nd", 2) == 0 ||
                       memcmp(s + k, "rd", 2) == 0 || memcmp(s + k, "th", 2) == 0))
        return v;
    return 0;
}

static int year_of(const char *s, size_t n)
{
    if (n != 4)
        return 0;
    int v = 0;
    for (size_t k = 0; k < 4; k++) {
        if (s[k] < '0' || s[k] > '9')
            return 0;
        v = v * 10 + (s[k] - '0');
    }
    return v >= 1000 && v <= 2999 ? v : 0;
}

static int year_at(const tx *c, size_t i)
{
    if (i >= c->se)
        return 0;
    size_t n;
    const char *s = nrm(c, i, &n);
    return year_of(s, n);
}

/* ---- recognisers ------------------------------------------------------------ */

/* TXL_PART: "morning", "afternoon", "evening", "night" */
static const char *const part_codes[] = {"MO", "AF", "EV", "NI"};

/* A word that looks ahead ("will", "scheduled") in the clause around token i:
 * up to 8 tokens before and 4 after, not across ; : or a dash. */
static bool future_near(const tx *c, size_t i)
{
    for (size_t k = i, steps = 0; k > c->sb && steps < 8; steps++) {
        k--;
        if (L(c, k, TXL_FUTURE) >= 0)
            return true;
        if (W(c, k, ";") || W(c, k, ":") || (c->d->toks.v[k].flags & LEDE_TF_DASH))
            break;
    }
    for (size_t k = i + 1; k < c->se && k <= i + 4; k++) {
        if (L(c, k, TXL_FUTURE) >= 0)
            return true;
        if (W(c, k, ";") || W(c, k, ":") || (c->d->toks.v[k].flags & LEDE_TF_DASH))
            break;
    }
    return false;
}

/* Month named by token i, also inside "mid-February"; 0 if none. */
static int month_in(const tx *c, size_t i)
{
    int m = month_of(c, i);
    if (m || i >= c->se)
        return m;
    size_t n;
    const char *s = nrm(c, i, &n);
    if (n > 4 && memcmp(s, "mid-", 4) == 0) {
        int k = in_list(c, s + 4, n - 4, TXL_MONTH);
        return k < 0 ? 0 : k >= 36 ? 9 : k % 12 + 1;
    }
    return 0;
}

static void fill_date(const tx *c, hit *h, int y, int m, int d, bool fwd)
{
    h->type = LEDE_TX_DATE;
    if (!y) {
        fwd_read(c);
        y = lede_tx_infer_year(c, m, d, fwd);
    }
    if (!y)
        return; /* value stays "" */
    if (d) {
        h->y = y;
        h->m = m;
        h->d = d;
        lede_cal_fmt_day(h->value, y, m, d);
    } else {
        lede_cal_fmt_month(h->value, y, m);
    }
}

/* "February 12, 2021", "Feb. 12", "12 February", "12th of Feb", "February 2021", "(in) February". */
static bool match_month(const tx *c, size_t i, bool fwd, hit *h)
{
    size_t j = i, mt;
    int d = 0, m = 0, y = 0;
    if ((d = day_at(c, j)) && (m = month_in(c, j + 1 + W(c, j + 1, "of")))) {
        mt = j + 1 + W(c, j + 1, "of");
        j = mt + 1;
    } else if ((m = month_in(c, j))) {
        mt = j++;
        if ((d = day_at(c, j)) && unit_at(c, j + 1) == U_NONE && !W(c, j + 1, ":"))
            j++;
        else
            d = 0;
    } else {
        return false;
    }
    if (!capitalised(c, mt))
        return false;
    if (W(c, j, ",") && year_at(c, j + 1))
        y = year_at(c, ++j), j++;
    else if (year_at(c, j))
        y = year_at(c, j++);
    if (!d && !y) {
        /* "May" and "March" are also a verb and a noun: want a date word before */
        bool ambiguous = W(c, mt, "may") || W(c, mt, "march") || W(c, mt, "mar");
        bool ctx = mt > c->sb && L(c, mt - 1, TXL_DATE_PREP) >= 0;
        if (ambiguous && !ctx)
            return false;
        if (mt == c->sb && !ctx && !W(c, j, ","))
            return false;
    }
    if (d && d > lede_cal_month_days(y ? y : 2000, m))
        return false;
    h->b = i;
    h->e = j;
    fill_date(c, h, y, m, d, fwd);
    return true;
}

/* "2021-02-12", "2021-02", "2015-2017", "02/12/2021" (month first unless it cannot be). */
static bool match_numeric(const tx *c, size_t i, hit *h)
{
    size_t n;
    const char *s = nrm(c, i, &n);
    int g[3] = {0}, len[3] = {0}, k = 0;
    char sep = 0;
    for (size_t p = 0; p < n; p++) {
        char ch = s[p];
        if (ch >= '0' && ch <= '9') {
            if (len[k] >= 4)
                return false;
            g[k] = g[k] * 10 + (ch - '0');
            len[k]++;
        } else if ((ch == '-' || ch == '/' || ch == '.') && len[k] && k < 2 && (!sep || sep == ch)) {
            sep = ch;
            k++;
        } else {
            return false;
        }
    }
    if (!sep || !len[k])
        return false;
    int y = 0, m = 0, d = 0;
    h->type = LEDE_TX_DATE;
    if (sep == '-' && len[0] == 4 && k == 2 && len[1] == 2 && len[2] == 2) {
        y = g[0], m = g[1], d = g[2];
    } else if (sep == '-' && len[0] == 4 && k == 1 && len[1] == 2 && g[1] >= 1 && g[1] <= 12) {
        y = g[0], m = g[1];
    } else if (sep == '-' && k == 1 && len[0] == 4 && len[1] == 4 && year_of(s, 4) && g[1] > g[0]) {
        h->b = i;
        h->e = i + 1;
        char *o = lede_cal_put_int(h->value, VEND(h), g[0], 4);
        o = lede_cal_put_str(o, VEND(h), "/");
        *lede_cal_put_int(o, VEND(h), g[1], 4) = '\0';
        return true;
    } else if (sep == '/' && k == 2 && len[0] <= 2 && len[1] <= 2 && (len[2] == 4 || len[2] == 2)) {
        y = len[2] == 4 ? g[2] : 2000 + g[2];
        m = g[0] > 12 ? g[1] : g[0];
        d = g[0] > 12 ? g[0] : g[1];
    } else {
        return false;
    }
    if (y < 1000 || m < 1 || m > 12 || (k == 2 && (d < 1 || d > lede_cal_month_days(y, m))))
        return false;
    h->b = i;
    h->e = i + 1;
    if (d) {
        h->y = y, h->m = m, h->d = d;
        lede_cal_fmt_day(h->value, y, m, d);
    } else {
        lede_cal_fmt_month(h->value, y, m);
    }
    return true;
}

bool lede_timex_match_date(const lede_tx *c, size_t i, lede_tx_hit *h)
{
    return match_month(c, i, false, h) || match_numeric(c, i, h);
}

static void add_part(hit *h, int part)
{
    if (part >= 0 && h->value[0]) {
        size_t n = strlen(h->value);
        char *o = lede_cal_put_str(h->value + n, VEND(h), "T");
        *lede_cal_put_str(o, VEND(h), part_codes[part]) = '\0';
        h->type = LEDE_TX_TIME;
    }
}

/* "(on) Monday", "last Friday", "Monday morning", "Monday, Feb. 1". */
static bool match_weekday(const tx *c, size_t i, bool fwd, hit *h)
{
    size_t j = i;
    int rel = 0;
    if (W(c, j, "last") || W(c, j, "past"))
        rel = -1, j++;
    else if (W(c, j, "next") || W(c, j, "coming"))
        rel = 1, j++;
    else if (W(c, j, "this"))
        j++;
    int w = L(c, j, TXL_WEEKDAY);
    if (w < 0 || !capitalised(c, j))
        return false;
    j++;
    size_t k = j + W(c, j, ",");
    if (match_month(c, k, fwd, h) && h->d) {
        h->b = i;
        return true;
    }
    memset(h, 0, sizeof *h);
    int part = L(c, j, TXL_PART);
    if (part >= 0)
        j++;
    h->b = i;
    h->e = j;
    h->type = LEDE_TX_DATE;
    if (!lede_tx_anchored_day(c))
        return true;
    long z0 = lede_cal_days(c->y, c->m, c->dd);
    int pw = lede_cal_weekday(z0);
    long z;
    fwd_read(c);
    if (rel < 0 || (rel == 0 && !fwd)) {
        long delta = (pw - w + 7) % 7;
        z = z0 - (rel < 0 && delta == 0 ? 7 : delta);
    } else {
        long delta = (w - pw + 7) % 7;
        z = z0 + (rel > 0 && delta == 0 ? 7 : delta);
    }
    lede_tx_set_day(h, z);
    add_part(h, part);
    return true;
}

/* "today", "yesterday", "tomorrow", "tonight", "this morning", "last night". */
static bool match_deictic(const tx *c, size_t i, hit *h)
{
    int k = L(c, i, TXL_DEICTIC), part = -1, shift;
    size_t e = i + 1;
    if (k >= 0) {
        shift = k == 3 ? 0 : k - 1;
        part = k == 3 ? 3 : -1;
    } else if (W(c, i, "this") && (part = L(c, i + 1, TXL_PART)) >= 0 && part != 3) {
        shift = 0;
        e = i + 2;
    } else if (W(c, i, "last") && W(c, i + 1, "night")) {
        shift = -1;
        part = 3;
        e = i + 2;
    } else {
        return false;
    }
    h->b = i;
    h->e = e;
    h->type = LEDE_TX_DATE;
    if (lede_tx_shifted_period(c, U_DAY, shift, h))
        add_part(h, part);
    return true;
}

/* TXL_SEASON: "spring", "summer", "fall", "autumn", "winter" */
static const char *const season_codes[] = {"SP", "SU", "FA", "FA", "WI"};

/* "this week", "last year", "next month", "this weekend", "last summer", "this quarter". */
static bool match_relative(const tx *c, size_t i, hit *h)
{
    /* TXL_REL: "this", "current", "last", "previous", "next", "coming", "following" */
    static const int shifts[] = {0, 0, -1, -1, 1, 1, 1};
    int r = L(c, i, TXL_REL);
    if (r < 0)
        return false;
    int shift = shifts[r];
    size_t j = i + 1;
    h->b = i;
    h->type = LEDE_TX_DATE;
    int u = unit_at(c, j), s;
    if (u >= U_WEEK && (W(c, j, "week") || W(c, j, "month") || W(c, j, "year") || W(c, j, "decade") ||
                        W(c, j, "century"))) {
        h->e = j + 1;
        lede_tx_shifted_period(c, u, shift, h);
        return true;
    }
    if (W(c, j, "weekend")) {
        h->e = j + 1;
        if (lede_tx_shifted_period(c, U_WEEK, shift, h))
            strcat(h->value, "-WE");
        return true;
    }
    if (W(c, j, "quarter")) {
        h->e = j + 1;
        if (c->y && c->m) {
            int q = (c->y * 4 + (c->m - 1) / 3) + shift;
            char *o = lede_cal_put_int(h->value, VEND(h), q / 4, 4);
            o = lede_cal_put_str(o, VEND(h), "-Q");
            *lede_cal_put_int(o, VEND(h), q % 4 + 1, 0) = '\0';
        }
        return true;
    }
    if ((s = L(c, j, TXL_SEASON)) >= 0) {
        h->e = j + 1;
        if (c->y) {
            char *o = lede_cal_put_int(h->value, VEND(h), c->y + shift, 4);
            o = lede_cal_put_str(o, VEND(h), "-");
            *lede_cal_put_str(o, VEND(h), season_codes[s]) = '\0';
        }
        return true;
    }
    return false;
}

/* Counted periods: "two days ago", "48 hours", "two-day", "the past two weeks",
 * "the past year", "the last few days", "recent months", "for years", "decadelong". */
static bool match_count(const tx *c, size_t i, hit *h)
{
    size_t j = i, n;
    bool lead = false;
    if (W(c, j, "the") && L(c, j + 1, TXL_SPAN_BEFORE) >= 0) {
        j += 2;
        lead = true;
    }
    if (W(c, j, "a") && W(c, j + 1, "few"))
        j++;
    const char *s = nrm(c, j < c->se ? j : i, &n);
    int num = number_at(c, j), u = U_NONE;
    if (j >= c->se)
        return false;
    if (num >= 0 || L(c, j, TXL_VAGUE) >= 0 || W(c, j, "a") || W(c, j, "an")) {
        if (num < 0 && (W(c, j, "a") || W(c, j, "an"))) {
            bool ok = (i > c->sb && L(c, i - 1, TXL_ARTICLE_CTX) >= 0) || W(c, j + 2, "ago");
            if (!ok || lead)
                return false;
            num = 1;
        }
        u = unit_at(c, j + 1);
        if (u == U_NONE)
            return false;
        /* "two days", "one day", not "1985 year" or "31 second" */
        size_t un;
        const char *us = nrm(c, j + 1, &un);
        if ((us[un - 1] == 's') != (num != 1))
            return false;
        j += 2;
    } else if (memchr(s, '-', n)) {
        /* "two-day", "48-hour", "decade-long", "year-long"; not ages ("five-year-old") */
        const char *h1 = memchr(s, '-', n);
        size_t a = (size_t)(h1 - s);
        const char *rest = h1 + 1;
        size_t rn = n - a - 1;
        const char *h2 = memchr(rest, '-', rn);
        size_t un = h2 ? (size_t)(h2 - rest) : rn;
        if (h2 && !(rn - un - 1 == 4 && memcmp(h2 + 1, "long", 4) == 0))
            return false;
        if (unit_of(c, s, a) > 0 && un == 4 && memcmp(rest, "long", 4) == 0) {
            num = 1;
            u = unit_of(c, s, a);
        } else {
            num = number_of(c, s, a);
            u = unit_of(c, rest, un);
            if (num < 0 || u <= 0)
                return false;
        }
        j++;
    } else if (unit_tok(c, j) < 0) { /* s is token j's */
        num = 1;
        u = -unit_tok(c, j);
        j++;
    } else if (lead && (u = unit_at(c, j)) != U_NONE) {
        num = 1; /* "the past week" */
        j++;
    } else if (W(c, j, "recent") && (u = unit_at(c, j + 1)) != U_NONE) {
        num = -1;
        j += 2;
    } else if (i > c->sb && (W(c, i - 1, "for") || W(c, i - 1, "over")) && (u = unit_at(c, j)) >= U_DAY &&
               s[n - 1] == 's') {
        num = -1; /* "for years" */
        j++;
    } else {
        return false;
    }
    if (L(c, j - 1, TXL_VAGUE) >= 0 || (j >= 2 && L(c, j - 2, TXL_VAGUE) >= 0))
        num = -1;
    if (W(c, j, "old") || W(c, j, "-old"))
        return false;
    h->b = i;
    h->type = LEDE_TX_DURATION;
    if (!lead && W(c, j, "ago")) {
        h->e = j + 1;
        h->type = LEDE_TX_DATE;
        if (num >= 0)
            lede_tx_shifted_period(c, u == U_HOUR || u == U_MINUTE ? U_DAY : u, u <= U_HOUR ? 0 : -num, h);
        return true;
    }
    h->e = j;
    lede_cal_fmt_duration(h->value, num, u);
    return true;
}

/* "the first quarter (of 2021)", "Q3". */
static bool match_quarter(const tx *c, size_t i, bool fwd, hit *h)
{
    size_t j = i + W(c, i, "the");
    int q = L(c, j, TXL_ORDINAL);
    size_t n;
    const char *s = nrm(c, i, &n);
    if (q >= 0 && W(c, j + 1, "quarter")) {
        j += 2;
    } else if (n == 2 && s[0] == 'q' && s[1] >= '1' && s[1] <= '4') {
        q = s[1] - '1';
        j = i + 1;
    } else {
        return false;
    }
    int y = 0;
    if (W(c, j, "of") && year_at(c, j + 1))
        y = year_at(c, j + 1), j += 2;
    else if (year_at(c, j))
        y = year_at(c, j++);
    h->b = i;
    h->e = j;
    h->type = LEDE_TX_DATE;
    if (q == 4)
        q = 3;
    if (!y && c->y) {
        int cur = c->m ? (c->m - 1) / 3 : q;
        fwd_read(c);
        y = !fwd && q > cur ? c->y - 1 : c->y;
    }
    if (y) {
        char *o = lede_cal_put_int(h->value, VEND(h), y, 4);
        o = lede_cal_put_str(o, VEND(h), "-Q");
        *lede_cal_put_int(o, VEND(h), q + 1, 0) = '\0';
    }
    return true;
}

/* "10:30 a.m.", "10am", "noon", "midnight", "at 14:00 GMT" -> T10:30. */
static bool match_time(const tx *c, size_t i, hit *h)
{
    /* TXL_AMPM: "a.m.", "p.m.", "am", "pm", "a.m", "p.m" (odd: afternoon) */
    size_t n, j = i + 1;
    const char *s = nrm(c, i, &n);
    int hh = -1, mm = 0;
    if (W(c, i, "noon") || W(c, i, "midday")) {
        hh = 12;
    } else if (W(c, i, "midnight")) {
        hh = 0;
    } else {
        size_t p = 0;
        int v = 0;
        for (; p < n && p < 2 && s[p] >= '0' && s[p] <= '9'; p++)
            v = v * 10 + (s[p] - '0');
        if (p == 0)
            return false;
        bool colon = p + 3 <= n && (s[p] == ':' || s[p] == '.') && (s[p] == ':' || p + 3 < n) && s[p + 1] >= '0' && s[p + 1] <= '5' &&
                     s[p + 2] >= '0' && s[p + 2] <= '9';
        if (colon) {
            mm = (s[p + 1] - '0') * 10 + (s[p + 2] - '0');
            p += 3;
        }
        int ap = p < n ? in_list(c, s + p, n - p, TXL_AMPM) : (j < c->se ? L(c, j, TXL_AMPM) : -1);
        if (p < n && ap < 0)
            return false;
        if (p == n && ap >= 0)
            j++;
        if (ap < 0 && !(colon && ((i > c->sb && (W(c, i - 1, "at") || W(c, i - 1, "around") ||
                                                   W(c, i - 1, "until") || W(c, i - 1, "by"))) ||
                                  L(c, j, TXL_ZONE) >= 0)))
            return false;
        if (v > 24 || (ap >= 0 && (v < 1 || v > 12)))
            return false;
        hh = ap >= 0 ? v % 12 + (ap % 2 == 1 ? 12 : 0) : v;
    }
    if (L(c, j, TXL_ZONE) >= 0)
        j += 1 + W(c, j + 1, "time");
    h->b = i;
    h->e = j;
    h->type = LEDE_TX_TIME;
    char *o = lede_cal_put_str(h->value, VEND(h), "T");
    o = lede_cal_put_int(o, VEND(h), hh, 2);
    o = lede_cal_put_str(o, VEND(h), ":");
    *lede_cal_put_int(o, VEND(h), mm, 2) = '\0';
    return true;
}

/* "in 2017", "2021's", "the 1990s", "summer 2020". */
static bool match_year(const tx *c, size_t i, hit *h)
{
    size_t n, j = i;
    int s = L(c, i, TXL_SEASON);
    if (s >= 0 && year_at(c, i + 1))
        j++;
    const char *w = nrm(c, j, &n);
    int y = year_at(c, j);
    if (s < 0 && (y < 1900 || y > 2099))
        y = 0; /* a bare number outside these is more likely a count */
    bool ctx = (i > c->sb && L(c, i - 1, TXL_DATE_PREP) >= 0) || s >= 0 ||
               (j + 1 < c->se && (c->d->toks.v[j + 1].flags & LEDE_TF_POSSESSIVE));
    h->b = i;
    h->type = LEDE_TX_DATE;
    if (y && ctx) {
        h->e = j + 1;
        if (s >= 0) {
            char *o = lede_cal_put_int(h->value, VEND(h), y, 4);
            o = lede_cal_put_str(o, VEND(h), "-");
            *lede_cal_put_str(o, VEND(h), season_codes[s]) = '\0';
        } else
            lede_cal_fmt_year(h->value, y);
        return true;
    }
    if (n == 5 && w[4] == 's' && year_of(w, 4) && (year_of(w, 4) % 10) == 0) {
        h->e = j + 1;
        *lede_cal_put_int(h->value, VEND(h), year_of(w, 4) / 10, 3) = '\0';
        return true;
    }
    return false;
}

static bool match_core(const tx *c, size_t i, bool fwd, hit *h)
{
    if (i >= c->se)
        return false;
    if (i > c->sb && L(c, i - 1, TXL_DEADLINE) >= 0)
        fwd = true;
    if (match_numeric(c, i, h) || match_month(c, i, fwd, h) || match_weekday(c, i, fwd, h) ||
        match_deictic(c, i, h) || match_relative(c, i, h) || match_quarter(c, i, fwd, h) ||
        match_count(c, i, h) || match_time(c, i, h) || match_year(c, i, h))
        return true;
    memset(h, 0, sizeof *h);
    return false;
}

/* A time beside a full day ("Monday at 10 a.m.", "10 a.m. on Feb. 3") joins it. */
static void join_time(const lede_tx *c, hit *h, bool fwd)
{
    hit t = {0};
    size_t j = h->e + (W(c, h->e, "at") || W(c, h->e, ",") || W(c, h->e, "on"));
    if (h->type == LEDE_TX_DATE && h->d && match_time(c, j, &t)) {
        size_t n = strlen(h->value);
        *lede_cal_put_str(h->value + n, VEND(h), t.value) = '\0';
        h->e = t.e;
        h->type = LEDE_TX_TIME;
    } else if (h->type == LEDE_TX_TIME && h->value[0] == 'T' &&
               (match_weekday(c, j, fwd, &t) || match_month(c, j, fwd, &t) || match_deictic(c, j, &t)) &&
               t.d && t.value[10] == '\0') {
        char tv[8]; /* "Thh:mm" */
        memcpy(tv, h->value, sizeof tv - 1);
        tv[sizeof tv - 1] = '\0';
        memcpy(h->value, t.value, 10);
        memcpy(h->value + 10, tv, sizeof tv);
        h->e = t.e;
    }
}

/* lede_timex_match with the clause's outlook fwd. */
static bool match_at(const lede_tx *c, size_t i, bool fwd, lede_tx_hit *h)
{
    size_t j = i;
    if (L(c, j, TXL_DEADLINE) >= 0 && W(c, j + 1, "the") && L(c, j + 2, TXL_BOUND) >= 0 && W(c, j + 3, "of")) {
        fwd = true; /* "by the end of April": the deadline word belongs to the span */
        j += 4;
    } else if (W(c, j, "the") && L(c, j + 1, TXL_BOUND) >= 0 && W(c, j + 2, "of")) {
        j += 3;
    } else if (L(c, j, TXL_BOUND) >= 0 && W(c, j + 1, "of") && !(j > c->sb && W(c, j - 1, "the"))) {
        j += 2;
    } else if (L(c, j, TXL_NARROWER) >= 0) {
        lede_tx_hit probe = {0};
        if (match_core(c, j + 1, fwd, &probe) && probe.type == LEDE_TX_DATE)
            j++;
    }
    if (j > i && j > c->sb && L(c, j - 1, TXL_DEADLINE) >= 0)
        fwd = true;
    if (!match_core(c, j, fwd, h))
        return false;
    join_time(c, h, fwd);
    h->b = i;
    return true;
}

/* Whether the clause looks ahead changes only a match's value, never whether
 * it matches or its span, so it is looked for (12 tokens around) only once
 * token i has matched, and only when a recogniser read it on the way (a
 * missing year, a weekday, a quarter: fwd_read): the match of most tokens
 * (years, durations, "yesterday") is the same either way, and matching
 * again with fwd set would follow the same path to the same hit. */
bool lede_timex_match(const lede_tx *c, size_t i, lede_tx_hit *h)
{
    unsigned reads = 0;
    lede_tx cr = *c;
    cr.fwd_reads = &reads;
    if (!match_at(&cr, i, false, h))
        return false;
    if (reads && future_near(c, i)) {
        memset(h, 0, sizeof *h);
        match_at(c, i, true, h);
    }
    return true;
}
