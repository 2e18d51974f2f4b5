/* test_pool.c - the server's worker pool (server/pool.c): a place is
 * reserved before a job is pushed, workers + queue places at most; each
 * worker runs one job at a time with its own workspace; closing refuses new
 * places and finishes every job already reserved or queued. */
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

static lede_workspace *seen_ws[64];
static atomic_int n_seen;

static void job_run(void *job, lede_workspace *ws)
{
    (void)job;
    assert_non_null(ws);
    int k = atomic_fetch_add(&n_seen, 1);
    if (k < 64)
        seen_ws[k] = ws;
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
    atomic_store(&n_seen, 0);
    lede_limits lim = lede_limits_default();
    char err[128];
    lede_srv_pool *p = lede_srv_pool_new(model, &lim, workers, queue, job_run, job_done, err, sizeof err);
    assert_non_null(p);
    return p;
}

static int jobs[64];

/* workers + queue places, then FULL; a place comes back once its job ends. */
static void places_are_bounded(void **state)
{
    (void)state;
    lede_srv_pool *p = pool(1, 2);
    for (int i = 0; i < 3; i++)
        assert_int_equal(lede_srv_pool_reserve(p), LEDE_POOL_OK);
    assert_int_equal(lede_srv_pool_reserve(p), LEDE_POOL_FULL);
    lede_srv_pool_stats st = lede_srv_pool_stats_now(p);
    assert_int_equal(st.workers, 1);
    assert_int_equal(st.capacity, 2);
    for (int i = 0; i < 3; i++)
        lede_srv_pool_push(p, &jobs[i]);
    assert_true(wait_dones(3));
    assert_int_equal(atomic_load(&runs), 3);
    st = lede_srv_pool_stats_now(p);
    assert_int_equal(st.busy + st.waiting, 0);
    assert_int_equal(lede_srv_pool_reserve(p), LEDE_POOL_OK);
    lede_srv_pool_push(p, &jobs[0]);
    assert_true(wait_dones(4));
    lede_srv_pool_free(p);
}

/* Never more jobs at once than workers, and every worker has a workspace
 * of its own (two jobs at once never share one). */
static void workers_run_alone(void **state)
{
    (void)state;
    lede_srv_pool *p = pool(3, 60);
    for (int i = 0; i < 60; i++) {
        assert_int_equal(lede_srv_pool_reserve(p), LEDE_POOL_OK);
        lede_srv_pool_push(p, &jobs[i]);
    }
    assert_true(wait_dones(60));
    assert_true(atomic_load(&most_running) <= 3);
    assert_true(atomic_load(&most_running) >= 2); /* 60 jobs of 2 ms overlapped somewhere */
    int distinct = 0;
    for (int i = 0; i < 60; i++) {
        bool fresh = true;
        for (int j = 0; j < i && fresh; j++)
            fresh = seen_ws[j] != seen_ws[i];
        distinct += fresh;
    }
    assert_true(distinct >= 2 && distinct <= 3);
    lede_srv_pool_free(p);
}

static void *close_pool(void *p)
{
    lede_srv_pool_close(p);
    return NULL;
}

/* Closing refuses new places but runs every job already reserved. */
static void close_finishes_reserved_jobs(void **state)
{
    (void)state;
    lede_srv_pool *p = pool(1, 4);
    for (int i = 0; i < 4; i++)
        assert_int_equal(lede_srv_pool_reserve(p), LEDE_POOL_OK);
    for (int i = 0; i < 3; i++)
        lede_srv_pool_push(p, &jobs[i]);
    /* one place reserved and not pushed yet: close must wait for it */
    pthread_t t;
    assert_int_equal(pthread_create(&t, NULL, close_pool, p), 0);
    pause_ms(20);
    assert_int_equal(lede_srv_pool_reserve(p), LEDE_POOL_CLOSED);
    lede_srv_pool_push(p, &jobs[3]);
    pthread_join(t, NULL);
    assert_int_equal(atomic_load(&runs), 4);
    assert_int_equal(atomic_load(&dones), 4);
    lede_srv_pool_free(p);
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
        cmocka_unit_test(places_are_bounded),
        cmocka_unit_test(workers_run_alone),
        cmocka_unit_test(close_finishes_reserved_jobs),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    lede_model_free(model);
    return rc;
}
