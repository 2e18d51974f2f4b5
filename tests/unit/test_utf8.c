/* test_utf8.c - validation, folding, date parsing and offset conversion. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "json_out.h"
#include "offsets.h"
#include "utf8.h"

static void validate(void **state)
{
    assert_int_equal(lede_utf8_validate("abc", 3), 3);
    assert_int_equal(lede_utf8_validate("a\xC3\xA9", 3), 3);
    assert_int_equal(lede_utf8_validate("a\xC0\xAF", 3), 1);         /* overlong */
    assert_int_equal(lede_utf8_validate("ab\xED\xA0\x80", 5), 2);    /* lone surrogate */
    assert_int_equal(lede_utf8_validate("\xF4\x90\x80\x80", 4), 0);  /* > U+10FFFF */
    assert_int_equal(lede_utf8_validate("ab\xE2\x82", 4), 2);        /* truncated */
    assert_int_equal(lede_utf8_validate("a\0b", 3), 1);              /* NUL */
    assert_int_equal(lede_utf8_validate("\xEF\xBB\xBFok", 5), 5);    /* BOM is valid */
}

/* ASCII runs are checked eight bytes at a time: a NUL, a bad byte or a
 * character at every position of a 40-byte text, against where it is. */
static void validate_long_ascii(void **state)
{
    (void)state;
    static const struct { const char *b; size_t n, bad; } ins[] = {
        {"\0", 1, 0}, {"\xff", 1, 0}, {"\xC3", 1, 0}, {"\xC3\xA9", 2, 2}, {"\xE2\x82\xAC", 3, 3},
        {"\xF0\x9F\x98\x80", 4, 4}, {"\x7f", 1, 1},
    };
    char buf[48];
    for (size_t k = 0; k < sizeof ins / sizeof *ins; k++)
        for (size_t at = 0; at + ins[k].n <= 40; at++) {
            memset(buf, 'a', 40);
            memcpy(buf + at, ins[k].b, ins[k].n);
            /* bad == n: the bytes are valid, the whole text is */
            size_t want = ins[k].bad == ins[k].n ? 40 : at + ins[k].bad;
            if (lede_utf8_validate(buf, 40) != want)
                fail_msg("insert %zu at %zu: got %zu, want %zu", k, at, lede_utf8_validate(buf, 40), want);
        }
}

static void fold(void **state)
{
    char out[32];
    size_t n = lede_fold("Kābul’s ÉTÉ", strlen("Kābul’s ÉTÉ"), out, sizeof out);
    assert_int_equal(n, 11);
    assert_memory_equal(out, "kabul's ete", 11);
}

static void dates(void **state)
{
    int y, m, d;
    assert_true(lede_parse_date("2021-02-04", 10, &y, &m, &d));
    assert_int_equal(y * 10000 + m * 100 + d, 20210204);
    assert_true(lede_parse_date("2021-02-04T10:30:00Z", 20, &y, &m, &d));
    assert_true(lede_parse_date("2021-02", 7, &y, &m, &d));
    assert_int_equal(d, 0);
    assert_false(lede_parse_date("2021-13-01", 10, &y, &m, &d));
    assert_false(lede_parse_date("2021-02-30", 10, &y, &m, &d));
    assert_false(lede_parse_date("yesterday", 9, &y, &m, &d));
    assert_false(lede_parse_date("2021-02-04T25:00", 16, &y, &m, &d));
}

static void offsets(void **state)
{
    /* "a" U+00E9 U+1F600 "b": bytes 0,1,3,7 ; code points 0,1,2,3 ; utf16 0,1,2,4 */
    const char *t = "a\xC3\xA9\xF0\x9F\x98\x80" "b";
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    lede_offset_map cp, u16, u8;
    assert_true(lede_offset_map_init(&cp, ws, t, strlen(t), LEDE_OFFSETS_CODEPOINT));
    assert_true(lede_offset_map_init(&u16, ws, t, strlen(t), LEDE_OFFSETS_UTF16));
    assert_true(lede_offset_map_init(&u8, ws, t, strlen(t), LEDE_OFFSETS_UTF8));
    assert_int_equal(lede_offset_of(&cp, 7), 3);
    assert_int_equal(lede_offset_of(&u16, 7), 4);
    assert_int_equal(lede_offset_of(&u8, 7), 7);
    assert_int_equal(lede_offset_of(&cp, 8), 4);
    lede_workspace_free(ws);
}

static void long_offsets_cross_strides(void **state)
{
    char t[1000];
    size_t n = 0;
    while (n + 2 <= sizeof t) {
        t[n++] = '\xC3';
        t[n++] = '\xA9';
    }
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    lede_offset_map cp;
    assert_true(lede_offset_map_init(&cp, ws, t, n, LEDE_OFFSETS_CODEPOINT));
    for (uint32_t b = 0; b <= n; b += 2)
        assert_int_equal(lede_offset_of(&cp, b), b / 2);
    lede_workspace_free(ws);
}

/* lede_offset_span and the ASCII shortcut give what lede_offset_of gives,
 * for spans within and across checkpoints. */
static void span_offsets_match(void **state)
{
    char t[300];
    for (int pass = 0; pass < 2; pass++) {
        size_t n = 0;
        while (n + 4 <= sizeof t) {
            if (pass && n % 37 == 0) {
                memcpy(t + n, "\xF0\x9F\x98\x80", 4);
                n += 4;
            } else {
                t[n] = (char)('a' + n % 26);
                n++;
            }
        }
        lede_workspace *ws = lede_workspace_new(NULL, NULL);
        for (int u = 0; u < 3; u++) {
            lede_offset_map m;
            assert_true(lede_offset_map_init(&m, ws, t, n, (lede_offsets)u));
            assert_int_equal(m.ascii, !pass && u != LEDE_OFFSETS_UTF8);
            for (uint32_t a = 0; a <= n + 2; a += 3)
                for (uint32_t z = a; z <= n + 2; z += 5) {
                    uint32_t oa, oz;
                    lede_offset_span(&m, a, z, &oa, &oz);
                    assert_int_equal(oa, lede_offset_of(&m, a));
                    assert_int_equal(oz, lede_offset_of(&m, z));
                    /* the reference: one byte at a time */
                    uint32_t ref = 0;
                    for (size_t k = 0; k < z && k < n; k++) {
                        unsigned char c = (unsigned char)t[k];
                        ref += u == LEDE_OFFSETS_UTF8 ? 1 : (c & 0xC0) == 0x80 ? 0 : u == LEDE_OFFSETS_UTF16 && c >= 0xF0 ? 2 : 1;
                    }
                    assert_int_equal(oz, u == LEDE_OFFSETS_UTF8 ? z : ref); /* utf8: not clamped */
                }
        }
        lede_workspace_free(ws);
    }
}

/* Escapes where the word-at-a-time scan must stop, at every alignment, and
 * the cap still cuts output as lede_buf_put would. */
static void json_escapes(void **state)
{
    lede_buf b = {0};
    lede_json_cstr(&b, "abcdefgh\"ij\\klmnop\x01q\nrs\t\xC3\xA9");
    assert_string_equal(b.p, "\"abcdefgh\\\"ij\\\\klmnop\\u0001q\\nrs\\t\xC3\xA9\"");
    b.n = 0;
    lede_json_num(&b, -2.5);
    lede_json_putc(&b, ' ');
    lede_json_num(&b, 1234.0004);
    assert_string_equal(b.p, "-2.500 1234.000");
    free(b.p);
    lede_buf c = {.max = 10};
    lede_json_str(&c, "0123456789", 10);
    assert_true(c.failed);
    assert_int_equal(c.n, 1);
    free(c.p);
}

static void buffer_cap_is_exact(void **state)
{
    lede_buf b = {.max = 5000};
    for (int i = 0; i < 5000; i++)
        lede_buf_putc(&b, 'x');
    assert_false(b.failed);
    assert_int_equal(b.n, 5000);
    lede_buf_putc(&b, 'y'); /* capacity is 8192 now, but the cap is 5000 */
    assert_true(b.failed);
    assert_int_equal(b.n, 5000);
    free(b.p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(validate), cmocka_unit_test(validate_long_ascii), cmocka_unit_test(fold), cmocka_unit_test(dates),
        cmocka_unit_test(offsets), cmocka_unit_test(long_offsets_cross_strides),
        cmocka_unit_test(buffer_cap_is_exact), cmocka_unit_test(span_offsets_match),
        cmocka_unit_test(json_escapes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
