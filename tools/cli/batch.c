/*
 * batch.c - `lede batch`.  Reads JSON Lines documents, analyses them with
 * --jobs worker threads (each with its own workspace; the model is shared
 * read-only), and writes one line per input line in input order.  A bad line
 * yields {"id", "error": {problem}} and the batch goes on.  Progress goes to
 * stderr when stderr is a terminal.
 */
#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "batch.h"

enum { CHUNK_LINES = 64 };

typedef struct line {
    char *in;
    size_t in_len;
    size_t lineno;
    char *out;
    size_t out_len;
    bool failed;
} line;

typedef struct job {
    const cli_opts *o;
    lede_workspace *ws;
    line *lines;
    size_t n, first, stride;
} job;

static void json_escape(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c < 0x20)
            fprintf(f, "\\u%04x", c);
        else
            fputc(c, f);
    }
    fputc('"', f);
}

/* Builds the error line with open_memstream (POSIX 2008). */
static void error_line(line *l, lede_workspace *ws, lede_status st, const lede_request *req)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f)
        return;
    fputs("{\"id\":", f);
    if (req && req->id.n) {
        char *id = strndup(req->id.p, req->id.n);
        json_escape(f, id ? id : "");
        free(id);
    } else {
        fputs("null", f);
    }
    fprintf(f, ",\"line\":%zu,\"error\":{\"type\":\"https://lede.dev/problems/%s\",\"title\":", l->lineno,
            lede_status_code(st));
    json_escape(f, lede_status_title(st));
    fprintf(f, ",\"status\":%d,\"detail\":", lede_status_http(st));
    json_escape(f, lede_workspace_error(ws));
    fputs("}}", f);
    fclose(f);
    l->failed = true;
    l->out = buf;
    l->out_len = len;
}

static void process(job *j, line *l)
{
    lede_workspace *ws = j->ws;
    lede_workspace_reset(ws);
    lede_request req;
    lede_status st = lede_request_from_json(ws, l->in, l->in_len, 1, &req);
    const lede_result *res;
    const char *json;
    size_t len;
    if (st == LEDE_OK) {
        if (j->o->offsets_set)
            req.offsets = j->o->offsets;
        if (!req.published_at.n && j->o->published_at)
            req.published_at = (lede_str){j->o->published_at, strlen(j->o->published_at)};
        st = lede_analyze(ws, &req, &res);
    }
    if (st == LEDE_OK)
        st = lede_render(ws, res, j->o->format, &json, &len);
    if (st == LEDE_OK) {
        l->out = malloc(len + 1);
        if (l->out) {
            memcpy(l->out, json, len);
            l->out_len = len;
        }
        return;
    }
    error_line(l, ws, st, &req);
}

static void *run_job(void *arg)
{
    job *j = arg;
    for (size_t i = j->first; i < j->n; i += j->stride)
        process(j, &j->lines[i]);
    return NULL;
}

int lede_cli_batch(lede_model *m, const cli_opts *o, const char *path)
{
    FILE *in = (!path || strcmp(path, "-") == 0) ? stdin : fopen(path, "rb");
    if (!in) {
        fprintf(stderr, "lede: cannot open %s: %s\n", path, strerror(errno));
        return 2;
    }
    int jobs = o->jobs;
    lede_limits lim = lede_limits_default();
    job *js = calloc((size_t)jobs, sizeof *js);
    line *lines = calloc(CHUNK_LINES * (size_t)jobs, sizeof *lines);
    if (!js || !lines)
        return 3;
    for (int k = 0; k < jobs; k++) {
        js[k].ws = lede_workspace_new(m, &lim);
        js[k].o = o;
        if (!js[k].ws)
            return 3;
    }
    bool tty = isatty(2);
    size_t lineno = 0, done = 0, errors = 0;
    char *buf = NULL;
    size_t cap = 0;
    int rc = 0;
    bool eof = false;
    while (!eof) {
        size_t n = 0;
        while (n < CHUNK_LINES * (size_t)jobs) {
            ssize_t k = getline(&buf, &cap, in);
            if (k < 0) {
                eof = true;
                break;
            }
            lineno++;
            size_t len = (size_t)k;
            while (len && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
                len--;
            if (len == 0)
                continue; /* blank lines carry no document */
            line *l = &lines[n++];
            memset(l, 0, sizeof *l);
            l->lineno = lineno;
            if (len > o->max_line) {
                l->in = NULL;
                l->in_len = 0;
            } else {
                l->in = malloc(len);
                if (l->in)
                    memcpy(l->in, buf, len);
                l->in_len = len;
            }
        }
        pthread_t th[256];
        for (int k = 0; k < jobs; k++) {
            js[k].lines = lines;
            js[k].n = n;
            js[k].first = (size_t)k;
            js[k].stride = (size_t)jobs;
        }
        for (int k = 1; k < jobs; k++)
            pthread_create(&th[k], NULL, run_job, &js[k]);
        run_job(&js[0]);
        for (int k = 1; k < jobs; k++)
            pthread_join(th[k], NULL);
        for (size_t i = 0; i < n; i++) {
            line *l = &lines[i];
            if (l->out) {
                fwrite(l->out, 1, l->out_len, stdout);
                errors += l->failed;
            } else {
                fprintf(stdout, "{\"id\":null,\"line\":%zu,\"error\":{\"type\":\"https://lede.dev/problems/%s\","
                                "\"status\":%d,\"detail\":\"line is longer than --max-line or memory ran out\"}}",
                        l->lineno, lede_status_code(LEDE_ERR_TOO_LARGE), lede_status_http(LEDE_ERR_TOO_LARGE));
                errors++;
            }
            fputc('\n', stdout);
            free(l->in);
            free(l->out);
            done++;
        }
        if (tty)
            fprintf(stderr, "\rlede: %zu documents, %zu errors", done, errors);
    }
    if (tty)
        fputc('\n', stderr);
    if (fflush(stdout) != 0)
        rc = 1;
    free(buf);
    for (int k = 0; k < jobs; k++)
        lede_workspace_free(js[k].ws);
    free(js);
    free(lines);
    if (in != stdin)
        fclose(in);
    return rc;
}
