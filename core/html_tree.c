/*
 * html_tree.c - builds a lede_htree from HTML bytes with libxml2's HTML
 * parser in SAX mode (no libxml2 DOM: a compact tree is several times
 * smaller and faster on tens-of-MB pages).
 *
 * The page is decoded to UTF-8 first (html_charset.c picks the charset,
 * charset.c converts), so libxml2 never runs a converter.  Parser options
 * are per context (HTML_PARSE_NONET | NOERROR | NOWARNING | RECOVER |
 * IGNORE_ENC); no libxml2 global setting is touched, so this is reentrant.  The SAX
 * callbacks check the request deadline every few thousand events and stop
 * the parser when it passes.  Elements deeper than the depth cap, or past
 * the node cap, fold into their deepest kept ancestor.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include "charset.h"
#include "html_tree.h"
#include "utf8.h"

enum { DEADLINE_EVERY = 4096, CHARSET_MAX = 48 };

/* libxml2 checks each attribute of a tag against the ones before it, so a
 * tag with hundreds of thousands of attributes costs minutes inside the
 * parser, out of reach of the deadline.  Real tags have a few dozen; the
 * sum of squared counts bounds many large tags (about half a second). */
enum { HTML_MAX_TAG_ATTRS = 1024 };
#define HTML_MAX_ATTR_WORK 256e6

/* Inherited node flags used while building (not part of the public set). */
enum { HN_INLINK = 1u << 16, HN_INSVG = 1u << 17, HN_INHASH = 1u << 18 };

typedef struct tagdef { const char *name; uint8_t tag; uint8_t props; } tagdef;
enum { P_BLOCK = 1, P_DROP = 2 };

/* Sorted by name for bsearch. */
static const tagdef tags[] = {
    {"a", LEDE_T_A, 0}, {"address", LEDE_T_ADDRESS, P_BLOCK}, {"applet", LEDE_T_OBJECT, P_DROP},
    {"area", LEDE_T_OTHER, P_DROP}, {"article", LEDE_T_ARTICLE, P_BLOCK}, {"aside", LEDE_T_ASIDE, P_BLOCK},
    {"audio", LEDE_T_AUDIO, P_DROP}, {"b", LEDE_T_B, 0}, {"blockquote", LEDE_T_BLOCKQUOTE, P_BLOCK},
    {"body", LEDE_T_BODY, P_BLOCK}, {"br", LEDE_T_BR, 0}, {"button", LEDE_T_BUTTON, P_DROP},
    {"canvas", LEDE_T_CANVAS, P_DROP}, {"caption", LEDE_T_CAPTION, P_BLOCK},
    {"center", LEDE_T_CENTER, P_BLOCK}, {"code", LEDE_T_CODE, 0}, {"datalist", LEDE_T_OTHER, P_DROP},
    {"dd", LEDE_T_DD, P_BLOCK}, {"details", LEDE_T_DETAILS, P_BLOCK}, {"dialog", LEDE_T_DIALOG, P_BLOCK},
    {"dir", LEDE_T_UL, P_BLOCK}, {"div", LEDE_T_DIV, P_BLOCK}, {"dl", LEDE_T_DL, P_BLOCK},
    {"dt", LEDE_T_DT, P_BLOCK}, {"em", LEDE_T_EM, 0}, {"embed", LEDE_T_EMBED, P_DROP},
    {"fieldset", LEDE_T_FIELDSET, P_BLOCK}, {"figcaption", LEDE_T_FIGCAPTION, P_BLOCK},
    {"figure", LEDE_T_FIGURE, P_BLOCK}, {"footer", LEDE_T_FOOTER, P_BLOCK}, {"form", LEDE_T_FORM, P_BLOCK},
    {"frame", LEDE_T_IFRAME, P_DROP}, {"frameset", LEDE_T_OTHER, P_DROP},
    {"h1", LEDE_T_H1, P_BLOCK}, {"h2", LEDE_T_H2, P_BLOCK}, {"h3", LEDE_T_H3, P_BLOCK},
    {"h4", LEDE_T_H4, P_BLOCK}, {"h5", LEDE_T_H5, P_BLOCK}, {"h6", LEDE_T_H6, P_BLOCK},
    {"head", LEDE_T_HEAD, P_DROP}, {"header", LEDE_T_HEADER, P_BLOCK}, {"hgroup", LEDE_T_HGROUP, P_BLOCK},
    {"hr", LEDE_T_HR, P_BLOCK}, {"html", LEDE_T_HTML, P_BLOCK}, {"i", LEDE_T_I, 0},
    {"iframe", LEDE_T_IFRAME, P_DROP}, {"img", LEDE_T_IMG, 0}, {"input", LEDE_T_INPUT, P_DROP},
    {"label", LEDE_T_LABEL, 0}, {"legend", LEDE_T_OTHER, P_BLOCK}, {"li", LEDE_T_LI, P_BLOCK},
    {"link", LEDE_T_LINK, P_DROP}, {"main", LEDE_T_MAIN, P_BLOCK}, {"map", LEDE_T_MAP, P_DROP},
    {"math", LEDE_T_MATH, P_DROP}, {"menu", LEDE_T_MENU, P_BLOCK}, {"meta", LEDE_T_META, P_DROP},
    {"nav", LEDE_T_NAV, P_BLOCK}, {"noscript", LEDE_T_NOSCRIPT, P_DROP}, {"object", LEDE_T_OBJECT, P_DROP},
    {"ol", LEDE_T_OL, P_BLOCK}, {"optgroup", LEDE_T_OPTION, P_DROP}, {"option", LEDE_T_OPTION, P_DROP},
    {"p", LEDE_T_P, P_BLOCK}, {"picture", LEDE_T_PICTURE, 0}, {"pre", LEDE_T_PRE, P_BLOCK},
    {"script", LEDE_T_SCRIPT, P_DROP}, {"section", LEDE_T_SECTION, P_BLOCK},
    {"select", LEDE_T_SELECT, P_DROP}, {"small", LEDE_T_SMALL, 0}, {"source", LEDE_T_OTHER, P_DROP},
    {"span", LEDE_T_SPAN, 0}, {"strong", LEDE_T_STRONG, 0}, {"style", LEDE_T_STYLE, P_DROP},
    {"sub", LEDE_T_SUB, 0}, {"summary", LEDE_T_SUMMARY, P_BLOCK}, {"sup", LEDE_T_SUP, 0},
    {"svg", LEDE_T_SVG, P_DROP}, {"table", LEDE_T_TABLE, P_BLOCK}, {"tbody", LEDE_T_TBODY, P_BLOCK},
    {"td", LEDE_T_TD, P_BLOCK}, {"template", LEDE_T_TEMPLATE, P_DROP},
    {"textarea", LEDE_T_TEXTAREA, P_DROP}, {"tfoot", LEDE_T_TFOOT, P_BLOCK}, {"th", LEDE_T_TH, P_BLOCK},
    {"thead", LEDE_T_THEAD, P_BLOCK}, {"time", LEDE_T_TIME, 0}, {"title", LEDE_T_TITLE, P_DROP},
    {"tr", LEDE_T_TR, P_BLOCK}, {"track", LEDE_T_OTHER, P_DROP}, {"ul", LEDE_T_UL, P_BLOCK},
    {"video", LEDE_T_VIDEO, P_DROP},
};

static int tag_cmp(const void *key, const void *elem)
{
    return strcmp((const char *)key, ((const tagdef *)elem)->name);
}

static const tagdef *tag_find(const char *name)
{
    return bsearch(name, tags, sizeof tags / sizeof *tags, sizeof *tags, tag_cmp);
}

const char *lede_tag_name(lede_tag t)
{
    for (size_t i = 0; i < sizeof tags / sizeof *tags; i++)
        if (tags[i].tag == t)
            return tags[i].name;
    return "?";
}

/* Class/id cue results of recent attribute values: pages repeat the same
 * class names thousands of times and matching them is the parser's main
 * own cost.  Direct-mapped by a 64-bit hash (a collision is a wrong cue on
 * one element, not a fault). */
enum { CUE_CACHE = 512 };
typedef struct cue_entry { uint64_t key; uint32_t bits; int16_t weight; } cue_entry;

typedef struct pstate {
    lede_workspace *ws;
    lede_htree *t;
    const lede_htree_limits *lim;
    htmlParserCtxtPtr ctxt;
    uint32_t cur;              /* innermost open kept element            */
    size_t overflow;           /* open elements folded past a cap        */
    size_t events;
    lede_status st;
    uint8_t capture;           /* lede_hmeta_kind being captured, or 0xFF */
    uint32_t capture_node;
    size_t capture_off;
    bool seen_title;
    cue_entry cues[CUE_CACHE];
} pstate;

static void stop(pstate *s, lede_status st)
{
    if (s->st == LEDE_OK)
        s->st = st;
    xmlStopParser(s->ctxt);
}

static bool grow(void **p, size_t *cap, size_t need, size_t elsize, size_t max)
{
    if (need <= *cap)
        return true;
    if (need > max)
        return false;
    size_t c = *cap ? *cap : 256;
    while (c < need)
        c *= 2;
    if (c > max)
        c = max;
    void *q = realloc(*p, c * elsize);
    if (!q)
        return false;
    *p = q;
    *cap = c;
    return true;
}

static void tick(pstate *s)
{
    if (++s->events % DEADLINE_EVERY == 0) {
        lede_status st = lede_check_deadline(s->ws); /* deadline, or shutdown */
        if (st != LEDE_OK)
            stop(s, st);
    }
}

/* Appends a metadata string to aux; returns its offset or SIZE_MAX. */
static size_t aux_put(pstate *s, const char *p, size_t n)
{
    lede_htree *t = s->t;
    if (t->aux_len + n + 1 > s->lim->max_aux)
        return SIZE_MAX;
    if (!grow((void **)&t->aux, &t->aux_cap, t->aux_len + n + 1, 1, s->lim->max_aux + 1)) {
        stop(s, LEDE_ERR_NOMEM);
        return SIZE_MAX;
    }
    size_t off = t->aux_len;
    memcpy(t->aux + off, p, n);
    t->aux_len += n;
    t->aux[t->aux_len] = '\0';
    return off;
}

static void meta_push(pstate *s, uint8_t kind, const char *key, const char *val, uint32_t node)
{
    lede_htree *t = s->t;
    if (!grow((void **)&t->meta, &t->cap_meta, t->n_meta + 1, sizeof *t->meta, s->lim->max_nodes))
        return;
    size_t kl = key ? strlen(key) : 0, vl = val ? strlen(val) : 0;
    size_t ko = aux_put(s, key ? key : "", kl);
    size_t vo = aux_put(s, val ? val : "", vl);
    if (ko == SIZE_MAX || vo == SIZE_MAX)
        return;
    t->meta[t->n_meta++] = (lede_hmeta){kind, (uint32_t)ko, (uint32_t)kl, (uint32_t)vo, (uint32_t)vl, node};
}

static bool ieq(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        char x = (*a >= 'A' && *a <= 'Z') ? (char)(*a + 32) : *a;
        if (x != *b)
            return false;
    }
    return *a == *b;
}

/* True when a style attribute hides the element. */
static bool style_hides(const char *v)
{
    char buf[256];
    size_t k = 0;
    for (; *v && k + 1 < sizeof buf; v++)
        if (*v != ' ' && *v != '\t' && *v != '\n')
            buf[k++] = (*v >= 'A' && *v <= 'Z') ? (char)(*v + 32) : *v;
    buf[k] = '\0';
    return strstr(buf, "display:none") || strstr(buf, "visibility:hidden");
}

static const char *const junk_roles[] = {"navigation", "menu", "menubar", "complementary", "alert",
                                         "alertdialog", "dialog", "banner", "contentinfo", "search", NULL};

typedef struct attrs {
    const char *cls, *id, *role, *itemprop, *href, *type, *content, *property, *name, *datetime,
        *style, *rel;
    bool summary;
    bool hidden, aria_hidden;
} attrs;

static void read_attrs(const xmlChar **atts, attrs *a)
{
    memset(a, 0, sizeof *a);
    for (size_t i = 0; atts && atts[i]; i += 2) {
        const char *k = (const char *)atts[i], *v = (const char *)atts[i + 1];
        if (strcmp(k, "class") == 0) a->cls = v;
        else if (strcmp(k, "id") == 0) a->id = v;
        else if (strcmp(k, "role") == 0) a->role = v;
        else if (strcmp(k, "itemprop") == 0) a->itemprop = v;
        else if (strcmp(k, "href") == 0) a->href = v ? v : "";
        else if (strcmp(k, "type") == 0) a->type = v;
        else if (strcmp(k, "content") == 0) a->content = v;
        else if (strcmp(k, "property") == 0) a->property = v;
        else if (strcmp(k, "name") == 0) a->name = v;
        else if (strcmp(k, "datetime") == 0) a->datetime = v;
        else if (strcmp(k, "style") == 0) a->style = v;
        else if (strcmp(k, "rel") == 0) a->rel = v;
        else if (strcmp(k, "summary") == 0) a->summary = v && v[0];
        else if (strcmp(k, "hidden") == 0) a->hidden = true;
        else if (strcmp(k, "aria-hidden") == 0) a->aria_hidden = v && ieq(v, "true");
    }
}

static void collect_meta(pstate *s, lede_tag tag, const attrs *a, uint32_t node)
{
    if (tag == LEDE_T_META || (a->itemprop && a->content)) {
        const char *key = a->property ? a->property : a->name ? a->name : a->itemprop;
        if (key && a->content)
            meta_push(s, LEDE_HM_META, key, a->content, node);
    }
    if (tag == LEDE_T_TIME && a->datetime)
        meta_push(s, LEDE_HM_TIME, a->itemprop ? a->itemprop : "", a->datetime, node);
}

static void start_capture(pstate *s, uint8_t kind, uint32_t node)
{
    s->capture = kind;
    s->capture_node = node;
    s->capture_off = s->t->aux_len;
}

static void on_start(void *ctx, const xmlChar *xname, const xmlChar **atts)
{
    pstate *s = ctx;
    lede_htree *t = s->t;
    tick(s);
    const char *name = (const char *)xname;
    const tagdef *def = tag_find(name);
    lede_tag tag = def ? (lede_tag)def->tag : LEDE_T_OTHER;
    uint32_t parent = s->cur;
    size_t depth = parent == LEDE_HNONE ? 0 : (size_t)t->nodes[parent].depth + 1;
    if (s->overflow || depth >= s->lim->max_depth || t->n_nodes >= s->lim->max_nodes) {
        s->overflow++;
        return;
    }
    if (!grow((void **)&t->nodes, &t->cap_nodes, t->n_nodes + 1, sizeof *t->nodes, s->lim->max_nodes)) {
        stop(s, LEDE_ERR_NOMEM);
        s->overflow++;
        return;
    }
    attrs a;
    read_attrs(atts, &a);
    uint32_t id = (uint32_t)t->n_nodes++;
    lede_hnode *nd = &t->nodes[id];
    memset(nd, 0, sizeof *nd);
    nd->parent = parent;
    nd->tag = (uint8_t)tag;
    nd->depth = (uint16_t)depth;
    nd->run_begin = nd->run_end = (uint32_t)t->n_runs;
    nd->end = id + 1;
    uint32_t inherit = parent == LEDE_HNONE ? 0 : t->nodes[parent].flags & (LEDE_HN_DROP | HN_INLINK | HN_INSVG | HN_INHASH);
    uint32_t f = inherit;
    if (def && (def->props & P_BLOCK))
        f |= LEDE_HN_BLOCK;
    if (def && (def->props & P_DROP))
        f |= LEDE_HN_DROP;
    if (tag == LEDE_T_SVG)
        f |= HN_INSVG;
    if (a.hidden || a.aria_hidden || (a.style && style_hides(a.style)))
        f |= LEDE_HN_HIDDEN;
    if (tag == LEDE_T_A && a.href) {
        f |= LEDE_HN_LINK | HN_INLINK;
        f &= ~HN_INHASH;
        if (a.href[0] == '#')
            f |= LEDE_HN_HASHLINK | HN_INHASH;
    }
    if (a.role) {
        for (const char *const *r = junk_roles; *r; r++)
            if (ieq(a.role, *r))
                f |= LEDE_HN_ROLE_JUNK;
    }
    if (a.itemprop && (ieq(a.itemprop, "articlebody") || strstr(a.itemprop, "articleBody")))
        f |= LEDE_HN_ITEM_BODY;
    if ((a.rel && ieq(a.rel, "author")) || (a.itemprop && strstr(a.itemprop, "author")))
        f |= LEDE_HN_AUTHOR;
    if (tag == LEDE_T_TABLE && a.summary)
        f |= LEDE_HN_DATATABLE;
    if (a.role && ieq(a.role, "presentation"))
        f |= LEDE_HN_PRESENTATION;
    nd->flags = f;
    if (a.cls || a.id) {
        uint64_t h = 1469598103934665603ull; /* FNV-1a of class, a separator, id */
        for (const char *c = a.cls ? a.cls : ""; *c; c++)
            h = (h ^ (unsigned char)*c) * 1099511628211ull;
        h = (h ^ 1u) * 1099511628211ull;
        for (const char *c = a.id ? a.id : ""; *c; c++)
            h = (h ^ (unsigned char)*c) * 1099511628211ull;
        h |= 1; /* 0 marks an empty slot */
        cue_entry *e = &s->cues[h % CUE_CACHE];
        if (e->key != h) {
            int w = 0;
            e->bits = lede_html_cues(a.cls, a.id, &w);
            e->weight = (int16_t)w;
            e->key = h;
        }
        nd->cues = e->bits;
        nd->weight = e->weight;
    }
    if (a.itemprop && (strstr(a.itemprop, "date") || strstr(a.itemprop, "Date")))
        nd->cues |= LEDE_CUE_DATE;
    if (a.rel && ieq(a.rel, "tag"))
        nd->cues |= LEDE_CUE_NAV;
    if (a.cls) {
        uint32_t h = 2166136261u; /* FNV-1a */
        for (const char *c = a.cls; *c; c++)
            h = (h ^ (unsigned char)*c) * 16777619u;
        nd->class_hash = h ? h : 1;
    }
    collect_meta(s, tag, &a, id);
    if (s->capture == 0xFF) {
        if (tag == LEDE_T_TITLE && !s->seen_title && !(f & HN_INSVG))
            start_capture(s, LEDE_HM_TITLE, id);
        else if (tag == LEDE_T_SCRIPT && a.type && ieq(a.type, "application/ld+json"))
            start_capture(s, LEDE_HM_JSONLD, id);
    }
    if (tag == LEDE_T_BR && !(f & LEDE_HN_DROP)) {
        /* a zero-length run marks the line break for the text writer */
        if (grow((void **)&t->runs, &t->cap_runs, t->n_runs + 1, sizeof *t->runs, s->lim->max_nodes * 2)) {
            uint32_t blk = parent;
            while (blk != LEDE_HNONE && !(t->nodes[blk].flags & LEDE_HN_BLOCK))
                blk = t->nodes[blk].parent;
            t->runs[t->n_runs++] = (lede_hrun){(uint32_t)t->text_len, 0, id, blk, LEDE_HR_BR};
        }
    }
    s->cur = id;
}

static void on_end(void *ctx, const xmlChar *name)
{
    pstate *s = ctx;
    (void)name;
    tick(s);
    if (s->overflow) {
        s->overflow--;
        return;
    }
    if (s->cur == LEDE_HNONE)
        return;
    lede_htree *t = s->t;
    lede_hnode *nd = &t->nodes[s->cur];
    nd->end = (uint32_t)t->n_nodes;
    nd->run_end = (uint32_t)t->n_runs;
    if (s->capture != 0xFF && s->capture_node == s->cur) {
        size_t off = s->capture_off, len = t->aux_len - off;
        if (s->capture == LEDE_HM_TITLE)
            s->seen_title = true;
        if (len && grow((void **)&t->meta, &t->cap_meta, t->n_meta + 1, sizeof *t->meta, s->lim->max_nodes))
            t->meta[t->n_meta++] = (lede_hmeta){s->capture, 0, 0, (uint32_t)off, (uint32_t)len, s->cur};
        s->capture = 0xFF;
    }
    s->cur = nd->parent;
}

static void on_text(void *ctx, const xmlChar *ch, int len)
{
    pstate *s = ctx;
    lede_htree *t = s->t;
    if (len <= 0 || s->cur == LEDE_HNONE)
        return;
    tick(s);
    if (s->capture != 0xFF) {
        aux_put(s, (const char *)ch, (size_t)len);
        return;
    }
    const lede_hnode *nd = &t->nodes[s->cur];
    if (nd->flags & LEDE_HN_DROP)
        return;
    size_t n = (size_t)len;
    if (t->text_len + n + 1 > s->lim->max_text) {
        stop(s, LEDE_OK); /* the text cap: what came first is the tree */
        return;
    }
    if (!grow((void **)&t->text, &t->text_cap, t->text_len + n + 1, 1, s->lim->max_text + 1)) {
        stop(s, LEDE_ERR_NOMEM);
        return;
    }
    memcpy(t->text + t->text_len, ch, n);
    lede_hrun *last = t->n_runs ? &t->runs[t->n_runs - 1] : NULL;
    if (last && last->node == s->cur && !(last->flags & LEDE_HR_BR) && last->off + last->len == t->text_len) {
        last->len += (uint32_t)n;
    } else {
        if (!grow((void **)&t->runs, &t->cap_runs, t->n_runs + 1, sizeof *t->runs, s->lim->max_nodes * 2)) {
            stop(s, LEDE_OK);
            return;
        }
        uint32_t blk = s->cur;
        while (blk != LEDE_HNONE && !(t->nodes[blk].flags & LEDE_HN_BLOCK))
            blk = t->nodes[blk].parent;
        t->runs[t->n_runs++] = (lede_hrun){(uint32_t)t->text_len, (uint32_t)n, s->cur, blk,
                                           ((nd->flags & HN_INLINK) ? LEDE_HR_LINK : 0u) |
                                               ((nd->flags & HN_INHASH) ? LEDE_HR_HASH : 0u)};
    }
    t->text_len += n;
    t->text[t->text_len] = '\0';
}

static bool is_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

/* The most attribute-like tokens in one start tag, by a linear scan: a tag
 * starts at '<' + letter and ends at the first '>' outside a quoted value.
 * *work receives the sum of the squared counts. */
static size_t max_tag_attrs(const char *s, size_t n, double *work)
{
    size_t most = 0;
    *work = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        if (s[i] != '<' || !is_alpha((unsigned char)s[i + 1]))
            continue;
        size_t j = i + 1, count = 0;
        bool space = false;
        char quote = 0;
        for (; j < n; j++) {
            char c = s[j];
            if (quote) {
                if (c == quote)
                    quote = 0;
                continue;
            }
            if (c == '>')
                break;
            if ((c == '"' || c == '\'') && j > 0 && s[j - 1] == '=') {
                quote = c;
                continue;
            }
            bool ws = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
            if (space && !ws)
                count++;
            space = ws;
        }
        if (count > most)
            most = count;
        *work += (double)count * (double)count;
        i = j;
    }
    return most;
}

static void close_open(pstate *s)
{
    lede_htree *t = s->t;
    for (uint32_t c = s->cur; c != LEDE_HNONE; c = t->nodes[c].parent) {
        t->nodes[c].end = (uint32_t)t->n_nodes;
        t->nodes[c].run_end = (uint32_t)t->n_runs;
    }
    s->cur = LEDE_HNONE;
}

lede_status lede_htree_parse(lede_workspace *ws, lede_htree *t, const char *html, size_t n,
                             const lede_htree_limits *lim)
{
    memset(t, 0, sizeof *t);
    if (n > INT_MAX)
        return lede_fail(ws, LEDE_ERR_DOC_LIMIT, "HTML of %zu bytes is too large to parse", n);
    double work;
    size_t most = max_tag_attrs(html, n, &work);
    if (most > HTML_MAX_TAG_ATTRS)
        return lede_fail(ws, LEDE_ERR_DOC_LIMIT, "an HTML tag carries %zu attributes; the limit is %d", most,
                         HTML_MAX_TAG_ATTRS);
    if (work > HTML_MAX_ATTR_WORK)
        return lede_fail(ws, LEDE_ERR_DOC_LIMIT, "the HTML has too many tags with hundreds of attributes");
    char enc[CHARSET_MAX];
    lede_html_charset(html, n, enc, sizeof enc);
    char *copy = NULL;
    size_t cn = n;
    int rc = lede_to_utf8(html, n, enc, &copy, &cn);
    if (rc == 1) /* a charset iconv does not know: read the bytes as UTF-8 */
        rc = lede_to_utf8(html, n, "UTF-8", &copy, &cn);
    if (rc < 0)
        return lede_fail(ws, LEDE_ERR_NOMEM, "out of memory decoding the HTML");
    if (copy)
        html = copy;
    n = cn;
    if (n > INT_MAX) {
        free(copy);
        return lede_fail(ws, LEDE_ERR_DOC_LIMIT, "HTML of %zu bytes is too large to parse", n);
    }
    htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(html, (int)n);
    if (!ctxt) {
        free(copy);
        return lede_fail(ws, LEDE_ERR_NOMEM, "out of memory creating the HTML parser");
    }
    htmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.startElement = on_start;
    sax.endElement = on_end;
    sax.characters = on_text;
    sax.ignorableWhitespace = on_text;
    sax.cdataBlock = on_text;
    memcpy(ctxt->sax, &sax, sizeof sax);
    pstate s = {.ws = ws, .t = t, .lim = lim, .ctxt = ctxt, .cur = LEDE_HNONE, .capture = 0xFF};
    ctxt->userData = &s;
    htmlCtxtUseOptions(ctxt, HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                 HTML_PARSE_RECOVER | HTML_PARSE_IGNORE_ENC | HTML_PARSE_NODEFDTD);
    xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8); /* decoded above: no converter */
    htmlParseDocument(ctxt);
    close_open(&s);
    if (!t->text && s.st == LEDE_OK) { /* runs (line breaks) may exist with no text */
        t->text = calloc(1, 1);
        t->text_cap = t->text ? 1 : 0;
        if (!t->text)
            s.st = LEDE_ERR_NOMEM;
    }
    htmlFreeParserCtxt(ctxt);
    free(copy);
    if (s.st == LEDE_ERR_DEADLINE)
        return lede_fail(ws, LEDE_ERR_DEADLINE, "the deadline passed while parsing the HTML");
    if (s.st == LEDE_ERR_DRAINING)
        return s.st; /* detail set by lede_check_deadline */
    if (s.st == LEDE_ERR_NOMEM)
        return lede_fail(ws, LEDE_ERR_NOMEM, "out of memory parsing the HTML");
    if (t->n_nodes == 0)
        return lede_fail(ws, LEDE_ERR_BAD_HTML, "the HTML has no elements");
    return LEDE_OK;
}

void lede_htree_free(lede_htree *t)
{
    free(t->nodes);
    free(t->runs);
    free(t->text);
    free(t->aux);
    free(t->meta);
    memset(t, 0, sizeof *t);
}
