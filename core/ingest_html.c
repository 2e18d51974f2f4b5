/*
 * ingest_html.c - the HTML ingest stage: parse the page (html_tree.c), read
 * its metadata (html_meta.c), extract the article body (html_extract.c) and
 * write it into ws->text as paragraphs separated by blank lines; fill the
 * document's title, byline and publication time from the page (analyze.c
 * lets the request's own values win afterwards).
 * Every size is capped from the workspace limits; the parser and the
 * extractor check the deadline.  Reentrant: all state is per call.
 */
#include <stdlib.h>
#include <string.h>

#include "html_extract.h"
#include "html_meta.h"
#include "stages.h"
#include "utf8.h"

/* Caps derived from max_text_bytes: one element per 8 bytes of text is far
 * above real pages (about one per 40) and bounds the tree at ~40 bytes per
 * element; metadata strings (JSON-LD bodies included) get a quarter. */
enum { HTML_TEXT_BYTES_PER_NODE = 8, HTML_AUX_SHARE = 4 };

/* Replaces invalid UTF-8 in b (libxml2 output should be valid; this keeps
 * the guarantee the rest of the pipeline relies on). */
static void force_utf8(lede_buf *b)
{
    size_t i = 0;
    while (i < b->n) {
        size_t good = lede_utf8_validate(b->p + i, b->n - i);
        i += good;
        if (i < b->n)
            b->p[i++] = '?';
    }
}

lede_status lede_ingest_html(lede_workspace *ws, const char *html, size_t n)
{
    lede_doc *d = &ws->doc;
    if (n == 0) { /* nothing to parse; analyze.c reports the empty text */
        d->text = "";
        d->len = 0;
        d->text_is_input = false;
        return LEDE_OK;
    }
    lede_htree t;
    lede_htree_limits lim = {
        .max_depth = ws->lim.max_html_depth ? ws->lim.max_html_depth : 1,
        .max_nodes = ws->lim.max_text_bytes / HTML_TEXT_BYTES_PER_NODE + 64,
        .max_text = ws->lim.max_text_bytes,
        .max_aux = ws->lim.max_text_bytes / HTML_AUX_SHARE + 1024,
    };
    lede_status st = lede_htree_parse(ws, &t, html, n, &lim);
    if (st != LEDE_OK) {
        lede_htree_free(&t);
        return st;
    }
    lede_html_meta meta;
    lede_html_meta_read(ws, &t, &meta);

    uint8_t *keep = malloc(t.n_runs ? t.n_runs : 1);
    if (!keep) {
        lede_htree_free(&t);
        return lede_fail(ws, LEDE_ERR_NOMEM, "out of memory extracting the article");
    }
    st = lede_html_extract(ws, &t, meta.title.p, meta.title.n, keep, NULL);
    /* past max_text_bytes the article is cut at a word: the tree holds no
     * more than that anyway */
    if (st == LEDE_OK && !lede_html_write_text(&t, keep, &ws->text) && ws->text.failed)
        st = lede_fail(ws, LEDE_ERR_NOMEM, "out of memory writing the article text");
    free(keep);
    lede_htree_free(&t);
    if (st != LEDE_OK)
        return st;

    force_utf8(&ws->text);
    d->text = ws->text.p ? ws->text.p : "";
    d->len = ws->text.n;
    d->text_is_input = false;
    d->title = meta.title;
    d->byline = meta.byline;
    d->published_at = meta.published_at;
    return LEDE_OK;
}
