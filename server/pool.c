/*
 * pool.c - fixed analysis worker threads over one bounded ring of jobs.
 * One mutex guards the ring and the counters; workers sleep on a condition
 * variable.  Each worker owns its lede_workspace for its whole life, so
 * warm requests reuse the workspace's buffers.  A job's run and done
 * functions are called without the lock held.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pool.h"

typedef struct worker {
    pthread_t thread;
    lede_workspace *ws;
    lede_srv_pool *pool;
    bool started;
} worker;

struct lede_srv_pool {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    void **ring;
    size_t cap, head, count; /* ring: cap = workers + queue places     */
    size_t reserved;         /* places taken, job not pushed yet        */
    size_t busy;             /* jobs running                            */
    bool closed, joined;
    lede_srv_job_fn run;
    lede_srv_job_done_fn done;
    unsigned n_workers;
    worker *workers;
};

static void *worker_main(void *arg)
{
    worker *w = arg;
    lede_srv_pool *p = w->pool;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (p->count == 0 && !(p->closed && p->reserved == 0))
            pthread_cond_wait(&p->cv, &p->mu);
        if (p->count == 0)
            break; /* closed and nothing more can arrive */
        void *job = p->ring[p->head];
        p->head = (p->head + 1) % p->cap;
        p->count--;
        p->busy++;
        pthread_mutex_unlock(&p->mu);
        p->run(job, w->ws);
        pthread_mutex_lock(&p->mu);
        p->busy--;
        pthread_mutex_unlock(&p->mu);
        p->done(job);
        pthread_mutex_lock(&p->mu);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

lede_srv_pool *lede_srv_pool_new(const lede_model *m, const lede_limits *lim, unsigned workers,
                                 unsigned queue, lede_srv_job_fn run, lede_srv_job_done_fn done, char *err,
                                 size_t errlen)
{
    lede_srv_pool *p = calloc(1, sizeof *p);
    if (!p) {
        snprintf(err, errlen, "out of memory creating the worker pool");
        return NULL;
    }
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->cv, NULL);
    p->run = run;
    p->done = done;
    p->cap = (size_t)workers + queue;
    p->ring = calloc(p->cap, sizeof *p->ring);
    p->workers = calloc(workers, sizeof *p->workers);
    if (!p->ring || !p->workers) {
        snprintf(err, errlen, "out of memory creating a queue of %zu places", p->cap);
        lede_srv_pool_free(p);
        return NULL;
    }
    p->n_workers = workers;
    for (unsigned i = 0; i < workers; i++) {
        worker *w = &p->workers[i];
        w->pool = p;
        w->ws = lede_workspace_new(m, lim);
        if (!w->ws) {
            snprintf(err, errlen, "out of memory creating workspace %u", i);
            lede_srv_pool_free(p);
            return NULL;
        }
    }
    for (unsigned i = 0; i < workers; i++) {
        worker *w = &p->workers[i];
        int rc = pthread_create(&w->thread, NULL, worker_main, w);
        if (rc != 0) {
            snprintf(err, errlen, "cannot start worker thread %u: %s", i, strerror(rc));
            lede_srv_pool_free(p);
            return NULL;
        }
        w->started = true;
    }
    return p;
}

lede_srv_pool_admit lede_srv_pool_reserve(lede_srv_pool *p)
{
    lede_srv_pool_admit a = LEDE_POOL_OK;
    pthread_mutex_lock(&p->mu);
    if (p->closed)
        a = LEDE_POOL_CLOSED;
    else if (p->reserved + p->count + p->busy >= p->cap)
        a = LEDE_POOL_FULL;
    else
        p->reserved++;
    pthread_mutex_unlock(&p->mu);
    return a;
}

void lede_srv_pool_push(lede_srv_pool *p, void *job)
{
    pthread_mutex_lock(&p->mu);
    /* reserve() kept reserved + count + busy <= cap, so the ring has room */
    p->ring[(p->head + p->count) % p->cap] = job;
    p->count++;
    p->reserved--;
    pthread_cond_signal(&p->cv);
    pthread_mutex_unlock(&p->mu);
}

lede_srv_pool_stats lede_srv_pool_stats_now(lede_srv_pool *p)
{
    lede_srv_pool_stats s;
    pthread_mutex_lock(&p->mu);
    s.waiting = p->count;
    s.busy = p->busy;
    s.workers = p->n_workers;
    s.capacity = p->cap - p->n_workers;
    pthread_mutex_unlock(&p->mu);
    return s;
}

void lede_srv_pool_close(lede_srv_pool *p)
{
    pthread_mutex_lock(&p->mu);
    p->closed = true;
    bool join = !p->joined;
    p->joined = true;
    pthread_cond_broadcast(&p->cv);
    pthread_mutex_unlock(&p->mu);
    if (!join)
        return;
    for (unsigned i = 0; i < p->n_workers; i++)
        if (p->workers[i].started)
            pthread_join(p->workers[i].thread, NULL);
}

void lede_srv_pool_free(lede_srv_pool *p)
{
    if (!p)
        return;
    lede_srv_pool_close(p);
    for (unsigned i = 0; p->workers && i < p->n_workers; i++)
        lede_workspace_free(p->workers[i].ws);
    free(p->workers);
    free(p->ring);
    pthread_cond_destroy(&p->cv);
    pthread_mutex_destroy(&p->mu);
    free(p);
}
