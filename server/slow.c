/*
 * slow.c - deadlines for clients sending a request, and the sweeper thread
 * that cuts the ones past it (see slow.h).  The list holds every open
 * connection; the sweeper scans it SWEEP_MS apart, which for
 * --max-connections entries is microseconds.
 */
#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <time.h>

#include "http.h"
#include "log.h"
#include "slow.h"

/* How often the sweeper looks for connections past their deadline. */
enum { SWEEP_MS = 250 };

typedef struct node {
    struct node *prev, *next;
    MHD_socket fd;
    int64_t deadline_us;   /* 0: none (request read, being answered) */
} node;

struct lede_srv_slow {
    pthread_mutex_t mu;
    pthread_cond_t cv;     /* CLOCK_MONOTONIC; signalled to stop */
    pthread_t thread;
    bool stop, started;
    node head;             /* circular list sentinel */
    int64_t idle_us, request_us;
};

static node *node_of(struct MHD_Connection *conn)
{
    const union MHD_ConnectionInfo *ci = MHD_get_connection_info(conn, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    return ci ? ci->socket_context : NULL;
}

static void set_deadline(lede_srv_slow *sl, struct MHD_Connection *conn, int64_t in_us)
{
    if (!sl)
        return;
    node *n = node_of(conn);
    if (!n)
        return;
    pthread_mutex_lock(&sl->mu);
    n->deadline_us = in_us ? lede_srv_now_us() + in_us : 0;
    pthread_mutex_unlock(&sl->mu);
}

void lede_srv_slow_request_line(lede_srv_slow *sl, struct MHD_Connection *conn)
{
    if (sl)
        set_deadline(sl, conn, sl->request_us);
}

void lede_srv_slow_request_read(lede_srv_slow *sl, struct MHD_Connection *conn) { set_deadline(sl, conn, 0); }

void lede_srv_slow_request_end(lede_srv_slow *sl, struct MHD_Connection *conn)
{
    if (sl)
        set_deadline(sl, conn, sl->idle_us + sl->request_us);
}

void lede_srv_slow_notify(void *cls, struct MHD_Connection *conn, void **socket_context,
                          enum MHD_ConnectionNotificationCode toe)
{
    lede_srv_slow *sl = cls;
    if (!sl)
        return;
    if (toe == MHD_CONNECTION_NOTIFY_STARTED) {
        const union MHD_ConnectionInfo *ci = MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CONNECTION_FD);
        node *n = ci ? calloc(1, sizeof *n) : NULL;
        *socket_context = n;
        if (!n)
            return; /* untracked: only the idle timeout applies */
        n->fd = ci->connect_fd;
        n->deadline_us = lede_srv_now_us() + sl->idle_us + sl->request_us;
        pthread_mutex_lock(&sl->mu);
        n->next = sl->head.next;
        n->prev = &sl->head;
        sl->head.next->prev = n;
        sl->head.next = n;
        pthread_mutex_unlock(&sl->mu);
    } else if (toe == MHD_CONNECTION_NOTIFY_CLOSED) {
        node *n = *socket_context;
        if (!n)
            return;
        /* unlinked before libmicrohttpd closes the socket, so the sweeper
         * never shuts down a descriptor that was reused */
        pthread_mutex_lock(&sl->mu);
        n->prev->next = n->next;
        n->next->prev = n->prev;
        pthread_mutex_unlock(&sl->mu);
        free(n);
        *socket_context = NULL;
    }
}

static void *sweeper(void *arg)
{
    lede_srv_slow *sl = arg;
    pthread_mutex_lock(&sl->mu);
    while (!sl->stop) {
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        ts.tv_nsec += (long)SWEEP_MS * 1000000L;
        ts.tv_sec += ts.tv_nsec / 1000000000L;
        ts.tv_nsec %= 1000000000L;
        int rc = pthread_cond_timedwait(&sl->cv, &sl->mu, &ts);
        if (sl->stop)
            break;
        if (rc != ETIMEDOUT && rc != 0)
            continue;
        int64_t now = lede_srv_now_us();
        long long cut = 0;
        for (node *n = sl->head.next; n != &sl->head; n = n->next)
            if (n->deadline_us && now > n->deadline_us) {
                shutdown(n->fd, SHUT_RDWR);
                n->deadline_us = 0;
                cut++;
            }
        if (cut) {
            pthread_mutex_unlock(&sl->mu);
            lede_srv_logline l;
            if (lede_srv_log_begin(&l, LEDE_LOG_WARN, "slow clients cut")) {
                lede_srv_log_int(&l, "connections", cut);
                lede_srv_log_int(&l, "request_timeout_s", (long long)(sl->request_us / 1000000));
                lede_srv_log_end(&l);
            }
            pthread_mutex_lock(&sl->mu);
        }
    }
    pthread_mutex_unlock(&sl->mu);
    return NULL;
}

lede_srv_slow *lede_srv_slow_new(unsigned idle_s, unsigned request_s)
{
    if (!request_s)
        return NULL;
    lede_srv_slow *sl = calloc(1, sizeof *sl);
    if (!sl)
        return NULL;
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&sl->cv, &ca);
    pthread_condattr_destroy(&ca);
    pthread_mutex_init(&sl->mu, NULL);
    sl->head.next = sl->head.prev = &sl->head;
    sl->idle_us = (int64_t)idle_s * 1000000;
    sl->request_us = (int64_t)request_s * 1000000;
    if (pthread_create(&sl->thread, NULL, sweeper, sl) != 0) {
        lede_srv_slow_free(sl);
        return NULL;
    }
    sl->started = true;
    return sl;
}

void lede_srv_slow_free(lede_srv_slow *sl)
{
    if (!sl)
        return;
    pthread_mutex_lock(&sl->mu);
    sl->stop = true;
    pthread_cond_signal(&sl->cv);
    pthread_mutex_unlock(&sl->mu);
    if (sl->started)
        pthread_join(sl->thread, NULL);
    /* connections MHD_stop_daemon did not report closed */
    for (node *n = sl->head.next, *next; n != &sl->head; n = next) {
        next = n->next;
        free(n);
    }
    pthread_cond_destroy(&sl->cv);
    pthread_mutex_destroy(&sl->mu);
    free(sl);
}
