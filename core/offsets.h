/*
 * offsets.h - converts UTF-8 byte offsets of doc->text into code points or
 * UTF-16 units.  A checkpoint every LEDE_OFFSET_STRIDE bytes keeps memory at
 * len/16 bytes and each lookup at most one stride of scanning.
 * The map lives in the workspace arena; reentrant.
 */
#ifndef LEDE_OFFSETS_H
#define LEDE_OFFSETS_H

#include "workspace.h"

#define LEDE_OFFSET_STRIDE 64

typedef struct lede_offset_map {
    const char *text;
    size_t len;
    lede_offsets unit;
    uint32_t *marks;   /* units before byte k * STRIDE */
} lede_offset_map;

/* false when the arena is exhausted. */
bool lede_offset_map_init(lede_offset_map *m, lede_workspace *ws, const char *text, size_t len,
                          lede_offsets unit);
uint32_t lede_offset_of(const lede_offset_map *m, uint32_t byte);
const char *lede_offsets_name(lede_offsets unit);

#endif
