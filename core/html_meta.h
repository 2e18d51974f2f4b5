/*
 * html_meta.h - page metadata from an htree: title, byline and publication
 * time, from <meta> tags (og:, article:,
 * twitter:, Dublin Core, parse.ly...), JSON-LD NewsArticle objects, <time>
 * and <title>.  Strings are copied into the workspace arena.
 */
#ifndef LEDE_HTML_META_H
#define LEDE_HTML_META_H

#include "html_tree.h"

typedef struct lede_html_meta {
    lede_str title;        /* og:title, JSON-LD headline, <title> cleaned   */
    lede_str byline;       /* author name(s)                                */
    lede_str published_at; /* ISO 8601 as the page gives it                 */
} lede_html_meta;

/* html_jsonld.c: the first article-typed object (NewsArticle, Article,
 * BlogPosting, ReportageNewsArticle...) of one JSON-LD block, at any depth
 * of @graph arrays.  Fields found are copied into ws->arena; fields already
 * set in out are kept (the first block wins).  Returns true when an article
 * object was found. */
typedef struct lede_jsonld {
    lede_str headline, author, date;
} lede_jsonld;
bool lede_jsonld_article(lede_workspace *ws, const char *s, size_t n, lede_jsonld *out);

/* Fills m (strings in ws->arena; empty when not found).  Never fails: a
 * page without metadata just has none. */
void lede_html_meta_read(lede_workspace *ws, const lede_htree *t, lede_html_meta *m);

#endif
