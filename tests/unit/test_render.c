/* test_render.c - the renderers' in-place path (json_out.h lede_jw_*): spans
 * and entity records written in place give the bytes the piece-by-piece path
 * gives, at every buffer cap the same success or failure. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <math.h>

#include "json_out.h"
#include "render.h"

/* Escapes, non-ASCII (2- and 4-byte) and plain runs at every alignment. */
static const char text[] = "Kabul \"Wardak\" \\ province\x01 \xC3\xA9t\xC3\xA9 \xF0\x9F\x98\x80 Ghazikhail said:\n"
                           "\t\"We will\" \xE2\x80\x9Cgo\xE2\x80\x9D to the U.S. tomorrow, Afghan officials said.";

/* What lede_json_span wrote before the in-place path, piece by piece. */
static void span_pieces(lede_buf *b, const lede_offset_map *m, uint32_t a, uint32_t z)
{
    uint32_t oa, oz;
    lede_offset_span(m, a, z, &oa, &oz);
    char keys[64];
    int k = snprintf(keys, sizeof keys, "\"start\":%u,\"end\":%u,\"text\":", oa, oz);
    lede_json_put(b, keys, (size_t)k); /* the keys were one piece */
    lede_json_str(b, m->text + a, z - a);
}

static void spans_match_pieces(void **state)
{
    (void)state;
    size_t n = sizeof text - 1;
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    for (int u = 0; u < 3; u++) {
        lede_offset_map m;
        assert_true(lede_offset_map_init(&m, ws, text, n, (lede_offsets)u));
        for (uint32_t a = 0; a <= n; a += 3)
            for (uint32_t z = a; z <= n; z += 7) {
                lede_buf x = {0}, y = {0};
                lede_json_span(&x, &m, a, z, true);
                span_pieces(&y, &m, a, z);
                assert_int_equal(x.n, y.n);
                assert_memory_equal(x.p, y.p, x.n);
                free(x.p);
                free(y.p);
            }
    }
    lede_workspace_free(ws);
}

/* Under a cap the in-place path steps aside: the same bytes and the same
 * failure as the pieces. */
static void spans_keep_the_cap(void **state)
{
    (void)state;
    size_t n = sizeof text - 1;
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    lede_offset_map m;
    assert_true(lede_offset_map_init(&m, ws, text, n, LEDE_OFFSETS_UTF16));
    for (size_t max = 1; max < 200; max++) {
        lede_buf x = {.max = max}, y = {.max = max};
        lede_json_span(&x, &m, 3, 60, true);
        span_pieces(&y, &m, 3, 60);
        assert_int_equal(x.failed, y.failed);
        assert_int_equal(x.n, y.n);
        if (x.n)
            assert_memory_equal(x.p, y.p, x.n);
        free(x.p);
        free(y.p);
    }
    lede_workspace_free(ws);
}

/* JSON escaping one byte at a time, the reference. */
static size_t escape_ref(const char *s, size_t n, char *out)
{
    size_t o = 0;
    out[o++] = '"';
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            out[o++] = '\\';
            out[o++] = (char)c;
        } else if (c == '\n' || c == '\r' || c == '\t') {
            out[o++] = '\\';
            out[o++] = c == '\n' ? 'n' : c == '\r' ? 'r' : 't';
        } else if (c < 0x20) {
            o += (size_t)sprintf(out + o, "\\u%04x", c);
        } else {
            out[o++] = (char)c;
        }
    }
    out[o++] = '"';
    return o;
}

/* Every length up to 40 with one byte to escape at every position (or none),
 * in place (sixteen, eight, the overlapping last eight, two fours) and
 * piece by piece. */
static void escapes_at_every_length(void **state)
{
    (void)state;
    static const char bad[] = {'"', '\\', '\n', '\x01', '\x1f'};
    char in[48], ref[48 * 6 + 2], out[LEDE_JW_STR_MAX(48)];
    for (size_t n = 0; n <= 40; n++)
        for (size_t at = 0; at <= n; at++)
            for (size_t k = 0; k < sizeof bad; k++) {
                for (size_t i = 0; i < n; i++)
                    in[i] = (char)('a' + (i * 7) % 26); /* clean letters */
                if (at < n)
                    in[at] = bad[k];
                size_t rn = escape_ref(in, n, ref);
                char *e = lede_jw_str(out, in, n);
                assert_int_equal((size_t)(e - out), rn);
                assert_memory_equal(out, ref, rn);
                lede_buf b = {0};
                lede_json_str(&b, in, n);
                assert_int_equal(b.n, rn);
                assert_memory_equal(b.p, ref, rn);
                free(b.p);
                if (at == n)
                    break;
            }
}

/* Three decimals as llround(v * 1000) gives them (halves away from zero),
 * around the halves, signs, the 2^52 edge where rounding goes to libm and
 * the end of lede_jw_num's in-place writing (below 9.9995). */
static void decimals_round_half_away(void **state)
{
    (void)state;
    static const double vs[] = {0.0005, -0.0005, 0.0015, 0.0025, -0.0025, 0.4999999999999999, 1.0, 0.999,
                                0.9995, 0.99949999, 123.4565, -7.0005, 4503599627370.4955, 4503599627370496.0,
                                1e20, -1e20, 0.0, -0.0, 9.9995, 9.9994999, 10.0, 9.999, 5.0005, -0.0004};
    char out[64], ref[64];
    for (size_t i = 0; i < sizeof vs / sizeof *vs; i++)
        for (int k = -2; k <= 2; k++) {
            double v = nextafter(vs[i], k < 0 ? -INFINITY : INFINITY);
            if (k == 0)
                v = vs[i];
            long long r = llround(v * 1000.0);
            unsigned long long u = r < 0 ? 0ull - (unsigned long long)r : (unsigned long long)r;
            int n = snprintf(ref, sizeof ref, "%s%llu.%03llu", r < 0 ? "-" : "", u / 1000, u % 1000);
            char *e = lede_jw_num(out, v);
            assert_int_equal(e - out, n);
            assert_memory_equal(out, ref, (size_t)n);
        }
}

/* The bounds hold: a buffer of exactly LEDE_JW_SPAN_MAX (or STR_MAX) bytes
 * and its NUL takes the worst text (every byte a \u escape, or none, with
 * sixteen readable bytes after the span or not) at every length; ASan
 * catches a write past it. */
static void bounds_hold(void **state)
{
    (void)state;
    char t[96];
    for (int fill = 0; fill < 2; fill++) {
        memset(t, fill ? '\x01' : 'a', sizeof t);
        lede_workspace *ws = lede_workspace_new(NULL, NULL);
        lede_offset_map m;
        assert_true(lede_offset_map_init(&m, ws, t, sizeof t, LEDE_OFFSETS_CODEPOINT));
        for (uint32_t a = 0; a < sizeof t; a++)
            for (uint32_t z = a; z <= sizeof t && z <= a + 40; z++) {
                size_t cap = LEDE_JW_SPAN_MAX(z - a) + 1;
                lede_buf b = {.p = malloc(cap), .cap = cap};
                assert_non_null(b.p);
                lede_json_span(&b, &m, a, z, true);
                assert_false(b.failed);
                free(b.p);
                char *out = malloc(LEDE_JW_STR_MAX(z - a));
                assert_non_null(out);
                assert_true(lede_jw_str(out, t + a, z - a) <= out + LEDE_JW_STR_MAX(z - a));
                free(out);
            }
        lede_workspace_free(ws);
    }
}

/* Numbers in place: the digit count from the bit length, at every power of
 * ten and of two and their neighbours, as printf writes them. */
static void numbers_in_place(void **state)
{
    (void)state;
    char out[32], ref[32];
    for (int pass = 0; pass < 2; pass++)
        for (uint64_t p = 1, done = 0; !done; done = pass ? p >> 63 : p > UINT64_MAX / 10, p = pass ? p * 2 : p * 10)
            for (int k = -1; k <= 1; k++) {
                uint64_t v = p + (uint64_t)(int64_t)k;
                char *e = lede_jw_uint(out, v);
                int n = snprintf(ref, sizeof ref, "%llu", (unsigned long long)v);
                assert_int_equal(e - out, n);
                assert_memory_equal(out, ref, (size_t)n);
            }
    /* the pair-table paths (under 100, 10,000 and 1,000,000), every 7th number */
    for (uint64_t v = 0; v < 1100000; v += 7) {
        char *f = lede_jw_uint(out, v);
        int n = snprintf(ref, sizeof ref, "%llu", (unsigned long long)v);
        assert_int_equal(f - out, n);
        assert_memory_equal(out, ref, (size_t)n);
    }
    char *e = lede_jw_uint(out, UINT64_MAX);
    assert_int_equal(e - out, 20);
    assert_memory_equal(out, "18446744073709551615", 20);
}

/* A document's entities rendered twice: into an empty buffer (which grows,
 * so records take both paths) and into a grown one (all in place); then
 * with the output cap one byte short. */
static void entities_in_place(void **state)
{
    (void)state;
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    lede_doc *d = &ws->doc;
    d->text = text;
    d->len = sizeof text - 1;
    d->text_is_input = true;
    static const struct { const char *s; uint8_t type, kind; int32_t entity; } ms[] = {
        {"Kabul", LEDE_ET_LOC, LEDE_MK_NAME, 0},         {"\"Wardak\" \\ province\x01", LEDE_ET_LOC, LEDE_MK_NAME, 1},
        {"Ghazikhail", LEDE_ET_PERSON, LEDE_MK_NAME, 2}, {"U.S.", LEDE_ET_LOC, LEDE_MK_ACRONYM, 0},
        {"Afghan", LEDE_ET_NORP, LEDE_MK_NAME, 3},       {"\xF0\x9F\x98\x80", LEDE_ET_MISC, LEDE_MK_VALUE, 2},
    };
    for (size_t i = 0; i < sizeof ms / sizeof *ms; i++) {
        const char *p = strstr(text, ms[i].s);
        assert_non_null(p);
        lede_mention *m = LEDE_PUSH(d->mentions, 100);
        assert_non_null(m);
        uint32_t a = (uint32_t)(p - text);
        *m = (lede_mention){0, 1, a, a + (uint32_t)strlen(ms[i].s), ms[i].type, 0, ms[i].kind, 0, 0.9f, ms[i].entity};
    }
    static const char *const names[] = {"Kabul", "Wardak \"province\"", "Ghazikhail", "Afghan"};
    static const uint8_t types[] = {LEDE_ET_LOC, LEDE_ET_LOC, LEDE_ET_PERSON, LEDE_ET_NORP};
    for (int e = 0; e < 4; e++) {
        lede_entity *en = LEDE_PUSH(d->entities, 100);
        assert_non_null(en);
        *en = (lede_entity){.type = types[e], .subtype = e < 2 ? LEDE_LOC_REGION : LEDE_LOC_NONE,
                            .name = {names[e], strlen(names[e])}, .salience = 1.0f / (float)(e + 1),
                            .first_mention = e};
    }
    d->entities.v[0].id_scheme = "iso3166_1";
    d->entities.v[0].id = "AF";
    lede_request req;
    lede_request_init(&req);
    req.offsets = LEDE_OFFSETS_UTF16;
    lede_result r = {d, &req, LEDE_FEATURE_ENTITIES};
    const char *json;
    size_t len;
    assert_int_equal(lede_render(ws, &r, LEDE_FORMAT_API, &json, &len), LEDE_OK);
    char *first = malloc(len + 1);
    assert_non_null(first);
    memcpy(first, json, len + 1);
    assert_non_null(strstr(first, "{\"id\":\"E2\",\"type\":\"LOCATION\",\"subtype\":\"region\","
                                  "\"name\":\"Wardak \\\"province\\\"\",\"salience\":0.500,\"mentions\":[{\"start\":6,"
                                  "\"end\":26,\"text\":\"\\\"Wardak\\\" \\\\ province\\u0001\",\"kind\":\"name\"}]}"));
    assert_non_null(strstr(first, "\"text\":\"U.S.\",\"kind\":\"acronym\""));
    assert_int_equal(lede_render(ws, &r, LEDE_FORMAT_API, &json, &len), LEDE_OK);
    assert_int_equal(len, strlen(first));
    assert_memory_equal(json, first, len);
    ws->out.max = len - 1;
    assert_int_not_equal(lede_render(ws, &r, LEDE_FORMAT_API, &json, &len), LEDE_OK);
    free(first);
    lede_workspace_free(ws);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(spans_match_pieces),
        cmocka_unit_test(spans_keep_the_cap),
        cmocka_unit_test(escapes_at_every_length),
        cmocka_unit_test(numbers_in_place),
        cmocka_unit_test(decimals_round_half_away),
        cmocka_unit_test(bounds_hold),
        cmocka_unit_test(entities_in_place),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
