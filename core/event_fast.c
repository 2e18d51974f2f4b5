/*
 * event_fast.c - the argument classifier's fast path: the logit of a
 * (trigger, candidate phrase) pair as the sum of its 24 template weights
 * read from the dense tables (event_score.c builds them), with each
 * template's index computed straight from the phrase and the trigger.  The
 * sum is written out in event_score.c's template order, so it is
 * bit-identical to formatting the features and adding their weights; a
 * value outside the tables takes event_score.c's general path.  A trigger's
 * values (its type's rows, its part of speech, its sentence) are read once
 * for all its candidates (lede_ev_scorer_init; lede_ev_taken decides the
 * service's in one inlined loop, lede_ev_take_all a list for the trainer's
 * dump), which is what made the classifier a third of the stage: it scores
 * every phrase near every trigger.
 * Most of those phrases miss the threshold by far: an upper bound of the
 * logit from the values cheapest to read rejects them first (below).
 * Owned by the events engineer.  Pure functions over the read-only tables;
 * reentrant.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "event_int.h"

#define NCLS LEDE_EV_NCLS
#define OFF_SPAN LEDE_EV_OFF_SPAN
/* Values of the fields with a fixed count (event_score.c's dim_of). */
#define SLOTS (EV_SLOTS + 1)
#define BUCKETS 8
#define GPOS 4
#define OFFS (2 * OFF_SPAN + 1)
#define CAPPED 3 /* verbs, commas: 0, 1, 2 or more */

/* Bucket of distances 0..20 (event_score.c's bucket()); larger ones are 7,
 * the last entry, to which a distance is clamped by a select (a branch on
 * it mispredicted). */
static const uint8_t bucket_of[22] = {0, 0, 1, 2, 3, 3, 4, 4, 4, 5, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 6, 7};

/* ---- an upper bound of an unmarked phrase's logit -------------------------
 * Most phrases near a trigger miss the threshold by far.  For a phrase the
 * rules did not mark (slot -1, via none), a bound of its logit from the
 * values cheapest to read, with the preposition before it, the class after
 * it, the verbs and commas between and whether another trigger is closer
 * maximised over, rejects most of them before those two are read
 * and the 24 weights summed.  Per event type, built with the model: the
 * templates grouped by the phrase values they need, each group's sum (or
 * maximum over the preposition / next class) in one table:
 *   k:   b, s=, s=|t=, v=, and p=, p=|t= maximised
 *   ac:  [sem][side]  s=|m=, m=, m=|t=, m=|d=, and p=|m= maximised
 *   b:   [side][bucket]  d=, and x=|d= maximised
 *   dvc: [off][side]  o=, o=|t=, and vb=|d= + cm=|d= + vb=|cm=|o= maximised
 *   efg: [list][neg][poss]  l=|s=, ng=|pos=, and cl=|s= + cl=|t= maximised
 * plus d=|g= and g=|pa=|d= read exactly (they need the trigger's part of
 * speech and voice).  Each group is at least its templates' exact sum, so
 * the bound is at least the logit, up to float rounding: LEDE_EV_BOUND_SLACK.
 * A phrase the bound lets through is bounded once more when its preposition
 * and next class are known, with the groups that maximised over them taken
 * without that maximum and the four templates they feed read exactly:
 *   k2:  b, s=, s=|t=, v=;  ac2: [sem][side] s=|m=, m=, m=|t=, m=|d=;
 *   b2:  [side][bucket] d=
 * (dvc and efg as above: verbs, commas and the closer trigger stay
 * maximised).  Of the phrases the first bound passes, this second one
 * rejects some two thirds, before verbs, commas and triggers are counted
 * and the 24 weights summed. */
#define AC(ns) (2 * (ns))
#define NB (2 * BUCKETS)
#define NDVC (OFFS * 2)
#define NEFG 8
/* Rounding of the bound and of the logit (two sums of at most 24 floats of
 * magnitude below the tables' largest sum) is far below this; the bound
 * must clear the rejection logit by it. */
#define LEDE_EV_BOUND_SLACK 0.01f

struct lede_evbound {
    size_t ns, stride;    /* floats per type: 1 + AC(ns) + NB + NDVC + NEFG + 1 + AC(ns) + NB */
    float *v;             /* ntypes blocks: k, ac, b, dvc, efg, k2, ac2, b2 */
};

static float max_over(const float *w, size_t n, size_t stride)
{
    float m = w[0];
    for (size_t i = 1; i < n; i++)
        m = w[i * stride] > m ? w[i * stride] : m;
    return m;
}

lede_evbound *lede_ev_bound_build(const lede_evtables *tb)
{
    size_t nt = tb->ntypes, ns = tb->nsem, np = LEDE_EV_PV_WORD + tb->npreps, nx = NCLS + 1;
    /* the largest magnitude a partial sum can reach: rounding is relative
     * to it, and must stay far below the slack */
    const size_t size[LEDE_EV_TEMPLATES] = {1, SLOTS, SLOTS * nt, SLOTS * ns, NB, NB * GPOS, OFFS, OFFS * nt, ns,
                                            ns * nt, ns * 2, np, np * nt, np * ns, nx * 2, CAPPED * 2, CAPPED * 2,
                                            2 * SLOTS, 4, GPOS * 4, CAPPED * CAPPED * OFFS, 2 * SLOTS, 2 * nt,
                                            VIA_COUNT};
    double big = 0.0;
    for (int t = 0; t < LEDE_EV_TEMPLATES; t++) {
        double m = 0.0;
        for (size_t i = 0; i < size[t]; i++)
            m = fabs(tb->w[t][i]) > m ? fabs(tb->w[t][i]) : m;
        big += m;
    }
    if (!(big * 1e-5 < LEDE_EV_BOUND_SLACK / 4))
        return NULL; /* no bound: every phrase is summed */
    lede_evbound *bd = calloc(1, sizeof *bd);
    if (!bd)
        return NULL;
    bd->ns = ns;
    bd->stride = 1 + AC(ns) + NB + NDVC + NEFG + 1 + AC(ns) + NB;
    bd->v = malloc(nt * bd->stride * sizeof *bd->v);
    if (!bd->v) {
        free(bd);
        return NULL;
    }
    float *const *w = tb->w;
    for (size_t ty = 0; ty < nt; ty++) {
        float *k = bd->v + ty * bd->stride, *ac = k + 1, *b = ac + AC(ns), *dvc = b + NB, *efg = dvc + NDVC;
        float *k2 = efg + NEFG, *ac2 = k2 + 1, *b2 = ac2 + AC(ns);
        k2[0] = w[0][0] + w[1][0] + w[2][ty] + w[23][VIA_NONE];
        k[0] = k2[0] + max_over(w[11], np, 1) + max_over(w[12] + ty, np, nt);
        for (size_t sem = 0; sem < ns; sem++)
            for (size_t side = 0; side < 2; side++) {
                ac2[sem * 2 + side] = w[3][sem] + w[8][sem] + w[9][sem * nt + ty] + w[10][sem * 2 + side];
                ac[sem * 2 + side] = ac2[sem * 2 + side] + max_over(w[13] + sem, np, ns);
            }
        for (size_t side = 0; side < 2; side++)
            for (size_t bk = 0; bk < BUCKETS; bk++) {
                b2[side * BUCKETS + bk] = w[4][side * BUCKETS + bk];
                b[side * BUCKETS + bk] = b2[side * BUCKETS + bk] + max_over(w[14] + side, nx, 2);
            }
        for (size_t o = 0; o < OFFS; o++)
            for (size_t side = 0; side < 2; side++) {
                float m = -INFINITY;
                for (size_t v = 0; v < CAPPED; v++)
                    for (size_t cm = 0; cm < CAPPED; cm++) {
                        float x = w[15][v * 2 + side] + w[16][cm * 2 + side] + w[20][(v * CAPPED + cm) * OFFS + o];
                        m = x > m ? x : m;
                    }
                dvc[o * 2 + side] = w[6][o] + w[7][o * nt + ty] + m;
            }
        float cl0 = w[21][0] + w[22][ty], cl1 = w[21][SLOTS] + w[22][nt + ty];
        for (size_t l = 0; l < 2; l++)
            for (size_t ng = 0; ng < 2; ng++)
                for (size_t ps = 0; ps < 2; ps++)
                    efg[(l * 2 + ng) * 2 + ps] = w[17][l * SLOTS] + w[18][ng * 2 + ps] + (cl0 > cl1 ? cl0 : cl1);
    }
    return bd;
}

void lede_ev_bound_free(lede_evbound *bd)
{
    if (bd)
        free(bd->v);
    free(bd);
}

/* A trigger's part of every candidate's sum (lede_evscorer, event_int.h). */
typedef lede_evscorer trigtab;

/* False when the trigger's values are outside the tables. */
static bool trig_tab(const lede_evctx *c, const lede_evtables *tb, const lede_evtrigger *g, trigtab *tt)
{
    const lede_evbound *bd = lede_evmodel_bound(c->em);
    if (!tb || g->type_id >= tb->ntypes || g->passive > 1) /* type_id 0xFF: none */
        return false;
    const lede_sentence *gs = &c->d->sents.v[g->sent];
    size_t ty = g->type_id, gp = g->verbal ? 0 : c->cls[g->tok] == EC_ADJ ? 1 : g->named ? 2 : 3;
    /* (field by field: a trigger's table is set up for its few candidates) */
    tt->tb = tb;
    tt->tok = g->tok;
    tt->sent = g->sent;
    tt->sb = gs->tok_begin;
    tt->se = gs->tok_end;
    tt->nt = tb->ntypes;
    tt->ns = tb->nsem;
    tt->np = LEDE_EV_PV_WORD + tb->npreps;
    /* the triggers of its sentence, found from its own (a few steps each
     * way; past them, all the triggers before or after it) */
    size_t nq = c->ntrigs, q0 = 0, q1 = nq;
    int32_t gi = c->trig_of[g->tok];
    if (gi >= 0) {
        q0 = q1 = (size_t)gi;
        for (int step = 0; q0 > 0 && c->trigs[q0 - 1].sent == g->sent; step++)
            q0 = step < 16 ? q0 - 1 : 0;
        for (int step = 0; q1 < nq && c->trigs[q1].sent == g->sent; step++)
            q1 = step < 16 ? q1 + 1 : nq;
    }
    tt->q0 = q0;
    tt->q1 = q1;
    const float *const *w = tt->w = (const float *const *)tb->w;
    tt->w2 = w[2] + ty;
    tt->w5 = w[5] + gp;
    tt->w7 = w[7] + ty;
    tt->w9 = w[9] + ty;
    tt->w12 = w[12] + ty;
    tt->w19 = w[19] + (gp * 2 + g->passive) * 2;
    tt->w22 = w[22] + ty;
    float lo, hi;
    lede_evmodel_logit_bounds(c->em, &lo, &hi);
    tt->bound = bd && lo > -INFINITY ? bd->v + ty * bd->stride : NULL;
    if (tt->bound) { /* its groups (the bound tables' layout), for every candidate */
        size_t ns = tb->nsem;
        tt->kb = tt->bound;
        tt->ac = tt->kb + 1;
        tt->bb = tt->ac + AC(ns);
        tt->dvc = tt->bb + NB;
        tt->efg = tt->dvc + NDVC;
        tt->k2 = tt->efg + NEFG;
        tt->ac2 = tt->k2 + 1;
        tt->b2 = tt->ac2 + AC(ns);
    }
    tt->reject = lo - LEDE_EV_BOUND_SLACK;
    return true;
}

enum { CAND_GENERAL, CAND_MISS, CAND_LOGIT };

/* The logit of phrase ch (rule slot `slot`) for trigger tt into *out
 * (CAND_LOGIT); CAND_MISS when `bounded` and the bound says it misses the
 * threshold; CAND_GENERAL when a value is outside the tables.  The values
 * are those event_score.c's collect() and field_index() give; k->neg and
 * k->poss are 0 or 1; a phrase after a preposition (class EC_PREP or EC_TO,
 * which only the closed lists give) has its lexicon entry's prep index, so
 * the preposition, left open by the bound, is always in the tables. */
static inline __attribute__((always_inline)) int cand_logit(const lede_evctx *c, const trigtab *tt, int32_t ch,
                                                            int slot, bool bounded, float *out)
{
    const lede_token *toks = c->d->toks.v;
    const lede_evchunk *k = &c->chunks[ch];
    size_t head = k->head, b = k->b, e = k->e, ntok = c->d->toks.n;
    /* the phrase's semantic value ('p' for a pronoun, '0' for none) picked
     * by selects, not branches: a coin toss per candidate that mispredicted */
    unsigned sv = k->sem;
    sv = sv ? sv : '0';
    sv = k->pron ? 'p' : sv;
    size_t sem = tt->tb->sem_idx[sv];
    size_t hs = toks[head].sent;
    int off = (int)hs - (int)tt->sent;
    size_t via = slot >= 0 ? c->via_of[ch] : VIA_NONE;
    if (sem == 0xFF || (unsigned)(off + OFF_SPAN) >= OFFS || (k->neg | k->poss) > 1 ||
        (unsigned)(slot + 1) >= SLOTS || via >= VIA_COUNT)
        return CAND_GENERAL;
    bool left = head < tt->tok;
    size_t dl = tt->tok - head, dr = b - tt->tok;
    size_t dist = left ? dl : dr;
    size_t bd = dist < sizeof bucket_of - 1 ? dist : sizeof bucket_of - 1;
    size_t s = (size_t)(slot + 1), side = !left, bk = bucket_of[bd],
           o = (size_t)(off + OFF_SPAN), list = k->next >= 0 || k->list != ch;
    size_t nt = tt->nt, ns = tt->ns;
    const float *const *w = tt->w;
    /* the bound's parts that stay in the second one */
    float ub_rest = 0.0f;
    if (bounded) { /* slot -1, via none: the bound tables' case */
        const float *kb = tt->kb, *ac = tt->ac, *bb = tt->bb, *dvc = tt->dvc, *efg = tt->efg;
        ub_rest = dvc[o * 2 + side] + efg[(list * 2 + k->neg) * 2 + k->poss] + tt->w5[(side * BUCKETS + bk) * GPOS] +
                  tt->w19[side];
        float ub = kb[0] + ac[sem * 2 + side] + bb[side * BUCKETS + bk] + ub_rest;
        if (ub < tt->reject)
            return CAND_MISS;
    }
    /* the word before the phrase (past determiners): a preposition's own form, else its class */
    size_t pb = b;
    while (pb > 0 && c->cls[pb - 1] == EC_DET)
        pb--;
    size_t prep = LEDE_EV_PV_START;
    if (pb > 0 && toks[pb - 1].sent == hs) {
        uint8_t cl = c->cls[pb - 1];
        if ((cl == EC_PREP || cl == EC_TO) && toks[pb - 1].norm_len < LEDE_EV_PREP_MAX) {
            const lede_evlex *x = c->lex ? c->lex[pb - 1] : NULL;
            if (!x || !x->prep)
                return CAND_GENERAL;
            prep = LEDE_EV_PV_WORD + x->prep - 1u;
        } else {
            prep = LEDE_EV_PV_CLASS + cl;
        }
    }
    if (prep >= tt->np)
        return CAND_GENERAL;
    size_t next = e < ntok && toks[e].sent == hs ? c->cls[e] : NCLS;
    if (bounded) { /* the second bound: preposition and next class read */
        const float *k2 = tt->k2, *ac2 = tt->ac2, *b2 = tt->b2;
        float ub = k2[0] + ac2[sem * 2 + side] + b2[side * BUCKETS + bk] + ub_rest + w[11][prep] +
                   tt->w12[prep * nt] + w[13][prep * ns + sem] + w[14][next * 2 + side];
        if (ub < tt->reject)
            return CAND_MISS;
    }
    /* verbs and commas between the phrase and the trigger (at most 64 tokens) */
    size_t lo = left ? e : tt->tok + 1, hi = left ? tt->tok : b, verbs = 0, commas = 0;
    if (hi > lo + 64)
        hi = lo + 64;
    if (hi > lo) {
        uint64_t vc = lede_ev_vc_between(c, lo, hi);
        verbs = (uint32_t)vc;
        commas = (size_t)(vc >> 32);
    }
    verbs = verbs > 2 ? 2 : verbs;
    commas = commas > 2 ? 2 : commas;
    /* another trigger closer to the phrase than this one: a trigger token
     * other than the trigger's within 12 tokens of the phrase, in the
     * trigger's sentence, less than dist from the head */
    size_t clo = b > 12 ? b - 12 : 0, chi = e + 12 < ntok ? e + 12 : ntok;
    size_t dlo = dist > head ? 0 : head - dist + 1;
    size_t dhi = dist > SIZE_MAX - head ? SIZE_MAX : head + dist;
    clo = clo > tt->sb ? clo : tt->sb;
    clo = clo > dlo ? clo : dlo;
    chi = chi < tt->se ? chi : tt->se;
    chi = chi < dhi ? chi : dhi;
    size_t closer = chi > clo && lede_ev_trigger_between(c, tt->q0, tt->q1, clo, chi, tt->tok);


    /* event_score.c's templates in order; tt->w2, w5, w7, w9, w12, w19 and w22
     * point at the trigger's type, part of speech
     * and voice */
    float z = 0.0f;
    z += w[0][0];                                /* b          */
    z += w[1][s];                                /* s=         */
    z += tt->w2[s * nt];                         /* s=|t=      */
    z += w[3][s * ns + sem];                     /* s=|m=      */
    z += w[4][side * BUCKETS + bk];              /* d=         */
    z += tt->w5[(side * BUCKETS + bk) * GPOS];   /* d=|g=      */
    z += w[6][o];                                /* o=         */
    z += tt->w7[o * nt];                         /* o=|t=      */
    z += w[8][sem];                              /* m=         */
    z += tt->w9[sem * nt];                       /* m=|t=      */
    z += w[10][sem * 2 + side];                  /* m=|d=      */
    z += w[11][prep];                            /* p=         */
    z += tt->w12[prep * nt];                     /* p=|t=      */
    z += w[13][prep * ns + sem];                 /* p=|m=      */
    z += w[14][next * 2 + side];                 /* x=|d=      */
    z += w[15][verbs * 2 + side];                /* vb=|d=     */
    z += w[16][commas * 2 + side];               /* cm=|d=     */
    z += w[17][list * SLOTS + s];                /* l=|s=      */
    z += w[18][k->neg * 2u + k->poss];           /* ng=|pos=   */
    z += tt->w19[side];                          /* g=|pa=|d=  */
    z += w[20][(verbs * CAPPED + commas) * OFFS + o]; /* vb=|cm=|o= */
    z += w[21][closer * SLOTS + s];              /* cl=|s=     */
    z += tt->w22[closer * nt];                   /* cl=|t=     */
    z += w[23][via];                             /* v=         */
    *out = z;
    return CAND_LOGIT;
}

static float logit(const lede_evctx *c, const lede_evtrigger *g, int32_t ch, int slot)
{
    trigtab tt = {0};
    float z;
    if (trig_tab(c, lede_evmodel_tables(c->em), g, &tt) && cand_logit(c, &tt, ch, slot, false, &z) == CAND_LOGIT)
        return z;
    return lede_ev_logit_general(c, g, ch, slot);
}

float lede_ev_prob(const lede_evctx *c, const lede_evtrigger *g, int32_t ch, int slot)
{
    return 1.0f / (1.0f + expf(-logit(c, g, ch, slot)));
}

/* P(argument) >= the threshold for logit z, expf only near it. */
static inline bool decide(const lede_evmodel *m, float z, float lo, float hi)
{
    if (z <= lo)
        return false;
    if (z >= hi)
        return true;
    return 1.0f / (1.0f + expf(-z)) >= lede_evmodel_args_threshold(m);
}

bool lede_ev_take(const lede_evctx *c, const lede_evtrigger *g, int32_t ch, int slot)
{
    float lo, hi;
    lede_evmodel_logit_bounds(c->em, &lo, &hi);
    return decide(c->em, logit(c, g, ch, slot), lo, hi);
}

void lede_ev_scorer_init(const lede_evctx *c, const lede_evtrigger *g, lede_evscorer *sc)
{
    sc->g = g;
    sc->fast = trig_tab(c, lede_evmodel_tables(c->em), g, sc);
    lede_evmodel_logit_bounds(c->em, &sc->lo, &sc->hi);
}

static inline __attribute__((always_inline)) bool scorer_take(const lede_evctx *c, const lede_evscorer *sc,
                                                               int32_t ch)
{
    int slot = c->slot_of[ch], got = CAND_GENERAL;
    float z = 0.0f;
    if (sc->fast) {
        /* most candidates: unmarked, bounded (a copy of cand_logit with the
         * slot and the bound folded in) */
        if (slot < 0 && sc->bound)
            got = cand_logit(c, sc, ch, -1, true, &z);
        else
            got = cand_logit(c, sc, ch, slot, false, &z);
    }
    if (got == CAND_GENERAL)
        z = lede_ev_logit_general(c, sc->g, ch, slot);
    return got != CAND_MISS && decide(c->em, z, sc->lo, sc->hi);
}

bool lede_ev_scorer_take(const lede_evctx *c, const lede_evscorer *sc, int32_t ch) { return scorer_take(c, sc, ch); }

/* One candidate of lede_ev_taken: event_args.c's verdict, decided here. */
static inline __attribute__((always_inline)) void take_one(const lede_evctx *c, const lede_evscorer *sc, int32_t ch,
                                                           int32_t *taken, size_t *n)
{
    const lede_evchunk *k = &c->chunks[ch];
    if (k->sem == 'T' || c->trig_of[k->head] >= 0)
        return; /* times and event phrases are no participants */
    if (lede_ev_strong(c, ch) || scorer_take(c, sc, ch))
        taken[(*n)++] = ch;
}

size_t lede_ev_taken(const lede_evctx *c, const lede_evscorer *sc, size_t a, size_t lo, size_t hi,
                     const int32_t *marked, size_t nmarked, int32_t *taken)
{
    size_t n = 0;
    for (; a < c->nreal && c->chunks[a].head < hi; a++)
        take_one(c, sc, (int32_t)a, taken, &n);
    for (size_t m = 0; m < nmarked; m++) {
        int32_t ch = marked[m];
        size_t h = c->chunks[ch].head;
        if (h < lo || h >= hi || (size_t)ch >= c->nreal)
            take_one(c, sc, ch, taken, &n);
    }
    return n;
}

void lede_ev_take_all(const lede_evctx *c, const lede_evtrigger *g, const int32_t *chs, size_t n, bool *take)
{
    lede_evscorer sc;
    lede_ev_scorer_init(c, g, &sc);
    for (size_t i = 0; i < n; i++)
        take[i] = lede_ev_scorer_take(c, &sc, chs[i]);
}
