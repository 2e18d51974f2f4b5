/*
 * html_jsonld.c - reads schema.org article metadata from a JSON-LD block:
 * headline, author name(s) and datePublished.
 * Pages wrap the JSON in HTML comments or CDATA markers now and then; those
 * are trimmed.  Nesting is bounded before jansson sees the text, and the walk
 * over @graph / arrays is bounded too.  Reentrant (jansson values are local).
 */
#include <string.h>
#include <jansson.h>

#include "html_meta.h"
#include "json_in.h"
#include "utf8.h"

enum { JSONLD_MAX_DEPTH = 32, JSONLD_WALK_DEPTH = 6, JSONLD_MAX_AUTHORS = 4, AUTHOR_MAX = 256 };

static const char *const article_types[] = {
    "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
    "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "TechArticle",
    "ScholarlyArticle", "Report", "SocialMediaPosting", "AskPublicNewsArticle", "SatiricalArticle",
    "Review", NULL};

static bool type_is_article(json_t *t)
{
    if (json_is_string(t)) {
        const char *v = json_string_value(t);
        const char *slash = strrchr(v, '/'); /* "http://schema.org/NewsArticle" */
        if (slash)
            v = slash + 1;
        for (const char *const *a = article_types; *a; a++)
            if (strcmp(v, *a) == 0)
                return true;
        return false;
    }
    if (json_is_array(t)) {
        size_t i;
        json_t *v;
        json_array_foreach(t, i, v)
            if (type_is_article(v))
                return true;
    }
    return false;
}

static void set_str(lede_workspace *ws, lede_str *dst, const char *s, size_t n)
{
    while (n && (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r')) {
        s++;
        n--;
    }
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\t' || s[n - 1] == '\r'))
        n--;
    if (dst->n || !n || lede_utf8_validate(s, n) != n)
        return;
    char *p = lede_arena_strndup(&ws->arena, s, n);
    if (p)
        *dst = (lede_str){p, n};
}

static void set_json_str(lede_workspace *ws, lede_str *dst, json_t *v)
{
    if (json_is_string(v))
        set_str(ws, dst, json_string_value(v), json_string_length(v));
}

/* Author: a string, {"name": ...}, or an array of either. */
static void author_names(json_t *a, char *buf, size_t *k, size_t *count)
{
    if (json_is_array(a)) {
        size_t i;
        json_t *v;
        json_array_foreach(a, i, v) {
            if (*count >= JSONLD_MAX_AUTHORS)
                break;
            if (!json_is_array(v))
                author_names(v, buf, k, count);
        }
        return;
    }
    json_t *name = json_is_object(a) ? json_object_get(a, "name") : a;
    if (!json_is_string(name))
        return;
    const char *s = json_string_value(name);
    size_t n = json_string_length(name);
    if (!n || (n > 4 && memcmp(s, "http", 4) == 0))
        return; /* a profile URL, not a name */
    const char *sep = *count ? ", " : "";
    if (*k + strlen(sep) + n + 1 > AUTHOR_MAX)
        return;
    memcpy(buf + *k, sep, strlen(sep));
    *k += strlen(sep);
    memcpy(buf + *k, s, n);
    *k += n;
    (*count)++;
}

static bool walk(lede_workspace *ws, json_t *v, lede_jsonld *out, int depth)
{
    if (depth > JSONLD_WALK_DEPTH)
        return false;
    if (json_is_array(v)) {
        size_t i;
        json_t *e;
        json_array_foreach(v, i, e)
            if (walk(ws, e, out, depth + 1))
                return true;
        return false;
    }
    if (!json_is_object(v))
        return false;
    if (type_is_article(json_object_get(v, "@type"))) {
        json_t *h = json_object_get(v, "headline");
        set_json_str(ws, &out->headline, json_is_string(h) ? h : json_object_get(v, "name"));
        json_t *d = json_object_get(v, "datePublished");
        set_json_str(ws, &out->date, json_is_string(d) ? d : json_object_get(v, "dateCreated"));
        if (!out->author.n) {
            char buf[AUTHOR_MAX];
            size_t k = 0, count = 0;
            json_t *a = json_object_get(v, "author");
            author_names(a ? a : json_object_get(v, "creator"), buf, &k, &count);
            set_str(ws, &out->author, buf, k);
        }
        return true;
    }
    json_t *g = json_object_get(v, "@graph");
    if (g && walk(ws, g, out, depth + 1))
        return true;
    json_t *main = json_object_get(v, "mainEntity");
    return main && walk(ws, main, out, depth + 1);
}

/* Trims whitespace, <!-- -->, and CDATA markers around the JSON. */
static void trim_wrappers(const char **s, size_t *n)
{
    static const char *const heads[] = {"<!--", "//<![CDATA[", "<![CDATA[", NULL};
    static const char *const tails[] = {"-->", "//]]>", "]]>", NULL};
    bool again = true;
    while (again) {
        again = false;
        while (*n && (**s == ' ' || **s == '\n' || **s == '\r' || **s == '\t')) {
            (*s)++;
            (*n)--;
        }
        while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\n' || (*s)[*n - 1] == '\r' ||
                      (*s)[*n - 1] == '\t' || (*s)[*n - 1] == ';'))
            (*n)--;
        for (const char *const *h = heads; *h; h++) {
            size_t k = strlen(*h);
            if (*n >= k && memcmp(*s, *h, k) == 0) {
                *s += k;
                *n -= k;
                again = true;
            }
        }
        for (const char *const *tl = tails; *tl; tl++) {
            size_t k = strlen(*tl);
            if (*n >= k && memcmp(*s + *n - k, *tl, k) == 0) {
                *n -= k;
                again = true;
            }
        }
    }
}

bool lede_jsonld_article(lede_workspace *ws, const char *s, size_t n, lede_jsonld *out)
{
    trim_wrappers(&s, &n);
    if (!n || !lede_json_depth_ok(s, n, JSONLD_MAX_DEPTH))
        return false;
    json_error_t err;
    json_t *root = json_loadb(s, n, JSON_DECODE_ANY, &err);
    if (!root)
        return false;
    bool found = walk(ws, root, out, 0);
    json_decref(root);
    return found;
}
