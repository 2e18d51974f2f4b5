/* bytes_eq.h - equality of two short byte strings of the same length
 * without a call to memcmp: the tokens and lexicon keys compared on the
 * hot paths are a few bytes long, where the call costs more than the
 * comparison.  Reads only [0, n) of each string (whole words, the last one
 * overlapping; or two overlapping halves).
 * Owner: core.  Thread-safety: pure. */
#ifndef LEDE_BYTES_EQ_H
#define LEDE_BYTES_EQ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

static inline bool lede_bytes_eq(const char *a, const char *b, size_t n)
{
    if (n >= 8) {
        uint64_t x, y;
        for (size_t i = 0; i + 8 <= n; i += 8) {
            memcpy(&x, a + i, 8);
            memcpy(&y, b + i, 8);
            if (x != y)
                return false;
        }
        memcpy(&x, a + n - 8, 8);
        memcpy(&y, b + n - 8, 8);
        return x == y;
    }
    if (n >= 4) {
        uint32_t x0, x1, y0, y1;
        memcpy(&x0, a, 4);
        memcpy(&y0, b, 4);
        memcpy(&x1, a + n - 4, 4);
        memcpy(&y1, b + n - 4, 4);
        return ((x0 ^ y0) | (x1 ^ y1)) == 0;
    }
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i])
            return false;
    return true;
}

#endif
