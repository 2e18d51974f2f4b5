/*
 * train_cues.c - trains the quote stage's cue classifier (core/quote_learn.c)
 * from an attribution corpus in the common JSONL format (PolNeAR dev):
 * every word outside quotation marks is an example, positive when it heads
 * the cue of an annotated quote.  Averaged perceptron over the features of
 * lede_qcue_features(), so training sees exactly what analysis sees.
 * Then the prefilter (same examples, the first features only) learns where
 * the full model accepts a word; its cut is set just below every training
 * word the full model accepts (--pre-loss: the fraction it may lose; < 0:
 * no prefilter).  Writes core/quote_cue_model.c (weights above a pruning
 * floor, as open-addressing tables).  Build and run: tools/quotes/train.sh.
 *
 *   train_cues CORPUS.jsonl OUT.c [--epochs N] [--holdout K] [--prune W]
 *              [--fold F] [--min-count C] [--threshold T] [--pre-loss L]
 * --holdout K leaves out every K-th document (index % K == K - 1, or
 * == F with --fold F) and writes their ids to OUT.c.holdout, for an honest
 * score with score.py (cross-validation: F = 0 .. K-1).
 */
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quote_learn.h"
#include "stages.h"

/* An example: its features [f0, f0 + nf), the first npre of them the
 * prefilter's; its label; the score the full model must beat for the rules
 * to try the word (lede_qcue_need). */
typedef struct inst { uint32_t f0, nf, npre; int8_t y; float need; } inst;

/* one training set per model */
typedef struct set {
    uint32_t *feats;
    size_t nfeats, capfeats;
    inst *insts;
    size_t ninst, capinst, pos;
} set;
/* h: held-out documents; pres[i] holds the prefilter's features of the
 * example cues[i] */
static set cues, cuts, pres, hcues, hcuts, hpres;

static void *grow(void *p, size_t *cap, size_t need, size_t el)
{
    if (need <= *cap)
        return p;
    size_t c = *cap ? *cap : 1024;
    while (c < need)
        c *= 2;
    p = realloc(p, c * el);
    if (!p) {
        fprintf(stderr, "out of memory\n");
        exit(1);
    }
    *cap = c;
    return p;
}

/* byte offset of each code point index (plus the end) */
static size_t *cp_to_byte(const char *s, size_t n, size_t *ncp)
{
    size_t *m = malloc((n + 2) * sizeof *m);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            m[k++] = i;
    m[k] = n;
    *ncp = k;
    return m;
}

/* Words that cannot head a cue (the classifier's candidates exclude them). */
static bool skip_word(const lede_qctx *q, uint32_t i)
{
    if (lede_qw_is(q, i, LEDE_QW_ACCORDING) || lede_qw_is(q, i, LEDE_QW_IN) || lede_qw_is(q, i, LEDE_QW_FROM) ||
        lede_qw_is(q, i, LEDE_QW_OF) || lede_qw_is(q, i, LEDE_QW_ABOUT))
        return false;
    return lede_qw_aux_adverb(q, i) || lede_qw_determiner(q, i) || lede_qw_function(q, i);
}

static void *grow(void *p, size_t *cap, size_t need, size_t el);

static uint32_t *reserve(set *s)
{
    s->feats = grow(s->feats, &s->capfeats, s->nfeats + LEDE_QCUE_MAX_FEATURES, sizeof *s->feats);
    s->insts = grow(s->insts, &s->capinst, s->ninst + 1, sizeof *s->insts);
    return s->feats + s->nfeats;
}
static void push(set *s, size_t nf, size_t npre, int y, float need)
{
    s->insts[s->ninst++] = (inst){(uint32_t)s->nfeats, (uint32_t)nf, (uint32_t)npre, (int8_t)y, need};
    s->nfeats += nf;
    s->pos += y > 0;
}

/* Drops features seen in fewer than min_count examples: rare features are
 * mostly noise and would bloat the generated table. */
static void drop_rare(set *s, int min_count)
{
    size_t dim = (size_t)LEDE_QCUE_MASK + 1;
    uint32_t *cnt = calloc(dim, sizeof *cnt);
    if (!cnt)
        exit(1);
    for (size_t i = 0; i < s->nfeats; i++)
        cnt[s->feats[i]]++;
    size_t w = 0;
    for (size_t i = 0; i < s->ninst; i++) {
        inst *x = &s->insts[i];
        uint32_t f0 = (uint32_t)w, npre = 0;
        for (uint32_t k = 0; k < x->nf; k++)
            if (cnt[s->feats[x->f0 + k]] >= (uint32_t)min_count) {
                s->feats[w++] = s->feats[x->f0 + k];
                npre += k < x->npre;
            }
        x->f0 = f0;
        x->nf = (uint32_t)w - f0;
        x->npre = npre;
    }
    s->nfeats = w;
    free(cnt);
}

/* An example's score: all its features, or the prefilter's only. */
static float score(const set *s, const inst *x, const float *w, bool pre)
{
    float sc = 0;
    for (uint32_t k = 0, n = pre ? x->npre : x->nf; k < n; k++)
        sc += w[s->feats[x->f0 + k]];
    return sc;
}

/* Averaged perceptron over all features, or (pre) the prefilter's, with the
 * examples' labels or those of ylab; returns the averaged weights (dense). */
static float *train(const set *s, int epochs, const char *name, bool pre, const int8_t *ylab)
{
    size_t dim = (size_t)LEDE_QCUE_MASK + 1;
    float *w = calloc(dim, sizeof *w), *acc = calloc(dim, sizeof *acc);
    uint32_t *stamp = calloc(dim, sizeof *stamp);
    size_t *order = malloc((s->ninst + 1) * sizeof *order);
    if (!w || !acc || !stamp || !order) {
        fprintf(stderr, "out of memory\n");
        exit(1);
    }
    uint32_t c = 1;
    for (size_t i = 0; i < s->ninst; i++)
        order[i] = i;
    uint64_t rng = 88172645463325252ull;
    for (int e = 0; e < epochs; e++) {
        for (size_t i = s->ninst; i > 1; i--) {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            size_t k = rng % i, t = order[i - 1];
            order[i - 1] = order[k];
            order[k] = t;
        }
        size_t errors = 0;
        for (size_t oi = 0; oi < s->ninst; oi++, c++) {
            const inst *x = &s->insts[order[oi]];
            int y = ylab ? ylab[order[oi]] : x->y;
            if ((score(s, x, w, pre) > 0 ? 1 : -1) == y)
                continue;
            errors++;
            for (uint32_t k = 0, n = pre ? x->npre : x->nf; k < n; k++) {
                uint32_t f = s->feats[x->f0 + k];
                acc[f] += (float)(c - stamp[f]) * w[f];
                stamp[f] = c;
                w[f] += (float)y;
            }
        }
        fprintf(stderr, "%s epoch %d: %zu errors of %zu\n", name, e + 1, errors, s->ninst);
    }
    for (size_t f = 0; f < dim; f++) {
        acc[f] += (float)(c - stamp[f]) * w[f];
        acc[f] /= (float)c;
    }
    free(w);
    free(stamp);
    free(order);
    return acc;
}

/* Precision and recall of the averaged weights on a held-out set. */
static void evaluate(const set *s, const float *w, float threshold, const char *name)
{
    size_t tp = 0, fp = 0, fn = 0;
    for (size_t i = 0; i < s->ninst; i++) {
        const inst *x = &s->insts[i];
        bool yes = score(s, x, w, false) > threshold;
        tp += yes && x->y > 0;
        fp += yes && x->y < 0;
        fn += !yes && x->y > 0;
    }
    double p = tp + fp ? (double)tp / (double)(tp + fp) : 0, r = tp + fn ? (double)tp / (double)(tp + fn) : 0;
    fprintf(stderr, "held-out %s: P %.3f R %.3f F1 %.3f (%zu examples)\n", name, p, r, p + r ? 2 * p * r / (p + r) : 0,
            s->ninst);
}

/* Weights below the pruning floor dropped, the rest rounded to the two
 * significant digits write_table prints. */
static void quantize(float *w, float prune)
{
    char buf[32];
    for (size_t f = 0; f <= (size_t)LEDE_QCUE_MASK; f++) {
        if (!(w[f] >= prune || w[f] <= -prune)) {
            w[f] = 0;
            continue;
        }
        snprintf(buf, sizeof buf, "%.2g", (double)w[f]);
        w[f] = (float)atof(buf);
    }
}

/* The prefilter's weights as int8 times a scale (returned), rounded in
 * place to what the table will hold. */
static float quantize_int8(float *w, size_t n)
{
    float m = 0;
    for (size_t f = 0; f < n; f++)
        m = w[f] > m ? w[f] : -w[f] > m ? -w[f] : m;
    float scale = m > 0 ? m / 127 : 1;
    for (size_t f = 0; f < n; f++)
        w[f] = (float)(int)lrintf(w[f] / scale) * scale;
    for (size_t f = n; f <= (size_t)LEDE_QCUE_MASK; f++)
        w[f] = 0;
    return scale;
}

/* The prefilter's dense table (designated initialisers: the zeros cost
 * nothing in the source), or an empty one. */
static void write_pre(FILE *out, const float *w, float scale)
{
    size_t n = (size_t)1 << LEDE_QPRE_BITS, col = 0;
    fprintf(out, "static const int8_t pre_w[%zu] = {\n", w ? n : 1);
    for (size_t f = 0; w && f < n; f++) {
        int v = (int)lrintf(w[f] / scale);
        if (!v)
            continue;
        fprintf(out, "[%zu]=%d,", f, v);
        if (++col % 12 == 0)
            fputc('\n', out);
    }
    fprintf(out, "%s};\nconst lede_qpre lede_qpre_model = {pre_w, %zu, %.9gf};\n", col ? "" : "0", w ? n : 0,
            (double)(w ? scale : 0));
}

static int cmp_float(const void *a, const void *b)
{
    float x = *(const float *)a, y = *(const float *)b;
    return x < y ? -1 : x > y;
}

/* The prefilter's cut: just below the prefilter score of the examples the
 * full model accepts (score > need), leaving out at most a fraction `loss`
 * of them (0: none of the training examples). */
static float prefilter_cut(const set *s, const set *p, const float *wc, const float *wp, double loss)
{
    float *v = malloc((s->ninst + 1) * sizeof *v);
    size_t n = 0;
    for (size_t i = 0; i < s->ninst; i++) {
        const inst *x = &s->insts[i];
        if (score(s, x, wc, false) > x->need)
            v[n++] = score(p, &p->insts[i], wp, false);
    }
    qsort(v, n, sizeof *v, cmp_float);
    size_t k = (size_t)(loss * (double)n);
    float cut = n ? v[k < n ? k : n - 1] - 0.01f : 0;
    free(v);
    return cut;
}

/* How many examples the prefilter rules out, and how many of those the
 * full model would have accepted (each lost to the rules) or are cues. */
static void prefilter_report(const set *s, const set *p, const float *wc, const float *wp, float cut,
                             const char *name)
{
    size_t out = 0, acc = 0, lost = 0, pos_lost = 0;
    for (size_t i = 0; i < s->ninst; i++) {
        const inst *x = &s->insts[i];
        bool a = score(s, x, wc, false) > x->need, rej = score(p, &p->insts[i], wp, false) <= cut;
        out += rej;
        acc += a;
        lost += a && rej;
        pos_lost += rej && x->y > 0 && score(s, x, wc, false) > lede_qcue_threshold;
    }
    fprintf(stderr, "prefilter (cut %.2f) on %s examples: %zu of %zu ruled out (%.1f%%); %zu of the %zu the full model "
                    "accepts lost, %zu of them cues it got right\n",
            (double)cut, name, out, s->ninst, s->ninst ? 100.0 * (double)out / (double)s->ninst : 0.0, lost, acc,
            pos_lost);
}

static int cmp_value(const void *a, const void *b)
{
    double x = atof(*(char *const *)a), y = atof(*(char *const *)b);
    return x < y ? -1 : x > y ? 1 : strcmp(*(char *const *)a, *(char *const *)b);
}

/* Writes the weights above the pruning floor as an open-addressing table of
 * 32-bit slots (size a power of two, load at most 2/3, linear probing in
 * Robin Hood order): the
 * hash in the low 22 bits, above it the index of the weight among the
 * distinct weights as printed (two significant digits: a few hundred).
 * Four bytes a slot keep the table small enough to stay in the caches. */
static size_t write_table(FILE *out, const char *name, const char *prefix, const float *acc, float prune)
{
    size_t dim = (size_t)LEDE_QCUE_MASK + 1, kept = 0;
    for (size_t f = 1; f < dim; f++)
        kept += acc[f] >= prune || acc[f] <= -prune;
    size_t size = kept ? 2 : 0;
    while (size && size < kept + kept / 2)
        size *= 2; /* load factor <= 2/3: probes stay short */
    uint32_t *slot = calloc(size + 1, sizeof *slot);
    char (*text)[32] = calloc(size + 1, sizeof *text);
    char **vals = calloc(kept + 1, sizeof *vals);
    size_t nvals = 0;
    /* Robin Hood insertion: an entry further from its home slot takes the
     * place of one nearer to its own, so a lookup can stop as soon as it
     * meets an entry nearer home than it would be (quote_learn.h) */
    for (size_t f = 1; f < dim && size; f++) {
        if (!(acc[f] >= prune || acc[f] <= -prune))
            continue;
        uint32_t key = (uint32_t)f;
        char val[32];
        snprintf(val, sizeof val, "%.2g", (double)acc[f]);
        size_t at = f & (size - 1), dist = 0;
        while (slot[at]) {
            size_t od = (at - (slot[at] & (size - 1))) & (size - 1);
            if (od < dist) {
                uint32_t k = slot[at];
                char v[32];
                slot[at] = key;
                key = k;
                memcpy(v, text[at], sizeof v);
                memcpy(text[at], val, sizeof v);
                memcpy(val, v, sizeof v);
                dist = od;
            }
            at = (at + 1) & (size - 1);
            dist++;
        }
        slot[at] = key;
        memcpy(text[at], val, sizeof val);
    }
    for (size_t i = 0; i < size; i++)
        if (slot[i])
            vals[nvals++] = text[i];
    /* distinct printed values, in order */
    qsort(vals, nvals, sizeof *vals, cmp_value);
    size_t nd = 0;
    for (size_t i = 0; i < nvals; i++)
        if (!nd || strcmp(vals[nd - 1], vals[i]) != 0)
            vals[nd++] = vals[i];
    if (nd > (1u << (32 - LEDE_QCUE_VALUE_SHIFT))) {
        fprintf(stderr, "%s: %zu distinct weights do not fit the slots\n", name, nd);
        exit(1);
    }
    fprintf(out, "static const float %s_values[%zu] = {", prefix, nd ? nd : 1);
    for (size_t i = 0; i < nd; i++)
        fprintf(out, "%s%s%s", i ? "," : "", i % 16 == 0 ? "\n" : "", vals[i]);
    fprintf(out, "%s};\n", nd ? "" : "0");
    /* designated initialisers: empty slots cost nothing in the source */
    fprintf(out, "static const uint32_t %s_slots[%zu] = {\n", prefix, size ? size : 1);
    size_t col = 0;
    for (size_t i = 0; i < size; i++) {
        if (!slot[i])
            continue;
        size_t lo = 0, hi = nd; /* the value's index */
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (cmp_value(&vals[mid], &(char *){text[i]}) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        fprintf(out, "[%zu]=%uu,", i, slot[i] | (uint32_t)lo << LEDE_QCUE_VALUE_SHIFT);
        if (++col % 8 == 0)
            fputc('\n', out);
    }
    if (!size)
        fprintf(out, "0");
    fprintf(out, "};\nconst lede_qweights %s = {%s_slots, %zu, %s_values};\n", name, prefix, size, prefix);
    free(slot);
    free(text);
    free(vals);
    return kept;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: train_cues CORPUS.jsonl OUT.c [--epochs N] [--holdout K] [--prune W] [--fold F]\n"
                        "       [--min-count C] [--threshold T] [--pre-loss L]\n");
        return 2;
    }
    int epochs = 8, holdout = 0, fold = -1, min_count = 3;
    float prune = 0.05f, threshold = 0.0f;
    double pre_loss = 0.0; /* < 0: no prefilter */
    for (int a = 3; a + 1 < argc; a += 2) {
        if (!strcmp(argv[a], "--epochs"))
            epochs = atoi(argv[a + 1]);
        else if (!strcmp(argv[a], "--holdout"))
            holdout = atoi(argv[a + 1]);
        else if (!strcmp(argv[a], "--prune"))
            prune = (float)atof(argv[a + 1]);
        else if (!strcmp(argv[a], "--fold"))
            fold = atoi(argv[a + 1]);
        else if (!strcmp(argv[a], "--min-count"))
            min_count = atoi(argv[a + 1]);
        else if (!strcmp(argv[a], "--threshold"))
            threshold = (float)atof(argv[a + 1]);
        else if (!strcmp(argv[a], "--pre-loss"))
            pre_loss = atof(argv[a + 1]);
    }
    FILE *in = fopen(argv[1], "r");
    if (!in) {
        perror(argv[1]);
        return 1;
    }
    char hpath[4096];
    snprintf(hpath, sizeof hpath, "%s.holdout", argv[2]);
    FILE *hold = holdout ? fopen(hpath, "w") : NULL;
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    char *line = NULL;
    size_t lcap = 0;
    ssize_t len;
    size_t doc = 0, pos = 0;
    while ((len = getline(&line, &lcap, in)) > 0) {
        json_error_t err;
        json_t *j = json_loadb(line, (size_t)len, 0, &err);
        if (!j)
            continue;
        size_t this_doc = doc++;
        const char *id = json_string_value(json_object_get(j, "id"));
        bool held = holdout && this_doc % (size_t)holdout == (size_t)(fold >= 0 ? fold : holdout - 1);
        if (held)
            fprintf(hold, "%s\n", id ? id : "");
        set *scues = held ? &hcues : &cues, *scuts = held ? &hcuts : &cuts, *spres = held ? &hpres : &pres;
        const char *text = json_string_value(json_object_get(j, "text"));
        size_t tlen = json_string_length(json_object_get(j, "text"));
        lede_workspace_reset(ws);
        lede_doc_clear(ws);
        ws->doc.text = text;
        ws->doc.len = tlen;
        if (!text || lede_segment(ws) != LEDE_OK) {
            json_decref(j);
            continue;
        }
        lede_qctx q;
        if (lede_qctx_init(ws, &q) != LEDE_OK || lede_qmarks_pair(&q) != LEDE_OK || lede_qdirect_find(&q) != LEDE_OK) {
            json_decref(j);
            continue;
        }
        lede_doc *d = &ws->doc;
        size_t ncp;
        size_t *cpb = cp_to_byte(text, tlen, &ncp);
        /* label: 1 head of a cue, -1 ignore (rest of a cue span), 0 negative */
        int8_t *lab = calloc(d->toks.n + 1, 1);
        json_t *qs = json_object_get(j, "quotes");
        size_t qi;
        json_t *qq;
        json_array_foreach(qs, qi, qq) {
            json_t *cue = json_object_get(qq, "cue");
            if (!json_is_object(cue))
                continue;
            size_t cs = (size_t)json_integer_value(json_object_get(cue, "start"));
            size_t ce = (size_t)json_integer_value(json_object_get(cue, "end"));
            if (cs >= ce || ce > ncp)
                continue;
            size_t bs = cpb[cs], be = cpb[ce];
            int32_t head = -1;
            for (uint32_t t = 0; t < d->toks.n; t++) {
                const lede_token *tk = &d->toks.v[t];
                if (tk->end <= bs || tk->start >= be)
                    continue;
                if (head < 0 && !skip_word(&q, t))
                    head = (int32_t)t;
                if (lab[t] != 1)
                    lab[t] = -1;
            }
            if (head < 0) {
                for (uint32_t t = 0; t < d->toks.n; t++)
                    if (d->toks.v[t].end > bs && d->toks.v[t].start < be) {
                        head = (int32_t)t;
                        break;
                    }
            }
            if (head >= 0)
                lab[head] = 1;
        }
        for (uint32_t s = 0; s < d->sents.n; s++) {
            const lede_sentence *se = &d->sents.v[s];
            if (lede_q_skip_para(d, se->para))
                continue;
            for (uint32_t t = se->tok_begin; t < se->tok_end; t++) {
                if (lab[t] < 0 || !lede_qcue_candidate(&q, t))
                    continue;
                size_t npre;
                size_t nf = lede_qcue_features(&q, t, se->tok_begin, se->tok_end, reserve(scues), LEDE_QCUE_MAX_FEATURES,
                                               &npre);
                float need = lede_qcue_need(&q, t, se->tok_end);
                push(scues, nf, npre, lab[t] == 1 ? 1 : -1, need);
                nf = lede_qpre_features(&q, t, se->tok_begin, se->tok_end, reserve(spres), LEDE_QCUE_MAX_FEATURES);
                push(spres, nf, nf, lab[t] == 1 ? 1 : -1, need);
            }
        }
        /* clause ends: every comma, dash or bracket after the start of a
         * reported clause that follows its cue, until the clause's end */
        json_array_foreach(qs, qi, qq) {
            json_t *cue = json_object_get(qq, "cue");
            const char *kind = json_string_value(json_object_get(qq, "kind"));
            if (!json_is_object(cue) || (kind && !strcmp(kind, "direct")))
                continue;
            size_t cs = (size_t)json_integer_value(json_object_get(cue, "start"));
            size_t qs0 = (size_t)json_integer_value(json_object_get(qq, "start"));
            size_t qe0 = (size_t)json_integer_value(json_object_get(qq, "end"));
            if (qs0 >= qe0 || qe0 > ncp || cs >= ncp || qs0 < cs)
                continue;
            size_t cb = cpb[cs], bs = cpb[qs0], be = cpb[qe0];
            uint32_t ct = UINT32_MAX, b = UINT32_MAX;
            for (uint32_t t = 0; t < d->toks.n; t++) {
                if (ct == UINT32_MAX && d->toks.v[t].end > cb)
                    ct = t;
                if (d->toks.v[t].start >= bs) {
                    b = t;
                    break;
                }
            }
            if (ct == UINT32_MAX || b == UINT32_MAX || d->toks.v[b].start >= be)
                continue;
            const lede_sentence *se = &d->sents.v[d->toks.v[b].sent];
            for (uint32_t k = b + 1; k < se->tok_end; k++) {
                if (!lede_qcut_candidate(&q, k))
                    continue;
                int y = d->toks.v[k].start >= be ? 1 : -1;
                size_t nf = lede_qcut_features(&q, ct, b, k, se->tok_end, reserve(scuts), LEDE_QCUE_MAX_FEATURES);
                push(scuts, nf, 0, y, 0);
                if (y > 0)
                    break;
            }
        }
        free(lab);
        free(cpb);
        json_decref(j);
    }
    free(line);
    fclose(in);
    if (hold)
        fclose(hold);
    fprintf(stderr, "%zu documents; cue model %zu examples (%zu positive); clause-end model %zu (%zu)\n", doc,
            cues.ninst, cues.pos, cuts.ninst, cuts.pos);
    drop_rare(&cues, min_count);
    drop_rare(&pres, min_count);
    drop_rare(&cuts, min_count);
    float *wc = train(&cues, epochs, "cue", false, NULL);
    float *wk = train(&cuts, epochs, "clause-end", false, NULL);
    /* the weights as the generated table will hold them, so that the
     * prefilter is fitted to the scores analysis will see */
    quantize(wc, prune);
    quantize(wk, prune);
    float *wp = NULL, cut = 0, pre_scale = 0;
    if (pre_loss >= 0) {
        /* the prefilter learns the full model's decisions (and the gold
         * cues): positive where the rules would try the word */
        int8_t *ylab = malloc(cues.ninst + 1);
        for (size_t i = 0; i < cues.ninst; i++) {
            const inst *x = &cues.insts[i];
            ylab[i] = x->y > 0 || score(&cues, x, wc, false) > x->need ? 1 : -1;
        }
        wp = train(&pres, epochs, "prefilter", false, ylab);
        pre_scale = quantize_int8(wp, (size_t)1 << LEDE_QPRE_BITS);
        cut = prefilter_cut(&cues, &pres, wc, wp, pre_loss);
        free(ylab);
        prefilter_report(&cues, &pres, wc, wp, cut, "training");
    }
    if (holdout) {
        evaluate(&hcues, wc, threshold, "cue");
        evaluate(&hcuts, wk, 0, "clause-end");
        if (wp)
            prefilter_report(&hcues, &hpres, wc, wp, cut, "held-out");
    }
    FILE *out = fopen(argv[2], "w");
    if (!out) {
        perror(argv[2]);
        return 1;
    }
    fprintf(out, "/* Generated by tools/quotes/train.sh (train_cues) from %s, %d epochs%s, |w| >= %g;\n"
                 " * do not edit.  Cue model: %zu examples, %zu positive.  Clause-end model: %zu, %zu. */\n",
            strrchr(argv[1], '/') ? strrchr(argv[1], '/') + 1 : argv[1], epochs,
            holdout ? ", every document but the held-out ones" : "", (double)prune, cues.ninst, cues.pos, cuts.ninst,
            cuts.pos);
    fprintf(out, "#include \"quote_learn.h\"\n");
    write_table(out, "lede_qcue_weights", "cue", wc, prune);
    write_table(out, "lede_qcut_weights", "cut", wk, prune);
    fprintf(out, "const float lede_qcue_threshold = %.4ff;\n", (double)threshold);
    write_pre(out, wp, pre_scale);
    fprintf(out, "const float lede_qpre_cut = %.4ff;\n", (double)cut);
    fclose(out);
    free(wc);
    free(wk);
    free(wp);
    lede_workspace_free(ws);
    return 0;
}
