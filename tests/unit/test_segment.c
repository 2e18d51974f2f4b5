/* test_segment.c - tokens, sentences and paragraphs on composed news text. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "stages.h"

static lede_workspace *seg(const char *text)
{
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    ws->doc.text = text;
    ws->doc.len = strlen(text);
    assert_int_equal(lede_segment(ws), LEDE_OK);
    return ws;
}

static void assert_tokens(lede_workspace *ws, const char *const *want)
{
    size_t i = 0;
    for (; want[i]; i++) {
        assert_true(i < ws->doc.toks.n);
        const lede_token *t = &ws->doc.toks.v[i];
        char got[64];
        snprintf(got, sizeof got, "%.*s", (int)(t->end - t->start), ws->doc.text + t->start);
        assert_string_equal(got, want[i]);
    }
    assert_int_equal(i, ws->doc.toks.n);
}

static void abbreviations_and_possessives(void **state)
{
    lede_workspace *ws = seg("Dr. Smith met U.S. officials in Feb. at Afghanistan’s embassy, didn't he?");
    const char *const want[] = {"Dr.", "Smith", "met", "U.S.", "officials", "in", "Feb.", "at", "Afghanistan",
                                "’s", "embassy", ",", "did", "n't", "he", "?", NULL};
    assert_tokens(ws, want);
    assert_int_equal(ws->doc.sents.n, 1);
    assert_true(ws->doc.toks.v[9].flags & LEDE_TF_POSSESSIVE);
    assert_true(ws->doc.toks.v[0].flags & LEDE_TF_ABBREV);
    lede_workspace_free(ws);
}

static void quotation_marks(void **state)
{
    lede_workspace *ws = seg("“Yes,” he said. \"No,\" she said. «Oui» and ‘maybe’.");
    const lede_doc *d = &ws->doc;
    assert_true(d->toks.v[0].flags & LEDE_TF_QOPEN);
    assert_true(d->toks.v[3].flags & LEDE_TF_QCLOSE);
    int opens = 0, closes = 0;
    for (size_t i = 0; i < d->toks.n; i++) {
        opens += !!(d->toks.v[i].flags & LEDE_TF_QOPEN);
        closes += !!(d->toks.v[i].flags & LEDE_TF_QCLOSE);
    }
    assert_int_equal(opens, 4);
    assert_int_equal(closes, 4);
    assert_int_equal(d->sents.n, 3);
    lede_workspace_free(ws);
}

static void sentences_after_abbreviation_at_end(void **state)
{
    lede_workspace *ws = seg("Troops left the U.S. The base closed. Mr. Jones stayed.");
    assert_int_equal(ws->doc.sents.n, 3);
    lede_workspace_free(ws);
}

static void paragraphs_and_headline(void **state)
{
    lede_workspace *ws = seg("Talks Resume In Doha\n\nOfficials met on Monday.\n\nThey left.\n");
    assert_int_equal(ws->doc.paras.n, 3);
    assert_int_equal(ws->doc.paras.v[0].kind, LEDE_PARA_TITLE);
    assert_true(ws->doc.toks.v[0].flags & LEDE_TF_HEADLINE);
    assert_false(ws->doc.toks.v[5].flags & LEDE_TF_HEADLINE);
    lede_workspace_free(ws);
}

static void lines_without_blank_lines_are_paragraphs(void **state)
{
    lede_workspace *ws = seg("BRUSSELS 1996-08-22\nThe EU rejected the call .\nIt said so .");
    assert_int_equal(ws->doc.paras.n, 3);
    assert_int_equal(ws->doc.sents.n, 3);
    lede_workspace_free(ws);
}

static void numbers_hyphens_urls_dashes(void **state)
{
    lede_workspace *ws = seg("A two-day 1,000.50 deal — see https://example.com/a?b=1.");
    const char *const want[] = {"A", "two-day", "1,000.50", "deal", "—", "see", "https://example.com/a?b=1", ".",
                                NULL};
    assert_tokens(ws, want);
    assert_true(ws->doc.toks.v[4].flags & LEDE_TF_DASH);
    lede_workspace_free(ws);
}

static void folded_forms(void **state)
{
    lede_workspace *ws = seg("Kābul ÉTAT");
    const lede_doc *d = &ws->doc;
    assert_int_equal(d->toks.v[0].norm_len, 5);
    assert_memory_equal(lede_tok_norm(d, &d->toks.v[0]), "kabul", 5);
    assert_memory_equal(lede_tok_norm(d, &d->toks.v[1]), "etat", 4);
    lede_workspace_free(ws);
}

static void token_cap_is_enforced(void **state)
{
    lede_limits lim = lede_limits_default();
    lim.max_tokens = 5;
    lede_workspace *ws = lede_workspace_new(NULL, &lim);
    ws->doc.text = "one two three four five six seven";
    ws->doc.len = strlen(ws->doc.text);
    assert_int_equal(lede_segment(ws), LEDE_ERR_DOC_LIMIT);
    /* the cap exactly, and one over, on the fast paths (words, punctuation)
     * whose room test is scan.tok_lim */
    const char *five[] = {"one, two three.", "one, two three..", "Hi! Oh, ok", "Hi! Oh, ok!"};
    const lede_status want[] = {LEDE_OK, LEDE_ERR_DOC_LIMIT, LEDE_OK, LEDE_ERR_DOC_LIMIT};
    for (size_t k = 0; k < 4; k++) {
        lede_doc_clear(ws);
        ws->doc.text = five[k];
        ws->doc.len = strlen(five[k]);
        assert_int_equal(lede_segment(ws), want[k]);
        if (want[k] == LEDE_OK)
            assert_int_equal(ws->doc.toks.n, 5);
    }
    lede_workspace_free(ws);
    /* and an array that grows many times under the default cap */
    size_t n = 20000;
    char *text = malloc(n + 1);
    assert_non_null(text);
    for (size_t k = 0; k < n; k += 4)
        memcpy(text + k, "ab, ", 4);
    text[n] = '\0';
    ws = seg(text);
    assert_int_equal(ws->doc.toks.n, n / 2);
    lede_workspace_free(ws);
    free(text);
}

/* Addresses: url_len measures the non-space run a token starts (ASCII
 * bytes from the table, others decoded) and looks for the run's last '.'
 * only when the text's next '@' lies in the run. */
static void addresses_in_runs(void **state)
{
    lede_workspace *ws = seg("Write to j.doe@ex.com, or x.y@z.org. \xc3\xbcn\xc3\xaf@d\xc3\xb6.de and "
                             "a@b.c\xc2\xa0next, \xc3\xa9t\xc3\xa9 then mail@host.org");
    const char *const want[] = {"Write", "to", "j.doe@ex.com", ",", "or", "x.y@z.org", ".",
                                "\xc3\xbcn\xc3\xaf@d\xc3\xb6.de", "and", "a@b.c", "next", ",",
                                "\xc3\xa9t\xc3\xa9", "then", "mail@host.org", NULL};
    assert_tokens(ws, want);
    lede_workspace_free(ws);
    /* tokens before the last ASCII space ahead of an '@' skip url_len
     * (scan.at_run); a non-ASCII space ends a run but not that skip, and
     * a run with inner punctuation is one address */
    ws = seg("Mail foo\xc2\xa0" "bar@x.org, a-b c.d,e@f.net\tor x;y@z.com then g@h");
    const char *const want2[] = {"Mail", "foo", "bar@x.org", ",", "a-b", "c.d,e@f.net", "or", "x;y@z.com",
                                 "then", "g", "@", "h", NULL};
    assert_tokens(ws, want2);
    lede_workspace_free(ws);
}

/* Where words end: at most ASCII bytes a word ends at once (segment.c's
 * ascii_joins); hyphens, number separators, abbreviation periods and
 * apostrophes (ASCII or not) are tried; a URL is still measured after the
 * text's last '@' has been passed; ASCII and non-ASCII words before a
 * period fold alike for the abbreviation lists. */
static void word_ends_and_late_urls(void **state)
{
    lede_workspace *ws = seg("O'Brien's state-of-the-art 3,000/10:30 e-mail a@b.org; then x;y (z) "
                             "http://x.com/a, www.y.org and DR. Ms. GEN. Zoë. St’s a.m. 1.5 end");
    const char *const want[] = {"O'Brien", "'s", "state-of-the-art", "3,000/10:30", "e-mail", "a@b.org", ";",
                                "then", "x", ";", "y", "(", "z", ")", "http://x.com/a", ",", "www.y.org",
                                "and", "DR.", "Ms.", "GEN.", "Zoë", ".", "St", "’s", "a.m.", "1.5", "end", NULL};
    assert_tokens(ws, want);
    assert_true(ws->doc.toks.v[18].flags & LEDE_TF_ABBREV);
    assert_true(ws->doc.toks.v[20].flags & LEDE_TF_ABBREV);
    lede_workspace_free(ws);
}

/* Every listed title and abbreviation keeps its period, in any case (the
 * lists are binary-searched, so they must stay sorted: a word out of order
 * would be missed here). */
/* split_sentences stops where tokenize_range noted a sentence may end (a
 * . ! ?, an abbreviation that ends one, a line break), or past
 * LEDE_SEG_STOPS such places in a paragraph at every token whose flags
 * say so: the same sentences either way.  One paragraph repeats a unit
 * that is its own sentences; every token carries its sentence's number. */
static void assert_sentences_repeat(const char *unit, size_t times, size_t per_unit)
{
    size_t n = strlen(unit) * times + 16;
    char *text = malloc(n);
    assert_non_null(text);
    text[0] = '\0';
    for (size_t k = 0; k < times; k++)
        strcat(text, unit);
    strcat(text, "\n\nEnd.");
    lede_workspace *ws = seg(text);
    const lede_doc *d = &ws->doc;
    assert_int_equal(d->paras.n, 2);
    assert_int_equal(d->sents.n, per_unit * times + 1);
    for (size_t k = 0; k < d->sents.n; k++)
        for (size_t t = d->sents.v[k].tok_begin; t < d->sents.v[k].tok_end; t++)
            assert_int_equal(d->toks.v[t].sent, k);
    for (size_t k = 1; k < per_unit * times; k++) /* the unit's sentences, over and over */
        assert_int_equal(d->sents.v[k].tok_end - d->sents.v[k].tok_begin,
                         d->sents.v[k % per_unit].tok_end - d->sents.v[k % per_unit].tok_begin);
    lede_workspace_free(ws);
    free(text);
}
static void sentence_stops_below_and_over_the_cap(void **state)
{
    (void)state;
    const char *unit = "Mr. Smith went to the U.S. The vote was held! \"Go.\" He said so?  "
                       "Short heading\nAnd more text, on the same line as the rest of this long line "
                       "which goes on and on past eighty bytes\nwithout a stop here. ";
    assert_sentences_repeat(unit, 1, 6);
    assert_sentences_repeat(unit, 2, 6);
    assert_sentences_repeat(unit, 40, 6); /* 240 sentences: over LEDE_SEG_STOPS */
}

static void every_listed_abbreviation_keeps_its_period(void **state)
{
    (void)state;
    const char *words[] = {"adm", "amb", "atty", "brig", "capt", "cmdr", "col", "cpl", "det", "dr", "fr", "gen",
                           "gov", "hon", "insp", "jr", "lt", "maj", "messrs", "mme", "mr", "mrs", "ms", "pres",
                           "prof", "pvt", "rep", "rev", "sen", "sgt", "sr", "st", "supt", "a.m", "al", "approx",
                           "apr", "ariz", "assn", "aug", "ave", "blvd", "bros", "calif", "cie", "co", "colo",
                           "conn", "corp", "d.c", "dec", "dept", "e.g", "est", "etc", "feb", "fig", "fla", "ft",
                           "i.e", "ill", "inc", "ind", "jan", "jul", "jun", "kan", "ltd", "mar", "mass", "mich",
                           "minn", "miss", "mt", "nev", "no", "nov", "oct", "okla", "ore", "p.m", "penn", "plc",
                           "rd", "sep", "sept", "tenn", "tex", "u.k", "u.n", "u.s", "univ", "va", "vol", "vs",
                           "wash", "wis", "wyo", NULL};
    for (size_t k = 0; words[k]; k++) {
        char text[32];
        snprintf(text, sizeof text, "see %c%s. now", words[k][0] - 32, words[k] + 1);
        lede_workspace *ws = seg(text);
        assert_true(ws->doc.toks.n >= 2);
        const lede_token *t = &ws->doc.toks.v[1];
        if (!(t->flags & LEDE_TF_ABBREV) || t->end - t->start != strlen(words[k]) + 1)
            fail_msg("\"%s.\" lost its period", words[k]);
        lede_workspace_free(ws);
    }
}

/* Shape flags, from the all-ASCII path (a table of the byte classes seen)
 * and from the general one (a token with a non-ASCII character), alike. */
static void shape_flags_on_both_paths(void **state)
{
    (void)state;
    lede_workspace *ws = seg("ABC abc Abc 123 A1 1a ( NATO'S x2Y \xc3\x89" "COLE \xc3\xa9" "cole \xc3\x89" "1 "
                             "\xe2\x80\x9c" "A 12\xd9\xa3");
    const uint32_t mask = LEDE_TF_ALPHA | LEDE_TF_DIGIT | LEDE_TF_ALL_UPPER | LEDE_TF_UPPER_INIT | LEDE_TF_PUNCT;
    const uint32_t A = LEDE_TF_ALPHA, D = LEDE_TF_DIGIT, AU = LEDE_TF_ALL_UPPER, UI = LEDE_TF_UPPER_INIT,
                   P = LEDE_TF_PUNCT;
    const char *const text[] = {"ABC", "abc", "Abc", "123", "A1", "1a", "(", "NATO", "'S", "x2Y",
                                "\xc3\x89" "COLE", "\xc3\xa9" "cole", "\xc3\x89" "1", "\xe2\x80\x9c", "A",
                                "12\xd9\xa3", NULL};
    const uint32_t want[] = {A | AU | UI, A, A | UI, D, A | D | AU | UI, A | D, P, A | AU | UI, A | AU | UI,
                             A | D, A | AU | UI, A, A | D | AU | UI, P, A | AU | UI, D};
    assert_tokens(ws, text);
    for (size_t k = 0; text[k]; k++)
        if ((ws->doc.toks.v[k].flags & mask) != want[k])
            fail_msg("%s: flags %#x, want %#x", text[k], ws->doc.toks.v[k].flags & mask, want[k]);
    lede_workspace_free(ws);
}

/* Plain ASCII words take segment.c's one-pass path (ascii_word); where a
 * word ends after a separator, inside a long word and at the text's end
 * they are cut and folded as by the general path. */
static void plain_words_and_their_edges(void **state)
{
    (void)state;
    lede_workspace *ws = seg("Said, 3,000 3,x x,3 a/b 1/2 10:30 x:y 2:b "
                             "Pneumonoultramicroscopicsilicovolcanoconiosis (MAX) iPhone 7up END");
    const char *const want[] = {"Said", ",", "3,000", "3", ",", "x", "x", ",", "3", "a", "/", "b", "1/2",
                                "10:30", "x", ":", "y", "2", ":", "b",
                                "Pneumonoultramicroscopicsilicovolcanoconiosis", "(", "MAX", ")", "iPhone",
                                "7up", "END", NULL};
    assert_tokens(ws, want);
    const char *const folded[] = {"said", ",", "3,000", "3", ",", "x", "x", ",", "3", "a", "/", "b", "1/2",
                                  "10:30", "x", ":", "y", "2", ":", "b",
                                  "pneumonoultramicroscopicsilicovolcanoconiosis", "(", "max", ")", "iphone",
                                  "7up", "end", NULL};
    for (size_t k = 0; folded[k]; k++) {
        const lede_token *t = &ws->doc.toks.v[k];
        assert_int_equal(t->norm_len, strlen(folded[k]));
        assert_memory_equal(lede_tok_norm(&ws->doc, t), folded[k], t->norm_len);
    }
    assert_true(ws->doc.toks.v[0].flags & LEDE_TF_UPPER_INIT);
    assert_true(ws->doc.toks.v[22].flags & LEDE_TF_ALL_UPPER);
    assert_false(ws->doc.toks.v[24].flags & LEDE_TF_UPPER_INIT);
    assert_true(ws->doc.toks.v[1].flags & LEDE_TF_PUNCT);
    assert_true(ws->doc.toks.v[3].flags & LEDE_TF_SPACE_BEFORE);
    assert_false(ws->doc.toks.v[4].flags & LEDE_TF_SPACE_BEFORE);
    lede_workspace_free(ws);
}

/* A headline has at least 7 in 10 of its words capitalised: at exactly 7
 * in 10 it is one, at 6 in 10 not (mark_headline stops counting once it
 * cannot be one). */
static void headline_at_seven_in_ten(void **state)
{
    (void)state;
    lede_workspace *ws = seg("Rebels Take Key Town As Talks Stall in the north\n\nThe next paragraph is story text.");
    assert_true(ws->doc.toks.v[0].flags & LEDE_TF_HEADLINE);
    lede_workspace_free(ws);
    ws = seg("Rebels Take Key Town as Talks Stall in the north\n\nThe next paragraph is story text.");
    assert_false(ws->doc.toks.v[0].flags & LEDE_TF_HEADLINE);
    lede_workspace_free(ws);
    /* a line ending in a period or a closing quote is no headline, however
     * capitalised (mark_headline tests it first); another mark is no end */
    ws = seg("Rebels Take Key Town As Talks Stall.\n\n\"Rebels Take Key Town As Talks Stall\"\n\n"
             "Rebels Take Key Town As Talks Stall!");
    assert_int_equal(ws->doc.paras.n, 3);
    for (size_t i = 0; i < ws->doc.toks.n; i++)
        assert_int_equal(!!(ws->doc.toks.v[i].flags & LEDE_TF_HEADLINE),
                         ws->doc.toks.v[i].start >= ws->doc.paras.v[2].start);
    lede_workspace_free(ws);
}

/* The flags push_tok gives an ASCII token, worked out here independently. */
static uint32_t ascii_shape(const char *s, size_t n)
{
    bool letter = false, lower = false, digit = false, first_up = false, first = true;
    for (size_t k = 0; k < n; k++) {
        char c = s[k];
        bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z', dg = c >= '0' && c <= '9';
        if ((up || lo || dg) && first) {
            first_up = up;
            first = false;
        }
        letter = letter || up || lo;
        lower = lower || lo;
        digit = digit || dg;
    }
    return (letter ? LEDE_TF_ALPHA : 0) | (digit ? LEDE_TF_DIGIT : 0) | (letter && !lower ? LEDE_TF_ALL_UPPER : 0) |
           (first_up ? LEDE_TF_UPPER_INIT : 0) | (!letter && !digit ? LEDE_TF_PUNCT : 0);
}

/* A word of one letter or digit and lower-case letters takes ascii_word's
 * eight-bytes-at-a-time path (up to 17 bytes); whatever ends it (a space,
 * punctuation, an upper-case letter or digit that continues it, a hyphen,
 * a clitic, a non-ASCII letter, the text's end) its tokens, folded forms and
 * flags are those of the general rules. */
static void lower_case_runs_any_length(void **state)
{
    (void)state;
    const uint32_t mask = LEDE_TF_ALPHA | LEDE_TF_DIGIT | LEDE_TF_ALL_UPPER | LEDE_TF_UPPER_INIT | LEDE_TF_PUNCT;
    const char *const heads[] = {"Z", "z", "7", NULL};
    /* what follows the word, and how many bytes of it join the word */
    const struct { const char *s; size_t joins; } after[] = {
        {" and more text here", 0}, {", and more text here", 0}, {"Q and more text here", 1},
        {"9 and more text here", 1}, {"-day and more text here", 4}, {"\xc3\xa9 and more text here", 2},
        {"'s and more text here", 0}, {"", 0}, {" x", 0}, {NULL, 0}};
    for (size_t h = 0; heads[h]; h++)
        for (size_t len = 0; len <= 20; len++)
            for (size_t a = 0; after[a].s; a++) {
                char text[96];
                size_t n = 0;
                text[n++] = heads[h][0];
                for (size_t k = 0; k < len; k++)
                    text[n++] = (char)('a' + (k * 7) % 26);
                size_t word = n + after[a].joins;
                strcpy(text + n, after[a].s);
                lede_workspace *ws = seg(text);
                const lede_token *t = &ws->doc.toks.v[0];
                if (t->end != word)
                    fail_msg("\"%s\": first token ends at %u, want %zu", text, t->end, word);
                if ((unsigned char)after[a].s[0] >= 0x80) {
                    lede_workspace_free(ws); /* folded by lede_fold: folded_forms tests it */
                    continue;
                }
                char want[64];
                for (size_t k = 0; k < word; k++)
                    want[k] = (char)(text[k] >= 'A' && text[k] <= 'Z' ? text[k] + 32 : text[k]);
                if (t->norm_len != word)
                    fail_msg("\"%s\": folded length %u, want %zu", text, t->norm_len, word);
                assert_memory_equal(lede_tok_norm(&ws->doc, t), want, word);
                if (!after[a].joins || after[a].s[0] == 'Q' || after[a].s[0] == '9')
                    assert_int_equal(t->flags & mask, ascii_shape(text, word));
                lede_workspace_free(ws);
            }
}

/* A word before a period: ascii_word takes it when no abbreviation, initial,
 * decimal or "U.S"-like join can be (a sentence's last word); the others
 * still keep or join their period. */
static void words_before_a_period(void **state)
{
    (void)state;
    lede_workspace *ws = seg("The market fell. It said. Prices rose 1234567.5 points. Smith Inc. grew. Dr. Roe "
                             "met J. Doe at 10 a.m. in the U.S. Then nothing... the end.\nunderstanding.\"");
    const char *const want[] = {"The", "market", "fell", ".", "It", "said", ".", "Prices", "rose", "1234567.5",
                                "points", ".", "Smith", "Inc.", "grew", ".", "Dr.", "Roe", "met", "J.", "Doe",
                                "at", "10", "a.m.", "in", "the", "U.S.", "Then", "nothing", "...", "the", "end",
                                ".", "understanding", ".", "\"", NULL};
    assert_tokens(ws, want);
    assert_true(ws->doc.toks.v[13].flags & LEDE_TF_ABBREV);
    assert_false(ws->doc.toks.v[5].flags & LEDE_TF_ABBREV);
    assert_true(ws->doc.toks.v[3].flags & LEDE_TF_SENT_END);
    assert_true(ws->doc.toks.v[1].flags & LEDE_TF_ALPHA);
    assert_int_equal(ws->doc.toks.v[1].norm_len, 6);
    assert_true(ws->doc.sents.n >= 6);
    /* every token names the sentence that holds it (closing marks too) */
    for (size_t k = 0; k < ws->doc.sents.n; k++)
        for (uint32_t t = ws->doc.sents.v[k].tok_begin; t < ws->doc.sents.v[k].tok_end; t++)
            assert_int_equal(ws->doc.toks.v[t].sent, k);
    assert_int_equal(ws->doc.sents.v[ws->doc.sents.n - 1].tok_end, ws->doc.toks.n);
    lede_workspace_free(ws);
    ws = seg("He said \"go.\" Then (it ended.) Next one!) And \u201cmore.\u201d Last.");
    for (size_t k = 0; k < ws->doc.sents.n; k++)
        for (uint32_t t = ws->doc.sents.v[k].tok_begin; t < ws->doc.sents.v[k].tok_end; t++)
            assert_int_equal(ws->doc.toks.v[t].sent, k);
    assert_true(ws->doc.sents.n >= 3);
    lede_workspace_free(ws);
    /* a token has SPACE_BEFORE exactly when space parts it from the one
     * before in its paragraph (ascii_word takes a word's following space) */
    ws = seg("Tom  said:it was\tfine, really fine.\nNext line\xc2\xa0here (ok) and a-b c'd 3,000 x.\n\nNew para.");
    for (size_t k = 1; k < ws->doc.toks.n; k++) {
        const lede_token *t = &ws->doc.toks.v[k], *p = t - 1;
        if (t->flags & LEDE_TF_PARA_START)
            continue;
        bool gap = t->start > p->end;
        if (gap != ((t->flags & LEDE_TF_SPACE_BEFORE) != 0))
            fail_msg("token %zu (%.*s): SPACE_BEFORE %d, gap %d", k, (int)(t->end - t->start),
                     ws->doc.text + t->start, (t->flags & LEDE_TF_SPACE_BEFORE) != 0, gap);
    }
    lede_workspace_free(ws);
}

/* LEDE_PUSH (doc.h): a new slot is zeroed whether the array had room (the
 * inline path, here over old values) or had to grow (lede_vec_push), and
 * the cap holds on both paths. */
static void push_zeroes_and_caps(void **state)
{
    (void)state;
    LEDE_VEC(uint64_t) vec = {NULL, 0, 0};
    for (size_t k = 0; k < 100; k++) {
        uint64_t *x = LEDE_PUSH(vec, 100);
        assert_non_null(x);
        assert_true(*x == 0);
        *x = ~(uint64_t)0;
    }
    assert_null(LEDE_PUSH(vec, 100)); /* full: grown 64 -> 100 slots, not past the cap */
    assert_int_equal(vec.n, 100);
    assert_int_equal(vec.cap, 100);
    vec.n = 10; /* a reset keeps the storage and its old bytes */
    for (size_t k = 10; k < 50; k++) {
        uint64_t *x = LEDE_PUSH(vec, 50);
        assert_non_null(x);
        assert_true(*x == 0);
    }
    assert_null(LEDE_PUSH(vec, 50));
    assert_int_equal(vec.n, 50);
    assert_non_null(LEDE_PUSH(vec, 0)); /* 0: no cap */
    free(vec.v);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(abbreviations_and_possessives),
        cmocka_unit_test(push_zeroes_and_caps),
        cmocka_unit_test(quotation_marks),
        cmocka_unit_test(sentences_after_abbreviation_at_end),
        cmocka_unit_test(paragraphs_and_headline),
        cmocka_unit_test(lines_without_blank_lines_are_paragraphs),
        cmocka_unit_test(numbers_hyphens_urls_dashes),
        cmocka_unit_test(folded_forms),
        cmocka_unit_test(token_cap_is_enforced),
        cmocka_unit_test(word_ends_and_late_urls),
        cmocka_unit_test(addresses_in_runs),
        cmocka_unit_test(every_listed_abbreviation_keeps_its_period),
        cmocka_unit_test(shape_flags_on_both_paths),
        cmocka_unit_test(plain_words_and_their_edges),
        cmocka_unit_test(headline_at_seven_in_ten),
        cmocka_unit_test(sentence_stops_below_and_over_the_cap),
        cmocka_unit_test(lower_case_runs_any_length),
        cmocka_unit_test(words_before_a_period),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
