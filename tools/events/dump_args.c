/*
 * dump_args.c - the argument classifier trainer's feature dump: runs the
 * analyser on a corpus (JSON lines with "id" and "text") and prints, for every
 * event trigger and candidate phrase, the features the service would score.
 * Built and run by tools/events/train_args.py against a build's liblede_core.a
 * (it uses core/ internals).  Owned by the events engineer.
 *     dump_args DATA_DIR < corpus.jsonl > candidates.jsonl
 * Output lines: {"id":..., "t":[start,end], "c":[start,end], "r":slot, "f":[...]} (byte offsets).
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "event_int.h"
#include "stages.h"

typedef struct dump_ctx { const char *id; } dump_ctx;

static void emit(void *arg, const lede_evctx *c, uint32_t trig, int32_t chunk, const char *const *feats, size_t nf)
{
    const dump_ctx *x = arg;
    const lede_doc *d = c->d;
    const lede_evtrigger *g = &c->trigs[trig];
    const lede_evchunk *k = &c->chunks[chunk];
    json_t *o = json_object(), *f = json_array();
    json_object_set_new(o, "id", json_string(x->id));
    json_object_set_new(o, "t", json_pack("[ii]", (int)d->toks.v[g->tok].start, (int)d->toks.v[g->tok_end - 1].end));
    json_object_set_new(o, "c", json_pack("[ii]", (int)d->toks.v[k->b].start, (int)d->toks.v[k->e - 1].end));
    json_object_set_new(o, "r", json_integer(c->slot_of[chunk]));
    for (size_t i = 0; i < nf; i++)
        json_array_append_new(f, json_string(feats[i]));
    json_object_set_new(o, "f", f);
    char *s = json_dumps(o, JSON_COMPACT);
    if (s)
        puts(s);
    free(s);
    json_decref(o);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: dump_args DATA_DIR < corpus.jsonl\n");
        return 2;
    }
    lede_status st;
    char err[512];
    lede_model *m = lede_model_load(argv[1], &st, err, sizeof err);
    if (!m) {
        fprintf(stderr, "dump_args: %s\n", err);
        return 1;
    }
    lede_workspace *ws = lede_workspace_new(m, NULL);
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, stdin)) > 0) {
        json_error_t je;
        json_t *doc = json_loadb(line, (size_t)n, 0, &je);
        const char *id = doc ? json_string_value(json_object_get(doc, "id")) : NULL;
        const char *text = doc ? json_string_value(json_object_get(doc, "text")) : NULL;
        if (!id || !text) {
            json_decref(doc);
            continue;
        }
        lede_workspace_reset(ws);
        lede_request r;
        lede_request_init(&r);
        r.body = (lede_str){text, strlen(text)};
        const lede_result *res;
        if (lede_analyze(ws, &r, &res) == LEDE_OK) {
            dump_ctx x = {id};
            lede_evctx c = {.ws = ws, .d = &ws->doc, .em = m->events, .dump = emit, .dump_arg = &x};
            if (lede_ev_words(&c) == LEDE_OK && lede_ev_triggers(&c) == LEDE_OK)
                lede_ev_args(&c);
        }
        json_decref(doc);
    }
    free(line);
    lede_workspace_free(ws);
    lede_model_free(m);
    return 0;
}
