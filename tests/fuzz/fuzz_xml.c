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

#include "check_output.h"
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
    fuzz_check_ingested(ws, lede_ingest_xml, xml, n);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!big)
        LLVMFuzzerInitialize(NULL, NULL);
    check(big, (const char *)data, size);
    check(tiny, (const char *)data, size);
    return 0;
}
