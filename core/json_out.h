/*
 * json_out.h - small helpers to write JSON into a lede_buf: escaped strings,
 * spans with converted offsets.  Used by the renderers; reentrant.
 */
#ifndef LEDE_JSON_OUT_H
#define LEDE_JSON_OUT_H

#include <string.h>

#include "offsets.h"

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
