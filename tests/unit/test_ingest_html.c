/* test_ingest_html.c - HTML ingest: the article body without page furniture,
 * paragraph structure, metadata (og:, article:, JSON-LD, <title>), declared
 * charsets, and hostile pages (malformed, truncated, invalid bytes, deep
 * nesting, huge, past the deadline, above the text cap). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "stages.h"
#include "utf8.h"

static lede_status ingest(lede_workspace *ws, const char *html, size_t n)
{
    lede_workspace_reset(ws);
    return lede_ingest_html(ws, html, n);
}

static bool has(const lede_workspace *ws, const char *s)
{
    size_t k = strlen(s);
    for (size_t i = 0; i + k <= ws->doc.len; i++)
        if (memcmp(ws->doc.text + i, s, k) == 0)
            return true;
    return false;
}

static void assert_str(lede_str s, const char *want)
{
    char got[512];
    snprintf(got, sizeof got, "%.*s", (int)s.n, s.p ? s.p : "");
    assert_string_equal(got, want);
}

#define PARA1 "Counterterrorism officials from Pakistan, Afghanistan, the United States and five Central " \
              "Asian states have drawn a roadmap to address threats jointly, speed up intelligence sharing, " \
              "and meet again before the summer."
#define PARA2 "The officials met in Kabul earlier this week for a two-day conference, according to the " \
              "Afghan Directorate of National Security, which said delegates from Azerbaijan also attended."
#define PARA3 "No representatives from India, Iran, China or Russia were present during the meeting, " \
              "officials said, adding that invitations had been sent to all of them in January."

static const char page[] =
    "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
    "<title>Officials draw joint strategy | The Daily Example</title>"
    "<meta property=\"og:title\" content=\"Officials draw joint strategy to counter terrorism\">"
    "<meta name=\"author\" content=\"Jane Doe\">"
    "<meta property=\"article:published_time\" content=\"2021-02-04T09:30:00Z\">"
    "<style>p { color: red }</style><script>var menu = 'Home News Sport';</script></head><body>"
    "<div id=\"cookie-banner\">We use cookies to improve your experience. Accept</div>"
    "<header class=\"site-header\"><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li>"
    "<li><a href=\"/sport\">Sport</a></li></ul></nav></header>"
    "<main><article class=\"story\">"
    "<h1>Officials draw joint strategy to counter terrorism</h1>"
    "<div class=\"byline\">By Jane Doe, staff writer</div>"
    "<div class=\"share-tools\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Tweet</a></div>"
    "<div class=\"article-body\"><p>" PARA1 "</p>"
    "<figure><img src=\"a.jpg\"><figcaption>Soldiers in Wardak province. (Jane Roe / AFP via Getty "
    "Images)</figcaption></figure>"
    "<p>" PARA2 "</p>"
    "<p style=\"display:none\">Hidden text that no reader sees.</p>"
    "<h2>Neighbours absent</h2>"
    "<p>" PARA3 "</p>"
    "<p>Related: <a href=\"/other\">Taliban attacks rise in the north</a></p>"
    "</div>"
    "<aside class=\"related-stories\"><h3>More stories</h3><ul><li><a href=\"/1\">Story one about "
    "something else entirely</a></li><li><a href=\"/2\">Story two about another thing</a></li></ul></aside>"
    "</article></main>"
    "<footer><p>Copyright 2021 The Daily Example. All rights reserved.</p></footer>"
    "</body></html>";

static void article_without_furniture(void **state)
{
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    assert_int_equal(ingest(ws, page, strlen(page)), LEDE_OK);
    const lede_doc *d = &ws->doc;
    assert_false(d->text_is_input);
    assert_true(has(ws, PARA1 "\n\n" PARA2 "\n\nNeighbours absent\n\n" PARA3));
    const char *const absent[] = {"Home", "cookies", "Share on", "Soldiers in Wardak", "Hidden text",
                                  "Related:", "Story one", "Copyright", "menu", "color", "By Jane Doe",
                                  "Officials draw", NULL};
    for (const char *const *a = absent; *a; a++)
        if (has(ws, *a))
            fail_msg("furniture \"%s\" reached the text: %.*s", *a, (int)d->len, d->text);
    assert_str(d->title, "Officials draw joint strategy to counter terrorism");
    assert_str(d->byline, "Jane Doe");
    assert_str(d->published_at, "2021-02-04T09:30:00Z");
    assert_int_equal(lede_utf8_validate(d->text, d->len), d->len);
    lede_workspace_free(ws);
}

static void inline_markup_and_breaks(void **state)
{
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    const char *html = "<html><body><div><p>Wo<b>rd</b> and&nbsp;more   text\n here.</p>"
                       "<p>line one<br>line two<br><br>line three</p></div></body></html>";
    assert_int_equal(ingest(ws, html, strlen(html)), LEDE_OK);
    assert_true(has(ws, "Word and more text here.\n\nline one\nline two\n\nline three"));
    lede_workspace_free(ws);
}

/* Old-style markup: paragraphs separated by <br><br> inside one block are
 * paragraphs (Readability's _replaceBrs), next to a link list. */
static void br_separated_paragraphs(void **state)
{
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    const char *html =
        "<html><body><table><tr><td><a href=\"/a\">Front page news</a><br><a href=\"/b\">World "
        "news and more</a><br><a href=\"/c\">Sports results today</a></td><td><font>" PARA1 "<br><br>"
        PARA2 "<br>\n<br>" PARA3 "</font></td></tr></table></body></html>";
    assert_int_equal(ingest(ws, html, strlen(html)), LEDE_OK);
    assert_true(has(ws, PARA1 "\n\n" PARA2 "\n\n" PARA3));
    assert_false(has(ws, "Front page"));
    lede_workspace_free(ws);
}

static void json_ld_and_title_fallbacks(void **state)
{
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    const char *html =
        "<html><head><title>Talks resume in Doha - Example News</title>"
        "<script type=\"application/ld+json\"><!--{\"@context\":\"https://schema.org\",\"@graph\":["
        "{\"@type\":\"WebSite\",\"name\":\"Example\"},{\"@type\":[\"NewsArticle\"],\"headline\":"
        "\"Talks resume in Doha\",\"datePublished\":\"2021-02-05\",\"author\":[{\"@type\":\"Person\","
        "\"name\":\"A. Writer\"},{\"name\":\"B. Writer\"}]}]}--></script></head>"
        "<body><p>" PARA1 "</p></body></html>";
    assert_int_equal(ingest(ws, html, strlen(html)), LEDE_OK);
    assert_str(ws->doc.title, "Talks resume in Doha");
    assert_str(ws->doc.byline, "A. Writer, B. Writer");
    assert_str(ws->doc.published_at, "2021-02-05");
    assert_true(has(ws, PARA1));

    const char *plain = "<html><head><title>Budget vote delayed again - Example News</title></head>"
                        "<body><p>" PARA2 "</p></body></html>";
    assert_int_equal(ingest(ws, plain, strlen(plain)), LEDE_OK);
    assert_str(ws->doc.title, "Budget vote delayed again");
    assert_int_equal(ws->doc.published_at.n, 0);

    /* the site's name comes off the og:title; a placeholder date is no date */
    const char *site = "<html><head><meta property=\"og:site_name\" content=\"The Example Blog\">"
                       "<meta property=\"og:title\" content=\"A grant to test a water project - The Example Blog\">"
                       "<meta property=\"article:published_time\" content=\"0001-01-01T00:00:00Z\"></head>"
                       "<body><p>" PARA3 "</p></body></html>";
    assert_int_equal(ingest(ws, site, strlen(site)), LEDE_OK);
    assert_str(ws->doc.title, "A grant to test a water project");
    assert_int_equal(ws->doc.published_at.n, 0);
    lede_workspace_free(ws);
}

static void declared_charsets(void **state)
{
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    /* windows-1252 bytes: caf\xE9, \x93quoted\x94 */
    const char *cp1252 = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                         "charset=windows-1252\"></head><body><p>The caf\xE9 said \x93yes\x94 on Monday.</p>"
                         "</body></html>";
    assert_int_equal(ingest(ws, cp1252, strlen(cp1252)), LEDE_OK);
    assert_true(has(ws, "The caf\xC3\xA9 said \xE2\x80\x9Cyes\xE2\x80\x9D on Monday."));

    /* a stale label on UTF-8 bytes: the bytes win */
    const char *stale = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Kābul caf\xC3\xA9</p>"
                        "</body></html>";
    assert_int_equal(ingest(ws, stale, strlen(stale)), LEDE_OK);
    assert_true(has(ws, "K\xC4\x81" "bul caf\xC3\xA9"));

    /* undeclared invalid bytes never reach the text as invalid UTF-8 */
    const char *bad = "<html><body><p>bad \xFF\xFE bytes \xC3 here \x00 and on</p></body></html>";
    assert_int_equal(ingest(ws, bad, 60), LEDE_OK);
    assert_int_equal(lede_utf8_validate(ws->doc.text, ws->doc.len), ws->doc.len);
    assert_true(has(ws, "bytes"));
    lede_workspace_free(ws);
}

static void malformed_and_truncated(void **state)
{
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    const char *const pages[] = {
        "<html><body><p>Unclosed <b>bold <div>text in a div</p></i></table>more text",
        "<p>" PARA1,
        "just some text without any tags, but with words",
        "<<<>>><!-- unterminated comment <p>hidden?",
        "<html><body><script>never closed",
        "",
        NULL};
    for (const char *const *p = pages; *p; p++) {
        lede_status st = ingest(ws, *p, strlen(*p));
        assert_true(st == LEDE_OK || st == LEDE_ERR_BAD_HTML);
        assert_int_equal(lede_utf8_validate(ws->doc.text ? ws->doc.text : "", ws->doc.len), ws->doc.len);
    }
    assert_int_equal(ingest(ws, pages[1], strlen(pages[1])), LEDE_OK);
    assert_true(has(ws, "Counterterrorism officials"));
    lede_workspace_free(ws);
}

/* Builds "<html><body>" + n copies of open + "text" + n copies of close. */
static char *nested(size_t n, const char *open, const char *close, size_t *len)
{
    size_t ol = strlen(open), cl = strlen(close);
    char *s = malloc(n * (ol + cl) + 256);
    size_t k = (size_t)sprintf(s, "<html><body>");
    for (size_t i = 0; i < n; i++, k += ol)
        memcpy(s + k, open, ol);
    k += (size_t)sprintf(s + k, "<p>%s</p>", PARA2);
    for (size_t i = 0; i < n; i++, k += cl)
        memcpy(s + k, close, cl);
    k += (size_t)sprintf(s + k, "</body></html>");
    *len = k;
    return s;
}

static void deep_nesting(void **state)
{
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    size_t n;
    char *s = nested(100000, "<div>", "</div>", &n);
    assert_int_equal(ingest(ws, s, n), LEDE_OK);
    assert_true(has(ws, "Azerbaijan"));
    free(s);
    s = nested(50000, "<b><i>", "", &n); /* never closed */
    assert_int_equal(ingest(ws, s, n), LEDE_OK);
    free(s);
    lede_workspace_free(ws);
}

/* libxml2 compares each attribute of a tag with the ones before it: a tag
 * with 200000 attributes would take minutes; it is refused up front. */
static void attribute_flood(void **state)
{
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    enum { ATTRS = 200000 };
    char *s = malloc(ATTRS * 4 + 64);
    size_t n = (size_t)sprintf(s, "<html><body><div");
    for (size_t i = 0; i < ATTRS; i++, n += 4)
        memcpy(s + n, " a=1", 4);
    n += (size_t)sprintf(s + n, ">text</div></body></html>");
    int64_t t0 = lede_now_ms();
    assert_int_equal(ingest(ws, s, n), LEDE_ERR_DOC_LIMIT);
    assert_true(lede_now_ms() - t0 < 2000);
    assert_int_equal(lede_status_http(LEDE_ERR_DOC_LIMIT) / 100, 4);
    free(s);
    lede_workspace_free(ws);
}

static char *big_page(size_t paras, size_t *len)
{
    static const char p[] = "<p>" PARA1 "</p>\n";
    char *s = malloc(paras * (sizeof p - 1) + 64);
    size_t k = (size_t)sprintf(s, "<html><body><div>");
    for (size_t i = 0; i < paras; i++, k += sizeof p - 1)
        memcpy(s + k, p, sizeof p - 1);
    k += (size_t)sprintf(s + k, "</div></body></html>");
    *len = k;
    return s;
}

static void huge_page_caps_and_deadline(void **state)
{
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    size_t n;
    char *s = big_page(100000, &n); /* about 22 MB */
    assert_true(n > 20u << 20);
    lede_workspace_reset(ws);
    ws->deadline_ms = lede_now_ms() - 1; /* already past */
    assert_int_equal(lede_ingest_html(ws, s, n), LEDE_ERR_DEADLINE);

    /* a smaller text cap: the text is cut, never overrun */
    lede_limits lim = lede_limits_default();
    lim.max_text_bytes = 1u << 20;
    lede_workspace *small = lede_workspace_new(NULL, &lim);
    lede_workspace_reset(small);
    assert_int_equal(lede_ingest_html(small, s, n), LEDE_OK);
    assert_true(small->doc.len > 0 && small->doc.len <= lim.max_text_bytes);
    free(s);
    lede_workspace_free(small);
    lede_workspace_free(ws);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(article_without_furniture),
        cmocka_unit_test(inline_markup_and_breaks),
        cmocka_unit_test(br_separated_paragraphs),
        cmocka_unit_test(json_ld_and_title_fallbacks),
        cmocka_unit_test(declared_charsets),
        cmocka_unit_test(malformed_and_truncated),
        cmocka_unit_test(deep_nesting),
        cmocka_unit_test(attribute_flood),
        cmocka_unit_test(huge_page_caps_and_deadline),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
