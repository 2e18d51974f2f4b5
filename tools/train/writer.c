/*
 * writer.c - turns trained weights into data/ner.model: keeps the rows
 * that matter (largest |weight| first, up to a cap), quantises them to
 * int16 with one scale, builds the open-addressing index, appends the word
 * classes and the gazetteer, checksums, and replaces the file atomically.
 * The layout is documented in core/tagger.h.  Owner: the NER tagger.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "train.h"

typedef struct cand { uint64_t key; uint32_t row; float imp; } cand;

static int by_importance(const void *a, const void *b)
{
    float x = ((const cand *)a)->imp, y = ((const cand *)b)->imp;
    return x < y ? 1 : x > y ? -1 : 0;
}

static uint64_t align64(uint64_t x) { return (x + 63) & ~(uint64_t)63; }

/* Rows of one table, chosen and ordered, before layout. */
typedef struct table_plan {
    cand *c;
    size_t n;
    float scale;
    uint32_t bits;
} table_plan;

static bool plan_table(table_plan *t, const wmap *m, const write_opts *o)
{
    t->c = malloc((m->n + 1) * sizeof *t->c);
    if (!t->c)
        return false;
    t->n = 0;
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i])
            continue;
        const float *w = m->w + (size_t)m->row[i] * LEDE_TG_NLAB;
        float imp = 0;
        for (int l = 0; l < LEDE_TG_NLAB; l++)
            if (fabsf(w[l]) > imp)
                imp = fabsf(w[l]);
        if (imp < o->min_weight || imp == 0)
            continue;
        t->c[t->n++] = (cand){m->keys[i], m->row[i], imp};
    }
    qsort(t->c, t->n, sizeof *t->c, by_importance);
    if (o->max_features && t->n > o->max_features)
        t->n = o->max_features;
    t->scale = (t->n ? t->c[0].imp : 1) / 32767.0f;
    t->bits = 4;
    while ((1ULL << t->bits) < t->n * 2)
        t->bits++;
    return true;
}

/* Quantises and indexes the planned rows; returns the rows kept. */
static uint32_t fill_table(const table_plan *t, const wmap *m, lede_tg_wslot *idx, int16_t *rows, size_t *coll)
{
    size_t wslots = (size_t)1 << t->bits;
    uint32_t nrows = 0;
    for (size_t k = 0; k < t->n; k++) {
        const float *w = m->w + (size_t)t->c[k].row * LEDE_TG_NLAB;
        int16_t q[LEDE_TG_ROW] = {0};
        bool any = false;
        for (int l = 0; l < LEDE_TG_NLAB; l++) {
            long v = lrintf(w[l] / t->scale);
            v = v > 32767 ? 32767 : v < -32767 ? -32767 : v;
            q[l] = (int16_t)v;
            any |= v != 0;
        }
        if (!any)
            continue;
        uint64_t key = t->c[k].key;
        uint32_t tag = lede_tg_tag(key);
        size_t i = key & (wslots - 1);
        while (idx[i].tag && idx[i].tag != tag)
            i = (i + 1) & (wslots - 1);
        if (idx[i].tag) {
            (*coll)++; /* same slot chain and tag: keep the stronger row */
            continue;
        }
        idx[i].tag = tag;
        idx[i].row = nrows;
        memcpy(rows + (size_t)nrows * LEDE_TG_ROW, q, sizeof q);
        nrows++;
    }
    return nrows;
}

bool model_write(const char *path, const wmap *const *tables, int n_tables, const wordclass *wc,
                 const gazetteer *g, const write_opts *o, size_t *kept_out)
{
    table_plan plan[LEDE_TG_TABLES] = {{0}};
    lede_tg_header h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, LEDE_TG_MAGIC, 8);
    h.version = LEDE_TG_VERSION;
    h.header_size = LEDE_TG_HEADER_SIZE;
    h.n_labels = LEDE_TG_NLAB;
    h.featset = LEDE_TG_FEATSET;
    h.n_tables = (uint32_t)n_tables;
    h.conf_scale = o->conf_scale;
    uint64_t end = align64(LEDE_TG_HEADER_SIZE);
    for (int k = 0; k < n_tables; k++) {
        if (!plan_table(&plan[k], tables[k], o))
            return false;
        h.w[k].bits = plan[k].bits;
        h.w[k].scale = plan[k].scale;
        h.w[k].index_off = end;
        h.w[k].rows_off = align64(end + ((uint64_t)1 << plan[k].bits) * sizeof(lede_tg_wslot));
        end = align64(h.w[k].rows_off + (uint64_t)plan[k].n * LEDE_TG_ROW * 2);
    }
    uint32_t cbits = 4;
    while (wc && (1ULL << cbits) <= wc->mask)
        cbits++;
    uint32_t gbits = 4;
    while (g && (1ULL << gbits) <= g->mask)
        gbits++;
    if (wc && wc->n) {
        h.c_bits = cbits;
        h.c_count = (uint32_t)wc->n;
        h.c_off = end;
        h.c_paths = wc->n_paths;
        h.c_paths_off = align64(h.c_off + (wc->mask + 1) * sizeof(lede_tg_cslot));
        end = align64(h.c_paths_off + (uint64_t)wc->n_paths * 8);
    }
    if (g && g->n) {
        h.g_bits = gbits;
        h.g_count = (uint32_t)g->n;
        h.g_off = end;
        end = align64(h.g_off + (g->mask + 1) * sizeof(lede_tg_gslot));
    }
    h.file_size = end;
    snprintf(h.info, sizeof h.info, "%s", o->info ? o->info : "");

    char *buf = calloc(1, end);
    if (!buf)
        return false;
    size_t collisions = 0;
    for (int k = 0; k < n_tables; k++) {
        h.w[k].rows = fill_table(&plan[k], tables[k], (lede_tg_wslot *)(buf + h.w[k].index_off),
                                 (int16_t *)(buf + h.w[k].rows_off), &collisions);
        if (kept_out)
            kept_out[k] = h.w[k].rows;
        free(plan[k].c);
    }
    if (wc && wc->n) {
        memcpy(buf + h.c_off, wc->slot, (wc->mask + 1) * sizeof(lede_tg_cslot));
        memcpy(buf + h.c_paths_off, wc->paths, (size_t)wc->n_paths * 8);
    }
    if (g && g->n)
        memcpy(buf + h.g_off, g->slot, (g->mask + 1) * sizeof(lede_tg_gslot));
    /* rows dropped as all-zero leave zero bytes at the end of their section */
    h.checksum = lede_tg_checksum(buf + LEDE_TG_HEADER_SIZE, end - LEDE_TG_HEADER_SIZE);
    memcpy(buf, &h, sizeof h);

    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *f = fopen(tmp, "wb");
    bool ok = f && fwrite(buf, 1, end, f) == end;
    if (f)
        ok = fclose(f) == 0 && ok;
    if (ok)
        ok = rename(tmp, path) == 0;
    if (!ok)
        perror(path);
    if (collisions)
        fprintf(stderr, "lede-train: %zu feature rows dropped on index collisions\n", collisions);
    free(buf);
    return ok;
}
