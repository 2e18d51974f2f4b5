/*
 * segment.c - paragraphs, sentences and tokens.
 *
 * Tokens follow newswire conventions (close to the Penn/CoNLL style the
 * corpora use): possessives and n't split off, abbreviations keep their
 * period ("U.S.", "Dr.", "Feb."), hyphenated words and numbers stay whole,
 * every quotation-mark style becomes a token flagged as opening or closing.
 * Paragraphs: blank lines when the text has any, otherwise every line.
 * Most tokens are plain ASCII words and punctuation, which one-pass paths
 * take (ascii_word, push_punct); the rest go through word_end, push_word
 * and push_tok, which give them the same tokens, folded forms and flags.
 * Character classes: segment_chars.h.  Reentrant; writes only ws->doc.
 */
#include <stdlib.h>
#include <string.h>

#include "segment_chars.h"
#include "segment_scan.h"
#include "stages.h"
#include "utf8.h"

static bool in_list(const word *list, const uint8_t *at, const char *s, size_t n)
{
    unsigned c = (unsigned char)s[0] - 'a';
    if (n > LIST_WORD_MAX || n == 0 || c >= 26)
        return false;
    for (size_t k = at[c]; k < at[c + 1]; k++) {
        if (list[k].n != n)
            continue;
        size_t j = 1; /* s[0] is the letter's */
        while (j < n && list[k].w[j] == s[j])
            j++;
        if (j == n)
            return true;
    }
    return false;
}
#define IN_LIST(list, s, n) in_list(list, list##_at, s, n)

/* End of the word starting at i: letters/digits joined by inner hyphens,
 * apostrophes, periods (abbreviations, decimals) and separators in numbers. */
static size_t word_end(const scan *sc, size_t i)
{
    size_t j = i;
    const unsigned char *u = (const unsigned char *)sc->s;
    while (j < sc->n) {
        while (j < sc->n && (ascii[u[j]] & (LO | UP | DG)))
            j++; /* ASCII letters and digits, the bulk of a word */
        if (j >= sc->n || (u[j] < 0x80 && !ascii_joins[u[j]]))
            break; /* a space or punctuation that joins nothing: most words end so */
        uint32_t c = peek(sc, j);
        if (is_word(c)) {
            j = adv(sc, j);
            continue;
        }
        size_t k = adv(sc, j);
        uint32_t next = peek(sc, k);
        uint32_t prev = prev_cp(sc->s, j); /* j > i: the word's first character is behind */
        if ((is_hyphen(c) || c == '&') && is_word(next) && is_word(prev) && c != '&') {
            j = k;
            continue;
        }
        if ((c == '.' || c == ',' || c == ':' || c == '/') && is_digit(prev) && is_digit(next)) {
            j = k;
            continue;
        }
        if (c == '.' && is_letter(next) && is_letter(prev)) {
            /* U.S, e.g, a.m: single letters between periods */
            size_t k2 = adv(sc, k);
            size_t before = j - 1;
            while (before > i && ((unsigned char)sc->s[before] & 0xC0) == 0x80)
                before--;
            bool single_before = before == i || sc->s[before - 1] == '.';
            if (single_before && !is_letter(peek(sc, k2))) {
                j = k;
                continue;
            }
        }
        if (is_apostrophe(c) && is_letter(next) && is_letter(prev)) {
            /* keep O'Brien, don't; split 's and n't below */
            j = k;
            continue;
        }
        break;
    }
    return j;
}

/* lede_fold of a short word (n < outcap), ASCII ones without the call:
 * the word before every period is folded to look it up. */
static size_t fold_short(const char *s, size_t n, char *out, size_t outcap)
{
    for (size_t k = 0; k < n; k++) {
        unsigned char c = (unsigned char)s[k];
        if (c >= 0x80)
            return lede_fold(s, n, out, outcap);
        out[k] = (char)(c + (ascii[c] & UP ? 32 : 0));
    }
    return n;
}

/* Room for `extra` more bytes of folded text, grown by doubling under the
 * same cap LEDE_PUSH would apply; one call per token instead of one push
 * (and one memset) per byte, which profiles showed. */
static bool norm_grow(lede_workspace *ws, size_t extra);
static inline bool norm_reserve(lede_workspace *ws, size_t extra)
{
    return ws->doc.norm.n + extra <= ws->doc.norm.cap || norm_grow(ws, extra);
}
static bool norm_grow(lede_workspace *ws, size_t extra)
{
    lede_doc *d = &ws->doc;
    size_t max = ws->lim.max_text_bytes * 3, need = d->norm.n + extra;
    if (need <= d->norm.cap)
        return true;
    if (need > max)
        return false;
    size_t cap = d->norm.cap ? d->norm.cap : 64;
    while (cap < need)
        cap *= 2;
    if (cap > max)
        cap = max;
    char *p = lede_blk_grow(d->norm.v, d->norm.cap, cap);
    if (!p)
        return false;
    d->norm.v = p;
    d->norm.cap = cap;
    return true;
}

static lede_status push_tok(scan *sc, size_t a, size_t b, uint32_t flags)
{
    lede_doc *d = &sc->ws->doc;
    size_t max = sc->ws->lim.max_tokens;
    lede_token *t = LEDE_PUSH(d->toks, max);
    sc->tok_lim = max && max < d->toks.cap ? max : d->toks.cap; /* the array may have grown */
    if (!t)
        return lede_fail(sc->ws, LEDE_ERR_DOC_LIMIT, "document has more than %zu tokens",
                         sc->ws->lim.max_tokens);
    t->start = (uint32_t)a;
    t->end = (uint32_t)b;
    t->mention = -1;
    size_t cap = (b - a) * 2 + 8;
    size_t at = d->norm.n;
    if (!norm_reserve(sc->ws, cap))
        return lede_fail(sc->ws, LEDE_ERR_DOC_LIMIT, "document too large to normalise");
    /* One pass over the ASCII prefix (usually the whole token) sets the
     * flags and writes the folded bytes; the rest, if any, goes through
     * utf8proc and lede_fold, which fold character by character, so the
     * two parts join into the same folded form. */
    char *out = d->norm.v + at;
    const unsigned char *u = (const unsigned char *)sc->s;
    size_t i = a;
    unsigned seen = 0; /* SP | LO | UP | DG of the ASCII prefix */
    /* The whole token at first, without a test for the end of the ASCII
     * prefix in the loop; when some byte was not ASCII, the prefix is
     * measured and its classes taken again, and lede_fold below rewrites
     * the rest. */
    for (; i < b; i++) {
        unsigned c = u[i], k = ascii[c];
        seen |= k;
        out[i - a] = (char)ascii_fold[c];
    }
    if (!(seen & NA)) {
        /* all ASCII (nearly every token): the flags follow from the classes */
        flags |= ascii_flags[seen & (SP | LO | UP | DG)];
        if (seen & (LO | UP | DG)) {
            size_t f = a;
            while (!(ascii[u[f]] & (LO | UP | DG)))
                f++;
            if (ascii[u[f]] & UP)
                flags |= LEDE_TF_UPPER_INIT;
        }
        t->flags |= flags;
        size_t len = b - a;
        if (len > 0xFFFF)
            len = 0xFFFF;
        d->norm.n = at + len;
        t->norm = (uint32_t)at;
        t->norm_len = (uint16_t)len;
        return LEDE_OK;
    }
    seen = 0;
    for (i = a; u[i] < 0x80; i++)
        seen |= ascii[u[i]];
    /* "all upper": some letter and no letter that is not upper case */
    bool letter = (seen & (LO | UP)) != 0, lower = (seen & LO) != 0;
    bool first = true; /* no letter or digit yet: the next one decides UPPER_INIT */
    if (seen & (LO | UP | DG)) {
        flags |= (letter ? LEDE_TF_ALPHA : 0) | (seen & DG ? LEDE_TF_DIGIT : 0);
        size_t f = a;
        while (!(ascii[u[f]] & (LO | UP | DG)))
            f++;
        if (ascii[u[f]] & UP)
            flags |= LEDE_TF_UPPER_INIT;
        first = false;
    }
    size_t len = i - a;
    if (i < b) {
        size_t rest = i;
        while (i < b) {
            uint32_t c = lede_utf8_next(sc->s, b, &i);
            if (is_letter(c)) {
                letter = true;
                if (is_upper(c)) {
                    if (first)
                        flags |= LEDE_TF_UPPER_INIT;
                } else {
                    lower = true;
                }
                first = false;
                flags |= LEDE_TF_ALPHA;
            } else if (is_digit(c)) {
                flags |= LEDE_TF_DIGIT;
                first = false;
            }
        }
        len += lede_fold(sc->s + rest, b - rest, out + len, cap - len);
    }
    if (letter && !lower)
        flags |= LEDE_TF_ALL_UPPER;
    if (!(flags & (LEDE_TF_ALPHA | LEDE_TF_DIGIT)))
        flags |= LEDE_TF_PUNCT;
    t->flags |= flags;
    if (len > 0xFFFF)
        len = 0xFFFF;
    d->norm.n = at + len;
    t->norm = (uint32_t)at;
    t->norm_len = (uint16_t)len;
    return LEDE_OK;
}

/* Splits a word token into stem + possessive / n't clitic. */
static lede_status push_word(scan *sc, size_t a, size_t b, uint32_t flags)
{
    const char *p = sc->s;
    size_t cut = b;
    uint32_t cflags = 0;
    /* 's or ’s */
    if (b - a > 2 && (p[b - 1] == 's' || p[b - 1] == 'S')) {
        if (p[b - 2] == '\'' && b - a > 2)
            cut = b - 2;
        else if (b - a > 4 && (unsigned char)p[b - 4] == 0xE2 && (unsigned char)p[b - 3] == 0x80 &&
                 (unsigned char)p[b - 2] == 0x99)
            cut = b - 4;
        if (cut != b)
            cflags = LEDE_TF_POSSESSIVE;
    }
    /* n't */
    if (cut == b && b - a > 3 && p[b - 1] == 't' && (p[b - 3] == 'n' || p[b - 3] == 'N') && p[b - 2] == '\'')
        cut = b - 3;
    if (cut == b && b - a > 5 && p[b - 1] == 't' && (unsigned char)p[b - 2] == 0x99 && p[b - 5] == 'n')
        cut = b - 5;
    lede_status st = push_tok(sc, a, cut, flags);
    if (st != LEDE_OK || cut == b)
        return st;
    return push_tok(sc, cut, b, cflags);
}

static bool sentence_break_after(const lede_doc *d, size_t ti, const scan *sc)
{
    const lede_token *t = &d->toks.v[ti];
    /* only a token flagged SENT_END can end one: the single '.', '!' and
     * '?' below are flagged so by tokenize_range; most tokens leave here */
    if (!(t->flags & LEDE_TF_SENT_END))
        return false;
    size_t len = t->end - t->start;
    const char *s = sc->s + t->start;
    if (len == 1 && (s[0] == '.' || s[0] == '!' || s[0] == '?'))
        return true;
    if (len >= 3 && memcmp(s + len - 3, "...", 3) == 0)
        return false;
    if ((t->flags & LEDE_TF_ABBREV) && !(t->flags & LEDE_TF_SENT_END))
        return false;
    return (t->flags & LEDE_TF_SENT_END) != 0;
}

/* A token of the one ASCII byte at i that is no letter, digit or space
 * (punctuation: a token in seven): what push_tok makes of it (itself as
 * its folded form, PUNCT), without the loop and the shape tests. */
static lede_status push_punct(scan *sc, size_t i, uint32_t flags)
{
    lede_doc *d = &sc->ws->doc;
    if (d->toks.n >= sc->tok_lim || !norm_reserve(sc->ws, 1 * 2 + 8))
        return push_tok(sc, i, i + 1, flags); /* grows the arrays or reports the limit */
    lede_token *t = &d->toks.v[d->toks.n++];
    memset(t, 0, sizeof *t);
    t->start = (uint32_t)i;
    t->end = (uint32_t)(i + 1);
    t->mention = -1;
    t->flags = flags | LEDE_TF_PUNCT;
    t->norm = (uint32_t)d->norm.n;
    t->norm_len = 1;
    d->norm.v[d->norm.n++] = sc->s[i];
    return LEDE_OK;
}

/* Longest word ascii_word takes; longer ones go the general way. */
#define FAST_WORD_MAX 32

/* The word starting at i (an ASCII letter or digit) when it is a run of
 * ASCII letters and digits ended by a byte that joins nothing (word_end
 * would stop there: a space, most punctuation, ',' ':' '/' not between
 * digits), at most FAST_WORD_MAX bytes: pushed as push_word would (such a
 * word has no clitic), scanned, folded and classified in one pass instead
 * of word_end's, push_word's and push_tok's.  Sets *end and *st and returns
 * true (*end past the one space that follows, if the fast path saw it, and
 * *after then LEDE_TF_SPACE_BEFORE for the next token); false (nothing
 * written) for any other word, left to the general path: a period after it
 * that an abbreviation, initial or join may claim, a hyphen, an apostrophe,
 * a non-ASCII byte, a number's separator. */
static bool ascii_word(scan *sc, size_t i, size_t b, uint32_t flags, size_t *end, lede_status *st, uint32_t *after)
{
    lede_doc *d = &sc->ws->doc;
    size_t room = b - i < FAST_WORD_MAX ? b - i : FAST_WORD_MAX;
    if (!norm_reserve(sc->ws, room * 2 + 8))
        return false; /* the general path reports it */
    const unsigned char *u = (const unsigned char *)sc->s;
    char *out = d->norm.v + d->norm.n;
    unsigned seen = 0;
    size_t j = i, lim = i + room; /* u[i] is a letter or digit: the word is not empty */
    size_t skip = 0;              /* a space after the word, taken here too */
    if (i + 9 <= sc->n) {
        /* Most words are a letter or digit and then lower-case letters
         * ("the", "Minister"): the bytes after the first are tested eight
         * at a time (SWAR, up to sixteen), and when a byte that ends the
         * word follows the lower-case run, the word is that run, folded by
         * folding its first byte; else the loop below reads it again.  The
         * stop lies before b (u[b] is a newline when b < n), and out has
         * room for the bytes stored (room * 2 + 8, room >= 1). */
        size_t at = i + 1; /* the lower-case run so far is [i + 1, at) */
        for (int round = 0; round < 2; round++) {
            uint64_t x;
            memcpy(&x, u + at, 8);
            /* 0x80 in each byte within 'a'..'z'; a byte from 0x80 is none,
             * and the carry its sum may pass on only reaches bytes after it */
            uint64_t lower = (x + SWAR_ONES * (0x80 - 'a')) & ~(x + SWAR_ONES * (0x7F - 'z')) & ~x & SWAR_HIGH;
            memcpy(out + (at - i), &x, 8);
            uint64_t stop = ~lower & SWAR_HIGH;
            if (!stop) {
                /* eight more lower-case letters: the word is at least
                 * at + 9 - i bytes, so room and out hold the next eight */
                at += 8;
                if (at + 8 > sc->n)
                    break;
                continue;
            }
            at += (size_t)__builtin_ctzll(stop) / 8;
            if (!(ascii[u[at]] & (LO | UP | DG))) {
                out[0] = (char)ascii_fold[u[i]];
                seen = ascii[u[i]] | (at > i + 1 ? LO : 0u);
                j = at;
                if (u[at] == ' ') {
                    /* before b (u[b] is a newline), and joins nothing; the
                     * caller's loop would only note it for the next token */
                    skip = 1;
                    goto push;
                }
                goto scanned;
            }
            break;
        }
    }
    for (; j < lim; j++) {
        unsigned c = u[j], k = ascii[c];
        if (!(k & (LO | UP | DG)))
            break;
        seen |= k;
        out[j - i] = (char)ascii_fold[c];
    }
scanned:
    if (j < b) {
        unsigned c = u[j];
        if (j == i + FAST_WORD_MAX || c >= 0x80)
            return false;
        if (ascii_joins[c]) {
            /* ',' ':' '/' join only digits: "3,000", "10:30", "1/2" */
            bool sep = c == ',' || c == ':' || c == '/';
            unsigned next = j + 1 < sc->n ? u[j + 1] : 0;
            /* A period before no letter or digit (so neither a decimal nor
             * "U.S" joins it) after a word that is no title, listed
             * abbreviation or capital initial: the word is a token of its
             * own, as the general path finds (a sentence's last word, most
             * often); out holds its folded form, which the lists are in. */
            size_t wl = j - i;
            bool ends = c == '.' && next < 0x80 && !(ascii[next] & (LO | UP | DG)) &&
                        (wl > LIST_WORD_MAX || (!(wl == 1 && (ascii[u[i]] & UP)) && !IN_LIST(titles, out, wl) &&
                                                !IN_LIST(abbrevs, out, wl)));
            if (!ends && (!sep || ((ascii[u[j - 1]] & DG) && (next >= 0x80 || (ascii[next] & DG)))))
                return false;
        }
    }
push:;
    if (d->toks.n >= sc->tok_lim)
        return false; /* push_tok grows the array or reports the limit */
    size_t len = j - i;
    /* every field at once (the others zero, as push_tok's memset leaves them) */
    d->toks.v[d->toks.n++] = (lede_token){.start = (uint32_t)i,
                                          .end = (uint32_t)j,
                                          .flags = flags | ascii_flags[seen] | (ascii[u[i]] & UP ? LEDE_TF_UPPER_INIT : 0),
                                          .norm = (uint32_t)d->norm.n,
                                          .norm_len = (uint16_t)len,
                                          .mention = -1};
    d->norm.n += len;
    *end = j + skip;
    *after = skip ? LEDE_TF_SPACE_BEFORE : 0;
    *st = LEDE_OK;
    return true;
}

/* Tokenises [a, b) of the text, appending to doc->toks. */
static lede_status tokenize_range(scan *sc, size_t a, size_t b)
{
    size_t i = a;
    uint32_t pending = 0;
    sc->nstops = 0;
    sc->stops_over = false;
    sc->stops_tb = sc->ws->doc.toks.n;
    while (i < b) {
        if (sc->s[i] == ' ') {
            pending |= LEDE_TF_SPACE_BEFORE; /* the commonest byte, before any decoding */
            i++;
            continue;
        }
        /* i < b <= n: an ASCII byte is its code point, without peek's
         * end test */
        uint32_t c = (unsigned char)sc->s[i] < 0x80 ? (unsigned char)sc->s[i] : peek(sc, i);
        if (is_space(c)) {
            pending |= LEDE_TF_SPACE_BEFORE;
            if (c == '\n') {
                pending |= LEDE_TF_NEWLINE_BEFORE;
                if (sc->ws->doc.toks.n > sc->stops_tb)
                    stop_at(sc, sc->ws->doc.toks.n - 1); /* the token before the break */
            }
            i = adv(sc, i);
            continue;
        }
        lede_status st;
        uint32_t after = 0; /* flags the next token gets from what this one took */
        /* lede_seg_url_len's own first test, here: most tokens need no call (one
         * starting "ht" or "ww" may be a URL, an '@' ahead an address
         * when no space lies between: sc->at_run) */
        size_t ul = 0;
        if ((sc->at_next < sc->n && i >= sc->at_run) ||
            ((c == 'h' || c == 'w') && i + 1 < sc->n && sc->s[i + 1] == (c == 'h' ? 't' : 'w')))
            ul = lede_seg_url_len(sc, i);
        if (ul && i + ul <= b) {
            st = push_tok(sc, i, i + ul, pending);
            i += ul;
        } else if (c < 0x80 && (ascii[c] & (LO | UP | DG)) && ascii_word(sc, i, b, pending, &i, &st, &after)) {
            /* a plain ASCII word, scanned and folded in one pass */
        } else if (is_word(c)) {
            size_t j = word_end(sc, i);
            if (j > b)
                j = b;
            uint32_t f = pending;
            /* a period right after the word: abbreviation or sentence end */
            if (j < b && sc->s[j] == '.') {
                char low[16];
                size_t wl = j - i;
                size_t fl = wl < sizeof low ? fold_short(sc->s + i, wl, low, sizeof low) : 0;
                bool letters_dots = wl >= 3 && memchr(sc->s + i, '.', wl); /* U.S */
                bool initial = wl == 1 && is_upper(c);
                if (fl && IN_LIST(titles, low, fl)) {
                    f |= LEDE_TF_ABBREV;
                    j++;
                } else if ((fl && IN_LIST(abbrevs, low, fl)) || letters_dots || initial) {
                    f |= LEDE_TF_ABBREV;
                    j++;
                    /* "in the U.S. The ..." : the period also ends the sentence */
                    size_t k = j;
                    while (k < b && (sc->s[k] == ' '))
                        k++;
                    /* (not a title: the branch above took those) */
                    if (!initial && k > j && k < b && is_upper(peek(sc, k)))
                        f |= LEDE_TF_SENT_END;
                    if (k >= b)
                        f |= LEDE_TF_SENT_END;
                }
            }
            if (f & LEDE_TF_SENT_END)
                stop_at(sc, sc->ws->doc.toks.n);
            st = (f & LEDE_TF_ABBREV) ? push_tok(sc, i, j, f) : push_word(sc, i, j, f);
            i = j;
        } else if (c == '.' && i + 2 < b && sc->s[i + 1] == '.' && sc->s[i + 2] == '.') {
            st = push_tok(sc, i, i + 3, pending);
            i += 3;
        } else if (c == '-' && i + 1 < b && sc->s[i + 1] == '-') {
            size_t j = i;
            while (j < b && sc->s[j] == '-')
                j++;
            st = push_tok(sc, i, j, pending | LEDE_TF_DASH);
            i = j;
        } else {
            size_t j = adv(sc, i);
            uint32_t f = pending;
            if (is_dash(c) || c == '-')
                f |= LEDE_TF_DASH;
            if (is_quote(c) || is_apostrophe(c)) {
                uint32_t prev = i > 0 ? lede_utf8_prev(sc->s, i) : ' ';
                uint32_t next = peek(sc, j);
                bool open;
                if (c == 0x201C || c == 0x201E || c == 0x201A || c == 0x00AB || c == 0x2018 || c == 0x2039 || c == 0x300C || c == '`')
                    open = true;
                else if (c == 0x201D || c == 0x00BB || c == 0x2019 || c == 0x203A || c == 0x300D)
                    open = false;
                else
                    open = (i == 0 || is_space(prev) || prev == '(' || prev == '[' || is_dash(prev)) &&
                           !is_space(next) && next != 0;
                /* a lone apostrophe after a plural is a possessive: states' */
                if (is_apostrophe(c) && !open && (prev == 's' || prev == 'S') && (is_space(next) || next == 0) &&
                    !(pending & LEDE_TF_SPACE_BEFORE))
                    f |= LEDE_TF_POSSESSIVE;
                else
                    f |= LEDE_TF_QUOTE | (open ? LEDE_TF_QOPEN : LEDE_TF_QCLOSE);
            }
            if (c == '.' || c == '!' || c == '?') {
                f |= LEDE_TF_SENT_END;
                stop_at(sc, sc->ws->doc.toks.n);
            }
            st = c < 0x80 ? push_punct(sc, i, f) : push_tok(sc, i, j, f);
            i = j;
        }
        if (st != LEDE_OK)
            return st;
        pending = after;
    }
    return LEDE_OK;
}

static bool starts_sentence(const lede_doc *d, size_t ti, const scan *sc)
{
    const lede_token *t = &d->toks.v[ti];
    if (t->flags & (LEDE_TF_UPPER_INIT | LEDE_TF_DIGIT | LEDE_TF_QOPEN))
        return true;
    uint32_t c = peek(sc, t->start);
    return c == '(' || c == '[' || is_dash(c) || (t->flags & LEDE_TF_QUOTE);
}

/* Splits the paragraph's tokens [tb, te) into sentences. */
static lede_status split_sentences(scan *sc, size_t tb, size_t te, uint32_t para)
{
    lede_doc *d = &sc->ws->doc;
    size_t begin = tb;
    uint32_t si = (uint32_t)d->sents.n; /* the sentence being read: each token gets it as it passes */
    size_t sk = 0;                      /* sc->stops[sk]: the next stop noted */
    for (size_t i = tb; i < te; i++) {
        /* most tokens end nothing (not the paragraph's last, no . ! ?, no
         * line break after them): they only take the sentence's number,
         * in a loop of their own rather than through the tests below, up
         * to the next stop tokenize_range noted (or, past its cap, the
         * next token whose flags say it may end one) */
        lede_token *tv = d->toks.v;
        if (!sc->stops_over) {
            while (sk < sc->nstops && sc->stops[sk] < i)
                sk++;
            size_t stop = sk < sc->nstops && sc->stops[sk] < te - 1 ? sc->stops[sk] : te - 1;
            for (; i < stop; i++)
                tv[i].sent = si;
        } else {
            while (i + 1 < te && !(tv[i].flags & LEDE_TF_SENT_END) && !(tv[i + 1].flags & LEDE_TF_NEWLINE_BEFORE))
                tv[i++].sent = si;
        }
        d->toks.v[i].sent = si;
        bool brk = false;
        if (i + 1 == te) {
            brk = true;
        } else if ((d->toks.v[i].flags & LEDE_TF_SENT_END) && sentence_break_after(d, i, sc)) {
            /* absorb closing quotes and brackets: ." ) */
            size_t j = i + 1;
            while (j < te && ((d->toks.v[j].flags & LEDE_TF_QCLOSE) ||
                              (lede_tok_len(&d->toks.v[j]) == 1 && strchr(")]", d->text[d->toks.v[j].start]))) &&
                   !(d->toks.v[j].flags & LEDE_TF_SPACE_BEFORE))
                j++;
            if (j < te && (d->toks.v[j].flags & (LEDE_TF_SPACE_BEFORE | LEDE_TF_NEWLINE_BEFORE)) &&
                starts_sentence(d, j, sc)) {
                for (size_t k = i + 1; k < j; k++)
                    d->toks.v[k].sent = si; /* the closing marks it takes */
                i = j - 1;
                brk = true;
            }
        } else if (d->toks.v[i + 1].flags & LEDE_TF_NEWLINE_BEFORE) {
            /* a line break inside a paragraph ends a sentence when the line
             * is short (a heading, a dateline) or ends in punctuation */
            const lede_token *t = &d->toks.v[i];
            size_t line_start = d->toks.v[begin].start;
            if (t->end - line_start < 80 || (t->flags & LEDE_TF_PUNCT))
                brk = true;
        }
        if (brk) {
            size_t max = sc->ws->lim.max_tokens;
            lede_sentence *s;
            if (d->sents.n < d->sents.cap && (!max || d->sents.n < max)) {
                s = &d->sents.v[d->sents.n++]; /* room already: LEDE_PUSH without the call */
                memset(s, 0, sizeof *s);
            } else {
                s = LEDE_PUSH(d->sents, max);
            }
            if (!s)
                return lede_fail(sc->ws, LEDE_ERR_NOMEM, "out of memory splitting sentences");
            s->tok_begin = (uint32_t)begin;
            s->tok_end = (uint32_t)(i + 1);
            s->start = d->toks.v[begin].start;
            s->end = d->toks.v[i].end;
            s->para = para;
            si++; /* d->sents.n */
            d->toks.v[begin].flags |= LEDE_TF_SENT_START;
            begin = i + 1;
        }
    }
    return LEDE_OK;
}

/* Title-case or all-caps lines are headlines: capitalisation says little there. */
static void mark_headline(lede_doc *d, size_t tb, size_t te)
{
    /* a line that ends a sentence is no headline, whatever its words: most
     * paragraphs leave here, before their tokens are counted */
    const lede_token *last = te > tb ? &d->toks.v[te - 1] : NULL;
    if (!last || d->text[last->start] == '.' || (last->flags & LEDE_TF_QCLOSE))
        return;
    size_t words = 0, caps = 0, limit = 3 * (te - tb);
    for (size_t i = tb; i < te; i++) {
        const lede_token *t = &d->toks.v[i];
        if (!(t->flags & LEDE_TF_ALPHA))
            continue;
        words++;
        if (t->flags & (LEDE_TF_UPPER_INIT | LEDE_TF_ALL_UPPER))
            caps++;
        else if ((words - caps) * 10 > limit)
            return; /* uncapitalised words are already more than 3 in 10 of all the tokens, so more
                       than 3 in 10 of the words however the line goes on: no headline */
    }
    if (words >= 2 && caps * 10 >= words * 7)
        for (size_t i = tb; i < te; i++)
            d->toks.v[i].flags |= LEDE_TF_HEADLINE;
}

lede_status lede_segment(lede_workspace *ws)
{
    lede_doc *d = &ws->doc;
    scan sc = {.ws = ws, .s = d->text, .n = d->len};
    bool blank_lines = false;
    for (size_t i = 0; i + 1 < d->len && !blank_lines; i++) {
        /* from newline to newline: a text without a blank line is read by
         * memchr, not byte by byte */
        const char *nl = memchr(d->text + i, '\n', d->len - 1 - i);
        if (!nl)
            break;
        i = (size_t)(nl - d->text);
        size_t j = i + 1;
        while (j < d->len && (d->text[j] == ' ' || d->text[j] == '\t' || d->text[j] == '\r'))
            j++;
        blank_lines = j < d->len && d->text[j] == '\n';
    }
    size_t i = 0;
    while (i < d->len) {
        /* skip blank space between paragraphs */
        while (i < d->len && is_space(peek(&sc, i)))
            i = adv(&sc, i);
        if (i >= d->len)
            break;
        size_t e = i;
        while (e < d->len) {
            /* only a newline can end the paragraph: jump to the next one */
            const char *nl = memchr(d->text + e, '\n', d->len - e);
            if (!nl) {
                e = d->len;
                break;
            }
            e = (size_t)(nl - d->text);
            if (!blank_lines)
                break;
            size_t j = e + 1;
            while (j < d->len && (d->text[j] == ' ' || d->text[j] == '\t' || d->text[j] == '\r'))
                j++;
            if (j >= d->len || d->text[j] == '\n')
                break;
            e++;
        }
        size_t tb = d->toks.n;
        lede_status st = tokenize_range(&sc, i, e);
        if (st != LEDE_OK)
            return st;
        size_t te = d->toks.n;
        if (te > tb) {
            lede_paragraph *p = LEDE_PUSH(d->paras, ws->lim.max_tokens);
            if (!p)
                return lede_fail(ws, LEDE_ERR_NOMEM, "out of memory splitting paragraphs");
            uint32_t pi = (uint32_t)(d->paras.n - 1);
            p->start = d->toks.v[tb].start;
            p->end = d->toks.v[te - 1].end;
            p->kind = LEDE_PARA_BODY;
            p->sent_begin = (uint32_t)d->sents.n;
            d->toks.v[tb].flags |= LEDE_TF_PARA_START;
            mark_headline(d, tb, te);
            st = split_sentences(&sc, tb, te, pi);
            if (st != LEDE_OK)
                return st;
            d->paras.v[pi].sent_end = (uint32_t)d->sents.n;
        }
        i = e;
        st = lede_check_deadline(ws);
        if (st != LEDE_OK)
            return st;
    }
    if (d->paras.n)
        d->paras.v[0].kind = d->paras.n > 1 && d->paras.v[0].sent_end - d->paras.v[0].sent_begin == 1 &&
                                     (d->toks.v[d->sents.v[0].tok_end - 1].flags & LEDE_TF_HEADLINE)
                                 ? LEDE_PARA_TITLE
                                 : d->paras.v[0].kind;
    return LEDE_OK;
}
