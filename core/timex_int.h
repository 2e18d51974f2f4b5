/*
 * timex_int.h - what timex.c (the stage driver) and timex_match.c (the
 * recognisers) share: the per-sentence context and a recognised expression.
 * Owned by the timex stage.  Internal to core/.
 */
#ifndef LEDE_TIMEX_INT_H
#define LEDE_TIMEX_INT_H

#include "workspace.h"

typedef struct lede_tx {
    lede_workspace *ws;
    const lede_doc *d;
    size_t sb, se;   /* sentence tokens [sb, se)                     */
    int y, m, dd;    /* anchor date; 0 where unknown                  */
} lede_tx;

typedef struct lede_tx_hit {
    size_t b, e;      /* tokens [b, e)                                */
    uint8_t type;     /* LEDE_TX_*                                    */
    int y, m, d;      /* a full day when all three are set            */
    char value[32];   /* ISO 8601 or ""                               */
} lede_tx_hit;

/* Anchoring (timex.c): the year of month m (day d or 0) seen from the anchor,
 * looking ahead when fwd; whether the anchor is a full day; a hit set to day
 * number z; the period `shift` units (U_*) away at that unit's granularity. */
int lede_tx_infer_year(const lede_tx *c, int m, int d, bool fwd);
bool lede_tx_anchored_day(const lede_tx *c);
void lede_tx_set_day(lede_tx_hit *h, long z);
bool lede_tx_shifted_period(const lede_tx *c, int u, int shift, lede_tx_hit *h);

/* The longest temporal expression starting at token i, if any. */
bool lede_timex_match(const lede_tx *c, size_t i, lede_tx_hit *h);
/* Only explicit calendar dates ("Feb. 3, 2021", "1996-08-30"): datelines. */
bool lede_timex_match_date(const lede_tx *c, size_t i, lede_tx_hit *h);

#endif
