/*
 * json_out.h - small helpers to write JSON into a lede_buf: escaped strings,
 * spans with converted offsets.  Used by the renderers (render.c,
 * render_eval.c); owner: rendering.  Reentrant: they touch only the buffer
 * and the offset map they are given.
 */
#ifndef LEDE_JSON_OUT_H
#define LEDE_JSON_OUT_H

#include <stdint.h>
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

/* ---- records written in place ----------------------------------------------
 * A renderer that knows a bound on a record's size asks for it once with
 * lede_jw_begin and writes through the pointer, instead of one room test, one
 * NUL and one call per piece.  NULL means the bound does not fit: the caller
 * then writes the record piece by piece, which grows the buffer or stops at
 * its cap exactly as before; when it fits, both ways give the same bytes. */
static inline char *lede_jw_begin(lede_buf *b, size_t bound) { return lede_json_room(b, bound) ? b->p + b->n : NULL; }
static inline void lede_jw_end(lede_buf *b, char *o)
{
    b->n = (size_t)(o - b->p);
    b->p[b->n] = '\0';
}
static inline char *lede_jw_mem(char *o, const char *s, size_t n)
{
    memcpy(o, s, n);
    return o + n;
}
#define LEDE_JW_LIT(o, lit) lede_jw_mem((o), "" lit, sizeof(lit) - 1)
/* A string that needs no escaping (the names of types.c and the renderers'
 * tables), quoted. */
static inline char *lede_jw_word(char *o, const char *s, size_t n)
{
    *o = '"';
    memcpy(o + 1, s, n);
    o[n + 1] = '"';
    return o + n + 2;
}
/* Bytes lede_jw_str may write for n bytes of input (six per byte, the quotes
 * and the sixteen a block copy may write past the last byte). */
#define LEDE_JW_STR_MAX(n) (6 * (size_t)(n) + 18)
/* Bytes lede_jw_span may write for a span of n bytes. */
#define LEDE_JW_SPAN_MAX(n) (48 + LEDE_JW_STR_MAX(n))
/* Largest n the bounds above are computed for. */
#define LEDE_JW_TEXT_CAP ((SIZE_MAX - 256) / 6)
char *lede_jw_str(char *o, const char *s, size_t n);
char *lede_jw_uint(char *o, uint64_t v);
char *lede_jw_num(char *o, double v);
/* As lede_json_span with text, for a span the map's text holds (a <= z <= len). */
char *lede_jw_span(char *o, const lede_offset_map *m, uint32_t a, uint32_t z);
/* The span lies in the text: lede_jw_span may write it (its length, a
 * uint32_t, is far below LEDE_JW_TEXT_CAP with a 64-bit size_t). */
static inline bool lede_jw_span_ok(const lede_offset_map *m, uint32_t a, uint32_t z)
{
#if SIZE_MAX > 0xFFFFFFFFu
    return a <= z && z <= m->len;
#else
    return a <= z && z <= m->len && z - a < LEDE_JW_TEXT_CAP;
#endif
}

/* ---- a record written either way -------------------------------------------
 * One record's writes go in place when its bound fit at lede_jrec_open, else
 * piece by piece; each write below picks its path on r->o, so a renderer
 * writes a record once.  The bound adds up its parts' bounds with
 * lede_jrec_add (saturating at LEDE_JREC_NEVER, which never fits). */
#define LEDE_JREC_NEVER (SIZE_MAX / 4)
typedef struct lede_jrec { lede_buf *b; char *o; } lede_jrec;
static inline size_t lede_jrec_add(size_t bound, size_t n)
{
    return n >= LEDE_JREC_NEVER || bound >= LEDE_JREC_NEVER - n ? LEDE_JREC_NEVER : bound + n;
}
/* Bound of lede_jrec_span's output, LEDE_JREC_NEVER when only the pieces may
 * write it. */
static inline size_t lede_jrec_span_max(const lede_offset_map *m, uint32_t a, uint32_t z)
{
    return lede_jw_span_ok(m, a, z) ? LEDE_JW_SPAN_MAX(z - a) : LEDE_JREC_NEVER;
}
static inline size_t lede_jrec_str_max(size_t n) { return n < LEDE_JW_TEXT_CAP ? LEDE_JW_STR_MAX(n) : LEDE_JREC_NEVER; }
static inline lede_jrec lede_jrec_open(lede_buf *b, size_t bound)
{
    return (lede_jrec){b, bound < LEDE_JREC_NEVER ? lede_jw_begin(b, bound) : NULL};
}
static inline void lede_jrec_close(lede_jrec *r)
{
    if (r->o)
        lede_jw_end(r->b, r->o);
}
static inline void lede_jrec_put(lede_jrec *r, const char *s, size_t n)
{
    if (r->o)
        r->o = lede_jw_mem(r->o, s, n);
    else
        lede_json_put(r->b, s, n);
}
#define LEDE_JREC_LIT(r, lit) lede_jrec_put((r), "" lit, sizeof(lit) - 1)
static inline void lede_jrec_putc(lede_jrec *r, char c)
{
    if (r->o)
        *r->o++ = c;
    else
        lede_json_putc(r->b, c);
}
static inline void lede_jrec_str(lede_jrec *r, const char *s, size_t n)
{
    if (r->o)
        r->o = lede_jw_str(r->o, s, n);
    else
        lede_json_str(r->b, s, n);
}
/* "start":S,"end":E,"text":"..." (lede_json_span with text) */
static inline void lede_jrec_span(lede_jrec *r, const lede_offset_map *m, uint32_t a, uint32_t z)
{
    if (r->o)
        r->o = lede_jw_span(r->o, m, a, z);
    else
        lede_json_span(r->b, m, a, z, true);
}
static inline void lede_jrec_uint(lede_jrec *r, uint64_t v)
{
    if (r->o)
        r->o = lede_jw_uint(r->o, v);
    else
        lede_json_uint(r->b, v);
}
static inline void lede_jrec_num(lede_jrec *r, double v)
{
    if (r->o)
        r->o = lede_jw_num(r->o, v);
    else
        lede_json_num(r->b, v);
}
/* Bytes lede_jrec_uint and lede_jrec_num may write. */
#define LEDE_JREC_NUM_MAX 32

#endif
