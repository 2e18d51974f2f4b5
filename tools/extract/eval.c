/*
 * eval.c - extraction evaluation driver (owner: ingest).  Reads a corpus
 * JSON Lines file with "id" and "html" per line, runs the HTML ingest stage
 * alone (no model), and writes {"id", "text"} lines for score.py.  Reports
 * the extraction speed (MB of HTML per CPU second, one core) on stderr.
 * Build and run with tools/extract/run.sh.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "stages.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts); /* CPU time: the machine is shared */
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s CORPUS.jsonl PRED.jsonl [ID-SUBSTRING]\n", argv[0]);
        return 2;
    }
    FILE *in = fopen(argv[1], "rb"), *out = fopen(argv[2], "wb");
    if (!in || !out) {
        perror("open");
        return 2;
    }
    const char *only = argc > 3 ? argv[3] : NULL;
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    char *line = NULL;
    size_t cap = 0, docs = 0, bytes = 0, errors = 0;
    double spent = 0;
    ssize_t k;
    while ((k = getline(&line, &cap, in)) > 0) {
        json_error_t err;
        json_t *o = json_loadb(line, (size_t)k, 0, &err);
        if (!o) {
            fprintf(stderr, "bad line: %s\n", err.text);
            continue;
        }
        const char *id = json_string_value(json_object_get(o, "id"));
        json_t *h = json_object_get(o, "html");
        if (!id || !json_is_string(h) || (only && !strstr(id, only))) {
            json_decref(o);
            continue;
        }
        lede_workspace_reset(ws);
        double t0 = now();
        lede_status st = lede_ingest_html(ws, json_string_value(h), json_string_length(h));
        spent += now() - t0;
        docs++;
        bytes += json_string_length(h);
        json_t *res = json_object();
        json_object_set_new(res, "id", json_string(id));
        if (st == LEDE_OK) {
            json_object_set_new(res, "text", json_stringn(ws->doc.text, ws->doc.len));
            if (only) {
                fprintf(stderr, "title: %.*s\nbyline: %.*s\npublished: %.*s\n", (int)ws->doc.title.n,
                        ws->doc.title.p, (int)ws->doc.byline.n, ws->doc.byline.p,
                        (int)ws->doc.published_at.n, ws->doc.published_at.p);
            }
        } else {
            errors++;
            fprintf(stderr, "%s: %s: %s\n", id, lede_status_code(st), lede_workspace_error(ws));
            json_object_set_new(res, "text", json_string(""));
        }
        char *s = json_dumps(res, JSON_COMPACT);
        fprintf(out, "%s\n", s);
        free(s);
        json_decref(res);
        json_decref(o);
    }
    fprintf(stderr, "%zu docs, %zu errors, %.1f MB in %.3f s: %.1f MB/s\n", docs, errors, bytes / 1e6, spent,
            spent > 0 ? bytes / 1e6 / spent : 0.0);
    free(line);
    lede_workspace_free(ws);
    fclose(in);
    fclose(out);
    return 0;
}
