/* test_model_mem.c - the model's memory (core/model_mem.c): tables below
 * LEDE_MM_SMALL are their own blocks, larger ones share 2 MB-aligned
 * mappings first fit; every table is zeroed, aligned and usable to its
 * last byte; fini frees all; the loaded model's parts use it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "model.h"
#include "model_mem.h"
#include "tagger.h"
#include "workspace.h"

static bool zeroed(const unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i])
            return false;
    return true;
}

/* Which mapping (its 2 MB-aligned start) holds p. */
static uintptr_t page_of(const void *p) { return (uintptr_t)p & ~(uintptr_t)(LEDE_BLK_BIG - 1); }

static void small_and_big_tables(void **state)
{
    (void)state;
    lede_mm mm = {0};
    unsigned char *s = lede_mm_alloc(&mm, 100);
    assert_non_null(s);
    assert_int_equal((uintptr_t)s % 16, 0);
    assert_true(zeroed(s, 100));
    assert_int_equal(lede_mm_mapped(&mm), 0); /* small: no mapping */
    memset(s, 0xAB, 100);

    /* a 1 MB table opens a 2 MB mapping; a second fits in what is left */
    size_t mb = (size_t)1 << 20;
    unsigned char *a = lede_mm_alloc(&mm, mb);
    assert_non_null(a);
    assert_int_equal((uintptr_t)a % 64, 0);
    assert_int_equal(lede_mm_mapped(&mm), LEDE_BLK_BIG);
    assert_true(zeroed(a, mb));
    memset(a, 0xCD, mb);
    unsigned char *b = lede_mm_alloc(&mm, mb / 2 + 3);
    assert_non_null(b);
    assert_int_equal((uintptr_t)b % 64, 0);
    assert_int_equal(lede_mm_mapped(&mm), LEDE_BLK_BIG);
    assert_int_equal(page_of(a), page_of(b));
    assert_true(b >= a + mb); /* no overlap */
    assert_true(zeroed(b, mb / 2 + 3));

    /* one that does not fit opens a new mapping; a later small-enough one
     * still goes to the room left in the first */
    unsigned char *c = lede_mm_alloc(&mm, mb);
    assert_non_null(c);
    assert_int_equal(lede_mm_mapped(&mm), 2 * LEDE_BLK_BIG);
    assert_true(page_of(c) != page_of(a));
    unsigned char *d = lede_mm_alloc(&mm, 300 << 10);
    assert_non_null(d);
    assert_int_equal(lede_mm_mapped(&mm), 2 * LEDE_BLK_BIG);
    memset(c, 1, mb);
    memset(d, 2, 300 << 10);

    /* larger than a mapping: its own, rounded up to whole 2 MB pages */
    unsigned char *e = lede_mm_alloc(&mm, 2 * LEDE_BLK_BIG + 1);
    assert_non_null(e);
    assert_int_equal(lede_mm_mapped(&mm), 5 * LEDE_BLK_BIG);
    e[2 * LEDE_BLK_BIG] = 7;

    /* everything written kept its bytes */
    for (size_t i = 0; i < 100; i++)
        assert_int_equal(s[i], 0xAB);
    for (size_t i = 0; i < mb; i += 4093)
        assert_int_equal(a[i], 0xCD);

    assert_null(lede_mm_alloc(&mm, SIZE_MAX - 100)); /* refused, not wrapped */
    lede_mm_fini(&mm);
    assert_null(mm.big);
    assert_null(mm.small);
    assert_int_equal(lede_mm_mapped(&mm), 0);
    lede_mm_fini(&mm); /* twice is harmless */
}

/* The loaded tagger's image and dense tables are in its memory: at least
 * the image's size is mapped, in 2 MB units, and the image is the first
 * table of a mapping (right after its 64-byte header, on a 2 MB boundary
 * plus 64), not a file mapping or a heap block. */
static void model_uses_it(void **state)
{
    (void)state;
    lede_status st;
    char err[256];
    lede_model *m = lede_model_load(NULL, &st, err, sizeof err);
    if (!m)
        fail_msg("model: %s", err);
    size_t mapped = lede_mm_mapped(&m->tagger->mem);
    assert_true(mapped >= m->tagger->size);
    assert_int_equal(mapped % LEDE_BLK_BIG, 0);
    assert_int_equal((uintptr_t)m->tagger->h - page_of(m->tagger->h), 64);
    lede_model_free(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(small_and_big_tables),
        cmocka_unit_test(model_uses_it),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
