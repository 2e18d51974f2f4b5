/*
 * coref_names.c - clusters a document's name mentions into entities:
 * the same lexicon concept ("U.S.", "US", "United States", "America";
 * "Afghan", "Afghans"), the same text case-insensitively, acronyms defined
 * in parentheses, acronyms made of a longer name's initials ("ACSSR"),
 * short forms of person names ("Ghazikhail" after "Wahidullah
 * Ghazikhail", or before it) and vessels' names ("Atlantis" with "Space
 * Shuttle Atlantis").  Number and date mentions cluster by type and
 * text.  Nationalities never merge into their country: they only share its
 * code.  Union-find over mentions with hash maps from the workspace arena;
 * reentrant.  Owner: entities engineer.
 */
#include <string.h>

#include "resolve.h"

/* Most letters an acronym or a name's initials have. */
#define RS_INITIALS_MAX 12

int32_t lede_rs_find(lede_rs *rs, int32_t i)
{
    while (rs->parent[i] != i) {
        rs->parent[i] = rs->parent[rs->parent[i]];
        i = rs->parent[i];
    }
    return i;
}

/* The earlier mention stays the root, so roots are first mentions. */
void lede_rs_union(lede_rs *rs, int32_t a, int32_t b)
{
    a = lede_rs_find(rs, a);
    b = lede_rs_find(rs, b);
    if (a == b)
        return;
    if (a < b)
        rs->parent[b] = a;
    else
        rs->parent[a] = b;
}

/* Open addressing from 64-bit keys to mention indexes.  Which slots are
 * taken is a bitmap (a bit a slot), so a document clears cap / 8 bytes
 * instead of its 8-byte keys (the map has room for eight keys a mention,
 * and clearing the keys was most of its cost). */
typedef struct rs_map {
    uint64_t *keys;
    int32_t *vals;
    uint64_t *used;
    size_t mask;
} rs_map;

static bool map_init(rs_map *m, lede_arena *a, size_t n)
{
    size_t cap = 64; /* a whole word of the bitmap at least */
    while (cap < n * 2)
        cap *= 2;
    m->keys = lede_arena_alloc(a, cap * sizeof *m->keys);
    m->vals = lede_arena_alloc(a, cap * sizeof *m->vals);
    m->used = lede_arena_alloc(a, cap / 64 * sizeof *m->used);
    if (!m->keys || !m->vals || !m->used)
        return false;
    memset(m->used, 0, cap / 64 * sizeof *m->used);
    m->mask = cap - 1;
    return true;
}

static bool map_used(const rs_map *m, size_t h) { return (m->used[h >> 6] >> (h & 63)) & 1u; }

/* The slot for key (the | 1 as before: a key is never 0). */
static int32_t *map_slot(rs_map *m, uint64_t key, bool *fresh)
{
    key |= 1;
    size_t h = (size_t)(key ^ (key >> 29)) & m->mask;
    while (map_used(m, h) && m->keys[h] != key)
        h = (h + 1) & m->mask;
    *fresh = !map_used(m, h);
    if (*fresh) {
        m->used[h >> 6] |= 1ull << (h & 63);
        m->keys[h] = key;
        m->vals[h] = -1;
    }
    return &m->vals[h];
}

static const int32_t *map_get(const rs_map *m, uint64_t key)
{
    key |= 1;
    size_t h = (size_t)(key ^ (key >> 29)) & m->mask;
    while (map_used(m, h)) {
        if (m->keys[h] == key)
            return &m->vals[h];
        h = (h + 1) & m->mask;
    }
    return NULL;
}

static uint64_t mix(uint64_t h, uint64_t x)
{
    h ^= x + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    return h * 0xff51afd7ed558ccdull;
}

static bool is_name(const lede_mention *m) { return m->kind == LEDE_MK_NAME || m->kind == LEDE_MK_ACRONYM; }
static bool is_value(const lede_mention *m) { return m->kind == LEDE_MK_VALUE || m->type >= LEDE_ET_DATE; }

/* Merges every mention into the first one that has the same key. */
static void join(lede_rs *rs, rs_map *map, uint64_t key, int32_t i)
{
    bool fresh;
    int32_t *v = map_slot(map, key, &fresh);
    if (fresh)
        *v = i;
    else
        lede_rs_union(rs, *v, i);
}

/* Initials of a multi-word name: capitalised words only ("ACSSR" for
 * "Afghan Centre for Strategic Studies and Research"), or every word, and
 * optionally without a leading nationality ("NDS" is not "ADNS"). */
static size_t initials(const lede_rs *rs, const lede_mention *m, int mode, char *out)
{
    const lede_doc *d = rs->d;
    size_t n = 0, b = m->tok_begin;
    if (mode == 2) {
        const lede_token *t = &d->toks.v[b];
        const lede_lex_entry *e = lede_lexicon_get(rs->lex, lede_tok_norm(d, t), t->norm_len);
        if (!e || !(e->all_classes & (LEDE_LEX_DEMONYM | LEDE_LEX_COUNTRY)))
            return 0;
        b++;
    }
    for (size_t i = b; i < m->tok_end; i++) {
        const lede_token *t = &d->toks.v[i];
        if (!(t->flags & LEDE_TF_ALPHA))
            continue;
        if (mode != 1 && !(t->flags & (LEDE_TF_UPPER_INIT | LEDE_TF_ALL_UPPER)))
            continue;
        if (n == RS_INITIALS_MAX)
            return 0;
        out[n++] = lede_tok_norm(d, t)[0];
    }
    return n;
}

static uint64_t hash_bytes(const char *s, size_t n, uint64_t seed)
{
    uint64_t h = 1469598103934665603ull ^ seed;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    return h;
}

static bool acronym_like(const lede_doc *d, const lede_mention *m)
{
    const lede_token *t = &d->toks.v[m->tok_begin];
    return m->tok_end - m->tok_begin == 1 && (t->flags & LEDE_TF_ALL_UPPER) && lede_tok_len(t) >= 2 &&
           lede_tok_len(t) <= RS_INITIALS_MAX;
}

enum { K_CONCEPT = 1, K_TEXT, K_VALUE, K_INITIALS, K_LAST, K_FIRST, K_VESSEL };

static void initials_rule(lede_rs *rs, rs_map *map)
{
    lede_doc *d = rs->d;
    for (size_t i = 0; i < d->mentions.n; i++) {
        const lede_mention *m = &d->mentions.v[i];
        if (!is_name(m) || m->tok_end - m->tok_begin < 2 || rs->sense[i] || m->type == LEDE_ET_PERSON)
            continue;
        for (int mode = 0; mode < 3; mode++) {
            char ini[RS_INITIALS_MAX];
            size_t n = initials(rs, m, mode, ini);
            bool fresh;
            if (n >= 2) {
                int32_t *v = map_slot(map, mix(K_INITIALS, hash_bytes(ini, n, 0)), &fresh);
                if (fresh)
                    *v = (int32_t)i;
            }
        }
    }
    for (size_t i = 0; i < d->mentions.n; i++) {
        lede_mention *m = &d->mentions.v[i];
        if (!is_name(m) || !acronym_like(d, m) || (rs->sense[i] && (rs->sense[i]->classes & LEDE_LEX_PLACES)))
            continue;
        const lede_token *t = &d->toks.v[m->tok_begin];
        const int32_t *v = map_get(map, mix(K_INITIALS, hash_bytes(lede_tok_norm(d, t), t->norm_len, 0)));
        if (!v)
            continue;
        lede_rs_union(rs, *v, (int32_t)i);
        m->kind = LEDE_MK_ACRONYM;
    }
}

/* "Ghazikhail" joins the nearest earlier person whose name ends (or,
 * failing that, starts) with it; with none earlier, the first later one.
 * The rule runs forward, then backward: a mention's word hashes (its last
 * and first word's keys, or a one-word mention's hash) are kept in
 * key[2 i], key[2 i + 1] the first time (keyed[i]) for the second run. */
static void person_rule(lede_rs *rs, rs_map *map, int dir, uint64_t *key, uint8_t *keyed)
{
    lede_doc *d = rs->d;
    size_t n = d->mentions.n;
    for (size_t k = 0; k < n; k++) {
        size_t i = dir > 0 ? k : n - 1 - k;
        const lede_mention *m = &d->mentions.v[i];
        if (!is_name(m) || m->kind == LEDE_MK_ACRONYM)
            continue;
        size_t len = m->tok_end - m->tok_begin;
        bool person = m->type == LEDE_ET_PERSON;
        bool lexical_place = rs->sense[i] != NULL;
        /* the word hashes only once a mention can use them (both rules run
         * over every name, most of which neither stores nor looks up) */
        if (lede_rs_full_person(d, m)) {
            if (!keyed[i]) {
                key[2 * i] = mix(K_LAST, lede_rs_hash_tokens(d, m->tok_end - 1, m->tok_end, 0));
                key[2 * i + 1] = mix(K_FIRST, lede_rs_hash_tokens(d, m->tok_begin, m->tok_begin + 1, 0));
                keyed[i] = 1;
            }
            uint64_t lk = key[2 * i], fk = key[2 * i + 1];
            bool fresh;
            int32_t *v = map_slot(map, lk, &fresh);
            /* forward: the latest full name; backward: the first one */
            *v = (int32_t)i;
            v = map_slot(map, fk, &fresh);
            *v = (int32_t)i;
            continue;
        }
        if (len != 1 || lexical_place || lede_rs_find(rs, (int32_t)i) != (int32_t)i)
            continue;
        if (!person && m->type != LEDE_ET_ORG && m->type != LEDE_ET_MISC && m->type != LEDE_ET_LOC &&
            m->type != LEDE_ET_NONE)
            continue;
        /* one word: its first word is its last */
        if (!keyed[i]) {
            key[2 * i] = lede_rs_hash_tokens(d, m->tok_begin, m->tok_end, 0);
            keyed[i] = 1;
        }
        uint64_t h = key[2 * i];
        const int32_t *v = map_get(map, mix(K_LAST, h));
        if (!v && person)
            v = map_get(map, mix(K_FIRST, h));
        if (v && *v >= 0 && lede_rs_find(rs, *v) != lede_rs_find(rs, (int32_t)i))
            lede_rs_union(rs, *v, (int32_t)i);
    }
}

/* A vessel's name without its prefix is the vessel: "Atlantis" after (or
 * before) "Space Shuttle Atlantis", "Cole" with "USS Cole". */
static void vessel_rule(lede_rs *rs, rs_map *map)
{
    lede_doc *d = rs->d;
    size_t n = d->mentions.n;
    bool any = false;
    for (size_t i = 0; i < n; i++) {
        const lede_mention *m = &d->mentions.v[i];
        size_t p = m->type == LEDE_ET_PRODUCT ? lede_rs_vehicle_prefix(rs, m) : 0;
        if (!p)
            continue;
        bool fresh;
        int32_t *v = map_slot(map, mix(K_VESSEL, lede_rs_hash_tokens(d, m->tok_begin + p, m->tok_end, 0)), &fresh);
        if (fresh)
            *v = (int32_t)i;
        any = true;
    }
    for (size_t i = 0; any && i < n; i++) {
        const lede_mention *m = &d->mentions.v[i];
        /* only where the tagger read a vessel's name as it mostly does, an
         * organisation or a place: a person keeps the name a ship was given
         * after them ("Reagan" and "USS Ronald Reagan"), as does a word
         * made a name ("going down with the USS Trump") */
        if (m->kind != LEDE_MK_NAME || (m->type != LEDE_ET_ORG && m->type != LEDE_ET_LOC))
            continue;
        const int32_t *v = map_get(map, mix(K_VESSEL, lede_rs_hash_tokens(d, m->tok_begin, m->tok_end, 0)));
        if (v && *v >= 0)
            lede_rs_union(rs, *v, (int32_t)i);
    }
}

lede_status lede_rs_cluster(lede_rs *rs)
{
    lede_doc *d = rs->d;
    size_t n = d->mentions.n;
    rs_map map;
    if (!map_init(&map, &rs->ws->arena, n * 4 + 16))
        return lede_fail(rs->ws, LEDE_ERR_NOMEM, "out of memory clustering %zu mentions", n);
    for (size_t i = 0; i < n; i++) {
        const lede_mention *m = &d->mentions.v[i];
        if (m->kind == LEDE_MK_PRONOUN || m->kind == LEDE_MK_NOMINAL)
            continue;
        uint64_t text = lede_rs_hash_tokens(d, m->tok_begin, m->tok_end, 0);
        if (is_value(m)) {
            join(rs, &map, mix(mix(K_VALUE, m->type), text), (int32_t)i);
            continue;
        }
        const lede_lex_entry *s = rs->sense[i];
        if (s && s->concept)
            join(rs, &map, mix(mix(K_CONCEPT, m->type), s->concept), (int32_t)i);
        /* the same words are the same name, whatever the tagger typed
         * them; a nationality and a same-named place stay apart */
        uint64_t tk = mix(K_TEXT, text);
        if (m->type == LEDE_ET_NORP)
            tk = mix(tk, LEDE_ET_NORP);
        join(rs, &map, tk, (int32_t)i);
    }
    /* acronyms defined in parentheses join their long form */
    for (size_t k = 0; k < rs->n_acros; k++) {
        int32_t a = d->toks.v[rs->acros[k].tok].mention;
        int32_t l = d->toks.v[rs->acros[k].long_tok].mention;
        if (a >= 0 && l >= 0)
            lede_rs_union(rs, a, l);
    }
    if (rs->lex)
        initials_rule(rs, &map);
    uint64_t *key = lede_arena_alloc(&rs->ws->arena, (2 * n + 2) * sizeof *key);
    uint8_t *keyed = lede_arena_alloc(&rs->ws->arena, n + 1);
    if (!key || !keyed)
        return lede_fail(rs->ws, LEDE_ERR_NOMEM, "out of memory clustering %zu mentions", n);
    memset(keyed, 0, n + 1);
    person_rule(rs, &map, 1, key, keyed);
    person_rule(rs, &map, -1, key, keyed);
    if (rs->lex)
        vessel_rule(rs, &map);
    return LEDE_OK;
}
