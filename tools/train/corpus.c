/*
 * corpus.c - reads JSON Lines corpora (../shared/corpora/FORMAT.md),
 * tokenises each text with the runtime segmenter (so training and serving
 * see the same tokens) and aligns the gold entities - code-point offsets -
 * to tokens as BILOU labels.  Owner: the NER tagger.  Single-threaded.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stages.h"
#include "train.h"

int type_of_name(const char *s)
{
    if (!strcmp(s, "PERSON") || !strcmp(s, "PER"))
        return LEDE_TG_PER;
    if (!strcmp(s, "ORGANIZATION") || !strcmp(s, "ORG"))
        return LEDE_TG_ORG;
    if (!strcmp(s, "LOCATION") || !strcmp(s, "LOC") || !strcmp(s, "GPE"))
        return LEDE_TG_LOC;
    if (!strcmp(s, "MISC"))
        return LEDE_TG_MISC;
    return -1;
}

#define COPY_VEC(dst, src)                                                       \
    do {                                                                         \
        (dst).n = (dst).cap = (src).n;                                           \
        (dst).v = malloc(((src).n ? (src).n : 1) * sizeof(*(src).v));            \
        if (!(dst).v)                                                            \
            return false;                                                        \
        if ((src).n)                                                             \
            memcpy((dst).v, (src).v, (src).n * sizeof(*(src).v));               \
    } while (0)

bool segment_copy(lede_workspace *ws, const char *text, size_t len, lede_doc *d)
{
    lede_workspace_reset(ws);
    lede_doc_clear(ws);
    ws->doc.text = text;
    ws->doc.len = len;
    ws->doc.text_is_input = true;
    if (lede_segment(ws) != LEDE_OK)
        return false;
    memset(d, 0, sizeof *d);
    d->text = text;
    d->len = len;
    d->text_is_input = true;
    COPY_VEC(d->norm, ws->doc.norm);
    COPY_VEC(d->paras, ws->doc.paras);
    COPY_VEC(d->sents, ws->doc.sents);
    COPY_VEC(d->toks, ws->doc.toks);
    return true;
}

void doc_copy_free(lede_doc *d)
{
    free(d->norm.v);
    free(d->paras.v);
    free(d->sents.v);
    free(d->toks.v);
    free(d->mentions.v);
}

/* Byte offset of every code point boundary: cp[k] = byte of code point k. */
static uint32_t *cp_map(const char *s, size_t n, size_t *ncp)
{
    uint32_t *m = malloc((n + 1) * sizeof *m);
    if (!m)
        return NULL;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            m[k++] = (uint32_t)i;
    m[k] = (uint32_t)n;
    *ncp = k;
    return m;
}

static void label_span(tdoc *td, const gold_span *g, corpus *c)
{
    const lede_doc *d = &td->doc;
    size_t a = 0;
    while (a < d->toks.n && d->toks.v[a].end <= g->start)
        a++;
    size_t b = a;
    while (b < d->toks.n && d->toks.v[b].start < g->end)
        b++;
    c->entities++;
    if (a == b || d->toks.v[a].start != g->start || d->toks.v[b - 1].end != g->end) {
        c->misaligned++;
        if (a == b)
            return;
    }
    for (size_t i = a; i < b; i++)
        if (td->gold[i]) {
            c->misaligned++; /* overlapping gold: keep the first */
            return;
        }
    if (b - a == 1) {
        td->gold[a] = (uint8_t)lede_tg_label(g->type, LEDE_TG_U);
        return;
    }
    td->gold[a] = (uint8_t)lede_tg_label(g->type, LEDE_TG_B);
    for (size_t i = a + 1; i + 1 < b; i++)
        td->gold[i] = (uint8_t)lede_tg_label(g->type, LEDE_TG_I);
    td->gold[b - 1] = (uint8_t)lede_tg_label(g->type, LEDE_TG_L);
}

static bool add_doc(corpus *c, lede_workspace *ws, json_t *o, bool with_gold, const char *path, size_t lineno)
{
    const char *id = json_string_value(json_object_get(o, "id"));
    json_t *jt = json_object_get(o, "text");
    if (!id || !json_is_string(jt)) {
        fprintf(stderr, "lede-train: %s:%zu: no id or text\n", path, lineno);
        return false;
    }
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 256;
        tdoc *p = realloc(c->d, c->cap * sizeof *p);
        if (!p)
            return false;
        c->d = p;
    }
    tdoc *td = &c->d[c->n];
    memset(td, 0, sizeof *td);
    td->id = strdup(id);
    td->len = json_string_length(jt);
    td->text = malloc(td->len + 1);
    if (!td->id || !td->text)
        return false;
    memcpy(td->text, json_string_value(jt), td->len + 1);
    if (!segment_copy(ws, td->text, td->len, &td->doc)) {
        fprintf(stderr, "lede-train: %s: cannot segment: %s\n", id, lede_workspace_error(ws));
        return false;
    }
    c->tokens += td->doc.toks.n;
    td->gold = calloc(td->doc.toks.n + 1, 1);
    if (!td->gold)
        return false;
    json_t *ents = json_object_get(o, "entities");
    if (with_gold && json_is_array(ents)) {
        size_t ncp;
        uint32_t *cp = cp_map(td->text, td->len, &ncp);
        td->spans = calloc(json_array_size(ents) + 1, sizeof *td->spans);
        if (!cp || !td->spans)
            return false;
        size_t k;
        json_t *e;
        json_array_foreach(ents, k, e) {
            json_int_t s = json_integer_value(json_object_get(e, "start"));
            json_int_t en = json_integer_value(json_object_get(e, "end"));
            const char *ty = json_string_value(json_object_get(e, "type"));
            int t = ty ? type_of_name(ty) : -1;
            if (t < 0 || s < 0 || en <= s || (size_t)en > ncp)
                continue;
            gold_span g = {cp[s], cp[en], t};
            td->spans[td->n_spans++] = g;
            label_span(td, &g, c);
        }
        free(cp);
    }
    c->n++;
    return true;
}

bool corpus_load(corpus *c, lede_workspace *ws, const char *path, const char *prefix, bool with_gold)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return false;
    }
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    ssize_t k;
    bool ok = true;
    size_t plen = prefix ? strlen(prefix) : 0;
    while (ok && (k = getline(&line, &cap, f)) > 0) {
        lineno++;
        if (plen) {
            /* cheap id filter before parsing: ids come first in these files */
            char *p = strstr(line, "\"id\"");
            if (p && !strstr(p, prefix))
                continue;
        }
        json_error_t je;
        json_t *o = json_loadb(line, (size_t)k, 0, &je);
        if (!o) {
            fprintf(stderr, "lede-train: %s:%zu: %s\n", path, lineno, je.text);
            ok = false;
            break;
        }
        const char *id = json_string_value(json_object_get(o, "id"));
        if (!plen || (id && strncmp(id, prefix, plen) == 0))
            ok = add_doc(c, ws, o, with_gold, path, lineno);
        json_decref(o);
    }
    free(line);
    fclose(f);
    return ok;
}

void corpus_free(corpus *c)
{
    for (size_t i = 0; i < c->n; i++) {
        tdoc *t = &c->d[i];
        free(t->id);
        free(t->text);
        doc_copy_free(&t->doc);
        free(t->gold);
        free(t->spans);
        free(t->vmem);
        for (int k = 0; k < 2; k++) {
            free(t->keys[k]);
            free(t->koff[k]);
        }
        free(t->ya);
    }
    free(c->d);
    memset(c, 0, sizeof *c);
}
