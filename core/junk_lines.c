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
 * on the line with leading bullets and spaces removed.  Pure (state only on
 * the caller's stack), so thread-safe; no locale.  Owner: boilerplate/resolve.
 */
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "doc.h"
#include "junk_inside.h"
#include "junk_lines.h"

enum { LOW_MAX = 512, SHORT_LINE = 160, CAPTION_LINE = 400, DATE_LINE = 80 };

typedef struct line {
    char low[LOW_MAX];   /* lowercased start of the line                */
    size_t n;            /* bytes in low                                */
    size_t full;         /* bytes of the whole (trimmed) line           */
} line;

/* A pattern and its length: every line of every paragraph is tried against
 * some 250 of them, so their lengths are not measured again each time. */
typedef struct pat {
    const char *s;
    size_t n;
    char c0;             /* s[0], beside the length: the start lists turn
                            away almost every pattern on it without
                            reaching the string */
} pat;
#define P(lit) {lit, sizeof(lit) - 1, (lit)[0]}

/* Teasers and calls to act, at the start of any line (sorted by first byte:
 * start_list below). */
static const pat junk_starts[] = {
    P("(reporting by "), P("(editing by "), P("(writing by "), P("also read"), P("add a comment"),
    P("advertisement"), P("all rights reserved"), P("ad feedback"), P("article continues below"),
    P("additional reporting by"), P("by continuing to use"), P("click here"), P("click to "),
    P("continue reading"), P("copyright "), P("copyright\xc2\xa9"), P("compiled by "), P("citation:"),
    P("don't miss"), P("download the app"), P("editing by "), P("featured content"), P("follow us"),
    P("get the app"), P("got a news tip"), P("have a news tip"), P("image result for "),
    P("join the conversation"), P("join the discussion"), P("join our "), P("like us on facebook"),
    P("leave a comment"), P("most read"), P("most popular"), P("order reprints"), P("post a comment"),
    P("please enable javascript"), P("popular on "), P("related:"), P("related articles"), P("related stories"),
    P("related content"), P("related coverage"), P("related news"), P("related posts"), P("related video"),
    P("related links"), P("related reading"), P("related topics"), P("read more:"), P("read more"), P("read next"),
    P("read also"), P("recommended for you"), P("recommended:"), P("report an error"), P("reporting by "),
    P("see also:"), P("sign up for"), P("sign up to"), P("subscribe to"), P("subscribe now"), P("subscribe for"),
    P("share this"), P("share on "), P("share with us"), P("share via"), P("show comments"), P("skip to content"),
    P("skip to main content"), P("story continues below"), P("scroll to continue"), P("trending now"),
    P("tap here"), P("this slideshow requires javascript"), P("tell us what you think"),
    P("this material may not be published"), P("this website uses cookies"), P("this site uses cookies"),
    P("this document is subject to copyright"), P("view comments"), P("what are your views"),
    P("what do you think"), P("we use cookies"), P("want more stories like this"), P("writing by "),
    P("you may also like"), P("you might also like"), P("\xc2\xa9 "), {NULL, 0, 0}};

/* Openers that only mean furniture on a short line. */
static const pat short_starts[] = {
    P("more:"), P("more from "), P("more on "), P("more stories"), P("watch:"), P("watch now"), P("listen:"),
    P("let us know"), P("follow him"), P("follow her"), P("follow me"), P("sponsored by"), P("sponsored content"),
    P("comments ("), P("promoted"), {NULL, 0, 0}};

/* Longest pattern of junk_lines and caption_lines (lede_junk_lists_ok
 * checks it). */
enum { WHOLE_LINE_MAX = 13 };

/* Short lines that are nothing but a widget label. */
static const pat junk_lines[] = {
    P("share"), P("print"), P("email"), P("comments"), P("comment"), P("advertisement"), P("ad"), P("loading"), P("related"),
    P("trending"), P("featured"), P("sponsored"), P("recommended"), P("tweet"), P("facebook"), P("twitter"), P("pinterest"),
    P("linkedin"), P("whatsapp"), P("reddit"), P("next"), P("previous"), P("back to top"), P("menu"), P("search"), P("close"),
    P("home"), P("tags"), P("topics"), P("share this"), P("print this"), P("print article"), P("reprints"), {NULL, 0, 0}};

/* The patterns found anywhere in a line (calls to act, credit labels) are
 * junk_inside.c's. */

/* Caption labels at the start of a line (sorted by first byte). */
static const pat caption_starts[] = {
    P("credit:"), P("credits:"), P("file photo"), P("featured image:"), P("header image:"), P("image:"),
    P("images:"), P("image credit"), P("image by "), P("image courtesy"), P("images courtesy"), P("illustration:"),
    P("illustration by"), P("lead image:"), P("photo:"), P("photos:"), P("photo by "), P("photo credit"),
    P("photograph:"), P("photograph by"), P("photography:"), P("photo courtesy"), P("picture:"), P("pictures:"),
    P("pictured:"), P("pictured above"), P("top image:"), P("video:"), {NULL, 0, 0}};

/* Words that make a bracketed tail a credit: "(Name / AFP via Getty Images)". */
static const pat credit_words[] = {
    P("getty"), P("afp"), P("reuters"), P("ap photo"), P("associated press"), P("shutterstock"), P("epa"), P("photo"),
    P("image"), P("credit"), P("courtesy"), P("file"), P("istock"), P("alamy"), P("/"), {NULL, 0, 0}};

/* Whole short lines that are a credit or a caption label. */
static const pat caption_lines[] = {
    P("photo"), P("photos"), P("image"), P("credit"), P("getty images"), P("afp"), P("reuters"), P("ap"), P("epa"),
    P("shutterstock"), P("istock"), P("handout"), P("file photo"), P("gallery"), {NULL, 0, 0}};

/* The start lists by first byte, as the vocabularies' letter_at: the
 * patterns starting with 'a' + k are p[at[k] .. at[k + 1]), those before
 * at[0] start with a byte below 'a', those from at[26] with one above 'z'.
 * A line is then tried against the patterns of its first letter (a few)
 * instead of all of them (89 and 28); lede_junk_lists_ok checks the
 * order and the index (test_boilerplate.c). */
typedef struct start_list {
    const pat *p;
    size_t n;
    uint8_t at[27];
} start_list;
static const start_list junk_start_list = {junk_starts, 89, {3, 10, 11, 18, 20, 21, 23, 25, 26, 27, 30, 30, 32, 34, 34, 35, 38, 38, 57, 72, 80, 80, 81, 86, 86, 88, 88}};
static const start_list caption_start_list = {caption_starts, 28, {0, 0, 0, 2, 2, 2, 4, 4, 5, 13, 13, 13, 14, 14, 14, 14, 26, 26, 26, 26, 27, 27, 28, 28, 28, 28, 28}};

static bool list_ok(const start_list *sl)
{
    size_t n = 0;
    while (sl->p[n].s)
        n++;
    if (n != sl->n)
        return false;
    for (size_t k = 0; k < n; k++)
        if (sl->p[k].n < 2 || (k > 0 && (unsigned char)sl->p[k - 1].c0 > (unsigned char)sl->p[k].c0))
            return false; /* any_start_of reads a pattern's second byte */
    for (int k = 0; k < 27; k++) {
        size_t at = 0;
        while (at < n && (unsigned char)sl->p[at].c0 < 'a' + k)
            at++;
        if (sl->at[k] != at)
            return false;
    }
    return true;
}

static bool lengths_ok(const pat *list, size_t min, size_t max)
{
    for (; list->s; list++)
        if (list->n < min || list->n > max)
            return false;
    return true;
}

bool lede_junk_lists_ok(void)
{
    for (size_t k = 0; k < lede_junk_pats_n; k++)
        if (lede_junk_pats[k].n < LEDE_JI_MIN || lede_junk_pats[k].n != strlen(lede_junk_pats[k].s))
            return false; /* the scan (junk_inside.c) sees no shorter pattern */
    return list_ok(&junk_start_list) && list_ok(&caption_start_list) && lede_junk_pats_n <= LEDE_JI_PATS_MAX &&
           lengths_ok(junk_lines, 1, WHOLE_LINE_MAX) && lengths_ok(caption_lines, 1, WHOLE_LINE_MAX);
}

static bool any_start_of(const line *l, const start_list *sl)
{
    unsigned char c = (unsigned char)l->low[0];
    size_t lo = c < 'a' ? 0 : c > 'z' ? sl->at[26] : sl->at[c - 'a'];
    size_t hi = c < 'a' ? sl->at[0] : c > 'z' ? sl->n : sl->at[c - 'a' + 1];
    for (size_t k = lo; k < hi; k++) {
        const pat *p = &sl->p[k];
        /* patterns have two bytes or more: the second turns most away before the call */
        if (p->c0 == l->low[0] && l->n >= p->n && p->s[1] == l->low[1] && memcmp(l->low, p->s, p->n) == 0)
            return true;
    }
    return false;
}

static bool starts_n(const line *l, const char *p, size_t k)
{
    /* the first byte turns away almost every pattern without a call */
    return l->n >= k && l->low[0] == p[0] && memcmp(l->low, p, k) == 0;
}
#define starts(l, lit) starts_n(l, lit, sizeof(lit) - 1)

static bool any_start(const line *l, const pat *list)
{
    char c = l->low[0];
    for (; list->s; list++)
        if (list->c0 == c && l->n >= list->n && memcmp(l->low, list->s, list->n) == 0)
            return true;
    return false;
}

/* Short openers must end at a word boundary ("ad" is not "adam"). */
static bool any_word_start(const line *l, const pat *list)
{
    for (; list->s; list++) {
        size_t k = list->n;
        if (!starts_n(l, list->s, k))
            continue;
        char last = list->s[k - 1];
        if (last == ' ' || last == ':' || l->n == k)
            return true;
        char c = l->low[k];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
            return true;
    }
    return false;
}

static bool any_inside(const line *l, const pat *list)
{
    for (; list->s; list++)
        if (list->n <= l->n && strstr(l->low, list->s))
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
    for (const pat *w = credit_words; w->s; w++)
        if (strstr(inner, w->s))
            return true;
    return false;
}

static bool whole_line(const line *l, const pat *list)
{
    size_t n = l->n;
    while (n > 0 && (l->low[n - 1] == ' ' || l->low[n - 1] == '.' || l->low[n - 1] == ':'))
        n--;
    if (n > WHOLE_LINE_MAX)
        return false; /* longer than any listed line: most lines leave here */
    for (; list->s; list++)
        if (list->n == n && memcmp(l->low, list->s, n) == 0)
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
    static const pat nets[] = {P("twitter"), P("facebook"), P("instagram"), P("youtube"), P("linkedin"),
                               P("tiktok"), {NULL, 0, 0}};
    return starts(l, "follow ") && any_inside(l, nets);
}

/* "Published November 20th, 2019 - 07:29 GMT", "Updated: 3:12 p.m." */
static bool date_line(const line *l)
{
    static const pat heads[] = {P("published "), P("published:"), P("updated "), P("updated:"),
                                P("posted "), P("posted:"), P("last updated"), P("first published"), {NULL, 0, 0}};
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

/* ASCII lowercase of n bytes, sixteen (SSE2) or eight at a time: a byte gets 0x20 added
 * when it is below 0x80 and within 'A'..'Z' (the same bytes the one-byte
 * test changes; the others, UTF-8 included, are copied). */
static void lower(char *dst, const char *src, size_t n)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    size_t i = 0;
#ifdef __SSE2__
    /* sixteen at a time: a signed compare leaves bytes from 0x80 out */
    const __m128i below_a = _mm_set1_epi8('A' - 1), past_z = _mm_set1_epi8('Z' + 1), gap = _mm_set1_epi8(0x20);
    for (; i + 16 <= n; i += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(src + i));
        __m128i up = _mm_and_si128(_mm_cmpgt_epi8(x, below_a), _mm_cmplt_epi8(x, past_z));
        _mm_storeu_si128((__m128i *)(void *)(dst + i), _mm_add_epi8(x, _mm_and_si128(up, gap)));
    }
#endif
    for (; i + 8 <= n; i += 8) {
        uint64_t x;
        memcpy(&x, src + i, 8);
        uint64_t h = x & ~high;                 /* each byte's low 7 bits        */
        uint64_t ge_a = h + ones * (0x80 - 'A'); /* high bit: >= 'A'            */
        uint64_t gt_z = h + ones * (0x7F - 'Z'); /* high bit: > 'Z'             */
        uint64_t up = ge_a & ~gt_z & ~x & high;  /* 'A'..'Z', and below 0x80     */
        x |= up >> 2;                            /* 0x80 >> 2 == 0x20            */
        memcpy(dst + i, &x, 8);
    }
    for (; i < n; i++) {
        char c = src[i];
        dst[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
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
    lower(l.low, s + b, l.n);
    l.low[l.n] = '\0';
    bool is_short = l.full <= SHORT_LINE;

    if (any_start_of(&l, &caption_start_list) || gallery_counter(&l) || credit_tail(&l))
        return LEDE_PARA_CAPTION;
    /* The patterns anywhere in the line count only in a line of up to
     * CAPTION_LINE bytes (all of it in low): found in one pass, as strstr
     * finds them (up to a NUL, if the line has one). */
    unsigned inside = 0;
    if (l.full <= CAPTION_LINE) {
        const char *nul = memchr(l.low, '\0', l.n);
        inside = lede_junk_inside(l.low, nul ? (size_t)(nul - l.low) : l.n);
    }
    /* "credit:" or "photo credit" anywhere */
    if (inside & LEDE_JI_CREDIT)
        return LEDE_PARA_CAPTION;
    /* "CreditKevin Frayer/Getty Images": a label run into the name */
    if (is_short && (whole_line(&l, caption_lines) ||
                     (starts(&l, "credit") && l.full > 6 && s[b + 6] >= 'A' && s[b + 6] <= 'Z')))
        return LEDE_PARA_CAPTION;
    if (any_start_of(&l, &junk_start_list))
        return LEDE_PARA_BOILERPLATE;
    if (is_short && (any_word_start(&l, short_starts) || (inside & LEDE_JI_SHORT) ||
                     whole_line(&l, junk_lines) || counted(&l, "comments") || follow_line(&l) ||
                     date_line(&l) || contact_line(&l)))
        return LEDE_PARA_BOILERPLATE;
    if (inside & LEDE_JI_STRONG) /* in a line of up to CAPTION_LINE bytes */
        return LEDE_PARA_BOILERPLATE;
    return LEDE_PARA_BODY;
}
