/*
 * resolve.c - the resolve stage: the tagger's and the rules' mentions become
 * entities.  Order: tidy spans, lexicon fallback mentions and acronym
 * mentions (ent_lexicon.c), sort mentions by position, type them with
 * lexicon priority, cluster them (coref_names.c), then build entities in
 * order of first mention with a type vote, a canonical name, ISO 3166
 * identifiers and salience (salience.c).
 *
 * Mentions are re-sorted by start here (earlier stages append in stage
 * order) and tokens' `mention` fields rebuilt, so later stages see mentions
 * in text order.  Pronoun and nominal mentions are left to their stages.
 * Reentrant: per-document arrays come from the workspace arena; the model
 * is read-only.  Owner: entities engineer.
 */
#include <string.h>
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

#include "resolve.h"

/* Lexicon fallback mentions on (1) or off (0); off only to measure what
 * the fallback adds (cmake -DCMAKE_C_FLAGS=-DLEDE_RS_FALLBACK=0). */
#ifndef LEDE_RS_FALLBACK
#define LEDE_RS_FALLBACK 1
#endif

static const char *const ISO1 = "iso3166_1";
static const char *const ISO2 = "iso3166_2";

bool lede_rs_country_known(const lede_rs *rs, const char *code)
{
    if (!code)
        return false;
    for (size_t i = 0; i < rs->n_countries; i++)
        if (rs->countries[i][0] == code[0] && rs->countries[i][1] == code[1])
            return true;
    return false;
}

void lede_rs_country_add(lede_rs *rs, const char *code)
{
    if (!code || !code[0] || !code[1] || lede_rs_country_known(rs, code) || rs->n_countries == LEDE_RS_MAX_COUNTRIES)
        return;
    memcpy(rs->countries[rs->n_countries], code, 2);
    rs->countries[rs->n_countries++][2] = '\0';
}

static inline uint64_t hash_word(uint64_t h, uint64_t w)
{
    h = (h ^ w) * 0x9e3779b97f4a7c15ull;
    return h ^ (h >> 29);
}

/* Every mention's text is hashed for clustering: eight bytes a step, a
 * token's last few as an overlapping word (or its two halves), then its
 * length, so "ab c" and "a bc" differ.  Only equality matters (map keys
 * within one document). */
uint64_t lede_rs_hash_tokens(const lede_doc *d, size_t tb, size_t te, uint64_t seed)
{
    uint64_t h = 1469598103934665603ull ^ seed;
    for (size_t i = tb; i < te; i++) {
        const lede_token *t = &d->toks.v[i];
        const char *s = lede_tok_norm(d, t);
        size_t n = t->norm_len, k = 0;
        uint64_t w;
        for (; k + 8 <= n; k += 8) {
            memcpy(&w, s + k, 8);
            h = hash_word(h, w);
        }
        if (k < n && n >= 8) {
            memcpy(&w, s + n - 8, 8);
            h = hash_word(h, w);
        } else if (n >= 4) {
            uint32_t x, y;
            memcpy(&x, s, 4);
            memcpy(&y, s + n - 4, 4);
            h = hash_word(h, ((uint64_t)x << 32) | y);
        } else if (n) {
            w = 0;
            for (; k < n; k++)
                w = (w << 8) | (unsigned char)s[k];
            h = hash_word(h, w);
        }
        h = hash_word(h, n);
    }
    return h;
}

lede_status lede_rs_push(lede_rs *rs, size_t tb, size_t te, int type, int subtype, int kind, float conf)
{
    lede_workspace *ws = rs->ws;
    lede_doc *d = rs->d;
    lede_mention *m = LEDE_PUSH(d->mentions, ws->lim.max_mentions);
    if (!m)
        return lede_fail(ws, LEDE_ERR_DOC_LIMIT, "document has more than %zu entity mentions",
                         ws->lim.max_mentions);
    m->tok_begin = (uint32_t)tb;
    m->tok_end = (uint32_t)te;
    m->start = d->toks.v[tb].start;
    m->end = d->toks.v[te - 1].end;
    m->type = (uint8_t)type;
    m->subtype = (uint8_t)subtype;
    m->kind = (uint8_t)kind;
    m->conf = conf;
    m->entity = -1;
    int32_t mi = (int32_t)(d->mentions.n - 1);
    for (size_t k = tb; k < te; k++) {
        rs->cover[k] = mi;
        d->toks.v[k].mention = mi;
    }
    return LEDE_OK;
}

static bool is_name_kind(const lede_mention *m) { return m->kind == LEDE_MK_NAME || m->kind == LEDE_MK_ACRONYM; }

/* Drops a leading "the" from name mentions, and name mentions in
 * boilerplate paragraphs. */
static void tidy(lede_rs *rs)
{
    lede_doc *d = rs->d;
    size_t w = 0;
    for (size_t i = 0; i < d->mentions.n; i++) {
        lede_mention m = d->mentions.v[i];
        if (is_name_kind(&m) && m.tok_begin < d->toks.n) {
            if (lede_rs_skipped_para(d, d->toks.v[m.tok_begin].sent))
                continue;
            /* the tagger is trained on CoNLL spans ("Lord 's", "Buducnost ( V )",
             * "serie A"): only an article it let in goes */
            const lede_token *t0 = &d->toks.v[m.tok_begin];
            if (m.tok_end - m.tok_begin > 1 && t0->norm_len == 3 && memcmp(d->text + t0->start, "the", 3) == 0)
                m.tok_begin++;
            m.start = d->toks.v[m.tok_begin].start;
            m.end = d->toks.v[m.tok_end - 1].end;
        }
        d->mentions.v[w++] = m;
    }
    d->mentions.n = w;
}

static bool before(const lede_mention *a, const lede_mention *b)
{
    return a->start < b->start || (a->start == b->start && a->end > b->end);
}

/* Stable merge sort of the mentions by position (temp from the arena). */
static lede_status sort_mentions(lede_rs *rs)
{
    lede_doc *d = rs->d;
    size_t n = d->mentions.n;
    lede_mention *tmp = n ? lede_arena_alloc(&rs->ws->arena, n * sizeof *tmp) : NULL;
    if (n && !tmp)
        return lede_fail(rs->ws, LEDE_ERR_NOMEM, "out of memory sorting %zu mentions", n);
    lede_mention *v = d->mentions.v;
    /* stages append mentions in text order, so most pairs of runs are in
     * order already: merging those would copy them unchanged */
    for (size_t width = 1; width < n; width *= 2) {
        for (size_t lo = 0; lo + width < n; lo += 2 * width) {
            size_t mid = lo + width, hi = lo + 2 * width < n ? lo + 2 * width : n;
            if (!before(&v[mid], &v[mid - 1]))
                continue;
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi)
                tmp[k++] = before(&v[j], &v[i]) ? v[j++] : v[i++];
            while (i < mid)
                tmp[k++] = v[i++];
            while (j < hi)
                tmp[k++] = v[j++];
            memcpy(v + lo, tmp + lo, (hi - lo) * sizeof *v);
        }
    }
    /* the token array and its length in locals: the stores to it need not
     * reload them (each loop runs over every token or mention) */
    lede_token *tv = d->toks.v;
    size_t nt = d->toks.n;
    for (lede_token *t = tv, *te = tv + nt; t < te; t++)
        t->mention = -1;
    for (size_t i = 0; i < n; i++) {
        size_t te = v[i].tok_end < nt ? v[i].tok_end : nt;
        for (size_t t = v[i].tok_begin; t < te; t++)
            if (tv[t].mention < 0)
                tv[t].mention = (int32_t)i;
    }
    return LEDE_OK;
}

static lede_status alloc_arrays(lede_rs *rs)
{
    size_t n = rs->d->mentions.n + 1;
    rs->lexe = lede_arena_alloc(&rs->ws->arena, n * sizeof *rs->lexe);
    rs->sense = lede_arena_alloc(&rs->ws->arena, n * sizeof *rs->sense);
    rs->parent = lede_arena_alloc(&rs->ws->arena, n * sizeof *rs->parent);
    if (!rs->lexe || !rs->sense || !rs->parent)
        return lede_fail(rs->ws, LEDE_ERR_NOMEM, "out of memory resolving %zu mentions", n);
    rs->n_alloc = n;
    for (size_t i = 0; i + 1 < n; i++) {
        rs->lexe[i] = is_name_kind(&rs->d->mentions.v[i]) ? lede_rs_lookup_cached(rs, &rs->d->mentions.v[i]) : NULL;
        rs->sense[i] = NULL;
        rs->parent[i] = (int32_t)i;
    }
    return LEDE_OK;
}

/* ---- entities ------------------------------------------------------------ */

static size_t tok_count(const lede_mention *m) { return m->tok_end - m->tok_begin; }

/* Text span for a region's name: the mention, with the type word after
 * it ("Wardak province"). */
static lede_str region_name(const lede_rs *rs, const lede_mention *m)
{
    const lede_doc *d = rs->d;
    uint32_t end = m->end;
    if (m->tok_end < d->toks.n) {
        const lede_token *t = &d->toks.v[m->tok_end];
        const lede_lex_entry *e = lede_lexicon_get(rs->lex, lede_tok_norm(d, t), t->norm_len);
        if (e && (e->all_classes & LEDE_LEX_REGION_WORD) && !(t->flags & LEDE_TF_UPPER_INIT) &&
            t->sent == d->toks.v[m->tok_begin].sent)
            end = t->end;
    }
    return (lede_str){d->text + m->start, end - m->start};
}

static void name_entity(lede_rs *rs, lede_entity *en, size_t e, const int32_t *ent)
{
    lede_doc *d = rs->d;
    int32_t best = -1, lexm = -1;
    for (uint32_t k = rs->grp_start[e]; k < rs->grp_start[e + 1]; k++) {
        size_t i = rs->grp_order[k];
        if (ent[i] != (int32_t)e)
            continue;
        const lede_mention *m = &d->mentions.v[i];
        if (rs->sense[i] && lexm < 0)
            lexm = (int32_t)i;
        if (m->kind == LEDE_MK_ACRONYM && best >= 0)
            continue;
        if (best < 0 || (d->mentions.v[best].kind == LEDE_MK_ACRONYM && m->kind != LEDE_MK_ACRONYM) ||
            tok_count(m) > tok_count(&d->mentions.v[best]) ||
            (tok_count(m) == tok_count(&d->mentions.v[best]) &&
             m->end - m->start > d->mentions.v[best].end - d->mentions.v[best].start))
            best = (int32_t)i;
    }
    en->canonical = best;
    en->name = (lede_str){d->text + d->mentions.v[best].start,
                          d->mentions.v[best].end - d->mentions.v[best].start};
    if (lexm < 0)
        return;
    const lede_lex_entry *s = rs->sense[lexm];
    if ((en->type == LEDE_ET_LOC && (s->classes & LEDE_LEX_REGION)) ) {
        en->name = region_name(rs, &d->mentions.v[lexm]);
        en->canonical = lexm;
    } else if ((en->type == LEDE_ET_LOC && (s->classes & LEDE_LEX_PLACES)) ||
               (en->type == LEDE_ET_NORP && (s->classes & (LEDE_LEX_DEMONYM | LEDE_LEX_NORP)))) {
        en->name = (lede_str){s->name, strlen(s->name)};
        en->canonical = lexm;
    }
}

static void identify_entity(lede_rs *rs, lede_entity *en, size_t e, const int32_t *ent)
{
    for (uint32_t k = rs->grp_start[e]; k < rs->grp_start[e + 1]; k++) {
        size_t i = rs->grp_order[k];
        const lede_lex_entry *s = ent[i] == (int32_t)e ? rs->sense[i] : NULL;
        if (!s)
            continue;
        if (en->type == LEDE_ET_LOC && (s->classes & LEDE_LEX_COUNTRY) && s->code) {
            en->id_scheme = ISO1;
            en->id = s->code;
            en->subtype = LEDE_LOC_COUNTRY;
            return;
        }
        if (en->type == LEDE_ET_NORP && (s->classes & LEDE_LEX_DEMONYM) && s->country) {
            en->id_scheme = ISO1;
            en->id = s->country;
            return;
        }
        if (en->type == LEDE_ET_LOC && (s->classes & LEDE_LEX_REGION) && s->code) {
            /* a subdivision named like others elsewhere needs its country
             * in the story; a unique top-level one stands alone */
            bool unique = !lede_lex_sense(s->next, LEDE_LEX_REGION) && (s->flags & LEDE_LEXF_TOPLEVEL) &&
                          !(s->flags & (LEDE_LEXF_AMBIG | LEDE_LEXF_PERSON));
            const lede_lex_entry *first = rs->lexe[i];
            for (const lede_lex_entry *o = first; o && unique; o = o->next)
                if (o != s && (o->classes & LEDE_LEX_REGION))
                    unique = false;
            if (lede_rs_country_known(rs, s->country) || unique) {
                en->id_scheme = ISO2;
                en->id = s->code;
                en->subtype = LEDE_LOC_REGION;
            }
            return;
        }
        if (en->type == LEDE_ET_LOC && (s->classes & LEDE_LEX_CITY)) {
            en->subtype = LEDE_LOC_CITY;
            return;
        }
        if (en->type == LEDE_ET_LOC && (s->classes & LEDE_LEX_PLACE)) {
            en->subtype = LEDE_LOC_OTHER;
            return;
        }
    }
    /* no lexicon sense: a facility's name ("Kennedy Space Center") typed
     * its mention LOCATION/other (lede_rs_type_mentions) */
    for (uint32_t k = rs->grp_start[e]; en->type == LEDE_ET_LOC && k < rs->grp_start[e + 1]; k++) {
        size_t i = rs->grp_order[k];
        if (ent[i] == (int32_t)e && rs->d->mentions.v[i].subtype == LEDE_LOC_OTHER)
            en->subtype = LEDE_LOC_OTHER;
    }
}

/* Type by vote: mentions the lexicon typed weigh most, then longer ones. */
static void vote_type(lede_rs *rs, lede_entity *en, size_t e, const int32_t *ent)
{
    lede_doc *d = rs->d;
    float w[LEDE_ET_COUNT] = {0};
    uint32_t seen = 0; /* types with a weight; the others weigh 0 */
    bool negative = false;
    bool full_person = false, vessel = false;
    for (uint32_t k = rs->grp_start[e]; k < rs->grp_start[e + 1]; k++) {
        size_t i = rs->grp_order[k];
        if (ent[i] != (int32_t)e)
            continue;
        const lede_mention *m = &d->mentions.v[i];
        if (m->type >= LEDE_ET_COUNT)
            continue;
        /* the lexicon and a person's full name outweigh short forms */
        bool full = lede_rs_full_person(d, m);
        full_person = full_person || full;
        vessel = vessel || (m->type == LEDE_ET_PRODUCT && lede_rs_vehicle_prefix(rs, m));
        float x = rs->sense[i] || full ? 4.0f : 1.0f + 0.5f * (float)(tok_count(m) > 1);
        /* an acronym repeats what its long form says ("KSC") */
        if (m->kind == LEDE_MK_ACRONYM && !rs->sense[i])
            x *= 0.25f;
        float add = x * (0.5f + 0.5f * m->conf);
        w[m->type] += add;
        seen |= 1u << m->type;
        negative = negative || add < 0;
    }
    /* the first type (from 1) of the highest weight, as a scan of every type
     * finds it: a type without weight (0) wins over none while no weight is
     * negative */
    _Static_assert(LEDE_ET_COUNT <= 32, "types fit the mask");
    if (negative)
        seen = ~0u;
    seen &= ((1u << LEDE_ET_COUNT) - 1) & ~1u;
    int best = en->type;
    for (; seen; seen &= seen - 1) {
        int t = __builtin_ctz(seen);
        if (w[t] > w[best])
            best = t;
    }
    /* a person's full name anchors the entity its short forms joined */
    if (full_person)
        best = LEDE_ET_PERSON;
    else if (vessel) /* "Space Shuttle Atlantis" anchors "Atlantis" */
        best = LEDE_ET_PRODUCT;
    en->type = (uint8_t)best;
}

static lede_status build_entities(lede_rs *rs)
{
    lede_doc *d = rs->d;
    size_t n = d->mentions.n;
    int32_t *ent = lede_arena_alloc(&rs->ws->arena, (n + 1) * sizeof *ent);
    int32_t *root_ent = lede_arena_alloc(&rs->ws->arena, (n + 1) * sizeof *root_ent);
    if (!ent || !root_ent)
        return lede_fail(rs->ws, LEDE_ERR_NOMEM, "out of memory building entities");
    for (size_t i = 0; i < n; i++)
        root_ent[i] = -1;
    for (size_t i = 0; i < n; i++) {
        lede_mention *m = &d->mentions.v[i];
        ent[i] = -1;
        if (m->kind == LEDE_MK_PRONOUN || m->kind == LEDE_MK_NOMINAL)
            continue;
        int32_t r = lede_rs_find(rs, (int32_t)i);
        if (root_ent[r] < 0) {
            size_t max = rs->ws->lim.max_mentions;
            lede_entity *en = LEDE_PUSH(d->entities, max);
            if (!en)
                return lede_fail(rs->ws, LEDE_ERR_DOC_LIMIT, "document has more than %zu entities",
                                 rs->ws->lim.max_mentions);
            en->type = m->type;
            en->first_mention = (int32_t)i;
            en->canonical = (int32_t)i;
            root_ent[r] = (int32_t)(d->entities.n - 1);
        }
        ent[i] = root_ent[r];
        m->entity = ent[i];
        d->entities.v[ent[i]].n_mentions++;
    }
    /* each entity's mentions, in text order (counting sort) */
    size_t ne = d->entities.n;
    rs->grp_start = lede_arena_alloc(&rs->ws->arena, (ne + 1) * sizeof *rs->grp_start);
    rs->grp_order = lede_arena_alloc(&rs->ws->arena, (n + 1) * sizeof *rs->grp_order);
    uint32_t *fill = lede_arena_alloc(&rs->ws->arena, (ne + 1) * sizeof *fill);
    if (!rs->grp_start || !rs->grp_order || !fill)
        return lede_fail(rs->ws, LEDE_ERR_NOMEM, "out of memory building entities");
    memset(rs->grp_start, 0, (ne + 1) * sizeof *rs->grp_start);
    for (size_t i = 0; i < n; i++)
        if (ent[i] >= 0)
            rs->grp_start[ent[i] + 1]++;
    for (size_t e = 0; e < ne; e++)
        rs->grp_start[e + 1] += rs->grp_start[e];
    memcpy(fill, rs->grp_start, (ne + 1) * sizeof *fill);
    for (size_t i = 0; i < n; i++)
        if (ent[i] >= 0)
            rs->grp_order[fill[ent[i]]++] = (uint32_t)i;
    for (size_t e = 0; e < ne; e++) {
        lede_entity *en = &d->entities.v[e];
        vote_type(rs, en, e, ent);
        identify_entity(rs, en, e, ent);
        name_entity(rs, en, e, ent);
        /* mentions follow the entity's type, except where the tagger saw
         * an organisation or a place: a city and its football club share a
         * name ("NEW YORK" the team, "New York" the dateline) */
        for (uint32_t k = rs->grp_start[e]; k < rs->grp_start[e + 1]; k++) {
            size_t i = rs->grp_order[k];
            lede_mention *m = &d->mentions.v[i];
            if (ent[i] != (int32_t)e || !is_name_kind(m))
                continue;
            /* an acronym has no reading of its own: "KSC" is the place
             * "Kennedy Space Center" is */
            bool metonym = (m->type == LEDE_ET_ORG || m->type == LEDE_ET_LOC) && m->kind != LEDE_MK_ACRONYM;
            bool anchored = en->type == LEDE_ET_PERSON || en->type == LEDE_ET_PRODUCT;
            if (!rs->sense[i] && (!metonym || (anchored && tok_count(m) == 1)))
                m->type = en->type;
            m->subtype = en->type == LEDE_ET_LOC ? en->subtype : LEDE_LOC_NONE;
        }
    }
    return LEDE_OK;
}

/* Sets n 32-bit words at p to v with plain vector stores.  glibc's memset,
 * which gcc makes of a plain loop, runs `rep stosb` above 2 KB: as fast,
 * but one instruction a byte in callgrind, the measure of bench/profile.sh
 * (the two per-token arrays below were 0.8M instructions a path).  The
 * empty asm hides the address from gcc so the loop stays a loop. */
static void fill32(void *p, size_t n, uint32_t v)
{
    char *q = p;
    size_t k = 0;
#if defined(__SSE2__) && defined(__GNUC__)
    __m128i x = _mm_set1_epi32((int)v);
    for (; k + 16 <= n; k += 16) {
        char *o = q + k * 4;
        __asm__("" : "+r"(o));
        _mm_storeu_si128((__m128i *)(void *)o, x);
        _mm_storeu_si128((__m128i *)(void *)(o + 16), x);
        _mm_storeu_si128((__m128i *)(void *)(o + 32), x);
        _mm_storeu_si128((__m128i *)(void *)(o + 48), x);
    }
    for (; k + 4 <= n; k += 4) {
        char *o = q + k * 4;
        __asm__("" : "+r"(o));
        _mm_storeu_si128((__m128i *)(void *)o, x);
    }
#endif
    for (; k < n; k++)
        memcpy(q + k * 4, &v, 4);
}

lede_status lede_entities_resolve(lede_workspace *ws)
{
    lede_doc *d = &ws->doc;
    d->entities.n = 0;
    lede_rs rs = {.ws = ws, .d = d, .lex = ws->model ? ws->model->lex : NULL};
    rs.cover = lede_arena_alloc(&ws->arena, (d->toks.n + 1) * sizeof *rs.cover);
    rs.acros = lede_arena_alloc(&ws->arena, LEDE_RS_MAX_ACRONYMS * sizeof *rs.acros);
    if (!rs.cover || !rs.acros)
        return lede_fail(ws, LEDE_ERR_NOMEM, "out of memory resolving entities");
    rs.lk_e = lede_arena_alloc(&ws->arena, (d->toks.n + 1) * sizeof *rs.lk_e);
    rs.lk_end = lede_arena_alloc(&ws->arena, (d->toks.n + 1) * sizeof *rs.lk_end);
    if (rs.lk_end)
        fill32(rs.lk_end, d->toks.n + 1, 0);
    if (!rs.lk_e)
        rs.lk_end = NULL; /* no cache: every lookup goes to the lexicon */
    tidy(&rs);
    fill32(rs.cover, d->toks.n, UINT32_MAX); /* -1: no mention */
    for (size_t i = 0; i < d->mentions.n; i++)
        for (uint32_t t = d->mentions.v[i].tok_begin; t < d->mentions.v[i].tok_end && t < d->toks.n; t++)
            rs.cover[t] = (int32_t)i;
    lede_status st;
    if (rs.lex && LEDE_RS_FALLBACK) {
        lede_rs_context(&rs);
        if ((st = lede_rs_fallback(&rs, 0)) != LEDE_OK || (st = lede_rs_fallback(&rs, 1)) != LEDE_OK)
            return st;
    }
    if ((st = lede_rs_acronyms(&rs)) != LEDE_OK || (st = lede_rs_credits(&rs)) != LEDE_OK)
        return st;
    if ((st = lede_check_deadline(ws)) != LEDE_OK)
        return st;
    if ((st = sort_mentions(&rs)) != LEDE_OK || (st = alloc_arrays(&rs)) != LEDE_OK)
        return st;
    if (rs.lex) {
        lede_rs_context(&rs);
        lede_rs_type_mentions(&rs);
    }
    if ((st = lede_rs_cluster(&rs)) != LEDE_OK)
        return st;
    if ((st = build_entities(&rs)) != LEDE_OK)
        return st;
    lede_entities_salience(ws);
    return lede_check_deadline(ws);
}
