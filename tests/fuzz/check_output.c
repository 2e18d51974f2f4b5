/*
 * check_output.c - shared fuzz oracles (see check_output.h).
 * Owner: reliability (issue 7).  Test code; single-threaded.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "check_output.h"
#include "fuzz.h"
#include "stages.h"
#include "utf8.h"

int fuzz_utf8_valid(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
        if (k <= 0 || cp == 0)
            return 0;
        i += (size_t)k;
    }
    return 1;
}

typedef struct unit_map {
    const char *text;
    size_t len;
    long *byte_at;   /* byte offset of each unit offset, -1 inside a character */
    size_t units;    /* units in the whole text                                 */
} unit_map;

static void map_build(unit_map *m, const char *text, size_t len, lede_offsets unit)
{
    m->text = text;
    m->len = len;
    m->byte_at = malloc((2 * len + 1) * sizeof *m->byte_at);
    FUZZ_CHECK(m->byte_at != NULL, "out of memory");
    size_t u = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if ((c & 0xC0) == 0x80) {
            if (unit == LEDE_OFFSETS_UTF8)
                m->byte_at[u++] = -1; /* a byte offset inside a character */
            continue;
        }
        m->byte_at[u++] = (long)i;
        if (unit == LEDE_OFFSETS_UTF16 && c >= 0xF0)
            m->byte_at[u++] = -1;     /* between the two halves of a surrogate pair */
    }
    m->byte_at[u] = (long)len;
    m->units = u;
}

static void check_span(const unit_map *m, json_t *o, size_t *count)
{
    json_t *js = json_object_get(o, "start"), *je = json_object_get(o, "end"), *jt = json_object_get(o, "text");
    if (!js && !je)
        return;
    FUZZ_CHECK(json_is_integer(js) && json_is_integer(je), "a span needs integer start and end");
    json_int_t s = json_integer_value(js), e = json_integer_value(je);
    FUZZ_CHECK(s >= 0 && s <= e && (size_t)e <= m->units, "span [%lld, %lld) outside [0, %zu]",
               (long long)s, (long long)e, m->units);
    long bs = m->byte_at[s], be = m->byte_at[e];
    FUZZ_CHECK(bs >= 0 && be >= 0, "span [%lld, %lld) cuts a character", (long long)s, (long long)e);
    if (!jt)
        return;
    FUZZ_CHECK(json_is_string(jt), "span text is not a string");
    size_t tn = json_string_length(jt);
    FUZZ_CHECK(tn == (size_t)(be - bs) && memcmp(json_string_value(jt), m->text + bs, tn) == 0,
               "span [%lld, %lld) text \"%.60s\" differs from the document's \"%.*s\"", (long long)s,
               (long long)e, json_string_value(jt), (int)((be - bs) > 60 ? 60 : (be - bs)), m->text + bs);
    (*count)++;
}

static void walk(const unit_map *m, json_t *v, int depth, size_t *count)
{
    FUZZ_CHECK(depth < 64, "response nested deeper than 64");
    if (json_is_object(v)) {
        check_span(m, v, count);
        const char *k;
        json_t *c;
        json_object_foreach(v, k, c) walk(m, c, depth + 1, count);
    } else if (json_is_array(v)) {
        size_t i;
        json_t *c;
        json_array_foreach(v, i, c) walk(m, c, depth + 1, count);
    }
}

size_t fuzz_check_render(const char *json, size_t len, const char *doc_text, size_t doc_len,
                         lede_offsets unit)
{
    json_error_t err;
    json_t *root = json_loadb(json, len, JSON_ALLOW_NUL | JSON_REJECT_DUPLICATES, &err);
    FUZZ_CHECK(root != NULL, "response is not JSON (%s at column %d): %.200s", err.text, err.column, json);
    FUZZ_CHECK(json_is_object(root), "response is not an object");
    json_t *t = json_object_get(root, "text");
    if (json_is_string(t)) {
        doc_text = json_string_value(t);
        doc_len = json_string_length(t);
    }
    unit_map m;
    map_build(&m, doc_text, doc_len, unit);
    size_t count = 0;
    const char *k;
    json_t *c;
    /* top-level "text" is the document itself, not a span: walk the children */
    json_object_foreach(root, k, c) walk(&m, c, 1, &count);
    free(m.byte_at);
    json_decref(root);
    return count;
}

static void check_str(lede_str s, const char *what)
{
    FUZZ_CHECK(lede_utf8_validate(s.p ? s.p : "", s.n) == s.n, "%s is not UTF-8", what);
}

void fuzz_check_ingested(lede_workspace *ws, fuzz_ingest_fn ingest, const char *in, size_t n)
{
    const lede_doc *d = &ws->doc;
    FUZZ_CHECK(d->text && !d->text_is_input, "no ingest text");
    FUZZ_CHECK(lede_utf8_validate(d->text, d->len) == d->len, "text is not UTF-8");
    FUZZ_CHECK(d->len <= ws->lim.max_text_bytes, "text of %zu bytes above the cap", d->len);
    FUZZ_CHECK(d->len <= 3 * n, "%zu bytes of text from %zu input bytes", d->len, n);
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
    FUZZ_CHECK(ingest(ws, in, n) == LEDE_OK, "second ingest failed");
    FUZZ_CHECK(ws->doc.len == len && memcmp(ws->doc.text, copy, len) == 0, "second ingest differs");
    free(copy);
}
