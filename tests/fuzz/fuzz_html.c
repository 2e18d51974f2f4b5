/*
 * fuzz_html.c - libFuzzer target: the HTML ingest stage (parse, metadata,
 * extraction, text) on arbitrary bytes, in a model-less workspace with the
 * default limits and again in one with tiny limits so the depth, node and
 * text caps are exercised.  Oracles:
 *   - the status is OK, bad-html or document-limit, and every failure has a
 *     detail;
 *   - nothing is amplified: at most 3 bytes of text per input byte (a
 *     legacy charset byte can become a 3-byte UTF-8 character);
 *   - the text is valid UTF-8 within the text cap, has no NUL or other C0
 *     control but \n, no whitespace at either end, and paragraphs separated
 *     by exactly one blank line;
 *   - title, byline and published_at are valid UTF-8 and published_at parses
 *     as a date;
 *   - ingesting the same bytes again in the reused workspace gives the same
 *     text (no state leaks between documents).
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
    lim.max_text_bytes = 512;
    lim.max_html_depth = 8;
    tiny = lede_workspace_new(NULL, &lim);
    if (!big || !tiny)
        exit(1);
    return 0;
}

static void check(lede_workspace *ws, const char *html, size_t n)
{
    lede_workspace_reset(ws);
    lede_status st = lede_ingest_html(ws, html, n);
    if (st != LEDE_OK) {
        FUZZ_CHECK(st == LEDE_ERR_BAD_HTML || st == LEDE_ERR_DOC_LIMIT, "status %s", lede_status_code(st));
        FUZZ_CHECK(lede_workspace_error(ws)[0], "failure %s without a detail", lede_status_code(st));
        return;
    }
    fuzz_check_ingested(ws, lede_ingest_html, html, n);
    /* HTML text is laid out as paragraphs: printable lines, at most one
     * blank line between them, no whitespace at either end */
    const lede_doc *d = &ws->doc;
    const char *t = d->text;
    for (size_t i = 0; i < d->len; i++) {
        unsigned char c = (unsigned char)t[i];
        FUZZ_CHECK(c >= 0x20 || c == '\n', "control byte %#x at %zu", c, i);
        FUZZ_CHECK(!(c == '\n' && i + 2 < d->len && t[i + 1] == '\n' && t[i + 2] == '\n'), "three newlines");
    }
    if (d->len) {
        FUZZ_CHECK(t[0] != ' ' && t[0] != '\n' && t[d->len - 1] != ' ' && t[d->len - 1] != '\n',
                   "whitespace at an end of the text");
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!big)
        LLVMFuzzerInitialize(NULL, NULL);
    check(big, (const char *)data, size);
    check(tiny, (const char *)data, size);
    return 0;
}
