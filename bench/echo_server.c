/*
 * echo_server.c - the HTTP floor for bench/: a trivial libmicrohttpd server
 * that answers every POST with its body, so lede-server's HTTP cost can be
 * read as a ratio to what libmicrohttpd alone costs in the same run.
 *
 *   echo_server [--port P] [--workers N] [--mode handoff|pool]
 *
 * --mode handoff (default) copies lede-server's threading: one epoll polling
 *   thread; a complete body is suspended and queued to N worker threads,
 *   the worker builds the answer and resumes the connection, and the next
 *   callback queues the response.
 * --mode pool: libmicrohttpd's own epoll thread pool of N threads answering
 *   inline (the "HTTP floor" configuration).
 * In both, answers are queued on the handler's second call at the earliest
 * (with 0.9.75 an answer on the first call drops keep-alive).  Prints
 * "listening on PORT" once ready; stops on SIGINT/SIGTERM.
 * Owner: performance (issue 8).
 */
#include <microhttpd.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { ECHO_MAX_BODY = 16 << 20, ECHO_QUEUE = 4096 };

typedef struct request {
    char *body;
    size_t len, cap;
    bool queued;
    bool done;              /* set by the worker before it resumes us */
    bool too_large;
    struct MHD_Connection *conn;
} request;

/* A bounded ring of suspended requests, guarded by one mutex. */
static struct {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    request *ring[ECHO_QUEUE];
    size_t head, n;
    bool stop;
} q = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, {0}, 0, 0, false};

static bool push(request *r)
{
    pthread_mutex_lock(&q.mu);
    bool ok = q.n < ECHO_QUEUE;
    if (ok) {
        q.ring[(q.head + q.n++) % ECHO_QUEUE] = r;
        pthread_cond_signal(&q.cv);
    }
    pthread_mutex_unlock(&q.mu);
    return ok;
}

static void *worker(void *arg)
{
    (void)arg;
    for (;;) {
        pthread_mutex_lock(&q.mu);
        while (!q.n && !q.stop)
            pthread_cond_wait(&q.cv, &q.mu);
        if (!q.n) {
            pthread_mutex_unlock(&q.mu);
            return NULL;
        }
        request *r = q.ring[q.head];
        q.head = (q.head + 1) % ECHO_QUEUE;
        q.n--;
        pthread_mutex_unlock(&q.mu);
        /* the "work": nothing but the answer itself, which is the body */
        r->done = true;
        MHD_resume_connection(r->conn);
    }
}

static enum MHD_Result answer(struct MHD_Connection *c, request *r)
{
    static const char too_large[] = "{\"status\":413}";
    struct MHD_Response *resp =
        r->too_large ? MHD_create_response_from_buffer(sizeof too_large - 1, (void *)too_large,
                                                       MHD_RESPMEM_PERSISTENT)
                     : MHD_create_response_from_buffer(r->len, r->body ? r->body : (char *)"",
                                                       MHD_RESPMEM_MUST_COPY);
    if (!resp)
        return MHD_NO;
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, "application/json");
    enum MHD_Result ret = MHD_queue_response(c, r->too_large ? 413 : MHD_HTTP_OK, resp);
    MHD_destroy_response(resp);
    return ret;
}

static bool handoff;

static enum MHD_Result handler(void *cls, struct MHD_Connection *c, const char *url, const char *method,
                               const char *version, const char *upload, size_t *upload_size, void **con_cls)
{
    (void)cls, (void)url, (void)method, (void)version;
    request *r = *con_cls;
    if (!r) {
        r = calloc(1, sizeof *r);
        if (!r)
            return MHD_NO;
        r->conn = c;
        *con_cls = r;
        return MHD_YES;
    }
    if (*upload_size) {
        size_t n = *upload_size;
        *upload_size = 0;
        if (r->too_large || r->len + n > ECHO_MAX_BODY) {
            r->too_large = true;
            return MHD_YES;
        }
        if (r->len + n > r->cap) {
            size_t cap = r->cap ? r->cap : 8192;
            while (cap < r->len + n)
                cap *= 2;
            char *p = realloc(r->body, cap);
            if (!p)
                return MHD_NO;
            r->body = p;
            r->cap = cap;
        }
        memcpy(r->body + r->len, upload, n);
        r->len += n;
        return MHD_YES;
    }
    if (handoff && !r->done) {
        if (r->queued)
            return MHD_YES;
        r->queued = true;
        MHD_suspend_connection(c); /* before the push: the worker's resume must follow it */
        if (!push(r)) {
            r->done = true;
            MHD_resume_connection(c);
        }
        return MHD_YES;
    }
    return answer(c, r);
}

static void completed(void *cls, struct MHD_Connection *c, void **con_cls, enum MHD_RequestTerminationCode toe)
{
    (void)cls, (void)c, (void)toe;
    request *r = *con_cls;
    if (r) {
        free(r->body);
        free(r);
        *con_cls = NULL;
    }
}

int main(int argc, char **argv)
{
    unsigned port = 0, workers = 1;
    handoff = true;
    for (int i = 1; i < argc; i++) {
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(argv[i], "--port") == 0 && v) { port = (unsigned)atoi(v); i++; }
        else if (strcmp(argv[i], "--workers") == 0 && v) { workers = (unsigned)atoi(v); i++; }
        else if (strcmp(argv[i], "--mode") == 0 && v) { handoff = strcmp(v, "pool") != 0; i++; }
        else {
            fprintf(stderr, "usage: echo_server [--port P] [--workers N] [--mode handoff|pool]\n");
            return 2;
        }
    }
    if (workers < 1 || workers > 256)
        workers = 1;
    /* signals go to sigwait() below, not to libmicrohttpd's threads */
    sigset_t sigs;
    sigemptyset(&sigs);
    sigaddset(&sigs, SIGINT);
    sigaddset(&sigs, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &sigs, NULL);

    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_ITC;
    if (handoff)
        flags |= MHD_ALLOW_SUSPEND_RESUME;
    struct MHD_Daemon *d = MHD_start_daemon(
        flags, (uint16_t)port, NULL, NULL, handler, NULL, MHD_OPTION_NOTIFY_COMPLETED, completed, NULL,
        MHD_OPTION_THREAD_POOL_SIZE, handoff ? 1u : workers, MHD_OPTION_CONNECTION_LIMIT, 1024u,
        MHD_OPTION_CONNECTION_TIMEOUT, 30u, MHD_OPTION_END);
    if (!d) {
        fprintf(stderr, "echo_server: cannot start on port %u\n", port);
        return 1;
    }
    pthread_t th[256];
    unsigned started = 0;
    if (handoff)
        for (; started < workers; started++)
            if (pthread_create(&th[started], NULL, worker, NULL) != 0)
                break;
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
    printf("listening on %u\n", info ? (unsigned)info->port : port);
    fflush(stdout);
    int sig;
    sigwait(&sigs, &sig);
    /* stop accepting, let the workers resume what they hold, then stop */
    MHD_quiesce_daemon(d);
    pthread_mutex_lock(&q.mu);
    q.stop = true;
    pthread_cond_broadcast(&q.cv);
    pthread_mutex_unlock(&q.mu);
    for (unsigned i = 0; i < started; i++)
        pthread_join(th[i], NULL);
    MHD_stop_daemon(d);
    return 0;
}
