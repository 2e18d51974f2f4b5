/*
 * offsets.c - byte offsets to code points / UTF-16 units (see offsets.h).
 */
#include "offsets.h"

static uint32_t units_of_byte(unsigned char c, lede_offsets unit)
{
    if (unit == LEDE_OFFSETS_UTF8)
        return 1;
    if ((c & 0xC0) == 0x80)
        return 0;                          /* continuation byte */
    if (unit == LEDE_OFFSETS_UTF16 && c >= 0xF0)
        return 2;                          /* surrogate pair */
    return 1;
}

bool lede_offset_map_init(lede_offset_map *m, lede_workspace *ws, const char *text, size_t len,
                          lede_offsets unit)
{
    m->text = text;
    m->len = len;
    m->unit = unit;
    m->marks = NULL;
    if (unit == LEDE_OFFSETS_UTF8)
        return true;
    size_t nmarks = len / LEDE_OFFSET_STRIDE + 1;
    m->marks = lede_arena_alloc(&ws->arena, nmarks * sizeof *m->marks);
    if (!m->marks)
        return false;
    uint32_t units = 0;
    for (size_t i = 0; i < len; i++) {
        if (i % LEDE_OFFSET_STRIDE == 0)
            m->marks[i / LEDE_OFFSET_STRIDE] = units;
        units += units_of_byte((unsigned char)text[i], unit);
    }
    if (len % LEDE_OFFSET_STRIDE == 0)
        m->marks[len / LEDE_OFFSET_STRIDE] = units;
    return true;
}

uint32_t lede_offset_of(const lede_offset_map *m, uint32_t byte)
{
    if (m->unit == LEDE_OFFSETS_UTF8)
        return byte;
    if (byte > m->len)
        byte = (uint32_t)m->len;
    size_t k = byte / LEDE_OFFSET_STRIDE;
    uint32_t units = m->marks[k];
    for (size_t i = k * LEDE_OFFSET_STRIDE; i < byte; i++)
        units += units_of_byte((unsigned char)m->text[i], m->unit);
    return units;
}

const char *lede_offsets_name(lede_offsets unit)
{
    switch (unit) {
    case LEDE_OFFSETS_UTF8: return "utf8";
    case LEDE_OFFSETS_UTF16: return "utf16";
    default: return "codepoint";
    }
}
