/* test_ingest_xml.c - NITF and NewsML-G2 ingest: story text, headline,
 * byline, dateline and dates; and the refusals: entity declarations
 * (billion laughs, external entities), local DTD paths, malformed XML with
 * its line number, unknown vocabularies, deep nesting. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "stages.h"

static lede_workspace *ws_new(void)
{
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    assert_non_null(ws);
    return ws;
}

static lede_status ingest(lede_workspace *ws, const char *xml)
{
    lede_workspace_reset(ws);
    return lede_ingest_xml(ws, xml, strlen(xml));
}

static void assert_str(lede_str s, const char *want)
{
    char got[512];
    snprintf(got, sizeof got, "%.*s", (int)s.n, s.p ? s.p : "");
    assert_string_equal(got, want);
}

static void assert_text(lede_workspace *ws, const char *want)
{
    lede_str t = {ws->doc.text, ws->doc.len};
    assert_str(t, want);
    assert_false(ws->doc.text_is_input);
}

static const char nitf[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<!DOCTYPE nitf SYSTEM \"nitf-3-5.dtd\">\n"
    "<nitf xmlns=\"http://iptc.org/std/NITF/2006-10-18/\">\n"
    "<head><title>Officials meet (head title)</title>\n"
    "  <docdata><date.issue norm=\"20210204T120500Z\"/></docdata></head>\n"
    "<body><body.head>\n"
    "  <hedline><hl1>Officials draw  joint\n strategy</hl1><hl2>A subhead</hl2></hedline>\n"
    "  <byline>By <person>Jane Doe</person></byline>\n"
    "  <dateline><location>KABUL</location>, <story.date norm=\"20210203\">Feb. 3</story.date></dateline>\n"
    "</body.head><body.content>\n"
    "  <p>Counterterrorism officials  met in <b>Kabul</b> on Wednesday.</p>\n"
    "  <media media-type=\"image\"><media-caption>A caption, not story.</media-caption></media>\n"
    "  <block><p>“It was a good step,” the source said &amp; left.</p></block>\n"
    "  <hl2>Next steps</hl2>\n"
    "</body.content><body.end><tagline>Reporting by X</tagline></body.end></body></nitf>\n";

static void nitf_story(void **state)
{
    lede_workspace *ws = ws_new();
    assert_int_equal(ingest(ws, nitf), LEDE_OK);
    assert_text(ws, "KABUL, Feb. 3\n\nCounterterrorism officials met in Kabul on Wednesday.\n\n"
                    "“It was a good step,” the source said & left.\n\nNext steps");
    assert_str(ws->doc.title, "Officials draw joint strategy");
    assert_str(ws->doc.byline, "By Jane Doe");
    assert_str(ws->doc.published_at, "2021-02-04T12:05:00Z");
    lede_workspace_free(ws);
}

static const char g2_xhtml[] =
    "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"x\" version=\"1\">\n"
    "<itemMeta><versionCreated>2021-02-05T08:00:00Z</versionCreated>\n"
    "  <firstCreated>2021-02-04T07:30:00+04:30</firstCreated></itemMeta>\n"
    "<contentMeta><headline>Talks resume in Doha</headline><by>Staff reporter</by>\n"
    "  <dateline>DOHA</dateline></contentMeta>\n"
    "<contentSet><inlineXML contenttype=\"application/xhtml+xml\">\n"
    "  <html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>ignored</title></head>\n"
    "  <body><h1>Talks resume</h1><p>Negotiators met <![CDATA[again]]> on Thursday.</p>\n"
    "  <figure><figcaption>Photo caption</figcaption></figure><p>No deal was reached.</p></body></html>\n"
    "</inlineXML></contentSet></newsItem>";

static void g2_inline_xhtml(void **state)
{
    lede_workspace *ws = ws_new();
    assert_int_equal(ingest(ws, g2_xhtml), LEDE_OK);
    assert_text(ws, "DOHA\n\nTalks resume\n\nNegotiators met again on Thursday.\n\nNo deal was reached.");
    assert_str(ws->doc.title, "Talks resume in Doha");
    assert_str(ws->doc.byline, "Staff reporter");
    assert_str(ws->doc.published_at, "2021-02-04T07:30:00+04:30");
    lede_workspace_free(ws);
}

static void g2_nested_nitf_and_inline_data(void **state)
{
    lede_workspace *ws = ws_new();
    const char *nested =
        "<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><header/><itemSet><newsItem>"
        "<contentSet><inlineXML contenttype=\"application/nitf+xml\"><nitf><head><title>t</title></head>"
        "<body><body.head><hedline><hl1>Inner headline</hl1></hedline><abstract>Summary</abstract>"
        "</body.head><body.content><p>Inner story.</p></body.content></body></nitf></inlineXML>"
        "</contentSet></newsItem></itemSet></newsMessage>";
    assert_int_equal(ingest(ws, nested), LEDE_OK);
    assert_text(ws, "Inner story.");
    assert_str(ws->doc.title, "Inner headline");

    const char *plain = "<newsItem><contentMeta><headline>H</headline></contentMeta><contentSet>"
                        "<inlineData contenttype=\"text/plain\">First line\nsame paragraph.\n\nSecond "
                        "paragraph.</inlineData></contentSet></newsItem>";
    assert_int_equal(ingest(ws, plain), LEDE_OK);
    assert_text(ws, "First line same paragraph.\n\nSecond paragraph.");
    lede_workspace_free(ws);
}

static void declared_encodings(void **state)
{
    lede_workspace *ws = ws_new();
    const char *latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><nitf><body><body.content>"
                         "<p>Caf\xE9 in K\xF6ln</p></body.content></body></nitf>";
    assert_int_equal(ingest(ws, latin1), LEDE_OK);
    assert_text(ws, "Caf\xC3\xA9 in K\xC3\xB6ln");

    /* UTF-16LE with a byte-order mark */
    const char *ascii = "<nitf><body><body.content><p>Wide text</p></body.content></body></nitf>";
    char wide[256];
    size_t k = 0;
    wide[k++] = (char)0xFF;
    wide[k++] = (char)0xFE;
    for (const char *c = ascii; *c; c++) {
        wide[k++] = *c;
        wide[k++] = 0;
    }
    lede_workspace_reset(ws);
    assert_int_equal(lede_ingest_xml(ws, wide, k), LEDE_OK);
    assert_text(ws, "Wide text");

    assert_int_equal(ingest(ws, "<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?><nitf/>"),
                     LEDE_ERR_BAD_XML);
    assert_non_null(strstr(lede_workspace_error(ws), "x-no-such-charset"));
    /* an invalid UTF-8 byte becomes U+FFFD */
    assert_int_equal(ingest(ws, "<nitf><body><body.content><p>bad \xFF byte</p></body.content></body></nitf>"),
                     LEDE_OK);
    assert_text(ws, "bad \xEF\xBF\xBD byte");
    lede_workspace_free(ws);
}

static void billion_laughs_refused(void **state)
{
    lede_workspace *ws = ws_new();
    const char *bomb =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
        "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
        "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
        "<!ENTITY lol9 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">]>"
        "<nitf><body><body.content><p>&lol9;</p></body.content></body></nitf>";
    assert_int_equal(ingest(ws, bomb), LEDE_ERR_XML_FORBIDDEN);
    assert_non_null(strstr(lede_workspace_error(ws), "entity"));
    assert_int_equal(lede_status_http(LEDE_ERR_XML_FORBIDDEN) / 100, 4);
    lede_workspace_free(ws);
}

static void external_entities_refused(void **state)
{
    lede_workspace *ws = ws_new();
    const char *xxe = "<?xml version=\"1.0\"?><!DOCTYPE nitf [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                      "<nitf><body><body.content><p>&xxe;</p></body.content></body></nitf>";
    assert_int_equal(ingest(ws, xxe), LEDE_ERR_XML_FORBIDDEN);
    assert_null(strstr(ws->text.p ? ws->text.p : "", "root:"));

    const char *pe = "<!DOCTYPE nitf [<!ENTITY % p SYSTEM \"http://example.com/x.dtd\"> %p;]><nitf/>";
    assert_int_equal(ingest(ws, pe), LEDE_ERR_XML_FORBIDDEN);

    const char *dtd = "<!DOCTYPE nitf SYSTEM \"/etc/passwd\"><nitf><body><body.content><p>x</p>"
                      "</body.content></body></nitf>";
    assert_int_equal(ingest(ws, dtd), LEDE_ERR_XML_FORBIDDEN);
    assert_non_null(strstr(lede_workspace_error(ws), "/etc/passwd"));
    lede_workspace_free(ws);
}

static void malformed_reports_line(void **state)
{
    lede_workspace *ws = ws_new();
    const char *bad = "<nitf>\n<body>\n<body.content><p>open\n</body.content></body></nitf>";
    assert_int_equal(ingest(ws, bad), LEDE_ERR_BAD_XML);
    assert_non_null(strstr(lede_workspace_error(ws), "line 4"));

    assert_int_equal(ingest(ws, "<nitf><body><body.content><p>a &nbsp; b</p></body.content></body></nitf>"),
                     LEDE_ERR_BAD_XML);
    assert_int_equal(ingest(ws, "<nitf><body><p>truncated"), LEDE_ERR_BAD_XML);
    assert_int_equal(ingest(ws, ""), LEDE_ERR_BAD_XML);
    assert_int_equal(ingest(ws, "not xml at all"), LEDE_ERR_BAD_XML);
    lede_workspace_free(ws);
}

static void unknown_root_refused(void **state)
{
    lede_workspace *ws = ws_new();
    assert_int_equal(ingest(ws, "<rss version=\"2.0\"><channel><title>x</title></channel></rss>"),
                     LEDE_ERR_MEDIA_TYPE);
    assert_non_null(strstr(lede_workspace_error(ws), "<rss>"));
    assert_int_equal(lede_status_http(LEDE_ERR_MEDIA_TYPE) / 100, 4);
    lede_workspace_free(ws);
}

static void deep_nesting_limited(void **state)
{
    lede_workspace *ws = ws_new();
    enum { DEPTH = 5000 };
    static char doc[DEPTH * 7 + 64];
    size_t k = (size_t)sprintf(doc, "<nitf>");
    for (int i = 0; i < DEPTH; i++)
        k += (size_t)sprintf(doc + k, "<a>");
    for (int i = 0; i < DEPTH; i++)
        k += (size_t)sprintf(doc + k, "</a>");
    sprintf(doc + k, "</nitf>");
    lede_status st = ingest(ws, doc);
    assert_true(st == LEDE_ERR_DOC_LIMIT || st == LEDE_ERR_BAD_XML);
    assert_int_equal(lede_status_http(st) / 100, 4);
    lede_workspace_free(ws);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(nitf_story),
        cmocka_unit_test(g2_inline_xhtml),
        cmocka_unit_test(g2_nested_nitf_and_inline_data),
        cmocka_unit_test(declared_encodings),
        cmocka_unit_test(billion_laughs_refused),
        cmocka_unit_test(external_entities_refused),
        cmocka_unit_test(malformed_reports_line),
        cmocka_unit_test(unknown_root_refused),
        cmocka_unit_test(deep_nesting_limited),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
