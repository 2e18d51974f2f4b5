/* test_events.c - event mentions, types, coreference, time, place and
 * participants (lists, negation, roles) on composed sentences, with the
 * bundled event lexicon and no name tagger (mentions are built by hand where
 * a test needs them). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "event_int.h"
#include "stages.h"

static lede_model *model;

static int setup(void **state)
{
    lede_status st;
    char err[256];
    model = lede_model_load(NULL, &st, err, sizeof err);
    if (!model)
        fprintf(stderr, "model: %s\n", err);
    return model ? 0 : -1;
}

static int teardown(void **state)
{
    lede_model_free(model);
    return 0;
}

/* Segments and dates the text; the caller may add mentions before events(). */
static lede_workspace *prepare(const char *text)
{
    lede_workspace *ws = lede_workspace_new(model, NULL);
    ws->doc.text = text;
    ws->doc.len = strlen(text);
    ws->doc.pub_year = 2021;
    ws->doc.pub_month = 2;
    ws->doc.pub_day = 4;
    assert_int_equal(lede_segment(ws), LEDE_OK);
    assert_int_equal(lede_timex_find(ws), LEDE_OK);
    return ws;
}

static void events(lede_workspace *ws) { assert_int_equal(lede_events_find(ws), LEDE_OK); }

static bool span_is(const lede_doc *d, lede_span s, const char *want)
{
    return s.end - s.start == strlen(want) && memcmp(d->text + s.start, want, s.end - s.start) == 0;
}

/* The event with a mention whose trigger text is `trigger`, or NULL. */
static const lede_event *event_with(const lede_doc *d, const char *trigger)
{
    for (size_t k = 0; k < d->event_mentions.n; k++)
        if (span_is(d, d->event_mentions.v[k].trigger, trigger))
            return &d->events.v[d->event_mentions.v[k].event];
    return NULL;
}

/* -1: not a participant; else its present flag (first record). */
static int participant(const lede_doc *d, const lede_event *ev, const char *text, const char **role)
{
    for (uint32_t k = 0; k < ev->part_n; k++) {
        const lede_participant *p = &d->participants.v[ev->part_begin + k];
        if (span_is(d, p->span, text)) {
            if (role)
                *role = p->role;
            return p->present;
        }
    }
    return -1;
}

static size_t mentions_of(const lede_doc *d, const lede_event *ev)
{
    size_t n = 0;
    for (size_t k = 0; k < d->event_mentions.n; k++)
        n += &d->events.v[d->event_mentions.v[k].event] == ev;
    return n;
}

static void meeting_merged_dated_placed_with_absent_participants(void **state)
{
    lede_workspace *ws = prepare("Officials from Pakistan, Afghanistan, and the United States met in Kabul earlier "
                                 "this week. No representatives from India, Iran, and Russia were present during "
                                 "the meeting. Participants of this meeting discussed security.");
    events(ws);
    const lede_doc *d = &ws->doc;
    const lede_event *ev = event_with(d, "met");
    assert_non_null(ev);
    assert_string_equal(ev->type, "Contact.Contact.Meet");
    assert_ptr_equal(event_with(d, "meeting"), ev);
    assert_true(mentions_of(d, ev) >= 3);
    assert_true(ev->timex >= 0);
    assert_string_equal(d->timexes.v[ev->timex].value, "2021-W05");
    assert_true(span_is(d, ev->place_span, "Kabul"));
    const char *role = NULL;
    assert_int_equal(participant(d, ev, "Pakistan", &role), 1);
    assert_string_equal(role, "Participant");
    assert_int_equal(participant(d, ev, "Afghanistan", NULL), 1);
    assert_int_equal(participant(d, ev, "United States", NULL), 1);
    assert_int_equal(participant(d, ev, "India", NULL), 0);
    assert_int_equal(participant(d, ev, "Iran", NULL), 0);
    assert_int_equal(participant(d, ev, "Russia", NULL), 0);
    lede_workspace_free(ws);
}

static void negated_attendance(void **state)
{
    lede_workspace *ws = prepare("The summit opened in Doha on Monday. Delegates from China did not attend the "
                                 "summit, but ministers from Qatar attended the summit.");
    events(ws);
    const lede_doc *d = &ws->doc;
    const lede_event *ev = event_with(d, "summit");
    assert_non_null(ev);
    assert_int_equal(participant(d, ev, "Delegates", NULL), 0);
    assert_int_equal(participant(d, ev, "China", NULL), 0);
    assert_int_equal(participant(d, ev, "ministers", NULL), 1);
    assert_int_equal(participant(d, ev, "Qatar", NULL), 1);
    lede_workspace_free(ws);
}

static void fired_a_missile_is_not_fired_an_employee(void **state)
{
    lede_workspace *ws = prepare("Militants fired a missile at the base. The company fired him last week.");
    events(ws);
    const lede_doc *d = &ws->doc;
    assert_int_equal(d->event_mentions.n, 2);
    assert_string_equal(d->events.v[d->event_mentions.v[0].event].type, "Conflict.Attack.Unspecified");
    assert_string_equal(d->events.v[d->event_mentions.v[1].event].type, "Personnel.EndPosition.Unspecified");
    const char *role = NULL;
    assert_int_equal(participant(d, &d->events.v[d->event_mentions.v[0].event], "Militants", &role), 1);
    assert_string_equal(role, "Attacker");
    lede_workspace_free(ws);
}

static void passive_voice_swaps_roles(void **state)
{
    lede_workspace *ws = prepare("Two journalists were arrested by police in Caracas. Police arrested two "
                                 "activists in Maracay.");
    events(ws);
    const lede_doc *d = &ws->doc;
    const lede_event *ev = event_with(d, "arrested");
    assert_non_null(ev);
    assert_string_equal(ev->type, "Justice.ArrestJailDetain.Unspecified");
    const char *role = NULL;
    assert_int_equal(participant(d, ev, "Two journalists", &role), 1);
    assert_string_equal(role, "Detainee");
    assert_int_equal(participant(d, ev, "police", &role), 1);
    assert_string_equal(role, "Jailer");
    assert_true(span_is(d, ev->place_span, "Caracas"));
    /* the active sentence: subject and object the other way round */
    const lede_event *ev2 = &d->events.v[d->event_mentions.v[d->event_mentions.n - 1].event];
    assert_ptr_not_equal(ev, ev2);
    assert_int_equal(participant(d, ev2, "Police", &role), 1);
    assert_string_equal(role, "Jailer");
    assert_int_equal(participant(d, ev2, "two activists", &role), 1);
    assert_string_equal(role, "Detainee");
    lede_workspace_free(ws);
}

static void premodifiers_and_hyphenated_parties(void **state)
{
    lede_workspace *ws = prepare("Kabul wants to renegotiate last year's Washington-Taliban deal to withdraw all "
                                 "troops from Afghanistan by the end of April.");
    events(ws);
    const lede_doc *d = &ws->doc;
    const lede_event *deal = event_with(d, "deal");
    assert_non_null(deal);
    assert_int_equal(participant(d, deal, "Washington", NULL), 1);
    assert_int_equal(participant(d, deal, "Taliban", NULL), 1);
    assert_string_equal(d->timexes.v[deal->timex].value, "2020");
    const lede_event *w = event_with(d, "withdraw");
    assert_non_null(w);
    assert_string_equal(w->type, "Movement.Transportation.Unspecified");
    assert_true(w->timex >= 0);
    assert_string_equal(d->timexes.v[w->timex].value, "2021-04");
    const char *role = NULL;
    assert_int_equal(participant(d, w, "Afghanistan", &role), 1);
    assert_string_equal(role, "Origin");
    lede_workspace_free(ws);
}

static void participants_link_to_entities(void **state)
{
    lede_workspace *ws = prepare("Taliban attacks are on the rise.");
    /* a name mention and its entity, as the tagger and resolver would leave them */
    lede_doc *d = &ws->doc;
    lede_entity *en = LEDE_PUSH(d->entities, 0);
    lede_mention *m = LEDE_PUSH(d->mentions, 0);
    assert_non_null(en);
    assert_non_null(m);
    *m = (lede_mention){.tok_begin = 0, .tok_end = 1, .start = 0, .end = 7, .type = LEDE_ET_ORG,
                        .kind = LEDE_MK_NAME, .entity = 0};
    en->type = LEDE_ET_ORG;
    en->canonical = 0;
    d->toks.v[0].mention = (int32_t)(d->mentions.n - 1);
    events(ws);
    const lede_event *ev = event_with(d, "attacks");
    assert_non_null(ev);
    assert_string_equal(ev->type, "Conflict.Attack.Unspecified");
    assert_int_equal(ev->part_n >= 1, 1);
    const lede_participant *p = &d->participants.v[ev->part_begin];
    assert_true(span_is(d, p->span, "Taliban"));
    assert_int_equal(p->entity, 0);
    assert_string_equal(p->role, "Attacker");
    lede_workspace_free(ws);
}

static void captions_and_generic_mentions(void **state)
{
    lede_workspace *ws = prepare("Soldiers after an attack in Wardak province.\n\nThe meeting was held in Kabul. "
                                 "Such meetings will be held again.");
    ws->doc.paras.v[0].kind = LEDE_PARA_CAPTION;
    events(ws);
    const lede_doc *d = &ws->doc;
    assert_null(event_with(d, "attack"));
    const lede_event *a = event_with(d, "meeting"), *b = event_with(d, "meetings");
    assert_non_null(a);
    assert_non_null(b);
    assert_ptr_not_equal(a, b);
    lede_workspace_free(ws);
}

/* Texts with many (trigger, phrase) candidates: names, lists, passives,
 * event nouns, neighbouring sentences. */
static const char *const scored_texts[] = {
    "Officials from Pakistan, Afghanistan, and the United States met in Kabul earlier this week. No "
    "representatives from India, Iran, and Russia were present during the meeting. Participants of this meeting "
    "discussed security.",
    "Taliban fighters attacked a police checkpoint near Kandahar on Sunday, killing four officers, the interior "
    "ministry said. A suicide bomber detonated explosives outside the provincial council, and two civilians were "
    "injured in the blast. Police arrested three suspects after the attack.",
    "The Washington-Taliban deal was signed in Doha by Zalmay Khalilzad and Mullah Baradar. Kabul's talks with "
    "the insurgents, which were held in Qatar, collapsed in March when the government released prisoners.",
    "John Smith, a former minister, was charged with fraud by prosecutors in London. He was sentenced to five "
    "years in prison on Friday. The company fired him last year and hired a new chief executive.",
};

typedef struct scored { size_t n, taken; float thr; } scored;

/* For every candidate the classifier sees: the table path's P(argument)
 * equals the feature strings' score bit for bit, and lede_ev_take and
 * lede_ev_take_all (logit bounds, expf only near the threshold) decide as
 * the probability does. */
static void check_candidate(void *arg, const lede_evctx *c, uint32_t trig, int32_t chunk, const char *const *feats,
                            size_t nf)
{
    scored *sc = arg;
    const lede_evtrigger *g = &c->trigs[trig];
    int slot = c->slot_of[chunk];
    float p = lede_ev_prob(c, g, chunk, slot), want = lede_ev_score(c, feats, nf);
    assert_memory_equal(&p, &want, sizeof p);
    assert_int_equal(lede_ev_take(c, g, chunk, slot), p >= sc->thr);
    bool all;
    lede_ev_take_all(c, g, &chunk, 1, &all);
    assert_int_equal(all, p >= sc->thr);
    sc->n++;
    sc->taken += p >= sc->thr;
}

static void table_scores_equal_feature_scores(void **state)
{
    lede_workspace *ws = lede_workspace_new(model, NULL);
    scored sc = {.thr = lede_evmodel_args_threshold(model->events)};
    for (size_t k = 0; k < sizeof scored_texts / sizeof *scored_texts; k++) {
        lede_workspace_reset(ws);
        lede_request r;
        lede_request_init(&r);
        r.body = (lede_str){scored_texts[k], strlen(scored_texts[k])};
        const lede_result *res;
        assert_int_equal(lede_analyze(ws, &r, &res), LEDE_OK);
        lede_evctx c = {.ws = ws, .d = &ws->doc, .em = model->events, .dump = check_candidate, .dump_arg = &sc};
        assert_int_equal(lede_ev_words(&c), LEDE_OK);
        assert_int_equal(lede_ev_triggers(&c), LEDE_OK);
        assert_int_equal(lede_ev_args(&c), LEDE_OK);
    }
    assert_true(sc.n > 50);
    assert_true(sc.taken > 0 && sc.taken < sc.n);
    lede_workspace_free(ws);
}

static void dump_nothing(void *arg, const lede_evctx *c, uint32_t trig, int32_t chunk, const char *const *feats,
                         size_t nf)
{
    (void)arg, (void)c, (void)trig, (void)chunk, (void)feats, (void)nf;
}

/* The service decides each candidate as it comes (lede_ev_scorer_take);
 * with the trainer's dump every candidate is scored first (lede_ev_take_all)
 * and then added: both add the same participants in the same order. */
static void service_path_equals_dump_path(void **state)
{
    lede_workspace *ws = lede_workspace_new(model, NULL);
    size_t total = 0;
    for (size_t k = 0; k < sizeof scored_texts / sizeof *scored_texts; k++) {
        lede_workspace_reset(ws);
        lede_request r;
        lede_request_init(&r);
        r.body = (lede_str){scored_texts[k], strlen(scored_texts[k])};
        const lede_result *res;
        assert_int_equal(lede_analyze(ws, &r, &res), LEDE_OK);
        lede_evctx a = {.ws = ws, .d = &ws->doc, .em = model->events};
        lede_evctx b = {.ws = ws, .d = &ws->doc, .em = model->events, .dump = dump_nothing};
        lede_evctx *cs[2] = {&a, &b};
        for (int q = 0; q < 2; q++) {
            assert_int_equal(lede_ev_words(cs[q]), LEDE_OK);
            assert_int_equal(lede_ev_triggers(cs[q]), LEDE_OK);
            assert_int_equal(lede_ev_args(cs[q]), LEDE_OK);
        }
        assert_int_equal(a.nargs, b.nargs);
        for (size_t i = 0; i < a.nargs; i++) {
            const lede_evarg *x = &a.args[i], *y = &b.args[i];
            assert_int_equal(x->trig, y->trig);
            assert_int_equal(x->chunk, y->chunk);
            assert_int_equal(x->start, y->start);
            assert_int_equal(x->end, y->end);
            assert_int_equal(x->entity, y->entity);
            assert_ptr_equal(x->role, y->role);
            assert_int_equal(x->slot, y->slot);
            assert_int_equal(x->present, y->present);
        }
        total += a.nargs;
    }
    assert_true(total > 10);
    lede_workspace_free(ws);
}

/* One form looked up both ways: FNV over its bytes, and keyed by two loads,
 * from a buffer with and without readable bytes before it. */
static void same_lex_both_ways(const lede_evmodel *em, const char *w, size_t n)
{
    char buf[64];
    if (n + 8 > sizeof buf)
        return;
    const lede_evlex *want = lede_evmodel_lex(em, w, n);
    memset(buf, 'x', sizeof buf);
    memcpy(buf + 8, w, n);
    assert_ptr_equal(lede_evmodel_lex_at(em, buf + 8, n, 8), want);
    memcpy(buf, w, n);
    assert_ptr_equal(lede_evmodel_lex_at(em, buf, n, 0), want);
}

static void same_cue(void *arg, const char *w, uint8_t flag)
{
    (void)flag;
    same_lex_both_ways(arg, w, strlen(w));
}

static void keyed_lexicon_lookup_equals_hashed(void **state)
{
    const lede_evmodel *em = model->events;
    size_t nclosed;
    const lede_evclosed *closed = lede_ev_closed_words(&nclosed);
    for (size_t k = 0; k < nclosed; k++)
        same_lex_both_ways(em, closed[k].w, strlen(closed[k].w));
    lede_ev_cue_words(same_cue, (void *)em);
    /* forms of every length around the 8- and 16-byte key boundaries, known and unknown */
    static const char *const forms[] = {"a", "attack", "attacks", "meeting", "meetings", "agreement",
                                        "negotiations", "demonstrations", "assassinations", "internationally",
                                        "counterterrorism", "counterterrorisms", "zzzzzzzz", "attackz",
                                        "meetingsx", "", "x", "kill", "killed", "detonated"};
    for (size_t k = 0; k < sizeof forms / sizeof *forms; k++)
        same_lex_both_ways(em, forms[k], strlen(forms[k]));
    assert_non_null(lede_evmodel_lex(em, "attack", 6));
    /* a document's tokens at their offsets in doc->norm, the first at offset 0 */
    lede_workspace *ws = prepare("Rebels attacked the town. Negotiations between counterterrorism officials "
                                 "resumed; internationally, the meetings were condemned.");
    const lede_doc *d = &ws->doc;
    const lede_evlex *got[64];
    assert_true(d->toks.n <= 64);
    lede_evmodel_lex_tokens(em, d, got);
    for (size_t i = 0; i < d->toks.n; i++)
        assert_ptr_equal(got[i], lede_evmodel_lex(em, lede_tok_norm(d, &d->toks.v[i]), d->toks.v[i].norm_len));
    /* the word pass lists the tokens with a live trigger entry, in order, for the trigger pass */
    lede_evctx c = {.ws = ws, .d = &ws->doc, .em = em};
    assert_int_equal(lede_ev_words(&c), LEDE_OK);
    size_t q = 0;
    for (size_t i = 0; i < d->toks.n; i++)
        if (got[i] && got[i]->trig && got[i]->trig->live) {
            assert_true(q < c.ntcand);
            assert_int_equal(c.tcand[q++], i);
        }
    assert_int_equal(q, c.ntcand);
    assert_true(c.ntcand >= 2); /* "attacked", "condemned", ... */
    lede_workspace_free(ws);
    /* one- and two-byte forms come from tables by their bytes */
    ws = prepare("I saw a & b , c ; d ( e ) - f ? g ! h : x \" y ' z % 5 $ 6 / 7 . He is to go on at it by "
                 "us of zq 's Qz do.");
    d = &ws->doc;
    assert_true(d->toks.n <= 64);
    lede_evmodel_lex_tokens(em, d, got);
    for (size_t i = 0; i < d->toks.n; i++)
        assert_ptr_equal(got[i], lede_evmodel_lex(em, lede_tok_norm(d, &d->toks.v[i]), d->toks.v[i].norm_len));
    assert_non_null(got[2]); /* "a" */
    lede_workspace_free(ws);
}

/* A keyed slot answers what its entry says (class, noun class, live trigger), and
 * a form the lexicon lacks ends on an empty slot that answers like no entry;
 * the word pass's entries and trigger tokens equal lede_evmodel_lex's. */
static void check_slot(const lede_evkeyed *kv, const lede_evmodel *em, const char *w)
{
    size_t n = strlen(w);
    if (n < 3 || n > LEDE_VOCAB_KEY_MAX)
        return;
    const lede_evkslot *s = lede_evkeyed_find(kv, lede_vocab_key_of(w, n, 0), n);
    const lede_evlex *x = lede_evmodel_lex(em, w, n);
    assert_ptr_equal(lede_evkeyed_entry(kv, s), x);
    assert_int_equal(s->pcls, x ? x->pcls : LEDE_EV_BY_SUFFIX);
    assert_int_equal(s->wncls, x ? x->wncls : 0);
    assert_int_equal(s->trig, x && x->trig && x->trig->live);
    /* live: some context can lift the entry to the threshold (the trigger
     * pass's boosts: party names 250 at most, a fire's context 300) */
    if (x && x->trig)
        assert_int_equal(x->trig->live, x->trig->p + 250 + (x->trig->kind & EVK_FIRE ? 300 : 0) >= 340);
}

static void slot_cue(void *arg, const char *w, uint8_t flag)
{
    (void)flag;
    const lede_evmodel *em = arg;
    lede_evkeyed kv;
    assert_true(lede_evmodel_keyed(em, &kv));
    check_slot(&kv, em, w);
}

static void keyed_slots_answer_like_entries(void **state)
{
    const lede_evmodel *em = model->events;
    lede_evkeyed kv;
    assert_true(lede_evmodel_keyed(em, &kv));
    size_t nclosed;
    const lede_evclosed *closed = lede_ev_closed_words(&nclosed);
    for (size_t k = 0; k < nclosed; k++)
        check_slot(&kv, em, closed[k].w);
    lede_ev_cue_words(slot_cue, (void *)em);
    lede_ev_arg_words(slot_cue, (void *)em);
    static const char *const forms[] = {"attack", "attacked", "meeting", "officials", "quickly", "present",
                                        "counterterrorism", "zzzzly", "zzzzed", "zzzz", "xyzzyplugh"};
    for (size_t k = 0; k < sizeof forms / sizeof *forms; k++)
        check_slot(&kv, em, forms[k]);
    lede_workspace *ws = prepare("Rebels attacked the town of Kabul on Monday. The officials quickly met, and "
                                 "a ceasefire was signed; zzzzly zzzzed 5 of 7 - \"talks\" resumed.");
    const lede_doc *d = &ws->doc;
    lede_evctx c = {.ws = ws, .d = &ws->doc, .em = em};
    assert_int_equal(lede_ev_words(&c), LEDE_OK);
    size_t q = 0;
    for (size_t i = 0; i < d->toks.n; i++) {
        const lede_evlex *x = lede_evmodel_lex(em, lede_tok_norm(d, &d->toks.v[i]), d->toks.v[i].norm_len);
        assert_ptr_equal(c.lex[i], x);
        if (x && x->trig && x->trig->live) {
            assert_true(q < c.ntcand);
            assert_int_equal(c.tcand[q++], i);
        }
    }
    assert_int_equal(q, c.ntcand);
    lede_workspace_free(ws);
}

static void has_flag(void *arg, const char *w, uint8_t flag)
{
    const lede_evlex *x = lede_evmodel_lex(arg, w, strlen(w));
    assert_non_null(x);
    assert_true(x->flags & flag);
}

/* What the rules used to compare strings for is answered by flags set at
 * load: the argument rules' verb lists, the trigger rules' lemmas and types,
 * the roles of each type. */
static void load_time_word_flags(void **state)
{
    const lede_evmodel *em = model->events;
    lede_ev_arg_words(has_flag, (void *)em);
    lede_ev_cue_words(has_flag, (void *)em);
    const lede_evlex *x = lede_evmodel_lex(em, "attack", 6);
    assert_non_null(x);
    assert_false(x->flags & (EVF_LIGHT | EVF_ATTEND | EVF_ABSENCE | EVF_INCLUDE));
    assert_true(lede_evmodel_lex(em, "boycotted", 9)->flags & EVF_ABSENCE);
    assert_false(lede_evmodel_lex(em, "attended", 8)->flags & EVF_ABSENCE);
    size_t ntypes;
    const char *const *types = lede_event_types(&ntypes);
    static const char *const forms[] = {"fired", "charged", "strike", "attacks", "bombing", "met", "killed"};
    for (size_t k = 0; k < sizeof forms / sizeof *forms; k++) {
        const lede_evtrig *t = lede_evmodel_trigger(em, forms[k], strlen(forms[k]));
        if (!t)
            continue;
        assert_true(t->type0 < ntypes);
        assert_ptr_equal(types[t->type0], t->types[0]);
        assert_int_equal(!!(t->kind & EVK_FIRE), strcmp(t->lemma, "fire") == 0);
        assert_int_equal(!!(t->kind & EVK_CHARGE), strcmp(t->lemma, "charge") == 0);
        assert_int_equal(!!(t->kind & EVK_STRIKE), strcmp(t->lemma, "strike") == 0);
        assert_int_equal(!!(t->kind & EVK_ATTACK), strcmp(t->lemma, "attack") == 0);
        assert_int_equal(!!(t->kind & EVK_T_ATTACK), strncmp(t->types[0], "Conflict.Attack.", 16) == 0);
        assert_int_equal(!!(t->kind & EVK_T_DETONATE), strcmp(t->types[0], "Conflict.Attack.DetonateExplode") == 0);
        assert_int_equal(!!(t->kind & EVK_UNACC), lede_ev_unaccusative(t->lemma));
    }
    const lede_evtrig *died = lede_evmodel_trigger(em, "died", 4);
    assert_true(died && (died->kind & EVK_UNACC));
    /* roles by type index, looked up at load, are the role table's rows; so
     * are the type names' flags */
    for (size_t k = 0; k < ntypes; k++) {
        assert_ptr_equal(lede_evmodel_roles(em, (uint8_t)k, types[k]), lede_ev_roles_of(types[k]));
        uint8_t f = lede_evmodel_tflags(em, (uint8_t)k, types[k]);
        assert_int_equal(f, lede_ev_type_flags(types[k]));
        const char *t = types[k];
        assert_int_equal(!!(f & EVT_MOVEMENT), strncmp(t, "Movement.", 9) == 0);
        assert_int_equal(!!(f & EVT_ATTACK), strncmp(t, "Conflict.Attack", 15) == 0);
        assert_int_equal(!!(f & EVT_CONTACT), strncmp(t, "Contact.", 8) == 0);
        assert_int_equal(!!(f & EVT_CC), strncmp(t, "Contact.Contact.", 16) == 0);
        assert_int_equal(!!(f & EVT_MEET_PREFIX), strncmp(t, "Contact.Contact.Meet", 20) == 0);
        assert_int_equal(!!(f & EVT_MEET), strcmp(t, "Contact.Contact.Meet") == 0);
        assert_int_equal(!!(f & EVT_PATIENT_PREMOD), strncmp(t, "Life.", 5) == 0 || strncmp(t, "Justice.", 8) == 0 ||
                                                         strncmp(t, "Personnel.", 10) == 0);
    }
    assert_int_equal(lede_evmodel_tflags(em, 0xFF, "Contact.Contact.Meet"),
                     EVT_CONTACT | EVT_CC | EVT_MEET_PREFIX | EVT_MEET);
    assert_int_equal(lede_evmodel_tflags(em, 0xFF, "Life.Die.Unspecified"), EVT_PATIENT_PREMOD);
    assert_ptr_equal(lede_evmodel_roles(em, 0xFF, "Life.Die.Unspecified"), lede_ev_roles_of("Life.Die.Unspecified"));
    assert_non_null(lede_evmodel_trigger(em, "fired", 5));
}

/* The class a lowercase word takes from its lexicon entry alone (set at
 * load) is what the rules give it: its closed class, else the class of its
 * parts of speech (EC_OTHER for several, decided in context), else by suffix;
 * and the word pass gives every plain lowercase token that class. */
static void lowercase_class_from_entry(void **state)
{
    const lede_evmodel *em = model->events;
    static const char *const forms[] = {"the", "of", "to", "and", "attack", "attacked", "meeting", "quickly",
                                        "killed", "officials", "present", "zzzzly", "zzzzed", "zzzz"};
    for (size_t k = 0; k < sizeof forms / sizeof *forms; k++) {
        const lede_evlex *x = lede_evmodel_lex(em, forms[k], strlen(forms[k]));
        if (!x)
            continue;
        if (x->cls != EC_OTHER) {
            assert_int_equal(x->pcls, x->cls);
            assert_int_equal(x->wncls, 0);
        } else if (x->word) {
            uint8_t pos = x->word->pos, want = pos == LEDE_WP_V                                    ? EC_VERB
                                               : pos == LEDE_WP_R                                  ? EC_ADV
                                               : pos == LEDE_WP_A || pos == (LEDE_WP_A | LEDE_WP_R) ? EC_ADJ
                                               : pos == LEDE_WP_N || pos == (LEDE_WP_N | LEDE_WP_R) ? EC_NOUN
                                                                                                   : EC_OTHER;
            assert_int_equal(x->pcls, want);
            assert_int_equal(x->wncls, (uint8_t)x->word->ncls);
        } else {
            assert_int_equal(x->pcls, LEDE_EV_BY_SUFFIX);
        }
    }
    assert_int_equal(lede_evmodel_lex(em, "the", 3)->pcls, EC_DET);
    lede_workspace *ws = prepare("the officials quickly met and zzzzly zzzzed the zzzz of attacks, which "
                                 "were deadly; a meeting was present.");
    const lede_doc *d = &ws->doc;
    lede_evctx c = {.ws = ws, .d = &ws->doc, .em = em};
    assert_int_equal(lede_ev_words(&c), LEDE_OK);
    size_t plain = 0;
    for (size_t i = 0; i < d->toks.n; i++) {
        const lede_token *t = &d->toks.v[i];
        const char *w = lede_tok_norm(d, t);
        size_t n = t->norm_len;
        if (t->mention >= 0 || (t->flags & ~(LEDE_TF_ALPHA | LEDE_TF_SPACE_BEFORE | LEDE_TF_SENT_START |
                                              LEDE_TF_SENT_END | LEDE_TF_PARA_START | LEDE_TF_NEWLINE_BEFORE)) ||
            !(t->flags & LEDE_TF_ALPHA))
            continue;
        const lede_evlex *x = lede_evmodel_lex(em, w, n);
        uint8_t k = x ? x->pcls : LEDE_EV_BY_SUFFIX;
        if (k == EC_OTHER)
            continue; /* decided in context */
        if (k == LEDE_EV_BY_SUFFIX)
            k = n > 3 && memcmp(w + n - 2, "ly", 2) == 0   ? EC_ADV
                : n > 3 && memcmp(w + n - 2, "ed", 2) == 0 ? EC_VERB
                                                           : EC_NOUN;
        assert_int_equal(c.cls[i], k);
        assert_int_equal(c.ncls[i], x && k == x->pcls ? x->wncls : 0);
        plain++;
    }
    assert_true(plain >= 10);
    lede_workspace_free(ws);
}

/* The classifier's counts between a phrase and its trigger, counted per
 * call, against counting token by token: verbs and commas over every range
 * of up to 64 tokens, and "another trigger in [lo, hi)" over every range of
 * every trigger's sentence, searched among all triggers and among a range
 * around its sentence's. */
static void counts_between_equal_token_counts(void **state)
{
    lede_workspace *ws = lede_workspace_new(model, NULL);
    lede_workspace_reset(ws);
    lede_request r;
    lede_request_init(&r);
    r.body = (lede_str){scored_texts[1], strlen(scored_texts[1])};
    const lede_result *res;
    assert_int_equal(lede_analyze(ws, &r, &res), LEDE_OK);
    lede_evctx c = {.ws = ws, .d = &ws->doc, .em = model->events};
    assert_int_equal(lede_ev_words(&c), LEDE_OK);
    assert_int_equal(lede_ev_triggers(&c), LEDE_OK);
    const lede_doc *d = &ws->doc;
    assert_true(c.ntrigs >= 4);
    for (size_t lo = 0; lo < d->toks.n; lo++)
        for (size_t hi = lo; hi <= d->toks.n && hi <= lo + 64; hi++) {
            uint64_t want = 0;
            for (size_t t = lo; t < hi; t++)
                want += c.cls[t] == EC_VERB ? 1 : c.cls[t] == EC_COMMA || c.cls[t] == EC_DASH ? 1ull << 32 : 0;
            assert_true(lede_ev_vc_between(&c, lo, hi) == want);
        }
    for (size_t q = 0; q < c.ntrigs; q++) {
        const lede_sentence *s = &d->sents.v[c.trigs[q].sent];
        size_t tok = c.trigs[q].tok, a = 0, z = c.ntrigs;
        while (a < q && c.trigs[a].sent != c.trigs[q].sent)
            a++;
        while (z > q + 1 && c.trigs[z - 1].sent != c.trigs[q].sent)
            z--;
        for (size_t lo = s->tok_begin; lo <= s->tok_end; lo++)
            for (size_t hi = lo; hi <= s->tok_end; hi++) {
                bool want = false;
                for (size_t t = lo; t < hi; t++)
                    want |= t != tok && c.trig_of[t] >= 0;
                assert_int_equal(lede_ev_trigger_between(&c, 0, c.ntrigs, lo, hi, tok), want);
                assert_int_equal(lede_ev_trigger_between(&c, a, z, lo, hi, tok), want);
            }
    }
    lede_workspace_free(ws);
}

static void no_model_no_events(void **state)
{
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    const char *text = "Rebels attacked the town.";
    ws->doc.text = text;
    ws->doc.len = strlen(text);
    assert_int_equal(lede_segment(ws), LEDE_OK);
    assert_int_equal(lede_events_find(ws), LEDE_OK);
    assert_int_equal(ws->doc.events.n, 0);
    lede_workspace_free(ws);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(meeting_merged_dated_placed_with_absent_participants),
        cmocka_unit_test(negated_attendance),
        cmocka_unit_test(fired_a_missile_is_not_fired_an_employee),
        cmocka_unit_test(passive_voice_swaps_roles),
        cmocka_unit_test(premodifiers_and_hyphenated_parties),
        cmocka_unit_test(participants_link_to_entities),
        cmocka_unit_test(captions_and_generic_mentions),
        cmocka_unit_test(table_scores_equal_feature_scores),
        cmocka_unit_test(service_path_equals_dump_path),
        cmocka_unit_test(keyed_lexicon_lookup_equals_hashed),
        cmocka_unit_test(keyed_slots_answer_like_entries),
        cmocka_unit_test(load_time_word_flags),
        cmocka_unit_test(lowercase_class_from_entry),
        cmocka_unit_test(counts_between_equal_token_counts),
        cmocka_unit_test(no_model_no_events),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
