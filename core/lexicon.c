/*
 * lexicon.c - the packed, read-only phrase table and its lookups, and the
 * load sequence that fills it from its sources (lex_sources.c: iso-codes and
 * the data tables; lex_wordnet.c: wordnet-base).
 *
 * The table is one allocation: entries, keys, an open-addressing slot array
 * and the string pool, with every pointer inside it.  Multi-word phrases also
 * store their proper prefixes as sense-less keys so lede_lexicon_longest can
 * stop as soon as no phrase continues.  Nothing is written after load:
 * lookups are reentrant and allocate nothing.
 * Owner: entities engineer.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bytes_eq.h"
#include "lex_build.h"
#include "model_mem.h"
#include "stages.h"
#include "utf8.h"

#ifndef LEDE_ISO_CODES_DIR
#define LEDE_ISO_CODES_DIR "/usr/share/iso-codes/json"
#endif
#ifndef LEDE_WORDNET_DIR
#define LEDE_WORDNET_DIR "/usr/share/wordnet"
#endif

/* Longest key the lexicon stores or looks up, in bytes. */
#define LEX_KEY_CAP 256

typedef struct lex_key {
    uint32_t off, len;                 /* into pool                        */
    const lede_lex_entry *first;       /* NULL: only a prefix of phrases   */
} lex_key;

struct lede_lexicon {
    size_t n_entries, n_keys;
    uint32_t mask;                     /* slots - 1                        */
    lede_lex_entry *entries;
    lex_key *keys;
    uint32_t *slots;                   /* key index + 1, 0 = empty         */
    char *pool;
    lede_lexicon *names;               /* lede_lexicon_names, owned        */
    lede_mm mem;                       /* the tables                       */
};

#define HASH_INIT 2166136261u

/* FNV-1a over s[0..n), continuing from h: a key's hash can be carried
 * along as its tokens are appended. */
static inline uint32_t hash_more(uint32_t h, const char *s, size_t n)
{
    size_t i = 0;
    for (; i + 4 <= n; i += 4) { /* the same steps, a quarter of the loop tests */
        h = (h ^ (unsigned char)s[i]) * 16777619u;
        h = (h ^ (unsigned char)s[i + 1]) * 16777619u;
        h = (h ^ (unsigned char)s[i + 2]) * 16777619u;
        h = (h ^ (unsigned char)s[i + 3]) * 16777619u;
    }
    for (; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

/* memcpy for a token's few bytes without the call: whole words, the last
 * one overlapping, or two overlapping halves; reads and writes only
 * [0, n). */
static inline void copy_small(char *o, const char *s, size_t n)
{
    if (n >= 8) {
        uint64_t w;
        for (size_t i = 0; i + 8 <= n; i += 8) {
            memcpy(&w, s + i, 8);
            memcpy(o + i, &w, 8);
        }
        memcpy(&w, s + n - 8, 8);
        memcpy(o + n - 8, &w, 8);
    } else if (n >= 4) {
        uint32_t x, y;
        memcpy(&x, s, 4);
        memcpy(&y, s + n - 4, 4);
        memcpy(o, &x, 4);
        memcpy(o + n - 4, &y, 4);
    } else {
        for (size_t i = 0; i < n; i++)
            o[i] = s[i];
    }
}

static uint32_t hash_key(const char *s, size_t n) { return hash_more(HASH_INIT, s, n); }


/* ---- keys ----------------------------------------------------------------- */

static bool key_punct(unsigned char c)
{
    return c == ',' || c == '(' || c == ')' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' ||
           c == '/' || c == '&' || c == '[' || c == ']';
}

/* A word's final period stays when the segmenter would keep it: "U.S.",
 * "St.", "Inc." (inner periods or at most three letters before it). */
static bool keeps_period(const char *w, size_t n)
{
    if (n < 2)
        return false;
    if (memchr(w, '.', n - 1))
        return true;
    return n - 1 <= 3;
}

size_t lede_lex_key(const char *s, size_t n, char *out, size_t cap)
{
    char f[LEX_KEY_CAP * 2];
    size_t fn = lede_fold(s, n, f, sizeof f);
    if (fn == sizeof f)
        return 0;
    size_t o = 0, i = 0;
    while (i < fn) {
        unsigned char c = (unsigned char)f[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '_') {
            i++;
            continue;
        }
        size_t tb = i, te;
        if (key_punct(c)) {
            te = i + 1;
        } else {
            te = i;
            while (te < fn && f[te] != ' ' && f[te] != '\t' && f[te] != '_' && !key_punct((unsigned char)f[te]))
                te++;
            if (te - tb > 1 && f[te - 1] == '.' && !keeps_period(f + tb, te - tb))
                te--; /* the period becomes its own token */
            if (te - tb > 1 && (f[te - 1] == '\'' || f[te - 1] == '-'))
                te--;
        }
        if (o && o + 1 <= cap)
            out[o++] = ' ';
        if (o + (te - tb) > cap)
            return 0;
        memcpy(out + o, f + tb, te - tb);
        o += te - tb;
        i = te;
    }
    return o;
}

/* ---- builder ------------------------------------------------------------- */

uint32_t lexb_str(lexb *b, const char *s, size_t n)
{
    if (b->oom)
        return LEXB_NONE;
    if (b->pool_n + n + 1 > b->pool_cap) {
        size_t cap = b->pool_cap ? b->pool_cap * 2 : 1 << 20;
        while (cap < b->pool_n + n + 1)
            cap *= 2;
        char *p = realloc(b->pool, cap);
        if (!p) {
            b->oom = true;
            return LEXB_NONE;
        }
        b->pool = p;
        b->pool_cap = cap;
    }
    uint32_t off = (uint32_t)b->pool_n;
    memcpy(b->pool + off, s, n);
    b->pool[off + n] = '\0';
    b->pool_n += n + 1;
    return off;
}

uint32_t lexb_concept(lexb *b) { return ++b->next_concept; }

static lexb_sense *push_sense(lexb *b)
{
    if (b->oom)
        return NULL;
    if (b->n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 16384;
        lexb_sense *v = realloc(b->senses, cap * sizeof *v);
        if (!v) {
            b->oom = true;
            return NULL;
        }
        b->senses = v;
        b->cap = cap;
    }
    lexb_sense *s = &b->senses[b->n++];
    memset(s, 0, sizeof *s);
    s->order = (uint32_t)(b->n - 1);
    s->name = s->code = s->country = LEXB_NONE;
    return s;
}

void lexb_add(lexb *b, const char *s, size_t n, uint32_t classes, uint32_t flags, uint32_t concept,
              uint32_t name, uint32_t code, uint32_t country, uint32_t rank)
{
    char key[LEX_KEY_CAP];
    size_t kn = lede_lex_key(s, n, key, sizeof key);
    if (!kn)
        return;
    uint32_t koff = lexb_str(b, key, kn);
    lexb_sense *e = push_sense(b);
    if (!e || koff == LEXB_NONE)
        return;
    size_t letters = 0, lower = 0;
    for (size_t i = 0; i < n; i++) {
        letters += (s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z');
        lower += s[i] >= 'a' && s[i] <= 'z';
    }
    if (letters >= 2 && !lower)
        flags |= LEDE_LEXF_UPPER;
    *e = (lexb_sense){koff, (uint32_t)kn, classes, flags, concept, name, code, country, rank, e->order, 0, 0};
    /* proper prefixes at word boundaries, as sense-less keys */
    size_t words = 1;
    for (size_t i = 0; i < kn; i++) {
        if (key[i] != ' ')
            continue;
        if (++words > LEDE_LEX_MAX_WORDS)
            break;
        lexb_sense *p = push_sense(b);
        if (!p)
            return;
        p->key = koff;
        p->key_len = (uint32_t)i;
    }
}

void lexb_flag_key(lexb *b, const char *key, size_t n, uint32_t classes, uint32_t flags)
{
    for (size_t i = 0; i < b->n; i++) {
        lexb_sense *s = &b->senses[i];
        if ((s->classes & classes) && s->key_len == n && memcmp(b->pool + s->key, key, n) == 0)
            s->flags |= flags;
    }
}

lexb_country *lexb_country_by_code(lexb *b, const char *code, size_t n)
{
    /* codes are two letters (a NUL-terminated char[4]): compare in place */
    if (n >= sizeof b->countries[0].code)
        return NULL;
    for (size_t i = 0; i < b->n_countries; i++) {
        const char *c = b->countries[i].code;
        if (c[0] == (n ? code[0] : '\0') && memcmp(c, code, n) == 0 && c[n] == '\0')
            return &b->countries[i];
    }
    return NULL;
}

lexb_country *lexb_country_by_synset(lexb *b, uint32_t synset)
{
    if (!synset)
        return NULL;
    if (b->by_synset) { /* the first entry of the synset: its lowest index, as the scan finds */
        size_t lo = 0, hi = b->n_by_synset;
        uint64_t key = (uint64_t)synset << 32;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (b->by_synset[mid] < key)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo < b->n_by_synset && (uint32_t)(b->by_synset[lo] >> 32) == synset
                   ? &b->countries[(uint32_t)b->by_synset[lo]]
                   : NULL;
    }
    for (size_t i = 0; i < b->n_countries; i++)
        if (b->countries[i].wn_synset == synset)
            return &b->countries[i];
    return NULL;
}

static int cmp_u64(const void *a, const void *z)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)z;
    return x < y ? -1 : x > y;
}

void lexb_index_synsets(lexb *b)
{
    free(b->by_synset);
    b->by_synset = malloc((b->n_countries ? b->n_countries : 1) * sizeof *b->by_synset);
    b->n_by_synset = 0;
    if (!b->by_synset)
        return; /* the scan still answers */
    for (size_t i = 0; i < b->n_countries; i++)
        if (b->countries[i].wn_synset)
            b->by_synset[b->n_by_synset++] = (uint64_t)b->countries[i].wn_synset << 32 | (uint32_t)i;
    qsort(b->by_synset, b->n_by_synset, sizeof *b->by_synset, cmp_u64);
}

/* ---- packing ----------------------------------------------------------------- */

static int sense_priority(uint32_t c)
{
    static const uint32_t order[] = {LEDE_LEX_COUNTRY, LEDE_LEX_DEMONYM, LEDE_LEX_NORP, LEDE_LEX_ORG,
                                     LEDE_LEX_CITY, LEDE_LEX_REGION, LEDE_LEX_PLACE, LEDE_LEX_CURRENCY,
                                     LEDE_LEX_TITLE, LEDE_LEX_ORG_SUFFIX, LEDE_LEX_REGION_WORD,
                                     LEDE_LEX_GIVEN_NAME, LEDE_LEX_FACILITY, LEDE_LEX_PRESS,
                                     LEDE_LEX_VEHICLE};
    for (size_t i = 0; i < sizeof order / sizeof *order; i++)
        if (c & order[i])
            return (int)i;
    return 99;
}

/* The order of memcmp over the shorter key, then length: most keys differ
 * in their first eight bytes (key8), the rest are compared from there. */
static int cmp_sense(const void *pa, const void *pb, void *ctx)
{
    const lexb *b = ctx;
    const lexb_sense *x = pa, *y = pb;
    if (x->key8 != y->key8)
        return x->key8 < y->key8 ? -1 : 1;
    size_t n = x->key_len < y->key_len ? x->key_len : y->key_len;
    int c = n > 8 ? memcmp(b->pool + x->key + 8, b->pool + y->key + 8, n - 8) : 0;
    if (c)
        return c;
    if (x->key_len != y->key_len)
        return x->key_len < y->key_len ? -1 : 1;
    int px = x->prio, py = y->prio;
    if (px != py)
        return px - py;
    if (x->rank != y->rank)
        return x->rank < y->rank ? -1 : 1;
    /* "American": the sense tied to a country before the continent's */
    bool cx = x->country != LEXB_NONE, cy = y->country != LEXB_NONE;
    if (cx != cy)
        return cx ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

/* qsort has no context argument in C11: a merge sort that carries one. */
static void sort_senses(lexb_sense *v, lexb_sense *tmp, size_t n, const lexb *b)
{
    if (n < 2)
        return;
    size_t h = n / 2;
    sort_senses(v, tmp, h, b);
    sort_senses(v + h, tmp, n - h, b);
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n)
        tmp[k++] = cmp_sense(&v[j], &v[i], (void *)b) < 0 ? v[j++] : v[i++];
    while (i < h)
        tmp[k++] = v[i++];
    while (j < n)
        tmp[k++] = v[j++];
    memcpy(v, tmp, n * sizeof *v);
}

static bool same_key(const lexb *b, const lexb_sense *x, const lexb_sense *y)
{
    return x->key_len == y->key_len && memcmp(b->pool + x->key, b->pool + y->key, x->key_len) == 0;
}

static lede_lexicon *pack(lexb *b)
{
    lexb_sense *tmp = malloc((b->n ? b->n : 1) * sizeof *tmp);
    if (!tmp)
        return NULL;
    for (size_t i = 0; i < b->n; i++) {
        lexb_sense *s = &b->senses[i];
        uint64_t k8 = 0;
        for (size_t k = 0; k < 8; k++)
            k8 = (k8 << 8) | (k < s->key_len ? (unsigned char)b->pool[s->key + k] : 0u);
        s->key8 = k8;
        s->prio = sense_priority(s->classes);
    }
    sort_senses(b->senses, tmp, b->n, b);
    free(tmp);
    /* merge senses of one concept under one key; drop prefix markers that
     * a real phrase shadows */
    size_t w = 0, n_keys = 0;
    for (size_t i = 0; i < b->n;) {
        size_t j = i;
        while (j < b->n && same_key(b, &b->senses[i], &b->senses[j]))
            j++;
        size_t group = w;
        for (size_t k = i; k < j; k++) {
            lexb_sense *s = &b->senses[k];
            if (!s->classes)
                continue;
            bool merged = false;
            for (size_t m = group; m < w && !merged; m++) {
                lexb_sense *t = &b->senses[m];
                if (t->concept == s->concept || (t->classes == s->classes && t->code != LEXB_NONE &&
                                                 s->code != LEXB_NONE &&
                                                 strcmp(b->pool + t->code, b->pool + s->code) == 0)) {
                    t->classes |= s->classes;
                    /* capitals only if every spelling is in capitals */
                    t->flags = ((t->flags | s->flags) & ~LEDE_LEXF_UPPER) | (t->flags & s->flags & LEDE_LEXF_UPPER);
                    merged = true;
                }
            }
            if (!merged)
                b->senses[w++] = *s;
        }
        if (w == group) { /* prefix only */
            b->senses[w] = b->senses[i];
            b->senses[w++].classes = 0;
        }
        n_keys++;
        i = j;
    }
    b->n = w;
    size_t n_entries = 0;
    for (size_t i = 0; i < b->n; i++)
        n_entries += b->senses[i].classes != 0;
    size_t slots = 16;
    while (slots < n_keys * 2)
        slots *= 2;
    size_t sz = n_entries * sizeof(lede_lex_entry) + n_keys * sizeof(lex_key) + slots * sizeof(uint32_t) +
                b->pool_n + 1;
    /* the tables are probed for every token's phrase starts: in the
     * model's 2 MB pages; the struct stays on the heap, where leak
     * checkers look for the pointers it holds */
    lede_lexicon *l = calloc(1, sizeof *l);
    char *mem = l ? lede_mm_alloc(&l->mem, sz) : NULL;
    if (!mem) {
        free(l);
        return NULL;
    }
    l->entries = (lede_lex_entry *)mem;
    l->keys = (lex_key *)(l->entries + n_entries);
    l->slots = (uint32_t *)(l->keys + n_keys);
    l->pool = (char *)(l->slots + slots);
    memcpy(l->pool, b->pool, b->pool_n);
    l->mask = (uint32_t)(slots - 1);
    size_t e = 0, k = 0;
    for (size_t i = 0; i < b->n;) {
        size_t j = i;
        while (j < b->n && same_key(b, &b->senses[i], &b->senses[j]))
            j++;
        lex_key *key = &l->keys[k];
        key->off = b->senses[i].key;
        key->len = b->senses[i].key_len;
        key->first = NULL;
        uint32_t all = 0;
        size_t e0 = e;
        for (size_t m = i; m < j; m++) {
            const lexb_sense *s = &b->senses[m];
            if (!s->classes)
                continue;
            lede_lex_entry *en = &l->entries[e++];
            en->classes = s->classes;
            en->flags = s->flags;
            en->concept = s->concept;
            en->name = s->name == LEXB_NONE ? l->pool + s->key : l->pool + s->name;
            en->code = s->code == LEXB_NONE ? NULL : l->pool + s->code;
            en->country = s->country == LEXB_NONE ? NULL : l->pool + s->country;
            all |= s->classes;
        }
        for (size_t m = e0; m < e; m++) {
            l->entries[m].all_classes = all;
            l->entries[m].next = m + 1 < e ? &l->entries[m + 1] : NULL;
        }
        if (e > e0)
            key->first = &l->entries[e0];
        uint32_t h = hash_key(l->pool + key->off, key->len) & l->mask;
        while (l->slots[h])
            h = (h + 1) & l->mask;
        l->slots[h] = (uint32_t)(k + 1);
        k++;
        i = j;
    }
    l->n_entries = n_entries;
    l->n_keys = n_keys;
    return l;
}

/* ---- lookups ------------------------------------------------------------------ */

/* The key of hash `hash` (hash_key(key, n)). */
static const lex_key *find_key_h(const lede_lexicon *l, uint32_t hash, const char *key, size_t n)
{
    if (!l || !l->n_keys)
        return NULL;
    uint32_t h = hash & l->mask;
    for (;;) {
        uint32_t s = l->slots[h];
        if (!s)
            return NULL;
        const lex_key *k = &l->keys[s - 1];
        if (k->len == n && lede_bytes_eq(l->pool + k->off, key, n))
            return k;
        h = (h + 1) & l->mask;
    }
}

static const lex_key *find_key(const lede_lexicon *l, const char *key, size_t n)
{
    return l && l->n_keys ? find_key_h(l, hash_key(key, n), key, n) : NULL;
}

const lede_lex_entry *lede_lexicon_get(const lede_lexicon *l, const char *key, size_t n)
{
    const lex_key *k = find_key(l, key, n);
    return k ? k->first : NULL;
}

const lede_lex_entry *lede_lex_sense(const lede_lex_entry *e, uint32_t classes)
{
    for (; e; e = e->next)
        if (e->classes & classes)
            return e;
    return NULL;
}

/* Appends token ti's folded form to key (after a space) and to its hash *h;
 * false when full. */
static inline bool key_append(const lede_doc *d, size_t ti, char *key, size_t *kn, uint32_t *h)
{
    const lede_token *t = &d->toks.v[ti];
    size_t need = (*kn ? 1 : 0) + t->norm_len;
    if (*kn + need > LEX_KEY_CAP || !t->norm_len)
        return false;
    if (*kn) {
        key[(*kn)++] = ' ';
        *h = hash_more(*h, " ", 1);
    }
    const char *s = lede_tok_norm(d, t);
    copy_small(key + *kn, s, t->norm_len);
    *kn += t->norm_len;
    *h = hash_more(*h, s, t->norm_len);
    return true;
}

size_t lede_lexicon_longest(const lede_lexicon *l, const lede_doc *d, size_t tok, size_t limit,
                            const lede_lex_entry **e)
{
    char key[LEX_KEY_CAP];
    size_t kn = 0, best = 0;
    uint32_t h = HASH_INIT;
    *e = NULL;
    if (limit > d->toks.n)
        limit = d->toks.n;
    if (!l || !l->n_keys)
        return 0;
    for (size_t i = tok; i < limit && i - tok < LEDE_LEX_MAX_WORDS; i++) {
        if (!key_append(d, i, key, &kn, &h))
            break;
        const lex_key *k = find_key_h(l, h, key, kn);
        if (!k)
            break;
        if (k->first) {
            best = i + 1 - tok;
            *e = k->first;
        }
    }
    return best;
}

const lede_lex_entry *lede_lexicon_span(const lede_lexicon *l, const lede_doc *d, size_t tok, size_t end)
{
    char key[LEX_KEY_CAP];
    size_t kn = 0;
    uint32_t h = HASH_INIT;
    if (end > d->toks.n || end <= tok || end - tok > LEDE_LEX_MAX_WORDS)
        return NULL;
    for (size_t i = tok; i < end; i++)
        if (!key_append(d, i, key, &kn, &h))
            return NULL;
    const lex_key *k = l && l->n_keys ? find_key_h(l, h, key, kn) : NULL;
    return k ? k->first : NULL;
}

/* ---- load ------------------------------------------------------------------------ */

static const char *dir_or_env(const char *env, const char *dflt)
{
    const char *v = getenv(env);
    return v && *v ? v : dflt;
}

/* The data directory's word lists, in load order (after the countries,
 * subdivisions and currencies they refine; before WordNet). */
static const struct {
    const char *file;
    uint32_t classes;
} word_lists[] = {
    {"demonyms.tsv", LEDE_LEX_DEMONYM},       {"titles.tsv", LEDE_LEX_TITLE},
    {"org_words.tsv", LEDE_LEX_ORG_SUFFIX},   {"facility_words.tsv", LEDE_LEX_FACILITY},
    {"press_words.tsv", LEDE_LEX_PRESS},      {"vehicle_words.tsv", LEDE_LEX_VEHICLE},
    {"currencies.tsv", LEDE_LEX_CURRENCY},    {"groups.tsv", LEDE_LEX_NORP},
};

lede_lexicon *lede_lexicon_load(const char *data_dir, char *err, size_t errlen)
{
    lexb b = {0}, nb = {0}; /* the main table's builder, and the names' */
    b.err = err;
    b.errlen = errlen;
    nb.err = err;
    nb.errlen = errlen;
    char path[1200];
    const char *iso = dir_or_env("LEDE_ISO_CODES_DIR", LEDE_ISO_CODES_DIR);
    const char *wn = dir_or_env("LEDE_WORDNET_DIR", LEDE_WORDNET_DIR);
    lede_lexicon *l = NULL;
    bool ok = true;

    snprintf(path, sizeof path, "%s/iso_3166-1.json", iso);
    ok = ok && lex_load_iso3166_1(&b, path);
    snprintf(path, sizeof path, "%s/places.tsv", data_dir);
    ok = ok && lex_load_tsv(&b, path, LEDE_LEX_COUNTRY, true);
    snprintf(path, sizeof path, "%s/iso_3166-2.json", iso);
    ok = ok && lex_load_iso3166_2(&b, path);
    snprintf(path, sizeof path, "%s/iso_4217.json", iso);
    ok = ok && lex_load_iso4217(&b, path);
    for (size_t k = 0; ok && k < sizeof word_lists / sizeof *word_lists; k++) {
        snprintf(path, sizeof path, "%s/%s", data_dir, word_lists[k].file);
        ok = lex_load_tsv(&b, path, word_lists[k].classes, true);
    }
    /* last: WordNet links aliases, demonyms and cities to the countries
     * above and flags phrases that are also ordinary words */
    ok = ok && lex_load_wordnet(&b, &nb, wn);
    /* overrides may have renamed a country after its senses were added */
    for (size_t i = 0; ok && i < b.n; i++) {
        lexb_sense *s = &b.senses[i];
        if ((s->classes & LEDE_LEX_COUNTRY) && s->code != LEXB_NONE) {
            lexb_country *c = lexb_country_by_code(&b, b.pool + s->code, strlen(b.pool + s->code));
            if (c)
                s->name = c->name;
        }
    }
    if (ok && (b.oom || nb.oom)) {
        snprintf(err, errlen, "out of memory loading the lexicons");
        ok = false;
    }
    if (ok) {
        l = pack(&b);
        if (l && !(l->names = pack(&nb))) {
            lede_lexicon_free(l);
            l = NULL;
        }
        if (!l)
            snprintf(err, errlen, "out of memory packing the lexicons");
    }
    free(b.senses);
    free(b.pool);
    free(b.countries);
    free(b.by_synset);
    free(nb.senses);
    free(nb.pool);
    return l;
}

void lede_lexicon_free(lede_lexicon *l)
{
    if (!l)
        return;
    lede_lexicon_free(l->names);
    lede_mm_fini(&l->mem);
    free(l);
}

const lede_lexicon *lede_lexicon_names(const lede_lexicon *l) { return l ? l->names : NULL; }

size_t lede_lexicon_entries(const lede_lexicon *l) { return l ? l->n_entries : 0; }
