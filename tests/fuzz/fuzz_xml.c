/*
 * fuzz_xml.c - libFuzzer target: the NITF / NewsML-G2 ingest stage on
 * arbitrary bytes, in a model-less workspace with default limits and with
 * tiny ones.  Oracles:
 *   - the status is OK, bad-xml, xml-forbidden, unsupported-media-type or
 *     document-limit, and every failure has a detail;
 *   - nothing is amplified: at most 3 bytes of text per input byte (an
 *     undecodable byte becomes the 3-byte U+FFFD; an expanded entity would
 *     be far more);
 *   - the text is valid UTF-8 within the text cap; title, byline and
 *     published_at are valid UTF-8 and published_at parses as a date;
 *   - ingesting the same bytes again gives the same text.
 * Owner: ingest (issue 6).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "stages.h"
#include "utf8.h"

static lede_workspace *big, *tiny;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    lede_limits lim = lede_limits_default();
    big = lede_workspace_new(NULL, &lim);
    lim.max_text_bytes = 256;
    lim.max_html_depth = 6;
    tiny = lede_workspace_new(NULL, &lim);
    if (!big || !tiny)
        exit(1);
    return 0;
}

static void check_str(lede_str s, const char *what)
{
    FUZZ_CHECK(lede_utf8_validate(s.p ? s.p : "", s.n) == s.n, "%s is not UTF-8", what);
}

static void check(lede_workspace *ws, const char *xml, size_t n)
{
    lede_workspace_reset(ws);
    lede_status st = lede_ingest_xml(ws, xml, n);
    if (st != LEDE_OK) {
        FUZZ_CHECK(st == LEDE_ERR_BAD_XML || st == LEDE_ERR_XML_FORBIDDEN || st == LEDE_ERR_MEDIA_TYPE ||
                       st == LEDE_ERR_DOC_LIMIT,
                   "status %s", lede_status_code(st));
        FUZZ_CHECK(lede_workspace_error(ws)[0], "failure %s without a detail", lede_status_code(st));
        return;
    }
    const lede_doc *d = &ws->doc;
    FUZZ_CHECK(d->len <= 3 * n, "%zu bytes of text from %zu bytes of XML", d->len, n);
    FUZZ_CHECK(d->text && !d->text_is_input, "no ingest text");
    FUZZ_CHECK(lede_utf8_validate(d->text, d->len) == d->len, "text is not UTF-8");
    FUZZ_CHECK(d->len <= ws->lim.max_text_bytes, "text of %zu bytes above the cap", d->len);
    check_str(d->title, "title");
    check_str(d->byline, "byline");
    check_str(d->published_at, "published_at");
    int y, m, dd;
    FUZZ_CHECK(!d->published_at.n || lede_parse_date(d->published_at.p, d->published_at.n, &y, &m, &dd),
               "published_at does not parse");

    char *copy = malloc(d->len + 1);
    FUZZ_CHECK(copy != NULL, "out of memory");
    memcpy(copy, d->text, d->len);
    size_t len = d->len;
    lede_workspace_reset(ws);
    FUZZ_CHECK(lede_ingest_xml(ws, xml, n) == LEDE_OK, "second ingest failed");
    FUZZ_CHECK(ws->doc.len == len && memcmp(ws->doc.text, copy, len) == 0, "second ingest differs");
    free(copy);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!big)
        LLVMFuzzerInitialize(NULL, NULL);
    check(big, (const char *)data, size);
    check(tiny, (const char *)data, size);
    return 0;
}
