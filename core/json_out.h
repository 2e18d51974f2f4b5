/*
 * json_out.h - small helpers to write JSON into a lede_buf: escaped strings,
 * spans with converted offsets.  Used by the renderers (render.c,
 * render_eval.c); owner: rendering.  Reentrant: they touch only the buffer
 * and the offset map they are given.
 */
#ifndef LEDE_JSON_OUT_H
#define LEDE_JSON_OUT_H

#include <string.h>

#include "offsets.h"

/* True when n more bytes (and the terminating NUL) fit without growing the
 * buffer or passing its cap: the same test lede_buf_put makes before its
 * memcpy, so writing in place here or calling it gives the same bytes and
 * the same failure.  Renderers write a few bytes at a time, and the call
 * into workspace.c was most of what a short literal cost. */
static inline bool lede_json_room(const lede_buf *b, size_t n)
{
    return !b->failed && b->n + n + 1 <= b->cap && (!b->max || b->n + n <= b->max);
}

static inline void lede_json_put(lede_buf *b, const char *s, size_t n)
{
    if (!lede_json_room(b, n)) {
        lede_buf_put(b, s, n);     /* grows, or records the failure */
        return;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
}

static inline void lede_json_putc(lede_buf *b, char c)
{
    if (!lede_json_room(b, 1)) {
        lede_buf_put(b, &c, 1);
        return;
    }
    b->p[b->n++] = c;
    b->p[b->n] = '\0';
}

/* A NUL-terminated string; for a choice between literals the compiler
 * folds strlen. */
static inline void lede_json_puts(lede_buf *b, const char *s) { lede_json_put(b, s, strlen(s)); }

/* A string literal, its length known at compile time ("" rejects anything
 * but a literal, where sizeof would measure a pointer). */
#define LEDE_JSON_LIT(b, lit) lede_json_put((b), "" lit, sizeof(lit) - 1)

void lede_json_str(lede_buf *b, const char *s, size_t n);
static inline void lede_json_cstr(lede_buf *b, const char *s) { lede_json_str(b, s, strlen(s)); }
/* "key": */
void lede_json_key(lede_buf *b, const char *key);
/* "start":S,"end":E,"text":"..." for bytes [a, z) of the map's text */
void lede_json_span(lede_buf *b, const lede_offset_map *m, uint32_t a, uint32_t z, bool with_text);
/* An unsigned integer, without printf. */
void lede_json_uint(lede_buf *b, uint64_t v);
/* A number with at most 3 decimals, no locale. */
void lede_json_num(lede_buf *b, double v);

#endif
