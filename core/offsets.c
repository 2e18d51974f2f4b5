/*
 * offsets.c - byte offsets to code points / UTF-16 units (see offsets.h).
 * Owner: rendering.  Reentrant: the map is built in the caller's workspace
 * and only read afterwards.
 */
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "offsets.h"

static uint32_t word_conts(uint64_t w)
{
    const uint64_t hi = 0x8080808080808080ull, ones = 0x0101010101010101ull;
    /* bit 7 of each byte: (w << k) brings the byte's bit 7-k there */
    uint64_t cont = w & ~(w << 1) & hi;
    return (uint32_t)(((cont >> 7) * ones) >> 56);
}

static uint32_t word_lead4s(uint64_t w)
{
    const uint64_t hi = 0x8080808080808080ull, ones = 0x0101010101010101ull;
    uint64_t lead4 = w & (w << 1) & (w << 2) & (w << 3) & hi;
    return (uint32_t)(((lead4 >> 7) * ones) >> 56);
}

/* Units in s[0..n), eight bytes at a time: every rendered document is
 * scanned once here and every span offset costs up to a stride of it.  A
 * code point is every byte but a continuation byte (10xxxxxx); UTF-16 adds
 * one unit per 4-byte lead (11110xxx), whose code point is a surrogate pair.
 * avail >= n bytes may be read from s: when 8 are, the last few bytes are
 * counted in one word with the bytes past n cleared (a zero byte is neither
 * a continuation nor a lead) instead of one at a time. */
static uint32_t count_units(const char *s, size_t n, size_t avail, lede_offsets unit)
{
    uint32_t conts = 0, lead4s = 0;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        conts += word_conts(w);
        if (unit == LEDE_OFFSETS_UTF16)
            lead4s += word_lead4s(w);
    }
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (i < n && i + 8 <= avail) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        w &= ~0ull >> (8 * (8 - (n - i)));  /* keep the first n - i bytes */
        conts += word_conts(w);
        if (unit == LEDE_OFFSETS_UTF16)
            lead4s += word_lead4s(w);
        i = n;
    }
#endif
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        conts += (c & 0xC0) == 0x80;
        lead4s += unit == LEDE_OFFSETS_UTF16 && c >= 0xF0;
    }
    return (uint32_t)n - conts + lead4s;
}

bool lede_offset_map_init(lede_offset_map *m, lede_workspace *ws, const char *text, size_t len,
                          lede_offsets unit)
{
    m->text = text;
    m->len = len;
    m->unit = unit;
    m->marks = NULL;
    m->ascii = false;
    if (unit == LEDE_OFFSETS_UTF8)
        return true;
    /* Most news text is pure ASCII (Reuters, CoNLL): then every unit is a
     * byte, and the per-span counting and the checkpoints are not needed. */
    uint64_t any = 0;
    size_t i = 0;
#ifdef __SSE2__
    /* sixty-four bytes an iteration; a byte's top bit is all the test asks */
    __m128i acc = _mm_setzero_si128();
    for (; i + 64 <= len; i += 64) {
        const __m128i *p = (const __m128i *)(const void *)(text + i);
        acc = _mm_or_si128(acc, _mm_or_si128(_mm_or_si128(_mm_loadu_si128(p), _mm_loadu_si128(p + 1)),
                                             _mm_or_si128(_mm_loadu_si128(p + 2), _mm_loadu_si128(p + 3))));
    }
    any = _mm_movemask_epi8(acc) ? 0x80 : 0;
#endif
    for (; i + 32 <= len; i += 32) { /* four words an iteration: one OR each */
        uint64_t w[4];
        memcpy(w, text + i, 32);
        any |= w[0] | w[1] | w[2] | w[3];
    }
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, text + i, 8);
        any |= w;
    }
    for (; i < len; i++)
        any |= (unsigned char)text[i];
    if (!(any & 0x8080808080808080ull)) {
        m->ascii = true;
        return true;
    }
    size_t nmarks = len / LEDE_OFFSET_STRIDE + 1;
    m->marks = lede_arena_alloc(&ws->arena, nmarks * sizeof *m->marks);
    if (!m->marks)
        return false;
    /* one sweep, a word per checkpoint: the same counts as count_units over
     * each stride */
    _Static_assert(LEDE_OFFSET_STRIDE == 8, "a checkpoint per word");
    uint32_t units = 0;
    size_t k = 0;
    for (; k + 1 < nmarks; k++) {
        uint64_t w;
        memcpy(&w, text + k * LEDE_OFFSET_STRIDE, 8);
        m->marks[k] = units;
        units += LEDE_OFFSET_STRIDE - word_conts(w);
        if (unit == LEDE_OFFSETS_UTF16)
            units += word_lead4s(w);
    }
    m->marks[k] = units; /* the last, partial stride is counted per lookup */
    return true;
}

/* Units before byte (<= len) of a map of text that is not ASCII. */
static inline uint32_t units_at(const lede_offset_map *m, uint32_t byte)
{
    size_t k = byte / LEDE_OFFSET_STRIDE, r = byte % LEDE_OFFSET_STRIDE, at = k * LEDE_OFFSET_STRIDE;
    uint32_t units = m->marks[k];
    if (!r)
        return units;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (at + 8 <= m->len) { /* the stride's first r bytes: one masked word */
        uint64_t w;
        memcpy(&w, m->text + at, 8);
        w &= (1ull << (8 * r)) - 1;
        units += (uint32_t)r - word_conts(w);
        if (m->unit == LEDE_OFFSETS_UTF16)
            units += word_lead4s(w);
        return units;
    }
#endif
    return units + count_units(m->text + at, r, m->len - at, m->unit);
}

uint32_t lede_offset_of(const lede_offset_map *m, uint32_t byte)
{
    if (m->unit == LEDE_OFFSETS_UTF8)
        return byte;
    if (byte > m->len)
        byte = (uint32_t)m->len;
    if (m->ascii)
        return byte;
    return units_at(m, byte);
}

/* Both ends from their checkpoints: each is one masked word. */
void lede_offset_span(const lede_offset_map *m, uint32_t a, uint32_t z, uint32_t *oa, uint32_t *oz)
{
    if (m->unit == LEDE_OFFSETS_UTF8) {
        *oa = a;
        *oz = z;
        return;
    }
    if (m->ascii) {
        *oa = a < m->len ? a : (uint32_t)m->len;
        *oz = z < m->len ? z : (uint32_t)m->len;
        return;
    }
    *oa = units_at(m, a < m->len ? a : (uint32_t)m->len);
    *oz = units_at(m, z < m->len ? z : (uint32_t)m->len);
}

const char *lede_offsets_name(lede_offsets unit)
{
    switch (unit) {
    case LEDE_OFFSETS_UTF8: return "utf8";
    case LEDE_OFFSETS_UTF16: return "utf16";
    default: return "codepoint";
    }
}
