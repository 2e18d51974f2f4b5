/*
 * html_meta.c - chooses a page's title, byline and publication time among
 * the metadata the HTML parser collected: <meta> tags, JSON-LD, <time> and
 * <title>.  Social/OpenGraph tags come first because publishers keep them
 * clean for link previews; <title> is a fallback with the site name cut off
 * (Readability's separator rule).  Strings are copied into ws->arena.
 * Reentrant.
 */
#include <string.h>

#include "html_meta.h"
#include "utf8.h"

enum { TITLE_MAX = 1024, DATE_MIN_YEAR = 1800, DATE_MAX_YEAR = 2200 };

static bool key_is(const lede_htree *t, const lede_hmeta *m, const char *key)
{
    size_t k = strlen(key);
    if (m->key_len != k)
        return false;
    const char *s = t->aux + m->key_off;
    for (size_t i = 0; i < k; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c != key[i])
            return false;
    }
    return true;
}

/* Value of the first <meta> whose key is one of keys (in order of keys). */
static lede_str meta_value(const lede_htree *t, const char *const *keys)
{
    for (; *keys; keys++)
        for (size_t i = 0; i < t->n_meta; i++) {
            const lede_hmeta *m = &t->meta[i];
            if (m->kind == LEDE_HM_META && m->val_len && key_is(t, m, *keys))
                return (lede_str){t->aux + m->val_off, m->val_len};
        }
    return (lede_str){0};
}

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

/* Copies s into the arena with whitespace collapsed and trimmed; leaves
 * *dst alone when it is already set, s is empty or not UTF-8. */
static void keep_str(lede_workspace *ws, lede_str *dst, lede_str s)
{
    if (dst->n || !s.n || s.n > TITLE_MAX || lede_utf8_validate(s.p, s.n) != s.n)
        return;
    char buf[TITLE_MAX];
    size_t k = 0;
    bool space = false;
    for (size_t i = 0; i < s.n; i++) {
        if (is_space(s.p[i]) || ((unsigned char)s.p[i] == 0xC2 && i + 1 < s.n &&
                                 (unsigned char)s.p[i + 1] == 0xA0 && ++i)) {
            space = k > 0;
            continue;
        }
        if (space)
            buf[k++] = ' ';
        space = false;
        buf[k++] = s.p[i];
    }
    if (!k)
        return;
    char *p = lede_arena_strndup(&ws->arena, buf, k);
    if (p)
        *dst = (lede_str){p, k};
}

static size_t words(const char *s, size_t n)
{
    size_t w = 0;
    bool in = false;
    for (size_t i = 0; i < n; i++) {
        bool sp = is_space(s[i]);
        if (!sp && !in)
            w++;
        in = !sp;
    }
    return w;
}

/* " | ", " - ", " – ", " — ", " » ", " / ", " :: " separate a site name. */
static size_t sep_at(const char *s, size_t n, size_t i)
{
    static const char *const seps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \xC2\xBB ",
                                       " / ", " :: ", " \\ ", " > ", NULL};
    for (const char *const *p = seps; *p; p++) {
        size_t k = strlen(*p);
        if (i + k <= n && memcmp(s + i, *p, k) == 0)
            return k;
    }
    return 0;
}

/* <title> without the site name: drop the last part after a separator, or
 * the first when that leaves fewer than three words. */
static lede_str clean_title(lede_str t)
{
    size_t first = SIZE_MAX, first_len = 0, last = SIZE_MAX;
    for (size_t i = 0; i < t.n; i++) {
        size_t k = sep_at(t.p, t.n, i);
        if (k) {
            if (first == SIZE_MAX) {
                first = i;
                first_len = k;
            }
            last = i;
        }
    }
    if (last == SIZE_MAX)
        return t;
    lede_str head = {t.p, last};
    if (words(head.p, head.n) >= 3)
        return head;
    lede_str tail = {t.p + first + first_len, t.n - first - first_len};
    return words(tail.p, tail.n) >= 3 ? tail : t;
}

static lede_str meta_kind(const lede_htree *t, uint8_t kind)
{
    for (size_t i = 0; i < t->n_meta; i++)
        if (t->meta[i].kind == kind && t->meta[i].val_len)
            return (lede_str){t->aux + t->meta[i].val_off, t->meta[i].val_len};
    return (lede_str){0};
}

static bool looks_like_url(lede_str s)
{
    return s.n > 4 && (memcmp(s.p, "http", 4) == 0 || memcmp(s.p, "www.", 4) == 0 || s.p[0] == '/');
}

/* A date that analyze.c will accept, in a plausible range (CMSs emit
 * placeholders such as 0001-01-01). */
static bool date_ok(lede_str s)
{
    int y, mo, d;
    return s.n && lede_parse_date(s.p, s.n, &y, &mo, &d) && y >= DATE_MIN_YEAR && y <= DATE_MAX_YEAR;
}

static bool ieq_n(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char x = (a[i] >= 'A' && a[i] <= 'Z') ? (char)(a[i] + 32) : a[i];
        char y = (b[i] >= 'A' && b[i] <= 'Z') ? (char)(b[i] + 32) : b[i];
        if (x != y)
            return false;
    }
    return true;
}

/* "Story headline | Site Name" -> "Story headline" when the page names its
 * site (og:site_name); either end, any separator sep_at knows. */
static lede_str strip_site(lede_str t, lede_str site)
{
    if (!site.n || t.n <= site.n + 3)
        return t;
    if (ieq_n(t.p + t.n - site.n, site.p, site.n)) {
        size_t end = t.n - site.n;
        for (size_t i = end >= 5 ? end - 5 : 0; i < end; i++) {
            size_t k = sep_at(t.p, end, i);
            if (k && i + k == end)
                return (lede_str){t.p, i};
        }
    }
    if (ieq_n(t.p, site.p, site.n)) {
        size_t k = sep_at(t.p, t.n, site.n);
        if (k)
            return (lede_str){t.p + site.n + k, t.n - site.n - k};
    }
    return t;
}

void lede_html_meta_read(lede_workspace *ws, const lede_htree *t, lede_html_meta *m)
{
    memset(m, 0, sizeof *m);
    if (!t->aux)
        return; /* no metadata string was kept */
    lede_jsonld ld;
    memset(&ld, 0, sizeof ld);
    for (size_t i = 0; i < t->n_meta; i++)
        if (t->meta[i].kind == LEDE_HM_JSONLD)
            lede_jsonld_article(ws, t->aux + t->meta[i].val_off, t->meta[i].val_len, &ld);

    static const char *const site_keys[] = {"og:site_name", "application-name", NULL};
    lede_str site = meta_value(t, site_keys);
    static const char *const title_keys[] = {"og:title", "twitter:title", "dc.title", "dcterms.title",
                                             "headline", "sailthru.title", "parsely-title", NULL};
    keep_str(ws, &m->title, strip_site(meta_value(t, title_keys), site));
    keep_str(ws, &m->title, strip_site(ld.headline, site));
    keep_str(ws, &m->title, clean_title(strip_site(meta_kind(t, LEDE_HM_TITLE), site)));

    keep_str(ws, &m->byline, ld.author);
    static const char *const author_keys[] = {"author", "article:author", "byl", "dc.creator",
                                              "sailthru.author", "parsely-author", "dcterms.creator",
                                              "citation_author", NULL};
    for (const char *const *k = author_keys; *k && !m->byline.n; k++) {
        const char *one[] = {*k, NULL};
        lede_str v = meta_value(t, one);
        if (!looks_like_url(v))
            keep_str(ws, &m->byline, v);
    }

    static const char *const date_keys[] = {
        "article:published_time", "datepublished", "og:published_time", "published_time",
        "article.published", "pubdate", "publishdate", "publish-date", "date", "dc.date.issued",
        "dc.date", "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date",
        "article:published", "citation_publication_date", "og:pubdate", NULL};
    if (date_ok(ld.date))
        keep_str(ws, &m->published_at, ld.date);
    for (const char *const *k = date_keys; *k && !m->published_at.n; k++) {
        const char *one[] = {*k, NULL};
        lede_str v = meta_value(t, one);
        if (date_ok(v))
            keep_str(ws, &m->published_at, v);
    }
    for (size_t i = 0; i < t->n_meta && !m->published_at.n; i++) {
        const lede_hmeta *h = &t->meta[i];
        lede_str v = {t->aux + h->val_off, h->val_len};
        if (h->kind == LEDE_HM_TIME && date_ok(v))
            keep_str(ws, &m->published_at, v);
    }

}
