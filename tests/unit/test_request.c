/* test_request.c - JSON request decoding: fields, types, limits. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "workspace.h"

static lede_status decode(lede_workspace *ws, const char *json, int lenient, lede_request *r)
{
    lede_workspace_reset(ws);
    return lede_request_from_json(ws, json, strlen(json), lenient, r);
}

static void full_request(void **state)
{
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    lede_request r;
    assert_int_equal(decode(ws, "{\"id\":\"a1\",\"text\":\"Hi\",\"title\":\"T\",\"published_at\":\"2021-02-04\","
                                "\"features\":[\"quotes\",\"events\"],\"offsets\":\"utf16\"}", 0, &r), LEDE_OK);
    assert_int_equal(r.id.n, 2);
    assert_memory_equal(r.body.p, "Hi", 2);
    assert_int_equal(r.input, LEDE_INPUT_TEXT);
    assert_int_equal(r.features, LEDE_FEATURE_QUOTES | LEDE_FEATURE_EVENTS);
    assert_int_equal(r.offsets, LEDE_OFFSETS_UTF16);
    assert_int_equal(decode(ws, "{\"html\":\"<p>x</p>\",\"id\":7}", 0, &r), LEDE_OK);
    assert_int_equal(r.input, LEDE_INPUT_HTML);
    assert_memory_equal(r.id.p, "7", 1);
    /* a byte order mark before the JSON is ignored (RFC 8259 section 8.1),
     * not one inside it */
    assert_int_equal(decode(ws, "\xEF\xBB\xBF{\"text\":\"Hi\"}", 0, &r), LEDE_OK);
    assert_memory_equal(r.body.p, "Hi", 2);
    assert_int_equal(decode(ws, " \xEF\xBB\xBF{\"text\":\"Hi\"}", 0, &r), LEDE_ERR_BAD_JSON);
    lede_workspace_free(ws);
}

static void errors(void **state)
{
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    lede_request r;
    assert_int_equal(decode(ws, "{\"text\":", 0, &r), LEDE_ERR_BAD_JSON);
    assert_int_equal(decode(ws, "[1]", 0, &r), LEDE_ERR_BAD_REQUEST);
    assert_int_equal(decode(ws, "{\"title\":\"x\"}", 0, &r), LEDE_ERR_BAD_REQUEST);
    assert_int_equal(decode(ws, "{\"text\":5}", 0, &r), LEDE_ERR_BAD_REQUEST);
    assert_int_equal(decode(ws, "{\"text\":\"a\",\"text\":\"b\"}", 0, &r), LEDE_ERR_BAD_JSON);
    assert_int_equal(decode(ws, "{\"text\":\"a\",\"html\":\"b\"}", 0, &r), LEDE_ERR_BAD_REQUEST);
    assert_int_equal(decode(ws, "{\"text\":\"a\",\"features\":[\"x\"]}", 0, &r), LEDE_ERR_BAD_REQUEST);
    assert_int_equal(decode(ws, "{\"text\":\"a\",\"offsets\":\"bytes\"}", 0, &r), LEDE_ERR_BAD_REQUEST);
    assert_int_equal(decode(ws, "{\"text\":\"a\",\"color\":1}", 0, &r), LEDE_ERR_BAD_REQUEST);
    assert_non_null(strstr(lede_workspace_error(ws), "color"));
    assert_int_equal(decode(ws, "{\"text\":\"a\",\"color\":1}", 1, &r), LEDE_OK);
    lede_workspace_free(ws);
}

static void deep_nesting_is_refused_quickly(void **state)
{
    static char deep[200001];
    for (int i = 0; i < 100000; i++)
        deep[i] = '[';
    for (int i = 0; i < 100000; i++)
        deep[100000 + i] = ']';
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    lede_request r;
    assert_int_equal(decode(ws, deep, 0, &r), LEDE_ERR_BAD_JSON);
    assert_non_null(strstr(lede_workspace_error(ws), "nested"));
    lede_workspace_free(ws);
}

static void corpus_lines_prefer_html(void **state)
{
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    lede_request r;
    assert_int_equal(decode(ws, "{\"id\":\"x\",\"html\":\"<p>page</p>\",\"text\":\"gold\",\"entities\":[]}", 1, &r),
                     LEDE_OK);
    assert_int_equal(r.input, LEDE_INPUT_HTML);
    lede_workspace_free(ws);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(full_request),
        cmocka_unit_test(errors),
        cmocka_unit_test(deep_nesting_is_refused_quickly),
        cmocka_unit_test(corpus_lines_prefer_html),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
