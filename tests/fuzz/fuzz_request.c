/*
 * fuzz_request.c - libFuzzer target: JSON request decoding
 * (lede_request_from_json) on arbitrary bytes, strict and lenient, then the
 * whole server path for what decodes: analysis with the real model and both
 * renderers.  Oracles: a failure always has a status in the table and a
 * detail message; strict success implies the same request when lenient;
 * whatever the fast decoder (request_fast.c) accepts, jansson's path
 * accepts as the same request, strict and lenient; every rendered response
 * passes fuzz_check_render.
 * Owner: reliability (issue 7).  One workspace, reused as a server worker does.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_output.h"
#include "fuzz.h"
#include "json_in.h"
#include "lede/lede.h"

static lede_model *model;
static lede_workspace *ws;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    lede_status st;
    char err[512];
    model = lede_model_load(NULL, &st, err, sizeof err);
    if (!model) {
        fprintf(stderr, "fuzz_request: cannot load the model (set LEDE_DATA_DIR): %s\n", err);
        exit(1);
    }
    lede_limits lim = lede_limits_default();
    ws = lede_workspace_new(model, &lim);
    if (!ws)
        exit(1);
    return 0;
}

static void check_failure(lede_status st)
{
    FUZZ_CHECK(st > LEDE_OK && st < LEDE_STATUS_COUNT, "status %d outside the table", (int)st);
    int http = lede_status_http(st);
    FUZZ_CHECK(http >= 400 && http < 600, "status %d maps to HTTP %d", (int)st, http);
    FUZZ_CHECK(lede_workspace_error(ws)[0] != '\0', "status %s without a detail message", lede_status_code(st));
}

static int same_str(lede_str a, lede_str b)
{
    return a.n == b.n && (a.n == 0 || memcmp(a.p, b.p, a.n) == 0);
}

static void check_request(const lede_request *r)
{
    FUZZ_CHECK(r->body.p != NULL, "decoded request without a body");
    FUZZ_CHECK(r->input <= LEDE_INPUT_XML && r->offsets <= LEDE_OFFSETS_UTF16, "enum out of range");
    FUZZ_CHECK(r->features >= 1 && r->features <= LEDE_FEATURE_ALL, "features %u", r->features);
    FUZZ_CHECK((r->id.n == 0 || r->id.p) && (r->title.n == 0 || r->title.p) &&
                   (r->published_at.n == 0 || r->published_at.p),
               "a string field with a length but no bytes");
}

static int same_request(const lede_request *a, const lede_request *b)
{
    return same_str(a->body, b->body) && a->input == b->input && same_str(a->id, b->id) &&
           same_str(a->title, b->title) && same_str(a->published_at, b->published_at) &&
           a->features == b->features && a->offsets == b->offsets;
}

/* The fast decoder only answers what the jansson path would. */
static void check_fast(const char *json, size_t size)
{
    if (size >= 3 && memcmp(json, "\xEF\xBB\xBF", 3) == 0) {
        json += 3;
        size -= 3;
    }
    lede_request fast, slow;
    lede_request_init(&fast);
    if (!lede_request_fast(ws, json, size, &fast))
        return;
    for (int lenient = 0; lenient < 2; lenient++) {
        lede_status st = lede_request_from_jansson(ws, json, size, lenient, &slow);
        FUZZ_CHECK(st == LEDE_OK, "the fast decoder accepted what jansson's path refuses (%s): %s",
                   lede_status_code(st), lede_workspace_error(ws));
        FUZZ_CHECK(same_request(&fast, &slow), "the fast decoder and jansson's path disagree");
    }
}

static void analyse(const lede_request *req)
{
    const lede_result *res;
    lede_status st = lede_analyze(ws, req, &res);
    if (st != LEDE_OK) {
        check_failure(st);
        return;
    }
    const lede_format fmts[] = {LEDE_FORMAT_API, LEDE_FORMAT_EVAL};
    for (size_t i = 0; i < 2; i++) {
        const char *json;
        size_t len;
        st = lede_render(ws, res, fmts[i], &json, &len);
        FUZZ_CHECK(st == LEDE_OK, "render failed: %s", lede_workspace_error(ws));
        lede_offsets unit = fmts[i] == LEDE_FORMAT_EVAL ? LEDE_OFFSETS_CODEPOINT : req->offsets;
        /* for HTML/XML the response carries the extracted text; the body is not what spans index */
        fuzz_check_render(json, len, req->body.p, req->input == LEDE_INPUT_TEXT ? req->body.n : 0, unit);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *json = (const char *)data;
    lede_request strict, lenient;

    lede_workspace_reset(ws);
    check_fast(json, size);
    lede_status st = lede_request_from_json(ws, json, size, 0, &strict);
    if (st != LEDE_OK)
        check_failure(st);
    else
        check_request(&strict);

    /* the strict request stays valid: nothing resets the arena until the next input */
    lede_status lst = lede_request_from_json(ws, json, size, 1, &lenient);
    if (lst != LEDE_OK) {
        check_failure(lst);
        FUZZ_CHECK(st != LEDE_OK, "strict accepted what lenient refused (%s): %s", lede_status_code(lst),
                   lede_workspace_error(ws));
        return 0;
    }
    check_request(&lenient);
    if (st == LEDE_OK)
        FUZZ_CHECK(same_request(&strict, &lenient), "strict and lenient decoding disagree");
    analyse(&lenient);
    return 0;
}
