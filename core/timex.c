/*
 * timex.c - temporal expressions: recognition over tokens and normalisation
 * to ISO 8601 against the publication date (doc.pub_*; when the request has
 * none, a dateline with a full date at the top of the story).
 *
 * Values (the conventions a reader of the output needs):
 *   "February 12, 2021" "2021-02-12" "12 Feb" -> 2021-02-12 (a missing year is
 *       the most recent one not after publication, or the next one when the
 *       clause looks ahead: "will", "by", "until", "scheduled", ...; a day at
 *       most 31 days after publication keeps the publication year)
 *   "in February" -> 2021-02, "last year" -> 2020, "2017" -> 2017
 *   "earlier this week" -> 2021-W05 (ISO week), "this weekend" -> 2021-W05-WE
 *   "on Monday" -> the date (most recent Monday, or the next one ahead)
 *   "yesterday" -> date, "tonight" -> 2021-02-04TNI, "Friday morning" -> ...TMO
 *   "by the end of April" -> 2021-04: boundary words (end, start, early,
 *       mid, late) keep the value of the period they narrow; a deadline "by"
 *       is part of the span
 *   "the first quarter" -> 2021-Q1, "last summer" -> 2020-SU, "the 1990s" -> 199
 *   "two-day", "48 hours", "the past week" -> P2D, PT48H, P1W (durations);
 *   "in recent months" -> PXM (TIMEX3's unspecified amount)
 *   "10:30 a.m." -> T10:30, or 2021-02-04T10:30 when a date sits beside it
 *   "" when nothing anchors the value (no publication date, "years ago").
 * Each expression becomes a lede_timex and a DATE/TIME value mention.
 * Owned by the events engineer.  Reentrant: state lives in the workspace.
 */
#include <string.h>

#include "stages.h"
#include "timex_cal.h"
#include "timex_int.h"

/* ---- anchoring -------------------------------------------------------------- */

/* Year of month m (day d, 0 if none) relative to the anchor. */
int lede_tx_infer_year(const lede_tx *c, int m, int d, bool fwd)
{
    if (!c->y)
        return 0;
    if (!c->m)
        return c->y;
    int cmp = m != c->m ? (m < c->m ? -1 : 1) : (d && c->dd ? (d < c->dd ? -1 : d > c->dd) : 0);
    /* a day just ahead of publication ("effective March 2") is that day, not last year's */
    if (!fwd && cmp > 0 && d && c->dd && d <= lede_cal_month_days(c->y, m) &&
        lede_cal_days(c->y, m, d) - lede_cal_days(c->y, c->m, c->dd) <= 31)
        return c->y;
    if (!fwd && cmp > 0)
        return c->y - 1;
    if (fwd && cmp < 0)
        return c->y + 1;
    return c->y;
}

bool lede_tx_anchored_day(const lede_tx *c) { return c->y && c->m && c->dd; }

void lede_tx_set_day(lede_tx_hit *h, long z)
{
    lede_cal_date(z, &h->y, &h->m, &h->d);
    lede_cal_fmt_day(h->value, h->y, h->m, h->d);
}

/* The period `shift` units away from the anchor at the unit's granularity. */
bool lede_tx_shifted_period(const lede_tx *c, int u, int shift, lede_tx_hit *h)
{
    if (!c->y)
        return false;
    switch (u) {
    case U_YEAR:
        lede_cal_fmt_year(h->value, c->y + shift);
        return true;
    case U_DECADE:
        *lede_cal_put_int(h->value, h->value + sizeof h->value - 1, (c->y + 10 * shift) / 10, 3) = '\0';
        return true;
    case U_CENTURY:
        *lede_cal_put_int(h->value, h->value + sizeof h->value - 1, (c->y + 100 * shift) / 100, 2) = '\0';
        return true;
    case U_MONTH: {
        if (!c->m)
            return false;
        int k = c->y * 12 + (c->m - 1) + shift;
        lede_cal_fmt_month(h->value, k / 12, k % 12 + 1);
        return true;
    }
    case U_WEEK:
        if (!lede_tx_anchored_day(c))
            return false;
        lede_cal_fmt_week(h->value, c->y, c->m, c->dd, shift);
        return true;
    case U_DAY:
        if (!lede_tx_anchored_day(c))
            return false;
        lede_tx_set_day(h, lede_cal_days(c->y, c->m, c->dd) + shift);
        return true;
    default:
        return false;
    }
}


/* ---- driver -------------------------------------------------------------------- */

static lede_status emit(lede_tx *c, const lede_tx_hit *h)
{
    lede_workspace *ws = c->ws;
    lede_doc *d = &ws->doc;
    size_t max = ws->lim.max_mentions;
    lede_timex *t;
    lede_mention *mm;
    if (d->timexes.n < d->timexes.cap && d->mentions.n < d->mentions.cap &&
        (!max || (d->timexes.n < max && d->mentions.n < max))) {
        /* room in both already: what LEDE_PUSH does, without the calls */
        t = &d->timexes.v[d->timexes.n++];
        mm = &d->mentions.v[d->mentions.n++];
        memset(t, 0, sizeof *t);
        memset(mm, 0, sizeof *mm);
    } else {
        t = LEDE_PUSH(d->timexes, max);
        mm = t ? LEDE_PUSH(d->mentions, max) : NULL;
    }
    if (!t || !mm)
        return lede_fail(ws, LEDE_ERR_DOC_LIMIT, "document has more than %zu mentions", ws->lim.max_mentions);
    t->start = d->toks.v[h->b].start;
    t->end = d->toks.v[h->e - 1].end;
    t->type = h->type;
    memcpy(t->value, h->value, sizeof t->value);
    mm->tok_begin = (uint32_t)h->b;
    mm->tok_end = (uint32_t)h->e;
    mm->start = t->start;
    mm->end = t->end;
    mm->type = h->type == LEDE_TX_TIME ? LEDE_ET_TIME : LEDE_ET_DATE;
    mm->kind = LEDE_MK_VALUE;
    mm->conf = 1.0f;
    mm->entity = -1;
    int32_t mi = (int32_t)(d->mentions.n - 1);
    for (size_t k = h->b; k < h->e; k++)
        d->toks.v[k].mention = mi;
    return LEDE_OK;
}

static void set_sentence(lede_tx *c, size_t s)
{
    const lede_sentence *se = &c->d->sents.v[s];
    c->sb = se->tok_begin;
    c->se = se->tok_end;
}

/* A dateline with a full date near the top ("LONDON 1996-08-30", "KABUL,
 * Feb. 3, 2021 (Reuters) -") anchors a story that came without published_at. */
static void find_dateline(lede_tx *c)
{
    const lede_doc *d = c->d;
    size_t paras = d->paras.n < 3 ? d->paras.n : 3;
    for (size_t p = 0; p < paras; p++) {
        const lede_paragraph *pa = &d->paras.v[p];
        if (pa->kind == LEDE_PARA_BOILERPLATE || pa->kind == LEDE_PARA_CAPTION || pa->sent_begin >= pa->sent_end)
            continue;
        set_sentence(c, pa->sent_begin);
        size_t lim = c->sb + 12 < c->se ? c->sb + 12 : c->se;
        for (size_t i = c->sb; i < lim; i++) {
            const lede_token *t = &d->toks.v[i];
            lede_tx_hit h = {0};
            /* a date starts an expression, so only at a marked token
             * (timex_start.c; test_timex checks it of the date matcher) */
            if ((c->tok[i] & LEDE_TX_START) && lede_timex_match_date(c, i, &h)) {
                if (h.y && h.m && h.d) {
                    c->y = h.y;
                    c->m = h.m;
                    c->dd = h.d;
                    c->ws->doc.pub_year = h.y;
                    c->ws->doc.pub_month = h.m;
                    c->ws->doc.pub_day = h.d;
                    return;
                }
                break;
            }
            /* only capitalised words and punctuation come before a dateline's date */
            if ((t->flags & LEDE_TF_ALPHA) && !(t->flags & (LEDE_TF_UPPER_INIT | LEDE_TF_ALL_UPPER)))
                break;
        }
    }
}

lede_status lede_timex_find(lede_workspace *ws)
{
    lede_doc *d = &ws->doc;
    lede_tx c = {.ws = ws, .d = d, .ix = &lede_tx_index, .y = d->pub_year, .m = d->pub_month, .dd = d->pub_day};
    lede_status cst = lede_tx_classify(&c);
    if (cst != LEDE_OK)
        return cst;
    if (!c.y)
        find_dateline(&c);
    for (size_t p = 0; p < d->paras.n; p++) {
        const lede_paragraph *pa = &d->paras.v[p];
        if (pa->kind == LEDE_PARA_BOILERPLATE)
            continue;
        for (size_t s = pa->sent_begin; s < pa->sent_end; s++) {
            set_sentence(&c, s);
            for (size_t i = c.sb; i < c.se;) {
                /* most tokens cannot start an expression: skip them without
                 * trying each pattern, four marks a load while none is set */
                if (i + 4 <= c.se) {
                    uint64_t four;
                    memcpy(&four, c.tok + i, sizeof four);
                    if (!(four & (0x0001000100010001ull * LEDE_TX_START))) {
                        i += 4;
                        continue;
                    }
                }
                if (!(c.tok[i] & LEDE_TX_START) || d->toks.v[i].mention >= 0) {
                    i++;
                    continue;
                }
                lede_tx_hit h = {0};
                if (lede_timex_match(&c, i, &h)) {
                    lede_status st = emit(&c, &h);
                    if (st != LEDE_OK)
                        return st;
                    i = h.e;
                } else {
                    i++;
                }
            }
        }
        lede_status st = lede_check_deadline(ws);
        if (st != LEDE_OK)
            return st;
    }
    return LEDE_OK;
}
