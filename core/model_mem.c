/*
 * model_mem.c - memory for a loaded model's read-only tables.  The tables
 * the analysis probes once or more per token (the tagger's weights, the
 * event and quote word tables, the lexicon: about 9 MB) are probed at
 * random, and in 4 KB pages nearly every probe also missed the TLB (its
 * reach is a few MB).  Their memory comes from 2 MB-aligned mappings
 * advised MADV_HUGEPAGE (lede_blk_alloc), which each table shares with the
 * tables loaded after it: about 4 MB of page-table reach per model part
 * instead of one 4 KB page per probe.  bench/README.md (tenth round) has
 * the measure.  Where transparent huge pages are off the mappings are
 * ordinary 4 KB pages, as before.
 * Owner: the model loaders.  Not thread-safe: used by the one thread that
 * loads the model; the memory is read-only once loading ends.
 */
#include <stdint.h>
#include <stdlib.h>

#include "model_mem.h"
#include "workspace.h"

/* The header of a mapping (in its first HDR_BIG bytes) or of a small block
 * (in the HDR_SMALL bytes before the table, which keep its 16-byte
 * alignment). */
struct lede_mm_chunk {
    lede_mm_chunk *next;
    size_t len;  /* bytes mapped (big) or allocated (small) */
    size_t used; /* big: bytes given out, header included   */
};

enum { HDR_BIG = 64, HDR_SMALL = 32 };

static void *alloc_small(lede_mm *mm, size_t n)
{
    if (n > SIZE_MAX - HDR_SMALL)
        return NULL;
    lede_mm_chunk *c = calloc(1, HDR_SMALL + n);
    if (!c)
        return NULL;
    c->len = HDR_SMALL + n;
    c->next = mm->small;
    mm->small = c;
    return (char *)c + HDR_SMALL;
}

void *lede_mm_alloc(lede_mm *mm, size_t n)
{
    if (n < LEDE_MM_SMALL)
        return alloc_small(mm, n);
    if (n > SIZE_MAX - 2 * LEDE_BLK_BIG)
        return NULL;
    size_t need = (n + 63) & ~(size_t)63;
    /* first fit: a part's tables are few, and the room left in an earlier
     * mapping is where a later small table belongs */
    for (lede_mm_chunk *c = mm->big; c; c = c->next)
        if (c->len - c->used >= need) {
            char *p = (char *)c + c->used;
            c->used += need;
            return p; /* fresh mapping: still zero */
        }
    size_t len = (HDR_BIG + need + LEDE_BLK_BIG - 1) & ~(LEDE_BLK_BIG - 1);
    lede_mm_chunk *c = lede_blk_alloc(len); /* >= LEDE_BLK_BIG: mapped, zeroed */
    if (!c)
        return NULL;
    c->len = len;
    c->used = HDR_BIG + need;
    c->next = mm->big;
    mm->big = c;
    return (char *)c + HDR_BIG;
}

void lede_mm_fini(lede_mm *mm)
{
    while (mm->big) {
        lede_mm_chunk *c = mm->big;
        mm->big = c->next;
        lede_blk_free(c, c->len);
    }
    while (mm->small) {
        lede_mm_chunk *c = mm->small;
        mm->small = c->next;
        free(c);
    }
}

size_t lede_mm_mapped(const lede_mm *mm)
{
    size_t n = 0;
    for (const lede_mm_chunk *c = mm->big; c; c = c->next)
        n += c->len;
    return n;
}
