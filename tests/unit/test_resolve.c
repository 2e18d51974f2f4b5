/* test_resolve.c - mentions to entities on composed sentences: lexicon
 * typing and fallback mentions, each clustering rule (acronyms defined in
 * text, long forms the tagger split, initials, person short forms, variants,
 * case-insensitive text), demonyms kept apart from their country, ISO 3166
 * identifiers, canonical names, boilerplate, order and salience.  Tagger
 * mentions are pushed by hand, as the tagger would. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "lexicon_fixture.h"

#include "resolve.h"

static lede_workspace *doc(void **state, const char *text)
{
    lede_workspace *ws = lede_workspace_new(*state, NULL);
    ws->doc.text = text;
    ws->doc.len = strlen(text);
    assert_int_equal(lede_segment(ws), LEDE_OK);
    return ws;
}

/* Pushes a tagger-style mention over the nth occurrence (0-based) of s. */
static void tag(lede_workspace *ws, const char *s, int nth, int type)
{
    lede_doc *d = &ws->doc;
    const char *p = d->text;
    for (int k = 0; k <= nth; k++) {
        p = strstr(k ? p + 1 : p, s);
        assert_non_null(p);
    }
    uint32_t a = (uint32_t)(p - d->text), z = a + (uint32_t)strlen(s);
    size_t tb = SIZE_MAX, te = 0;
    for (size_t i = 0; i < d->toks.n; i++) {
        if (d->toks.v[i].start == a)
            tb = i;
        if (d->toks.v[i].end == z)
            te = i + 1;
    }
    assert_true(tb != SIZE_MAX && te > tb);
    lede_mention *m = LEDE_PUSH(d->mentions, 1000);
    *m = (lede_mention){(uint32_t)tb, (uint32_t)te, a, z, (uint8_t)type, 0, LEDE_MK_NAME, 0, 0.9f, -1};
    for (size_t i = tb; i < te; i++)
        d->toks.v[i].mention = (int32_t)(d->mentions.n - 1);
}

static void resolve(lede_workspace *ws) { assert_int_equal(lede_entities_resolve(ws), LEDE_OK); }

static const lede_entity *by_name(lede_workspace *ws, const char *name)
{
    for (size_t e = 0; e < ws->doc.entities.n; e++) {
        const lede_entity *en = &ws->doc.entities.v[e];
        if (en->name.n == strlen(name) && memcmp(en->name.p, name, en->name.n) == 0)
            return en;
    }
    fail_msg("no entity named %s", name);
    return NULL;
}

static int index_of(lede_workspace *ws, const lede_entity *en) { return (int)(en - ws->doc.entities.v); }

/* Texts of the entity's mentions, joined by "|". */
static const char *mention_texts(lede_workspace *ws, const lede_entity *en, char *buf, size_t cap)
{
    size_t o = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < ws->doc.mentions.n; i++) {
        const lede_mention *m = &ws->doc.mentions.v[i];
        if (m->entity != index_of(ws, en))
            continue;
        o += (size_t)snprintf(buf + o, cap - o, "%s%.*s", o ? "|" : "", (int)(m->end - m->start),
                              ws->doc.text + m->start);
    }
    return buf;
}

static void invariants(lede_workspace *ws)
{
    const lede_doc *d = &ws->doc;
    float top = 0;
    for (size_t i = 0; i < d->mentions.n; i++) {
        const lede_mention *m = &d->mentions.v[i];
        assert_true(m->entity >= 0 && (size_t)m->entity < d->entities.n);
        if (i)
            assert_true(d->mentions.v[i - 1].start <= m->start);
    }
    for (size_t e = 0; e < d->entities.n; e++) {
        const lede_entity *en = &d->entities.v[e];
        assert_true(en->n_mentions >= 1);
        assert_int_equal(d->mentions.v[en->first_mention].entity, (int)e);
        if (e)
            assert_true(d->entities.v[e - 1].first_mention < en->first_mention);
        assert_true(en->salience >= 0.0f && en->salience <= 1.0f);
        if (en->salience > top)
            top = en->salience;
    }
    if (d->entities.n)
        assert_true(top > 0.999f);
}

static void acronym_defined_in_text(void **state)
{
    lede_workspace *ws = doc(state, "According to the Afghan Directorate of National Security (NDS), the talks "
                                    "went well. Later the NDS said it was ready.");
    tag(ws, "Afghan Directorate of National Security", 0, LEDE_ET_ORG);
    resolve(ws);
    invariants(ws);
    const lede_entity *en = by_name(ws, "Afghan Directorate of National Security");
    char buf[256];
    assert_string_equal(mention_texts(ws, en, buf, sizeof buf), "Afghan Directorate of National Security|NDS|NDS");
    assert_int_equal(en->type, LEDE_ET_ORG);
    assert_int_equal(ws->doc.mentions.v[1].kind, LEDE_MK_ACRONYM);
    lede_workspace_free(ws);
}

static void long_form_the_tagger_split(void **state)
{
    lede_workspace *ws = doc(state, "Officials from the Afghan Directorate of National Security (NDS) met.");
    tag(ws, "Afghan", 0, LEDE_ET_NORP);
    tag(ws, "Directorate", 0, LEDE_ET_ORG);
    tag(ws, "National Security", 0, LEDE_ET_ORG);
    resolve(ws);
    invariants(ws);
    assert_int_equal(ws->doc.entities.n, 1);
    const lede_entity *en = by_name(ws, "Afghan Directorate of National Security");
    assert_int_equal(en->n_mentions, 2);
    assert_int_equal(en->type, LEDE_ET_ORG);
    lede_workspace_free(ws);
}

static void acronym_by_initials(void **state)
{
    lede_workspace *ws = doc(state, "He works at the Afghan Centre for Strategic Studies and Research in town. "
                                    "The ACSSR has ten staff.");
    tag(ws, "Afghan Centre for Strategic Studies and Research", 0, LEDE_ET_ORG);
    tag(ws, "ACSSR", 0, LEDE_ET_ORG);
    resolve(ws);
    invariants(ws);
    const lede_entity *en = by_name(ws, "Afghan Centre for Strategic Studies and Research");
    assert_int_equal(en->n_mentions, 2);
    assert_int_equal(ws->doc.mentions.v[en->first_mention + 1].kind, LEDE_MK_ACRONYM);
    lede_workspace_free(ws);
}

static void person_short_forms(void **state)
{
    lede_workspace *ws = doc(state, "Ghazikhail spoke first. Then Wahidullah Ghazikhail said it was good. "
                                    "Ghazikhail added more. Thomas Watkins took photos.");
    tag(ws, "Ghazikhail", 0, LEDE_ET_PERSON);
    tag(ws, "Wahidullah Ghazikhail", 0, LEDE_ET_PERSON);
    tag(ws, "Ghazikhail", 2, LEDE_ET_ORG); /* a tagger slip: the name decides */
    tag(ws, "Thomas Watkins", 0, LEDE_ET_PERSON);
    resolve(ws);
    invariants(ws);
    assert_int_equal(ws->doc.entities.n, 2);
    const lede_entity *en = by_name(ws, "Wahidullah Ghazikhail");
    assert_int_equal(en->n_mentions, 3);
    assert_int_equal(en->first_mention, 0);
    assert_int_equal(en->type, LEDE_ET_PERSON);
    for (size_t i = 0; i < 3; i++)
        assert_int_equal(ws->doc.mentions.v[i].type, LEDE_ET_PERSON);
    assert_int_equal(by_name(ws, "Thomas Watkins")->n_mentions, 1);
    lede_workspace_free(ws);
}

static void surnames_named_like_places(void **state)
{
    lede_workspace *ws = doc(state, "Director Neil Jordan spoke on Monday. Jordan said the film was done. "
                                    "MaliVai Washington won. Washington was happy.");
    tag(ws, "Neil Jordan", 0, LEDE_ET_PERSON);
    tag(ws, "Jordan", 1, LEDE_ET_LOC);
    tag(ws, "MaliVai Washington", 0, LEDE_ET_PERSON);
    tag(ws, "Washington", 1, LEDE_ET_LOC);
    resolve(ws);
    invariants(ws);
    assert_int_equal(ws->doc.entities.n, 2);
    const lede_entity *j = by_name(ws, "Neil Jordan");
    assert_int_equal(j->type, LEDE_ET_PERSON);
    assert_int_equal(j->n_mentions, 2);
    assert_null(j->id);
    assert_int_equal(by_name(ws, "MaliVai Washington")->n_mentions, 2);
    for (size_t i = 0; i < ws->doc.mentions.n; i++)
        assert_int_equal(ws->doc.mentions.v[i].type, LEDE_ET_PERSON);
    lede_workspace_free(ws);
}

static void country_variants_and_ids(void **state)
{
    lede_workspace *ws = doc(state, "U.S. soldiers left. The United States said US troops would return to "
                                    "America, Pakistan and Russia.");
    tag(ws, "U.S.", 0, LEDE_ET_MISC);
    tag(ws, "United States", 0, LEDE_ET_LOC);
    resolve(ws); /* "US", "America", "Pakistan", "Russia" come from the lexicon */
    invariants(ws);
    const lede_entity *us = by_name(ws, "United States");
    char buf[256];
    assert_string_equal(mention_texts(ws, us, buf, sizeof buf), "U.S.|United States|US|America");
    assert_int_equal(us->type, LEDE_ET_LOC);
    assert_int_equal(us->subtype, LEDE_LOC_COUNTRY);
    assert_string_equal(us->id_scheme, "iso3166_1");
    assert_string_equal(us->id, "US");
    assert_string_equal(by_name(ws, "Pakistan")->id, "PK");
    assert_string_equal(by_name(ws, "Russia")->id, "RU");
    assert_int_equal(ws->doc.entities.n, 3);
    lede_workspace_free(ws);
}

static void demonyms_apart_from_country(void **state)
{
    lede_workspace *ws = doc(state, "Afghan officials met in Kabul, Afghanistan. Two Afghans and a Pakistani "
                                    "spoke.");
    resolve(ws);
    invariants(ws);
    const lede_entity *norp = by_name(ws, "Afghan");
    assert_int_equal(norp->type, LEDE_ET_NORP);
    assert_int_equal(norp->n_mentions, 2);
    assert_string_equal(norp->id, "AF");
    const lede_entity *af = by_name(ws, "Afghanistan");
    assert_int_not_equal(index_of(ws, norp), index_of(ws, af));
    assert_int_equal(af->type, LEDE_ET_LOC);
    assert_string_equal(af->id, "AF");
    const lede_entity *kabul = by_name(ws, "Kabul");
    assert_int_equal(kabul->subtype, LEDE_LOC_CITY);
    assert_null(kabul->id);
    assert_string_equal(by_name(ws, "Pakistani")->id, "PK");
    lede_workspace_free(ws);
}

static void subdivisions_need_their_country(void **state)
{
    lede_workspace *ws = doc(state, "U.S. soldiers in Wardak province, Afghanistan.");
    tag(ws, "Wardak", 0, LEDE_ET_LOC);
    resolve(ws);
    const lede_entity *w = by_name(ws, "Wardak province");
    assert_int_equal(w->subtype, LEDE_LOC_REGION);
    assert_string_equal(w->id_scheme, "iso3166_2");
    assert_string_equal(w->id, "AF-WAR");
    lede_workspace_free(ws);

    ws = doc(state, "Floods hit Punjab in Pakistan this week.");
    resolve(ws);
    assert_string_equal(by_name(ws, "Punjab")->id, "PK-PB");
    lede_workspace_free(ws);
    ws = doc(state, "Floods hit Punjab in India this week.");
    resolve(ws);
    assert_string_equal(by_name(ws, "Punjab")->id, "IN-PB");
    lede_workspace_free(ws);
    /* no country, two candidates: a place without an identifier */
    ws = doc(state, "Floods hit the state this week. Punjab said so.");
    tag(ws, "Punjab", 0, LEDE_ET_LOC);
    resolve(ws);
    assert_null(by_name(ws, "Punjab")->id);
    lede_workspace_free(ws);
}

static void fallback_is_careful(void **state)
{
    /* names inside longer capitalised names, ordinary words, shouted lines */
    lede_workspace *ws = doc(state, "Reading is fun. Jordan Henderson scored. The Kabul Times wrote. LET US GO. "
                                    "Who knows?");
    resolve(ws);
    assert_int_equal(ws->doc.mentions.n, 0);
    lede_workspace_free(ws);
    /* boilerplate paragraphs give no mentions, the tagger's included */
    ws = doc(state, "Story about Qatar.\n\nImage result for afghanistan and Iran");
    ws->doc.paras.v[1].kind = LEDE_PARA_BOILERPLATE;
    tag(ws, "Iran", 0, LEDE_ET_LOC);
    resolve(ws);
    assert_int_equal(ws->doc.mentions.n, 1);
    assert_int_equal(ws->doc.entities.n, 1);
    by_name(ws, "Qatar");
    lede_workspace_free(ws);
}

static void photo_credits(void **state)
{
    lede_workspace *ws = doc(state, "Soldiers in Wardak. (Thomas Watkins / AFP via Getty Images file)\n\n"
                                    "Results: Smith / Jones won. Photo: Jane Doe / Reuters");
    resolve(ws);
    assert_int_equal(by_name(ws, "Thomas Watkins")->type, LEDE_ET_PERSON);
    assert_int_equal(by_name(ws, "Jane Doe")->type, LEDE_ET_PERSON);
    for (size_t e = 0; e < ws->doc.entities.n; e++) /* one word before "/" is no name */
        assert_true(ws->doc.entities.v[e].name.n != 5 || memcmp(ws->doc.entities.v[e].name.p, "Smith", 5) != 0);
    lede_workspace_free(ws);
}

static void text_and_span_tidying(void **state)
{
    lede_workspace *ws = doc(state, "Leaders of NATO met. Nato said the US officials agreed.");
    tag(ws, "NATO", 0, LEDE_ET_ORG);
    tag(ws, "Nato", 0, LEDE_ET_ORG);
    tag(ws, "the US", 0, LEDE_ET_LOC);
    resolve(ws);
    invariants(ws);
    assert_int_equal(by_name(ws, "NATO")->n_mentions, 2);
    const lede_entity *us = by_name(ws, "United States");
    const lede_mention *m = &ws->doc.mentions.v[us->first_mention];
    assert_int_equal(m->end - m->start, 2); /* "US" */
    lede_workspace_free(ws);
}

static void known_organisations(void **state)
{
    lede_workspace *ws = doc(state, "The North Atlantic Treaty Organization met. Later NATO and the Taliban, "
                                    "an ally of Al-Qaeda, spoke.");
    tag(ws, "North Atlantic Treaty Organization", 0, LEDE_ET_ORG);
    tag(ws, "Taliban", 0, LEDE_ET_MISC);
    resolve(ws); /* "NATO" and "Al-Qaeda" from the lexicon */
    invariants(ws);
    const lede_entity *nato = by_name(ws, "North Atlantic Treaty Organization");
    assert_int_equal(nato->n_mentions, 2);
    assert_int_equal(by_name(ws, "Taliban")->type, LEDE_ET_ORG);
    assert_int_equal(by_name(ws, "Al-Qaeda")->type, LEDE_ET_ORG);
    lede_workspace_free(ws);
}

/* A name ending in a facility's head word is a place whatever the tagger
 * said; one word alone ("Center") or a lowercase head is not enough. */
static void facilities_are_places(void **state)
{
    lede_workspace *ws = doc(state, "Shuttles landed at the Kennedy Space Center. The Grand Mosque was full. "
                                    "Staff of the Carter Foundation met at the Center, the Vienna airport too.");
    tag(ws, "Kennedy Space Center", 0, LEDE_ET_ORG);
    tag(ws, "Grand Mosque", 0, LEDE_ET_ORG);
    tag(ws, "Carter Foundation", 0, LEDE_ET_ORG);
    tag(ws, "Center", 1, LEDE_ET_ORG);
    resolve(ws);
    invariants(ws);
    const lede_entity *ksc = by_name(ws, "Kennedy Space Center");
    assert_int_equal(ksc->type, LEDE_ET_LOC);
    assert_int_equal(ksc->subtype, LEDE_LOC_OTHER);
    assert_int_equal(by_name(ws, "Grand Mosque")->type, LEDE_ET_LOC);
    assert_int_equal(by_name(ws, "Carter Foundation")->type, LEDE_ET_ORG);
    lede_workspace_free(ws);
}

/* The form of a name types it where the tagger leans the wrong way: a
 * facility's head word first before "of", a newspaper's head word, a
 * vessel's prefix, a model number; an acronym follows its long form. */
static void names_typed_by_form(void **state)
{
    lede_workspace *ws = doc(state, "The Museum of Flight in Seattle and the Kennedy Space Center (KSC) bid. "
                                    "KSC won, the Toronto Star said. Space Shuttle Atlantis and HMS Belfast "
                                    "left. Users of IE6 and Brentford3 fans met the Museum staff.");
    tag(ws, "Museum of Flight", 0, LEDE_ET_ORG);
    tag(ws, "Kennedy Space Center", 0, LEDE_ET_ORG);
    tag(ws, "KSC", 0, LEDE_ET_ORG);
    tag(ws, "KSC", 1, LEDE_ET_ORG);
    tag(ws, "Toronto Star", 0, LEDE_ET_PERSON);
    tag(ws, "Space Shuttle Atlantis", 0, LEDE_ET_ORG);
    tag(ws, "HMS Belfast", 0, LEDE_ET_LOC);
    tag(ws, "IE6", 0, LEDE_ET_ORG);
    tag(ws, "Brentford3", 0, LEDE_ET_ORG);
    tag(ws, "Museum", 1, LEDE_ET_ORG);
    resolve(ws);
    invariants(ws);
    assert_int_equal(by_name(ws, "Museum of Flight")->type, LEDE_ET_LOC);
    const lede_entity *ksc = by_name(ws, "Kennedy Space Center");
    assert_int_equal(ksc->type, LEDE_ET_LOC);
    assert_int_equal(ksc->n_mentions, 3);
    for (size_t i = 0; i < ws->doc.mentions.n; i++)
        if (ws->doc.mentions.v[i].entity == ksc - ws->doc.entities.v)
            assert_int_equal(ws->doc.mentions.v[i].type, LEDE_ET_LOC);
    assert_int_equal(by_name(ws, "Toronto Star")->type, LEDE_ET_ORG);
    assert_int_equal(by_name(ws, "Space Shuttle Atlantis")->type, LEDE_ET_PRODUCT);
    assert_int_equal(by_name(ws, "HMS Belfast")->type, LEDE_ET_PRODUCT);
    assert_int_equal(by_name(ws, "IE6")->type, LEDE_ET_PRODUCT);
    assert_int_equal(by_name(ws, "Brentford3")->type, LEDE_ET_ORG);
    lede_workspace_free(ws);
}

/* WordNet's named deities and software retype what the tagger read as
 * places or organisations; a surname WordNet knows stays as tagged. */
static void names_typed_by_wordnet(void **state)
{
    lede_workspace *ws = doc(state, "Greeks still worship Hera and Poseidon. Users left Internet Explorer, "
                                    "and Ajax beat Williams.");
    tag(ws, "Hera", 0, LEDE_ET_LOC);
    tag(ws, "Poseidon", 0, LEDE_ET_ORG);
    tag(ws, "Internet Explorer", 0, LEDE_ET_ORG);
    tag(ws, "Ajax", 0, LEDE_ET_ORG);
    tag(ws, "Williams", 0, LEDE_ET_ORG);
    resolve(ws);
    invariants(ws);
    assert_int_equal(by_name(ws, "Hera")->type, LEDE_ET_PERSON);
    assert_int_equal(by_name(ws, "Poseidon")->type, LEDE_ET_PERSON);
    assert_int_equal(by_name(ws, "Internet Explorer")->type, LEDE_ET_PRODUCT);
    assert_int_equal(by_name(ws, "Ajax")->type, LEDE_ET_ORG);
    assert_int_equal(by_name(ws, "Williams")->type, LEDE_ET_ORG);
    lede_workspace_free(ws);
}

/* A vessel's name without its prefix joins the vessel, where the tagger
 * read it as an organisation or a place; a person the ship is named after
 * stays a person. */
static void vessels_and_their_names(void **state)
{
    lede_workspace *ws = doc(state, "Space Shuttle Atlantis flew. Atlantis landed later. Ronald Reagan saluted, "
                                    "USS Ronald Reagan sailed and Reagan waved.");
    tag(ws, "Space Shuttle Atlantis", 0, LEDE_ET_ORG);
    tag(ws, "Atlantis", 1, LEDE_ET_ORG);
    tag(ws, "Ronald Reagan", 0, LEDE_ET_PERSON);
    tag(ws, "USS Ronald Reagan", 0, LEDE_ET_LOC);
    tag(ws, "Reagan", 2, LEDE_ET_PERSON);
    resolve(ws);
    invariants(ws);
    const lede_entity *ship = by_name(ws, "Space Shuttle Atlantis");
    assert_int_equal(ship->type, LEDE_ET_PRODUCT);
    assert_int_equal(ship->n_mentions, 2);
    for (size_t i = 0; i < ws->doc.mentions.n; i++)
        if (ws->doc.mentions.v[i].entity == ship - ws->doc.entities.v)
            assert_int_equal(ws->doc.mentions.v[i].type, LEDE_ET_PRODUCT);
    assert_int_equal(by_name(ws, "USS Ronald Reagan")->type, LEDE_ET_PRODUCT);
    assert_int_equal(by_name(ws, "USS Ronald Reagan")->n_mentions, 1);
    assert_int_equal(by_name(ws, "Ronald Reagan")->type, LEDE_ET_PERSON);
    assert_int_equal(by_name(ws, "Ronald Reagan")->n_mentions, 2);
    lede_workspace_free(ws);
}

static void salience_prefers_the_headline_subject(void **state)
{
    lede_workspace *ws = doc(state, "Qatar hosts talks\n\nDelegates met in Doha on Monday. Qatar said the talks "
                                    "in Qatar would go on. A Chinese envoy came late in the day.");
    resolve(ws);
    invariants(ws);
    const lede_entity *qa = by_name(ws, "Qatar");
    assert_true(qa->salience > 0.999f);
    assert_true(by_name(ws, "Chinese")->salience < by_name(ws, "Doha")->salience);
    lede_workspace_free(ws);
}

/* The request title counts for every entity it names, case- and
 * accent-insensitively (salience.c folds it once per document): two
 * entities the title names outrank one it does not that the text names as
 * often and as early. */
static void salience_counts_the_request_title(void **state)
{
    lede_workspace *ws = doc(state, "Delegates from Qatar met Norway and Chile on Monday. Qatar, Norway and "
                                    "Chile spoke.");
    static const char title[] = "qatar and NORWAY talks, chile\xcc\x81 absent";
    ws->doc.title = (lede_str){title, sizeof title - 1};
    tag(ws, "Qatar", 0, LEDE_ET_LOC);
    tag(ws, "Norway", 0, LEDE_ET_LOC);
    tag(ws, "Chile", 0, LEDE_ET_LOC);
    tag(ws, "Qatar", 1, LEDE_ET_LOC);
    tag(ws, "Norway", 1, LEDE_ET_LOC);
    tag(ws, "Chile", 1, LEDE_ET_LOC);
    resolve(ws);
    float q = by_name(ws, "Qatar")->salience, n = by_name(ws, "Norway")->salience;
    assert_true(q > 0.999f && n > 0.999f);
    assert_true(by_name(ws, "Chile")->salience > 0.999f); /* "chile" + a combining accent folds to "chile" */
    ws->doc.title = (lede_str){"Talks in QATAR", 14};
    resolve(ws);
    assert_true(by_name(ws, "Qatar")->salience > by_name(ws, "Chile")->salience);
    assert_true(by_name(ws, "Norway")->salience == by_name(ws, "Chile")->salience);
    lede_workspace_free(ws);
}

/* Salience's fast paths (resolve.h) against the libm calls they stand in
 * for, bit for bit: log2f(1 + count) and roundf. */
static void salience_math_equals_libm(void **state)
{
    (void)state;
    static const uint32_t big[] = {(1u << 24) - 2, (1u << 24) - 1, 1u << 24, (1u << 24) + 1, 1u << 30,
                                   (1u << 31) - 1, UINT32_MAX - 1, UINT32_MAX};
    for (uint32_t c = 0; c < 70000; c++) {
        float a = lede_rs_count_log2(c), b = log2f(1.0f + (float)c);
        assert_memory_equal(&a, &b, sizeof a);
    }
    for (size_t k = 0; k < sizeof big / sizeof *big; k++) {
        float a = lede_rs_count_log2(big[k]), b = log2f(1.0f + (float)big[k]);
        assert_memory_equal(&a, &b, sizeof a);
    }
    uint32_t bits = 12345u;
    for (int k = 0; k < 400000; k++) {
        float v;
        if (k < 200000) {
            v = (float)(k - 100000) / 64.0f; /* halves, quarters, ... around zero */
        } else {
            bits = bits * 1664525u + 1013904223u; /* any bit pattern: NaN, inf, tiny, huge */
            memcpy(&v, &bits, sizeof v);
        }
        float a = lede_rs_round_away(v), b = roundf(v);
        if (isnan(b))
            assert_true(isnan(a));
        else
            assert_memory_equal(&a, &b, sizeof a);
    }
}

/* The per-token lookup cache (lede_rs_lookup_cached) answers as the lexicon
 * does, also when mentions from one token end at different tokens, in turn. */
static void lookup_cache_matches_lexicon(void **state)
{
    lede_workspace *ws = doc(state, "The United States of America and Wardak Province met in New York City. U.S. (NDS)");
    lede_doc *d = &ws->doc;
    size_t n = d->toks.n;
    lede_rs rs = {.ws = ws, .d = d, .lex = ws->model->lex};
    rs.lk_e = lede_arena_alloc(&ws->arena, (n + 1) * sizeof *rs.lk_e);
    rs.lk_end = lede_arena_alloc(&ws->arena, (n + 1) * sizeof *rs.lk_end);
    assert_non_null(rs.lk_e);
    assert_non_null(rs.lk_end);
    memset(rs.lk_end, 0, (n + 1) * sizeof *rs.lk_end);
    size_t found = 0;
    for (int round = 0; round < 2; round++)
        for (size_t tb = 0; tb < n; tb++)
            for (size_t te = tb + 1; te <= n && te <= tb + 5; te++) {
                lede_mention m = {.tok_begin = (uint32_t)tb, .tok_end = (uint32_t)te, .kind = LEDE_MK_NAME};
                const lede_lex_entry *e = lede_rs_lookup(&rs, &m);
                assert_ptr_equal(lede_rs_lookup_cached(&rs, &m), e);
                assert_ptr_equal(lede_rs_lookup_cached(&rs, &m), e); /* from the cache */
                found += e != NULL;
            }
    assert_true(found >= 8); /* "United States of America", "Wardak Province", "New York" ... */
    lede_workspace_free(ws);
}

/* Mention texts hash equal exactly when their folded tokens are equal, at
 * every token length around the word steps (3, 4, 7, 8, 9, 16 bytes). */
static void token_hashes_follow_text(void **state)
{
    lede_workspace *ws = doc(state, "abc ABC abcd abcdefg abcdefgh abcdefghi abcdefghijklmnop ab c a bc "
                                    "abcdefghi abcdefghj bbcdefghi");
    const lede_doc *d = &ws->doc;
    for (size_t i = 0; i < d->toks.n; i++)
        for (size_t j = 0; j < d->toks.n; j++) {
            const lede_token *x = &d->toks.v[i], *y = &d->toks.v[j];
            bool same = x->norm_len == y->norm_len && memcmp(lede_tok_norm(d, x), lede_tok_norm(d, y), x->norm_len) == 0;
            assert_int_equal(lede_rs_hash_tokens(d, i, i + 1, 0) == lede_rs_hash_tokens(d, j, j + 1, 0), same);
        }
    /* "ab c" and "a bc": same bytes, other token boundaries */
    size_t ab = 7, abc2 = 9;
    assert_int_equal(d->toks.v[ab].norm_len, 2);
    assert_int_equal(d->toks.v[abc2].norm_len, 1);
    assert_true(lede_rs_hash_tokens(d, ab, ab + 2, 0) != lede_rs_hash_tokens(d, abc2, abc2 + 2, 0));
    lede_workspace_free(ws);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(acronym_defined_in_text),
        cmocka_unit_test(names_typed_by_form),
        cmocka_unit_test(names_typed_by_wordnet),
        cmocka_unit_test(vessels_and_their_names),
        cmocka_unit_test(long_form_the_tagger_split),
        cmocka_unit_test(acronym_by_initials),
        cmocka_unit_test(person_short_forms),
        cmocka_unit_test(surnames_named_like_places),
        cmocka_unit_test(country_variants_and_ids),
        cmocka_unit_test(demonyms_apart_from_country),
        cmocka_unit_test(subdivisions_need_their_country),
        cmocka_unit_test(fallback_is_careful),
        cmocka_unit_test(photo_credits),
        cmocka_unit_test(text_and_span_tidying),
        cmocka_unit_test(known_organisations),
        cmocka_unit_test(facilities_are_places),
        cmocka_unit_test(salience_prefers_the_headline_subject),
        cmocka_unit_test(salience_counts_the_request_title),
        cmocka_unit_test(lookup_cache_matches_lexicon),
        cmocka_unit_test(salience_math_equals_libm),
        cmocka_unit_test(token_hashes_follow_text),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
