/*
 * html_cues.c - what an element's class and id say about it.
 *
 * Two outputs.  The weight follows Readability's class weight (+25 for a
 * "positive" name such as article/content/story, -25 for a "negative" one
 * such as comment/sidebar/footer, class and id counted separately), so the
 * container scores stay comparable to the best-known open extractor.  The
 * cue bits are finer categories (share widgets, related lists, captions,
 * bylines, ads, newsletter boxes, navigation, cookie banners...) used to
 * prune inside the chosen container.  Long names match as substrings of the
 * lowercased attribute; short ones ("ad", "nav", "tags") only as whole
 * tokens, so "canvas" or "shadow" do not count as navigation or ads.
 * Pure function; thread-safe; ASCII-only case folding (no locale).
 */
#include <string.h>

#include "html_tree.h"

enum { CUE_ATTR_MAX = 256 };

typedef struct pat { const char *s; uint32_t bits; } pat;

/* Readability.js regexps (REGEXPS.unlikelyCandidates, okMaybeItsACandidate,
 * positive, negative), as substring lists. */
static const char *const unlikely_pats[] = {
    "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap",
    "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark",
    "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
    "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", NULL};
static const char *const maybe_pats[] = {"and", "article", "body", "column", "content", "main",
                                         "shadow", NULL};
static const char *const positive_pats[] = {"article", "body", "content", "entry", "hentry",
                                            "h-entry", "main", "page", "pagination", "post",
                                            "text", "blog", "story", NULL};
static const char *const negative_pats[] = {
    "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footer",
    "footnote", "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll",
    "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", NULL};

/* Finer categories, substring matches. */
static const pat sub_pats[] = {
    {"share", LEDE_CUE_SHARE}, {"sharing", LEDE_CUE_SHARE}, {"social", LEDE_CUE_SHARE},
    {"sociable", LEDE_CUE_SHARE}, {"addthis", LEDE_CUE_SHARE}, {"follow-us", LEDE_CUE_SHARE},
    {"printfriendly", LEDE_CUE_SHARE},
    {"comment", LEDE_CUE_COMMENT}, {"disqus", LEDE_CUE_COMMENT}, {"replies", LEDE_CUE_COMMENT},
    {"respond", LEDE_CUE_COMMENT}, {"discussion", LEDE_CUE_COMMENT},
    {"related", LEDE_CUE_RELATED}, {"recommend", LEDE_CUE_RELATED}, {"more-stories", LEDE_CUE_RELATED},
    {"morestories", LEDE_CUE_RELATED}, {"read-next", LEDE_CUE_RELATED}, {"readnext", LEDE_CUE_RELATED},
    {"trending", LEDE_CUE_RELATED}, {"most-read", LEDE_CUE_RELATED}, {"mostread", LEDE_CUE_RELATED},
    {"most-popular", LEDE_CUE_RELATED}, {"mostpopular", LEDE_CUE_RELATED}, {"outbrain", LEDE_CUE_RELATED},
    {"taboola", LEDE_CUE_RELATED}, {"recirc", LEDE_CUE_RELATED}, {"up-next", LEDE_CUE_RELATED},
    {"upnext", LEDE_CUE_RELATED}, {"also-like", LEDE_CUE_RELATED}, {"more-from", LEDE_CUE_RELATED},
    {"more-on", LEDE_CUE_RELATED}, {"read-more", LEDE_CUE_RELATED}, {"readmore", LEDE_CUE_RELATED},
    {"caption", LEDE_CUE_CAPTION}, {"credit", LEDE_CUE_CAPTION}, {"figcaption", LEDE_CUE_CAPTION},
    {"byline", LEDE_CUE_BYLINE}, {"author", LEDE_CUE_BYLINE}, {"dateline", LEDE_CUE_BYLINE},
    {"writtenby", LEDE_CUE_BYLINE}, {"p-author", LEDE_CUE_BYLINE},
    {"timestamp", LEDE_CUE_DATE}, {"posted-on", LEDE_CUE_DATE}, {"publish", LEDE_CUE_DATE},
    {"advert", LEDE_CUE_AD}, {"-ad-", LEDE_CUE_AD}, {"ad-slot", LEDE_CUE_AD}, {"adslot", LEDE_CUE_AD},
    {"ad-container", LEDE_CUE_AD}, {"ad-wrap", LEDE_CUE_AD}, {"adsense", LEDE_CUE_AD},
    {"sponsor", LEDE_CUE_AD}, {"promo", LEDE_CUE_AD}, {"dfp-", LEDE_CUE_AD}, {"google-ad", LEDE_CUE_AD},
    {"banner", LEDE_CUE_AD},
    {"newsletter", LEDE_CUE_NEWSLETTER}, {"subscri", LEDE_CUE_NEWSLETTER}, {"signup", LEDE_CUE_NEWSLETTER},
    {"sign-up", LEDE_CUE_NEWSLETTER}, {"paywall", LEDE_CUE_NEWSLETTER}, {"register", LEDE_CUE_NEWSLETTER},
    {"breadcrumb", LEDE_CUE_NAV}, {"pagination", LEDE_CUE_NAV}, {"pager", LEDE_CUE_NAV},
    {"navbar", LEDE_CUE_NAV}, {"navigation", LEDE_CUE_NAV}, {"menu", LEDE_CUE_NAV}, {"toolbar", LEDE_CUE_NAV},
    {"tag-list", LEDE_CUE_NAV}, {"taglist", LEDE_CUE_NAV}, {"skip-link", LEDE_CUE_NAV},
    {"cookie", LEDE_CUE_COOKIE}, {"consent", LEDE_CUE_COOKIE}, {"gdpr", LEDE_CUE_COOKIE},
    {"article-body", LEDE_CUE_CONTENT}, {"articlebody", LEDE_CUE_CONTENT}, {"article__body", LEDE_CUE_CONTENT},
    {"article_body", LEDE_CUE_CONTENT}, {"story-body", LEDE_CUE_CONTENT}, {"storybody", LEDE_CUE_CONTENT},
    {"story__body", LEDE_CUE_CONTENT}, {"post-content", LEDE_CUE_CONTENT}, {"entry-content", LEDE_CUE_CONTENT},
    {"article-content", LEDE_CUE_CONTENT}, {"article__content", LEDE_CUE_CONTENT},
    {"story-content", LEDE_CUE_CONTENT}, {"post-body", LEDE_CUE_CONTENT}, {"postbody", LEDE_CUE_CONTENT},
    {"body-text", LEDE_CUE_CONTENT}, {"article-text", LEDE_CUE_CONTENT}, {"articletext", LEDE_CUE_CONTENT},
    {"entry-body", LEDE_CUE_CONTENT}, {"post-entry", LEDE_CUE_CONTENT}, {"story-text", LEDE_CUE_CONTENT},
    {"sr-only", LEDE_CUE_HIDDEN}, {"visually-hidden", LEDE_CUE_HIDDEN}, {"visuallyhidden", LEDE_CUE_HIDDEN},
    {"screen-reader", LEDE_CUE_HIDDEN}, {"screenreader", LEDE_CUE_HIDDEN}, {"offscreen", LEDE_CUE_HIDDEN},
    {"element-invisible", LEDE_CUE_HIDDEN},
};

/* Whole-token matches (tokens split on anything but letters and digits). */
static const pat tok_pats[] = {
    {"ad", LEDE_CUE_AD}, {"ads", LEDE_CUE_AD}, {"adv", LEDE_CUE_AD}, {"advertisement", LEDE_CUE_AD},
    {"nav", LEDE_CUE_NAV}, {"tags", LEDE_CUE_NAV}, {"tag", LEDE_CUE_NAV}, {"topics", LEDE_CUE_NAV},
    {"categories", LEDE_CUE_NAV}, {"sns", LEDE_CUE_SHARE}, {"date", LEDE_CUE_DATE},
    {"time", LEDE_CUE_DATE},
    {"hidden", LEDE_CUE_HIDDEN}, {"hide", LEDE_CUE_HIDDEN}, {"cta", LEDE_CUE_NEWSLETTER},
    {"photo", LEDE_CUE_CAPTION}, {"credits", LEDE_CUE_CAPTION}, {"share", LEDE_CUE_SHARE_WORD},
    {"sharedaddy", LEDE_CUE_SHARE_WORD},
};

static bool any_sub(const char *s, const char *const *list)
{
    for (; *list; list++)
        if (strstr(s, *list))
            return true;
    return false;
}

/* Lowercases src into dst (cap CUE_ATTR_MAX). */
static void lower_copy(char *dst, const char *src)
{
    size_t k = 0;
    if (src)
        for (; src[k] && k + 1 < CUE_ATTR_MAX; k++) {
            char c = src[k];
            dst[k] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
        }
    dst[k] = '\0';
}

static bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

static uint32_t token_bits(const char *s)
{
    uint32_t bits = 0;
    for (size_t i = 0; s[i];) {
        while (s[i] && !is_alnum(s[i]))
            i++;
        size_t b = i;
        while (is_alnum(s[i]))
            i++;
        size_t n = i - b;
        if (!n)
            continue;
        for (size_t k = 0; k < sizeof tok_pats / sizeof *tok_pats; k++)
            if (strlen(tok_pats[k].s) == n && memcmp(tok_pats[k].s, s + b, n) == 0)
                bits |= tok_pats[k].bits;
    }
    return bits;
}

/* Readability's weight of one attribute value (already lowercased). */
static int attr_weight(const char *s)
{
    if (!s[0])
        return 0;
    int w = 0;
    bool hid = strcmp(s, "hid") == 0 || strncmp(s, "hid ", 4) == 0 || strstr(s, " hid ") ||
               (strlen(s) >= 4 && strcmp(s + strlen(s) - 4, " hid") == 0);
    if (hid || any_sub(s, negative_pats))
        w -= 25;
    if (any_sub(s, positive_pats))
        w += 25;
    return w;
}

uint32_t lede_html_cues(const char *cls, const char *id, int *weight)
{
    char c[CUE_ATTR_MAX], i[CUE_ATTR_MAX], both[2 * CUE_ATTR_MAX + 1];
    lower_copy(c, cls);
    lower_copy(i, id);
    *weight = attr_weight(c) + attr_weight(i);
    if (!c[0] && !i[0])
        return 0;
    size_t cl = strlen(c);
    memcpy(both, c, cl);
    both[cl] = ' ';
    strcpy(both + cl + 1, i);

    uint32_t bits = 0;
    if (any_sub(both, unlikely_pats))
        bits |= LEDE_CUE_UNLIKELY;
    if (any_sub(both, maybe_pats))
        bits |= LEDE_CUE_MAYBE;
    for (size_t k = 0; k < sizeof sub_pats / sizeof *sub_pats; k++)
        if (!(bits & sub_pats[k].bits) && strstr(both, sub_pats[k].s))
            bits |= sub_pats[k].bits;
    bits |= token_bits(both);
    /* embedded posts (tweets, Instagram) quote sources; they are story */
    if (strstr(both, "embed") || strstr(both, "tweet") || strstr(both, "instagram-media")) {
        bits &= ~(uint32_t)(LEDE_CUE_SHARE | LEDE_CUE_UNLIKELY);
        bits |= LEDE_CUE_EMBED;
        if (*weight < 0)
            *weight = 0;
    }
    /* responsive classes ("hidden-xs", "hide-on-mobile") hide on some
     * screens only: the text is there for a reader */
    static const char *const responsive[] = {"hidden-xs", "hidden-sm", "hidden-md", "hidden-lg",
                                             "hidden-print", "hide-on-", "hidden-on-", "hidden-mobile",
                                             "hidden-desktop", "hide-mobile", "hide-desktop", NULL};
    if ((bits & LEDE_CUE_HIDDEN) && any_sub(both, responsive))
        bits &= ~(uint32_t)LEDE_CUE_HIDDEN;
    /* "no_caption", "no-caption": a container that says it has none */
    if ((bits & LEDE_CUE_CAPTION) && (strstr(both, "no_caption") || strstr(both, "no-caption") ||
                                      strstr(both, "nocaption")))
        bits &= ~(uint32_t)LEDE_CUE_CAPTION;
    return bits;
}
