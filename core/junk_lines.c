/*
 * junk_lines.c - recognises lines that are page furniture rather than story:
 * image-search residue ("Image result for ..."), captions and photo credits
 * ("(Thomas Watkins / AFP via Getty Images file)", "Photo: ...", "Image 2 of
 * 5"), calls to comment, share or subscribe, teasers ("Related:", "Read
 * more", "Featured Content"), ads and cookie or copyright notices.
 *
 * The patterns are about how pages label furniture, not about any one
 * page.  Risky openers ("More on", "Let us know") only count on short lines,
 * where a sentence of story is unlikely.  Matching is ASCII-case-insensitive
 * on the line with leading bullets and spaces removed.  Pure; no locale.
 */
#include <string.h>

#include "doc.h"
#include "junk_lines.h"

enum { LOW_MAX = 512, SHORT_LINE = 160, CAPTION_LINE = 400, DATE_LINE = 80 };

typedef struct line {
    char low[LOW_MAX];   /* lowercased start of the line                */
    size_t n;            /* bytes in low                                */
    size_t full;         /* bytes of the whole (trimmed) line           */
} line;

/* Teasers and calls to act, at the start of any line. */
static const char *const junk_starts[] = {
    "image result for ", "related:", "related articles", "related stories", "related content",
    "related coverage", "related news", "related posts", "related video", "related links",
    "related reading", "related topics", "read more:", "read more", "read next", "read also",
    "also read", "see also:", "recommended for you", "recommended:", "you may also like",
    "you might also like", "don't miss", "trending now", "most read", "most popular",
    "featured content", "click here", "click to ", "tap here", "sign up for", "sign up to",
    "subscribe to", "subscribe now", "subscribe for", "follow us", "like us on facebook",
    "share this", "share on ", "share with us", "share via", "leave a comment", "add a comment",
    "post a comment", "view comments", "show comments", "join the conversation",
    "join the discussion", "advertisement", "skip to content", "skip to main content",
    "this slideshow requires javascript", "continue reading", "download the app", "get the app",
    "what are your views", "what do you think", "tell us what you think", "copyright ",
    "copyright\xc2\xa9", "\xc2\xa9 ", "all rights reserved", "this material may not be published",
    "this website uses cookies", "we use cookies", "this site uses cookies", "by continuing to use",
    "ad feedback", "story continues below", "article continues below", "scroll to continue",
    "please enable javascript", "report an error", "have a news tip", "got a news tip",
    "want more stories like this", "reporting by ", "(reporting by ", "additional reporting by",
    "editing by ", "(editing by ", "writing by ", "(writing by ", "compiled by ", "join our ",
    "citation:", "this document is subject to copyright", "order reprints", "popular on ", NULL};

/* Openers that only mean furniture on a short line. */
static const char *const short_starts[] = {
    "more:", "more from ", "more on ", "more stories", "watch:", "watch now", "listen:",
    "let us know", "follow him", "follow her", "follow me", "sponsored by", "sponsored content",
    "comments (", "promoted", NULL};

/* Short lines that are nothing but a widget label. */
static const char *const junk_lines[] = {
    "share", "print", "email", "comments", "comment", "advertisement", "ad", "loading", "related",
    "trending", "featured", "sponsored", "recommended", "tweet", "facebook", "twitter", "pinterest",
    "linkedin", "whatsapp", "reddit", "next", "previous", "back to top", "menu", "search", "close",
    "home", "tags", "topics", "share this", "print this", "print article", "reprints", NULL};

/* Anywhere in a line of up to a few sentences: unambiguous calls to act. */
static const char *const junk_inside_strong[] = {
    "follow us on", "follow him on twitter", "follow her on twitter", "follow them on twitter",
    "follow me on twitter", "sign up for our", "subscribe to our", "in your inbox", "to your inbox",
    "click here", "all rights reserved", "may not be published, broadcast", "affiliate links",
    "referral links", NULL};

/* Anywhere in a short line. */
static const char *const junk_inside[] = {
    "in the comments", "comments below", "comment below", "sign up for our", "subscribe to our",
    "our newsletter", "delivered to your inbox", "follow us on", "on twitter @", "like us on facebook",
    "share this article", "share this story", "all rights reserved", "uses cookies", "use of cookies",
    "accept cookies", "cookie policy", "privacy policy", "terms of use", "terms of service",
    "may not be published, broadcast", NULL};

static const char *const caption_starts[] = {
    "photo:", "photos:", "photo by ", "photo credit", "photograph:", "photograph by",
    "photography:", "image:", "images:", "image credit", "image by ", "image courtesy",
    "images courtesy", "photo courtesy", "credit:", "credits:", "picture:", "pictures:",
    "pictured:", "pictured above", "illustration:", "illustration by", "file photo",
    "top image:", "lead image:", "header image:", "featured image:", "video:", NULL};

/* Words that make a bracketed tail a credit: "(Name / AFP via Getty Images)". */
static const char *const credit_words[] = {
    "getty", "afp", "reuters", "ap photo", "associated press", "shutterstock", "epa", "photo",
    "image", "credit", "courtesy", "file", "istock", "alamy", "/", NULL};

/* Whole short lines that are a credit or a caption label. */
static const char *const caption_lines[] = {
    "photo", "photos", "image", "credit", "getty images", "afp", "reuters", "ap", "epa",
    "shutterstock", "istock", "handout", "file photo", "gallery", NULL};

static bool starts(const line *l, const char *p)
{
    size_t k = strlen(p);
    return l->n >= k && memcmp(l->low, p, k) == 0;
}

static bool any_start(const line *l, const char *const *list)
{
    for (; *list; list++)
        if (starts(l, *list))
            return true;
    return false;
}

/* Short openers must end at a word boundary ("ad" is not "adam"). */
static bool any_word_start(const line *l, const char *const *list)
{
    for (; *list; list++) {
        size_t k = strlen(*list);
        if (!starts(l, *list))
            continue;
        char last = (*list)[k - 1];
        if (last == ' ' || last == ':' || l->n == k)
            return true;
        char c = l->low[k];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
            return true;
    }
    return false;
}

static bool any_inside(const line *l, const char *const *list)
{
    for (; *list; list++)
        if (strstr(l->low, *list))
            return true;
    return false;
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* "Image 2 of 5", "Photo 3 of 12", "1of4Grass Valley's ...", "2 / 10". */
static bool gallery_counter(const line *l)
{
    size_t i = 0;
    if (starts(l, "image ") || starts(l, "photo ") || starts(l, "slide ") || starts(l, "picture "))
        i = (size_t)(strchr(l->low, ' ') - l->low) + 1;
    size_t d = i;
    while (i < l->n && is_digit(l->low[i]))
        i++;
    if (i == d)
        return false;
    while (i < l->n && l->low[i] == ' ')
        i++;
    if (i + 2 <= l->n && (memcmp(l->low + i, "of", 2) == 0 || l->low[i] == '/')) {
        i += l->low[i] == '/' ? 1 : 2;
        while (i < l->n && l->low[i] == ' ')
            i++;
        return i < l->n && is_digit(l->low[i]);
    }
    return false;
}

/* A caption line ending in a bracketed credit, or a bare bracketed credit. */
static bool credit_tail(const line *l)
{
    if (l->full > CAPTION_LINE || l->n < 3 || l->n != l->full)
        return false;
    size_t e = l->n;
    while (e > 0 && (l->low[e - 1] == ' ' || l->low[e - 1] == '.'))
        e--;
    if (!e || (l->low[e - 1] != ')' && l->low[e - 1] != ']'))
        return false;
    char open = l->low[e - 1] == ')' ? '(' : '[';
    size_t b = e - 1;
    while (b > 0 && l->low[b - 1] != open)
        b--;
    if (b == 0)
        return false;
    char inner[LOW_MAX];
    size_t k = e - 1 - b;
    memcpy(inner, l->low + b, k);
    inner[k] = '\0';
    if (k < 2 || k > 160)
        return false;
    for (const char *const *w = credit_words; *w; w++)
        if (strstr(inner, *w))
            return true;
    return false;
}

static bool whole_line(const line *l, const char *const *list)
{
    size_t n = l->n;
    while (n > 0 && (l->low[n - 1] == ' ' || l->low[n - 1] == '.' || l->low[n - 1] == ':'))
        n--;
    for (; *list; list++)
        if (strlen(*list) == n && memcmp(l->low, *list, n) == 0)
            return true;
    return false;
}

/* "12 comments", "3 Comments". */
static bool counted(const line *l, const char *word)
{
    size_t i = 0;
    while (i < l->n && is_digit(l->low[i]))
        i++;
    if (!i || i >= l->n || l->low[i] != ' ')
        return false;
    return strcmp(l->low + i + 1, word) == 0;
}

/* "Follow Newsbeat on Instagram, Facebook and Twitter." */
static bool follow_line(const line *l)
{
    static const char *const nets[] = {"twitter", "facebook", "instagram", "youtube", "linkedin",
                                       "tiktok", NULL};
    return starts(l, "follow ") && any_inside(l, nets);
}

/* "Published November 20th, 2019 - 07:29 GMT", "Updated: 3:12 p.m." */
static bool date_line(const line *l)
{
    static const char *const heads[] = {"published ", "published:", "updated ", "updated:",
                                        "posted ", "posted:", "last updated", "first published", NULL};
    if (l->full > DATE_LINE || !any_start(l, heads))
        return false;
    /* a sentence ("Published in 1990, the report ...") ends with a period;
     * a date line does not, unless in "a.m." / "p.m." */
    if (l->low[l->n - 1] == '.' && !(l->n >= 2 && l->low[l->n - 2] == 'm'))
        return false;
    for (size_t i = 0; i < l->n; i++)
        if (is_digit(l->low[i]))
            return true;
    return false;
}

/* "Write to Al Root at al.root@example.com" */
static bool contact_line(const line *l)
{
    return (starts(l, "write to ") || starts(l, "contact ") || starts(l, "email ") ||
            starts(l, "e-mail ")) && strchr(l->low, '@');
}

/* Leading spaces, bullets and arrows are not part of the words. */
static size_t skip_lead(const unsigned char *s, size_t n)
{
    size_t i = 0;
    for (;;) {
        if (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '*' ||
                      s[i] == '-' || s[i] == '>' || s[i] == '|')) {
            i++;
        } else if (i + 1 < n && s[i] == 0xC2 && (s[i + 1] == 0xA0 || s[i + 1] == 0xBB || s[i + 1] == 0xB7)) {
            i += 2; /* no-break space, », · */
        } else if (i + 2 < n && s[i] == 0xE2 && ((s[i + 1] == 0x80 && (s[i + 2] == 0xA2 || s[i + 2] == 0xA3)) ||
                                                 (s[i + 1] == 0x96 && (s[i + 2] == 0xBA || s[i + 2] == 0xB6)))) {
            i += 3; /* • ‣ ► ▶ */
        } else {
            return i;
        }
    }
}

uint8_t lede_junk_kind(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t b = skip_lead(u, n), e = n;
    while (e > b && (u[e - 1] == ' ' || u[e - 1] == '\t' || u[e - 1] == '\n' || u[e - 1] == '\r'))
        e--;
    if (e <= b)
        return LEDE_PARA_BODY;
    line l;
    l.full = e - b;
    l.n = l.full < LOW_MAX - 1 ? l.full : LOW_MAX - 1;
    for (size_t i = 0; i < l.n; i++) {
        char c = s[b + i];
        l.low[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    l.low[l.n] = '\0';
    bool is_short = l.full <= SHORT_LINE;

    if (any_start(&l, caption_starts) || gallery_counter(&l) || credit_tail(&l))
        return LEDE_PARA_CAPTION;
    if (l.full <= CAPTION_LINE && (strstr(l.low, "credit:") || strstr(l.low, "photo credit")))
        return LEDE_PARA_CAPTION;
    /* "CreditKevin Frayer/Getty Images": a label run into the name */
    if (is_short && (whole_line(&l, caption_lines) ||
                     (starts(&l, "credit") && l.full > 6 && s[b + 6] >= 'A' && s[b + 6] <= 'Z')))
        return LEDE_PARA_CAPTION;
    if (any_start(&l, junk_starts))
        return LEDE_PARA_BOILERPLATE;
    if (is_short && (any_word_start(&l, short_starts) || any_inside(&l, junk_inside) ||
                     whole_line(&l, junk_lines) || counted(&l, "comments") || follow_line(&l) ||
                     date_line(&l) || contact_line(&l)))
        return LEDE_PARA_BOILERPLATE;
    if (l.full <= CAPTION_LINE && any_inside(&l, junk_inside_strong))
        return LEDE_PARA_BOILERPLATE;
    return LEDE_PARA_BODY;
}
