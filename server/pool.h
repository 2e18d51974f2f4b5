/*
 * pool.h - the analysis worker pool: N threads, each owning one
 * lede_workspace, fed from one bounded queue.  The HTTP thread reserves a
 * place first (so a full queue is known before the connection is
 * suspended), then pushes the job.  All functions are thread-safe.
 */
#ifndef LEDE_SRV_POOL_H
#define LEDE_SRV_POOL_H

#include <stdbool.h>
#include <stddef.h>

#include "lede/lede.h"

typedef struct lede_srv_pool lede_srv_pool;

/* Runs one job on a worker thread with that worker's workspace. */
typedef void (*lede_srv_job_fn)(void *job, lede_workspace *ws);
/* Hands a finished job back, after its place in the pool is free again, so
 * a client answered from here can send its next request without finding
 * its own job still counted. */
typedef void (*lede_srv_job_done_fn)(void *job);

typedef enum { LEDE_POOL_OK, LEDE_POOL_FULL, LEDE_POOL_CLOSED } lede_srv_pool_admit;

/* Starts `workers` threads; at most workers + queue jobs are pending
 * (running or waiting) at once.  NULL on failure, with a message in err. */
lede_srv_pool *lede_srv_pool_new(const lede_model *m, const lede_limits *lim, unsigned workers,
                                 unsigned queue, lede_srv_job_fn run, lede_srv_job_done_fn done, char *err,
                                 size_t errlen);

/* Takes a place for one job, or says why there is none. */
lede_srv_pool_admit lede_srv_pool_reserve(lede_srv_pool *p);
/* Queues a job into a place taken by lede_srv_pool_reserve(); never fails. */
void lede_srv_pool_push(lede_srv_pool *p, void *job);

typedef struct lede_srv_pool_stats {
    size_t waiting, busy, workers, capacity;
} lede_srv_pool_stats;
lede_srv_pool_stats lede_srv_pool_stats_now(lede_srv_pool *p);

/* Refuses new reservations, lets the workers finish every job already
 * reserved or queued, and joins them. */
void lede_srv_pool_close(lede_srv_pool *p);
/* Closes (if not yet) and frees the workspaces. */
void lede_srv_pool_free(lede_srv_pool *p);

#endif
