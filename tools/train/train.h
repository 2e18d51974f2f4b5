/*
 * train.h - lede-train internals: corpus loading and gold alignment,
 * the perceptron trainer, word classes (Brown clusters), the gazetteer
 * from training documents, the model writer and the benchmark.
 * Owner: the NER tagger (issue 3).  Single-threaded tool.
 */
#ifndef LEDE_TRAIN_H
#define LEDE_TRAIN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "model.h"
#include "tagger.h"
#include "workspace.h"

/* ---- corpus --------------------------------------------------------------------- */
typedef struct gold_span { uint32_t start, end; int type; } gold_span; /* bytes */

typedef struct tdoc {
    char *id;
    char *text;
    size_t len;
    lede_doc doc;           /* deep copy of the segmenter's output        */
    uint8_t *gold;          /* BILOU label per token                      */
    gold_span *spans;       /* gold entities in bytes                     */
    size_t n_spans;
    int fold;
    /* filled by the trainer */
    lede_tg_docview v;
    void *vmem;
    uint64_t *keys[2];      /* static feature keys, koff[s][i]..koff[s][i+1] */
    uint32_t *koff[2];      /* set 0: all features, 1: lite                */
    uint8_t *ya;            /* held-out pass-1 labels (jackknife)          */
} tdoc;

typedef struct corpus {
    tdoc *d;
    size_t n, cap;
    size_t entities, misaligned, tokens;
} corpus;

/* Appends the documents of a JSON Lines file whose id starts with prefix
 * (NULL or "" = all); with_gold: the "entities" key is read.  Returns
 * false with a message on stderr. */
bool corpus_load(corpus *c, lede_workspace *ws, const char *path, const char *prefix, bool with_gold);
void corpus_free(corpus *c);
int type_of_name(const char *s);
/* Appends case variants of docs [first, end) (augment.c): ALL-CAPS lines
 * in Title Case, other lines in ALL CAPS with probability caps_rate.  Ids get
 * "#aug"; the fold follows the id before '#'. */
bool corpus_augment(corpus *c, lede_workspace *ws, size_t first, size_t end, double caps_rate, uint64_t seed);
/* Segments text into d (deep copy of the workspace's doc). */
bool segment_copy(lede_workspace *ws, const char *text, size_t len, lede_doc *d);
void doc_copy_free(lede_doc *d);

/* ---- gazetteer from training documents ------------------------------------------- */
typedef struct gazetteer {
    lede_tg_gslot *slot;
    uint64_t mask;
    size_t n;
} gazetteer;

/* Builds the gazetteer of the gold names of docs whose fold != skip_fold
 * (-1: all). */
bool gaz_build(gazetteer *g, const corpus *c, int skip_fold);
void gaz_free(gazetteer *g);

/* ---- word classes ----------------------------------------------------------------- */
typedef struct wordclass {
    lede_tg_cslot *slot;
    uint64_t mask;
    size_t n;
    uint64_t *paths;
    uint32_t n_paths;
} wordclass;

bool wordclass_load(wordclass *w, const char *path);
void wordclass_free(wordclass *w);
/* `lede-train clusters`: Brown clusters and capitalisation statistics from
 * unlabeled text. */
int cmd_clusters(int argc, char **argv);

/* ---- perceptron ---------------------------------------------------------------------- */
typedef struct wmap {
    uint64_t *keys;         /* 0 = empty                                   */
    uint32_t *row;
    size_t cap, n;
    float *w;               /* n x NLAB current weights                     */
    double *u;              /* n x NLAB sum of (step * update), for averaging */
    size_t rows_cap;
    double step;
    uint32_t *uses;         /* per row: training tokens with the key (wmap_count_uses), or NULL */
} wmap;

void wmap_init(wmap *m, size_t cap_pow2);
void wmap_free(wmap *m);
/* After training: w := averaged weights. */
void wmap_average(wmap *m);
/* Counts, per row, the tokens of c whose keys include the row's key: the
 * label-free keys (the lite set or all), and with pass2 the pass-2 keys of
 * the held-out pass-1 labels (d->ya).  The writer lays the most used rows
 * out together, so the rows a document needs share cache lines. */
bool wmap_count_uses(wmap *m, corpus *c, bool lite, bool pass2);

typedef struct train_opts {
    int epochs;
    int folds;
    uint64_t seed;
    bool two_pass;          /* also train the pass-2 features             */
    bool lite1;             /* pass 1 on the lite feature set             */
} train_opts;

/* Prepares the token views and static keys of every document. */
bool docs_prepare(corpus *c, const lede_tg_tables *fold_tabs, int n_tabs, const lede_tg_tables *all);
/* Structured perceptron over docs with fold != skip_fold.  pass2: the
 * model also gets the document features, computed from d->ya (held-out
 * pass-1 labels). */
void perceptron_train(wmap *m, corpus *c, int skip_fold, const train_opts *o, bool pass2, bool lite);
/* Tags a document with pass-1 model a, then (b != NULL) pass-2 model b;
 * y2 and margin may be NULL. */
void perceptron_tag(const wmap *a, bool lite_a, const wmap *b, tdoc *d, uint8_t *y1, uint8_t *y2, float *margin);

/* ---- writer --------------------------------------------------------------------------- */
typedef struct write_opts {
    size_t max_features;
    float min_weight;       /* rows whose largest |weight| is below are dropped */
    float conf_scale;
    bool lite1;             /* table 0 was trained on the lite feature set */
    const char *info;
} write_opts;

/* Writes the weight tables (pass 1, and pass 2 when n_tables is 2), word
 * classes and gazetteer; kept[k] receives the rows written per table. */
bool model_write(const char *path, const wmap *const *tables, int n_tables, const wordclass *wc,
                 const gazetteer *g, const write_opts *o, size_t *kept);

/* ---- evaluation ----------------------------------------------------------------------- */
typedef struct prf { size_t tp, fp, fn; } prf;
double prf_f1(const prf *p);
/* Tags the docs at run time with the model (lexicon from data_dir): the
 * tagger alone, or the whole lede_analyze pipeline; scores typed exact spans. */
bool eval_runtime(const char *data_dir, const char *model_path, corpus *c, prf *all, prf *by_type, bool verbose,
                  bool pipeline);
int cmd_bench(int argc, char **argv);

/* misc */
uint64_t rng_next(uint64_t *s);
double now_sec(void);

#endif
