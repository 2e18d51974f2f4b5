/* test_workspace.c - the workspace's memory: blocks (malloc below
 * LEDE_BLK_BIG, 2 MB aligned mappings from it up), growable arrays and
 * buffers across that size, the arena's chunks and what a reset
 * keeps, the tagger's scratch handed to the arena, and what a clear keeps
 * of a huge document's arrays. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "workspace.h"

static void fill(unsigned char *p, size_t n, unsigned seed)
{
    for (size_t i = 0; i < n; i++)
        p[i] = (unsigned char)(i * 31 + seed);
}

static bool filled(const unsigned char *p, size_t n, unsigned seed)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != (unsigned char)(i * 31 + seed))
            return false;
    return true;
}

/* Small and big blocks are usable to their last byte; a big one is 2 MB
 * aligned; growing keeps the old bytes on every path (malloc to malloc,
 * malloc to mapping, within the mapping's last page, mremap to a larger
 * mapping). */
static void blocks_grow_and_keep(void **state)
{
    (void)state;
    static const size_t sizes[] = {1, 4096, LEDE_BLK_BIG - 1, LEDE_BLK_BIG, LEDE_BLK_BIG + 1,
                                   3 * LEDE_BLK_BIG + 5, 4 * LEDE_BLK_BIG, 5 * LEDE_BLK_BIG};
    size_t ns = sizeof sizes / sizeof *sizes;
    for (size_t i = 0; i < ns; i++)
        for (size_t j = i; j < ns; j++) {
            unsigned char *p = lede_blk_alloc(sizes[i]);
            assert_non_null(p);
            if (sizes[i] >= LEDE_BLK_BIG)
                assert_int_equal((uintptr_t)p % LEDE_BLK_BIG, 0);
            fill(p, sizes[i], (unsigned)(i + j));
            unsigned char *q = lede_blk_grow(p, sizes[i], sizes[j]);
            assert_non_null(q);
            assert_true(filled(q, sizes[i], (unsigned)(i + j)));
            q[sizes[j] - 1] = 7; /* the whole new size is writable */
            /* within the mapping's last 2 MB page: not moved */
            if (sizes[i] >= LEDE_BLK_BIG && (sizes[j] - 1) / LEDE_BLK_BIG == (sizes[i] - 1) / LEDE_BLK_BIG)
                assert_ptr_equal(q, p);
            lede_blk_free(q, sizes[j]);
        }
    lede_blk_free(NULL, LEDE_BLK_BIG);
    lede_blk_free(NULL, 1);
}

/* A growable array keeps its slots as it grows past LEDE_BLK_BIG bytes
 * (malloc, then a mapping, then larger mappings), and the cap holds. */
static void vector_grows_across_blocks(void **state)
{
    (void)state;
    LEDE_VEC(uint64_t) vec = {NULL, 0, 0};
    size_t n = 3 * LEDE_BLK_BIG / sizeof(uint64_t) + 17;
    for (size_t k = 0; k < n; k++) {
        uint64_t *x = LEDE_PUSH(vec, n);
        assert_non_null(x);
        assert_true(*x == 0);
        *x = k * 2654435761u;
    }
    assert_null(LEDE_PUSH(vec, n));
    assert_true(vec.cap * sizeof(uint64_t) >= LEDE_BLK_BIG);
    for (size_t k = 0; k < n; k++)
        assert_true(vec.v[k] == k * 2654435761u);
    lede_blk_free(vec.v, vec.cap * sizeof(uint64_t));
}

/* A buffer keeps its bytes as it grows past LEDE_BLK_BIG, to its cap. */
static void buffer_grows_across_blocks(void **state)
{
    (void)state;
    size_t max = 3 * LEDE_BLK_BIG + 100;
    lede_buf b = {.max = max};
    char piece[1000];
    for (size_t i = 0; i < sizeof piece; i++)
        piece[i] = (char)('a' + i % 26);
    while (!b.failed)
        lede_buf_put(&b, piece, sizeof piece);
    assert_true(b.n <= max && b.n + sizeof piece > max);
    for (size_t i = 0; i < b.n; i++)
        if (b.p[i] != piece[i % sizeof piece])
            fail();
    lede_blk_free(b.p, b.cap);
}

/* Arena allocations of every size are disjoint and keep their bytes; the
 * space after a large allocation in its mapped chunk serves the next
 * ones; a reset keeps the small chunks' capacity as one chunk (the next
 * document of that size allocates nothing), never a mapped one, and no
 * more than a small block's worth. */
static void arena_chunks(void **state)
{
    (void)state;
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    assert_non_null(ws);
    static const size_t sizes[] = {10, 70000, LEDE_BLK_BIG + 3, 5, 100000, 3 * LEDE_BLK_BIG, 1, 64 * 1024};
    size_t ns = sizeof sizes / sizeof *sizes;
    for (int round = 0; round < 3; round++) {
        unsigned char *p[sizeof sizes / sizeof *sizes];
        for (size_t i = 0; i < ns; i++) {
            p[i] = lede_arena_alloc(&ws->arena, sizes[i]);
            assert_non_null(p[i]);
            assert_int_equal((uintptr_t)p[i] % 16, 0);
            fill(p[i], sizes[i], (unsigned)i);
        }
        for (size_t i = 0; i < ns; i++)
            assert_true(filled(p[i], sizes[i], (unsigned)i));
        /* the 5 bytes went into the rest of the big allocation's chunk */
        assert_true(p[3] >= p[2] + sizes[2] && p[3] < p[2] + 2 * LEDE_BLK_BIG);
        /* after the first reset, the 10 and 70,000 bytes share the kept chunk */
        if (round > 0)
            assert_ptr_equal(p[1], p[0] + 16);
        lede_workspace_reset(ws);
        /* kept: the first 64 KB chunk grown by the 70,000-byte one, nothing mapped */
        assert_int_equal(ws->arena.used_total, 64 * 1024 + 70000);
    }
    lede_workspace_free(ws);
    /* a document that used more small chunks than a small block holds
     * keeps only its first */
    ws = lede_workspace_new(NULL, NULL);
    for (int i = 0; i < 40; i++) /* one 64 KB chunk each: 2.6 MB */
        assert_non_null(lede_arena_alloc(&ws->arena, 60000));
    lede_workspace_reset(ws);
    assert_int_equal(ws->arena.used_total, 64 * 1024);
    lede_workspace_free(ws);
    /* a workspace whose first allocation is large keeps nothing of it */
    ws = lede_workspace_new(NULL, NULL);
    assert_non_null(lede_arena_alloc(&ws->arena, 2 * LEDE_BLK_BIG));
    lede_workspace_reset(ws);
    assert_null(ws->arena.head);
    assert_int_equal(ws->arena.used_total, 0);
    lede_workspace_free(ws);
}

/* A scratch larger than what a clear keeps becomes the arena's chunk: the
 * next arena allocations come from its memory; a smaller one stays. */
static void scratch_goes_to_arena(void **state)
{
    (void)state;
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    assert_non_null(ws);
    static char piece[1 << 16];
    while (ws->scratch.n < (size_t)8 << 20)
        lede_buf_put(&ws->scratch, piece, sizeof piece);
    char *small = ws->scratch.p;
    lede_scratch_done(ws); /* 16 MB or less: kept */
    assert_ptr_equal(ws->scratch.p, small);
    while (ws->scratch.n < (size_t)17 << 20)
        lede_buf_put(&ws->scratch, piece, sizeof piece);
    assert_false(ws->scratch.failed);
    char *p = ws->scratch.p;
    size_t cap = ws->scratch.cap;
    size_t total = ws->arena.used_total;
    lede_scratch_done(ws);
    assert_null(ws->scratch.p);
    assert_int_equal(ws->scratch.cap, 0);
    assert_int_equal(ws->arena.used_total, total);
    char *x = lede_arena_alloc(&ws->arena, cap / 2);
    char *y = lede_arena_alloc(&ws->arena, cap / 4);
    assert_true(x > p && x < p + 64);
    assert_true(y >= x + cap / 2 && y + cap / 4 <= p + cap);
    memset(x, 1, cap / 2);
    memset(y, 2, cap / 4);
    lede_workspace_reset(ws); /* frees it: a mapped chunk is never kept */
    assert_null(ws->arena.head);
    lede_workspace_free(ws);
}

/* A clear keeps an ordinary document's arrays and buffers (warm requests
 * do not allocate) and returns those over 8 MB, and a scratch over 16 MB. */
static void clear_trims_huge_arrays(void **state)
{
    (void)state;
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    assert_non_null(ws);
    lede_doc *d = &ws->doc;
    for (int round = 0; round < 2; round++) {
        size_t ntok = (size_t)(9 << 20) / sizeof(lede_token); /* over 8 MB */
        for (size_t i = 0; i < ntok; i++)
            assert_non_null(LEDE_PUSH(d->toks, 0));
        for (size_t i = 0; i < 1000; i++) /* 1000 mentions: kept */
            assert_non_null(LEDE_PUSH(d->mentions, 0));
        static char piece[1 << 16];
        while (ws->out.n <= (size_t)8 << 20)
            lede_buf_put(&ws->out, piece, sizeof piece);
        lede_buf_put(&ws->text, piece, sizeof piece);
        while (ws->scratch.n < (size_t)12 << 20)
            lede_buf_put(&ws->scratch, piece, sizeof piece); /* 16 MB capacity: kept */
        void *mentions = d->mentions.v, *text = ws->text.p, *scratch = ws->scratch.p;
        size_t mcap = d->mentions.cap;
        lede_doc_clear(ws);
        assert_null(d->toks.v);
        assert_int_equal(d->toks.cap, 0);
        assert_null(ws->out.p);
        assert_int_equal(ws->out.cap, 0);
        assert_ptr_equal(d->mentions.v, mentions);
        assert_int_equal(d->mentions.cap, mcap);
        assert_int_equal(d->mentions.n, 0);
        assert_ptr_equal(ws->text.p, text);
        assert_int_equal(ws->text.n, 0);
        assert_ptr_equal(ws->scratch.p, scratch);
        while (ws->scratch.n <= (size_t)16 << 20)
            lede_buf_put(&ws->scratch, piece, sizeof piece);
        lede_doc_clear(ws);
        assert_null(ws->scratch.p);
        /* what stays works for the next document */
        lede_buf_put(&ws->out, "ok", 2);
        assert_string_equal(ws->out.p, "ok");
        lede_doc_clear(ws);
    }
    lede_workspace_free(ws);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(blocks_grow_and_keep),
        cmocka_unit_test(vector_grows_across_blocks),
        cmocka_unit_test(buffer_grows_across_blocks),
        cmocka_unit_test(arena_chunks),
        cmocka_unit_test(scratch_goes_to_arena),
        cmocka_unit_test(clear_trims_huge_arrays),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
