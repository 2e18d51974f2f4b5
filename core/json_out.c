/*
 * json_out.c - JSON writing helpers (see json_out.h).
 */
#include <math.h>
#include <stdio.h>

#include "json_out.h"

void lede_json_str(lede_buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    lede_buf_putc(b, '"');
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        lede_buf_put(b, s + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': lede_buf_put(b, "\\\"", 2); break;
        case '\\': lede_buf_put(b, "\\\\", 2); break;
        case '\n': lede_buf_put(b, "\\n", 2); break;
        case '\r': lede_buf_put(b, "\\r", 2); break;
        case '\t': lede_buf_put(b, "\\t", 2); break;
        default: {
            char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            lede_buf_put(b, u, 6);
        }
        }
    }
    lede_buf_put(b, s + run, n - run);
    lede_buf_putc(b, '"');
}

void lede_json_key(lede_buf *b, const char *key)
{
    lede_json_cstr(b, key);
    lede_buf_putc(b, ':');
}

/* Spans, ids and numbers are written for every mention, quote and
 * argument; printf's format parsing was most of their cost. */
void lede_json_uint(lede_buf *b, uint64_t v)
{
    char tmp[20];
    size_t n = 0;
    do {
        tmp[sizeof tmp - ++n] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    lede_buf_put(b, tmp + sizeof tmp - n, n);
}

void lede_json_span(lede_buf *b, const lede_offset_map *m, uint32_t a, uint32_t z, bool with_text)
{
    lede_buf_put(b, "\"start\":", 8);
    lede_json_uint(b, lede_offset_of(m, a));
    lede_buf_put(b, ",\"end\":", 7);
    lede_json_uint(b, lede_offset_of(m, z));
    if (with_text) {
        lede_buf_puts(b, ",\"text\":");
        lede_json_str(b, m->text + a, z - a);
    }
}

void lede_json_num(lede_buf *b, double v)
{
    if (!isfinite(v))
        v = 0;
    long long k = llround(v * 1000.0);
    if (k < 0) {
        lede_buf_putc(b, '-');
        k = -k;
    }
    lede_json_uint(b, (uint64_t)(k / 1000));
    char frac[4] = {'.', (char)('0' + k % 1000 / 100), (char)('0' + k % 100 / 10), (char)('0' + k % 10)};
    lede_buf_put(b, frac, 4);
}
