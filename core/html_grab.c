/*
 * html_grab.c - one extraction attempt: strip what is never the article,
 * score paragraphs into their ancestors, choose the best container and the
 * siblings that belong with it.  This is Readability.js's _grabArticle on a
 * compact tree: a <div> without block children counts as a paragraph, the
 * text directly inside a <div> with block children forms paragraphs of its
 * own, and a <div> that only wraps one <p> is looked through.
 * Works on one hx_ctx; reentrant.
 */
#include <string.h>

#include "html_extract.h"

enum { TOP_N = 5, MIN_PARA_CHARS = 25, MIN_TOP_ANCESTORS = 3 };

static bool div_to_p_tag(uint8_t tag)
{
    return tag == LEDE_T_BLOCKQUOTE || tag == LEDE_T_DL || tag == LEDE_T_DIV || tag == LEDE_T_IMG ||
           tag == LEDE_T_OL || tag == LEDE_T_P || tag == LEDE_T_PRE || tag == LEDE_T_TABLE ||
           tag == LEDE_T_UL;
}

static bool scored_tag(uint8_t tag)
{
    return tag == LEDE_T_SECTION || tag == LEDE_T_P || tag == LEDE_T_TD || tag == LEDE_T_PRE ||
           (tag >= LEDE_T_H2 && tag <= LEDE_T_H6);
}

/* Parent, looking through divs that only wrap a paragraph. */
static uint32_t up(const hx_ctx *x, uint32_t i)
{
    const lede_hnode *nd = x->t->nodes;
    uint32_t p = nd[i].parent;
    while (p != LEDE_HNONE && x->transparent[p])
        p = nd[p].parent;
    return p;
}

static size_t live_children(const hx_ctx *x, uint32_t i, uint32_t *only)
{
    const lede_hnode *nd = x->t->nodes;
    size_t k = 0;
    for (uint32_t c = i + 1; c < nd[i].end; c = nd[c].end)
        if (!x->dead[c]) {
            k++;
            if (only)
                *only = c;
        }
    return k;
}

static void init_node(hx_ctx *x, uint32_t i)
{
    float s = 0;
    switch (x->t->nodes[i].tag) {
    case LEDE_T_DIV: s = 5; break;
    case LEDE_T_PRE: case LEDE_T_TD: case LEDE_T_BLOCKQUOTE: s = 3; break;
    case LEDE_T_ADDRESS: case LEDE_T_OL: case LEDE_T_UL: case LEDE_T_DL: case LEDE_T_DD:
    case LEDE_T_DT: case LEDE_T_LI: case LEDE_T_FORM: s = -3; break;
    case LEDE_T_H1: case LEDE_T_H2: case LEDE_T_H3: case LEDE_T_H4: case LEDE_T_H5:
    case LEDE_T_H6: case LEDE_T_TH: s = -5; break;
    default: break;
    }
    x->score[i] = s + (float)hx_weight(x, i);
    x->cand[i] = 1;
}

/* Adds one paragraph's score to up to five ancestors, the first being a. */
static void score_para(hx_ctx *x, uint32_t a, uint32_t chars, uint32_t commas)
{
    const lede_hnode *nd = x->t->nodes;
    if (chars < MIN_PARA_CHARS)
        return;
    uint32_t by100 = chars / 100;
    float s = 1.0f + (float)(commas + 1) + (float)(by100 < 3 ? by100 : 3);
    for (int level = 0; level < 5 && a != LEDE_HNONE; level++) {
        if (nd[a].parent == LEDE_HNONE)
            break; /* the root has no parent element: Readability skips it */
        if (!x->cand[a])
            init_node(x, a);
        float div = level == 0 ? 1.0f : level == 1 ? 2.0f : (float)level * 3.0f;
        x->score[a] += s / div;
        a = up(x, a);
    }
}

/* Pass 1: hidden nodes, the byline, the heading that repeats the title,
 * and (when stripping) unlikely candidates and junk roles. */
static void strip(hx_ctx *x)
{
    const lede_hnode *nd = x->t->nodes;
    memset(x->rm, 0, x->n);
    for (size_t i = 0; i < x->n; i++)
        if (nd[i].flags & LEDE_HN_DROP)
            x->rm[i] = HX_RM_DROP;
    hx_compute_stats(x);
    bool byline_done = false, title_done = x->title_len == 0;
    for (uint32_t i = 0; i < x->n;) {
        const lede_hnode *e = &nd[i];
        uint8_t why = 0;
        if (x->rm[i]) {
            i = e->end;
            continue;
        }
        if (e->flags & LEDE_HN_HIDDEN) {
            why = HX_RM_HIDDEN;
        } else if (!byline_done && ((e->cues & LEDE_CUE_BYLINE) || (e->flags & LEDE_HN_AUTHOR)) &&
                   x->st[i].chars > 0 && x->st[i].chars < 100) {
            why = HX_RM_BYLINE;
            byline_done = true;
        } else if (!title_done && (e->tag == LEDE_T_H1 || e->tag == LEDE_T_H2)) {
            size_t k = hx_node_text(x, i, x->tmp, HX_TEXT_MAX);
            if (hx_similarity(x->title, x->title_len, x->tmp, k) > 0.75) {
                why = HX_RM_TITLE;
                title_done = true;
            }
        }
        if (!why && (x->flags & HX_STRIP_UNLIKELY)) {
            if ((e->cues & LEDE_CUE_UNLIKELY) && !(e->cues & LEDE_CUE_MAYBE) &&
                !hx_has_ancestor(x, i, LEDE_T_TABLE, 3) && !hx_has_ancestor(x, i, LEDE_T_CODE, 3) &&
                e->tag != LEDE_T_BODY && e->tag != LEDE_T_A)
                why = HX_RM_UNLIKELY;
            else if (e->flags & LEDE_HN_ROLE_JUNK)
                why = HX_RM_ROLE;
        }
        if (why) {
            x->rm[i] = why;
            i = e->end;
        } else {
            i++;
        }
    }
    hx_compute_stats(x);
}

static void mark_divs(hx_ctx *x)
{
    const lede_hnode *nd = x->t->nodes;
    memset(x->blockdesc, 0, x->n);
    memset(x->transparent, 0, x->n);
    for (size_t k = x->n; k-- > 0;) {
        uint32_t p = nd[k].parent;
        if (x->dead[k] || p == LEDE_HNONE)
            continue;
        if (div_to_p_tag(nd[k].tag) || x->blockdesc[k])
            x->blockdesc[p] = 1;
    }
    /* a block split by <br><br> holds paragraphs: it scores like a div with
     * block children (a split <p> becomes a div in Readability too) */
    for (uint32_t i = 0; i < x->n; i++)
        if (x->brsplit[i] && (nd[i].tag == LEDE_T_DIV || nd[i].tag == LEDE_T_P))
            x->blockdesc[i] = 1;
    for (uint32_t i = 0; i < x->n; i++) {
        if (x->dead[i] || nd[i].tag != LEDE_T_DIV || x->st[i].own)
            continue;
        uint32_t only = 0;
        if (live_children(x, i, &only) == 1 && nd[only].tag == LEDE_T_P && hx_link_density(x, i) < 0.25f)
            x->transparent[i] = 1;
    }
}

static void score_all(hx_ctx *x)
{
    const lede_hnode *nd = x->t->nodes;
    memset(x->cand, 0, x->n);
    memset(x->score, 0, x->n * sizeof *x->score);
    for (uint32_t i = 0; i < x->n; i++) {
        if (x->dead[i] || x->transparent[i])
            continue;
        uint8_t tag = nd[i].tag;
        if ((scored_tag(tag) && !(tag == LEDE_T_P && x->brsplit[i])) ||
            (tag == LEDE_T_DIV && !x->blockdesc[i]))
            score_para(x, up(x, i), x->st[i].chars, x->st[i].commas);
    }
    /* text directly inside a div with block children: Readability wraps
     * each stretch of it in a <p> child of the div */
    for (size_t s = 0; s < x->n_segs; s++) {
        uint32_t b = x->segs[s].block;
        if (b != LEDE_HNONE && (nd[b].tag == LEDE_T_DIV || (nd[b].tag == LEDE_T_P && x->brsplit[b])) &&
            x->blockdesc[b] && !x->transparent[b])
            score_para(x, b, x->segs[s].chars, x->segs[s].commas);
    }
    for (uint32_t i = 0; i < x->n; i++)
        if (x->cand[i])
            x->score[i] *= 1.0f - hx_link_density(x, i);
}

static bool ends_sentence(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] == '.' && (i + 1 == n || s[i + 1] == ' '))
            return true;
    return false;
}

/* Readability's test for a sibling <p> worth keeping. */
static bool good_para(hx_ctx *x, uint32_t chars, uint32_t link10, uint32_t r0, uint32_t r1)
{
    float ld = chars ? (float)link10 / (10.0f * (float)chars) : 0.0f;
    if (chars > 80 && ld < 0.25f)
        return true;
    if (chars > 0 && chars < 80 && link10 == 0) {
        size_t k = hx_runs_text(x, r0, r1, x->tmp, HX_TEXT_MAX);
        return ends_sentence(x->tmp, k);
    }
    return false;
}

static void pick_top(hx_ctx *x)
{
    const lede_hnode *nd = x->t->nodes;
    uint32_t top[TOP_N];
    size_t ntop = 0;
    for (uint32_t i = 0; i < x->n; i++) {
        if (!x->cand[i])
            continue;
        for (size_t k = 0; k < TOP_N; k++) {
            if (k == ntop || x->score[i] > x->score[top[k]]) {
                if (ntop < TOP_N)
                    ntop++;
                memmove(top + k + 1, top + k, (ntop - 1 - k) * sizeof *top);
                top[k] = i;
                break;
            }
        }
    }
    x->top_parent = LEDE_HNONE;
    if (!ntop || nd[top[0]].tag == LEDE_T_BODY) {
        x->top = x->body; /* no clear winner: the whole body */
        return;
    }
    uint32_t best = top[0];
    uint32_t alt[TOP_N];
    size_t nalt = 0;
    for (size_t k = 1; k < ntop; k++)
        if (x->score[best] != 0 && x->score[top[k]] / x->score[best] >= 0.75f)
            alt[nalt++] = top[k];
    if (nalt >= MIN_TOP_ANCESTORS) {
        for (uint32_t p = up(x, best); p != LEDE_HNONE && nd[p].tag != LEDE_T_BODY; p = up(x, p)) {
            size_t hits = 0;
            for (size_t k = 0; k < nalt; k++)
                hits += alt[k] > p && alt[k] < nd[p].end;
            if (hits >= MIN_TOP_ANCESTORS) {
                best = p;
                break;
            }
        }
    }
    if (!x->cand[best])
        init_node(x, best);
    /* a parent scoring higher than its child holds more of the article */
    float last = x->score[best], threshold = last / 3.0f;
    for (uint32_t p = up(x, best); p != LEDE_HNONE && nd[p].tag != LEDE_T_BODY; p = up(x, p)) {
        if (!x->cand[p])
            continue;
        if (x->score[p] < threshold)
            break;
        if (x->score[p] > last) {
            best = p;
            break;
        }
        last = x->score[p];
    }
    for (uint32_t p = up(x, best); p != LEDE_HNONE && nd[p].tag != LEDE_T_BODY &&
                                   live_children(x, p, NULL) == 1;
         p = up(x, best))
        best = p;
    if (!x->cand[best])
        init_node(x, best);
    x->top = best;
    x->top_parent = up(x, best);
}

static void collect_siblings(hx_ctx *x)
{
    const lede_hnode *nd = x->t->nodes;
    x->n_art_nodes = x->n_art_segs = 0;
    uint32_t top = x->top, parent = x->top_parent;
    if (parent == LEDE_HNONE) {
        x->art_nodes[x->n_art_nodes++] = top;
        return;
    }
    float threshold = x->score[top] * 0.2f;
    if (threshold < 10)
        threshold = 10;
    uint32_t top_class = nd[top].class_hash;
    for (uint32_t c = parent + 1; c < nd[parent].end; c = nd[c].end) {
        if (x->dead[c])
            continue;
        uint32_t s = c;
        while (x->transparent[s]) /* Readability replaced it by its <p> */
            live_children(x, s, &s);
        bool append = s == top || c == top;
        if (!append) {
            float bonus = (top_class && nd[s].class_hash == top_class) ? x->score[top] * 0.2f : 0.0f;
            if (x->cand[s] && x->score[s] + bonus >= threshold)
                append = true;
            else if (nd[s].tag == LEDE_T_P || (nd[s].tag == LEDE_T_DIV && !x->blockdesc[s]))
                append = good_para(x, x->st[s].chars, x->st[s].link10, nd[s].run_begin, nd[s].run_end);
        }
        if (append)
            x->art_nodes[x->n_art_nodes++] = c;
    }
    if (nd[parent].tag == LEDE_T_DIV && x->blockdesc[parent])
        for (size_t k = 0; k < x->n_segs; k++) {
            const hx_seg *g = &x->segs[k];
            if (g->block == parent && good_para(x, g->chars, g->link10, g->r0, g->r1))
                x->art_segs[x->n_art_segs++] = (uint32_t)k;
        }
}

lede_status hx_grab(hx_ctx *x)
{
    strip(x);
    lede_status st = lede_check_deadline(x->ws);
    if (st != LEDE_OK)
        return st;
    hx_build_segments(x);
    mark_divs(x);
    score_all(x);
    pick_top(x);
    collect_siblings(x);
    return lede_check_deadline(x->ws);
}
