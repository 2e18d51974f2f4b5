/*
 * fuzz_analyze.c - libFuzzer target: the whole analyser on arbitrary bytes
 * as plain text, with the real model from data/ (loaded once), rendered in
 * every offset unit and in the eval format.  Oracles:
 *   - the status is OK, bad-utf8 or empty-text, and bad-utf8 exactly when an
 *     independent validator (utf8proc) rejects the bytes;
 *   - every rendered response passes fuzz_check_render (JSON, spans point at
 *     their text in the right unit);
 *   - analysing the same input again in the reused workspace gives the same
 *     bytes (no state leaks from one document into the next).
 * Owner: reliability (issue 7).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_output.h"
#include "fuzz.h"
#include "lede/lede.h"
#include "workspace.h" /* ws->req.offsets: re-render one result in every unit */

static lede_model *model;
static lede_workspace *ws;
static char *first;        /* the first API rendering, for the determinism check */
static size_t first_cap;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    lede_status st;
    char err[512];
    model = lede_model_load(NULL, &st, err, sizeof err);
    if (!model) {
        fprintf(stderr, "fuzz_analyze: cannot load the model (set LEDE_DATA_DIR): %s\n", err);
        exit(1);
    }
    lede_limits lim = lede_limits_default();
    ws = lede_workspace_new(model, &lim);
    if (!ws)
        exit(1);
    return 0;
}

static const lede_result *analyse(const char *text, size_t n)
{
    lede_request req;
    lede_workspace_reset(ws);
    lede_request_init(&req);
    req.body = (lede_str){text, n};
    req.id = (lede_str){"fuzz", 4};
    req.published_at = (lede_str){"2021-02-03", 10}; /* relative dates get normalised */
    const lede_result *res = NULL;
    lede_status st = lede_analyze(ws, &req, &res);
    if (!fuzz_utf8_valid(text, n)) {
        FUZZ_CHECK(st == LEDE_ERR_BAD_UTF8, "invalid UTF-8 answered %s", lede_status_code(st));
        return NULL;
    }
    if (st == LEDE_ERR_EMPTY_TEXT)
        return NULL;
    FUZZ_CHECK(st == LEDE_OK, "valid text answered %s: %s", lede_status_code(st), lede_workspace_error(ws));
    return res;
}

static void render_check(const lede_result *res, lede_format fmt, lede_offsets unit, const char *text, size_t n,
                         const char **json, size_t *len)
{
    ws->req.offsets = unit; /* only the renderer reads it */
    lede_status st = lede_render(ws, res, fmt, json, len);
    FUZZ_CHECK(st == LEDE_OK, "render failed: %s", lede_workspace_error(ws));
    fuzz_check_render(*json, *len, text, n, fmt == LEDE_FORMAT_EVAL ? LEDE_OFFSETS_CODEPOINT : unit);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    const char *json;
    size_t len;

    const lede_result *res = analyse(text, size);
    if (!res)
        return 0;
    render_check(res, LEDE_FORMAT_EVAL, LEDE_OFFSETS_CODEPOINT, text, size, &json, &len);
    render_check(res, LEDE_FORMAT_API, LEDE_OFFSETS_UTF8, text, size, &json, &len);
    render_check(res, LEDE_FORMAT_API, LEDE_OFFSETS_UTF16, text, size, &json, &len);
    render_check(res, LEDE_FORMAT_API, LEDE_OFFSETS_CODEPOINT, text, size, &json, &len);
    if (len + 1 > first_cap) {
        free(first);
        first_cap = len + 1;
        first = malloc(first_cap);
        FUZZ_CHECK(first != NULL, "out of memory");
    }
    memcpy(first, json, len);
    size_t first_len = len;

    /* once more in the same, now used, workspace: the response must not change */
    res = analyse(text, size);
    FUZZ_CHECK(res != NULL, "the second analysis failed");
    render_check(res, LEDE_FORMAT_API, LEDE_OFFSETS_CODEPOINT, text, size, &json, &len);
    FUZZ_CHECK(len == first_len && memcmp(json, first, len) == 0,
               "the same text analysed twice gave different responses");
    return 0;
}
