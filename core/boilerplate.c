/*
 * boilerplate.c - marks paragraphs that are not story, after segmentation:
 * image-search residue, captions and photo credits, calls to comment, share
 * or subscribe, teasers, ads, cookie and copyright notices (the line
 * patterns live in junk_lines.c, shared with HTML extraction).  Marked
 * paragraphs get kind LEDE_PARA_BOILERPLATE or LEDE_PARA_CAPTION and later
 * stages skip their sentences; offsets are untouched, so they still index
 * the caller's text.  The title paragraph found by segmentation stays the
 * title.  Reentrant: reads and writes only ws->doc.
 */
#include <string.h>

#include "junk_lines.h"
#include "stages.h"

/* A paragraph of several lines is furniture only when every line is (a
 * caption line makes it a caption); one story line keeps it story. */
static uint8_t para_kind(const char *s, size_t n)
{
    uint8_t kind = LEDE_PARA_BODY;
    size_t i = 0;
    while (i < n) {
        const char *nl = memchr(s + i, '\n', n - i); /* paragraphs are long: no byte loop */
        size_t e = nl ? (size_t)(nl - s) : n;
        size_t b = i;
        while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r'))
            b++;
        if (b < e) {
            uint8_t k = lede_junk_kind(s + b, e - b);
            if (k == LEDE_PARA_BODY)
                return LEDE_PARA_BODY;
            if (kind != LEDE_PARA_CAPTION)
                kind = k;
        }
        i = e + 1;
    }
    return kind;
}

void lede_boilerplate_mark(lede_workspace *ws)
{
    lede_doc *d = &ws->doc;
    for (size_t i = 0; i < d->paras.n; i++) {
        lede_paragraph *p = &d->paras.v[i];
        if (p->kind != LEDE_PARA_BODY || p->end <= p->start || p->end > d->len)
            continue;
        p->kind = para_kind(d->text + p->start, p->end - p->start);
    }
}
