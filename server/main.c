/*
 * main.c - lede-server: reads the settings, loads the model once, starts
 * the worker pool and the HTTP daemon, then waits for SIGTERM or SIGINT.
 *
 * Shutdown: the first signal sets `draining` (readyz and new analyses get
 * 503), stops listening, and waits until every request in flight has been
 * answered or drain-timeout-ms has passed; then the pool finishes its jobs,
 * the daemon stops and the process exits 0.  A second signal cuts the wait
 * short.  Signals are blocked in every thread and taken here with
 * sigtimedwait(), so no handler runs in a random thread.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "config.h"
#include "http.h"
#include "log.h"
#include "metrics.h"
#include "pool.h"

/* How often the drain loop looks at the in-flight count. */
enum { DRAIN_POLL_MS = 20 };
/* After the pool stops, the longest wait for the HTTP thread to write the
 * answers of the analyses that just ended (503s of cancelled ones among
 * them) before the daemon closes every connection. */
enum { FLUSH_GRACE_MS = 2000 };

static int wait_signal(const sigset_t *set, long timeout_ms)
{
    struct timespec ts = {timeout_ms / 1000, (timeout_ms % 1000) * 1000000L};
    for (;;) {
        int sig = timeout_ms < 0 ? sigwaitinfo(set, NULL) : sigtimedwait(set, NULL, &ts);
        if (sig >= 0)
            return sig;
        if (errno == EAGAIN)
            return 0;
        if (errno != EINTR)
            return -1;
    }
}

static void log_model(const lede_model *m, int64_t us)
{
    lede_srv_logline l;
    if (!lede_srv_log_begin(&l, LEDE_LOG_INFO, "model loaded"))
        return;
    lede_srv_log_str(&l, "name", lede_model_name(m));
    lede_srv_log_str(&l, "version", lede_model_version(m));
    lede_srv_log_int(&l, "features", (long long)lede_model_features(m));
    lede_srv_log_int(&l, "lexicon_entries", (long long)lede_model_lexicon_entries(m));
    lede_srv_log_ms(&l, "load_ms", us);
    lede_srv_log_end(&l);
}

/* Waits up to ms for the in-flight count to reach zero. */
static void flush_answers(long ms)
{
    int64_t until = lede_srv_now_us() + (int64_t)ms * 1000;
    struct timespec poll = {0, DRAIN_POLL_MS * 1000000L};
    while (lede_srv_metrics_in_flight_now() > 0 && lede_srv_now_us() < until)
        nanosleep(&poll, NULL);
}

/* Waits for the in-flight count to reach zero, the drain timeout, or a
 * second signal. */
static void drain(const lede_srv_config *cfg, const sigset_t *set)
{
    int64_t until = lede_srv_now_us() + (int64_t)cfg->drain_timeout_ms * 1000;
    while (lede_srv_metrics_in_flight_now() > 0) {
        if (lede_srv_now_us() >= until) {
            lede_srv_logline l;
            if (lede_srv_log_begin(&l, LEDE_LOG_WARN, "drain timeout; closing remaining connections")) {
                lede_srv_log_int(&l, "in_flight", lede_srv_metrics_in_flight_now());
                lede_srv_log_end(&l);
            }
            return;
        }
        int sig = wait_signal(set, DRAIN_POLL_MS);
        if (sig > 0) {
            lede_srv_log_msg(LEDE_LOG_WARN, "second signal; stopping without waiting for clients", NULL);
            return;
        }
    }
}

int main(int argc, char **argv)
{
    lede_srv_config cfg;
    int rc = lede_srv_config_load(&cfg, argc, argv);
    if (rc != 0)
        return rc > 0 ? 0 : 2;
    lede_srv_log_set_level(cfg.log_level);
    lede_srv_metrics_start();
    lede_srv_config_log(&cfg);

    /* before any thread exists, so every thread inherits the mask */
    signal(SIGPIPE, SIG_IGN);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_BLOCK, &set, NULL);

    char err[512];
    lede_status st;
    int64_t t0 = lede_srv_now_us();
    lede_model *model = lede_model_load(cfg.data_dir[0] ? cfg.data_dir : NULL, &st, err, sizeof err);
    if (!model) {
        lede_srv_log_msg(LEDE_LOG_ERROR, "cannot load the model", err);
        return 1;
    }
    log_model(model, lede_srv_now_us() - t0);

    static lede_srv srv; /* static: its atomics start zeroed */
    srv.cfg = &cfg;
    srv.model = model;
    srv.limits = lede_limits_default();
    srv.pool = lede_srv_pool_new(model, &srv.limits, cfg.workers, cfg.queue, lede_srv_job_run, lede_srv_job_done,
                                 err, sizeof err);
    if (!srv.pool) {
        lede_srv_log_msg(LEDE_LOG_ERROR, "cannot start the workers", err);
        lede_model_free(model);
        return 1;
    }
    if (lede_srv_endpoints_init(&srv, err, sizeof err) != 0 || lede_srv_http_start(&srv, err, sizeof err) != 0) {
        lede_srv_log_msg(LEDE_LOG_ERROR, "cannot start the HTTP server", err);
        lede_srv_pool_free(srv.pool);
        lede_srv_endpoints_fini(&srv);
        lede_model_free(model);
        return 1;
    }
    lede_srv_logline l;
    lede_srv_log_begin_lifecycle(&l, "listening");
    lede_srv_log_str(&l, "bind", cfg.bind);
    lede_srv_log_int(&l, "port", srv.port);
    lede_srv_log_int(&l, "workers", cfg.workers);
    lede_srv_log_end(&l);

    int sig = wait_signal(&set, -1);
    atomic_store(&srv.draining, true);
    lede_srv_log_begin_lifecycle(&l, "draining");
    lede_srv_log_str(&l, "signal", sig == SIGINT ? "SIGINT" : sig == SIGTERM ? "SIGTERM" : "error");
    lede_srv_log_int(&l, "in_flight", lede_srv_metrics_in_flight_now());
    lede_srv_log_end(&l);
    lede_srv_http_quiesce(&srv);
    drain(&cfg, &set);
    /* past the drain timeout, analyses still running stop at their next
     * deadline check (503 draining) instead of holding the shutdown */
    atomic_store(&srv.cancel, 1);
    /* every analysis that was handed over finishes and resumes its
     * connection before the daemon may stop */
    lede_srv_pool_close(srv.pool);
    flush_answers(FLUSH_GRACE_MS);
    lede_srv_http_stop(&srv);
    lede_srv_pool_free(srv.pool);
    lede_srv_endpoints_fini(&srv);
    lede_model_free(model);
    lede_srv_log_begin_lifecycle(&l, "stopped");
    lede_srv_log_end(&l);
    return 0;
}
