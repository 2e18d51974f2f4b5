/*
 * json_out.c - JSON writing helpers (see json_out.h).  Owner: rendering.
 * Reentrant: no state beyond the buffer and map passed in.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "json_out.h"

/* Nonzero when some byte of w is below 0x20, '"' or '\\' (the bytes JSON
 * must escape).  Each test is the exact "any byte" form (borrows only run
 * above a byte that already matched), and a false alarm would only send a
 * clean word through the byte loop. */
static inline uint64_t word_needs_escape(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101ull, hi = 0x8080808080808080ull;
    uint64_t q = w ^ (ones * '"'), bs = w ^ (ones * '\\');
    uint64_t ctl = (w - ones * 0x20) & ~w;
    return (ctl | ((q - ones) & ~q) | ((bs - ones) & ~bs)) & hi;
}

static char *escape_byte(char *o, unsigned char c)
{
    static const char hex[] = "0123456789abcdef";
    *o++ = '\\';
    switch (c) {
    case '"': *o++ = '"'; break;
    case '\\': *o++ = '\\'; break;
    case '\n': *o++ = 'n'; break;
    case '\r': *o++ = 'r'; break;
    case '\t': *o++ = 't'; break;
    default:
        memcpy(o, "u00", 3);
        o[3] = hex[c >> 4];
        o[4] = hex[c & 15];
        o += 5;
    }
    return o;
}

/* Worst case of escape_into for n bytes: six per byte, the quotes, and the
 * sixteen a block copy may write past the last byte. */
#define ESCAPED_MAX(n) LEDE_JW_STR_MAX(n)

/* "s" escaped into o, which has ESCAPED_MAX(n) bytes; avail >= n bytes may
 * be read from s.  Clean words are copied whole; the last partial word too,
 * when eight bytes can be read (its bytes past n are tested as 'a' and
 * overwritten afterwards).  Returns the end of the output. */
#ifdef __SSE2__
/* One bit per byte of v that JSON must escape (below 0x20, '"', '\\'). */
static inline unsigned block_dirty(__m128i v)
{
    __m128i ctl = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v);
    __m128i q = _mm_cmpeq_epi8(v, _mm_set1_epi8('"')), bs = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(ctl, _mm_or_si128(q, bs)));
}
#endif

/* Inlined into its three callers: most calls escape a name of a few bytes,
 * where the call was a fifth of the cost. */
static inline __attribute__((always_inline)) char *escape_into(char *o, const char *s, size_t n, size_t avail)
{
    *o++ = '"';
    size_t i = 0;
    while (i < n) {
#ifdef __SSE2__
        /* quotes and the document text: sixteen clean bytes at a time */
        if (i + 16 <= n) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            if (!block_dirty(v)) {
                _mm_storeu_si128((__m128i *)(void *)o, v);
                o += 16;
                i += 16;
                continue;
            }
        }
        /* a span's last bytes (most spans are a name: all of it) in one
         * block, when sixteen can be read; those past n count as clean */
        if (i + 16 > n && i + 16 <= avail) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            unsigned keep = (1u << (n - i)) - 1;
            if (!(block_dirty(v) & keep)) {
                _mm_storeu_si128((__m128i *)(void *)o, v);
                o += n - i;
                break;
            }
        }
#endif
        uint64_t w;
        if (i + 8 <= n) {
            memcpy(&w, s + i, 8);
            if (!word_needs_escape(w)) {
                memcpy(o, &w, 8);
                o += 8;
                i += 8;
                continue;
            }
        }
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        else if (i + 8 <= avail) {
            memcpy(&w, s + i, 8);
            uint64_t keep = ~0ull >> (8 * (8 - (n - i)));
            if (!word_needs_escape((w & keep) | (0x6161616161616161ull & ~keep))) {
                memcpy(o, &w, 8);
                o += n - i;
                break;
            }
        }
#endif
        else if (n >= 8) {
            /* the last eight bytes, overlapping some already written: when
             * they are clean, those were copied as they are, so the copy
             * rewrites the same bytes and adds the rest */
            memcpy(&w, s + n - 8, 8);
            if (!word_needs_escape(w)) {
                memcpy(o - (8 - (n - i)), &w, 8);
                o += n - i;
                break;
            }
        } else if (n >= 4 && i == 0) {
            /* a short name ("PERSON", "Attacker"): first and last four bytes */
            uint32_t x, y;
            memcpy(&x, s, 4);
            memcpy(&y, s + n - 4, 4);
            if (!word_needs_escape(((uint64_t)x << 32) | y)) {
                memcpy(o, &x, 4);
                memcpy(o + n - 4, &y, 4);
                o += n;
                break;
            }
        }
        size_t stop = i + 8 < n ? i + 8 : n;
        for (; i < stop; i++) {
            unsigned char c = (unsigned char)s[i];
            if (c >= 0x20 && c != '"' && c != '\\')
                *o++ = (char)c;
            else
                o = escape_byte(o, c);
        }
    }
    *o++ = '"';
    return o;
}

/* Escaping walks every byte of the document text (the api response carries
 * it for HTML input) and of every span.  When the worst case fits, the
 * output is written in place with no per-piece test: every piece would fit
 * then, so the bytes are those of the piece-by-piece path below, which
 * keeps lede_buf_put's growth and its cap (where it stops and fails). */
static void str_in(lede_buf *b, const char *s, size_t n, size_t avail)
{
    if (n < (SIZE_MAX - 16) / 6 && lede_json_room(b, ESCAPED_MAX(n))) {
        char *e = escape_into(b->p + b->n, s, n, avail);
        b->n = (size_t)(e - b->p);
        b->p[b->n] = '\0';
        return;
    }
    lede_json_putc(b, '"');
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        lede_json_put(b, s + run, i - run);
        run = i + 1;
        char esc[6];
        lede_json_put(b, esc, (size_t)(escape_byte(esc, c) - esc));
    }
    lede_json_put(b, s + run, n - run);
    lede_json_putc(b, '"');
}

void lede_json_str(lede_buf *b, const char *s, size_t n) { str_in(b, s, n, n); }

void lede_json_key(lede_buf *b, const char *key)
{
    lede_json_cstr(b, key);
    lede_json_putc(b, ':');
}

/* "00" to "99": digits two at a time. */
static const char pairs[201] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                               "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                               "8081828384858687888990919293949596979899";

/* Decimal digits of v ending at end, two at a time; returns where they
 * start. */
static char *put_digits(char *end, uint64_t v)
{
    while (v >= 100) {
        end -= 2;
        memcpy(end, pairs + 2 * (v % 100), 2);
        v /= 100;
    }
    if (v >= 10) {
        end -= 2;
        memcpy(end, pairs + 2 * v, 2);
    } else {
        *--end = (char)('0' + v);
    }
    return end;
}

/* How many decimal digits v has: from its bit length (every power of ten
 * below 2^64 is one threshold) instead of a division per digit. */
static size_t digit_count(uint64_t v)
{
    static const uint64_t pow10[20] = {1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull,
                                       10000000ull, 100000000ull, 1000000000ull, 10000000000ull,
                                       100000000000ull, 1000000000000ull, 10000000000000ull,
                                       100000000000000ull, 1000000000000000ull, 10000000000000000ull,
                                       100000000000000000ull, 1000000000000000000ull,
                                       10000000000000000000ull};
    /* bits * 1233 / 4096 is floor(log10(2^bits)), the count or one less */
    unsigned bits = 64u - (unsigned)__builtin_clzll(v | 1);
    size_t n = (size_t)((bits * 1233u) >> 12);
    return n + ((v | 1) >= pow10[n]); /* v | 1: zero has one digit */
}

/* Two digits of v < 100 at o; returns their end. */
static inline char *pair_at(char *o, uint64_t v)
{
    memcpy(o, pairs + 2 * v, 2);
    return o + 2;
}

/* Decimal digits of v from o on; returns their end.  Offsets and ids are
 * mostly under 10,000 and the rest under 1,000,000 (a long story's
 * offsets): those are written straight from the pair table, inline in the
 * span writer that calls this for every offset. */
static inline __attribute__((always_inline)) char *digits_at(char *o, uint64_t v)
{
    if (v < 100) {
        if (v < 10) {
            *o = (char)('0' + v);
            return o + 1;
        }
        memcpy(o, pairs + 2 * v, 2);
        return o + 2;
    }
    if (v < 10000) {
        uint64_t hi = v / 100, lo = v % 100;
        if (hi < 10) {
            *o++ = (char)('0' + hi);
        } else {
            memcpy(o, pairs + 2 * hi, 2);
            o += 2;
        }
        memcpy(o, pairs + 2 * lo, 2);
        return o + 2;
    }
    if (v < 1000000) {
        uint64_t hi = v / 10000, lo = v % 10000;
        if (hi < 10)
            *o++ = (char)('0' + hi);
        else
            o = pair_at(o, hi);
        o = pair_at(o, lo / 100);
        return pair_at(o, lo % 100);
    }
    size_t n = digit_count(v);
    put_digits(o + n, v);
    return o + n;
}

char *lede_jw_uint(char *o, uint64_t v) { return digits_at(o, v); }

char *lede_jw_str(char *o, const char *s, size_t n) { return escape_into(o, s, n, n); }

char *lede_jw_span(char *o, const lede_offset_map *m, uint32_t a, uint32_t z)
{
    /* a <= z <= len (lede_jw_span_ok): bytes are units for UTF-8 offsets
     * and ASCII text, as lede_offset_span would say */
    uint32_t oa = a, oz = z;
    if (m->unit != LEDE_OFFSETS_UTF8 && !m->ascii)
        lede_offset_span(m, a, z, &oa, &oz);
    o = LEDE_JW_LIT(o, "\"start\":");
    o = digits_at(o, oa);
    o = LEDE_JW_LIT(o, ",\"end\":");
    o = digits_at(o, oz);
    o = LEDE_JW_LIT(o, ",\"text\":");
    return escape_into(o, m->text + a, z - a, m->len - a);
}

/* Spans, ids and numbers are written for every mention, quote and
 * argument; printf's format parsing was most of their cost. */
void lede_json_uint(lede_buf *b, uint64_t v)
{
    char tmp[20];
    char *p = put_digits(tmp + sizeof tmp, v);
    lede_json_put(b, p, (size_t)(tmp + sizeof tmp - p));
}

/* The two offsets and the keys around them go out as one piece. */
void lede_json_span(lede_buf *b, const lede_offset_map *m, uint32_t a, uint32_t z, bool with_text)
{
    char *o = with_text && lede_jw_span_ok(m, a, z) ? lede_jw_begin(b, LEDE_JW_SPAN_MAX(z - a)) : NULL;
    if (o) {
        lede_jw_end(b, lede_jw_span(o, m, a, z));
        return;
    }
    uint32_t oa, oz;
    lede_offset_span(m, a, z, &oa, &oz);
    char tmp[64];
    char *e = tmp + sizeof tmp;
    static const char text_key[] = ",\"text\":";
    if (with_text) {
        e -= sizeof text_key - 1;
        memcpy(e, text_key, sizeof text_key - 1);
    }
    e = put_digits(e, oz);
    e -= 7;
    memcpy(e, ",\"end\":", 7);
    e = put_digits(e, oa);
    e -= 8;
    memcpy(e, "\"start\":", 8);
    lede_json_put(b, e, (size_t)(tmp + sizeof tmp - e));
    /* the span lies in the map's text: the escape may read up to its end */
    if (with_text)
        str_in(b, m->text + a, z - a, a <= z && z <= m->len ? m->len - a : z - a);
}

/* v with three decimals written backwards ending at e; returns the start. */
/* llround(x) (halves away from zero) without the call, for |x| < 2^52,
 * where x minus its truncation is exact. */
static long long round_away(double x)
{
    if (!(x > -4503599627370496.0 && x < 4503599627370496.0))
        return llround(x);
    long long t = (long long)x;
    double f = x - (double)t;
    return f >= 0.5 ? t + 1 : f <= -0.5 ? t - 1 : t;
}

static char *num_digits(char *e, double v)
{
    if (!isfinite(v))
        v = 0;
    long long k = round_away(v * 1000.0);
    uint64_t u = k < 0 ? (uint64_t)0 - (uint64_t)k : (uint64_t)k;
    e -= 4;
    e[0] = '.';
    e[1] = (char)('0' + u % 1000 / 100);
    e[2] = (char)('0' + u % 100 / 10);
    e[3] = (char)('0' + u % 10);
    e = put_digits(e, u / 1000);
    if (k < 0)
        *--e = '-';
    return e;
}

void lede_json_num(lede_buf *b, double v)
{
    char tmp[32];
    char *e = num_digits(tmp + sizeof tmp, v);
    lede_json_put(b, e, (size_t)(tmp + sizeof tmp - e));
}

/* Most numbers written are confidences and saliences, from 0 to 10: those
 * ("d.ddd") go straight to o, without the scratch copy of num_digits and
 * its variable-length move; the same digits by construction. */
char *lede_jw_num(char *o, double v)
{
    long long k = round_away((isfinite(v) ? v : 0) * 1000.0);
    if (k >= 0 && k < 10000) {
        unsigned u = (unsigned)k;
        o[0] = (char)('0' + u / 1000);
        o[1] = '.';
        memcpy(o + 2, pairs + 2 * (u % 1000 / 10), 2);
        o[4] = (char)('0' + u % 10);
        return o + 5;
    }
    char tmp[32];
    char *e = num_digits(tmp + sizeof tmp, v);
    return lede_jw_mem(o, e, (size_t)(tmp + sizeof tmp - e));
}
