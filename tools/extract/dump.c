/*
 * dump.c - prints how extraction treated one page (owner: ingest): every
 * element that holds text, indented by depth, with its tag, cue bits,
 * class weight, removal reason and text, and whether its runs were kept.
 *   extract-dump CORPUS.jsonl ID-SUBSTRING
 * A development tool for tuning the rules; built by tools/extract/run.sh.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "html_extract.h"
#include "html_meta.h"

static const char *const reasons[HX_RM_COUNT] = {
    "", "drop", "hidden", "unlikely", "role", "byline", "title", "form", "tag", "share",
    "header", "cond", "caption", "junk", "links"};

static void dump(lede_workspace *ws, const char *html, size_t n)
{
    lede_htree t;
    lede_htree_limits lim = {256, 1u << 20, 8u << 20, 2u << 20};
    if (lede_htree_parse(ws, &t, html, n, &lim) != LEDE_OK) {
        fprintf(stderr, "parse failed: %s\n", lede_workspace_error(ws));
        return;
    }
    lede_html_meta m;
    lede_html_meta_read(ws, &t, &m);
    printf("title: %.*s\n", (int)m.title.n, m.title.p);
    uint8_t *keep = calloc(t.n_runs + 1, 1), *why = calloc(t.n_nodes + 1, 1);
    lede_html_extract(ws, &t, m.title.p, m.title.n, keep, why);
    uint8_t *dead = calloc(t.n_nodes + 1, 1);
    for (size_t i = 0; i < t.n_nodes; i++) {
        const lede_hnode *nd = &t.nodes[i];
        dead[i] = why[i] ? why[i] : (nd->parent != LEDE_HNONE ? dead[nd->parent] : 0);
        if (nd->flags & LEDE_HN_DROP)
            continue;
        /* text directly owned by this node */
        char buf[160];
        size_t k = 0;
        int kept = -1;
        for (uint32_t r = nd->run_begin; r < nd->run_end && k + 1 < sizeof buf; r++) {
            if (t.runs[r].node != i)
                continue;
            kept = kept < 0 ? keep[r] : (kept | keep[r]);
            for (uint32_t j = 0; j < t.runs[r].len && k + 1 < sizeof buf; j++) {
                char c = t.text[t.runs[r].off + j];
                if (c == '\n' || c == '\t' || c == '\r')
                    c = ' ';
                if (c == ' ' && k && buf[k - 1] == ' ')
                    continue;
                buf[k++] = c;
            }
        }
        buf[k] = '\0';
        if (!why[i] && !nd->cues && kept < 0 && nd->tag != LEDE_T_P)
            continue;
        printf("%*s%s#%zu cues=%x w=%d %s%s %s| %s\n", nd->depth > 60 ? 60 : nd->depth, "",
               lede_tag_name((lede_tag)nd->tag), i, nd->cues, nd->weight, reasons[why[i]],
               dead[i] && !why[i] ? "(dead)" : "", kept > 0 ? "KEEP" : kept == 0 ? "drop" : "", buf);
    }
    free(keep);
    free(why);
    free(dead);
    lede_htree_free(&t);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s CORPUS.jsonl ID-SUBSTRING\n", argv[0]);
        return 2;
    }
    FILE *in = fopen(argv[1], "rb");
    if (!in)
        return 2;
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    char *line = NULL;
    size_t cap = 0;
    ssize_t k;
    while ((k = getline(&line, &cap, in)) > 0) {
        json_t *o = json_loadb(line, (size_t)k, 0, NULL);
        const char *id = o ? json_string_value(json_object_get(o, "id")) : NULL;
        json_t *h = o ? json_object_get(o, "html") : NULL;
        if (id && strstr(id, argv[2]) && json_is_string(h)) {
            lede_workspace_reset(ws);
            dump(ws, json_string_value(h), json_string_length(h));
        }
        json_decref(o);
    }
    free(line);
    lede_workspace_free(ws);
    fclose(in);
    return 0;
}
