/*
 * segment_scan.h - the state segment.c reads a document's text with (the
 * scan), its inline readers, and the URL measure segment_url.c makes for
 * it.  Included by segment.c and segment_url.c only.  Owned by the
 * segmentation stage.  A scan lives on one call's stack: reentrant.
 */
#ifndef LEDE_SEGMENT_SCAN_H
#define LEDE_SEGMENT_SCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "stages.h"
#include "utf8.h"

/* Cap on the sentence-stop candidates noted per paragraph (scan.stops);
 * a paragraph with more is split the slower way, with the same result. */
#define LEDE_SEG_STOPS 64

typedef struct scan {
    lede_workspace *ws;
    const char *s;
    size_t n;
    /* lede_seg_url_len's memory of the non-space run it last measured, so a run of
     * many tokens ("a,b,c,...") is scanned once, not once per token:
     * [run_b, run_e) and its last '.' (run_e: none); and the first '@' of
     * the text after the position it last looked from (n: none). */
    size_t run_b, run_e, run_dot, at_next;
    /* One past the last ASCII space before at_next (at most the position
     * at_next was looked for from): a token starting before it ends its
     * run before the '@', so only a URL prefix can make it a link, and
     * tokenize_range skips the call (most tokens of a text with an
     * address in it). */
    size_t at_run;
    /* Where the paragraph being read may end a sentence, in token order:
     * tokens flagged SENT_END and tokens before a line break (a superset
     * of split_sentences' stops; tokenize_range notes them where it sets
     * the flags, so split_sentences need not test every token's).  More
     * than LEDE_SEG_STOPS of them: stops_over, and split_sentences tests
     * every token as before. */
    /* doc->toks.n below it: room for a token without growing the array and
     * under lim.max_tokens (the smaller of the two; 0 before the first
     * token's push, which sets it, as every push_tok does) */
    size_t tok_lim;
    uint32_t stops[LEDE_SEG_STOPS];
    size_t nstops, stops_tb;
    bool stops_over;
} scan;

static inline void stop_at(scan *sc, size_t t)
{
    if (sc->nstops < LEDE_SEG_STOPS)
        sc->stops[sc->nstops++] = (uint32_t)t;
    else
        sc->stops_over = true;
}
/* scan.run_dot before the run's last '.' is looked for (only a run with an
 * '@' in it needs it: most runs are words of a text with an address
 * somewhere after them). */
#define RUN_DOT_UNKNOWN SIZE_MAX

static inline uint32_t peek(const scan *sc, size_t i)
{
    if (i >= sc->n)
        return 0;
    if ((unsigned char)sc->s[i] < 0x80)
        return (unsigned char)sc->s[i];
    return lede_utf8_next(sc->s, sc->n, &i);
}
static inline size_t adv(const scan *sc, size_t i)
{
    if ((unsigned char)sc->s[i] < 0x80)
        return i + 1;
    lede_utf8_next(sc->s, sc->n, &i);
    return i;
}
/* The code point before byte i (i > 0). */
static inline uint32_t prev_cp(const char *s, size_t i)
{
    return (unsigned char)s[i - 1] < 0x80 ? (unsigned char)s[i - 1] : lede_utf8_prev(s, i);
}

/* Length of a URL, e-mail or handle starting at i (not a space), 0 if none
 * (segment_url.c). */
size_t lede_seg_url_len(scan *sc, size_t i);

#endif
