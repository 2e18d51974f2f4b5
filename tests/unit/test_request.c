/* test_request.c - JSON request decoding: fields, types, limits. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "json_in.h"

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

/* The fast decoder (request_fast.c) answers only what jansson's path
 * would, and the same way; everything unusual goes to jansson's path. */
static void fast_path_agrees(void **state)
{
    (void)state;
    static const struct { const char *json; bool fast; } cases[] = {
        {"{\"text\":\"Hi\"}", true},
        {" {\r\n \"id\" : \"a1\" , \"text\":\"x\\\"y\\\\z\\/\\b\\f\\n\\r\\t\",\"offsets\":\"utf16\"} \n", true},
        {"{\"html\":\"<p>caf\\u00e9 \\ud83d\\ude00 \xc3\xa9</p>\",\"features\":[\"quotes\", \"events\"]}", true},
        {"{\"xml\":\"<nitf/>\",\"title\":\"\",\"published_at\":\"2021-02-04\"}", true},
        {"{\"text\":\"a\",}", false},                       /* trailing comma */
        {"{\"text\":\"a\",\"features\":[\"quotes\",]}", false},
        {"{\"text\":\"a\",\"features\":[]}", false},         /* jansson's error */
        {"{\"text\":\"a\",\"features\":[\"people\"]}", false},
        {"{\"text\":\"a\",\"text\":\"b\"}", false},           /* duplicate */
        {"{\"text\":\"a\",\"html\":\"b\"}", false},           /* two bodies */
        {"{\"text\":\"a\",\"id\":7}", false},                 /* number */
        {"{\"text\":\"a\",\"title\":null}", false},
        {"{\"text\":\"a\",\"extra\":\"b\"}", false},          /* unknown key */
        {"{\"text\":\"a\\u0000b\"}", false},                 /* NUL */
        {"{\"text\":\"a\\ud800\"}", false},                  /* lone surrogate */
        {"{\"text\":\"a\\x\"}", false},                      /* bad escape */
        {"{\"text\":\"a\tb\"}", false},                       /* raw control character */
        {"{\"text\":\"\xff\"}", false},                       /* not UTF-8 */
        {"{\"te\\u0078t\":\"a\"}", false},                   /* escaped key */
        {"{\"text\":\"a\"} x", false},                       /* trailing bytes */
        {"{\"text\":\"a\",\"offsets\":\"bytes\"}", false},
        {"{\"text\":\"a\"", false},
        {"[\"text\"]", false},
        /* long strings, scanned eight bytes at a time: the special byte at
         * different places in a word, and after a run */
        {"{\"text\":\"The quick brown fox jumps over the lazy dog.\\n\\nSecond paragraph\\\"q\\\" ends\"}", true},
        {"{\"text\":\"0123456789abcdef\\u00e9\",\"title\":\"01234567\"}", true},
        {"{\"text\":\"0123456789abcdefghijklmn\xc3\xa9 0123456789\"}", true},
        {"{\"text\":\"0123456789abcdefghijklm\x01\"}", false},     /* control char after a run */
        {"{\"text\":\"0123456789abcdefghijklmnopq\xc3(\"}", false}, /* bad UTF-8 after a run */
        {"{\"text\":\"0123456789abcdefghij\x7f\xe2\x82\xac\"}", true},
        {"{\"text\":\"0123456789abcdefghijklmnop", false},            /* unterminated */
    };
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        const char *j = cases[k].json;
        lede_request fast, slow;
        lede_request_init(&fast);
        bool took = lede_request_fast(ws, j, strlen(j), &fast);
        if (took != cases[k].fast)
            fail_msg("case %zu (%s): fast path %s", k, j, took ? "took it" : "left it");
        if (!took)
            continue;
        for (int lenient = 0; lenient < 2; lenient++) {
            assert_int_equal(lede_request_from_jansson(ws, j, strlen(j), lenient, &slow), LEDE_OK);
            assert_int_equal(fast.body.n, slow.body.n);
            assert_memory_equal(fast.body.p, slow.body.p, fast.body.n);
            assert_int_equal(fast.input, slow.input);
            assert_int_equal(fast.id.n, slow.id.n);
            assert_true(fast.id.n == 0 || memcmp(fast.id.p, slow.id.p, fast.id.n) == 0);
            assert_int_equal(fast.title.n, slow.title.n);
            assert_true((fast.title.p == NULL) == (slow.title.p == NULL));
            assert_int_equal(fast.published_at.n, slow.published_at.n);
            assert_int_equal(fast.features, slow.features);
            assert_int_equal(fast.offsets, slow.offsets);
        }
    }
    lede_workspace_free(ws);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(full_request),
        cmocka_unit_test(fast_path_agrees),
        cmocka_unit_test(errors),
        cmocka_unit_test(deep_nesting_is_refused_quickly),
        cmocka_unit_test(corpus_lines_prefer_html),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
