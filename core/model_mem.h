/*
 * model_mem.h - memory for a loaded model's read-only tables, in 2 MB
 * pages where the kernel allows (model_mem.c).  Owner: the model loaders.
 */
#ifndef LEDE_MODEL_MEM_H
#define LEDE_MODEL_MEM_H

#include <stddef.h>

/* Below this many bytes a table is its own calloc'd block: a few 4 KB
 * pages stay in the TLB, and a small model part (the WordNet names) does
 * not pin a 2 MB page. */
#define LEDE_MM_SMALL ((size_t)64 << 10)

typedef struct lede_mm_chunk lede_mm_chunk;
/* Zero-initialise; one per model part (tagger, lexicon, events, quotes). */
typedef struct lede_mm {
    lede_mm_chunk *big;   /* 2 MB-aligned mappings, bump-allocated */
    lede_mm_chunk *small; /* calloc'd blocks, one per table        */
} lede_mm;

/* n zeroed bytes, 64-byte aligned (16 below LEDE_MM_SMALL), kept until
 * lede_mm_fini; NULL when out of memory. */
void *lede_mm_alloc(lede_mm *mm, size_t n);
/* Frees everything lede_mm_alloc gave; mm is empty after. */
void lede_mm_fini(lede_mm *mm);
/* Bytes mapped for the big tables (for tests and diagnostics). */
size_t lede_mm_mapped(const lede_mm *mm);

#endif
