/*
 * workspace.h - per-thread scratch: the document, a string arena, the
 * output buffer and the last error.  Owned by one thread at a time; reset
 * between documents keeps capacity so warm requests do not allocate.
 */
#ifndef LEDE_WORKSPACE_H
#define LEDE_WORKSPACE_H

#include <stdarg.h>

#include "doc.h"

/* Memory blocks for per-document arrays: below LEDE_BLK_BIG bytes from
 * malloc, from LEDE_BLK_BIG up their own 2 MB aligned mapping in huge pages
 * where the kernel allows (workspace.c).  lede_blk_free and lede_blk_grow
 * take the block's size (its capacity, as last allocated); lede_blk_grow
 * only grows (n >= old) and keeps the first old bytes. */
#define LEDE_BLK_BIG ((size_t)2 << 20)
void *lede_blk_alloc(size_t n);
void lede_blk_free(void *p, size_t n);
void *lede_blk_grow(void *p, size_t old, size_t n);

/* Bump allocator in chunks; reset keeps the first chunk. */
typedef struct lede_arena_chunk lede_arena_chunk;
typedef struct lede_arena {
    lede_arena_chunk *head;
    size_t used_total;
    size_t max_total;      /* cap: lede_limits.max_text_bytes * 8      */
} lede_arena;

void *lede_arena_alloc(lede_arena *a, size_t n);
char *lede_arena_strndup(lede_arena *a, const char *s, size_t n);

/* A growable byte buffer with a cap, for rendered output and ingest text. */
typedef struct lede_buf {
    char *p;
    size_t n, cap, max;
    bool failed;           /* set once an append hit the cap or ENOMEM */
} lede_buf;

void lede_buf_put(lede_buf *b, const char *s, size_t n);
void lede_buf_putc(lede_buf *b, char c);
void lede_buf_puts(lede_buf *b, const char *s);
void lede_buf_printf(lede_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

struct lede_result { lede_doc *doc; const lede_request *req; unsigned features; };

struct lede_workspace {
    const lede_model *model;
    lede_limits lim;
    lede_doc doc;
    lede_arena arena;
    lede_buf text;         /* ingest output (html/xml)                   */
    lede_buf out;          /* rendered JSON                              */
    lede_buf scratch;      /* per-stage temporary                        */
    lede_request req;      /* copy of the request being analysed         */
    struct lede_result result;
    int64_t deadline_ms;
    const atomic_int *cancel; /* the request's, or NULL                 */
    char err[512];
};

/* Called when no stage will use ws->scratch again in this document: a
 * scratch larger than what lede_doc_clear keeps becomes the arena's current
 * chunk, for the later stages' arrays. */
void lede_scratch_done(lede_workspace *ws);

/* Clears the document and buffers but keeps the arena (which may hold the
 * decoded request); lede_analyze starts with it. */
void lede_doc_clear(lede_workspace *ws);

/* Records a detail message and returns st, for `return lede_fail(...)`. */
lede_status lede_fail(lede_workspace *ws, lede_status st, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* LEDE_ERR_DEADLINE once the request's deadline has passed, else LEDE_OK.
 * Stages call it between sentences so a slow document cannot hang a worker. */
lede_status lede_check_deadline(lede_workspace *ws);
int64_t lede_now_ms(void);

#endif
