/*
 * html_extract.c - article extraction driver: runs attempts with fewer
 * restrictions until one finds enough text (Readability's flag sieve: first
 * strip unlikely candidates, then stop weighting class names, then stop the
 * conditional cleaning) and turns the winner into a keep-mask over runs.
 * Reentrant; all state is in the hx_ctx on the stack.
 */
#include <stdlib.h>
#include <string.h>

#include "html_extract.h"

/* Below this many characters an attempt is retried with fewer rules. */
enum { HX_CHAR_THRESHOLD = 500 };

static size_t mark_keep(hx_ctx *x, uint8_t *keep)
{
    const lede_htree *t = x->t;
    const lede_hnode *nd = t->nodes;
    size_t chars = 0;
    memset(keep, 0, t->n_runs);
    for (size_t a = 0; a < x->n_art_nodes; a++) {
        const lede_hnode *root = &nd[x->art_nodes[a]];
        for (uint32_t r = root->run_begin; r < root->run_end; r++)
            if (!x->dead[t->runs[r].node] && !keep[r]) {
                keep[r] = 1;
                chars += x->rchars[r];
            }
    }
    for (size_t s = 0; s < x->n_art_segs; s++) {
        const hx_seg *g = &x->segs[x->art_segs[s]];
        for (uint32_t r = g->r0; r < g->r1; r++)
            if (!x->dead[t->runs[r].node] && !keep[r] && x->seg_of_run[r] == x->art_segs[s]) {
                keep[r] = 1;
                chars += x->rchars[r];
            }
    }
    return chars;
}

static uint32_t find_body(const lede_htree *t)
{
    for (uint32_t i = 0; i < t->n_nodes; i++)
        if (t->nodes[i].tag == LEDE_T_BODY)
            return i;
    return 0;
}

lede_status lede_html_extract(lede_workspace *ws, const lede_htree *t, const char *title,
                              size_t title_len, uint8_t *keep, uint8_t *why)
{
    hx_ctx x;
    memset(&x, 0, sizeof x);
    x.ws = ws;
    x.t = t;
    x.title = title ? title : "";
    x.title_len = title ? title_len : 0;
    memset(keep, 0, t->n_runs);
    if (!t->n_nodes || !t->n_runs)
        return LEDE_OK;
    lede_status st = hx_alloc(&x);
    uint8_t *trial = malloc(t->n_runs);
    if (st != LEDE_OK || !trial) {
        hx_free(&x);
        free(trial);
        return lede_fail(ws, LEDE_ERR_NOMEM, "out of memory extracting the article");
    }
    x.body = find_body(t);
    hx_measure_runs(&x);
    static const unsigned sieve[] = {HX_ALL, HX_ALL & ~HX_STRIP_UNLIKELY,
                                     HX_CLEAN_COND, 0};
    size_t best = 0;
    for (size_t k = 0; k < sizeof sieve / sizeof *sieve; k++) {
        x.flags = sieve[k];
        st = hx_grab(&x);
        if (st != LEDE_OK)
            break;
        hx_prep_article(&x);
        hx_prune_extra(&x);
        mark_keep(&x, trial);
        size_t chars = hx_prune_paragraphs(&x, trial);
        if (chars > best || k == 0) {
            best = chars;
            memcpy(keep, trial, t->n_runs);
            if (why)
                memcpy(why, x.rm, x.n);
        }
        if (chars >= HX_CHAR_THRESHOLD)
            break;
    }
    hx_free(&x);
    free(trial);
    if (st != LEDE_OK)
        return lede_fail(ws, st, "the deadline passed while extracting the article");
    return LEDE_OK;
}
