/* test_boilerplate.c - paragraphs that are not story: image-search residue,
 * captions and credits, calls to comment/share/subscribe, teasers; and
 * story lines that only look like them stay story. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include <stdlib.h>

#include "junk_inside.h"
#include "junk_lines.h"
#include "stages.h"

/* Segments text, marks boilerplate, and returns the kind of the paragraph
 * that starts with prefix. */
static int kind_of(lede_workspace *ws, const char *prefix)
{
    const lede_doc *d = &ws->doc;
    for (size_t i = 0; i < d->paras.n; i++)
        if (strncmp(d->text + d->paras.v[i].start, prefix, strlen(prefix)) == 0)
            return d->paras.v[i].kind;
    fail_msg("no paragraph starts with \"%s\"", prefix);
    return -1;
}

static lede_workspace *run(const char *text)
{
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    ws->doc.text = text;
    ws->doc.len = strlen(text);
    assert_int_equal(lede_segment(ws), LEDE_OK);
    lede_boilerplate_mark(ws);
    return ws;
}

static const char seed_like[] =
    "Regional Officials Draw Joint Strategy to Counter Terrorism\n\n"
    "No representatives from the regional neighbours were present during the meeting.\n\n"
    "Soldiers in Wardak province, Afghanistan. (Jane Roe / AFP via Getty Images file)\n\n"
    "Counterterrorism officials from five states have drawn a roadmap to address threats jointly.\n\n"
    "Image result for afghanistan\n\n"
    "The officials met in Kabul earlier this week for the two-day conference.\n\n"
    "\xe2\x80\x9cThey welcomed our views,\xe2\x80\x9d the source said.\n\n"
    "What are your views on this? Share with us in the comments below.\n\n"
    "Featured Content\xe2\xad\x90";

static void seed_like_article(void **state)
{
    lede_workspace *ws = run(seed_like);
    assert_int_equal(kind_of(ws, "Regional Officials"), LEDE_PARA_TITLE);
    assert_int_equal(kind_of(ws, "No representatives"), LEDE_PARA_BODY);
    assert_int_equal(kind_of(ws, "Soldiers in Wardak"), LEDE_PARA_CAPTION);
    assert_int_equal(kind_of(ws, "Counterterrorism"), LEDE_PARA_BODY);
    assert_int_equal(kind_of(ws, "Image result"), LEDE_PARA_BOILERPLATE);
    assert_int_equal(kind_of(ws, "The officials met"), LEDE_PARA_BODY);
    assert_int_equal(kind_of(ws, "\xe2\x80\x9cThey welcomed"), LEDE_PARA_BODY);
    assert_int_equal(kind_of(ws, "What are your views"), LEDE_PARA_BOILERPLATE);
    assert_int_equal(kind_of(ws, "Featured Content"), LEDE_PARA_BOILERPLATE);
    /* offsets still index the caller's text */
    const lede_paragraph *last = &ws->doc.paras.v[ws->doc.paras.n - 1];
    assert_int_equal(last->end, strlen(seed_like));
    lede_workspace_free(ws);
}

static void captions_and_credits(void **state)
{
    const char *const captions[] = {
        "Photo: John Smith/Reuters",
        "Image 2 of 5",
        "(Image credit: NASA/JPL)",
        "A shopper looks at extension cords at a hardware store. Credit: EPA",
        "Getty Images",
        "Pictured: the minister arrives in Brussels",
        "1of4Grass Valley residents line up for gas cans.",
        "CreditKevin Frayer/Getty Images",
        NULL};
    for (const char *const *c = captions; *c; c++)
        assert_int_equal(lede_junk_kind(*c, strlen(*c)), LEDE_PARA_CAPTION);
}

static void calls_and_teasers(void **state)
{
    const char *const junk[] = {
        "Sign up for our daily newsletter",
        "Related: Trump visits troops in Afghanistan",
        "Read more: How the deal was struck",
        "Advertisement",
        "12 comments",
        "\xc2\xa9 2019 Associated Press. All Rights Reserved.",
        "Click here to subscribe",
        "Follow us on Twitter and Facebook",
        "Leave a comment",
        "This website uses cookies to improve your experience. Accept Read More",
        "\xe2\x80\xa2 Share this article",
        "Skip to content",
        "(Reporting by Jane Roe; Editing by John Doe)",
        "Published November 20th, 2019 - 07:29 GMT",
        "Follow Newsbeat on Instagram, Facebook and Twitter.",
        "Write to Al Root at al.root@example.com",
        "Mike's book is out now. Follow him on Twitter @example. Join the discussion on our forums.",
        NULL};
    for (const char *const *j = junk; *j; j++)
        assert_int_equal(lede_junk_kind(*j, strlen(*j)), LEDE_PARA_BOILERPLATE);
}

/* Patterns found anywhere in a line (junk_inside.c): at the start, the end, mid-word, after a long
 * story-like run, and not found past the 511 bytes that are searched. */
static void inside_patterns_anywhere(void **state)
{
    char line[700];
    const char *run = "The minister said the talks would resume in March after the holiday, officials said. ";
    size_t n = 0;
    while (n + strlen(run) < 200) {
        memcpy(line + n, run, strlen(run));
        n += strlen(run);
    }
    const char *tail = "Get the best stories in your INBOX";
    memcpy(line + n, tail, strlen(tail));
    assert_int_equal(lede_junk_kind(line, n + strlen(tail)), LEDE_PARA_BOILERPLATE);
    assert_int_equal(lede_junk_kind(line, n + strlen(tail) - 1), LEDE_PARA_BODY); /* "in your inbo" */
    assert_int_equal(lede_junk_kind("Ads contain affiliate links.", 28), LEDE_PARA_BOILERPLATE);
    assert_int_equal(lede_junk_kind("Terms of Use", 12), LEDE_PARA_BOILERPLATE);
    assert_int_equal(lede_junk_kind("Read within the comments.", 25), LEDE_PARA_BOILERPLATE);
    assert_int_equal(lede_junk_kind("A photograph, courtesy of the credit union.", 43), LEDE_PARA_BODY);
    while (n + strlen(run) < 520) {
        memcpy(line + n, run, strlen(run));
        n += strlen(run);
    }
    memcpy(line + n, "click here", 10);
    assert_int_equal(lede_junk_kind(line, n + 10), LEDE_PARA_BODY); /* past the searched bytes */
}

static void story_lines_stay_story(void **state)
{
    const char *const story[] = {
        "(Reuters) \xe2\x80\x94 The New York State Attorney General is investigating WeWork.",
        "Photos which were released online show the actress in new portraits.",
        "Shares of Home Depot fell 3% in premarket trading.",
        "Share prices fell sharply on Monday.",
        "Credit Suisse said on Monday it would cut 1,000 jobs.",
        "More than 100 people died in the floods.",
        "Advertisers have many online platforms to reach customers.",
        "Comments by the minister drew criticism from the opposition.",
        "Read about that topic in the next article in this series.",
        "WASHINGTON (AP) \xe2\x80\x94 The Senate voted 52-48 on Tuesday.",
        "The ministry said the talks (held in Doha) would resume in March.",
        "Following the talks, officials said more meetings would be held.",
        "Published in 1990, the report was the first of its kind.",
        "Reporting from the front line was dangerous, she said.",
        "",
        NULL};
    for (const char *const *s = story; *s; s++)
        assert_int_equal(lede_junk_kind(*s, strlen(*s)), LEDE_PARA_BODY);
}

static void mixed_paragraph_stays_story(void **state)
{
    lede_workspace *ws = run("First paragraph of the story is here.\n\n"
                             "Image result for kabul\nThe officials met in Kabul on Monday.\n\n"
                             "Photo: AFP\nGetty Images\n\n"
                             "Last paragraph.");
    assert_int_equal(kind_of(ws, "Image result"), LEDE_PARA_BODY);
    assert_int_equal(kind_of(ws, "Photo: AFP"), LEDE_PARA_CAPTION);
    assert_int_equal(kind_of(ws, "Last paragraph"), LEDE_PARA_BODY);
    lede_workspace_free(ws);
}

/* The start lists are searched by first letter: sorted, indexed, and lines
 * opening with a pattern from either end of them are still found. */
static void start_lists_by_first_letter(void **state)
{
    (void)state;
    assert_true(lede_junk_lists_ok());
    const char *junk[] = {"(Reporting by Jane Doe; editing by Al Smith)", "\xc2\xa9 2021 Example Media",
                          "Also read: the budget", "You might also like these", "Writing by Al Smith",
                          "Want more stories like this? Sign up", NULL};
    for (size_t k = 0; junk[k]; k++)
        assert_int_equal(lede_junk_kind(junk[k], strlen(junk[k])), LEDE_PARA_BOILERPLATE);
    const char *captions[] = {"Video: the rally in Kabul", "Credit: Jane Doe", "Top image: the rally",
                              "Featured image: the rally", NULL};
    for (size_t k = 0; captions[k]; k++)
        assert_int_equal(lede_junk_kind(captions[k], strlen(captions[k])), LEDE_PARA_CAPTION);
    const char *story[] = {"Zebra crossings were painted across the avenue on Monday, officials said.",
                           "(The ministry declined to comment.)", "\xc3\x89lections were held on Sunday in the capital.",
                           NULL};
    for (size_t k = 0; story[k]; k++)
        assert_int_equal(lede_junk_kind(story[k], strlen(story[k])), LEDE_PARA_BODY);
}

/* Every strong inside pattern is found at the end of a 250-byte line
 * whatever its length (junk_inside.c's scan looks at every fourth byte). */
static void every_strong_pattern_found_at_a_line_end(void **state)
{
    (void)state;
    const char *pats[] = {"follow us on", "follow him on twitter", "follow her on twitter", "follow them on twitter",
                          "follow me on twitter", "sign up for our", "subscribe to our", "in your inbox",
                          "to your inbox", "click here", "all rights reserved", "may not be published, broadcast",
                          "affiliate links", "referral links", NULL};
    const char *run = "The minister said the talks would resume in March after the holiday, officials said. ";
    for (size_t k = 0; pats[k]; k++) {
        char line[400];
        size_t n = 0;
        while (n + strlen(run) < 250) {
            memcpy(line + n, run, strlen(run));
            n += strlen(run);
        }
        memcpy(line + n, pats[k], strlen(pats[k]));
        n += strlen(pats[k]);
        if (lede_junk_kind(line, n) != LEDE_PARA_BOILERPLATE)
            fail_msg("\"%s\" not found", pats[k]);
    }
    assert_int_equal(lede_junk_kind("Photo credit: Jane Doe for the agency", 37), LEDE_PARA_CAPTION);
}

/* lede_junk_inside (one pass over 4-byte pieces, junk_inside.c) answers
 * what strstr finds for every pattern: each pattern at every offset of a
 * line, at its end, cut short by a byte, with its first byte changed, and
 * after a NUL. */
static unsigned inside_by_strstr(const char *s)
{
    unsigned found = 0;
    for (size_t k = 0; k < lede_junk_pats_n; k++)
        if (strstr(s, lede_junk_pats[k].s))
            found |= lede_junk_pats[k].groups;
    return found;
}

/* Lines are lowercased sixteen, eight and one byte at a time (junk_lines.c
 * lower): an upper-case pattern is found at every alignment, next to
 * UTF-8 letters that stay as they are. */
static void upper_case_found_at_every_alignment(void **state)
{
    (void)state;
    for (size_t k = 0; k < 48; k++) {
        char line[128];
        size_t n = 0;
        line[n++] = 'W';
        for (size_t j = 0; j < k; j++)
            line[n++] = (char)(j % 3 ? 'a' + (char)(j % 26) : 'A' + (char)(j % 26));
        memcpy(line + n, " \xc3\x89 ClIcK HERE \xc3\x84", 17);
        n += 17;
        line[n] = '\0';
        assert_int_equal(lede_junk_kind(line, n), LEDE_PARA_BOILERPLATE);
        /* the same line with an accented letter in the pattern: story */
        memcpy(line + n - 13, "Cl\xc3\x89", 4); /* "ClIc" -> "ClÉ" and one byte more */
        assert_int_equal(lede_junk_kind(line, n), LEDE_PARA_BODY);
    }
}

static void inside_scan_matches_strstr(void **state)
{
    (void)state;
    const char *run = "the minister said on twitter the talks, in the end, would resume; follow the us. ";
    char line[160];
    for (size_t k = 0; k < lede_junk_pats_n; k++) {
        const lede_junk_pat *p = &lede_junk_pats[k];
        for (size_t at = 0; at + p->n < sizeof line - 1 && at < 40; at++)
            for (int variant = 0; variant < 4; variant++) {
                size_t n = at + p->n + (variant == 3 ? 9 : 0);
                memcpy(line, run, at);
                memcpy(line + at, p->s, p->n);
                if (variant == 1)
                    n--; /* cut short */
                if (variant == 2)
                    line[at] = 'x'; /* first byte changed */
                if (variant == 3)
                    memcpy(line + at + p->n, " and more", 9);
                line[n] = '\0';
                unsigned want = inside_by_strstr(line), got = lede_junk_inside(line, n);
                if (want != got)
                    fail_msg("\"%s\": %u, strstr %u", line, got, want);
                if (variant == 0 && !(got & p->groups))
                    fail_msg("\"%s\" not found in \"%s\"", p->s, line);
            }
    }
    /* strstr stops at a NUL: lede_junk_kind measures the line to it */
    char nul[] = "story text\0click here";
    assert_int_equal(lede_junk_kind(nul, sizeof nul - 1), LEDE_PARA_BODY);
    assert_int_equal(lede_junk_kind("Story text, click here", 22), LEDE_PARA_BOILERPLATE);
}

/* Prints the index as core/junk_index.c holds it. */
static void print_index_file(FILE *f, const lede_junk_index *ix)
{
    fprintf(f, "/*\n * junk_index.c - GENERATED by tests/unit/test_boilerplate.c (index_is_current):\n"
               " * the index of the patterns junk_inside.c finds inside a line (their\n"
               " * 4-byte pieces, hashed), static so no line pays for building it.  After\n"
               " * changing lede_junk_pats, regenerate:\n"
               " *   LEDE_WRITE_INDEX=core/junk_index.c build/test_boilerplate\n"
               " * Owned by the boilerplate stage.  Constant data; thread-safe.\n */\n");
    fprintf(f, "#include \"junk_inside.h\"\n\n");
    fprintf(f, "const lede_junk_index lede_junk_index_static = {\n    .slot = {");
    for (size_t k = 0; k < LEDE_JI_SLOTS; k++)
        fprintf(f, "%s%u,", k % 16 ? " " : "\n        ", ix->slot[k]);
    size_t n = 4 * lede_junk_pats_n;
    fprintf(f, "\n    },\n    .key = {");
    for (size_t k = 0; k < n; k++)
        fprintf(f, "%s0x%08xu,", k % 8 ? " " : "\n        ", (unsigned)ix->key[k]);
    fprintf(f, "\n    },\n    .pat = {");
    for (size_t k = 0; k < n; k++)
        fprintf(f, "%s%u,", k % 16 ? " " : "\n        ", ix->pat[k]);
    fprintf(f, "\n    },\n    .off = {");
    for (size_t k = 0; k < n; k++)
        fprintf(f, "%s%u,", k % 16 ? " " : "\n        ", ix->off[k]);
    fprintf(f, "\n    },\n};\n");
}

/* The static index is the one lede_junk_index_build makes of the patterns
 * today; LEDE_WRITE_INDEX=path writes the current one there. */
static void index_is_current(void **state)
{
    (void)state;
    static lede_junk_index ix;
    lede_junk_index_build(&ix);
    const char *path = getenv("LEDE_WRITE_INDEX");
    if (path) {
        FILE *f = fopen(path, "w");
        assert_non_null(f);
        print_index_file(f, &ix);
        fclose(f);
    }
    if (memcmp(&ix, &lede_junk_index_static, sizeof ix) != 0)
        fail_msg("core/junk_index.c is stale: LEDE_WRITE_INDEX=core/junk_index.c build/test_boilerplate regenerates it");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(seed_like_article),
        cmocka_unit_test(captions_and_credits),
        cmocka_unit_test(inside_patterns_anywhere),
        cmocka_unit_test(calls_and_teasers),
        cmocka_unit_test(story_lines_stay_story),
        cmocka_unit_test(mixed_paragraph_stays_story),
        cmocka_unit_test(start_lists_by_first_letter),
        cmocka_unit_test(every_strong_pattern_found_at_a_line_end),
        cmocka_unit_test(inside_scan_matches_strstr),
        cmocka_unit_test(upper_case_found_at_every_alignment),
        cmocka_unit_test(index_is_current),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
