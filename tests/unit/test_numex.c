/* test_numex.c - MONEY, PERCENT and QUANTITY mentions on composed
 * sentences, and what must not become one (head counts, years, dates
 * already taken, boilerplate). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "lexicon_fixture.h"
#include "numex_int.h"

static lede_workspace *run(void **state, const char *text)
{
    lede_workspace *ws = lede_workspace_new(*state, NULL);
    ws->doc.text = text;
    ws->doc.len = strlen(text);
    assert_int_equal(lede_segment(ws), LEDE_OK);
    assert_int_equal(lede_numex_find(ws), LEDE_OK);
    return ws;
}

/* Asserts the mentions are exactly want[] = {text, type, ...}. */
static void expect(lede_workspace *ws, const char *const *want, const int *types)
{
    const lede_doc *d = &ws->doc;
    size_t k = 0;
    for (; want[k]; k++) {
        if (k >= d->mentions.n)
            fail_msg("missing %s", want[k]);
        const lede_mention *m = &d->mentions.v[k];
        char got[128];
        snprintf(got, sizeof got, "%.*s", (int)(m->end - m->start), d->text + m->start);
        assert_string_equal(got, want[k]);
        assert_int_equal(m->type, types[k]);
        assert_int_equal(m->kind, LEDE_MK_VALUE);
        for (uint32_t t = m->tok_begin; t < m->tok_end; t++)
            assert_int_equal(d->toks.v[t].mention, (int)k);
    }
    if (k != d->mentions.n) {
        const lede_mention *m = &d->mentions.v[k];
        fail_msg("unexpected %.*s", (int)(m->end - m->start), d->text + m->start);
    }
}

static void money(void **state)
{
    lede_workspace *ws = run(state, "The deal was worth $5 million, or 50,000 afghanis, and €3bn in loans, "
                                    "with USD 20, US$ 4 billion, 10 euros and two hundred and fifty thousand "
                                    "dollars.");
    const char *const want[] = {"$5 million", "50,000 afghanis", "€3bn", "USD 20", "US$ 4 billion", "10 euros",
                                "two hundred and fifty thousand dollars", NULL};
    const int types[] = {LEDE_ET_MONEY, LEDE_ET_MONEY, LEDE_ET_MONEY, LEDE_ET_MONEY,
                         LEDE_ET_MONEY, LEDE_ET_MONEY, LEDE_ET_MONEY};
    expect(ws, want, types);
    lede_workspace_free(ws);
}

static void percent(void **state)
{
    lede_workspace *ws = run(state, "Profits rose 12% and then 3.5 percent, or 2 per cent, by three percentage "
                                    "points, after a five to 10 percent fall.");
    const char *const want[] = {"12%", "3.5 percent", "2 per cent", "three percentage points", "five to 10 percent",
                                NULL};
    const int types[] = {LEDE_ET_PERCENT, LEDE_ET_PERCENT, LEDE_ET_PERCENT, LEDE_ET_PERCENT, LEDE_ET_PERCENT};
    expect(ws, want, types);
    lede_workspace_free(ws);
}

static void quantity(void **state)
{
    lede_workspace *ws = run(state, "Troops marched 5 km along a 10-mile road through 300 square kilometres, "
                                    "carrying 2.5 tonnes.");
    const char *const want[] = {"5 km", "10-mile", "300 square kilometres", "2.5 tonnes", NULL};
    const int types[] = {LEDE_ET_QUANTITY, LEDE_ET_QUANTITY, LEDE_ET_QUANTITY, LEDE_ET_QUANTITY};
    expect(ws, want, types);
    lede_workspace_free(ws);
}

static void not_values(void **state)
{
    /* head counts, years, bare numbers, a capitalised demonym */
    lede_workspace *ws = run(state, "In 2021, 3,000 troops and 5m people saw 12 Afghanis and a million stars.");
    const char *const want[] = {NULL};
    expect(ws, want, NULL);
    lede_workspace_free(ws);
}

static void leaves_taken_tokens_and_boilerplate(void **state)
{
    lede_workspace *ws = lede_workspace_new(*state, NULL);
    const char *text = "It cost $5 million.\n\nShare this: $10 off, 20% discount.";
    ws->doc.text = text;
    ws->doc.len = strlen(text);
    assert_int_equal(lede_segment(ws), LEDE_OK);
    ws->doc.paras.v[1].kind = LEDE_PARA_BOILERPLATE;
    ws->doc.toks.v[3].mention = 7; /* "5", as if an earlier stage had it */
    assert_int_equal(lede_numex_find(ws), LEDE_OK);
    assert_int_equal(ws->doc.mentions.n, 0);
    lede_workspace_free(ws);
}

/* The rules' vocabulary is binary-searched: it must stay sorted as strcmp
 * sorts, each word findable and no longer than LEDE_NX_WORD_MAX. */
static void vocabulary_is_sorted(void **state)
{
    for (size_t k = 0; k < lede_nx_vocab_n; k++) {
        const char *w = lede_nx_vocab_word(k);
        if (k > 0 && strcmp(lede_nx_vocab_word(k - 1), w) >= 0)
            fail_msg("numex vocabulary out of order at \"%s\"", w);
        assert_true(strlen(w) <= LEDE_NX_WORD_MAX);
        assert_true(lede_nx_word(w, strlen(w)) != 0);
    }
    assert_null(lede_nx_vocab_word(lede_nx_vocab_n));
    assert_int_equal(lede_nx_word("mile", 4), NXW_UNIT);
    assert_int_equal(lede_nx_word("bn", 2), NXW_SCALE | NXW_SUFFIX);
    assert_int_equal(lede_nx_word("mil", 3), 0);
    assert_int_equal(lede_nx_word("milesx", 6), 0);
    /* the first-letter index: words from 'a' + k start at letter_at[k] */
    for (int k = 0; k <= 26; k++) {
        size_t at = 0;
        while (at < lede_nx_vocab_n && (unsigned char)lede_nx_vocab_word(at)[0] < 'a' + k)
            at++;
        if (lede_nx_letter_at[k] != at)
            fail_msg("lede_nx_letter_at[%d] is %u, the vocabulary says %zu", k, lede_nx_letter_at[k], at);
    }
}

/* The hashed index (vocab.h) answers as the binary search does, for every
 * word and its prefixes, with readable bytes before the word or not, and
 * through a key made once (lede_nx_word_key). */
static void hashed_index_matches_binary_search(void **state)
{
    (void)state;
    lede_vocab_index ix;
    lede_nx_index_build(&ix);
    const char *extra[] = {"mil", "milesx", "kilometresx", "3bn", "point", "-", "", NULL};
    char buf[64];
    for (size_t k = 0; k < lede_nx_vocab_n + 8; k++) {
        const char *w = k < lede_nx_vocab_n ? lede_nx_vocab_word(k) : extra[k - lede_nx_vocab_n];
        if (!w)
            break;
        size_t n = strlen(w);
        for (size_t cut = 0; cut <= n; cut++) {
            memset(buf, 'x', sizeof buf);
            memcpy(buf + 16, w, n);
            unsigned want = lede_nx_word(w, cut);
            assert_int_equal(lede_nx_word_at(&ix, buf + 16, cut, 16), want);
            assert_int_equal(lede_nx_word_at(&ix, w, cut, 0), want);
            if (cut)
                assert_int_equal(lede_nx_word_key(&ix, lede_vocab_key_of(buf + 16, cut, 16), cut), want);
        }
    }
    /* the hyphen test on a key */
    assert_true(lede_vocab_key_has(lede_vocab_key_of("10-mile", 7, 0), '-'));
    assert_true(lede_vocab_key_has(lede_vocab_key_of("twenty-five-km", 14, 0), '-'));
    assert_false(lede_vocab_key_has(lede_vocab_key_of("kilometres", 10, 0), '-'));
    assert_false(lede_vocab_key_has(lede_vocab_key_of("a", 1, 0), '-'));
}

#define STAGE "numex"
#define BUILD lede_nx_index_build
#define INDEX_NAME "lede_nx_index"
#define INDEX_HEADER "numex_int.h"
#define STATIC_INDEX lede_nx_index
/* Prints a static index as the C file core/numex_index.c holds (see there). */
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

/* The static index is the one lede_vocab_index_build makes of the
 * vocabulary today; LEDE_WRITE_INDEX=path writes the current one there. */
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

/* numex.c classifies up front only the tokens whose first byte and length
 * a currency symbol, "a" or a number word (alone or hyphen-joined) has
 * (lede_nx_start_len, checked against the vocabulary here), and the others
 * when a rule reads them: values that start at either kind are found. */
static void start_lengths_match_vocabulary(void **state)
{
    (void)state;
    assert_true(lede_nx_start_len_ok());
    for (size_t k = 0; lede_nx_vocab_word(k); k++) {
        const char *w = lede_nx_vocab_word(k);
        unsigned in = lede_nx_word(w, strlen(w));
        if (in & (NXW_CURSYM | NXW_NUMBER | NXW_A))
            assert_true((lede_nx_start_len[(unsigned char)w[0]] >> strlen(w)) & 1u);
    }
    for (char dg = '0'; dg <= '9'; dg++) /* any token starting with a digit */
        assert_int_equal(lede_nx_start_len[(unsigned char)dg], ~1u);
}

/* The finer filter by the first two bytes (lede_nx_start_pair) passes every
 * listed start word and every hyphen join a number word begins, and turns
 * away common words the first byte lets through. */
static bool pair_passes(const char *w)
{
    size_t n = strlen(w), b = n < 31 ? n : 31;
    return ((lede_nx_start_len[(unsigned char)w[0]] >> b) & 1u) &&
           ((lede_nx_start_pair[lede_nx_pair_slot((unsigned char)w[0], (unsigned char)w[1])] >> b) & 1u);
}
static void start_pairs_match_vocabulary(void **state)
{
    (void)state;
    assert_true(lede_nx_start_pair_ok());
    for (size_t k = 0; lede_nx_vocab_word(k); k++) {
        const char *w = lede_nx_vocab_word(k);
        unsigned in = lede_nx_word(w, strlen(w));
        if (strlen(w) >= 2 && (in & (NXW_CURSYM | NXW_NUMBER | NXW_A)))
            assert_true(pair_passes(w));
        if (in & NXW_NUMBER) {
            char j[64];
            snprintf(j, sizeof j, "%s-x", w);
            assert_true(pair_passes(j));
            snprintf(j, sizeof j, "%s-kilometre-long-stretch-of-the-road", w);
            assert_true(pair_passes(j));
        }
    }
    const char *no[] = {"the", "from", "that", "news", "said", "other"};
    for (size_t k = 0; k < sizeof no / sizeof *no; k++)
        assert_false(pair_passes(no[k]));
    /* the two shapes numex.c names */
    assert_true(pair_passes("twenty-five"));
    assert_true(pair_passes("five-km"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(money),
        cmocka_unit_test(percent),
        cmocka_unit_test(quantity),
        cmocka_unit_test(not_values),
        cmocka_unit_test(leaves_taken_tokens_and_boilerplate),
        cmocka_unit_test(vocabulary_is_sorted),
        cmocka_unit_test(hashed_index_matches_binary_search),
        cmocka_unit_test(index_is_current),
        cmocka_unit_test(start_lengths_match_vocabulary),
        cmocka_unit_test(start_pairs_match_vocabulary),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
