/*
 * offsets.h - converts UTF-8 byte offsets of doc->text into code points or
 * UTF-16 units.  A checkpoint every LEDE_OFFSET_STRIDE bytes (memory: len/2
 * bytes, for text that is not ASCII) leaves each lookup one masked word to
 * count (a span costs two lookups, and a document has a span every few
 * dozen bytes).
 * The map lives in the workspace arena; reentrant.  Owner: rendering.
 */
#ifndef LEDE_OFFSETS_H
#define LEDE_OFFSETS_H

#include "workspace.h"

#define LEDE_OFFSET_STRIDE 8

typedef struct lede_offset_map {
    const char *text;
    size_t len;
    lede_offsets unit;
    uint32_t *marks;   /* units before byte k * STRIDE; NULL when ascii */
    bool ascii;        /* no byte >= 0x80: units are bytes */
} lede_offset_map;

/* false when the arena is exhausted. */
bool lede_offset_map_init(lede_offset_map *m, lede_workspace *ws, const char *text, size_t len,
                          lede_offsets unit);
uint32_t lede_offset_of(const lede_offset_map *m, uint32_t byte);
/* Both ends of [a, z): the same values as two lede_offset_of calls. */
void lede_offset_span(const lede_offset_map *m, uint32_t a, uint32_t z, uint32_t *oa, uint32_t *oz);
const char *lede_offsets_name(lede_offsets unit);

#endif
