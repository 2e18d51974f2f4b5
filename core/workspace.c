/*
 * workspace.c - per-thread scratch: arena, capped buffers, growable arrays,
 * error details and deadlines.  A workspace is used by one thread at a time;
 * reset keeps the capacity of ordinary documents so warm requests do not
 * allocate, and returns what a huge one took.
 */
#define _GNU_SOURCE /* mremap */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#include "workspace.h"

/* ---- blocks ---------------------------------------------------------------
 * A block of LEDE_BLK_BIG bytes or more (the per-token arrays of a long
 * document) is its own mapping, 2 MB aligned and advised MADV_HUGEPAGE, and
 * goes back to the kernel when freed.  In 4 KB pages a 4 MB document touched
 * ~230 MB of fresh memory in ~56k page faults at ~7 us each (a third of its
 * time) and missed the TLB on every array; in 2 MB pages it takes a few
 * hundred faults.  The advice is only a hint: where THP is off, the block
 * works in 4 KB pages as before.  Whether a block is mapped follows from its
 * size alone, so callers give the size back. */
#define BLK_PAGE LEDE_BLK_BIG

static size_t blk_len(size_t n) { return (n + BLK_PAGE - 1) & ~(BLK_PAGE - 1); }

void *lede_blk_alloc(size_t n)
{
    if (n < LEDE_BLK_BIG)
        return malloc(n);
    size_t len = blk_len(n);
    if (len < n || len + BLK_PAGE < len)
        return NULL;
    /* one page more than needed, then the unaligned ends are unmapped */
    char *raw = mmap(NULL, len + BLK_PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED)
        return NULL;
    char *p = (char *)(((uintptr_t)raw + BLK_PAGE - 1) & ~(uintptr_t)(BLK_PAGE - 1));
    if (p > raw)
        munmap(raw, (size_t)(p - raw));
    if (raw + BLK_PAGE > p)
        munmap(p + len, (size_t)(raw + BLK_PAGE - p));
#ifdef MADV_HUGEPAGE
    madvise(p, len, MADV_HUGEPAGE);
#endif
    return p;
}

void lede_blk_free(void *p, size_t n)
{
    if (!p)
        return;
    if (n < LEDE_BLK_BIG)
        free(p);
    else
        munmap(p, blk_len(n));
}

void *lede_blk_grow(void *p, size_t old, size_t n)
{
    if (n < LEDE_BLK_BIG)
        return realloc(p, n);
    if (p && old >= LEDE_BLK_BIG && blk_len(n) == blk_len(old))
        return p;
#ifdef MREMAP_MAYMOVE
    if (p && old >= LEDE_BLK_BIG) {
        /* the kernel moves the pages instead of a copy touching fresh ones
         * (the new place is 2 MB aligned in practice, and keeps the advice;
         * nothing here depends on it) */
        void *q = mremap(p, blk_len(old), blk_len(n), MREMAP_MAYMOVE);
        return q == MAP_FAILED ? NULL : q;
    }
#endif
    void *q = lede_blk_alloc(n);
    if (!q)
        return NULL;
    if (p) {
        memcpy(q, p, old);
        lede_blk_free(p, old);
    }
    return q;
}

struct lede_arena_chunk {
    lede_arena_chunk *next;
    size_t used, size;
    max_align_t data[];
};

enum { ARENA_CHUNK = 64 * 1024 };
/* arena capacity a reset keeps, in one chunk; below LEDE_BLK_BIG, so the
 * kept chunk is never a mapping a long document asked for */
#define ARENA_KEEP ((size_t)1 << 20)
_Static_assert(ARENA_KEEP + 64 < LEDE_BLK_BIG, "the kept arena chunk is a small block");
/* arena bytes a document may use per token, beyond 8 per text byte; the
 * events stage alone takes about 130 (tests/http/test_hostile.py sends
 * 3.9 MB bodies of one-letter words) */
enum { ARENA_PER_TOKEN = 256 };
/* scratch capacity kept across documents; larger buffers are returned */
#define SCRATCH_KEEP ((size_t)16 << 20)
/* a scratch lede_scratch_done hands to the arena is then a mapped block */
_Static_assert(SCRATCH_KEEP >= LEDE_BLK_BIG, "SCRATCH_KEEP below the mapped-block size");
/* the same for each of the document's arrays and the text and output
 * buffers (a 1 MB document's tokens take 8 MB) */
#define ARRAY_KEEP ((size_t)8 << 20)

void *lede_arena_alloc(lede_arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    lede_arena_chunk *c = a->head;
    if (c && c->size - c->used >= n) {
        void *p = (char *)c->data + c->used;
        c->used += n;
        return p;
    }
    size_t size = n > ARENA_CHUNK ? n : ARENA_CHUNK;
    if (a->max_total && a->used_total + size > a->max_total)
        return NULL;
    /* a mapped chunk takes the rest of its last 2 MB page, where the next
     * allocations go (the cap counts what was asked) */
    size_t bytes = sizeof(*c) + size;
    if (bytes >= LEDE_BLK_BIG)
        bytes = blk_len(bytes);
    c = lede_blk_alloc(bytes);
    if (!c)
        return NULL;
    c->size = bytes - sizeof(*c);
    c->used = n;
    c->next = a->head;
    a->head = c;
    a->used_total += size;
    return c->data;
}

char *lede_arena_strndup(lede_arena *a, const char *s, size_t n)
{
    char *p = lede_arena_alloc(a, n + 1);
    if (p) {
        memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

static void chunk_free(lede_arena_chunk *c) { lede_blk_free(c, sizeof(*c) + c->size); }

void lede_scratch_done(lede_workspace *ws)
{
    lede_buf *b = &ws->scratch;
    if (b->cap <= SCRATCH_KEEP)
        return;
    /* the arena's next chunk: its pages are touched already, so the later
     * stages' arrays reuse them instead of faulting in fresh ones; the cap
     * counts what the arena asked for, not this */
    lede_arena_chunk *c = (lede_arena_chunk *)(void *)b->p;
    c->size = blk_len(b->cap) - sizeof(*c);
    c->used = 0;
    c->next = ws->arena.head;
    ws->arena.head = c;
    b->p = NULL;
    b->n = b->cap = 0;
}

/* Keep the oldest chunk (the tail), unless it is a mapped block (a long
 * document's first allocation), free the rest.  When the document also
 * used other small chunks, the kept one grows to their total (up to
 * ARENA_KEEP), so the next document of that size allocates nothing: a news
 * story takes about three 64 KB chunks beyond the first, and getting and
 * returning them for every document was malloc's and the kernel's work
 * (heap trims, fresh pages). */
static void arena_reset(lede_arena *a)
{
    lede_arena_chunk *c = a->head, *keep = NULL;
    size_t small = 0; /* capacity of the small chunks */
    while (c) {
        lede_arena_chunk *next = c->next;
        bool mapped = sizeof(*c) + c->size >= LEDE_BLK_BIG;
        small += mapped ? 0 : c->size;
        if (!next && !mapped)
            keep = c;
        else
            chunk_free(c);
        c = next;
    }
    if (keep && small > keep->size && small <= ARENA_KEEP) {
        lede_arena_chunk *g = lede_blk_alloc(sizeof(*g) + small);
        if (g) { /* else the old one stays */
            chunk_free(keep);
            keep = g;
            keep->size = small;
            keep->next = NULL;
        }
    }
    a->head = keep;
    a->used_total = keep ? keep->size : 0;
    if (keep)
        keep->used = 0;
}

static void arena_fini(lede_arena *a)
{
    for (lede_arena_chunk *c = a->head, *n; c; c = n) {
        n = c->next;
        chunk_free(c);
    }
    a->head = NULL;
}

static bool buf_reserve(lede_buf *b, size_t extra)
{
    if (b->failed)
        return false;
    /* the cap holds whatever capacity doubling left behind */
    if (b->max && b->n + extra > b->max) {
        b->failed = true;
        return false;
    }
    if (b->n + extra + 1 <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->n + extra + 1)
        cap *= 2;
    char *p = lede_blk_grow(b->p, b->cap, cap);
    if (!p) {
        b->failed = true;
        return false;
    }
    b->p = p;
    b->cap = cap;
    return true;
}

void lede_buf_put(lede_buf *b, const char *s, size_t n)
{
    if (!buf_reserve(b, n))
        return;
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
}

void lede_buf_putc(lede_buf *b, char c) { lede_buf_put(b, &c, 1); }

void lede_buf_puts(lede_buf *b, const char *s) { lede_buf_put(b, s, strlen(s)); }

void lede_buf_printf(lede_buf *b, const char *fmt, ...)
{
    char tmp[256];
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (k < 0)
        return;
    if ((size_t)k < sizeof tmp) {
        lede_buf_put(b, tmp, (size_t)k);
        return;
    }
    if (!buf_reserve(b, (size_t)k))
        return;
    va_start(ap, fmt);
    vsnprintf(b->p + b->n, (size_t)k + 1, fmt, ap);
    va_end(ap);
    b->n += (size_t)k;
}

static void buf_reset(lede_buf *b)
{
    b->n = 0;
    b->failed = false;
    if (b->p)
        b->p[0] = '\0';
}

void *lede_vec_push(void **v, size_t *n, size_t *cap, size_t elsize, size_t max)
{
    if (max && *n >= max)
        return NULL;
    if (*n == *cap) {
        size_t ncap = *cap ? *cap * 2 : 64;
        if (max && ncap > max)
            ncap = max;
        void *p = lede_blk_grow(*v, *cap * elsize, ncap * elsize);
        if (!p)
            return NULL;
        *v = p;
        *cap = ncap;
    }
    void *slot = (char *)*v + (*n)++ * elsize;
    memset(slot, 0, elsize);
    return slot;
}

lede_limits lede_limits_default(void)
{
    return (lede_limits){
        .max_text_bytes = 8u << 20,
        .max_tokens = 2000000,
        .max_mentions = 200000,
        .max_quotes = 200000,
        .max_events = 200000,
        .max_json_depth = 64,
        .max_html_depth = 256,
        .max_output_bytes = 256u << 20,
        .max_scratch_bytes = (size_t)768 << 20,
    };
}

lede_workspace *lede_workspace_new(const lede_model *m, const lede_limits *lim)
{
    lede_workspace *ws = calloc(1, sizeof *ws);
    if (!ws)
        return NULL;
    ws->model = m;
    ws->lim = lim ? *lim : lede_limits_default();
    /* the per-token arrays (resolve, quotes, events) dominate: a document
     * within max_tokens must fit, or the caller sees out-of-memory (503,
     * "retry") for a document that can never succeed */
    ws->arena.max_total = ws->lim.max_text_bytes * 8 + ws->lim.max_tokens * ARENA_PER_TOKEN + (64u << 20);
    ws->text.max = ws->lim.max_text_bytes;
    ws->out.max = ws->lim.max_output_bytes;
    ws->scratch.max = ws->lim.max_scratch_bytes;
    return ws;
}

#define VEC_FREE(vec) lede_blk_free((vec).v, (vec).cap * sizeof(*(vec).v))
#define VEC_CLEAR(vec) ((vec).n = 0)
/* a huge document's arrays go back to the kernel, not pinned for the
 * worker's life */
#define VEC_TRIM(vec)                                   \
    do {                                                \
        if ((vec).cap * sizeof(*(vec).v) > ARRAY_KEEP) { \
            VEC_FREE(vec);                              \
            (vec).v = NULL;                             \
            (vec).cap = 0;                              \
        }                                               \
    } while (0)
#define DOC_VECS(X) \
    X(d->norm); X(d->paras); X(d->sents); X(d->toks); X(d->mentions); X(d->entities); \
    X(d->timexes); X(d->quotes); X(d->events); X(d->event_mentions); X(d->participants)

static void buf_trim(lede_buf *b, size_t keep)
{
    if (b->cap > keep) {
        lede_blk_free(b->p, b->cap);
        b->p = NULL;
        b->cap = 0;
    }
}

void lede_doc_clear(lede_workspace *ws)
{
    lede_doc *d = &ws->doc;
    DOC_VECS(VEC_CLEAR);
    DOC_VECS(VEC_TRIM);
    lede_doc keep = *d;
    memset(d, 0, sizeof *d);
    /* restore the arrays' storage, now empty */
    d->norm = keep.norm; d->paras = keep.paras; d->sents = keep.sents; d->toks = keep.toks;
    d->mentions = keep.mentions; d->entities = keep.entities; d->timexes = keep.timexes;
    d->quotes = keep.quotes; d->events = keep.events; d->event_mentions = keep.event_mentions;
    d->participants = keep.participants;
    /* one huge document must not pin its lattice, text or output for the
     * worker's life */
    buf_trim(&ws->text, ARRAY_KEEP);
    buf_trim(&ws->out, ARRAY_KEEP);
    buf_trim(&ws->scratch, SCRATCH_KEEP);
    buf_reset(&ws->text);
    buf_reset(&ws->out);
    buf_reset(&ws->scratch);
    ws->deadline_ms = 0;
    ws->cancel = NULL;
    ws->err[0] = '\0';
}

void lede_workspace_reset(lede_workspace *ws)
{
    if (!ws)
        return;
    lede_doc_clear(ws);
    arena_reset(&ws->arena);
    lede_request_init(&ws->req);
}

void lede_workspace_free(lede_workspace *ws)
{
    if (!ws)
        return;
    lede_doc *d = &ws->doc;
    DOC_VECS(VEC_FREE);
    arena_fini(&ws->arena);
    lede_blk_free(ws->text.p, ws->text.cap);
    lede_blk_free(ws->out.p, ws->out.cap);
    lede_blk_free(ws->scratch.p, ws->scratch.cap);
    free(ws);
}

const char *lede_workspace_error(const lede_workspace *ws) { return ws ? ws->err : ""; }

lede_status lede_fail(lede_workspace *ws, lede_status st, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(ws->err, sizeof ws->err, fmt, ap);
    va_end(ap);
    return st;
}

int64_t lede_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

lede_status lede_check_deadline(lede_workspace *ws)
{
    if (ws->cancel && atomic_load_explicit(ws->cancel, memory_order_relaxed))
        return lede_fail(ws, LEDE_ERR_DRAINING, "the server is shutting down and stopped this analysis; "
                                                "retry on another instance");
    if (ws->deadline_ms && lede_now_ms() > ws->deadline_ms)
        return lede_fail(ws, LEDE_ERR_DEADLINE,
                         "analysis took longer than the request deadline; send a shorter document "
                         "or raise the server's deadline setting");
    return LEDE_OK;
}

void lede_request_init(lede_request *r)
{
    memset(r, 0, sizeof *r);
    r->input = LEDE_INPUT_TEXT;
    r->features = LEDE_FEATURE_ALL;
    r->offsets = LEDE_OFFSETS_CODEPOINT;
}
