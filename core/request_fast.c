/*
 * request_fast.c - the common analysis request ({"text": "...", "id": "...",
 * "features": [...], ...}: a flat object of known keys with string values)
 * decoded without jansson, whose parser costs about 140 instructions a byte:
 * 14% of the analysis of a 5 KB article, most of the server's overhead.
 * Anything else (unknown keys, nulls, numbers, nested values, \u0000,
 * duplicate keys, invalid UTF-8 or escapes, bad feature names, two bodies)
 * is left to the jansson path (request.c), which decides it and words its
 * errors, so this path only ever answers what that one would.  The fuzz
 * target fuzz_request checks that on every input it decodes.
 * Reentrant; allocates in the workspace arena only once the whole body has
 * been checked.  Owner: the request decoder (request.c).
 */
#include <string.h>

#include "json_in.h"
#include "utf8.h"
#include "workspace.h"

typedef struct span {
    const char *p;
    size_t n;
    bool esc; /* has backslash escapes */
} span;

static size_t skip_ws(const char *s, size_t n, size_t i)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        i++;
    return i;
}

static int hex4(const char *s)
{
    int v = 0;
    for (int k = 0; k < 4; k++) {
        char c = s[k];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

/* Eight bytes at a time: does any need a look (a quote, a backslash, a
 * control character)?  Exact, with no false positives: a request body is
 * mostly plain text, and a byte-at-a-time scan cost ~10 instructions a byte. */
#define ONES 0x0101010101010101ull
#define HIGHS 0x8080808080808080ull
static inline uint64_t load8(const char *p)
{
    uint64_t v;
    memcpy(&v, p, sizeof v);
    return v;
}

static inline bool plain8(uint64_t v)
{
    uint64_t q = v ^ (ONES * '"'), b = v ^ (ONES * '\\');
    return !((((q - ONES) & ~q) | ((b - ONES) & ~b) | ((v - ONES * 0x20) & ~v)) & HIGHS);
}

/* The string whose opening quote is s[i]: its raw bytes in *sp and the index
 * after its closing quote, or 0 when the jansson path must decide (a raw
 * control character, an escape that is not valid JSON or is \u0000 or a lone
 * surrogate, bytes that are not UTF-8, no closing quote). */
static size_t scan_string(const char *s, size_t n, size_t i, span *sp)
{
    size_t b = ++i;
    bool esc = false;
    uint64_t high = 0; /* any byte >= 0x80: then the UTF-8 check */
    while (i < n) {
        while (i + 8 <= n) {
            uint64_t v = load8(s + i);
            if (!plain8(v))
                break;
            high |= v;
            i += 8;
        }
        if (i >= n)
            break;
        unsigned char c = (unsigned char)s[i];
        if (c == '"') {
            *sp = (span){s + b, i - b, esc};
            if (!(high & HIGHS))
                return i + 1;
            return lede_utf8_validate(s + b, i - b) == i - b ? i + 1 : 0;
        }
        if (c < 0x20)
            return 0;
        if (c != '\\') {
            high |= c;
            i++;
            continue;
        }
        esc = true;
        if (i + 1 >= n)
            return 0;
        char e = s[i + 1];
        if (e != 'u') {
            if (!strchr("\"\\/bfnrt", e) || e == '\0')
                return 0;
            i += 2;
            continue;
        }
        int u = i + 6 <= n ? hex4(s + i + 2) : -1;
        if (u <= 0 || (u >= 0xDC00 && u <= 0xDFFF))
            return 0;
        i += 6;
        if (u >= 0xD800 && u <= 0xDBFF) { /* a high surrogate needs its low one */
            int l = i + 6 <= n && s[i] == '\\' && s[i + 1] == 'u' ? hex4(s + i + 2) : -1;
            if (l < 0xDC00 || l > 0xDFFF)
                return 0;
            i += 6;
        }
    }
    return 0;
}

static size_t put_utf8(char *o, uint32_t c)
{
    if (c < 0x80) {
        o[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        o[0] = (char)(0xC0 | c >> 6);
        o[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        o[0] = (char)(0xE0 | c >> 12);
        o[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        o[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | c >> 18);
    o[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    o[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

/* The decoded string, in the arena (escapes were checked by scan_string;
 * the decoded form is never longer than the raw one). */
static bool copy_string(lede_workspace *ws, span sp, lede_str *out)
{
    if (!sp.esc) {
        char *p = lede_arena_strndup(&ws->arena, sp.p, sp.n);
        *out = (lede_str){p, sp.n};
        return p != NULL;
    }
    char *o = lede_arena_alloc(&ws->arena, sp.n + 1);
    if (!o)
        return false;
    size_t k = 0;
    for (size_t i = 0; i < sp.n;) {
        if (sp.p[i] != '\\') { /* the run up to the next escape, in one copy */
            const char *bs = memchr(sp.p + i, '\\', sp.n - i);
            size_t run = bs ? (size_t)(bs - sp.p) - i : sp.n - i;
            memcpy(o + k, sp.p + i, run);
            k += run;
            i += run;
            continue;
        }
        char e = sp.p[i + 1];
        i += 2;
        if (e != 'u') {
            static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
            o[k++] = to[strchr(from, e) - from];
            continue;
        }
        uint32_t c = (uint32_t)hex4(sp.p + i);
        i += 4;
        if (c >= 0xD800 && c <= 0xDBFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + ((uint32_t)hex4(sp.p + i + 2) - 0xDC00);
            i += 6;
        }
        k += put_utf8(o + k, c);
    }
    o[k] = '\0';
    *out = (lede_str){o, k};
    return true;
}

enum { K_ID, K_TEXT, K_HTML, K_XML, K_TITLE, K_PUBLISHED, K_FEATURES, K_OFFSETS, K_COUNT };
static const char *const keys[K_COUNT] = {"id", "text", "html", "xml", "title", "published_at", "features", "offsets"};

static int key_of(span k)
{
    for (int i = 0; i < K_COUNT && !k.esc; i++)
        if (strlen(keys[i]) == k.n && memcmp(keys[i], k.p, k.n) == 0)
            return i;
    return -1;
}

static bool is(span s, const char *w) { return !s.esc && strlen(w) == s.n && memcmp(w, s.p, s.n) == 0; }

/* "features": a non-empty array of known feature names; 0 otherwise. */
static size_t scan_features(const char *s, size_t n, size_t i, unsigned *mask)
{
    if (i >= n || s[i] != '[')
        return 0;
    *mask = 0;
    i = skip_ws(s, n, i + 1);
    for (;;) { /* an item, then "," and another, or "]" */
        span f;
        if (i >= n || s[i] != '"' || !(i = scan_string(s, n, i, &f)))
            return 0;
        *mask |= is(f, "entities") ? LEDE_FEATURE_ENTITIES : is(f, "quotes") ? LEDE_FEATURE_QUOTES
                 : is(f, "events")  ? LEDE_FEATURE_EVENTS
                                    : 0x8000u;
        i = skip_ws(s, n, i);
        if (i < n && s[i] == ',') {
            i = skip_ws(s, n, i + 1);
            continue;
        }
        break;
    }
    if (i >= n || s[i] != ']' || (*mask & 0x8000u))
        return 0;
    return i + 1;
}

bool lede_request_fast(lede_workspace *ws, const char *json, size_t len, lede_request *out)
{
    span val[K_COUNT];
    unsigned seen = 0, features = 0;
    size_t i = skip_ws(json, len, 0);
    if (i >= len || json[i] != '{')
        return false;
    i = skip_ws(json, len, i + 1);
    for (;;) { /* a member, then "," and another, or "}" */
        span k;
        if (i >= len || json[i] != '"' || !(i = scan_string(json, len, i, &k)))
            return false;
        int key = key_of(k);
        if (key < 0 || (seen & (1u << key)))
            return false;
        seen |= 1u << key;
        i = skip_ws(json, len, i);
        if (i >= len || json[i] != ':')
            return false;
        i = skip_ws(json, len, i + 1);
        if (key == K_FEATURES)
            i = scan_features(json, len, i, &features);
        else if (i < len && json[i] == '"')
            i = scan_string(json, len, i, &val[key]);
        else
            return false;
        if (!i)
            return false;
        i = skip_ws(json, len, i);
        if (i < len && json[i] == ',') {
            i = skip_ws(json, len, i + 1);
            continue;
        }
        break;
    }
    if (i >= len || json[i] != '}' || skip_ws(json, len, i + 1) != len)
        return false;
    unsigned bodies = seen & (1u << K_TEXT | 1u << K_HTML | 1u << K_XML);
    if (!bodies || (bodies & (bodies - 1)))
        return false;
    lede_offsets offsets = out->offsets;
    if (seen & (1u << K_OFFSETS)) {
        span o = val[K_OFFSETS];
        if (is(o, "codepoint"))
            offsets = LEDE_OFFSETS_CODEPOINT;
        else if (is(o, "utf8"))
            offsets = LEDE_OFFSETS_UTF8;
        else if (is(o, "utf16"))
            offsets = LEDE_OFFSETS_UTF16;
        else
            return false;
    }
    /* everything checked: copy */
    int body = bodies == 1u << K_TEXT ? K_TEXT : bodies == 1u << K_HTML ? K_HTML : K_XML;
    lede_request r = *out;
    if (!copy_string(ws, val[body], &r.body))
        return false;
    r.input = body == K_TEXT ? LEDE_INPUT_TEXT : body == K_HTML ? LEDE_INPUT_HTML : LEDE_INPUT_XML;
    if (((seen & (1u << K_ID)) && !copy_string(ws, val[K_ID], &r.id)) ||
        ((seen & (1u << K_TITLE)) && !copy_string(ws, val[K_TITLE], &r.title)) ||
        ((seen & (1u << K_PUBLISHED)) && !copy_string(ws, val[K_PUBLISHED], &r.published_at)))
        return false;
    if (seen & (1u << K_FEATURES))
        r.features = features;
    r.offsets = offsets;
    *out = r;
    return true;
}
