/*
 * writer.c - turns trained weights into data/ner.model: keeps the rows
 * that matter (largest |weight| first, up to a cap), quantises each to int8
 * with its own power-of-two exponent, lays the rows out most used first
 * behind an open-addressing index, appends the word classes and the
 * gazetteer, checksums, and replaces the file atomically.
 * The layout is documented in core/tagger.h.  Owner: the NER tagger.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "train.h"

typedef struct cand { uint64_t key; uint32_t row, uses; float imp; } cand;

static int by_importance(const void *a, const void *b)
{
    const cand *p = a, *q = b;
    if (p->imp != q->imp)
        return p->imp < q->imp ? 1 : -1;
    return p->key < q->key ? -1 : p->key > q->key;
}

/* Row order in the file: most used in training first (ties: importance),
 * so the rows most documents need sit in few cache lines. */
static int by_uses(const void *a, const void *b)
{
    const cand *p = a, *q = b;
    if (p->uses != q->uses)
        return p->uses < q->uses ? 1 : -1;
    return by_importance(a, b);
}

static uint64_t align64(uint64_t x) { return (x + 63) & ~(uint64_t)63; }

/* Rows of one table, chosen and ordered, before layout. */
typedef struct table_plan {
    cand *c;
    size_t n;
    float unit;
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
        t->c[t->n++] = (cand){m->keys[i], m->row[i], m->uses ? m->uses[m->row[i]] : 0, imp};
    }
    qsort(t->c, t->n, sizeof *t->c, by_importance);
    if (o->max_features && t->n > o->max_features)
        t->n = o->max_features;
    if (t->n > LEDE_TG_MAX_ROWS)
        t->n = LEDE_TG_MAX_ROWS;
    /* the strongest row uses the largest exponent */
    t->unit = (t->n ? t->c[0].imp : 1) / (127.0f * (float)(1 << LEDE_TG_MAX_EXP));
    /* the index at most half full: a missing feature costs ~2.5 entries */
    t->bits = 4;
    while ((1ULL << t->bits) < t->n * 2)
        t->bits++;
    return true;
}

/* Quantises the planned rows and indexes them in importance order (which
 * of two rows with one tag on one chain is kept, and where each entry
 * sits, do not depend on the row layout), then lays the rows out most used
 * first and renumbers the index entries; returns the rows kept. */
static uint32_t fill_table(const table_plan *t, const wmap *m, uint32_t *idx, lede_tg_wrow *rows, size_t *coll)
{
    size_t mask = ((size_t)1 << t->bits) - 1;
    lede_tg_wrow *q = calloc(t->n + 1, sizeof *q);
    uint32_t *at = calloc(t->n + 1, sizeof *at);    /* plan index -> index entry + 1 */
    cand *kept = malloc((t->n + 1) * sizeof *kept);
    uint32_t *renum = calloc(t->n + 1, sizeof *renum);
    if (!q || !at || !kept || !renum) {
        free(q), free(at), free(kept), free(renum);
        return UINT32_MAX;
    }
    uint32_t nrows = 0;
    for (size_t k = 0; k < t->n; k++) {
        const float *w = m->w + (size_t)t->c[k].row * LEDE_TG_NLAB;
        int e = 0;
        while (e < LEDE_TG_MAX_EXP && t->c[k].imp / (t->unit * (float)(1 << e)) > 127.0f)
            e++;
        bool any = false;
        for (int l = 0; l < LEDE_TG_NLAB; l++) {
            long v = lrintf(w[l] / (t->unit * (float)(1 << e)));
            v = v > 127 ? 127 : v < -127 ? -127 : v;
            q[k].w[l] = (int8_t)v;
            any |= v != 0;
        }
        if (!any)
            continue;
        q[k].exp = (uint8_t)e;
        uint64_t key = t->c[k].key;
        uint16_t tag = lede_tg_tag16(key);
        size_t i = key & mask;
        bool dup = false;
        while (idx[i]) {
            /* the same 16-bit tag on the same chain would shadow it */
            dup |= (idx[i] & 0xFFFFu) == tag;
            i = (i + 1) & mask;
        }
        if (dup) {
            (*coll)++;
            continue;
        }
        idx[i] = lede_tg_ientry(tag, (uint32_t)k); /* plan index for now */
        at[k] = (uint32_t)i + 1;
        kept[nrows] = t->c[k];
        kept[nrows++].row = (uint32_t)k; /* sorted below with its plan index */
    }
    qsort(kept, nrows, sizeof *kept, by_uses);
    for (uint32_t r = 0; r < nrows; r++) {
        uint32_t k = kept[r].row;
        rows[r] = q[k];
        renum[k] = r;
    }
    for (size_t k = 0; k < t->n; k++)
        if (at[k])
            idx[at[k] - 1] = lede_tg_ientry(lede_tg_tag16(t->c[k].key), renum[k]);
    free(q), free(at), free(kept), free(renum);
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
    h.flags = o->lite1 ? LEDE_TG_F_LITE1 : 0;
    uint64_t end = align64(LEDE_TG_HEADER_SIZE);
    for (int k = 0; k < n_tables; k++) {
        if (!plan_table(&plan[k], tables[k], o))
            return false;
        h.w[k].bits = plan[k].bits;
        h.w[k].unit = plan[k].unit;
        h.w[k].off = end;
        end = align64(end + ((uint64_t)1 << plan[k].bits) * sizeof(uint32_t));
        h.w[k].rows_off = end;
        end = align64(end + plan[k].n * sizeof(lede_tg_wrow));
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
        uint32_t rows = fill_table(&plan[k], tables[k], (uint32_t *)(void *)(buf + h.w[k].off),
                                   (lede_tg_wrow *)(void *)(buf + h.w[k].rows_off), &collisions);
        if (rows == UINT32_MAX) {
            for (int j = k; j < n_tables; j++)
                free(plan[j].c);
            free(buf);
            return false;
        }
        h.w[k].rows = rows;
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
