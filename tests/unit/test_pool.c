/* test_pool.c - the server's worker pool (server/pool.c): inline analyses
 * and queued jobs share the workers' workspaces, so no more than `workers`
 * analyses ever run at once; a queued job is never overtaken by an inline
 * one; a closed pool lends nothing. */
#include <setjmp.h>
#include <stdarg.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>

#include "pool.h"

static lede_model *model;

static atomic_int running, most_running, runs, dones;

static void pause_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

static void note_start(void)
{
    int now = atomic_fetch_add(&running, 1) + 1;
    int seen = atomic_load(&most_running);
    while (now > seen && !atomic_compare_exchange_weak(&most_running, &seen, now))
        ;
}

static void job_run(void *job, lede_workspace *ws)
{
    (void)job;
    assert_non_null(ws);
    note_start();
    pause_ms(2);
    atomic_fetch_sub(&running, 1);
    atomic_fetch_add(&runs, 1);
}

static void job_done(void *job) { (void)job; atomic_fetch_add(&dones, 1); }

static bool wait_dones(int want)
{
    for (int i = 0; i < 5000 && atomic_load(&dones) < want; i++)
        pause_ms(1);
    return atomic_load(&dones) >= want;
}

static lede_srv_pool *pool(unsigned workers, unsigned queue)
{
    atomic_store(&running, 0);
    atomic_store(&most_running, 0);
    atomic_store(&runs, 0);
    atomic_store(&dones, 0);
    lede_limits lim = lede_limits_default();
    char err[128];
    lede_srv_pool *p = lede_srv_pool_new(model, &lim, workers, queue, job_run, job_done, err, sizeof err);
    assert_non_null(p);
    return p;
}

/* Each inline analysis holds one of the workers' workspaces. */
static void inline_uses_the_workspaces(void **state)
{
    (void)state;
    lede_srv_pool *p = pool(2, 1);
    lede_workspace *a = lede_srv_pool_inline_begin(p), *b = lede_srv_pool_inline_begin(p);
    assert_non_null(a);
    assert_non_null(b);
    assert_ptr_not_equal(a, b);
    assert_null(lede_srv_pool_inline_begin(p));
    lede_srv_pool_stats st = lede_srv_pool_stats_now(p);
    assert_int_equal(st.busy, 2);
    lede_srv_pool_inline_end(p, a);
    lede_srv_pool_inline_end(p, b);
    assert_int_equal(lede_srv_pool_stats_now(p).busy, 0);
    lede_srv_pool_free(p);
}

/* A job queued while every workspace is lent waits for one, and no inline
 * analysis may start ahead of it. */
static void queued_job_waits_and_goes_first(void **state)
{
    (void)state;
    lede_srv_pool *p = pool(1, 2);
    lede_workspace *ws = lede_srv_pool_inline_begin(p);
    assert_non_null(ws);
    assert_int_equal(lede_srv_pool_reserve(p), LEDE_POOL_OK);
    int job = 1;
    lede_srv_pool_push(p, &job);
    pause_ms(50);
    assert_int_equal(atomic_load(&runs), 0); /* no workspace: not run */
    assert_int_equal(lede_srv_pool_stats_now(p).waiting, 1);
    lede_srv_pool_inline_end(p, ws);
    assert_true(wait_dones(1));
    assert_int_equal(atomic_load(&runs), 1);
    ws = lede_srv_pool_inline_begin(p);
    assert_non_null(ws);
    lede_srv_pool_inline_end(p, ws);
    lede_srv_pool_free(p);
}

/* Queue places count inline analyses as busy workers. */
static void inline_counts_against_capacity(void **state)
{
    (void)state;
    lede_srv_pool *p = pool(1, 1);
    lede_workspace *ws = lede_srv_pool_inline_begin(p);
    assert_int_equal(lede_srv_pool_reserve(p), LEDE_POOL_OK); /* the one queue place */
    assert_int_equal(lede_srv_pool_reserve(p), LEDE_POOL_FULL);
    int job = 1;
    lede_srv_pool_push(p, &job);
    lede_srv_pool_inline_end(p, ws);
    assert_true(wait_dones(1));
    lede_srv_pool_close(p);
    assert_null(lede_srv_pool_inline_begin(p));
    assert_int_equal(lede_srv_pool_reserve(p), LEDE_POOL_CLOSED);
    lede_srv_pool_free(p);
}

/* Threads mixing inline runs and queued jobs never run more analyses at
 * once than there are workers. */
enum { MIXERS = 4, ROUNDS = 60 };
static lede_srv_pool *mixed;
static atomic_int pushed;

static void *mixer(void *arg)
{
    (void)arg;
    static int job;
    for (int i = 0; i < ROUNDS; i++) {
        lede_workspace *ws = lede_srv_pool_inline_begin(mixed);
        if (ws) {
            note_start();
            pause_ms(1);
            atomic_fetch_sub(&running, 1);
            lede_srv_pool_inline_end(mixed, ws);
        } else if (lede_srv_pool_reserve(mixed) == LEDE_POOL_OK) {
            lede_srv_pool_push(mixed, &job);
            atomic_fetch_add(&pushed, 1);
        }
    }
    return NULL;
}

static void never_more_than_workers(void **state)
{
    (void)state;
    mixed = pool(2, 8);
    atomic_store(&pushed, 0);
    pthread_t t[MIXERS];
    for (int i = 0; i < MIXERS; i++)
        assert_int_equal(pthread_create(&t[i], NULL, mixer, NULL), 0);
    for (int i = 0; i < MIXERS; i++)
        pthread_join(t[i], NULL);
    assert_true(wait_dones(atomic_load(&pushed)));
    assert_true(atomic_load(&most_running) <= 2);
    assert_true(atomic_load(&most_running) >= 1);
    lede_srv_pool_free(mixed);
}

int main(void)
{
    lede_status st;
    char err[256];
    model = lede_model_load(NULL, &st, err, sizeof err);
    if (!model) {
        fprintf(stderr, "test_pool: cannot load the model: %s\n", err);
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(inline_uses_the_workspaces),
        cmocka_unit_test(queued_job_waits_and_goes_first),
        cmocka_unit_test(inline_counts_against_capacity),
        cmocka_unit_test(never_more_than_workers),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    lede_model_free(model);
    return rc;
}
