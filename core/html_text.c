/*
 * html_text.c - writes the runs an extraction kept as plain text: one
 * paragraph per block element, paragraphs separated by a blank line, a
 * single <br> as a line break and two as a paragraph break, whitespace
 * (including no-break and other Unicode spaces) collapsed to one space.
 * Inline elements add no space of their own, so "<b>Wo</b>rd" stays "Word".
 * Stops at the last whole word that fits the buffer's cap (returns false).
 * Pure function of the tree and the mask; reentrant.
 */
#include "html_extract.h"

enum { SEP_NONE, SEP_SPACE, SEP_LINE, SEP_PARA };

static size_t ws_at(const unsigned char *s, size_t i, size_t n)
{
    unsigned char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
        return 1;
    if (c == 0xC2 && i + 1 < n && s[i + 1] == 0xA0)
        return 2;
    if (c == 0xE2 && i + 2 < n && s[i + 1] == 0x80 && (s[i + 2] <= 0x8A || s[i + 2] == 0xAF))
        return 3;
    if (c == 0xE3 && i + 2 < n && s[i + 1] == 0x80 && s[i + 2] == 0x80)
        return 3;
    return 0;
}

/* Control characters other than whitespace are dropped (C0 and DEL). */
static bool is_control(unsigned char c) { return c < 0x20 || c == 0x7F; }

/* Appends unless that would pass the buffer's cap. */
static bool put(lede_buf *out, const char *s, size_t n)
{
    if (out->max && out->n + n > out->max)
        return false;
    lede_buf_put(out, s, n);
    return !out->failed;
}

bool lede_html_write_text(const lede_htree *t, const uint8_t *keep, lede_buf *out)
{
    int sep = SEP_NONE;
    bool started = false;         /* anything written yet               */
    uint32_t prev_block = LEDE_HNONE;
    bool have_prev = false;
    for (size_t r = 0; r < t->n_runs; r++) {
        const lede_hrun *run = &t->runs[r];
        if (!keep[r]) {
            /* a skipped block between kept text still separated it */
            if (have_prev && run->block != prev_block && sep < SEP_PARA)
                sep = SEP_PARA;
            continue;
        }
        if (have_prev && run->block != prev_block)
            sep = SEP_PARA;
        prev_block = run->block;
        have_prev = true;
        if (run->flags & LEDE_HR_BR) {
            sep = sep >= SEP_LINE ? SEP_PARA : SEP_LINE;
            continue;
        }
        const unsigned char *s = (const unsigned char *)t->text + run->off;
        size_t n = run->len;
        for (size_t i = 0; i < n;) {
            size_t w = ws_at(s, i, n);
            if (w) {
                if (sep == SEP_NONE)
                    sep = SEP_SPACE;
                i += w;
                continue;
            }
            if (is_control(s[i])) {
                i++;
                continue;
            }
            size_t j = i + 1;
            while (j < n && !ws_at(s, j, n) && !is_control(s[j]))
                j++;
            /* the separator and the word go in together, or neither does */
            size_t sl = !started ? 0 : sep == SEP_PARA ? 2 : sep == SEP_NONE ? 0 : 1;
            if (out->max && out->n + sl + (j - i) > out->max)
                return false;
            if (sl && !put(out, sep == SEP_PARA ? "\n\n" : sep == SEP_LINE ? "\n" : " ", sl))
                return false;
            sep = SEP_NONE;
            if (!put(out, (const char *)s + i, j - i))
                return false;
            started = true;
            i = j;
        }
    }
    return true;
}
