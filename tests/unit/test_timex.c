/* test_timex.c - temporal expressions and their ISO 8601 values against a
 * publication date, on composed sentences. */
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "stages.h"
#include "timex_cal.h"
#include "timex_int.h"

static lede_workspace *run(const char *text, int y, int m, int d)
{
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    ws->doc.text = text;
    ws->doc.len = strlen(text);
    ws->doc.pub_year = y;
    ws->doc.pub_month = m;
    ws->doc.pub_day = d;
    assert_int_equal(lede_segment(ws), LEDE_OK);
    assert_int_equal(lede_timex_find(ws), LEDE_OK);
    return ws;
}

/* Asserts the timexes are exactly want[] = {text, value, text, value, ..., NULL}. */
static void expect(lede_workspace *ws, const char *const *want)
{
    const lede_doc *d = &ws->doc;
    size_t k = 0;
    for (; want[2 * k]; k++) {
        if (k >= d->timexes.n)
            fail_msg("missing timex %s", want[2 * k]);
        const lede_timex *t = &d->timexes.v[k];
        char got[128];
        snprintf(got, sizeof got, "%.*s", (int)(t->end - t->start), d->text + t->start);
        assert_string_equal(got, want[2 * k]);
        assert_string_equal(t->value, want[2 * k + 1]);
    }
    if (k != d->timexes.n) {
        const lede_timex *t = &d->timexes.v[k];
        fail_msg("unexpected timex %.*s", (int)(t->end - t->start), d->text + t->start);
    }
}

static void calendar_dates(void **state)
{
    lede_workspace *ws = run("The vote on February 12, 2021 followed talks on 2021-01-15, on 12 March 2020 "
                             "and on 03/04/2019.", 2021, 2, 4);
    const char *const want[] = {"February 12, 2021", "2021-02-12", "2021-01-15", "2021-01-15", "12 March 2020",
                                "2020-03-12", "03/04/2019", "2019-03-04", NULL};
    expect(ws, want);
    lede_workspace_free(ws);
}

static void partial_dates_take_the_year_from_publication(void **state)
{
    /* past: the most recent such month; "by"/"will": the next one */
    lede_workspace *ws = run("The accord was signed in Doha in February. The deal was struck on Dec. 3. "
                             "Troops leave by the end of April. Talks will resume in March.",
                             2021, 2, 4);
    const char *const want[] = {"February", "2021-02", "Dec. 3", "2020-12-03", "by the end of April", "2021-04",
                                "March", "2021-03", NULL};
    expect(ws, want);
    lede_workspace_free(ws);
}

/* The clause's outlook ("will") is looked for only when a recogniser read
 * it (timex_match.c, fwd_read): a missing year, a weekday, a quarter, a
 * weekday with its time take the next one in a clause that looks ahead;
 * a year, a duration and "tomorrow", which read nothing, keep their values
 * beside "will" too. */
static void outlook_decides_where_read(void **state)
{
    lede_workspace *ws = run("Talks will resume on Monday. The report will come in the third quarter. "
                             "They will meet in January. It will end Friday at 10 a.m. "
                             "He will leave in 2022 for two weeks and return tomorrow. "
                             "They met on Monday in the third quarter and in January.",
                             2021, 2, 4); /* a Thursday */
    const char *const want[] = {"Monday", "2021-02-08", "the third quarter", "2021-Q3", "January", "2022-01",
                                "Friday at 10 a.m.", "2021-02-05T10:00", "2022", "2022", "two weeks", "P2W",
                                "tomorrow", "2021-02-05", "Monday", "2021-02-01", "the third quarter", "2020-Q3",
                                "January", "2021-01", NULL};
    expect(ws, want);
    lede_workspace_free(ws);
}

static void relative_expressions(void **state)
{
    lede_workspace *ws = run("The officials met in Kabul earlier this week. Last year's deal ended. "
                             "He arrived yesterday and spoke on Monday. Prices rose last month and will fall "
                             "next month. It happened two days ago.",
                             2021, 2, 4); /* a Thursday */
    const char *const want[] = {"earlier this week", "2021-W05", "Last year", "2020", "yesterday", "2021-02-03",
                                "Monday", "2021-02-01", "last month", "2021-01", "next month", "2021-03",
                                "two days ago", "2021-02-02", NULL};
    expect(ws, want);
    lede_workspace_free(ws);
}

static void weeks_cross_the_year(void **state)
{
    /* 2021-01-01 is a Friday in ISO week 53 of 2020 */
    lede_workspace *ws = run("Markets were calm this week and last week.", 2021, 1, 1);
    const char *const want[] = {"this week", "2020-W53", "last week", "2020-W52", NULL};
    expect(ws, want);
    lede_workspace_free(ws);
}

static void durations_and_vague_periods(void **state)
{
    lede_workspace *ws = run("The two-day conference ran for 48 hours. Officials have in recent months "
                             "talked over the past three weeks about a decade-long war.",
                             2021, 2, 4);
    const char *const want[] = {"two-day", "P2D", "48 hours", "PT48H", "recent months", "PXM",
                                "the past three weeks", "P3W", "decade-long", "P10Y", NULL};
    expect(ws, want);
    assert_int_equal(ws->doc.timexes.v[0].type, LEDE_TX_DURATION);
    lede_workspace_free(ws);
}

static void times_join_their_day(void **state)
{
    lede_workspace *ws = run("The blast came on Friday at 10:30 a.m. and another at noon.", 2021, 2, 4);
    const char *const want[] = {"Friday at 10:30 a.m.", "2021-01-29T10:30", "noon", "T12:00", NULL};
    expect(ws, want);
    assert_int_equal(ws->doc.timexes.v[0].type, LEDE_TX_TIME);
    lede_workspace_free(ws);
}

static void unanchored_values_are_empty(void **state)
{
    lede_workspace *ws = run("They met in February and again last week.", 0, 0, 0);
    const char *const want[] = {"February", "", "last week", "", NULL};
    expect(ws, want);
    lede_workspace_free(ws);
}

static void not_dates(void **state)
{
    /* modal "may", the verb "march", prices, counts */
    lede_workspace *ws = run("They may march on. Shares rose 1.45 to 2,000 and 1500 people were "
                             "31 second best in a 1985 year.", 2021, 2, 4);
    for (size_t i = 0; i < ws->doc.timexes.n; i++) {
        const lede_timex *t = &ws->doc.timexes.v[i];
        fail_msg("unexpected timex %.*s", (int)(t->end - t->start), ws->doc.text + t->start);
    }
    lede_workspace_free(ws);
}

static void dateline_anchors_a_story_without_published_at(void **state)
{
    lede_workspace *ws = run("LONDON 1996-08-30\nThe bank cut rates yesterday.", 0, 0, 0);
    assert_int_equal(ws->doc.pub_year, 1996);
    const char *const want[] = {"1996-08-30", "1996-08-30", "yesterday", "1996-08-29", NULL};
    expect(ws, want);
    lede_workspace_free(ws);
}

static void mentions_cover_tokens(void **state)
{
    lede_workspace *ws = run("They met last week in Kabul.", 2021, 2, 4);
    const lede_doc *d = &ws->doc;
    assert_int_equal(d->mentions.n, 1);
    const lede_mention *m = &d->mentions.v[0];
    assert_int_equal(m->type, LEDE_ET_DATE);
    assert_int_equal(m->kind, LEDE_MK_VALUE);
    assert_int_equal(d->toks.v[2].mention, 0);
    assert_int_equal(d->toks.v[3].mention, 0);
    assert_int_equal(d->toks.v[4].mention, -1);
    lede_workspace_free(ws);
}

/* The recognisers' vocabulary is binary-searched: it must stay sorted as
 * strcmp sorts, each word findable and no longer than LEDE_TX_WORD_MAX. */
/* The hashed index (vocab.h) finds what the binary search finds, whether
 * the bytes before a word can be read (a token inside doc->norm) or not. */
static void hashed_index_matches_binary_search(void **state)
{
    lede_vocab_index ix;
    lede_tx_index_build(&ix);
    const char *extra[] = {"januar", "januaryx", "the", "thee", "th", "a", "b", "q3", "2021", "tomorrow's",
                           "centuries", "centurie", "sept.", "sept..", "-", "", NULL};
    char buf[64];
    for (size_t k = 0; k < lede_tx_vocab_n + 16; k++) {
        const char *w = k < lede_tx_vocab_n ? lede_tx_vocab[k].w : extra[k - lede_tx_vocab_n];
        if (!w)
            break;
        size_t n = strlen(w);
        for (size_t cut = 0; cut <= n; cut++) {
            memset(buf, 'x', sizeof buf);
            memcpy(buf + 16, w, n);
            int want = lede_tx_word_find(w, cut);
            assert_int_equal(lede_vocab_index_find(&ix, buf + 16, cut, 16), want);
            assert_int_equal(lede_vocab_index_find(&ix, w, cut, 0), want);
        }
    }
}

/* "the", "a", "an", bare numbers and hyphenated words are marked as
 * possible starts only where an expression can start (timex_start.c):
 * nowhere else does the matcher find one (so skipping it there changes
 * nothing), and where it can the expressions are still found. */
static void unmarked_tokens_start_nothing(void **state)
{
    const char *text = "The end of April came. By the end of the year, the first quarter of 2020 and the past "
                       "week were over. A few days ago a man came, an hour later a year ago the man left. "
                       "The talks, the day, the 1990s, a day, an Monday, the Monday, a first, the few, "
                       "the middle of May, the turn of the century and the next two weeks. On 12 February, 12 of May "
                       "and 3 mid-March two days, 3,000 troops, 2.5 hours, 10 a.m., 7 PM, 1,200 km, two-day talks, "
                       "a decade-long war, twenty-five years, mid-June, state-of-the-art 1990s, 2017's budget, "
                       "at 10:30 GMT on 2021-02-12, 45 percent, 12th of March, 3-4 days, well-known 17 people. "
                       "For years, over decades and for two weeks some years passed; one man, two days later, "
                       "several months ago, until the start of May, by Friday, through the end of June, till "
                       "then, the year, a year, years ago, day by day, many people, few days, twenty-one hours. "
                       "KABUL, Feb. 3, 2021 (Reuters) - LONDON 1996-08-30 on 3/4/2021, 30 Aug 1996 and March 2.";
    lede_workspace *ws = run(text, 2021, 2, 4);
    const lede_doc *d = &ws->doc;
    lede_vocab_index ix;
    lede_tx_index_build(&ix);
    lede_tx c = {.ws = ws, .d = d, .ix = &ix, .y = 2021, .m = 2, .dd = 4};
    assert_int_equal(lede_tx_classify(&c), LEDE_OK);
    size_t skipped = 0;
    for (size_t s = 0; s < d->sents.n; s++) {
        c.sb = d->sents.v[s].tok_begin;
        c.se = d->sents.v[s].tok_end;
        for (size_t i = c.sb; i < c.se; i++) {
            if (c.tok[i] & LEDE_TX_START)
                continue;
            lede_tx_hit h = {0};
            if (lede_timex_match(&c, i, &h))
                fail_msg("token %zu (%.*s) is not marked but starts an expression", i, (int)d->toks.v[i].norm_len,
                         lede_tok_norm(d, &d->toks.v[i]));
            lede_tx_hit hd = {0};
            if (lede_timex_match_date(&c, i, &hd)) /* find_dateline tries marked tokens only */
                fail_msg("token %zu (%.*s) is not marked but starts a date", i, (int)d->toks.v[i].norm_len,
                         lede_tok_norm(d, &d->toks.v[i]));
            skipped++;
        }
    }
    if (skipped < 60)
        fail_msg("only %zu tokens skipped of %zu in %zu sentences", skipped, d->toks.n, d->sents.n);
    /* the stage's expressions are those of trying every token */
    size_t k = 0;
    for (size_t s = 0; s < d->sents.n; s++) {
        c.sb = d->sents.v[s].tok_begin;
        c.se = d->sents.v[s].tok_end;
        for (size_t i = c.sb; i < c.se;) {
            lede_tx_hit h = {0};
            if (!lede_timex_match(&c, i, &h)) {
                i++;
                continue;
            }
            assert_true(k < d->timexes.n);
            assert_int_equal(d->timexes.v[k].start, d->toks.v[h.b].start);
            assert_int_equal(d->timexes.v[k].end, d->toks.v[h.e - 1].end);
            assert_string_equal(d->timexes.v[k].value, h.value);
            k++;
            i = h.e;
        }
    }
    assert_int_equal(k, d->timexes.n);
    const char *const want[] = {"The end of April", "2020-04", "the first quarter of 2020", "2020-Q1",
                                "the past week", "P1W", "A few days ago", "",
                                "later a year ago", "2020", "12 February", "2021-02-12", "two days", "P2D",
                                "10 a.m.", "T10:00", "two-day", "P2D", "decade-long", "P10Y", NULL};
    for (size_t w = 0; want[w]; w += 2) {
        bool found = false;
        for (size_t t = 0; t < d->timexes.n && !found; t++)
            found = d->timexes.v[t].end - d->timexes.v[t].start == strlen(want[w]) &&
                    memcmp(d->text + d->timexes.v[t].start, want[w], strlen(want[w])) == 0 &&
                    strcmp(d->timexes.v[t].value, want[w + 1]) == 0;
        if (!found)
            fail_msg("missing %s = %s", want[w], want[w + 1]);
    }
    lede_workspace_free(ws);
}

/* The recognisers' vocabulary is binary-searched: it must stay sorted as
 * strcmp sorts, each word findable and no longer than LEDE_TX_WORD_MAX. */
static void vocabulary_is_sorted(void **state)
{
    for (size_t k = 0; k < lede_tx_vocab_n; k++) {
        const char *w = lede_tx_vocab[k].w;
        if (k > 0 && strcmp(lede_tx_vocab[k - 1].w, w) >= 0)
            fail_msg("timex vocabulary out of order at \"%s\"", w);
        assert_true(strlen(w) <= LEDE_TX_WORD_MAX);
        assert_int_equal(lede_tx_word_find(w, strlen(w)), (int)k + 1);
        /* lede_tx_classify decides a listed word by its start kind alone:
         * none starts with a digit, holds a hyphen or is a quarter "q1".."q4" */
        if ((w[0] >= '0' && w[0] <= '9') || strchr(w, '-') ||
            (strlen(w) == 2 && w[0] == 'q' && w[1] >= '1' && w[1] <= '4'))
            fail_msg("timex vocabulary word \"%s\" needs lede_tx_classify's unlisted-word tests", w);
        /* ... and tries a hyphen only in a word of four bytes or more: a
         * head word of three ("two-day") and the hyphen */
        if ((lede_tx_vocab[k].in[TXL_UNIT] > 0 || lede_tx_vocab[k].in[TXL_NUMBER] || lede_tx_vocab[k].in[TXL_TENS]) &&
            strlen(w) < 3)
            fail_msg("timex unit or number word \"%s\" is shorter than lede_tx_classify's hyphen test assumes", w);
    }
    assert_int_equal(lede_tx_word_find("januar", 6), 0);
    assert_int_equal(lede_tx_word_find("januaryx", 8), 0);
    /* the first-letter index: words from 'a' + k start at letter_at[k] */
    for (int k = 0; k <= 26; k++) {
        size_t at = 0;
        while (at < lede_tx_vocab_n && (unsigned char)lede_tx_vocab[at].w[0] < 'a' + k)
            at++;
        if (lede_tx_letter_at[k] != at)
            fail_msg("lede_tx_letter_at[%d] is %u, the vocabulary says %zu", k, lede_tx_letter_at[k], at);
    }
}

#define STAGE "timex"
#define BUILD lede_tx_index_build
#define INDEX_NAME "lede_tx_index"
#define INDEX_HEADER "timex_int.h"
#define STATIC_INDEX lede_tx_index
/* Prints a static index as the C file core/timex_index.c holds (see there). */
static void print_index_file(FILE *f, const lede_vocab_index *ix, const char *stage, const char *name,
                             const char *header)
{
    fprintf(f, "/*\n * %s_index.c - GENERATED by tests/unit/test_%s.c (index_is_current): the\n"
               " * hashed index (vocab.h) of the %s vocabulary, static so no document\n"
               " * pays for building it.  After changing the vocabulary, regenerate:\n"
               " *   LEDE_WRITE_INDEX=core/%s_index.c build/test_%s\n"
               " * Owned by the %s stage.  Constant data; thread-safe.\n */\n",
            stage, stage, stage, stage, stage, stage);
    fprintf(f, "#include \"%s\"\n\n", header);
    fprintf(f, "const lede_vocab_index %s = {\n    .slot = {", name);
    for (size_t k = 0; k < LEDE_VOCAB_SLOTS; k++)
        fprintf(f, "%s%u,", k % 16 ? " " : "\n        ", ix->slot[k]);
    size_t n = 0;
    for (size_t k = 0; k < LEDE_VOCAB_WORDS_MAX; k++)
        if (ix->len[k])
            n = k + 1;
    fprintf(f, "\n    },\n    .key = {");
    for (size_t k = 0; k < n; k++)
        fprintf(f, "%s{0x%016llxull, 0x%016llxull},", k % 2 ? " " : "\n        ",
                (unsigned long long)ix->key[k].a, (unsigned long long)ix->key[k].b);
    fprintf(f, "\n    },\n    .len = {");
    for (size_t k = 0; k < n; k++)
        fprintf(f, "%s%u,", k % 16 ? " " : "\n        ", ix->len[k]);
    fprintf(f, "\n    },\n    .val = {");
    for (size_t k = 0; k < n; k++)
        fprintf(f, "%s%u,", k % 16 ? " " : "\n        ", ix->val[k]);
    fprintf(f, "\n    },\n};\n");
}

/* The value writers (timex_cal.c) against snprintf, whose output they
 * replace: widths, signs, extremes, and truncation at every room left. */
static void value_writers_equal_snprintf(void **state)
{
    (void)state;
    static const int vals[] = {0, 1, 7, 9, 10, 99, 100, 999, 1000, 2021, 9999, 10000, 123456,
                               -1, -7, -10, -99, -100, -2021, -123456, INT_MAX, INT_MIN, INT_MIN + 1};
    static const int widths[] = {0, 1, 2, 3, 4};
    for (size_t a = 0; a < sizeof vals / sizeof *vals; a++)
        for (size_t b = 0; b < sizeof widths / sizeof *widths; b++)
            for (size_t room = 1; room <= 14; room++) {
                char want[32], got[32];
                memset(got, 'x', sizeof got);
                snprintf(want, room, "%0*d", widths[b], vals[a]);
                *lede_cal_put_int(got, got + room - 1, vals[a], widths[b]) = '\0';
                assert_string_equal(got, want);
                snprintf(want, room, "%s", "2021-W05");
                *lede_cal_put_str(got, got + room - 1, "2021-W05") = '\0';
                assert_string_equal(got, want);
            }
    char out[32], want[32];
    static const int ys[] = {0, 5, 999, 2021, 12345, -3, INT_MAX};
    for (size_t k = 0; k < sizeof ys / sizeof *ys; k++) {
        snprintf(want, sizeof want, "%04d-%02d-%02d", ys[k], 2, 3);
        assert_string_equal(lede_cal_fmt_day(out, ys[k], 2, 3), want);
        snprintf(want, sizeof want, "%04d-%02d", ys[k], 11);
        assert_string_equal(lede_cal_fmt_month(out, ys[k], 11), want);
        snprintf(want, sizeof want, "%04d", ys[k]);
        assert_string_equal(lede_cal_fmt_year(out, ys[k]), want);
    }
    assert_string_equal(lede_cal_fmt_duration(out, 48, U_HOUR), "PT48H");
    assert_string_equal(lede_cal_fmt_duration(out, 2, U_DECADE), "P20Y");
    assert_string_equal(lede_cal_fmt_duration(out, -1, U_MONTH), "PXM");
    assert_string_equal(lede_cal_fmt_duration(out, -1, U_MINUTE), "PTXM");
    assert_string_equal(lede_cal_fmt_week(out, 2021, 1, 1, 0), "2020-W53");
}

/* The static index is the one lede_vocab_index_build makes of the
 * vocabulary today; LEDE_WRITE_INDEX=path writes the current one there. */
/* lede_tx_classify looks a token up only when its first two bytes and
 * length fit a listed word or a hyphen join hyphen_starts takes
 * (lede_tx_start_pair): every listed word and such join passes, and common
 * words that start nothing are turned away. */
static bool pair_passes(const char *w)
{
    size_t n = strlen(w);
    return (lede_tx_start_pair[lede_tx_pair_slot((unsigned char)w[0], (unsigned char)(n > 1 ? w[1] : 0))] >>
            (n < 31 ? n : 31)) &
           1u;
}
static void start_pairs_match_vocabulary(void **state)
{
    (void)state;
    assert_true(lede_tx_start_pair_ok());
    char j[64];
    for (size_t k = 0; k < lede_tx_vocab_n; k++) {
        const lede_tx_word *w = &lede_tx_vocab[k];
        assert_true(pair_passes(w->w));
        if (w->in[TXL_UNIT] > 0 || w->in[TXL_NUMBER] || w->in[TXL_TENS]) {
            snprintf(j, sizeof j, "%s-x", w->w);
            assert_true(pair_passes(j));
            snprintf(j, sizeof j, "%s-long-and-very-much-longer-than-that", w->w);
            assert_true(pair_passes(j));
        }
    }
    const char *yes[] = {"mid-february", "two-day", "decade-long", "twenty-five"};
    for (size_t k = 0; k < sizeof yes / sizeof *yes; k++)
        assert_true(pair_passes(yes[k]));
    const char *no[] = {"said", "president", "government", "would"};
    for (size_t k = 0; k < sizeof no / sizeof *no; k++)
        assert_false(pair_passes(no[k]));
}

static void index_is_current(void **state)
{
    (void)state;
    lede_vocab_index ix;
    memset(&ix, 0, sizeof ix);
    BUILD(&ix);
    const char *path = getenv("LEDE_WRITE_INDEX");
    if (path) {
        FILE *f = fopen(path, "w");
        assert_non_null(f);
        print_index_file(f, &ix, STAGE, INDEX_NAME, INDEX_HEADER);
        fclose(f);
    }
    if (memcmp(ix.slot, STATIC_INDEX.slot, sizeof ix.slot) != 0 || memcmp(ix.len, STATIC_INDEX.len, sizeof ix.len) != 0 ||
        memcmp(ix.key, STATIC_INDEX.key, sizeof ix.key) != 0 || memcmp(ix.val, STATIC_INDEX.val, sizeof ix.val) != 0)
        fail_msg("core/%s_index.c is stale: LEDE_WRITE_INDEX=core/%s_index.c build/test_%s regenerates it", STAGE,
                 STAGE, STAGE);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(calendar_dates),
        cmocka_unit_test(partial_dates_take_the_year_from_publication),
        cmocka_unit_test(relative_expressions),
        cmocka_unit_test(outlook_decides_where_read),
        cmocka_unit_test(weeks_cross_the_year),
        cmocka_unit_test(durations_and_vague_periods),
        cmocka_unit_test(times_join_their_day),
        cmocka_unit_test(unanchored_values_are_empty),
        cmocka_unit_test(not_dates),
        cmocka_unit_test(dateline_anchors_a_story_without_published_at),
        cmocka_unit_test(mentions_cover_tokens),
        cmocka_unit_test(vocabulary_is_sorted),
        cmocka_unit_test(hashed_index_matches_binary_search),
        cmocka_unit_test(index_is_current),
        cmocka_unit_test(start_pairs_match_vocabulary),
        cmocka_unit_test(value_writers_equal_snprintf),
        cmocka_unit_test(unmarked_tokens_start_nothing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
