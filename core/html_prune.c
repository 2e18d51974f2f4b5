/*
 * html_prune.c - cleaning inside the chosen article container.
 *
 * hx_prep_article is Readability.js's _prepArticle: forms, footers, asides,
 * small "share" widgets, negatively named headings, then the "conditional"
 * cleaning of tables, lists and divs that look like link farms, image
 * galleries or navigation (few commas, many links or list items, little
 * text).  hx_prune_extra goes further, for a text that is only the story:
 * captions and credits, bylines and datelines, share/related/newsletter
 * boxes named as such, and link-only lines.
 * Works on one hx_ctx; reentrant.
 */
#include <string.h>

#include "doc.h"
#include "html_extract.h"
#include "junk_lines.h"

enum { SHARE_MAX_CHARS = 500 };

/* Readability's _markDataTables for one table (cached in x->dtab). */
static bool data_table(hx_ctx *x, uint32_t i)
{
    if (x->dtab[i])
        return x->dtab[i] == 2;
    const lede_hnode *nd = x->t->nodes;
    bool yes = false;
    if (nd[i].flags & LEDE_HN_PRESENTATION) {
        yes = false;
    } else if (nd[i].flags & LEDE_HN_DATATABLE) {
        yes = true;
    } else {
        bool hints = false, nested = false;
        size_t rows = 0, cols = 0, row_cells = 0;
        for (uint32_t k = i + 1; k < nd[i].end; k++) {
            uint8_t tag = nd[k].tag;
            if (tag == LEDE_T_TH || tag == LEDE_T_THEAD || tag == LEDE_T_TFOOT ||
                (tag == LEDE_T_CAPTION && nd[k].end > k + 0 && nd[k].run_end > nd[k].run_begin))
                hints = true;
            else if (tag == LEDE_T_TABLE)
                nested = true;
            else if (tag == LEDE_T_TR) {
                if (row_cells > cols)
                    cols = row_cells;
                rows++;
                row_cells = 0;
            } else if (tag == LEDE_T_TD)
                row_cells++;
        }
        if (row_cells > cols)
            cols = row_cells;
        yes = hints || (!nested && (rows >= 10 || cols > 4 || rows * cols > 10));
    }
    x->dtab[i] = yes ? 2 : 1;
    return yes;
}

static bool in_data_table(hx_ctx *x, uint32_t i)
{
    const lede_hnode *nd = x->t->nodes;
    for (uint32_t a = nd[i].parent; a != LEDE_HNONE; a = nd[a].parent)
        if (nd[a].tag == LEDE_T_TABLE && data_table(x, a))
            return true;
    return false;
}

/* The tag Readability sees: top-level siblings that are not div, article,
 * section or p were renamed to div. */
static uint8_t eff_tag(const hx_ctx *x, uint32_t i, bool root)
{
    uint8_t tag = x->t->nodes[i].tag;
    if (root && tag != LEDE_T_DIV && tag != LEDE_T_ARTICLE && tag != LEDE_T_SECTION && tag != LEDE_T_P)
        return LEDE_T_DIV;
    return tag;
}

/* Readability's _cleanConditionally test for one node. */
static bool fishy(hx_ctx *x, uint32_t i, uint8_t tag, bool late)
{
    const hx_stat *s = &x->st[i];
    bool is_list = tag == LEDE_T_UL || tag == LEDE_T_OL;
    if (!is_list)
        is_list = s->chars && (float)s->list / (float)s->chars > 0.9f;
    if (tag == LEDE_T_TABLE && data_table(x, i))
        return false;
    if (in_data_table(x, i) || hx_has_ancestor(x, i, LEDE_T_CODE, 3))
        return false;
    /* an embedded post is a quoted source, links and all (Readability
     * spares embedded videos the same way) */
    if (x->t->nodes[i].cues & LEDE_CUE_EMBED)
        return false;
    int weight = hx_weight(x, i);
    if (weight < 0)
        return true;
    if (s->acommas >= 10)
        return false;
    int p = (int)s->p, img = (int)s->img, li = (int)s->li - 100;
    /* by the late passes Readability has removed inputs and embeds */
    int input = late ? 0 : (int)s->input, embed = late ? 0 : (int)s->embed;
    float heading = s->chars ? (float)s->heading / (float)s->chars : 0.0f;
    float ld = hx_link_density(x, i);
    uint32_t len = s->chars;
    bool fig = hx_has_ancestor(x, i, LEDE_T_FIGURE, 3);
    bool remove = (img > 1 && (float)p / (float)img < 0.5f && !fig) || (!is_list && li > p) ||
                  (input > p / 3) ||
                  (!is_list && heading < 0.9f && len < 25 && (img == 0 || img > 2) && !fig) ||
                  (!is_list && weight < 25 && ld > 0.2f) || (weight >= 25 && ld > 0.5f) ||
                  (embed == 1 && len < 75) || embed > 1;
    if (is_list && remove) {
        const lede_hnode *nd = x->t->nodes;
        for (uint32_t c = i + 1; c < nd[i].end; c = nd[c].end) {
            if (x->dead[c])
                continue;
            size_t kids = 0;
            for (uint32_t g = c + 1; g < nd[c].end; g = nd[g].end)
                kids += !x->dead[g];
            if (kids > 1)
                return true;
        }
        if (s->img == s->li)
            return false; /* a list of images */
    }
    return remove;
}

typedef bool (*node_pred)(hx_ctx *x, uint32_t i, uint8_t tag, bool root);

/* Visits the live nodes of the article in reverse document order (children
 * before parents, like Readability's backwards _removeNodes). */
static void sweep(hx_ctx *x, node_pred pred, uint8_t why)
{
    const lede_hnode *nd = x->t->nodes;
    hx_update_dead(x);
    for (size_t a = x->n_art_nodes; a-- > 0;) {
        uint32_t root = x->art_nodes[a];
        for (uint32_t i = nd[root].end; i-- > root;) {
            if (x->dead[i])
                continue;
            if (pred(x, i, eff_tag(x, i, i == root), i == root))
                hx_remove(x, i, why);
        }
    }
}

static bool p_form(hx_ctx *x, uint32_t i, uint8_t tag, bool root)
{
    (void)root;
    return (x->flags & HX_CLEAN_COND) && (tag == LEDE_T_FORM || tag == LEDE_T_FIELDSET) &&
           fishy(x, i, tag, false);
}
static bool p_tags(hx_ctx *x, uint32_t i, uint8_t tag, bool root)
{
    (void)x; (void)i; (void)root;
    return tag == LEDE_T_FOOTER || tag == LEDE_T_ASIDE;
}
static bool p_share(hx_ctx *x, uint32_t i, uint8_t tag, bool root)
{
    (void)tag;
    return !root && (x->t->nodes[i].cues & LEDE_CUE_SHARE_WORD) && x->st[i].chars < SHARE_MAX_CHARS;
}
static bool p_headers(hx_ctx *x, uint32_t i, uint8_t tag, bool root)
{
    (void)root;
    return (tag == LEDE_T_H1 || tag == LEDE_T_H2) && hx_weight(x, i) < 0;
}
static bool p_table(hx_ctx *x, uint32_t i, uint8_t tag, bool root)
{
    (void)root;
    return (x->flags & HX_CLEAN_COND) && tag == LEDE_T_TABLE && fishy(x, i, tag, true);
}
static bool p_ul(hx_ctx *x, uint32_t i, uint8_t tag, bool root)
{
    (void)root;
    return (x->flags & HX_CLEAN_COND) && tag == LEDE_T_UL && fishy(x, i, tag, true);
}
static bool p_div(hx_ctx *x, uint32_t i, uint8_t tag, bool root)
{
    (void)root;
    return (x->flags & HX_CLEAN_COND) && tag == LEDE_T_DIV && fishy(x, i, tag, true);
}

void hx_prep_article(hx_ctx *x)
{
    sweep(x, p_form, HX_RM_FORM);
    sweep(x, p_tags, HX_RM_TAG);
    sweep(x, p_share, HX_RM_SHARE);
    sweep(x, p_headers, HX_RM_HEADER);
    sweep(x, p_table, HX_RM_COND);
    sweep(x, p_ul, HX_RM_COND);
    sweep(x, p_div, HX_RM_COND);
    hx_update_dead(x);
}

/* ---- beyond Readability: only the story ---------------------------------- */

/* Cues that name furniture; a node carrying one is dropped when it holds
 * little of the article (a container named "related" that holds everything
 * is a bad name, not furniture). */
enum {
    CUES_SMALL = LEDE_CUE_CAPTION | LEDE_CUE_BYLINE | LEDE_CUE_DATE,
    CUES_WIDGET = LEDE_CUE_RELATED | LEDE_CUE_SHARE | LEDE_CUE_NEWSLETTER | LEDE_CUE_COMMENT |
                  LEDE_CUE_AD | LEDE_CUE_COOKIE | LEDE_CUE_NAV | LEDE_CUE_HIDDEN,
    SMALL_MAX_CHARS = 300,
};
#define WIDGET_MAX_SHARE 0.25f
/* An inline element is furniture only when it is (nearly) its whole
 * paragraph. */
#define INLINE_WHOLE_SHARE 0.8f
/* A short paragraph that is mostly link text is a teaser or a tag list. */
#define LINK_PARA_DENSITY 0.6f
enum { LINK_PARA_MAX_CHARS = 400 };
/* Teaser cards: a linked heading and a short dek. */
#define TEASER_LINK_DENSITY 0.6f
#define TEASER_MAX_SHARE 0.5f
enum { TEASER_LEVELS = 3, TEASER_MAX_CHARS = 400, TEASER_MAX_CARDS = 256 };

static uint32_t article_chars(const hx_ctx *x)
{
    uint32_t total = 0;
    for (size_t a = 0; a < x->n_art_nodes; a++)
        total += x->dead[x->art_nodes[a]] ? 0 : x->st[x->art_nodes[a]].chars;
    for (size_t s = 0; s < x->n_art_segs; s++)
        total += x->segs[x->art_segs[s]].chars;
    return total;
}

static bool p_figure(hx_ctx *x, uint32_t i, uint8_t tag, bool root)
{
    (void)x; (void)i;
    return !root && (tag == LEDE_T_FIGURE || tag == LEDE_T_FIGCAPTION);
}

/* A heading that is a link announces another story: the smallest card
 * around it (up to a few levels, while short) is a teaser.  A page made of
 * teasers (a section front) keeps them: it has no other text. */
static void drop_teasers(hx_ctx *x, uint32_t root)
{
    const lede_hnode *nd = x->t->nodes;
    uint32_t cards[TEASER_MAX_CARDS];
    size_t n = 0;
    uint32_t chars = 0;
    for (uint32_t i = root + 1; i < nd[root].end && n < TEASER_MAX_CARDS; i++) {
        if (x->dead[i] || !hx_is_heading(nd[i].tag) || !x->st[i].chars ||
            hx_link_density(x, i) < TEASER_LINK_DENSITY)
            continue;
        uint32_t card = i;
        for (int up = 0; up < TEASER_LEVELS; up++) {
            uint32_t p = nd[card].parent;
            if (p == LEDE_HNONE || p == root || x->st[p].chars > TEASER_MAX_CHARS)
                break;
            card = p;
        }
        cards[n++] = card;
        chars += x->st[card].chars;
        i = nd[card].end - 1;
    }
    if ((float)chars > TEASER_MAX_SHARE * (float)x->st[root].chars)
        return;
    for (size_t k = 0; k < n; k++)
        hx_remove(x, cards[k], HX_RM_LINKS);
}

void hx_prune_extra(hx_ctx *x)
{
    sweep(x, p_figure, HX_RM_CAPTION);
    for (size_t a = 0; a < x->n_art_nodes; a++)
        drop_teasers(x, x->art_nodes[a]);
    const lede_hnode *nd = x->t->nodes;
    uint32_t total = article_chars(x);
    hx_update_dead(x);
    for (size_t a = x->n_art_nodes; a-- > 0;) {
        uint32_t root = x->art_nodes[a];
        for (uint32_t i = nd[root].end; i-- > root + 1;) {
            if (x->dead[i])
                continue;
            uint32_t cues = nd[i].cues;
            if ((cues & LEDE_CUE_CONTENT) || (nd[i].flags & LEDE_HN_ITEM_BODY))
                continue;
            uint32_t c = x->st[i].chars;
            if (!(cues & (CUES_SMALL | CUES_WIDGET)))
                continue;
            /* an inline element named like furniture inside a sentence (an
             * auto-linked "tag" name) is part of the sentence */
            if (!(nd[i].flags & LEDE_HN_BLOCK) && nd[i].run_begin < nd[i].run_end) {
                uint32_t seg = x->seg_of_run[nd[i].run_begin];
                if (seg != UINT32_MAX && (float)c < INLINE_WHOLE_SHARE * (float)x->segs[seg].chars)
                    continue;
            }
            if ((cues & CUES_SMALL) && c < SMALL_MAX_CHARS)
                hx_remove(x, i, HX_RM_CAPTION);
            else if ((cues & CUES_WIDGET) && (float)c < WIDGET_MAX_SHARE * (float)total)
                hx_remove(x, i, HX_RM_JUNK);
        }
    }
    hx_update_dead(x);
}

size_t hx_prune_paragraphs(hx_ctx *x, uint8_t *keep)
{
    const lede_htree *t = x->t;
    size_t chars = 0;
    for (size_t r = 0; r < t->n_runs;) {
        if (!keep[r]) {
            r++;
            continue;
        }
        /* the paragraph: kept runs of one block, gaps of other kept blocks end it */
        uint32_t block = t->runs[r].block;
        size_t e = r, pc = 0, lc = 0, k = 0;
        bool space = false;
        for (; e < t->n_runs; e++) {
            if (!keep[e])
                continue;
            if (t->runs[e].block != block)
                break;
            pc += x->rchars[e];
            if (t->runs[e].flags & LEDE_HR_LINK)
                lc += x->rchars[e];
            if (t->runs[e].flags & LEDE_HR_BR)
                space = k > 0;
            const char *s = t->text + t->runs[e].off;
            for (size_t i = 0; i < t->runs[e].len && k + 2 < HX_TEXT_MAX; i++) {
                char c = s[i];
                if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                    space = k > 0;
                    continue;
                }
                if (space)
                    x->tmp[k++] = ' ';
                space = false;
                x->tmp[k++] = c;
            }
        }
        bool links = pc < LINK_PARA_MAX_CHARS && (float)lc >= LINK_PARA_DENSITY * (float)pc;
        if (links || lede_junk_kind(x->tmp, k) != LEDE_PARA_BODY) {
            for (size_t i = r; i < e; i++)
                if (t->runs[i].block == block)
                    keep[i] = 0;
        } else {
            chars += pc;
        }
        r = e;
    }
    return chars;
}
