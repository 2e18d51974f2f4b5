/*
 * brown.c - `lede-train clusters`: word classes from unlabeled news.
 *
 * Brown et al. (1992) hierarchical clustering by average mutual information
 * of adjacent classes, with Liang's (2005) windowed algorithm: words enter
 * in frequency order into C active clusters; after each entry the pair
 * whose merge loses the least mutual information is merged; merge losses
 * are updated in O(C^2) per step rather than recomputed.  Once every word
 * has entered, the C clusters are merged down to one, and that tree gives
 * each cluster its bit path (tagger features use path prefixes).
 *
 * Alongside, per word, how often it is capitalised in prose positions where
 * case is informative (not sentence-initial, not headlines) - a case-free
 * cue for ALL-CAPS headlines and sentence-initial words.
 *
 * Text is tokenised by the runtime segmenter and described by the runtime
 * token view, so words match what the tagger looks up.  Output (clusters.tsv):
 *   word \t path-or-"-" \t count \t capitalisation bucket
 * Owner: the NER tagger.  Single-threaded.
 */
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stages.h"
#include "train.h"

/* ---- vocabulary ----------------------------------------------------------------- */
typedef struct vword { uint64_t h; uint32_t str, count, cap, low; int32_t rank; } vword;
typedef struct vocab {
    vword *w;
    size_t n, cap;
    uint32_t *tab;          /* index + 1 */
    size_t tmask;
    char *strs;
    size_t slen, scap;
} vocab;

static void die_oom(void)
{
    fprintf(stderr, "lede-train: out of memory\n");
    exit(3);
}

static uint32_t vocab_id(vocab *v, const char *s, size_t n)
{
    char buf[256];
    if (n > sizeof buf - 1)
        n = sizeof buf - 1;
    for (size_t i = 0; i < n; i++)
        buf[i] = s[i] >= '0' && s[i] <= '9' ? '0' : s[i];
    buf[n] = '\0';
    uint64_t h = lede_tg_word_hash(buf, n);
    if ((v->n + 1) * 2 > v->tmask) {
        size_t ns = v->tmask ? (v->tmask + 1) * 2 : 1 << 16;
        uint32_t *t = calloc(ns, sizeof *t);
        if (!t)
            die_oom();
        for (size_t k = 0; k < v->n; k++) {
            size_t i = v->w[k].h & (ns - 1);
            while (t[i])
                i = (i + 1) & (ns - 1);
            t[i] = (uint32_t)k + 1;
        }
        free(v->tab);
        v->tab = t;
        v->tmask = ns - 1;
    }
    size_t i = h & v->tmask;
    for (; v->tab[i]; i = (i + 1) & v->tmask)
        if (v->w[v->tab[i] - 1].h == h)
            return v->tab[i] - 1;
    if (v->n == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 1 << 16;
        v->w = realloc(v->w, v->cap * sizeof *v->w);
        if (!v->w)
            die_oom();
    }
    if (v->slen + n + 1 > v->scap) {
        v->scap = v->scap ? v->scap * 2 : 1 << 20;
        v->strs = realloc(v->strs, v->scap);
        if (!v->strs)
            die_oom();
    }
    memcpy(v->strs + v->slen, buf, n + 1);
    v->w[v->n] = (vword){h, (uint32_t)v->slen, 0, 0, 0, -1};
    v->slen += n + 1;
    v->tab[i] = (uint32_t)v->n + 1;
    return (uint32_t)v->n++;
}

typedef struct seqbuf { int32_t *v; size_t n, cap; } seqbuf;
static void seq_push(seqbuf *s, int32_t x)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 1 << 20;
        s->v = realloc(s->v, s->cap * sizeof *s->v);
        if (!s->v)
            die_oom();
    }
    s->v[s->n++] = x;
}

/* Reads one corpus file; appends word ids (-1 between sentences). */
static bool read_text(const char *spec, lede_workspace *ws, vocab *v, seqbuf *seq, size_t *docs)
{
    char path[2048];
    snprintf(path, sizeof path, "%s", spec);
    char *prefix = strchr(path, '@');
    if (prefix)
        *prefix++ = '\0';
    size_t plen = prefix ? strlen(prefix) : 0;
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return false;
    }
    char *line = NULL;
    size_t cap = 0, vcap = 0;
    void *vmem = NULL;
    ssize_t k;
    lede_tg_tables none = {0};
    while ((k = getline(&line, &cap, f)) > 0) {
        json_t *o = json_loadb(line, (size_t)k, 0, NULL);
        if (!o)
            continue;
        const char *id = json_string_value(json_object_get(o, "id"));
        json_t *jt = json_object_get(o, "text");
        if (!json_is_string(jt) || (plen && (!id || strncmp(id, prefix, plen) != 0))) {
            json_decref(o);
            continue;
        }
        lede_doc d;
        if (!segment_copy(ws, json_string_value(jt), json_string_length(jt), &d)) {
            json_decref(o);
            continue;
        }
        size_t need = lede_tg_scratch_size(d.toks.n) + 64;
        if (need > vcap) {
            free(vmem);
            vcap = need * 2;
            vmem = aligned_alloc(64, (vcap + 63) & ~(size_t)63);
            if (!vmem)
                die_oom();
        }
        lede_tg_docview view;
        lede_tg_prepare(&view, &d, &none, vmem);
        for (size_t s = 0; s < d.sents.n; s++) {
            for (uint32_t i = d.sents.v[s].tok_begin; i < d.sents.v[s].tok_end; i++) {
                const lede_token *t = &d.toks.v[i];
                uint32_t w = vocab_id(v, lede_tok_norm(&d, t), t->norm_len);
                v->w[w].count++;
                const lede_tg_tok *tk = &view.tok[i];
                if (tk->ctx == LEDE_TG_CTX_BODY && tk->cap != LEDE_TG_CAP_NONE) {
                    if (tk->cap == LEDE_TG_CAP_LOWER)
                        v->w[w].low++;
                    else
                        v->w[w].cap++;
                }
                seq_push(seq, (int32_t)w);
            }
            seq_push(seq, -1);
        }
        doc_copy_free(&d);
        json_decref(o);
        (*docs)++;
    }
    free(vmem);
    free(line);
    fclose(f);
    return true;
}

/* ---- Brown clustering ----------------------------------------------------------------- */
typedef struct brown {
    int K;                  /* slots: C + 1                                  */
    double N, logN;         /* bigram total                                  */
    double *P, *q, *L;      /* K x K                                         */
    double *Q, *pc, *lpc;   /* per slot                                      */
    int *active, nact;      /* active slots                                  */
    int *free_slots, nfree;
    int *slot_of;           /* per ranked word                               */
    int *head, *next;       /* words of each slot                            */
} brown;

#define AT(b, M, i, j) ((b)->M[(size_t)(i) * (size_t)(b)->K + (size_t)(j)])

static inline double qm(const brown *b, double c, double la, double lb)
{
    return c > 0 ? c / b->N * (log(c) + b->logN - la - lb) : 0;
}

static double full_loss(const brown *b, int s, int t)
{
    double pu = b->pc[s] + b->pc[t], lu = log(pu);
    double removed = b->Q[s] + b->Q[t] - AT(b, q, s, t) - AT(b, q, t, s);
    double added = qm(b, AT(b, P, s, s) + AT(b, P, s, t) + AT(b, P, t, s) + AT(b, P, t, t), lu, lu);
    for (int k = 0; k < b->nact; k++) {
        int d = b->active[k];
        if (d == s || d == t)
            continue;
        added += qm(b, AT(b, P, s, d) + AT(b, P, t, d), lu, b->lpc[d]);
        added += qm(b, AT(b, P, d, s) + AT(b, P, d, t), b->lpc[d], lu);
    }
    return removed - added;
}

static void set_loss(brown *b, int s, int t, double v)
{
    if (s > t) {
        int x = s;
        s = t;
        t = x;
    }
    AT(b, L, s, t) = v;
}
static double get_loss(const brown *b, int s, int t) { return s < t ? AT(b, L, s, t) : AT(b, L, t, s); }

static void refresh_q(brown *b, int n)
{
    b->Q[n] = 0;
    for (int k = 0; k < b->nact; k++) {
        int d = b->active[k];
        AT(b, q, n, d) = qm(b, AT(b, P, n, d), b->lpc[n], b->lpc[d]);
        AT(b, q, d, n) = qm(b, AT(b, P, d, n), b->lpc[d], b->lpc[n]);
        b->Q[n] += AT(b, q, n, d) + (d != n ? AT(b, q, d, n) : 0);
    }
}

/* Word w (rank) enters slot n: bigram counts with the words already in. */
static void brown_enter(brown *b, int w, int n, const uint32_t *ro, const uint32_t *rn, const double *rc,
                        const uint32_t *lo, const uint32_t *ln, const double *lc, const double *cnt)
{
    for (int k = 0; k < b->nact; k++) {
        AT(b, P, n, b->active[k]) = 0;
        AT(b, P, b->active[k], n) = 0;
    }
    AT(b, P, n, n) = 0;
    b->slot_of[w] = n;
    b->head[n] = w;
    b->next[w] = -1;
    b->pc[n] = cnt[w];
    b->lpc[n] = log(cnt[w]);
    for (uint32_t e = ro[w]; e < ro[w + 1]; e++) {
        int s = b->slot_of[rn[e]];
        if (s >= 0)
            AT(b, P, n, s) += rc[e];
    }
    for (uint32_t e = lo[w]; e < lo[w + 1]; e++) {
        int s = b->slot_of[ln[e]];
        if (s >= 0 && (int)ln[e] != w)
            AT(b, P, s, n) += lc[e];
    }
    b->active[b->nact++] = n;
    refresh_q(b, n);
    for (int k = 0; k < b->nact - 1; k++) {
        int d = b->active[k];
        b->Q[d] += AT(b, q, d, n) + AT(b, q, n, d);
    }
    /* pairs (i, j) now also lose/gain their terms with n */
    for (int a = 0; a < b->nact - 1; a++) {
        int i = b->active[a];
        for (int c = a + 1; c < b->nact - 1; c++) {
            int j = b->active[c];
            double lij = log(b->pc[i] + b->pc[j]);
            double d = AT(b, q, i, n) + AT(b, q, n, i) + AT(b, q, j, n) + AT(b, q, n, j) -
                       qm(b, AT(b, P, i, n) + AT(b, P, j, n), lij, b->lpc[n]) -
                       qm(b, AT(b, P, n, i) + AT(b, P, n, j), b->lpc[n], lij);
            set_loss(b, i, j, get_loss(b, i, j) + d);
        }
    }
    for (int a = 0; a < b->nact - 1; a++)
        set_loss(b, b->active[a], n, full_loss(b, b->active[a], n));
}

static void best_pair(const brown *b, int *bs, int *bt)
{
    double best = INFINITY;
    for (int a = 0; a < b->nact; a++)
        for (int c = a + 1; c < b->nact; c++) {
            double l = get_loss(b, b->active[a], b->active[c]);
            if (l < best) {
                best = l;
                *bs = b->active[a];
                *bt = b->active[c];
            }
        }
}

/* Merges slot t into slot s. */
static void brown_merge(brown *b, int s, int t, double *A)
{
    double pu = b->pc[s] + b->pc[t], lu = log(pu);
    for (int k = 0; k < b->nact; k++) {
        int x = b->active[k];
        if (x == s || x == t)
            continue;
        double xu = qm(b, AT(b, P, x, s) + AT(b, P, x, t), b->lpc[x], lu);
        double ux = qm(b, AT(b, P, s, x) + AT(b, P, t, x), lu, b->lpc[x]);
        A[x] = xu + ux - (AT(b, q, x, s) + AT(b, q, s, x) + AT(b, q, x, t) + AT(b, q, t, x));
    }
    for (int a = 0; a < b->nact; a++) {
        int i = b->active[a];
        if (i == s || i == t)
            continue;
        for (int c = a + 1; c < b->nact; c++) {
            int j = b->active[c];
            if (j == s || j == t)
                continue;
            double pij = b->pc[i] + b->pc[j], lij = log(pij);
            double ijs = AT(b, P, i, s) + AT(b, P, j, s), sij = AT(b, P, s, i) + AT(b, P, s, j);
            double ijt = AT(b, P, i, t) + AT(b, P, j, t), tij = AT(b, P, t, i) + AT(b, P, t, j);
            double d = A[i] + A[j] -
                       (qm(b, ijs + ijt, lij, lu) + qm(b, sij + tij, lu, lij) - qm(b, ijs, lij, b->lpc[s]) -
                        qm(b, sij, b->lpc[s], lij) - qm(b, ijt, lij, b->lpc[t]) - qm(b, tij, b->lpc[t], lij));
            set_loss(b, i, j, get_loss(b, i, j) + d);
        }
    }
    double uu = AT(b, P, s, s) + AT(b, P, s, t) + AT(b, P, t, s) + AT(b, P, t, t);
    for (int k = 0; k < b->nact; k++) {
        int x = b->active[k];
        if (x == s || x == t)
            continue;
        AT(b, P, s, x) += AT(b, P, t, x);
        AT(b, P, x, s) += AT(b, P, x, t);
        b->Q[x] += A[x];
    }
    AT(b, P, s, s) = uu;
    b->pc[s] = pu;
    b->lpc[s] = lu;
    /* move t's words to s */
    int w = b->head[t];
    while (w >= 0) {
        int nx = b->next[w];
        b->slot_of[w] = s;
        b->next[w] = b->head[s];
        b->head[s] = w;
        w = nx;
    }
    b->head[t] = -1;
    for (int k = 0; k < b->nact; k++)
        if (b->active[k] == t) {
            b->active[k] = b->active[--b->nact];
            break;
        }
    b->free_slots[b->nfree++] = t;
    refresh_q(b, s);
    for (int k = 0; k < b->nact; k++) {
        int x = b->active[k];
        if (x != s) {
            AT(b, q, x, s) = qm(b, AT(b, P, x, s), b->lpc[x], b->lpc[s]);
            AT(b, q, s, x) = qm(b, AT(b, P, s, x), b->lpc[s], b->lpc[x]);
        }
    }
    for (int k = 0; k < b->nact; k++)
        if (b->active[k] != s)
            set_loss(b, s, b->active[k], full_loss(b, s, b->active[k]));
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static vocab *g_sort_vocab;
static int by_count(const void *a, const void *b)
{
    const vword *x = &g_sort_vocab->w[*(const uint32_t *)a], *y = &g_sort_vocab->w[*(const uint32_t *)b];
    if (x->count != y->count)
        return x->count < y->count ? 1 : -1;
    return strcmp(g_sort_vocab->strs + x->str, g_sort_vocab->strs + y->str);
}

static int cap_bucket(const vword *w)
{
    unsigned tot = w->cap + w->low;
    if (tot < 2)
        return 0;
    double r = (double)w->cap / tot;
    return r < 0.05 ? 1 : r < 0.3 ? 2 : r < 0.7 ? 3 : r < 0.95 ? 4 : 5;
}

int cmd_clusters(int argc, char **argv)
{
    const char *texts[16], *out = NULL;
    int ntext = 0, C = 256;
    unsigned min_count = 3, table_min = 2;
    for (int i = 0; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--text") && ntext < 16)
            texts[ntext++] = argv[i + 1];
        else if (!strcmp(argv[i], "--out"))
            out = argv[i + 1];
        else if (!strcmp(argv[i], "--clusters"))
            C = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--min-count"))
            min_count = (unsigned)atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--table-min"))
            table_min = (unsigned)atoi(argv[i + 1]);
        else {
            fprintf(stderr, "lede-train clusters: unknown option %s\n", argv[i]);
            return 2;
        }
    }
    if (!ntext || !out || C < 2 || C > 4000) {
        fprintf(stderr, "usage: lede-train clusters --text FILE[@PREFIX]... --out FILE [--clusters C]\n");
        return 2;
    }
    double t0 = now_sec();
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    vocab v = {0};
    seqbuf seq = {0};
    size_t docs = 0;
    for (int i = 0; i < ntext; i++)
        if (!read_text(texts[i], ws, &v, &seq, &docs))
            return 1;
    printf("read %zu docs, %zu tokens, %zu word forms (%.1f s)\n", docs, seq.n, v.n, now_sec() - t0);

    uint32_t *order = malloc(v.n * sizeof *order);
    for (size_t i = 0; i < v.n; i++)
        order[i] = (uint32_t)i;
    g_sort_vocab = &v;
    qsort(order, v.n, sizeof *order, by_count);
    int V = 0;
    while ((size_t)V < v.n && v.w[order[V]].count >= min_count)
        V++;
    for (int r = 0; r < V; r++)
        v.w[order[r]].rank = r;

    /* bigram counts between ranked words, as CSR both ways */
    uint64_t *pairs = malloc(seq.n * sizeof *pairs);
    size_t np = 0;
    double N = 0;
    for (size_t i = 0; i + 1 < seq.n; i++) {
        if (seq.v[i] < 0 || seq.v[i + 1] < 0)
            continue;
        int a = v.w[seq.v[i]].rank, b = v.w[seq.v[i + 1]].rank;
        if (a < 0 || b < 0)
            continue;
        pairs[np++] = (uint64_t)a << 32 | (uint32_t)b;
    }
    qsort(pairs, np, sizeof *pairs, cmp_u64);
    N = (double)np;
    size_t nu = 0;
    uint32_t *pa = malloc((np + 1) * sizeof *pa), *pb = malloc((np + 1) * sizeof *pb);
    double *pcnt = malloc((np + 1) * sizeof *pcnt);
    for (size_t i = 0; i < np;) {
        size_t j = i;
        while (j < np && pairs[j] == pairs[i])
            j++;
        pa[nu] = (uint32_t)(pairs[i] >> 32);
        pb[nu] = (uint32_t)pairs[i];
        pcnt[nu++] = (double)(j - i);
        i = j;
    }
    free(pairs);
    uint32_t *ro = calloc((size_t)V + 2, sizeof *ro), *lo = calloc((size_t)V + 2, sizeof *lo);
    uint32_t *rn = malloc((nu + 1) * sizeof *rn), *ln = malloc((nu + 1) * sizeof *ln);
    double *rc = malloc((nu + 1) * sizeof *rc), *lc = malloc((nu + 1) * sizeof *lc);
    double *cnt = calloc((size_t)V + 1, sizeof *cnt);
    for (size_t e = 0; e < nu; e++) {
        ro[pa[e] + 1]++;
        lo[pb[e] + 1]++;
        cnt[pa[e]] += pcnt[e];
    }
    for (int w = 0; w < V; w++) {
        ro[w + 1] += ro[w];
        lo[w + 1] += lo[w];
        if (cnt[w] <= 0)
            cnt[w] = 1; /* a word only ever before rare words: keep logs finite */
    }
    uint32_t *fill = calloc((size_t)V + 1, sizeof *fill);
    for (size_t e = 0; e < nu; e++) {
        rn[ro[pa[e]]] = pb[e];
        rc[ro[pa[e]]++] = pcnt[e];
    }
    for (int w = V; w > 0; w--)
        ro[w] = ro[w - 1];
    ro[0] = 0;
    for (size_t e = 0; e < nu; e++) {
        ln[lo[pb[e]] + fill[pb[e]]] = pa[e];
        lc[lo[pb[e]] + fill[pb[e]]++] = pcnt[e];
    }
    free(fill);
    printf("%d words to cluster (count >= %u), %zu bigram types, %.0f bigrams\n", V, min_count, nu, N);

    if (C > V)
        C = V;
    brown b = {.K = C + 1, .N = N, .logN = log(N)};
    size_t KK = (size_t)b.K * (size_t)b.K;
    b.P = calloc(KK, sizeof *b.P);
    b.q = calloc(KK, sizeof *b.q);
    b.L = calloc(KK, sizeof *b.L);
    b.Q = calloc((size_t)b.K, sizeof *b.Q);
    b.pc = calloc((size_t)b.K, sizeof *b.pc);
    b.lpc = calloc((size_t)b.K, sizeof *b.lpc);
    b.active = calloc((size_t)b.K, sizeof *b.active);
    b.free_slots = calloc((size_t)b.K, sizeof *b.free_slots);
    b.head = calloc((size_t)b.K, sizeof *b.head);
    b.slot_of = malloc(((size_t)V + 1) * sizeof *b.slot_of);
    b.next = malloc(((size_t)V + 1) * sizeof *b.next);
    double *A = calloc((size_t)b.K, sizeof *A);
    if (!b.P || !b.q || !b.L || !b.slot_of || !b.next || !A)
        die_oom();
    for (int w = 0; w < V; w++)
        b.slot_of[w] = -1;
    for (int s = b.K - 1; s >= 0; s--)
        b.free_slots[b.nfree++] = s;
    for (int w = 0; w < V; w++) {
        int n = b.free_slots[--b.nfree];
        brown_enter(&b, w, n, ro, rn, rc, lo, ln, lc, cnt);
        if (b.nact > C) {
            int s = -1, t = -1;
            best_pair(&b, &s, &t);
            brown_merge(&b, s, t, A);
        }
        if ((w + 1) % 2000 == 0)
            printf("  %d/%d words (%.1f s)\n", w + 1, V, now_sec() - t0);
    }
    /* leaves: the C clusters; then merge them into one tree */
    int nodes = 2 * C;
    int *left = malloc((size_t)nodes * sizeof *left), *right = malloc((size_t)nodes * sizeof *right);
    int *node_of_slot = malloc((size_t)b.K * sizeof *node_of_slot);
    int *leaf_of_word = malloc(((size_t)V + 1) * sizeof *leaf_of_word);
    int nn = 0;
    for (int k = 0; k < b.nact; k++) {
        int s = b.active[k];
        node_of_slot[s] = nn;
        left[nn] = right[nn] = -1;
        for (int w = b.head[s]; w >= 0; w = b.next[w])
            leaf_of_word[w] = nn;
        nn++;
    }
    int leaves = nn;
    while (b.nact > 1) {
        int s = -1, t = -1;
        best_pair(&b, &s, &t);
        left[nn] = node_of_slot[s];
        right[nn] = node_of_slot[t];
        brown_merge(&b, s, t, A);
        node_of_slot[s] = nn++;
    }
    /* paths from the root */
    char (*path)[64] = calloc((size_t)nn, 64);
    int *stack = malloc((size_t)nn * sizeof *stack), sp = 0;
    stack[sp++] = nn - 1;
    path[nn - 1][0] = '\0';
    while (sp) {
        int x = stack[--sp];
        if (left[x] < 0)
            continue;
        size_t l = strlen(path[x]);
        if (l > 60)
            l = 60;
        memcpy(path[left[x]], path[x], l);
        memcpy(path[right[x]], path[x], l);
        path[left[x]][l] = '0';
        path[right[x]][l] = '1';
        path[left[x]][l + 1] = path[right[x]][l + 1] = '\0';
        stack[sp++] = left[x];
        stack[sp++] = right[x];
    }
    FILE *f = fopen(out, "w");
    if (!f) {
        perror(out);
        return 1;
    }
    fprintf(f, "# lede word classes: word, Brown cluster path (- = too rare), count, capitalisation bucket\n");
    fprintf(f, "# built by lede-train clusters from %d source(s): %zu docs, %zu tokens; %d clusters, min count %u\n",
            ntext, docs, seq.n, leaves, min_count);
    size_t written = 0;
    for (size_t r = 0; r < v.n; r++) {
        const vword *w = &v.w[order[r]];
        if (w->count < table_min)
            break;
        const char *s = v.strs + w->str;
        if (strchr(s, '\t') || strchr(s, '\n') || !*s)
            continue;
        fprintf(f, "%s\t%s\t%u\t%d\n", s, w->rank >= 0 ? path[leaf_of_word[w->rank]] : "-", w->count,
                cap_bucket(w));
        written++;
    }
    fclose(f);
    printf("wrote %s: %zu words (%.1f s)\n", out, written, now_sec() - t0);
    return 0;
}
