/* test_lexicon.c - the lexicon built from iso-codes, WordNet and the data
 * tables: keys, senses, codes, aliases, demonyms, cities, flags, phrase
 * matching over document tokens, and load errors. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "bytes_eq.h"
#include "lexicon.h"
#include "stages.h"

static const char *data_dir(void)
{
    const char *d = getenv("LEDE_DATA_DIR");
    return d && *d ? d : "data";
}

static int setup(void **state)
{
    char err[256] = "";
    lede_lexicon *l = lede_lexicon_load(data_dir(), err, sizeof err);
    if (!l)
        fprintf(stderr, "lexicon: %s\n", err);
    *state = l;
    return l ? 0 : -1;
}

static int teardown(void **state)
{
    lede_lexicon_free(*state);
    return 0;
}

static const lede_lex_entry *get(const lede_lexicon *l, const char *phrase)
{
    char key[256];
    size_t n = lede_lex_key(phrase, strlen(phrase), key, sizeof key);
    return n ? lede_lexicon_get(l, key, n) : NULL;
}

static void keys_fold_like_tokens(void **state)
{
    (void)state;
    char k[64];
    size_t n = lede_lex_key("Kābul", strlen("Kābul"), k, sizeof k);
    assert_int_equal(n, 5);
    assert_memory_equal(k, "kabul", 5);
    n = lede_lex_key("Korea, Republic of", 18, k, sizeof k);
    assert_int_equal(n, strlen("korea , republic of"));
    assert_memory_equal(k, "korea , republic of", n);
    n = lede_lex_key("U.S.", 4, k, sizeof k);
    assert_memory_equal(k, "u.s.", n);
    n = lede_lex_key("  Côte   d'Ivoire ", 19, k, sizeof k);
    assert_int_equal(n, strlen("cote d'ivoire"));
    assert_memory_equal(k, "cote d'ivoire", n);
}

static void countries_and_aliases(void **state)
{
    const lede_lexicon *l = *state;
    assert_true(lede_lexicon_entries(l) > 5000);
    const lede_lex_entry *us = get(l, "United States");
    assert_non_null(us);
    assert_true(us->classes & LEDE_LEX_COUNTRY);
    assert_string_equal(us->code, "US");
    assert_string_equal(us->name, "United States");
    /* the same concept under every variant */
    const char *const variants[] = {"US", "U.S.", "America", "United States of America", "USA", NULL};
    for (const char *const *v = variants; *v; v++) {
        const lede_lex_entry *e = get(l, *v);
        assert_non_null(e);
        assert_true(e->classes & LEDE_LEX_COUNTRY);
        assert_int_equal(e->concept, us->concept);
        assert_string_equal(e->name, "United States");
    }
    const lede_lex_entry *ru = get(l, "Russian Federation");
    assert_non_null(ru);
    assert_string_equal(ru->name, "Russia"); /* display name from places.tsv */
    assert_int_equal(get(l, "Russia")->concept, ru->concept);
    assert_string_equal(get(l, "Iran")->code, "IR");
    assert_string_equal(get(l, "Islamic Republic of Iran")->code, "IR");
    assert_string_equal(get(l, "Syria")->code, "SY");
    assert_string_equal(get(l, "South Korea")->code, "KR");
    assert_string_equal(get(l, "Britain")->code, "GB");
    assert_string_equal(get(l, "UK")->code, "GB");
    assert_string_equal(get(l, "Persia")->code, "IR"); /* a WordNet alias */
    /* Taiwan's WordNet synset also says "China": the standard wins */
    assert_string_equal(get(l, "China")->code, "CN");
    /* subdivision names many countries share are not places */
    assert_null(get(l, "Central"));
    assert_null(get(l, "Northern"));
}

static void subdivisions_and_cities(void **state)
{
    const lede_lexicon *l = *state;
    const lede_lex_entry *w = get(l, "Wardak");
    assert_non_null(w);
    assert_true(w->classes & LEDE_LEX_REGION);
    assert_string_equal(w->code, "AF-WAR");
    assert_string_equal(w->country, "AF");
    assert_true(w->flags & LEDE_LEXF_TOPLEVEL);
    /* Kabul: the city first, the province second */
    const lede_lex_entry *k = get(l, "Kabul");
    assert_true(k->classes & LEDE_LEX_CITY);
    assert_string_equal(k->country, "AF");
    const lede_lex_entry *kp = lede_lex_sense(k, LEDE_LEX_REGION);
    assert_non_null(kp);
    assert_string_equal(kp->code, "AF-KAB");
    assert_true(k->all_classes & LEDE_LEX_REGION);
    const lede_lex_entry *doha = get(l, "Doha");
    assert_true(doha->classes & LEDE_LEX_CITY);
    assert_string_equal(doha->country, "QA");
    /* Punjab: two countries' subdivisions */
    const lede_lex_entry *p = get(l, "Punjab");
    int regions = 0;
    for (const lede_lex_entry *e = p; e; e = e->next)
        regions += !!(e->classes & LEDE_LEX_REGION);
    assert_int_equal(regions, 2);
    /* ordinary words and people's names are flagged */
    assert_true(lede_lex_sense(get(l, "Reading"), LEDE_LEX_CITY)->flags & LEDE_LEXF_AMBIG);
    assert_true(lede_lex_sense(get(l, "Lincoln"), LEDE_LEX_CITY)->flags & LEDE_LEXF_PERSON);
    assert_false(k->flags & (LEDE_LEXF_AMBIG | LEDE_LEXF_PERSON));
    assert_true(get(l, "province")->classes & LEDE_LEX_REGION_WORD);
    assert_true(get(l, "Asia")->classes & LEDE_LEX_PLACE);
}

static void demonyms_and_words(void **state)
{
    const lede_lexicon *l = *state;
    const struct { const char *w, *code; } dem[] = {
        {"Afghan", "AF"}, {"Afghans", "AF"}, {"Pakistani", "PK"}, {"American", "US"}, {"Americans", "US"},
        {"Chinese", "CN"}, {"Russian", "RU"}, {"Qatari", "QA"}, {"Azerbaijani", "AZ"}, {"British", "GB"},
        {"Swedes", "SE"}, {NULL, NULL}};
    for (size_t i = 0; dem[i].w; i++) {
        const lede_lex_entry *e = lede_lex_sense(get(l, dem[i].w), LEDE_LEX_DEMONYM);
        assert_non_null(e);
        assert_string_equal(e->country, dem[i].code);
    }
    assert_string_equal(lede_lex_sense(get(l, "Afghans"), LEDE_LEX_DEMONYM)->name, "Afghan");
    /* a demonym's concept is its people, not the country */
    assert_int_not_equal(get(l, "Afghan")->concept, get(l, "Afghanistan")->concept);
    assert_null(lede_lex_sense(get(l, "Asian"), LEDE_LEX_DEMONYM)->country);
    /* organisations WordNet names, with their aliases; "Army" is also
     * any army */
    const lede_lex_entry *nato = get(l, "NATO");
    assert_true(nato->classes & LEDE_LEX_ORG);
    assert_int_equal(get(l, "North Atlantic Treaty Organization")->concept, nato->concept);
    assert_true(get(l, "Taliban")->classes & LEDE_LEX_ORG);
    assert_int_equal(get(l, "al-Qaida")->concept, get(l, "Al-Qaeda")->concept);
    assert_true(lede_lex_sense(get(l, "Army"), LEDE_LEX_ORG)->flags & LEDE_LEXF_AMBIG);
    assert_true(get(l, "WHO")->flags & LEDE_LEXF_UPPER);
    assert_false(get(l, "Kabul")->flags & LEDE_LEXF_UPPER);
    assert_true(get(l, "US")->flags & LEDE_LEXF_UPPER);
    assert_true(get(l, "Muslims")->classes & LEDE_LEX_NORP);
    assert_true(get(l, "Mr.")->classes & LEDE_LEX_TITLE);
    assert_true(get(l, "Ministry")->classes & LEDE_LEX_ORG_SUFFIX);
    assert_string_equal(get(l, "USD")->code, "USD");
    assert_non_null(lede_lex_sense(get(l, "afghanis"), LEDE_LEX_CURRENCY));
    assert_non_null(lede_lex_sense(get(l, "dollars"), LEDE_LEX_CURRENCY));
    assert_null(get(l, "troops"));
}

static void phrases_over_tokens(void **state)
{
    const lede_lexicon *l = *state;
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    const char *text = "Envoys of the United States of America met United Nations staff in Kābul.";
    ws->doc.text = text;
    ws->doc.len = strlen(text);
    assert_int_equal(lede_segment(ws), LEDE_OK);
    const lede_doc *d = &ws->doc;
    const lede_lex_entry *e = NULL;
    /* tokens: Envoys of the United States of America met United Nations staff in Kābul . */
    assert_int_equal(lede_lexicon_longest(l, d, 3, d->toks.n, &e), 4);
    assert_string_equal(e->code, "US");
    assert_int_equal(lede_lexicon_longest(l, d, 3, 5, &e), 2); /* the limit cuts it */
    assert_string_equal(e->code, "US");
    assert_int_equal(lede_lexicon_longest(l, d, 0, d->toks.n, &e), 0);
    assert_null(e);
    e = lede_lexicon_span(l, d, 12, 13);
    assert_non_null(e);
    assert_true(e->classes & LEDE_LEX_CITY);
    assert_null(lede_lexicon_span(l, d, 3, 5 + 1)); /* "united states of" */
    lede_workspace_free(ws);
}

/* lede_lexicon_span hashes a key as it appends tokens and compares it a
 * word at a time: the same answer as lede_lexicon_get on the joined key,
 * for every span of up to eight tokens (keys of 1 to 40 bytes). */
static void spans_match_joined_keys(void **state)
{
    const lede_lexicon *l = *state;
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    const char *text = "The Democratic Republic of the Congo, Bosnia and Herzegovina, Saint Vincent and the "
                       "Grenadines and Papua New Guinea met in Rio de Janeiro, New York City and Kabul (AF-KAB).";
    ws->doc.text = text;
    ws->doc.len = strlen(text);
    assert_int_equal(lede_segment(ws), LEDE_OK);
    const lede_doc *d = &ws->doc;
    size_t hits = 0;
    for (size_t a = 0; a < d->toks.n; a++)
        for (size_t z = a + 1; z <= d->toks.n && z <= a + LEDE_LEX_MAX_WORDS; z++) {
            char key[512];
            size_t kn = 0;
            for (size_t i = a; i < z; i++) {
                const lede_token *t = &d->toks.v[i];
                if (kn)
                    key[kn++] = ' ';
                memcpy(key + kn, lede_tok_norm(d, t), t->norm_len);
                kn += t->norm_len;
            }
            const lede_lex_entry *e = lede_lexicon_span(l, d, a, z);
            assert_ptr_equal(e, lede_lexicon_get(l, key, kn));
            hits += e != NULL;
        }
    assert_true(hits >= 6);
    lede_workspace_free(ws);
}

/* WordNet's named instances, in their own table: deities, software, works
 * and laws whose every sense is of that one kind; never people who share a
 * name with clubs, firms and towns, nor a word with a common sense. */
static void named_instances_apart(void **state)
{
    const lede_lexicon *l = *state;
    const lede_lexicon *names = lede_lexicon_names(l);
    assert_non_null(names);
    static const struct { const char *phrase; uint32_t cls; } kept[] = {
        {"Hera", LEDE_LEX_WN_PERSON},  {"Poseidon", LEDE_LEX_WN_PERSON},        {"Athena", LEDE_LEX_WN_PERSON},
        {"Iliad", LEDE_LEX_WN_WORK},   {"Internet Explorer", LEDE_LEX_WN_PRODUCT}, {"IE", LEDE_LEX_WN_PRODUCT},
    };
    for (size_t i = 0; i < sizeof kept / sizeof *kept; i++) {
        const lede_lex_entry *e = get(names, kept[i].phrase);
        if (!e)
            fail_msg("%s is not in the names table", kept[i].phrase);
        assert_int_equal(e->classes, kept[i].cls);
        assert_null(lede_lex_sense(get(l, kept[i].phrase), LEDE_LEX_WN_PERSON | LEDE_LEX_WN_WORK |
                                                                LEDE_LEX_WN_PRODUCT | LEDE_LEX_WN_LAW));
    }
    /* a hero and a club; six people and a racing team; a town and a
     * president; a fish genus; a beginning */
    static const char *const absent[] = {"Ajax", "Williams", "Washington", "Zeus", "Genesis", "Celsius", NULL};
    for (const char *const *a = absent; *a; a++)
        if (get(names, *a))
            fail_msg("%s should not be in the names table", *a);
    assert_null(get(l, "Hera")); /* the main table lacks them: no shadowed match */
}

static void missing_data_is_an_error(void **state)
{
    (void)state;
    char err[256] = "";
    assert_null(lede_lexicon_load("/nonexistent-lede-data", err, sizeof err));
    assert_non_null(strstr(err, "/nonexistent-lede-data"));
}

/* lede_bytes_eq (lexicon keys, the tagger's repeated texts) answers as
 * memcmp does for every length up to 40, with one byte changed at each
 * position, and reads nothing past n (ASan: exact-size heap copies). */
static void bytes_eq_matches_memcmp(void **state)
{
    (void)state;
    const char *src = "abcdefghijklmnopqrstuvwxyz0123456789ABCDE";
    for (size_t n = 0; n <= 40; n++) {
        char *a = malloc(n ? n : 1), *b = malloc(n ? n : 1);
        assert_non_null(a);
        assert_non_null(b);
        memcpy(a, src, n);
        memcpy(b, src, n);
        assert_true(lede_bytes_eq(a, b, n));
        for (size_t i = 0; i < n; i++) {
            b[i] ^= 0x20;
            assert_false(lede_bytes_eq(a, b, n));
            assert_int_equal(lede_bytes_eq(a, b, n), memcmp(a, b, n) == 0);
            b[i] ^= 0x20;
        }
        free(a);
        free(b);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(keys_fold_like_tokens),
        cmocka_unit_test(countries_and_aliases),
        cmocka_unit_test(subdivisions_and_cities),
        cmocka_unit_test(demonyms_and_words),
        cmocka_unit_test(phrases_over_tokens),
        cmocka_unit_test(spans_match_joined_keys),
        cmocka_unit_test(named_instances_apart),
        cmocka_unit_test(missing_data_is_an_error),
        cmocka_unit_test(bytes_eq_matches_memcmp),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
