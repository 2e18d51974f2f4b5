/*
 * event_coref.c - from trigger mentions to events: coreference within the
 * document ("met ... for the conference", "the meeting", "this meeting" are
 * one event; "such meetings" and indefinite "a meeting" start new ones), the
 * timex anchoring each mention (nearest in its sentence, calendar values
 * before durations, a possessive time "last year's deal" only for the noun
 * it modifies), the place (its Place argument), and the output records in
 * ws->doc: events in order of first mention, their mentions contiguous,
 * participants per event tagged with the mention that gave them.
 * Owned by the events engineer.  Reentrant; scratch in the workspace arena.
 */
#include <string.h>

#include "event_int.h"

/* How far (tokens) a timex may sit from the trigger it anchors. */
#define LEDE_EV_TIME_WINDOW 20
/* How many sentences ahead an unresolved definite event noun looks. */
#define LEDE_EV_CATAPHOR_SENTENCES 8
/* How many sentences back a definite event noun looks for its antecedent. */
#define LEDE_EV_COREF_SENTENCES 40

static inline bool same_family(const lede_evtrigger *g, const lede_evtrigger *h)
{
    if (g->type == h->type)
        return true;
    /* a verb and a noun of one meeting are often typed Meet vs Contact.Unspecified
     * (the type names' flags, EVT_*, set at load) */
    return (g->tflags & h->tflags & EVT_CC) && ((g->tflags | h->tflags) & EVT_MEET);
}

/* Token index of the first token starting at or after byte `start`.  The
 * halving picks its half by a select, not a branch (which half is a coin
 * toss, and mispredicted): the loop's trip count depends on the length only. */
static size_t tok_at(const lede_doc *d, uint32_t start)
{
    const lede_token *v = d->toks.v, *b = v;
    size_t len = d->toks.n;
    if (len == 0)
        return 0;
    while (len > 1) { /* the answer is in [b, b + len] */
        size_t half = len / 2;
        b = b[half].start < start ? b + half : b;
        len -= half;
    }
    return (size_t)(b - v) + (b->start < start);
}

/* Anchors each trigger to a timex of its sentence.  Timexes and triggers are
 * both in text order, so one merge-like pass per sentence keeps this linear
 * in practice (a sentence's timexes are few). */
static void anchor_times(lede_evctx *c)
{
    const lede_doc *d = c->d;
    size_t tx = 0;
    for (size_t k = 0; k < c->ntrigs; k++) {
        lede_evtrigger *g = &c->trigs[k];
        const lede_sentence *s = &d->sents.v[g->sent];
        /* triggers come in text order: the window's first timex only moves forward */
        size_t from = g->tok > LEDE_EV_TIME_WINDOW ? g->tok - LEDE_EV_TIME_WINDOW : 0;
        uint32_t lo = from > s->tok_begin ? d->toks.v[from].start : s->start;
        while (tx < d->timexes.n && d->timexes.v[tx].end <= lo)
            tx++;
        int best = -1, best_score = 1 << 30;
        for (size_t q = tx; q < d->timexes.n && d->timexes.v[q].start < s->end; q++) {
            const lede_timex *t = &d->timexes.v[q];
            size_t tb = tok_at(d, t->start), te = tok_at(d, t->end);
            if (tb > g->tok + LEDE_EV_TIME_WINDOW)
                break;
            bool possessive = te < d->toks.n && (d->toks.v[te].flags & LEDE_TF_POSSESSIVE);
            int dist = tb > g->tok ? (int)(tb - g->tok) : (int)(g->tok - te + 1);
            if (possessive) {
                /* "last year's deal": only the noun phrase right after it */
                int32_t ch = te + 1 < d->toks.n ? c->chunk_of[te + 1] : -1;
                if (ch < 0 || g->tok <= te || g->tok > c->chunks[ch].head)
                    continue;
                dist = 0;
            }
            if (dist > LEDE_EV_TIME_WINDOW)
                continue;
            int score = dist + (t->type == LEDE_TX_DURATION ? 6 : 0) + (tb < g->tok && g->verbal ? 2 : 0);
            if (score < best_score) {
                best_score = score;
                best = (int)q;
            }
        }
        g->timex = best;
    }
}

static void anchor_places(lede_evctx *c)
{
    for (size_t a = 0; a < c->nargs; a++) {
        const lede_evarg *r = &c->args[a];
        if (r->slot == EV_PLACE && c->trigs[r->trig].place < 0)
            c->trigs[r->trig].place = (int32_t)a;
    }
}

/* How precisely a timex dates an event: durations least, then by the length
 * of the ISO value ("2020" < "2021-02" < "2021-W05" < "2021-02-04"). */
static int time_rank(const lede_timex *t)
{
    if (t->type == LEDE_TX_DURATION || !t->value[0] || t->value[0] == 'P')
        return 0;
    return 1 + (int)strlen(t->value);
}

/* Gives every trigger an event id; returns the number of events. */
static size_t cluster(lede_evctx *c, int32_t *first_of)
{
    size_t nev = 0;
    for (size_t k = 0; k < c->ntrigs; k++) {
        lede_evtrigger *g = &c->trigs[k];
        int32_t ante = -1;
        if (!g->generic) {
            for (size_t q = k; q-- > 0;) {
                const lede_evtrigger *h = &c->trigs[q];
                if (g->sent > h->sent + LEDE_EV_COREF_SENTENCES)
                    break;
                if (!same_family(g, h) || h->generic)
                    continue;
                bool same_sent = h->sent == g->sent;
                /* "met ... for the conference": a verb and its event noun */
                bool verb_noun = same_sent && h->verbal != g->verbal && !g->negated && !h->negated;
                /* "the meeting", "this meeting", a named conference */
                bool anaphor = !g->verbal && (g->definite || g->named) &&
                               (!same_sent || strcmp(g->lemma, h->lemma) == 0);
                if (verb_noun || anaphor)
                    ante = h->event;
                break; /* only the most recent event of the type */
            }
        }
        if (ante < 0 && g->cata >= 0)
            ante = c->trigs[g->cata].event;
        if (ante < 0 && !g->verbal && g->definite && !g->generic) {
            /* "the meeting" before the story tells of it (a standfirst): the next
             * event of its kind told by a verb or a name within a few sentences */
            for (size_t q = k + 1; q < c->ntrigs && c->trigs[q].sent <= g->sent + LEDE_EV_CATAPHOR_SENTENCES; q++) {
                lede_evtrigger *h = &c->trigs[q];
                if (same_family(g, h) && !h->generic && (h->verbal || h->named || !h->definite)) {
                    if (h->cata < 0)
                        h->cata = (int32_t)k;
                    break;
                }
            }
        }
        if (ante >= 0) {
            g->event = ante;
        } else {
            first_of[nev] = (int32_t)k;
            g->event = (int32_t)nev++;
        }
    }
    return nev;
}

lede_status lede_ev_link(lede_evctx *c)
{
    lede_workspace *ws = c->ws;
    lede_doc *d = c->d;
    anchor_times(c);
    anchor_places(c);
    int32_t *first_of = lede_arena_alloc(&ws->arena, (c->ntrigs + 1) * sizeof *first_of);
    uint32_t *count = lede_arena_alloc(&ws->arena, (c->ntrigs + 1) * sizeof *count);
    uint32_t *pos = lede_arena_alloc(&ws->arena, (c->ntrigs + 1) * sizeof *pos);
    uint32_t *argc = lede_arena_alloc(&ws->arena, (c->ntrigs + 1) * sizeof *argc);
    uint32_t *mention_of = lede_arena_alloc(&ws->arena, (c->ntrigs + 1) * sizeof *mention_of);
    if (!first_of || !count || !pos || !argc || !mention_of)
        return lede_fail(ws, LEDE_ERR_NOMEM, "out of memory linking events");
    size_t nev = cluster(c, first_of);
    if (nev > ws->lim.max_events)
        return lede_fail(ws, LEDE_ERR_DOC_LIMIT, "document has more than %zu events", ws->lim.max_events);
    memset(count, 0, (nev + 1) * sizeof *count);
    memset(argc, 0, (nev + 1) * sizeof *argc);
    for (size_t k = 0; k < c->ntrigs; k++)
        count[c->trigs[k].event + 1]++;
    for (size_t a = 0; a < c->nargs; a++)
        argc[c->trigs[c->args[a].trig].event + 1]++;
    for (size_t e = 0; e < nev; e++) {
        count[e + 1] += count[e];
        argc[e + 1] += argc[e];
    }
    /* mentions grouped by event (counting sort keeps text order inside each) */
    size_t m0 = d->event_mentions.n, p0 = d->participants.n;
    for (size_t k = 0; k < c->ntrigs; k++)
        if (!LEDE_PUSH(d->event_mentions, ws->lim.max_events * 8))
            return lede_fail(ws, LEDE_ERR_DOC_LIMIT, "document has too many event mentions");
    for (size_t a = 0; a < c->nargs; a++)
        if (!LEDE_PUSH(d->participants, ws->lim.max_mentions))
            return lede_fail(ws, LEDE_ERR_DOC_LIMIT, "document has too many event participants");
    memcpy(pos, count, (nev + 1) * sizeof *pos);
    for (size_t k = 0; k < c->ntrigs; k++) {
        const lede_evtrigger *g = &c->trigs[k];
        uint32_t slot = pos[g->event]++;
        lede_event_mention *em = &d->event_mentions.v[m0 + slot];
        em->trigger.start = d->toks.v[g->tok].start;
        em->trigger.end = d->toks.v[g->tok_end - 1].end;
        em->event = (int32_t)(d->events.n + (size_t)g->event);
        mention_of[k] = (uint32_t)(m0 + slot);
    }
    memcpy(pos, argc, (nev + 1) * sizeof *pos);
    for (size_t a = 0; a < c->nargs; a++) {
        const lede_evarg *r = &c->args[a];
        const lede_evtrigger *g = &c->trigs[r->trig];
        lede_participant *p = &d->participants.v[p0 + pos[g->event]++];
        p->entity = r->entity;
        p->span = (lede_span){r->start, r->end};
        p->role = r->role;
        p->present = r->present;
        p->mention = (int32_t)mention_of[r->trig];
    }
    for (size_t e = 0; e < nev; e++) {
        lede_event *ev = LEDE_PUSH(d->events, ws->lim.max_events);
        if (!ev)
            return lede_fail(ws, LEDE_ERR_DOC_LIMIT, "document has more than %zu events", ws->lim.max_events);
        const lede_evtrigger *g0 = &c->trigs[first_of[e]];
        ev->type = g0->type;
        ev->first_mention = (int32_t)(m0 + count[e]);
        ev->timex = -1;
        ev->place = -1;
        ev->part_begin = (uint32_t)(p0 + argc[e]);
        ev->part_n = argc[e + 1] - argc[e];
    }
    /* time: the most specific calendar value among the event's mentions (a
     * day over a week over a month over a year), else a duration;
     * place: the first mention's Place argument */
    for (size_t k = 0; k < c->ntrigs; k++) {
        const lede_evtrigger *g = &c->trigs[k];
        lede_event *ev = &d->events.v[d->events.n - nev + (size_t)g->event];
        if (g->timex >= 0 && (ev->timex < 0 || time_rank(&d->timexes.v[g->timex]) >
                                                   time_rank(&d->timexes.v[ev->timex])))
            ev->timex = g->timex;
        if (g->place >= 0 && ev->place_span.end == 0) {
            const lede_evarg *r = &c->args[g->place];
            ev->place = r->entity;
            ev->place_span = (lede_span){r->start, r->end};
        }
    }
    return LEDE_OK;
}
