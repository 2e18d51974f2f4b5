/*
 * lex_wordnet.c - lexicon entries from Debian's wordnet-base
 * (/usr/share/wordnet): country aliases ("America", "Britain", "Persia"),
 * demonyms (adjectives whose pertainym is a country or continent:
 * "Afghan" -> AF), named organisations (NATO, Taliban), cities (instances of city, capital, port, town, with the
 * country they are part of), continents, and the flag for phrases that are
 * also ordinary words ("Reading", "Nice") or people's names ("Lincoln").
 * Into a second builder (lede_lexicon_names), by lex_wn_names.c: named
 * deities, works, software and laws.
 *
 * The files are memory-mapped for the load and unmapped after it, and read
 * in place (wordnet_file.c).  Load-time only.  Owner: entities engineer.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lex_build.h"
#include "wordnet_file.h"

enum { WN_LEX_GROUP = 14, WN_LEX_LOCATION = 15 };
/* How many part-holonym steps lead from a city to its country at most. */
#define WN_HOLONYM_DEPTH 3

typedef struct wn {
    wn_file noun, adj, inoun, iadj, iverb;
    uint32_t country_class;       /* "country, state, land"               */
} wn;

/* Lexfile-15 synsets of a lemma. */
static size_t location_senses(const wn *w, const char *lemma, uint32_t *out, size_t cap)
{
    const char *line = lede_wn_index_find(&w->inoun, lemma, strlen(lemma));
    if (!line)
        return 0;
    uint32_t all[WN_MAX_SENSES];
    size_t n = lede_wn_index_senses(&w->inoun, line, all, WN_MAX_SENSES), k = 0;
    for (size_t i = 0; i < n && k < cap; i++) {
        wn_syn s;
        if (lede_wn_synset(&w->noun, all[i], &s) && s.lexfile == WN_LEX_LOCATION)
            out[k++] = all[i];
    }
    return k;
}

/* A synset that is an instance of a country (directly or of "Asian
 * country" and the like). */
static bool is_country_synset(const wn *w, uint32_t off)
{
    wn_syn s;
    if (!lede_wn_synset(&w->noun, off, &s))
        return false;
    const char *p = s.ptrs;
    for (int i = 0; i < s.p_cnt; i++) {
        wn_ptr q;
        p = lede_wn_next_ptr(&s, p, &q);
        if (strcmp(q.sym, "@i") != 0)
            continue;
        if (q.off == w->country_class || lede_wn_has_ptr(&w->noun, q.off, "@", w->country_class))
            return true;
    }
    return false;
}

static size_t to_lemma(const char *key, size_t n, char *out, size_t cap)
{
    if (n >= cap)
        return 0;
    for (size_t i = 0; i < n; i++)
        out[i] = key[i] == ' ' ? '_' : key[i];
    return n;
}

typedef struct key_country { const char *key; uint32_t len; lexb_country *c; } key_country;

static int cmp_kc(const void *a, const void *z)
{
    const key_country *x = a, *y = z;
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->key, y->key, n);
    return c ? c : (x->len > y->len) - (x->len < y->len);
}

/* The standard and override country names, sorted, for linking other
 * WordNet synsets to countries.  Keys are copied: adding senses may move
 * the builder's pool.  Free *keys and *kc. */
static size_t country_keys(lexb *b, key_country **kc_out, char **keys_out)
{
    key_country *kc = malloc((b->n ? b->n : 1) * sizeof *kc);
    char *keys = malloc(b->pool_n + 1);
    size_t nkc = 0;
    if (!kc || !keys) {
        free(kc);
        free(keys);
        b->oom = true;
        *kc_out = NULL;
        *keys_out = NULL;
        return 0;
    }
    memcpy(keys, b->pool, b->pool_n);
    for (size_t i = 0; i < b->n; i++) {
        const lexb_sense *s = &b->senses[i];
        lexb_country *c;
        if ((s->classes & LEDE_LEX_COUNTRY) && s->code != LEXB_NONE && s->rank <= LEXB_RANK_ISO &&
            (c = lexb_country_by_code(b, b->pool + s->code, strlen(b->pool + s->code))))
            kc[nkc++] = (key_country){keys + s->key, s->key_len, c};
    }
    qsort(kc, nkc, sizeof *kc, cmp_kc);
    *kc_out = kc;
    *keys_out = keys;
    return nkc;
}

static lexb_country *country_by_key(const key_country *kc, size_t n, const char *key, size_t kn)
{
    key_country probe = {key, (uint32_t)kn, NULL};
    const key_country *hit = n ? bsearch(&probe, kc, n, sizeof *kc, cmp_kc) : NULL;
    return hit ? hit->c : NULL;
}

/* The country one of a location synset's words names ("Russia" in a
 * historical sense of Russia), through the keys already loaded. */
static lexb_country *country_by_words(const wn *w, const key_country *kc, size_t n, uint32_t off)
{
    wn_syn s;
    if (!n || !lede_wn_synset(&w->noun, off, &s) || s.lexfile != WN_LEX_LOCATION)
        return NULL;
    for (int i = 0; i < s.w_cnt; i++) {
        const char *word;
        size_t wl = lede_wn_word(&s, i, &word);
        char ph[128], key[128];
        if (!lede_wn_upper_initial(word) || !lede_wn_to_phrase(word, wl, ph, sizeof ph))
            continue;
        size_t kn = lede_lex_key(ph, wl, key, sizeof key);
        lexb_country *c = country_by_key(kc, n, key, kn);
        if (c)
            return c;
    }
    return NULL;
}

/* ---- countries --------------------------------------------------------------- */

static void link_countries(lexb *b, const wn *w)
{
    size_t n0 = b->n;
    for (size_t i = 0; i < n0; i++) {
        const lexb_sense *s = &b->senses[i];
        if (!(s->classes & LEDE_LEX_COUNTRY) || s->code == LEXB_NONE)
            continue;
        lexb_country *c = lexb_country_by_code(b, b->pool + s->code, strlen(b->pool + s->code));
        if (!c || c->wn_synset)
            continue;
        char lemma[256];
        size_t ln = to_lemma(b->pool + s->key, s->key_len, lemma, sizeof lemma);
        if (!ln)
            continue;
        lemma[ln] = '\0';
        uint32_t offs[WN_MAX_SENSES];
        size_t k = location_senses(w, lemma, offs, WN_MAX_SENSES);
        for (size_t j = 0; j < k && !c->wn_synset; j++)
            if (!lexb_country_by_synset(b, offs[j]) && is_country_synset(w, offs[j]))
                c->wn_synset = offs[j];
    }
    /* every country's synset is set: later lookups bisect */
    lexb_index_synsets(b);
    key_country *kc;
    char *keys;
    size_t nkc = country_keys(b, &kc, &keys);
    if (!kc)
        return;
    for (size_t i = 0; i < b->n_countries; i++) {
        lexb_country *c = &b->countries[i];
        wn_syn s;
        if (!c->wn_synset || !lede_wn_synset(&w->noun, c->wn_synset, &s))
            continue;
        uint32_t code = lexb_str(b, c->code, 2);
        for (int k = 0; k < s.w_cnt; k++) {
            const char *word;
            size_t wl = lede_wn_word(&s, k, &word);
            char ph[256];
            if (!lede_wn_upper_initial(word) || !lede_wn_to_phrase(word, wl, ph, sizeof ph))
                continue;
            /* Taiwan's synset also says "China": a name the standard gives
             * another country is not an alias */
            char key[256];
            size_t kn = lede_lex_key(ph, wl, key, sizeof key);
            lexb_country *other = country_by_key(kc, nkc, key, kn);
            if (other && other != c)
                continue;
            lexb_add(b, ph, wl, LEDE_LEX_COUNTRY, 0, c->concept, c->name, code, code, LEXB_RANK_WORDNET);
        }
    }
    free(kc);
    free(keys);
}

/* ---- continents and demonyms ----------------------------------------------------- */

typedef struct wn_place { uint32_t off; uint32_t concept, norp; uint32_t name; } wn_place;

static size_t add_continents(lexb *b, const wn *w, wn_place *out, size_t cap)
{
    const char *line = lede_wn_index_find(&w->inoun, "continent", 9);
    if (!line)
        return 0;
    uint32_t offs[WN_MAX_SENSES];
    size_t n = lede_wn_index_senses(&w->inoun, line, offs, WN_MAX_SENSES), k = 0;
    for (size_t i = 0; i < n; i++) {
        wn_syn s;
        if (!lede_wn_synset(&w->noun, offs[i], &s))
            continue;
        const char *p = s.ptrs;
        for (int j = 0; j < s.p_cnt && k < cap; j++) {
            wn_ptr q;
            p = lede_wn_next_ptr(&s, p, &q);
            wn_syn inst;
            if (strcmp(q.sym, "~i") != 0 || !lede_wn_synset(&w->noun, q.off, &inst))
                continue;
            const char *word;
            size_t wl = lede_wn_word(&inst, 0, &word);
            char ph[128];
            if (!lede_wn_upper_initial(word) || !lede_wn_to_phrase(word, wl, ph, sizeof ph))
                continue;
            out[k] = (wn_place){q.off, lexb_concept(b), lexb_concept(b), lexb_str(b, ph, wl)};
            for (int m = 0; m < inst.w_cnt; m++) {
                wl = lede_wn_word(&inst, m, &word);
                if (lede_wn_upper_initial(word) && lede_wn_to_phrase(word, wl, ph, sizeof ph))
                    lexb_add(b, ph, wl, LEDE_LEX_PLACE, 0, out[k].concept, out[k].name, LEXB_NONE, LEXB_NONE,
                             LEXB_RANK_WORDNET);
            }
            k++;
        }
    }
    return k;
}

/* "Afghan" -> "Afghans"; "Chinese", "Swiss", "British" have no plural. */
static size_t plural(const char *w, size_t n, char *out, size_t cap)
{
    if (n < 3 || n + 2 > cap)
        return 0;
    const char *e = w + n;
    if (e[-1] == 's' || e[-1] == 'x' || e[-1] == 'z' || (e[-1] == 'h' && (e[-2] == 's' || e[-2] == 'c')) ||
        (n > 3 && memcmp(e - 3, "ese", 3) == 0))
        return 0;
    memcpy(out, w, n);
    out[n] = 's';
    return n + 1;
}

static void add_demonyms(lexb *b, const wn *w, const wn_place *conts, size_t n_conts)
{
    key_country *kc;
    char *keys;
    size_t nkc = country_keys(b, &kc, &keys);
    if (!kc)
        return;
    const char *p = w->adj.p, *end = w->adj.p + w->adj.n;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            break;
        wn_syn s;
        if (*p != ' ' && lede_wn_synset(&w->adj, (uint32_t)(p - w->adj.p), &s)) {
            const char *q = s.ptrs;
            lexb_country *c = NULL;
            const wn_place *cont = NULL;
            for (int i = 0; i < s.p_cnt && !c && !cont; i++) {
                wn_ptr ptr;
                q = lede_wn_next_ptr(&s, q, &ptr);
                if (strcmp(ptr.sym, "\\") != 0 || ptr.pos != 'n')
                    continue;
                c = lexb_country_by_synset(b, ptr.off);
                if (!c)
                    c = country_by_words(w, kc, nkc, ptr.off);
                for (size_t k = 0; !c && k < n_conts; k++)
                    if (conts[k].off == ptr.off)
                        cont = &conts[k];
            }
            for (int i = 0; (c || cont) && i < s.w_cnt; i++) {
                const char *word;
                size_t wl = lede_wn_word(&s, i, &word);
                char ph[128], pl[128];
                if (!lede_wn_upper_initial(word) || !lede_wn_to_phrase(word, wl, ph, sizeof ph))
                    continue;
                uint32_t name = lexb_str(b, ph, wl);
                uint32_t country = c ? lexb_str(b, c->code, 2) : LEXB_NONE;
                uint32_t concept = c ? c->norp_concept : cont->norp;
                lexb_add(b, ph, wl, LEDE_LEX_DEMONYM, 0, concept, name, country, country, LEXB_RANK_WORDNET);
                size_t pn = plural(ph, wl, pl, sizeof pl);
                if (pn)
                    lexb_add(b, pl, pn, LEDE_LEX_DEMONYM, 0, concept, name, country, country, LEXB_RANK_WORDNET);
            }
        }
        p = nl + 1;
    }
    free(kc);
    free(keys);
}

/* ---- cities ------------------------------------------------------------------------ */

static lexb_country *country_of(lexb *b, const wn *w, uint32_t off, int depth)
{
    lexb_country *c = lexb_country_by_synset(b, off);
    if (c || depth == 0)
        return c;
    wn_syn s;
    if (!lede_wn_synset(&w->noun, off, &s))
        return NULL;
    const char *p = s.ptrs;
    for (int i = 0; i < s.p_cnt; i++) {
        wn_ptr q;
        p = lede_wn_next_ptr(&s, p, &q);
        if (strcmp(q.sym, "#p") == 0 && (c = country_of(b, w, q.off, depth - 1)))
            return c;
    }
    return NULL;
}

static int cmp_u32(const void *a, const void *z)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)z;
    return x < y ? -1 : x > y;
}

static void add_cities(lexb *b, const wn *w)
{
    static const char *const classes[] = {"city", "national_capital", "state_capital", "provincial_capital",
                                          "port", "town"};
    uint32_t *inst = NULL;
    size_t n = 0, cap = 0;
    for (size_t c = 0; c < sizeof classes / sizeof *classes; c++) {
        uint32_t offs[WN_MAX_SENSES];
        size_t k = location_senses(w, classes[c], offs, WN_MAX_SENSES);
        for (size_t i = 0; i < k; i++) {
            wn_syn s;
            if (!lede_wn_synset(&w->noun, offs[i], &s))
                continue;
            const char *p = s.ptrs;
            for (int j = 0; j < s.p_cnt; j++) {
                wn_ptr q;
                p = lede_wn_next_ptr(&s, p, &q);
                if (strcmp(q.sym, "~i") != 0)
                    continue;
                if (n == cap) {
                    size_t nc = cap ? cap * 2 : 2048;
                    uint32_t *v = realloc(inst, nc * sizeof *v);
                    if (!v) {
                        b->oom = true;
                        free(inst);
                        return;
                    }
                    inst = v;
                    cap = nc;
                }
                inst[n++] = q.off;
            }
        }
    }
    if (n)
        qsort(inst, n, sizeof *inst, cmp_u32);
    for (size_t i = 0; i < n; i++) {
        if (i && inst[i] == inst[i - 1])
            continue;
        wn_syn s;
        if (!lede_wn_synset(&w->noun, inst[i], &s) || lexb_country_by_synset(b, inst[i]))
            continue; /* city-states are countries already */
        lexb_country *c = country_of(b, w, inst[i], WN_HOLONYM_DEPTH);
        uint32_t country = c ? lexb_str(b, c->code, 2) : LEXB_NONE;
        uint32_t concept = lexb_concept(b), name = LEXB_NONE;
        for (int k = 0; k < s.w_cnt; k++) {
            const char *word;
            size_t wl = lede_wn_word(&s, k, &word);
            char ph[128];
            if (!lede_wn_upper_initial(word) || !lede_wn_to_phrase(word, wl, ph, sizeof ph))
                continue;
            if (name == LEXB_NONE)
                name = lexb_str(b, ph, wl);
            lexb_add(b, ph, wl, LEDE_LEX_CITY, 0, concept, name, LEXB_NONE, country, LEXB_RANK_WORDNET);
        }
    }
    free(inst);
}

/* ---- organisations ------------------------------------------------------------- */

/* Most synsets walked below "organization". */
#define WN_ORG_MAX 65536

/* Named organisations: capitalised synsets anywhere below the group
 * senses of "organization" and "social movement" (NATO, Taliban,
 * al-Qaeda). */
/* A named organisation: every capitalised word of a synset under the
 * roots, one concept (the roots themselves are common nouns). */
static void add_org(void *ctx, uint32_t off, const wn_syn *s, bool is_root)
{
    lexb *b = ctx;
    (void)off;
    if (is_root)
        return;
    uint32_t concept = 0, name = LEXB_NONE;
    for (int k = 0; k < s->w_cnt; k++) {
        const char *word;
        size_t wl = lede_wn_word(s, k, &word);
        char ph[128];
        if (!lede_wn_upper_initial(word) || !lede_wn_to_phrase(word, wl, ph, sizeof ph))
            continue;
        if (!concept) {
            concept = lexb_concept(b);
            name = lexb_str(b, ph, wl);
        }
        lexb_add(b, ph, wl, LEDE_LEX_ORG, 0, concept, name, LEXB_NONE, LEXB_NONE, LEXB_RANK_WORDNET);
    }
}

static void add_orgs(lexb *b, const wn *w)
{
    static const char *const root_lemmas[] = {"organization", "social_movement"};
    uint32_t senses[2 * WN_MAX_SENSES], roots[2 * WN_MAX_SENSES];
    size_t ns = 0, nr = 0;
    for (size_t r = 0; r < 2; r++) {
        const char *line = lede_wn_index_find(&w->inoun, root_lemmas[r], strlen(root_lemmas[r]));
        if (line)
            ns += lede_wn_index_senses(&w->inoun, line, senses + ns, WN_MAX_SENSES);
    }
    for (size_t i = 0; i < ns; i++) { /* the group senses: not "organization" the act */
        wn_syn s;
        if (lede_wn_synset(&w->noun, senses[i], &s) && s.lexfile == WN_LEX_GROUP)
            roots[nr++] = senses[i];
    }
    if (!lede_wn_hyponyms(&w->noun, roots, nr, WN_ORG_MAX, add_org, b))
        b->oom = true;
}

/* ---- ordinary words --------------------------------------------------------------- */

/* Flags place phrases that WordNet also knows as common words (any sense
 * outside noun.location, or an adjective or verb) or as a person. */
static void flag_ambiguous(lexb *b, const wn *w)
{
    const uint32_t places = LEDE_LEX_COUNTRY | LEDE_LEX_CITY | LEDE_LEX_REGION | LEDE_LEX_PLACE | LEDE_LEX_ORG;
    for (size_t i = 0; i < b->n; i++) {
        lexb_sense *s = &b->senses[i];
        if (!(s->classes & places))
            continue;
        /* an organisation's own senses are groups, a place's locations */
        uint32_t home = (s->classes & LEDE_LEX_ORG) ? WN_LEX_GROUP : WN_LEX_LOCATION;
        char lemma[256];
        size_t ln = to_lemma(b->pool + s->key, s->key_len, lemma, sizeof lemma);
        if (!ln)
            continue;
        if (lede_wn_index_find(&w->iadj, lemma, ln) || lede_wn_index_find(&w->iverb, lemma, ln)) {
            s->flags |= LEDE_LEXF_AMBIG;
            continue;
        }
        const char *line = lede_wn_index_find(&w->inoun, lemma, ln);
        if (!line)
            continue;
        uint32_t offs[WN_MAX_SENSES];
        size_t k = lede_wn_index_senses(&w->inoun, line, offs, WN_MAX_SENSES);
        /* "Army" names the US Army and any army: not a name on its own */
        if ((s->classes & LEDE_LEX_ORG) && k > 1)
            s->flags |= LEDE_LEXF_AMBIG;
        for (size_t j = 0; j < k; j++) {
            wn_syn syn;
            if (!lede_wn_synset(&w->noun, offs[j], &syn))
                continue;
            if (syn.lexfile == WN_LEX_PERSON)
                s->flags |= LEDE_LEXF_PERSON;
            else if (syn.lexfile != (int)home)
                s->flags |= LEDE_LEXF_AMBIG;
        }
    }
}

bool lex_load_wordnet(lexb *b, lexb *names, const char *dir)
{
    wn w = {0};
    bool ok = lede_wn_map(&w.noun, dir, "data.noun") && lede_wn_map(&w.adj, dir, "data.adj") &&
              lede_wn_map(&w.inoun, dir, "index.noun") && lede_wn_map(&w.iadj, dir, "index.adj") &&
              lede_wn_map(&w.iverb, dir, "index.verb");
    if (ok) {
        lede_wn_index_lines(&w.inoun);
        lede_wn_index_lines(&w.iadj);
        lede_wn_index_lines(&w.iverb);
    }
    if (!ok) {
        snprintf(b->err, b->errlen, "cannot read WordNet in %s; install the wordnet-base package", dir);
    } else {
        /* the class of countries: the location sense of both "country"
         * and "state" */
        uint32_t a[WN_MAX_SENSES], z[WN_MAX_SENSES];
        size_t na = location_senses(&w, "country", a, WN_MAX_SENSES);
        size_t nz = location_senses(&w, "state", z, WN_MAX_SENSES);
        for (size_t i = 0; i < na && !w.country_class; i++)
            for (size_t j = 0; j < nz; j++)
                if (a[i] == z[j])
                    w.country_class = a[i];
        if (!w.country_class) {
            snprintf(b->err, b->errlen, "WordNet in %s has no location sense of \"country\"", dir);
            ok = false;
        }
    }
    if (ok) {
        link_countries(b, &w);
        wn_place conts[16];
        size_t nc = add_continents(b, &w, conts, 16);
        add_demonyms(b, &w, conts, nc);
        add_cities(b, &w);
        add_orgs(b, &w);
        flag_ambiguous(b, &w);
        lex_wn_add_named(names, &w.noun, &w.inoun, &w.iadj, &w.iverb);
    }
    lede_wn_unmap(&w.noun);
    lede_wn_unmap(&w.adj);
    lede_wn_unmap(&w.inoun);
    lede_wn_unmap(&w.iadj);
    lede_wn_unmap(&w.iverb);
    return ok;
}
