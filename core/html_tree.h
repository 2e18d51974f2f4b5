/*
 * html_tree.h - a compact element tree built from libxml2's HTML SAX events,
 * the input of article extraction (html_extract.c) and page metadata
 * (html_meta.c).
 *
 * Nodes are stored in document (pre)order, so the subtree of node i is the
 * index range [i, nodes[i].end) and children always follow their parent:
 * bottom-up sums are a reverse loop, top-down inheritance a forward loop.
 * Character data is kept as runs in document order; the runs of a subtree
 * are the range [run_begin, run_end).  Elements that never hold article text
 * (scripts, styles, forms, hidden nodes...) are kept as nodes flagged
 * LEDE_HN_DROP but their text is not stored.
 *
 * Ownership: a lede_htree is built and freed by one thread (ingest_html.c);
 * its arrays are malloc'd, capped by the limits given to lede_htree_parse.
 */
#ifndef LEDE_HTML_TREE_H
#define LEDE_HTML_TREE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "workspace.h"

/* Tags the extractor tells apart; everything else is LEDE_T_OTHER (inline). */
typedef enum lede_tag {
    LEDE_T_OTHER = 0,
    LEDE_T_A, LEDE_T_ADDRESS, LEDE_T_ARTICLE, LEDE_T_ASIDE, LEDE_T_BLOCKQUOTE, LEDE_T_BODY,
    LEDE_T_BR, LEDE_T_BUTTON, LEDE_T_CAPTION, LEDE_T_CENTER, LEDE_T_CODE, LEDE_T_DD, LEDE_T_DETAILS,
    LEDE_T_DIALOG, LEDE_T_DIV, LEDE_T_DL, LEDE_T_DT, LEDE_T_EMBED, LEDE_T_FIELDSET, LEDE_T_FIGCAPTION,
    LEDE_T_FIGURE, LEDE_T_FOOTER, LEDE_T_FORM, LEDE_T_H1, LEDE_T_H2, LEDE_T_H3, LEDE_T_H4,
    LEDE_T_H5, LEDE_T_H6, LEDE_T_HEAD, LEDE_T_HEADER, LEDE_T_HR, LEDE_T_HTML, LEDE_T_IFRAME,
    LEDE_T_IMG, LEDE_T_INPUT, LEDE_T_LI, LEDE_T_MAIN, LEDE_T_META, LEDE_T_NAV, LEDE_T_NOSCRIPT,
    LEDE_T_OL, LEDE_T_P, LEDE_T_PRE, LEDE_T_SCRIPT, LEDE_T_SECTION, LEDE_T_SELECT, LEDE_T_STYLE,
    LEDE_T_SUMMARY, LEDE_T_SVG, LEDE_T_TABLE, LEDE_T_TD, LEDE_T_TEXTAREA, LEDE_T_TH, LEDE_T_TIME,
    LEDE_T_TITLE, LEDE_T_TR, LEDE_T_UL, LEDE_T_LINK, LEDE_T_VIDEO, LEDE_T_LABEL, LEDE_T_OPTION,
    LEDE_T_TEMPLATE, LEDE_T_OBJECT, LEDE_T_AUDIO, LEDE_T_CANVAS, LEDE_T_PICTURE, LEDE_T_SPAN,
    LEDE_T_STRONG, LEDE_T_B, LEDE_T_EM, LEDE_T_I, LEDE_T_SMALL, LEDE_T_TBODY, LEDE_T_THEAD,
    LEDE_T_TFOOT, LEDE_T_HGROUP, LEDE_T_MENU, LEDE_T_SUP, LEDE_T_SUB, LEDE_T_MATH, LEDE_T_MAP,
    LEDE_T_COUNT
} lede_tag;

/* Node flags. */
enum {
    LEDE_HN_DROP = 1u << 0,        /* never article text (tag, hidden, role) */
    LEDE_HN_BLOCK = 1u << 1,       /* starts a new paragraph                 */
    LEDE_HN_HIDDEN = 1u << 2,      /* hidden attribute, display:none, aria   */
    LEDE_HN_LINK = 1u << 3,        /* <a href>                               */
    LEDE_HN_HASHLINK = 1u << 4,    /* <a href="#...">: in-page, weighs less  */
    LEDE_HN_ITEM_BODY = 1u << 5,   /* itemprop=articleBody / text           */
    LEDE_HN_ROLE_JUNK = 1u << 6,   /* role=navigation, menu, dialog...      */
    LEDE_HN_AUTHOR = 1u << 7,      /* rel=author or itemprop~author          */
    LEDE_HN_DATATABLE = 1u << 8,   /* <table summary=...>                    */
    LEDE_HN_PRESENTATION = 1u << 9, /* role=presentation                     */
};

/* Cue bits from class, id and itemprop (html_cues.c). */
enum {
    LEDE_CUE_UNLIKELY = 1u << 0,   /* Readability's "unlikely candidate"     */
    LEDE_CUE_MAYBE = 1u << 1,      /* ... unless it also looks like content  */
    LEDE_CUE_SHARE = 1u << 2,      /* share / social / follow buttons        */
    LEDE_CUE_COMMENT = 1u << 3,    /* comments, replies, discussion          */
    LEDE_CUE_RELATED = 1u << 4,    /* related / recommended / more stories   */
    LEDE_CUE_CAPTION = 1u << 5,    /* captions, photo credits                */
    LEDE_CUE_BYLINE = 1u << 6,     /* byline, author, dateline (Readability) */
    LEDE_CUE_AD = 1u << 7,         /* ads, sponsors, promos                  */
    LEDE_CUE_NEWSLETTER = 1u << 8, /* sign-up, subscribe, paywall            */
    LEDE_CUE_NAV = 1u << 9,        /* menus, breadcrumbs, pagination, tags   */
    LEDE_CUE_COOKIE = 1u << 10,    /* cookie / consent / GDPR banners        */
    LEDE_CUE_CONTENT = 1u << 11,   /* article-body / story-body / post-content */
    LEDE_CUE_HIDDEN = 1u << 12,    /* hidden / visually-hidden / sr-only     */
    LEDE_CUE_DATE = 1u << 13,      /* date, time, timestamp, published       */
    LEDE_CUE_SHARE_WORD = 1u << 14, /* the word "share" (Readability's test) */
    LEDE_CUE_EMBED = 1u << 15,     /* embedded post: tweet, Instagram...     */
};

typedef struct lede_hnode {
    uint32_t parent;               /* LEDE_HNONE for the root               */
    uint32_t end;                  /* one past the last descendant          */
    uint32_t run_begin, run_end;   /* text runs of the subtree              */
    uint32_t class_hash;           /* of the class attribute, 0 if none     */
    uint32_t flags;                /* LEDE_HN_*                             */
    uint32_t cues;                 /* LEDE_CUE_*                            */
    int16_t weight;                /* class/id weight (Readability style)   */
    uint16_t depth;
    uint8_t tag;                   /* lede_tag                              */
    uint8_t pad[3];
} lede_hnode;

#define LEDE_HNONE UINT32_MAX

enum {
    LEDE_HR_LINK = 1u << 0,        /* inside <a href>                       */
    LEDE_HR_BR = 1u << 1,          /* a <br>: line break, no text           */
    LEDE_HR_HASH = 1u << 2,        /* ... and that link is in-page (#...)   */
};

typedef struct lede_hrun {
    uint32_t off, len;             /* into tree->text                       */
    uint32_t node;                 /* innermost element                     */
    uint32_t block;                /* nearest element with LEDE_HN_BLOCK    */
    uint32_t flags;                /* LEDE_HR_*                             */
} lede_hrun;

/* A <meta> tag's key (property, name or itemprop) and content, or another
 * metadata string the page carries (<title>, JSON-LD, <time datetime>). */
typedef enum lede_hmeta_kind {
    LEDE_HM_META,                  /* key = property/name/itemprop          */
    LEDE_HM_TITLE,                 /* <title> text                          */
    LEDE_HM_JSONLD,                /* <script type=application/ld+json>     */
    LEDE_HM_TIME,                  /* <time datetime>                       */
} lede_hmeta_kind;

typedef struct lede_hmeta {
    uint8_t kind;                  /* lede_hmeta_kind                       */
    uint32_t key_off, key_len;     /* into tree->aux                        */
    uint32_t val_off, val_len;
    uint32_t node;                 /* element it came from                  */
} lede_hmeta;

typedef struct lede_htree_limits {
    size_t max_depth;              /* deeper elements fold into their ancestor */
    size_t max_nodes;              /* elements kept                         */
    size_t max_text;               /* bytes of character data kept          */
    size_t max_aux;                /* bytes of metadata strings kept        */
} lede_htree_limits;

typedef struct lede_htree {
    lede_hnode *nodes;
    size_t n_nodes, cap_nodes;
    lede_hrun *runs;
    size_t n_runs, cap_runs;
    char *text;                    /* character data, as parsed (UTF-8)     */
    size_t text_len, text_cap;
    char *aux;                     /* metadata strings                      */
    size_t aux_len, aux_cap;
    lede_hmeta *meta;
    size_t n_meta, cap_meta;
} lede_htree;

/* Parses html[0..n) into t (zeroed or previously freed).  Returns LEDE_OK,
 * LEDE_ERR_DEADLINE, LEDE_ERR_NOMEM or LEDE_ERR_BAD_HTML (detail in ws). */
lede_status lede_htree_parse(lede_workspace *ws, lede_htree *t, const char *html, size_t n,
                             const lede_htree_limits *lim);
void lede_htree_free(lede_htree *t);

/* The tag's name, for tools ("?" when unknown). */
const char *lede_tag_name(lede_tag t);

/* Class/id cues: sets *weight (-50..+50) and returns LEDE_CUE_* bits.
 * cls and id may be NULL. */
uint32_t lede_html_cues(const char *cls, const char *id, int *weight);

/* Charset: the encoding name libxml2 should decode html[0..n) with (BOM, then
 * <meta charset> / http-equiv in the first bytes; UTF-8 when none is
 * declared or when the bytes are valid UTF-8 anyway).  Writes into out. */
void lede_html_charset(const char *html, size_t n, char *out, size_t outlen);

#endif
