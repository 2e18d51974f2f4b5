/*
 * ingest_xml.c - the XML ingest stage: NITF and NewsML-G2 wire stories.
 *
 * Streaming: libxml2's SAX2 parser feeds a small state machine, so memory
 * is the output text plus a stack of element names, whatever the input size.
 * Safety (the input is untrusted): no network (XML_PARSE_NONET), no DTD
 * loading, no entity substitution, and any entity declaration stops the
 * parse with LEDE_ERR_XML_FORBIDDEN ("billion laughs", external entities
 * such as SYSTEM "/etc/passwd").  A DOCTYPE that only names an external DTD
 * is accepted (wire feeds carry "nitf-3-5.dtd") but the DTD is never read,
 * unless it names a local file, which only an attack would do.
 * The vocabulary is read by local name, whatever the namespace:
 *   NITF   hedline/hl1 (or head/title), byline, dateline, body.content
 *          paragraphs (<p>, <hl2>, lists), date.issue / pubdata /
 *          date.release / story.date
 *   G2     contentMeta headline, by, dateline, contentCreated; itemMeta
 *          firstCreated / versionCreated; contentSet inlineXML (NITF or
 *          XHTML inside) or inlineData (plain text)
 * The bytes are decoded to UTF-8 first (charset.c), so libxml2 runs no
 * converter of its own.  Reentrant: per-call state, per-context options.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>

#include "charset.h"
#include "stages.h"
#include "utf8.h"

enum { XML_DEADLINE_EVERY = 4096, XML_META_MAX = 1024, XML_DATE_MAX = 40, XML_DECL_SCAN = 256 };

typedef enum vocab { V_NONE, V_NITF, V_G2 } vocab;

/* Element roles, decided from local names. */
typedef enum role {
    R_OTHER, R_HL1, R_HEADLINE, R_HEAD_TITLE, R_BYLINE, R_DATELINE, R_BODY, R_PARA, R_SKIP,
    R_INLINE_DATA
} role;

/* Date sources, best first. */
enum { D_ISSUE, D_PUBLICATION, D_RELEASE, D_STORY, D_FIRST_CREATED, D_CONTENT_CREATED, D_VERSION,
       D_COUNT };

typedef struct xstate {
    lede_workspace *ws;
    xmlParserCtxtPtr ctxt;
    lede_status st;
    vocab voc;
    size_t depth, events;
    size_t body_depth;        /* depth of the body element, 0 outside     */
    size_t para_depth;        /* depth of the open paragraph element, 0   */
    size_t skip_depth;        /* depth of a skipped subtree, 0            */
    size_t meta_depth;        /* depth of a metadata element captured     */
    role meta_role;
    bool in_inline_data;
    bool seen_content_meta;   /* inside contentMeta (G2)                  */
    size_t content_meta_depth;
    lede_buf *out;
    char meta[XML_META_MAX];  /* text of the metadata element being read  */
    size_t meta_len;
    char title[XML_META_MAX], headline[XML_META_MAX], head_title[XML_META_MAX];
    char byline[XML_META_MAX], dateline[XML_META_MAX];
    size_t title_len, headline_len, head_title_len, byline_len, dateline_len;
    char dates[D_COUNT][XML_DATE_MAX];
    int date_text;            /* D_* whose text is being read, or -1      */
    bool pending_space;       /* whitespace seen since the last character */
    bool para_open;           /* output has an unfinished paragraph       */
} xstate;

static void stop(xstate *s, lede_status st)
{
    if (s->st == LEDE_OK)
        s->st = st;
    xmlStopParser(s->ctxt);
}

static bool name_is(const xmlChar *n, const char *lit) { return strcmp((const char *)n, lit) == 0; }

static role role_of(xstate *s, const xmlChar *n)
{
    if (name_is(n, "hl1")) return R_HL1;
    if (name_is(n, "headline") && s->seen_content_meta) return R_HEADLINE;
    if (name_is(n, "title") && s->voc == V_NITF && !s->body_depth) return R_HEAD_TITLE;
    if (name_is(n, "byline") || (name_is(n, "by") && s->seen_content_meta)) return R_BYLINE;
    if (name_is(n, "dateline")) return R_DATELINE;
    if (name_is(n, "body.content") || name_is(n, "inlineXML")) return R_BODY;
    if (name_is(n, "inlineData")) return R_INLINE_DATA;
    if (name_is(n, "p") || name_is(n, "hl2") || name_is(n, "li") || name_is(n, "pre") ||
        name_is(n, "h1") || name_is(n, "h2") || name_is(n, "h3") || name_is(n, "h4") ||
        name_is(n, "h5") || name_is(n, "h6") || name_is(n, "dt") || name_is(n, "dd") ||
        name_is(n, "td") || name_is(n, "th"))
        return R_PARA;
    if (name_is(n, "media") || name_is(n, "media-caption") || name_is(n, "media-producer") ||
        name_is(n, "figure") || name_is(n, "figcaption") || name_is(n, "script") ||
        name_is(n, "style") || name_is(n, "body.end") || name_is(n, "note") ||
        (name_is(n, "head") && s->body_depth)) /* XHTML head inside inlineXML */
        return R_SKIP;
    return R_OTHER;
}

/* "20210204T120000Z" / "20210204T120000+0000" / "20210204" -> ISO 8601
 * extended; extended input is copied as is. */
static void norm_date(const char *v, size_t n, char out[XML_DATE_MAX])
{
    out[0] = '\0';
    while (n && (*v == ' ' || *v == '\n' || *v == '\t')) {
        v++;
        n--;
    }
    while (n && (v[n - 1] == ' ' || v[n - 1] == '\n' || v[n - 1] == '\t'))
        n--;
    bool basic = n >= 8;
    for (size_t i = 0; i < 8 && basic; i++)
        basic = v[i] >= '0' && v[i] <= '9';
    if (!basic) {
        if (n < XML_DATE_MAX) {
            memcpy(out, v, n);
            out[n] = '\0';
        }
        return;
    }
    char buf[XML_DATE_MAX];
    size_t k = 0;
    memcpy(buf, v, 4); buf[4] = '-'; memcpy(buf + 5, v + 4, 2); buf[7] = '-'; memcpy(buf + 8, v + 6, 2);
    k = 10;
    size_t i = 8;
    if (i < n && v[i] == 'T' && i + 7 <= n) {
        buf[k++] = 'T';
        memcpy(buf + k, v + i + 1, 2); k += 2; buf[k++] = ':';
        memcpy(buf + k, v + i + 3, 2); k += 2; buf[k++] = ':';
        memcpy(buf + k, v + i + 5, 2); k += 2;
        i += 7;
        if (i < n && v[i] == 'Z') {
            buf[k++] = 'Z';
        } else if (i + 5 <= n && (v[i] == '+' || v[i] == '-')) {
            buf[k++] = v[i];
            memcpy(buf + k, v + i + 1, 2); k += 2; buf[k++] = ':';
            memcpy(buf + k, v + i + 3, 2); k += 2;
        }
    }
    buf[k] = '\0';
    memcpy(out, buf, k + 1);
}

static void set_date(xstate *s, int which, const char *v, size_t n)
{
    if (!s->dates[which][0])
        norm_date(v, n, s->dates[which]);
}

static const char *attr(const xmlChar **attrs, int n, const char *name, size_t *len)
{
    for (int i = 0; i < n; i++) {
        const xmlChar **a = attrs + 5 * i;
        if (name_is(a[0], name)) {
            *len = (size_t)(a[4] - a[3]);
            return (const char *)a[3];
        }
    }
    return NULL;
}

/* ---- output text ------------------------------------------------------------ */

static void end_para(xstate *s)
{
    s->para_open = false;
    s->pending_space = false;
}

/* Appends to the story text, refusing to pass the text cap (lede_buf only
 * checks its cap when it grows). */
static bool put(xstate *s, const char *p, size_t n)
{
    if (s->out->max && s->out->n + n > s->out->max) {
        stop(s, LEDE_ERR_DOC_LIMIT);
        return false;
    }
    lede_buf_put(s->out, p, n);
    if (s->out->failed) {
        stop(s, LEDE_ERR_NOMEM);
        return false;
    }
    return true;
}

static void put_text(xstate *s, const char *p, size_t n, bool raw_lines)
{
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            if (raw_lines && c == '\n' && i + 1 < n && p[i + 1] == '\n' && s->para_open)
                end_para(s); /* plain-text inlineData: blank line = paragraph */
            else if (s->para_open)
                s->pending_space = true;
            continue;
        }
        if (!s->para_open) {
            if (s->out->n && !put(s, "\n\n", 2))
                return;
            s->para_open = true;
        } else if (s->pending_space && !put(s, " ", 1)) {
            return;
        }
        s->pending_space = false;
        size_t j = i + 1; /* the rest of the word in one append */
        while (j < n && p[j] != ' ' && p[j] != '\t' && p[j] != '\r' && p[j] != '\n')
            j++;
        if (!put(s, p + i, j - i))
            return;
        i = j - 1;
    }
}

/* ---- SAX callbacks ----------------------------------------------------------- */

static void tick(xstate *s)
{
    if (++s->events % XML_DEADLINE_EVERY == 0) {
        lede_status st = lede_check_deadline(s->ws); /* deadline, or shutdown */
        if (st != LEDE_OK)
            stop(s, st);
    }
}

static void on_start(void *ctx, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri,
                     int nb_ns, const xmlChar **ns, int nb_attrs, int nb_def, const xmlChar **attrs)
{
    xstate *s = ctx;
    (void)prefix; (void)uri; (void)nb_ns; (void)ns; (void)nb_def;
    tick(s);
    s->depth++;
    if (s->depth > s->ws->lim.max_html_depth) {
        stop(s, LEDE_ERR_DOC_LIMIT);
        return;
    }
    if (s->voc == V_NONE) {
        if (name_is(local, "nitf"))
            s->voc = V_NITF;
        else if (name_is(local, "newsMessage") || name_is(local, "newsItem") || name_is(local, "packageItem"))
            s->voc = V_G2;
        else {
            lede_fail(s->ws, LEDE_ERR_MEDIA_TYPE,
                      "the XML root element <%.40s> is neither NITF (<nitf>) nor NewsML-G2 "
                      "(<newsMessage>, <newsItem>)", (const char *)local);
            stop(s, LEDE_ERR_MEDIA_TYPE);
            return;
        }
    }
    size_t len;
    const char *v;
    if (name_is(local, "date.issue") && (v = attr(attrs, nb_attrs, "norm", &len)))
        set_date(s, D_ISSUE, v, len);
    else if (name_is(local, "pubdata") && (v = attr(attrs, nb_attrs, "date.publication", &len)))
        set_date(s, D_PUBLICATION, v, len);
    else if (name_is(local, "date.release") && (v = attr(attrs, nb_attrs, "norm", &len)))
        set_date(s, D_RELEASE, v, len);
    else if (name_is(local, "story.date") && (v = attr(attrs, nb_attrs, "norm", &len)))
        set_date(s, D_STORY, v, len);
    if (!s->meta_depth)
        s->date_text = name_is(local, "firstCreated") ? D_FIRST_CREATED
                       : name_is(local, "contentCreated") ? D_CONTENT_CREATED
                       : name_is(local, "versionCreated") ? D_VERSION : -1;
    if (!s->meta_depth && s->date_text >= 0) {
        s->meta_depth = s->depth;
        s->meta_len = 0;
        return;
    }
    if (name_is(local, "nitf") && s->body_depth && !s->para_depth) {
        s->body_depth = 0; /* NITF inside inlineXML: its body.content is the story */
        s->in_inline_data = false;
    }
    if (name_is(local, "contentMeta")) {
        s->seen_content_meta = true;
        s->content_meta_depth = s->depth;
    }
    if (s->skip_depth || s->meta_depth)
        return;
    role r = role_of(s, local);
    switch (r) {
    case R_SKIP:
        s->skip_depth = s->depth;
        break;
    case R_HL1: case R_HEADLINE: case R_HEAD_TITLE: case R_BYLINE: case R_DATELINE:
        if (!s->para_depth) {
            s->meta_depth = s->depth;
            s->meta_role = r;
            s->meta_len = 0;
        }
        break;
    case R_BODY:
        if (!s->body_depth)
            s->body_depth = s->depth;
        break;
    case R_INLINE_DATA:
        if (!s->body_depth) {
            s->body_depth = s->depth;
            s->in_inline_data = true;
        }
        break;
    case R_PARA:
        if (s->body_depth && !s->para_depth) {
            end_para(s);
            s->para_depth = s->depth;
        }
        break;
    case R_OTHER:
        break;
    }
}

static void keep_meta(xstate *s, char *dst, size_t *dlen)
{
    if (*dlen)
        return;
    /* the capture may have cut a UTF-8 sequence at its cap */
    while (s->meta_len && lede_utf8_validate(s->meta, s->meta_len) != s->meta_len)
        s->meta_len--;
    size_t k = 0;
    bool space = false;
    for (size_t i = 0; i < s->meta_len; i++) {
        char c = s->meta[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = k > 0;
            continue;
        }
        if (space)
            dst[k++] = ' ';
        space = false;
        dst[k++] = c;
    }
    *dlen = k;
}

static void on_end(void *ctx, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri)
{
    xstate *s = ctx;
    (void)local; (void)prefix; (void)uri;
    tick(s);
    if (s->meta_depth == s->depth) {
        if (s->date_text >= 0)
            set_date(s, s->date_text, s->meta, s->meta_len < XML_DATE_MAX ? s->meta_len : 0);
        else if (s->meta_role == R_HL1)
            keep_meta(s, s->title, &s->title_len);
        else if (s->meta_role == R_HEADLINE)
            keep_meta(s, s->headline, &s->headline_len);
        else if (s->meta_role == R_HEAD_TITLE)
            keep_meta(s, s->head_title, &s->head_title_len);
        else if (s->meta_role == R_BYLINE)
            keep_meta(s, s->byline, &s->byline_len);
        else if (s->meta_role == R_DATELINE)
            keep_meta(s, s->dateline, &s->dateline_len);
        s->meta_depth = 0;
        s->date_text = -1;
    }
    if (s->skip_depth == s->depth)
        s->skip_depth = 0;
    if (s->para_depth == s->depth) {
        s->para_depth = 0;
        end_para(s);
    }
    if (s->body_depth == s->depth) {
        s->body_depth = 0;
        s->in_inline_data = false;
        end_para(s);
    }
    if (s->content_meta_depth == s->depth) {
        s->content_meta_depth = 0;
        s->seen_content_meta = false;
    }
    if (s->depth)
        s->depth--;
}

static void on_text(void *ctx, const xmlChar *ch, int len)
{
    xstate *s = ctx;
    if (len <= 0)
        return;
    tick(s);
    if (s->meta_depth) {
        size_t n = (size_t)len;
        if (s->meta_len + n > XML_META_MAX - 1)
            n = XML_META_MAX - 1 - s->meta_len;
        memcpy(s->meta + s->meta_len, ch, n);
        s->meta_len += n;
        return;
    }
    if (s->skip_depth || !s->body_depth)
        return;
    put_text(s, (const char *)ch, (size_t)len, s->in_inline_data);
}

/* Any entity declaration: refuse the document before it is used. */
static void on_entity_decl(void *ctx, const xmlChar *name, int type, const xmlChar *pub,
                           const xmlChar *sys, xmlChar *content)
{
    xstate *s = ctx;
    (void)type; (void)pub; (void)content;
    lede_fail(s->ws, LEDE_ERR_XML_FORBIDDEN,
              "the XML declares the %s entity \"%.40s\"; entity declarations are not accepted",
              sys ? "external" : "internal", (const char *)name);
    stop(s, LEDE_ERR_XML_FORBIDDEN);
}

static void on_doctype(void *ctx, const xmlChar *name, const xmlChar *ext, const xmlChar *sys)
{
    xstate *s = ctx;
    (void)name; (void)ext;
    const char *p = (const char *)sys;
    if (p && (p[0] == '/' || strncmp(p, "file:", 5) == 0 || strstr(p, "..") || p[0] == '\\')) {
        lede_fail(s->ws, LEDE_ERR_XML_FORBIDDEN,
                  "the XML DOCTYPE points at the local file \"%.60s\"; DTDs are never loaded", p);
        stop(s, LEDE_ERR_XML_FORBIDDEN);
    }
}

static lede_str arena_str(lede_workspace *ws, const char *p, size_t n)
{
    if (!n || lede_utf8_validate(p, n) != n)
        return (lede_str){0};
    char *c = lede_arena_strndup(&ws->arena, p, n);
    return c ? (lede_str){c, n} : (lede_str){0};
}

static lede_status parse_error(lede_workspace *ws, xmlParserCtxtPtr ctxt)
{
    const xmlError *e = xmlCtxtGetLastError(ctxt);
    if (!e)
        return lede_fail(ws, LEDE_ERR_BAD_XML, "the XML is not well-formed");
    char msg[200];
    size_t k = 0;
    for (const char *m = e->message ? e->message : ""; *m && k + 1 < sizeof msg; m++)
        msg[k++] = (*m == '\n') ? ' ' : *m;
    while (k && msg[k - 1] == ' ')
        k--;
    msg[k] = '\0';
    if (e->code == XML_ERR_ENTITY_LOOP || e->code == XML_ERR_ENTITY_BOUNDARY)
        return lede_fail(ws, LEDE_ERR_XML_FORBIDDEN, "entity expansion refused at line %d: %s", e->line, msg);
    return lede_fail(ws, LEDE_ERR_BAD_XML, "the XML is not well-formed at line %d, column %d: %s", e->line,
                     e->int2, msg);
}

/* The document's encoding: byte-order mark, UTF-16 without one, the XML
 * declaration's encoding="...", else UTF-8. */
static void xml_charset(const char *s, size_t n, char *out, size_t cap)
{
    const unsigned char *u = (const unsigned char *)s;
    const char *pick = "UTF-8";
    if (n >= 2 && u[0] == 0xFE && u[1] == 0xFF)
        pick = "UTF-16BE";
    else if (n >= 2 && u[0] == 0xFF && u[1] == 0xFE)
        pick = "UTF-16LE";
    else if (n >= 4 && u[0] == 0 && u[1] == '<' && u[2] == 0 && u[3] == '?')
        pick = "UTF-16BE";
    else if (n >= 4 && u[0] == '<' && u[1] == 0 && u[2] == '?' && u[3] == 0)
        pick = "UTF-16LE";
    else if (n >= 5 && memcmp(s, "<?xml", 5) == 0) {
        size_t end = 5;
        while (end + 1 < n && end < XML_DECL_SCAN && !(s[end] == '?' && s[end + 1] == '>'))
            end++;
        for (size_t i = 5; i + 8 < end; i++) {
            if (memcmp(s + i, "encoding", 8) != 0)
                continue;
            size_t j = i + 8;
            while (j < end && (s[j] == ' ' || s[j] == '=' || s[j] == '"' || s[j] == '\''))
                j++;
            size_t k = 0;
            while (j < end && k + 1 < cap && s[j] != '"' && s[j] != '\'' && s[j] != ' ' && s[j] != '?')
                out[k++] = s[j++];
            out[k] = '\0';
            if (k)
                return;
        }
    }
    size_t k = strlen(pick);
    memcpy(out, pick, k + 1);
}

lede_status lede_ingest_xml(lede_workspace *ws, const char *xml, size_t n)
{
    lede_doc *d = &ws->doc;
    if (n == 0)
        return lede_fail(ws, LEDE_ERR_BAD_XML, "the XML document is empty");
    char enc[XML_DATE_MAX];
    xml_charset(xml, n, enc, sizeof enc);
    char *copy = NULL;
    size_t cn = n;
    int rc = lede_to_utf8(xml, n, enc, &copy, &cn);
    if (rc == 1)
        return lede_fail(ws, LEDE_ERR_BAD_XML, "the XML declares the unknown encoding \"%s\"", enc);
    if (rc < 0)
        return lede_fail(ws, LEDE_ERR_NOMEM, "out of memory decoding the XML");
    if (cn > INT_MAX) {
        free(copy);
        return lede_fail(ws, LEDE_ERR_DOC_LIMIT, "XML of %zu bytes is too large to parse", cn);
    }
    xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(copy ? copy : xml, (int)cn);
    if (!ctxt) {
        free(copy);
        return lede_fail(ws, cn ? LEDE_ERR_NOMEM : LEDE_ERR_BAD_XML,
                         cn ? "out of memory creating the XML parser" : "the XML document is empty");
    }
    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = on_start;
    sax.endElementNs = on_end;
    sax.characters = on_text;
    sax.cdataBlock = on_text;
    sax.entityDecl = on_entity_decl;
    sax.internalSubset = on_doctype;
    memcpy(ctxt->sax, &sax, sizeof sax);
    xstate *s = lede_arena_alloc(&ws->arena, sizeof *s);
    if (!s) {
        xmlFreeParserCtxt(ctxt);
        free(copy);
        return lede_fail(ws, LEDE_ERR_NOMEM, "out of memory reading the XML");
    }
    memset(s, 0, sizeof *s);
    s->ws = ws;
    s->ctxt = ctxt;
    s->out = &ws->text;
    s->date_text = -1;
    ctxt->userData = s;
    /* decoded above: the declaration's encoding must not switch converters */
    xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_IGNORE_ENC);
    xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
    int prc = xmlParseDocument(ctxt);
    lede_status st = s->st;
    if (st == LEDE_OK && (prc != 0 || !ctxt->wellFormed))
        st = parse_error(ws, ctxt);
    else if (st == LEDE_ERR_DEADLINE)
        lede_fail(ws, st, "the deadline passed while reading the XML");
    else if (st == LEDE_ERR_NOMEM)
        lede_fail(ws, st, "out of memory writing the story text");
    else if (st == LEDE_ERR_DOC_LIMIT && !ws->err[0])
        lede_fail(ws, st, s->depth > ws->lim.max_html_depth ? "the XML nests elements deeper than %zu levels"
                                                             : "the story text is above the %zu byte limit",
                  s->depth > ws->lim.max_html_depth ? ws->lim.max_html_depth : ws->lim.max_text_bytes);
    if (st == LEDE_OK && s->voc == V_NONE)
        st = lede_fail(ws, LEDE_ERR_BAD_XML, "the XML has no root element");
    if (ctxt->myDoc) /* libxml2 keeps declarations in a stub document */
        xmlFreeDoc(ctxt->myDoc);
    xmlFreeParserCtxt(ctxt);
    free(copy);
    if (st != LEDE_OK)
        return st;

    /* the dateline opens the story text: it says where it happened */
    if (s->dateline_len && ws->text.n) {
        size_t body = ws->text.n;
        if (ws->text.max && body + s->dateline_len + 2 > ws->text.max)
            return lede_fail(ws, LEDE_ERR_DOC_LIMIT, "the story text is above the %zu byte limit",
                             ws->lim.max_text_bytes);
        lede_buf_put(&ws->text, s->dateline, s->dateline_len);
        lede_buf_put(&ws->text, "\n\n", 2);
        if (ws->text.failed)
            return lede_fail(ws, LEDE_ERR_DOC_LIMIT, "the story text is above the %zu byte limit",
                             ws->lim.max_text_bytes);
        memmove(ws->text.p + s->dateline_len + 2, ws->text.p, body);
        memcpy(ws->text.p, s->dateline, s->dateline_len);
        memcpy(ws->text.p + s->dateline_len, "\n\n", 2);
    }
    d->text = ws->text.p ? ws->text.p : "";
    d->len = ws->text.n;
    d->text_is_input = false;
    if (lede_utf8_validate(d->text, d->len) != d->len)
        return lede_fail(ws, LEDE_ERR_BAD_XML, "the XML text is not valid UTF-8");
    d->title = arena_str(ws, s->title, s->title_len);
    if (!d->title.n)
        d->title = arena_str(ws, s->headline, s->headline_len);
    if (!d->title.n)
        d->title = arena_str(ws, s->head_title, s->head_title_len);
    d->byline = arena_str(ws, s->byline, s->byline_len);
    for (int k = 0; k < D_COUNT && !d->published_at.n; k++) {
        int y, mo, dd;
        size_t len = strlen(s->dates[k]);
        if (len && lede_parse_date(s->dates[k], len, &y, &mo, &dd))
            d->published_at = arena_str(ws, s->dates[k], len);
    }
    return LEDE_OK;
}
