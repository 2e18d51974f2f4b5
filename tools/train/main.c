/*
 * main.c - lede-train, the tagger's trainer.
 *
 *   lede-train ner --train FILE[@IDPREFIX]... [--dev FILE[@IDPREFIX]...]
 *                  [--clusters data/clusters.tsv] [--data-dir data] [--out data/ner.model]
 *                  [--epochs N] [--folds K] [--seed S] [--max-features N] [--min-weight W]
 *                  [--one-pass] [--full-pass1] [--augment RATE] [--conf-scale S] [--info TEXT] [--errors]
 *   lede-train clusters --text FILE[@IDPREFIX]... --out data/clusters.tsv [--clusters C] [--min-count N]
 *   lede-train eval --dev FILE[@IDPREFIX]... [--data-dir data] [--model PATH] [--errors] [--pipeline]
 *                   [--augment RATE]  (score the case variants of the documents instead)
 *   lede-train bench --text FILE[@IDPREFIX] [--data-dir data] [--rounds N]
 *
 * The lexicon features come from lede_lexicon_load(--data-dir), the same
 * call the service makes, so retrain when the lexicons change.
 * Owner: the NER tagger (issue 3).  Single-threaded.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stages.h"
#include "train.h"

#define MAX_FILES 16

static void usage(void)
{
    fprintf(stderr, "usage: lede-train ner|clusters|eval|bench [options]  (see tools/train/main.c)\n");
}

static bool load_spec(corpus *c, lede_workspace *ws, const char *spec, bool gold)
{
    char path[2048];
    snprintf(path, sizeof path, "%s", spec);
    char *at = strchr(path, '@');
    if (at)
        *at++ = '\0';
    return corpus_load(c, ws, path, at, gold);
}

/* Entity spans of a label sequence, compared as typed exact spans. */
static void label_prf(const tdoc *d, const uint8_t *y, prf *p)
{
    size_t n = d->doc.toks.n;
    size_t ps = 0, gs = 0;
    for (size_t i = 0; i < n; i++) {
        int yl = y[i], gl = d->gold[i];
        int yp = lede_tg_lpos(yl), gp = lede_tg_lpos(gl);
        if (yp == LEDE_TG_B || yp == LEDE_TG_U)
            ps = i;
        if (gp == LEDE_TG_B || gp == LEDE_TG_U)
            gs = i;
        bool pe = yp == LEDE_TG_L || yp == LEDE_TG_U, ge = gp == LEDE_TG_L || gp == LEDE_TG_U;
        if (pe && ge && ps == gs && lede_tg_ltype(yl) == lede_tg_ltype(gl))
            p->tp++;
        else {
            p->fp += pe;
            p->fn += ge;
        }
    }
}

/* Fits the logistic scale of mention confidence on held-out margins. */
static float calibrate(const float *m, const bool *ok, size_t n)
{
    float best = 1, bestnll = INFINITY;
    for (float s = 0.01f; s < 20; s *= 1.15f) {
        double nll = 0;
        for (size_t i = 0; i < n; i++) {
            double p = 1 / (1 + exp(-m[i] * s));
            p = p < 1e-6 ? 1e-6 : p > 1 - 1e-6 ? 1 - 1e-6 : p;
            nll -= ok[i] ? log(p) : log(1 - p);
        }
        if (nll < bestnll) {
            bestnll = nll;
            best = s;
        }
    }
    return best;
}

static void dev_report(const wmap *m, bool lite1, const wmap *m2, corpus *dev, float *conf_scale)
{
    bool two_pass = m2 != NULL;
    prf p1 = {0}, p2 = {0};
    size_t cap = 1024, nm = 0;
    float *marg = malloc(cap * sizeof *marg);
    bool *ok = malloc(cap * sizeof *ok);
    for (size_t i = 0; i < dev->n; i++) {
        tdoc *d = &dev->d[i];
        size_t n = d->doc.toks.n;
        uint8_t *y1 = calloc(n + 1, 1), *y2 = calloc(n + 1, 1);
        float *mg = calloc(n + 1, sizeof *mg);
        perceptron_tag(m, lite1, m2, d, y1, y2, mg);
        uint8_t *y = two_pass ? y2 : y1;
        label_prf(d, y1, &p1);
        if (two_pass)
            label_prf(d, y2, &p2);
        size_t s = 0;
        float mm = 0;
        for (size_t k = 0; k < n; k++) {
            int pos = lede_tg_lpos(y[k]);
            if (pos < 0)
                continue;
            if (pos == LEDE_TG_B || pos == LEDE_TG_U) {
                s = k;
                mm = mg[k];
            } else if (mg[k] < mm) {
                mm = mg[k];
            }
            if (pos != LEDE_TG_L && pos != LEDE_TG_U)
                continue;
            bool right = true;
            for (size_t j = s; j <= k; j++)
                right = right && d->gold[j] == y[j];
            right = right && (k + 1 >= n || lede_tg_lpos(d->gold[k + 1]) != LEDE_TG_I);
            if (nm == cap) {
                cap *= 2;
                marg = realloc(marg, cap * sizeof *marg);
                ok = realloc(ok, cap * sizeof *ok);
            }
            marg[nm] = mm;
            ok[nm++] = right;
        }
        free(y1);
        free(y2);
        free(mg);
    }
    printf("dev (float weights): pass 1 F1 %.4f", prf_f1(&p1));
    if (two_pass)
        printf(", pass 2 F1 %.4f", prf_f1(&p2));
    printf("\n");
    *conf_scale = nm ? calibrate(marg, ok, nm) : 1.0f;
    free(marg);
    free(ok);
}

static void print_eval(const char *what, const prf *all, const prf *bt)
{
    static const char *names[] = {"PER", "ORG", "LOC", "MISC"};
    double p = all->tp + all->fp ? (double)all->tp / (double)(all->tp + all->fp) : 0;
    double r = all->tp + all->fn ? (double)all->tp / (double)(all->tp + all->fn) : 0;
    printf("%s: typed exact P %.4f R %.4f F1 %.4f (tp %zu fp %zu fn %zu)", what, p, r, prf_f1(all), all->tp,
           all->fp, all->fn);
    for (int t = 0; t < LEDE_TG_NTYPES; t++)
        printf("  %s %.4f", names[t], prf_f1(&bt[t]));
    printf("\n");
}

static int cmd_ner(int argc, char **argv)
{
    const char *train[MAX_FILES], *dev[MAX_FILES];
    int ntrain = 0, ndev = 0;
    const char *clusters = NULL, *data_dir = "data", *out = "data/ner.model", *info = "";
    train_opts o = {.epochs = 10, .folds = 5, .seed = 1, .two_pass = true, .lite1 = true};
    write_opts w = {.max_features = 0, .min_weight = 0};
    bool errors = false;
    float conf_scale = 0; /* 0: fit on --dev */
    double augment = 0;   /* > 0: add case variants of the training docs */
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--one-pass")) {
            o.two_pass = false;
            continue;
        }
        if (!strcmp(a, "--full-pass1")) {
            o.lite1 = false;
            continue;
        }
        if (!strcmp(a, "--errors")) {
            errors = true;
            continue;
        }
        if (!v) {
            fprintf(stderr, "lede-train ner: %s needs a value\n", a);
            return 2;
        }
        i++;
        if (!strcmp(a, "--train") && ntrain < MAX_FILES)
            train[ntrain++] = v;
        else if (!strcmp(a, "--dev") && ndev < MAX_FILES)
            dev[ndev++] = v;
        else if (!strcmp(a, "--clusters"))
            clusters = v;
        else if (!strcmp(a, "--data-dir"))
            data_dir = v;
        else if (!strcmp(a, "--out"))
            out = v;
        else if (!strcmp(a, "--epochs"))
            o.epochs = atoi(v);
        else if (!strcmp(a, "--folds"))
            o.folds = atoi(v);
        else if (!strcmp(a, "--seed"))
            o.seed = strtoull(v, NULL, 10);
        else if (!strcmp(a, "--max-features"))
            w.max_features = strtoull(v, NULL, 10);
        else if (!strcmp(a, "--min-weight"))
            w.min_weight = strtof(v, NULL);
        else if (!strcmp(a, "--info"))
            info = v;
        else if (!strcmp(a, "--conf-scale"))
            conf_scale = strtof(v, NULL);
        else if (!strcmp(a, "--augment"))
            augment = strtod(v, NULL);
        else {
            fprintf(stderr, "lede-train ner: unknown option %s\n", a);
            return 2;
        }
    }
    if (!ntrain || o.folds < 2 || o.epochs < 1) {
        usage();
        return 2;
    }
    double t0 = now_sec();
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    corpus tr = {0}, dv = {0};
    for (int i = 0; i < ntrain; i++)
        if (!load_spec(&tr, ws, train[i], true))
            return 1;
    for (int i = 0; i < ndev; i++)
        if (!load_spec(&dv, ws, dev[i], true))
            return 1;
    printf("train: %zu docs, %zu tokens, %zu entities (%zu not on token boundaries)\n", tr.n, tr.tokens,
           tr.entities, tr.misaligned);
    printf("dev: %zu docs, %zu tokens, %zu entities (%zu not on token boundaries)\n", dv.n, dv.tokens,
           dv.entities, dv.misaligned);
    if (augment > 0 && !corpus_augment(&tr, ws, 0, tr.n, augment, o.seed))
        return 1;
    for (size_t i = 0; i < tr.n; i++) {
        /* a case variant shares its source's fold: no leak across folds */
        size_t idl = strcspn(tr.d[i].id, "#");
        tr.d[i].fold = (int)(lede_tg_hash(tr.d[i].id, idl, o.seed) % (uint64_t)o.folds);
    }

    char err[512];
    lede_lexicon *lex = lede_lexicon_load(data_dir, err, sizeof err);
    if (!lex) {
        fprintf(stderr, "lede-train: %s\n", err);
        return 1;
    }
    printf("lexicon: %zu entries from %s\n", lede_lexicon_entries(lex), data_dir);
    wordclass wc = {0};
    if (clusters && !wordclass_load(&wc, clusters))
        return 1;
    printf("word classes: %zu words, %u clusters\n", wc.n, wc.n_paths);
    gazetteer gall = {0};
    gazetteer *gk = calloc((size_t)o.folds, sizeof *gk);
    lede_tg_tables *tabs = calloc((size_t)o.folds, sizeof *tabs);
    if (!gaz_build(&gall, &tr, -1))
        return 1;
    lede_tg_tables all = {.cls = wc.slot, .cls_mask = wc.mask, .paths = wc.paths, .n_paths = wc.n_paths,
                          .gaz = gall.slot, .gaz_mask = gall.mask, .lex = lex};
    if (!wc.n)
        all.cls = NULL;
    for (int k = 0; k < o.folds; k++) {
        if (!gaz_build(&gk[k], &tr, k))
            return 1;
        tabs[k] = all;
        tabs[k].gaz = gk[k].slot;
        tabs[k].gaz_mask = gk[k].mask;
    }
    printf("gazetteer: %zu keys\n", gall.n);
    if (!docs_prepare(&tr, tabs, o.folds, &all) || !docs_prepare(&dv, NULL, 0, &all))
        return 1;
    size_t npath = 0, ngaz = 0, nlex = 0, ncapb = 0, nalpha = 0, nkeys = 0;
    for (size_t i = 0; i < tr.n; i++) {
        const tdoc *d = &tr.d[i];
        nkeys += d->koff[0][d->doc.toks.n];
        for (size_t k = 0; k < d->doc.toks.n; k++) {
            const lede_tg_tok *t = &d->v.tok[k];
            if (t->cap == LEDE_TG_CAP_NONE)
                continue;
            nalpha++;
            npath += t->path != 0;
            ngaz += t->gazpos != 0;
            nlex += t->lexpos != 0;
            ncapb += t->capb != 0;
        }
    }
    printf("features prepared (%.1f s): %.1f keys/token; of %zu word tokens %.1f%% have a cluster, %.1f%% case "
           "statistics, %.1f%% a gazetteer match, %.1f%% a lexicon match\n",
           now_sec() - t0, (double)nkeys / (double)tr.tokens, nalpha, 100.0 * npath / nalpha,
           100.0 * ncapb / nalpha, 100.0 * ngaz / nalpha, 100.0 * nlex / nalpha);

    /* pass-1 model on all training docs */
    wmap m, m2;
    bool have2 = false;
    wmap_init(&m, 1 << 21);
    perceptron_train(&m, &tr, -1, &o, false, o.two_pass && o.lite1);
    wmap_average(&m);
    printf("trained the pass-1 model: %zu feature rows (%.1f s)\n", m.n, now_sec() - t0);
    if (o.two_pass) {
        /* jackknife: each fold tagged by a pass-1 model that never saw it,
         * so the pass-2 model learns from labels as good as on new text */
        prf jp = {0};
        for (int k = 0; k < o.folds; k++) {
            wmap a;
            wmap_init(&a, 1 << 20);
            perceptron_train(&a, &tr, k, &o, false, o.lite1);
            wmap_average(&a);
            for (size_t i = 0; i < tr.n; i++)
                if (tr.d[i].fold == k) {
                    perceptron_tag(&a, o.lite1, NULL, &tr.d[i], tr.d[i].ya, NULL, NULL);
                    label_prf(&tr.d[i], tr.d[i].ya, &jp);
                }
            wmap_free(&a);
            printf("jackknife fold %d done (%.1f s)\n", k + 1, now_sec() - t0);
        }
        printf("jackknifed pass-1 F1 on train: %.4f\n", prf_f1(&jp));
        wmap_init(&m2, 1 << 21);
        perceptron_train(&m2, &tr, -1, &o, true, false);
        wmap_average(&m2);
        have2 = true;
        printf("trained the pass-2 model: %zu feature rows (%.1f s)\n", m2.n, now_sec() - t0);
    }
    w.conf_scale = 1.0f;
    w.lite1 = have2 && o.lite1;
    if (dv.n)
        dev_report(&m, have2 && o.lite1, have2 ? &m2 : NULL, &dv, &w.conf_scale);
    if (conf_scale > 0)
        w.conf_scale = conf_scale;
    char infobuf[256];
    snprintf(infobuf, sizeof infobuf, "%s", info);
    w.info = infobuf;
    /* table 0 scores pass 1's keys (the lite set in a lite two-pass model),
     * table 1 all of them */
    if (!wmap_count_uses(&m, &tr, have2 && o.lite1, false) || (have2 && !wmap_count_uses(&m2, &tr, false, true))) {
        fprintf(stderr, "lede-train: out of memory\n");
        return 1;
    }
    size_t kept[LEDE_TG_TABLES] = {0};
    const wmap *tabsw[LEDE_TG_TABLES] = {&m, have2 ? &m2 : NULL};
    if (!model_write(out, tabsw, have2 ? 2 : 1, &wc, &gall, &w, kept))
        return 1;
    printf("wrote %s: %zu + %zu feature rows, confidence scale %.3f\n", out, kept[0], kept[1], w.conf_scale);
    if (dv.n) {
        prf a, bt[LEDE_TG_NTYPES];
        if (eval_runtime(data_dir, out, &dv, &a, bt, errors, false))
            print_eval("dev (runtime tagger, quantised)", &a, bt);
    }
    printf("total %.1f s\n", now_sec() - t0);
    wmap_free(&m);
    if (have2)
        wmap_free(&m2);
    for (int k = 0; k < o.folds; k++)
        gaz_free(&gk[k]);
    free(gk);
    free(tabs);
    gaz_free(&gall);
    wordclass_free(&wc);
    lede_lexicon_free(lex);
    corpus_free(&tr);
    corpus_free(&dv);
    lede_workspace_free(ws);
    return 0;
}

static int cmd_eval(int argc, char **argv)
{
    const char *data_dir = "data", *model = NULL;
    bool errors = false, pipeline = false;
    double augment = 0;
    corpus dv = {0};
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "--errors"))
            errors = true;
        else if (!strcmp(argv[i], "--pipeline"))
            pipeline = true;
        else if (!strcmp(argv[i], "--augment") && i + 1 < argc)
            augment = strtod(argv[++i], NULL);
        else if (!strcmp(argv[i], "--data-dir") && i + 1 < argc)
            data_dir = argv[++i];
        else if (!strcmp(argv[i], "--model") && i + 1 < argc)
            model = argv[++i];
        else if (!strcmp(argv[i], "--dev") && i + 1 < argc) {
            if (!load_spec(&dv, ws, argv[++i], true))
                return 1;
        } else {
            fprintf(stderr, "lede-train eval: unknown option %s\n", argv[i]);
            return 2;
        }
    }
    corpus view = dv; /* the documents scored: the variants alone with --augment */
    if (augment > 0) {
        size_t n0 = dv.n;
        if (!corpus_augment(&dv, ws, 0, n0, augment, 7))
            return 1;
        view = dv;
        view.d = dv.d + n0;
        view.n = dv.n - n0;
    }
    char path[2100];
    snprintf(path, sizeof path, "%s/ner.model", data_dir);
    prf a, bt[LEDE_TG_NTYPES];
    if (!eval_runtime(data_dir, model ? model : path, &view, &a, bt, errors, pipeline))
        return 1;
    print_eval(pipeline ? "runtime pipeline" : "runtime tagger", &a, bt);
    corpus_free(&dv);
    lede_workspace_free(ws);
    return 0;
}

int main(int argc, char **argv)
{
    setvbuf(stdout, NULL, _IOLBF, 0); /* progress shows up in logs */
    if (argc < 2) {
        usage();
        return 2;
    }
    if (!strcmp(argv[1], "ner"))
        return cmd_ner(argc - 2, argv + 2);
    if (!strcmp(argv[1], "clusters"))
        return cmd_clusters(argc - 2, argv + 2);
    if (!strcmp(argv[1], "eval"))
        return cmd_eval(argc - 2, argv + 2);
    if (!strcmp(argv[1], "bench"))
        return cmd_bench(argc - 2, argv + 2);
    usage();
    return 2;
}
