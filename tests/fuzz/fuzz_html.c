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

static void check_str(lede_str s, const char *what)
{
    FUZZ_CHECK(lede_utf8_validate(s.p ? s.p : "", s.n) == s.n, "%s is not UTF-8", what);
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
    const lede_doc *d = &ws->doc;
    const char *t = d->text;
    FUZZ_CHECK(t && !d->text_is_input, "no ingest text");
    FUZZ_CHECK(lede_utf8_validate(t, d->len) == d->len, "text is not UTF-8");
    FUZZ_CHECK(d->len <= ws->lim.max_text_bytes, "text of %zu bytes above the cap", d->len);
    FUZZ_CHECK(d->len <= 3 * n, "%zu bytes of text from %zu bytes of HTML", d->len, n);
    for (size_t i = 0; i < d->len; i++) {
        unsigned char c = (unsigned char)t[i];
        FUZZ_CHECK(c >= 0x20 || c == '\n', "control byte %#x at %zu", c, i);
        FUZZ_CHECK(!(c == '\n' && i + 2 < d->len && t[i + 1] == '\n' && t[i + 2] == '\n'), "three newlines");
    }
    if (d->len) {
        FUZZ_CHECK(t[0] != ' ' && t[0] != '\n' && t[d->len - 1] != ' ' && t[d->len - 1] != '\n',
                   "whitespace at an end of the text");
    }
    check_str(d->title, "title");
    check_str(d->byline, "byline");
    check_str(d->published_at, "published_at");
    int y, m, dd;
    FUZZ_CHECK(!d->published_at.n || lede_parse_date(d->published_at.p, d->published_at.n, &y, &m, &dd),
               "published_at does not parse");

    char *copy = malloc(d->len + 1);
    FUZZ_CHECK(copy != NULL, "out of memory");
    memcpy(copy, t, d->len);
    size_t len = d->len;
    lede_workspace_reset(ws);
    FUZZ_CHECK(lede_ingest_html(ws, html, n) == LEDE_OK, "second ingest failed");
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
