/*
 * lists.c - the two word tables the trainer embeds in the model: the
 * gazetteer of names seen in the training documents (by fold, for
 * jackknifed training features) and the word classes read from
 * data/clusters.tsv (`lede-train clusters` writes it).
 * Owner: the NER tagger.  Single-threaded.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "train.h"

static size_t pow2_at_least(size_t n)
{
    size_t s = 16;
    while (s < n)
        s <<= 1;
    return s;
}

/* Builds the table in two steps: full 64-bit keys first (exact), then the
 * compact slots of the model, sized for a load of at most 0.6. */
typedef struct gent { uint64_t key; uint8_t types, maxlen; } gent;

static gent *gent_put(gent *t, uint64_t mask, uint64_t key, size_t *n)
{
    for (uint64_t i = key & mask;; i = (i + 1) & mask) {
        if (t[i].key == key)
            return &t[i];
        if (t[i].key == 0) {
            t[i].key = key;
            (*n)++;
            return &t[i];
        }
    }
}

bool gaz_build(gazetteer *g, const corpus *c, int skip_fold)
{
    size_t spans = 0;
    for (size_t i = 0; i < c->n; i++)
        spans += c->d[i].n_spans;
    size_t tslots = pow2_at_least(spans * 4 + 16), nt = 0;
    gent *tmp = calloc(tslots, sizeof *tmp);
    if (!tmp)
        return false;
    for (size_t di = 0; di < c->n; di++) {
        const tdoc *d = &c->d[di];
        if (skip_fold >= 0 && d->fold == skip_fold)
            continue;
        const lede_token *tk = d->doc.toks.v;
        size_t start = 0;
        for (size_t i = 0; i < d->doc.toks.n; i++) {
            int lab = d->gold[i];
            if (!lab)
                continue;
            int pos = lede_tg_lpos(lab);
            if (pos == LEDE_TG_B || pos == LEDE_TG_U)
                start = i;
            if (pos != LEDE_TG_L && pos != LEDE_TG_U)
                continue;
            size_t len = i + 1 - start;
            if (len > LEDE_TG_GAZ_MAX)
                continue;
            uint64_t h = LEDE_TG_GAZ_SEED;
            for (size_t k = start; k <= i; k++)
                h = lede_tg_gaz_step(h, lede_tg_word_hash(lede_tok_norm(&d->doc, &tk[k]), tk[k].norm_len));
            gent *e = gent_put(tmp, tslots - 1, h ? h : 1, &nt);
            e->types |= (uint8_t)(1u << lede_tg_ltype(lab));
            uint64_t w = lede_tg_word_hash(lede_tok_norm(&d->doc, &tk[start]), tk[start].norm_len);
            uint64_t fk = lede_tg_gaz_first(w);
            e = gent_put(tmp, tslots - 1, fk ? fk : 1, &nt);
            if (e->maxlen < len)
                e->maxlen = (uint8_t)len;
        }
    }
    size_t slots = pow2_at_least(nt * 5 / 3 + 16);
    g->slot = calloc(slots, sizeof *g->slot);
    if (!g->slot) {
        free(tmp);
        return false;
    }
    g->mask = slots - 1;
    g->n = 0;
    for (size_t k = 0; k < tslots; k++) {
        if (!tmp[k].key)
            continue;
        uint32_t tag = lede_tg_tag(tmp[k].key);
        uint64_t i = tmp[k].key & g->mask;
        while (g->slot[i].tag && g->slot[i].tag != tag)
            i = (i + 1) & g->mask;
        lede_tg_gslot *s = &g->slot[i];
        if (!s->tag)
            g->n++;
        s->tag = tag;
        s->types |= tmp[k].types;
        if (s->maxlen < tmp[k].maxlen)
            s->maxlen = tmp[k].maxlen;
    }
    free(tmp);
    return true;
}

void gaz_free(gazetteer *g)
{
    free(g->slot);
    memset(g, 0, sizeof *g);
}

/* clusters.tsv: word, Brown path ("-" when too rare to cluster), count,
 * capitalisation bucket; '#' lines are comments. */
bool wordclass_load(wordclass *w, const char *path)
{
    memset(w, 0, sizeof *w);
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        return false;
    }
    size_t lines = 0;
    int ch;
    while ((ch = getc(f)) != EOF)
        lines += ch == '\n';
    rewind(f);
    size_t slots = pow2_at_least(lines * 5 / 3 + 16);
    w->slot = calloc(slots, sizeof *w->slot);
    w->paths = calloc(65536, sizeof *w->paths);
    if (!w->slot || !w->paths) {
        fclose(f);
        return false;
    }
    w->mask = slots - 1;
    char buf[1024];
    /* paths are interned: cluster id = first appearance of the path */
    char (*pstr)[64] = calloc(65536, 64);
    if (!pstr) {
        fclose(f);
        return false;
    }
    while (fgets(buf, sizeof buf, f)) {
        if (buf[0] == '#' || buf[0] == '\n')
            continue;
        char *word = strtok(buf, "\t\n");
        char *pth = strtok(NULL, "\t\n");
        char *cnt = strtok(NULL, "\t\n");
        char *capb = strtok(NULL, "\t\n");
        if (!word || !pth || !cnt || !capb)
            continue;
        long count = strtol(cnt, NULL, 10);
        uint64_t h = lede_tg_word_hash(word, strlen(word));
        uint32_t tag = lede_tg_tag(h);
        uint64_t i = h & w->mask;
        while (w->slot[i].tag && w->slot[i].tag != tag)
            i = (i + 1) & w->mask;
        if (w->slot[i].tag)
            continue; /* digit-normalised duplicate */
        lede_tg_cslot *s = &w->slot[i];
        s->tag = tag;
        s->capb = (uint8_t)atoi(capb);
        if (s->capb >= LEDE_TG_CAPB_N)
            s->capb = 0;
        s->freqb = (uint8_t)(count < 5 ? 1 : count < 20 ? 2 : count < 100 ? 3 : count < 1000 ? 4 : 5);
        s->cluster = 0xFFFF;
        if (strcmp(pth, "-") != 0 && strlen(pth) < 64) {
            uint32_t c = 0;
            while (c < w->n_paths && strcmp(pstr[c], pth) != 0)
                c++;
            if (c == w->n_paths && c < 65535) {
                strcpy(pstr[c], pth);
                size_t len = strlen(pth);
                uint64_t bits = 0;
                for (size_t k = 0; k < len && k < 32; k++)
                    if (pth[k] == '1')
                        bits |= 1ULL << k;
                w->paths[c] = bits | (uint64_t)(len < 32 ? len : 32) << 32;
                w->n_paths++;
            }
            if (c < w->n_paths)
                s->cluster = (uint16_t)c;
        }
        w->n++;
    }
    free(pstr);
    fclose(f);
    return true;
}

void wordclass_free(wordclass *w)
{
    free(w->slot);
    free(w->paths);
    memset(w, 0, sizeof *w);
}
