/*
 * event_triggers.c - event trigger candidates: words whose learned trigger
 * probability (data/events.lex, from WikiEvents and RAMS dev) clears a
 * threshold in their context, typed by the lexicon's most frequent KAIROS
 * type and disambiguated by their neighbours ("fired a missile" is an attack,
 * "fired an employee" ends a position; "attacks" near a bomb detonate).
 * Verbal/nominal use, passive voice, definiteness and genericity are
 * recorded for the argument and coreference passes.
 * Owned by the events engineer.  Reentrant; arrays in the workspace arena.
 */
#include <string.h>

#include "event_int.h"

/* Trigger probability (x1000) a word needs; below it the word is no event. */
#define LEDE_EV_TRIGGER_MIN 340
/* What context adds to it at most: a pair of joined party names before an
 * event noun (party_boost), a weapon or "opened" around "fire" (disambiguate). */
#define LEDE_EV_PARTY_BOOST_MAX 250
#define LEDE_EV_FIRE_BOOST 300
/* Named events ("Regional Conference on ...") of these families are events. */
static const char *const named_ok[] = {"conference", "summit", "talks", "meeting", "accord", "agreement",
                                       "treaty", "deal", "pact", "ceasefire", "attack", "attacks", "bombing",
                                       "massacre", "war", "protest", "protests", NULL};
static const char *const weapons[] = {"missile", "missiles", "rocket", "rockets", "shot", "shots", "gun", "guns",
                                      "bullet", "bullets", "round", "rounds", "gas", "mortar", "mortars",
                                      "shell", "shells", "weapon", "weapons", "artillery", "at", "on", "into",
                                      "upon", "back", NULL};
static const char *const explosives[] = {"bomb", "bombs", "bomber", "bombers", "bombing", "bombings", "ied",
                                         "ieds", "explosive", "explosives", "explosion", "explosions", "blast",
                                         "blasts", "detonated", "suicide", "car-bomb", "vest", "grenade",
                                         "grenades", "exploded", "device", NULL};
static const char *const light_verbs[] = {"opened", "open", "opens", "opening", NULL};

static bool word_in(const lede_evctx *c, size_t i, const char *const *list)
{
    for (; *list; list++)
        if (lede_ev_tok_is(c, i, *list))
            return true;
    return false;
}

/* The lists above are loaded into the lexicon as flags (event_model.c), so
 * the context scans test a bit per token rather than a list per token. */
void lede_ev_cue_words(void (*add)(void *arg, const char *w, uint8_t flag), void *arg)
{
    static const struct { const char *const *list; uint8_t flag; } lists[] = {
        {named_ok, EVF_NAMED_OK}, {weapons, EVF_WEAPON}, {explosives, EVF_EXPLOSIVE}};
    for (size_t k = 0; k < sizeof lists / sizeof *lists; k++)
        for (const char *const *w = lists[k].list; *w; w++)
            add(arg, *w, lists[k].flag);
}

/* Token i is a cue word of list `flag` (EVF_*). */
static bool cue(const lede_evctx *c, size_t i, uint8_t flag)
{
    return c->lex[i] && (c->lex[i]->flags & flag);
}

/* Context for disambiguation: this many tokens either side, within the sentence. */
#define LEDE_EV_CONTEXT 25

static bool context_has(const lede_evctx *c, const lede_sentence *s, size_t at, uint8_t flag)
{
    size_t lo = at > s->tok_begin + LEDE_EV_CONTEXT ? at - LEDE_EV_CONTEXT : s->tok_begin;
    size_t hi = at + LEDE_EV_CONTEXT < s->tok_end ? at + LEDE_EV_CONTEXT : s->tok_end;
    for (size_t i = lo; i < hi; i++)
        if (cue(c, i, flag))
            return true;
    return false;
}

/* Index of an interned type in lede_event_types() (the classifier's tables
 * are indexed by it), 0xFF if absent. */
static uint8_t type_index(const char *type)
{
    size_t n;
    const char *const *all = lede_event_types(&n);
    for (size_t k = 0; k < n && k < 0xFF; k++)
        if (all[k] == type)
            return (uint8_t)k;
    return 0xFF;
}

static bool starts_with(const char *s, const char *p) { return strncmp(s, p, strlen(p)) == 0; }

/* What disambiguate() asks of a lexicon entry, answered once at load:
 * string compares of its lemma and first type were a tenth of the stage. */
void lede_ev_trig_prepare(lede_evtrig *t)
{
    const char *lemma = t->lemma, *type = t->ntypes ? t->types[0] : NULL;
    t->type0 = type ? type_index(type) : 0xFF;
    t->kind = (strcmp(lemma, "fire") == 0 ? EVK_FIRE : 0) | (strcmp(lemma, "charge") == 0 ? EVK_CHARGE : 0) |
              (strcmp(lemma, "strike") == 0 ? EVK_STRIKE : 0) | (strcmp(lemma, "attack") == 0 ? EVK_ATTACK : 0) |
              (type && starts_with(type, "Conflict.Attack.") ? EVK_T_ATTACK : 0) |
              (type && strcmp(type, "Conflict.Attack.DetonateExplode") == 0 ? EVK_T_DETONATE : 0) |
              (lede_ev_unaccusative(lemma) ? EVK_UNACC : 0);
    /* half the entries on the profile sample: no context can lift them to
     * the threshold, so the word pass does not list them (c->tcand) */
    t->live = t->p + LEDE_EV_PARTY_BOOST_MAX + (t->kind & EVK_FIRE ? LEDE_EV_FIRE_BOOST : 0) >= LEDE_EV_TRIGGER_MIN;
}

/* The type of trigger i in context, NULL when the context says it is no
 * event; `type` is t->types[0] (t->kind answers the compares of both). */
static const char *disambiguate(const lede_evctx *c, size_t i, const lede_sentence *s, const lede_evtrig *t,
                                const char *type, int *boost)
{
    size_t e = s->tok_end;
    if (t->kind & EVK_FIRE) {
        bool weapon = false, person = false;
        for (size_t k = i + 1; k < e && k <= i + 4; k++) {
            if (cue(c, k, EVF_WEAPON) || c->ncls[k] == 'W')
                weapon = true;
            if (k == i + 1 && (c->cls[k] == EC_PRON || c->cls[k] == EC_PROPN || c->ncls[k] == 'P'))
                person = true;
        }
        bool opened = i > s->tok_begin && word_in(c, i - 1, light_verbs);
        *boost = LEDE_EV_FIRE_BOOST; /* the context decides, whatever the word's prior */
        if (opened || weapon || lede_ev_tok_is(c, i, "gunfire"))
            return "Conflict.Attack.Unspecified";
        if (person && c->cls[i] == EC_VERB)
            return "Personnel.EndPosition.Unspecified";
        return NULL; /* "a fire broke out" */
    }
    if (t->kind & EVK_CHARGE) {
        if (i + 1 < e && lede_ev_tok_is(c, i + 1, "with"))
            return "Justice.ChargeIndict.Unspecified";
        if (i + 1 < e && (lede_ev_tok_is(c, i + 1, "at") || lede_ev_tok_is(c, i + 1, "into")))
            return "Conflict.Attack.Unspecified";
        return c->cls[i] == EC_VERB || lede_ev_tok_is(c, i, "charges") ? type : NULL;
    }
    if ((t->kind & EVK_STRIKE) && i + 2 < e &&
        (lede_ev_tok_is(c, i + 2, "deal") || lede_ev_tok_is(c, i + 2, "balance") ||
         lede_ev_tok_is(c, i + 1, "deal")))
        return NULL;
    if ((t->kind & EVK_T_ATTACK) && context_has(c, s, i, EVF_EXPLOSIVE))
        return "Conflict.Attack.DetonateExplode";
    if ((t->kind & EVK_T_DETONATE) && !context_has(c, s, i, EVF_EXPLOSIVE) && (t->kind & (EVK_ATTACK | EVK_STRIKE)))
        return "Conflict.Attack.Unspecified";
    return type;
}

/* Does token i stand as a premodifier of a noun after it ("attack helicopter")? */
static bool modifies_noun(const lede_evctx *c, size_t i, size_t e)
{
    return i + 1 < e && c->chunk_of[i] >= 0 && c->chunk_of[i + 1] == c->chunk_of[i] &&
           c->cls[i + 1] == EC_NOUN && c->ncls[i + 1] != 'E';
}

/* An event noun named after its parties is an event: "the US-Taliban deal",
 * "Kabul's talks"; a pair of joined names counts most. */
static int party_boost(const lede_evctx *c, size_t i, size_t sb)
{
    if (c->cls[i] != EC_NOUN || c->chunk_of[i] < 0)
        return 0;
    const lede_evchunk *k = &c->chunks[c->chunk_of[i]];
    int boost = 0;
    for (size_t q = k->b; q < i; q++) {
        if (c->cls[q] != EC_PROPN)
            continue;
        const lede_token *t = &c->d->toks.v[q];
        const char *h = memchr(c->d->text + t->start, '-', t->end - t->start);
        boost = h && h + 1 < c->d->text + t->end && h[1] >= 'A' && h[1] <= 'Z' ? LEDE_EV_PARTY_BOOST_MAX
                : boost > 100                                                    ? boost
                                                                                 : 100;
    }
    size_t b = k->b;
    while (b > sb && c->cls[b - 1] == EC_DET)
        b--;
    if (b > sb && c->cls[b - 1] == EC_POSS && boost < 100)
        boost = 100;
    return boost;
}

static void mark_shape(lede_evctx *c, lede_evtrigger *g, const lede_sentence *s)
{
    size_t i = g->tok;
    g->verbal = c->cls[i] == EC_VERB;
    if (g->verbal) {
        size_t k = i;
        while (k > s->tok_begin && (c->cls[k - 1] == EC_ADV || c->cls[k - 1] == EC_NEG)) {
            if (c->cls[k - 1] == EC_NEG)
                g->negated = 1;
            k--;
        }
        size_t n = c->d->toks.v[i].norm_len;
        const char *w = lede_tok_norm(c->d, &c->d->toks.v[i]);
        bool ing = n > 4 && memcmp(w + n - 3, "ing", 3) == 0;
        if (k > s->tok_begin && (c->cls[k - 1] == EC_BE || lede_ev_tok_is(c, k - 1, "got")) && !ing)
            g->passive = 1;
        /* a reduced relative: "the accord signed in Doha", "people killed in" */
        if (k > s->tok_begin && !ing && c->chunk_of[k - 1] >= 0 && c->cls[k - 1] != EC_PRON &&
            i + 1 < s->tok_end && (c->cls[i + 1] == EC_PREP || c->cls[i + 1] == EC_PUNCT ||
                                   c->cls[i + 1] == EC_COMMA))
            g->passive = 1;
        return;
    }
    int32_t ch = c->chunk_of[i];
    if (ch >= 0) {
        const lede_evchunk *k = &c->chunks[ch];
        size_t b = k->b;
        while (b > s->tok_begin && c->cls[b - 1] == EC_DET)
            b--;
        for (size_t t = b; t < k->b; t++) {
            if (lede_ev_tok_is(c, t, "the") || lede_ev_tok_is(c, t, "this") || lede_ev_tok_is(c, t, "that"))
                g->definite = 1;
            if (lede_ev_tok_is(c, t, "such") || lede_ev_tok_is(c, t, "any") || lede_ev_tok_is(c, t, "no"))
                g->generic = 1;
        }
    }
    g->named = (c->cls[i] == EC_PROPN) && !(c->d->toks.v[i].flags & LEDE_TF_SENT_START);
}

lede_status lede_ev_triggers(lede_evctx *c)
{
    lede_doc *d = c->d;
    /* a trigger per token with a trigger entry at most: room for those
     * (some one token in twelve), not for every token */
    c->trigs = lede_arena_alloc(&c->ws->arena, (c->ntcand + 1) * sizeof *c->trigs);
    c->trig_of = lede_arena_alloc(&c->ws->arena, (d->toks.n + 1) * sizeof *c->trig_of);
    if (!c->trigs || !c->trig_of)
        return lede_fail(c->ws, LEDE_ERR_NOMEM, "out of memory finding events");
    memset(c->trig_of, 0xFF, d->toks.n * sizeof *c->trig_of); /* -1 */
    /* the tokens with a trigger entry (lede_ev_words lists them in order),
     * sentence by sentence; those in no sentence or a skipped one are none */
    size_t q = 0;
    for (size_t si = 0; si < d->sents.n; si++) {
        const lede_sentence *s = &d->sents.v[si];
        while (q < c->ntcand && c->tcand[q] < s->tok_begin)
            q++;
        if (lede_ev_skip_sentence(d, si))
            continue;
        for (; q < c->ntcand && c->tcand[q] < s->tok_end; q++) {
            size_t i = c->tcand[q];
            /* (only live entries are listed: lede_ev_trig_prepare) */
            const lede_evtrig *lx = c->lex[i]->trig;
            uint8_t k = c->cls[i];
            if (k != EC_NOUN && k != EC_VERB && k != EC_PROPN && k != EC_ADJ && k != EC_OTHER)
                continue;
            const lede_token *t = &d->toks.v[i];
            int p = lx->p;
            if (k == EC_PROPN) {
                /* inside a name: only named meetings, accords, attacks */
                bool ok = cue(c, i, EVF_NAMED_OK);
                if (!ok && !(t->flags & LEDE_TF_SENT_START) && !(t->flags & LEDE_TF_HEADLINE))
                    continue;
            }
            if (k == EC_ADJ)
                p -= 150;
            if (modifies_noun(c, i, s->tok_end))
                p -= 200;
            p += party_boost(c, i, s->tok_begin);
            int boost = 0;
            const char *type = disambiguate(c, i, s, lx, lx->types[0], &boost);
            if (!type || p + boost < LEDE_EV_TRIGGER_MIN)
                continue;
            /* the lexicon's types are interned at load; only the rules' own names need it */
            uint8_t type_id = lx->type0;
            if (type != lx->types[0]) {
                type = lede_event_type_intern(type, strlen(type));
                if (!type)
                    continue;
                type_id = type_index(type);
            }
            lede_evtrigger *g = &c->trigs[c->ntrigs++];
            memset(g, 0, sizeof *g);
            g->tok = (uint32_t)i;
            g->tok_end = (uint32_t)i + 1;
            g->sent = (uint32_t)si;
            g->type = type;
            g->type_id = type_id;
            g->lemma = lx->lemma;
            g->kind = lx->kind;
            g->tflags = lede_evmodel_tflags(c->em, type_id, type);
            g->event = -1;
            g->cata = -1;
            g->timex = -1;
            g->place = -1;
            c->trig_of[i] = (int32_t)(c->ntrigs - 1);
            mark_shape(c, g, s);
        }
        lede_status st = lede_check_deadline(c->ws);
        if (st != LEDE_OK)
            return st;
    }
    return LEDE_OK;
}
