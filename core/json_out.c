/*
 * json_out.c - JSON writing helpers (see json_out.h).  Owner: rendering.
 * Reentrant: no state beyond the buffer and map passed in.
 */
#include <math.h>
#include <stdio.h>

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

/* Escaping walks every byte of the document text (the api response carries
 * it for HTML input) and of every span: clean runs are skipped a word at a
 * time and copied in one piece. */
void lede_json_str(lede_buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    lede_json_putc(b, '"');
    size_t run = 0, i = 0;
    while (i < n) {
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (word_needs_escape(w))
                break;
            i += 8;
        }
        size_t stop = i + 8 < n ? i + 8 : n;
        for (; i < stop; i++) {
            unsigned char c = (unsigned char)s[i];
            if (c >= 0x20 && c != '"' && c != '\\')
                continue;
            lede_json_put(b, s + run, i - run);
            run = i + 1;
            switch (c) {
            case '"': LEDE_JSON_LIT(b, "\\\""); break;
            case '\\': LEDE_JSON_LIT(b, "\\\\"); break;
            case '\n': LEDE_JSON_LIT(b, "\\n"); break;
            case '\r': LEDE_JSON_LIT(b, "\\r"); break;
            case '\t': LEDE_JSON_LIT(b, "\\t"); break;
            default: {
                char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
                lede_json_put(b, u, 6);
            }
            }
        }
    }
    lede_json_put(b, s + run, n - run);
    lede_json_putc(b, '"');
}

void lede_json_key(lede_buf *b, const char *key)
{
    lede_json_cstr(b, key);
    lede_json_putc(b, ':');
}

/* Decimal digits of v ending at end; returns where they start. */
static char *put_digits(char *end, uint64_t v)
{
    do {
        *--end = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    return end;
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
    if (with_text)
        lede_json_str(b, m->text + a, z - a);
}

void lede_json_num(lede_buf *b, double v)
{
    if (!isfinite(v))
        v = 0;
    long long k = llround(v * 1000.0);
    char tmp[32];
    char *e = tmp + sizeof tmp;
    uint64_t u = k < 0 ? (uint64_t)0 - (uint64_t)k : (uint64_t)k;
    e -= 4;
    e[0] = '.';
    e[1] = (char)('0' + u % 1000 / 100);
    e[2] = (char)('0' + u % 100 / 10);
    e[3] = (char)('0' + u % 10);
    e = put_digits(e, u / 1000);
    if (k < 0)
        *--e = '-';
    lede_json_put(b, e, (size_t)(tmp + sizeof tmp - e));
}
