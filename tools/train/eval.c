/*
 * eval.c - scores a written model at run time on annotated documents,
 * counting typed exact spans as score.py does: the tagger alone (segment,
 * ner) or the whole pipeline (lede_analyze, which adds boilerplate, timex,
 * numex and resolve, all of which can change what is reported); and
 * `lede-train bench`, which times lede_ner_run alone on pre-segmented
 * documents (tokens per second on one core).  Owner: the NER tagger.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "stages.h"
#include "train.h"

double prf_f1(const prf *p)
{
    double pr = p->tp + p->fp ? (double)p->tp / (double)(p->tp + p->fp) : 0;
    double re = p->tp + p->fn ? (double)p->tp / (double)(p->tp + p->fn) : 0;
    return pr + re > 0 ? 2 * pr * re / (pr + re) : 0;
}

static int coarse(uint8_t t)
{
    switch (t) {
    case LEDE_ET_PERSON: return LEDE_TG_PER;
    case LEDE_ET_ORG: return LEDE_TG_ORG;
    case LEDE_ET_LOC: return LEDE_TG_LOC;
    case LEDE_ET_NORP: case LEDE_ET_EVENT: case LEDE_ET_WORK: case LEDE_ET_LAW:
    case LEDE_ET_PRODUCT: case LEDE_ET_MISC: return LEDE_TG_MISC;
    default: return -1;
    }
}

static lede_model *open_model(const char *data_dir, const char *model_path)
{
    lede_model *m = calloc(1, sizeof *m);
    char err[512];
    if (!m)
        return NULL;
    snprintf(m->name, sizeof m->name, "lede-train");
    snprintf(m->data_dir, sizeof m->data_dir, "%s", data_dir);
    m->lex = lede_lexicon_load(data_dir, err, sizeof err);
    if (m->lex)
        m->tagger = lede_tagger_load(model_path, err, sizeof err);
    if (!m->lex || !m->tagger) {
        fprintf(stderr, "lede-train: %s\n", err);
        lede_model_free(m);
        return NULL;
    }
    return m;
}

bool eval_runtime(const char *data_dir, const char *model_path, corpus *c, prf *all, prf *by_type, bool verbose,
                  bool pipeline)
{
    lede_model *m = open_model(data_dir, model_path);
    if (!m)
        return false;
    lede_workspace *ws = lede_workspace_new(m, NULL);
    memset(all, 0, sizeof *all);
    memset(by_type, 0, LEDE_TG_NTYPES * sizeof *by_type);
    for (size_t di = 0; di < c->n; di++) {
        tdoc *d = &c->d[di];
        lede_workspace_reset(ws);
        lede_status st;
        if (pipeline) {
            lede_request req;
            lede_request_init(&req);
            req.body = (lede_str){d->text, d->len};
            req.features = LEDE_FEATURE_ENTITIES;
            const lede_result *res;
            st = lede_analyze(ws, &req, &res);
        } else {
            lede_doc_clear(ws);
            ws->doc.text = d->text;
            ws->doc.len = d->len;
            ws->doc.text_is_input = true;
            st = lede_segment(ws);
            if (st == LEDE_OK)
                st = lede_ner_run(ws);
        }
        if (st != LEDE_OK) {
            fprintf(stderr, "lede-train: %s: %s\n", d->id, lede_workspace_error(ws));
            continue;
        }
        const lede_doc *od = &ws->doc;
        bool *used = calloc(d->n_spans + 1, 1);
        for (size_t k = 0; k < od->mentions.n; k++) {
            const lede_mention *mm = &od->mentions.v[k];
            int t = coarse(mm->type);
            if (t < 0 || mm->kind == LEDE_MK_PRONOUN || mm->kind == LEDE_MK_NOMINAL)
                continue;
            bool hit = false;
            for (size_t g = 0; g < d->n_spans && !hit; g++)
                if (!used[g] && d->spans[g].start == mm->start && d->spans[g].end == mm->end &&
                    d->spans[g].type == t)
                    hit = used[g] = true;
            if (hit) {
                all->tp++;
                by_type[t].tp++;
            } else {
                all->fp++;
                by_type[t].fp++;
                if (verbose)
                    printf("FP %s %s '%.*s'\n", d->id, lede_etype_name((lede_etype)mm->type),
                           (int)(mm->end - mm->start), od->text + mm->start);
            }
        }
        for (size_t g = 0; g < d->n_spans; g++)
            if (!used[g]) {
                all->fn++;
                by_type[d->spans[g].type].fn++;
                if (verbose)
                    printf("FN %s %d '%.*s'\n", d->id, d->spans[g].type,
                           (int)(d->spans[g].end - d->spans[g].start), d->text + d->spans[g].start);
            }
        free(used);
    }
    lede_workspace_free(ws);
    lede_model_free(m);
    return true;
}

/* Thread CPU time: the machine is shared, so wall time would count other
 * people's jobs. */
static double cpu_sec(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* lede-train bench --data-dir DIR --text FILE[@PREFIX] [--rounds N] */
int cmd_bench(int argc, char **argv)
{
    const char *data_dir = "data", *text = NULL;
    int rounds = 3;
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "--data-dir") && i + 1 < argc)
            data_dir = argv[++i];
        else if (!strcmp(argv[i], "--text") && i + 1 < argc)
            text = argv[++i];
        else if (!strcmp(argv[i], "--rounds") && i + 1 < argc)
            rounds = atoi(argv[++i]);
        else {
            fprintf(stderr, "lede-train bench: unknown option %s\n", argv[i]);
            return 2;
        }
    }
    if (!text) {
        fprintf(stderr, "lede-train bench: --text FILE[@PREFIX] is required\n");
        return 2;
    }
    char path[2048], model_path[2100];
    snprintf(path, sizeof path, "%s", text);
    char *at = strchr(path, '@');
    if (at)
        *at++ = '\0';
    snprintf(model_path, sizeof model_path, "%s/ner.model", data_dir);
    lede_model *m = open_model(data_dir, model_path);
    if (!m)
        return 1;
    lede_workspace *ws = lede_workspace_new(m, NULL);
    corpus c = {0};
    if (!corpus_load(&c, ws, path, at, false))
        return 1;
    double best = 0;
    size_t tokens = 0, mentions = 0;
    for (int r = 0; r < rounds; r++) {
        double t_ner = 0;
        tokens = mentions = 0;
        for (size_t i = 0; i < c.n; i++) {
            lede_workspace_reset(ws);
            lede_doc_clear(ws);
            ws->doc.text = c.d[i].text;
            ws->doc.len = c.d[i].len;
            ws->doc.text_is_input = true;
            if (lede_segment(ws) != LEDE_OK)
                continue;
            double t0 = cpu_sec();
            lede_status st = lede_ner_run(ws);
            t_ner += cpu_sec() - t0;
            if (st != LEDE_OK)
                continue;
            tokens += ws->doc.toks.n;
            mentions += ws->doc.mentions.n;
        }
        double rate = (double)tokens / t_ner;
        if (rate > best)
            best = rate;
        printf("round %d: %zu docs, %zu tokens, %zu mentions, %.3f s CPU in lede_ner_run: %.0f tokens/s\n", r + 1, c.n,
               tokens, mentions, t_ner, rate);
    }
    printf("best: %.0f tokens/s on one core (MITIE reports ~54,000 words/s, spaCy large ~10,000 words/s)\n",
           best);
    corpus_free(&c);
    lede_workspace_free(ws);
    lede_model_free(m);
    return 0;
}
