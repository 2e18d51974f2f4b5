/*
 * html_extract.h - article-body extraction over a lede_htree: the shared
 * state of one extraction and the steps that work on it.
 *
 *   html_stats.c    per-run and per-node text statistics, node text, removal
 *   html_grab.c     one attempt: strip junk, score paragraphs into their
 *                   ancestors, pick the best container and its siblings
 *   html_prune.c    clean the chosen container (Readability's _prepArticle
 *                   plus our own pruning of captions, bylines, share/related
 *                   widgets, link lists)
 *   html_extract.c  the attempts loop and the final keep-mask
 *   html_text.c     writes the kept runs as paragraphs
 *
 * The scoring follows Readability.js closely (it is the best-known open
 * extractor and the reference of one evaluation set); the pruning adds the
 * rules that make the text match what an editor would call the story.
 * Ownership: an xctx lives on the stack of lede_html_extract; its arrays are
 * malloc'd and freed there.  Reentrant.
 */
#ifndef LEDE_HTML_EXTRACT_H
#define LEDE_HTML_EXTRACT_H

#include "html_tree.h"

/* Attempt flags, dropped one by one when an attempt finds too little text. */
enum { HX_STRIP_UNLIKELY = 1, HX_WEIGHT_CLASSES = 2, HX_CLEAN_COND = 4, HX_ALL = 7 };

/* Why a node was removed (0 = kept). */
enum {
    HX_RM_NONE = 0, HX_RM_DROP, HX_RM_HIDDEN, HX_RM_UNLIKELY, HX_RM_ROLE, HX_RM_BYLINE,
    HX_RM_TITLE, HX_RM_FORM, HX_RM_TAG, HX_RM_SHARE, HX_RM_HEADER, HX_RM_COND, HX_RM_CAPTION,
    HX_RM_JUNK, HX_RM_LINKS, HX_RM_COUNT
};

typedef struct hx_stat {
    uint32_t chars;      /* text length, whitespace collapsed             */
    uint32_t link10;     /* link text x10 (in-page links x3)              */
    uint32_t commas;     /* all comma kinds (scoring)                     */
    uint32_t acommas;    /* ASCII commas (conditional cleaning)           */
    uint32_t p, img, li, input, embed, heading, list, table, own;
} hx_stat;

/* A group of consecutive runs sharing one block: a paragraph. */
typedef struct hx_seg {
    uint32_t r0, r1;     /* runs [r0, r1)                                 */
    uint32_t block;
    uint32_t chars, link10, commas;
} hx_seg;

typedef struct hx_ctx {
    lede_workspace *ws;
    const lede_htree *t;
    size_t n;                  /* nodes                                    */
    unsigned flags;            /* HX_*                                     */
    const char *title;         /* page title for heading checks (may be "") */
    size_t title_len;
    uint32_t body;             /* <body> or the root                       */

    uint8_t *rm;               /* HX_RM_* per node (own decision)          */
    uint8_t *dead;             /* rm of the node or an ancestor            */
    hx_stat *st;               /* statistics of the live subtree           */
    float *score;
    uint8_t *cand;             /* initialised as a candidate               */
    uint8_t *transparent;      /* div that only wraps one <p>              */
    uint8_t *blockdesc;        /* has a descendant Readability calls block */
    uint8_t *dtab;             /* data table: 0 unknown, 1 no, 2 yes       */
    uint8_t *brsplit;          /* block whose text <br><br> splits into paragraphs */
    uint32_t *rchars, *rcommas, *racommas; /* per run                      */
    hx_seg *segs;
    size_t n_segs;
    uint32_t *seg_of_run;      /* segment index of each run                */

    /* the chosen article: node subtrees and loose segments */
    uint32_t *art_nodes;
    size_t n_art_nodes;
    uint32_t *art_segs;
    size_t n_art_segs;
    uint32_t top;              /* the top candidate                        */
    uint32_t top_parent;

    char *tmp;                 /* scratch for node text (HX_TEXT_MAX)      */
} hx_ctx;

enum { HX_TEXT_MAX = 4096 };

static inline bool hx_is_heading(uint8_t tag) { return tag >= LEDE_T_H1 && tag <= LEDE_T_H6; }

/* html_stats.c */
lede_status hx_alloc(hx_ctx *x);
void hx_free(hx_ctx *x);
void hx_measure_runs(hx_ctx *x);
void hx_update_dead(hx_ctx *x);
void hx_compute_stats(hx_ctx *x);
void hx_build_segments(hx_ctx *x);
void hx_remove(hx_ctx *x, uint32_t i, uint8_t why);
size_t hx_node_text(const hx_ctx *x, uint32_t i, char *out, size_t cap);
size_t hx_runs_text(const hx_ctx *x, uint32_t r0, uint32_t r1, char *out, size_t cap);
bool hx_has_ancestor(const hx_ctx *x, uint32_t i, uint8_t tag, int max_depth);
float hx_link_density(const hx_ctx *x, uint32_t i);
int hx_weight(const hx_ctx *x, uint32_t i);
double hx_similarity(const char *a, size_t an, const char *b, size_t bn);

/* html_grab.c: strips, scores and selects; fills art_nodes / art_segs. */
lede_status hx_grab(hx_ctx *x);

/* html_prune.c */
void hx_prep_article(hx_ctx *x);
void hx_prune_extra(hx_ctx *x);
/* Clears keep[] for kept paragraphs that read as furniture; returns the
 * characters left. */
size_t hx_prune_paragraphs(hx_ctx *x, uint8_t *keep);

/* html_extract.c: the whole extraction; keep[r] = 1 for runs to write.
 * why (may be NULL) receives the HX_RM_* reason of each node, for tools. */
lede_status lede_html_extract(lede_workspace *ws, const lede_htree *t, const char *title,
                              size_t title_len, uint8_t *keep, uint8_t *why);

/* html_text.c: writes the kept runs into out as paragraphs separated by a
 * blank line, whitespace collapsed.  Returns false when the text was cut at
 * out's cap (what fits is kept). */
bool lede_html_write_text(const lede_htree *t, const uint8_t *keep, lede_buf *out);

#endif
