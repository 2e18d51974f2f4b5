/*
 * event_model.c - loads data/events.lex (built by tools/events/train_events.py):
 * word classes ("W word pos class") and trigger forms ("T word lemma p types"),
 * and data/events.args (tools/events/train_args.py): the argument classifier's
 * feature weights ("A feature weight") and threshold ("H t"); a file with no
 * weights leaves argument choice to the syntactic rules alone.  Open-addressing
 * hash tables over buffers holding the files: one for features, one for forms,
 * whose entry (lede_evlex) holds a form's word classes, trigger entry and
 * closed class (event_words.c's lists), so the stage looks each token up once.
 * A token's lookup (lede_evmodel_lex_tokens, the word pass through
 * lede_evmodel_keyed) goes by its bytes for one- and two-byte forms, by
 * vocab.h's two-load key for forms up to 16 bytes (whose slot also holds the
 * class, noun class and trigger bit the word pass needs), by FNV for longer
 * ones.  Also built here: the classifier's dense weight tables
 * (event_score.c) and logit bounds (event_fast.c), each type's roles and
 * name flags (EVT_*).
 * Loaded once with the model; read-only afterwards, so lookups are
 * thread-safe.  Owned by the events engineer.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "event_int.h"
#include "model_mem.h"
#include "stages.h"
#include "vocab.h"

/* The lexicon is a few hundred KB; anything far larger is not ours. */
#define LEDE_EVLEX_MAX_BYTES (16u << 20)

typedef struct slot { const char *key; uint32_t len, idx; } slot;
/* A form of at most LEDE_VOCAB_KEY_MAX bytes keyed by its first and last
 * eight bytes and its length (vocab.h), which determine it: a token's lookup
 * is two loads, a multiply and key compares instead of FNV over its bytes
 * and a memcmp.  len 0: an empty slot. */
typedef lede_evkslot kslot;
/* Keyed slots per form: a load of at most 1/4 (some 16k forms in 64K
 * slots) keeps a probe at about one slot; at 1/2 a token takes a tenth more
 * instructions on the profile sample, and the time per document is the same. */
#define KSLOTS_PER_FORM 4

struct lede_evmodel {
    lede_mm mem;             /* the tables below (model_mem.c)             */
    char *buf, *abuf;
    slot *lslots, *aslots;   /* form -> lex; feature -> weight             */
    size_t lcap, acap;
    kslot *kslots;           /* the short forms of lslots by key            */
    const lede_evlex *lex1[256]; /* the one-byte forms (punctuation, "a"), by byte */
    uint16_t *lex2;          /* the two-byte forms ("of", "to", "'s"): 1 + lex index by
                                both bytes (128 KB), 0 none; NULL when not built */
    size_t kcap;             /* a power of two, 0 when not built           */
    unsigned kshift;         /* 64 - log2(kcap)                             */
    lede_evlex *lex;         /* one per distinct form                       */
    lede_evword *words;
    lede_evtrig *trigs;
    float *weights;
    const char **preps;      /* closed words of class EC_PREP / EC_TO       */
    size_t nlex, nwords, ntrigs, nweights, npreps;
    float threshold;
    float zlo, zhi;          /* logits surely below / surely at or above it */
    lede_evtables *tables;
    lede_evbound *bound;     /* NULL: every candidate phrase summed        */
    const char *const **roles; /* lede_ev_roles_of per type index          */
    uint8_t *tflags;         /* lede_ev_type_flags per type index           */
    size_t nroles;
};

static uint64_t hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    return h;
}

static void put(slot *t, size_t cap, const char *k, size_t n, uint32_t idx)
{
    size_t i = hash(k, n) & (cap - 1);
    while (t[i].key) {
        if (t[i].len == n && memcmp(t[i].key, k, n) == 0)
            return; /* first entry wins */
        i = (i + 1) & (cap - 1);
    }
    t[i] = (slot){k, (uint32_t)n, idx};
}

/* The lex entry of form k, added (empty) when new. */
static lede_evlex *lex_of(lede_evmodel *m, const char *k, size_t n)
{
    size_t i = hash(k, n) & (m->lcap - 1);
    while (m->lslots[i].key) {
        if (m->lslots[i].len == n && memcmp(m->lslots[i].key, k, n) == 0)
            return &m->lex[m->lslots[i].idx];
        i = (i + 1) & (m->lcap - 1);
    }
    m->lslots[i] = (slot){k, (uint32_t)n, (uint32_t)m->nlex};
    return &m->lex[m->nlex++];
}

static void count_cue(void *arg, const char *w, uint8_t flag) { ++*(size_t *)arg; }

static void add_cue(void *arg, const char *w, uint8_t flag)
{
    lede_evlex *x = lex_of(arg, w, strlen(w));
    x->flags |= flag;
}

static const slot *get(const slot *t, size_t cap, const char *k, size_t n)
{
    if (!cap)
        return NULL;
    size_t i = hash(k, n) & (cap - 1);
    while (t[i].key) {
        if (t[i].len == n && memcmp(t[i].key, k, n) == 0)
            return &t[i];
        i = (i + 1) & (cap - 1);
    }
    return NULL;
}

static size_t pow2_above(size_t n)
{
    size_t c = 64;
    while (c < n * 2)
        c *= 2;
    return c;
}

/* Splits line into at most max tab-separated fields (in place). */
static size_t fields(char *line, char **f, size_t max)
{
    size_t k = 0;
    f[k++] = line;
    for (char *p = line; *p && k < max; p++)
        if (*p == '\t') {
            *p = '\0';
            f[k++] = p + 1;
        }
    return k;
}

static void parse_word(lede_evword *w, const char *pos, const char *cls)
{
    for (const char *p = pos; *p; p++) {
        char ch = *p, lo = (char)(ch | 0x20);
        uint8_t bit = lo == 'n' ? LEDE_WP_N : lo == 'v' ? LEDE_WP_V : lo == 'a' ? LEDE_WP_A : lo == 'r' ? LEDE_WP_R : 0;
        w->pos |= bit;
        if (ch >= 'A' && ch <= 'Z')
            w->primary = bit;
    }
    w->ncls = cls[0] == '-' ? 0 : cls[0];
}

/* "Type=3;Type=1" -> the known types, most frequent first (as written). */
static void parse_types(lede_evtrig *t, char *s)
{
    while (s && *s && t->ntypes < LEDE_EV_MAX_TYPES) {
        char *semi = strchr(s, ';');
        if (semi)
            *semi = '\0';
        char *eq = strchr(s, '=');
        if (eq) {
            const char *name = lede_event_type_intern(s, (size_t)(eq - s));
            if (name) {
                t->types[t->ntypes] = name;
                t->counts[t->ntypes++] = (uint16_t)strtoul(eq + 1, NULL, 10);
            }
        }
        s = semi ? semi + 1 : NULL;
    }
}

/* The whole file, NUL-terminated, or NULL with a message in err. */
static char *slurp(const char *path, const char *builder, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "cannot open %s: %s (rebuild it with %s)", path, strerror(errno), builder);
        return NULL;
    }
    char *buf = NULL;
    long size = -1;
    if (fseek(f, 0, SEEK_END) == 0)
        size = ftell(f);
    if (size >= 0 && (unsigned long)size <= LEDE_EVLEX_MAX_BYTES && fseek(f, 0, SEEK_SET) == 0)
        buf = malloc((size_t)size + 1);
    if (buf && fread(buf, 1, (size_t)size, f) == (size_t)size) {
        buf[size] = '\0';
        fclose(f);
        return buf;
    }
    free(buf);
    fclose(f);
    snprintf(err, errlen, "cannot read %s", path);
    return NULL;
}

/* A zeroed array of n elements of size bytes in the model's memory (the
 * tables are probed for every token: 2 MB pages); NULL on overflow or
 * when out of memory. */
static void *mm_array(lede_evmodel *m, size_t n, size_t size)
{
    return n > SIZE_MAX / size ? NULL : lede_mm_alloc(&m->mem, n * size);
}

static size_t khash(const lede_evmodel *m, lede_vocab_key k, size_t n) { return lede_evkslot_hash(k, n, m->kshift); }

/* The keyed index of every form of lslots that is short enough. */
static bool build_keyed(lede_evmodel *m)
{
    size_t nkeyed = 0;
    for (size_t i = 0; i < m->lcap; i++)
        nkeyed += m->lslots[i].key && m->lslots[i].len > 0 && m->lslots[i].len <= LEDE_VOCAB_KEY_MAX;
    for (m->kcap = 64; m->kcap < nkeyed * KSLOTS_PER_FORM;)
        m->kcap *= 2;
    m->kshift = 64;
    for (size_t c = m->kcap; c > 1; c >>= 1)
        m->kshift--;
    m->kslots = mm_array(m, m->kcap, sizeof *m->kslots);
    if (!m->kslots)
        return false;
    for (size_t i = 0; i < m->kcap; i++) /* an empty slot answers a miss (lede_evkeyed_find) */
        m->kslots[i].pcls = LEDE_EV_BY_SUFFIX;
    for (size_t i = 0; i < m->lcap; i++) {
        const slot *s = &m->lslots[i];
        if (!s->key || s->len == 0 || s->len > LEDE_VOCAB_KEY_MAX)
            continue;
        lede_vocab_key k = lede_vocab_key_of(s->key, s->len, 0);
        size_t h = khash(m, k, s->len);
        while (m->kslots[h].len)
            h = (h + 1) & (m->kcap - 1);
        const lede_evlex *x = &m->lex[s->idx];
        m->kslots[h] = (kslot){k.a, k.b, (uint8_t)s->len, x->pcls, x->wncls, x->trig && x->trig->live, s->idx};
    }
    for (int b = 0; b < 256; b++) {
        char ch = (char)b;
        m->lex1[b] = lede_evmodel_lex(m, &ch, 1);
    }
    if (m->nlex < 0xFFFF && (m->lex2 = mm_array(m, 1u << 16, sizeof *m->lex2)) != NULL)
        for (size_t i = 0; i < m->lcap; i++)
            if (m->lslots[i].key && m->lslots[i].len == 2) {
                const unsigned char *k = (const unsigned char *)m->lslots[i].key;
                m->lex2[k[0] | k[1] << 8] = (uint16_t)(m->lslots[i].idx + 1);
            }
    return true;
}

/* Logits whose P(argument) surely falls below the threshold (<= zlo) or
 * surely reaches it (>= zhi): 0.01 either side of its logit, where
 * 1/(1+expf(-z)) differs from the threshold by ~1e-4 * min(t, 1-t), far
 * more than its few ulps of rounding.  Thresholds near 0 or 1 leave every
 * logit to the exact comparison. */
static void set_logit_bounds(lede_evmodel *m)
{
    m->zlo = -INFINITY;
    m->zhi = INFINITY;
    double t = m->threshold;
    if (t >= 0.01 && t <= 0.99) {
        double z = log(t / (1.0 - t));
        m->zlo = (float)(z - 0.01);
        m->zhi = (float)(z + 0.01);
    }
}

/* data/events.args: "H threshold" and "A feature weight" lines. */
static bool load_args(lede_evmodel *m, const char *data_dir, char *err, size_t errlen)
{
    char path[1200];
    snprintf(path, sizeof path, "%s/events.args", data_dir);
    m->abuf = slurp(path, "tools/events/train_args.py", err, errlen);
    if (!m->abuf)
        return false;
    size_t n = 0;
    for (char *p = m->abuf; *p; p++)
        n += (p == m->abuf || p[-1] == '\n') && p[0] == 'A' && p[1] == '\t';
    m->acap = pow2_above(n);
    m->aslots = mm_array(m, m->acap, sizeof *m->aslots);
    m->weights = mm_array(m, n + 1, sizeof *m->weights);
    if (!m->aslots || !m->weights) {
        snprintf(err, errlen, "out of memory loading %s", path);
        return false;
    }
    m->threshold = 0.5f;
    for (char *line = m->abuf; line && *line;) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = '\0';
        char *fl[3];
        size_t k = fields(line, fl, 3);
        if (line[0] == 'A' && k == 3 && m->nweights < n) {
            m->weights[m->nweights] = strtof(fl[2], NULL);
            put(m->aslots, m->acap, fl[1], strlen(fl[1]), (uint32_t)m->nweights);
            m->nweights++;
        } else if (line[0] == 'H' && k >= 2) {
            m->threshold = strtof(fl[1], NULL);
        }
        line = nl ? nl + 1 : NULL;
    }
    set_logit_bounds(m);
    return true;
}

lede_evmodel *lede_evmodel_load(const char *data_dir, char *err, size_t errlen)
{
    char path[1200];
    snprintf(path, sizeof path, "%s/events.lex", data_dir);
    lede_evmodel *m = calloc(1, sizeof *m);
    if (!m) {
        snprintf(err, errlen, "out of memory loading %s", path);
        return NULL;
    }
    m->buf = slurp(path, "tools/events/train_events.py", err, errlen);
    if (!m->buf || !load_args(m, data_dir, err, errlen)) {
        lede_evmodel_free(m);
        return NULL;
    }

    size_t nw = 0, nt = 0;
    for (char *p = m->buf; *p; p++)
        if ((p == m->buf || p[-1] == '\n') && p[1] == '\t')
            nw += *p == 'W', nt += *p == 'T';
    size_t nclosed;
    const lede_evclosed *closed = lede_ev_closed_words(&nclosed);
    size_t ncues = 0;
    lede_ev_cue_words(count_cue, &ncues);
    lede_ev_arg_words(count_cue, &ncues);
    size_t nforms = nw + nt + nclosed + ncues;
    m->words = mm_array(m, nw + 1, sizeof *m->words);
    m->trigs = mm_array(m, nt + 1, sizeof *m->trigs);
    m->lex = mm_array(m, nforms + 1, sizeof *m->lex);
    m->preps = mm_array(m, nclosed + 1, sizeof *m->preps);
    m->lcap = pow2_above(nforms);
    m->lslots = mm_array(m, m->lcap, sizeof *m->lslots);
    if (!m->words || !m->trigs || !m->lex || !m->preps || !m->lslots)
        goto fail_mem;
    /* closed words first: a form's first listed class is its class */
    for (size_t k = 0; k < nclosed; k++) {
        lede_evlex *x = lex_of(m, closed[k].w, strlen(closed[k].w));
        if (x->cls != EC_OTHER)
            continue;
        x->cls = closed[k].cls;
        if (x->cls == EC_PREP || x->cls == EC_TO) {
            m->preps[m->npreps++] = closed[k].w;
            x->prep = (uint8_t)m->npreps;
        }
    }
    lede_ev_cue_words(add_cue, m);
    lede_ev_arg_words(add_cue, m);
    bool sem_seen[256] = {false};
    char *line = m->buf;
    while (line && *line) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = '\0';
        char *fl[6];
        size_t k = fields(line, fl, 6);
        if (line[0] == 'W' && k >= 4 && m->nwords < nw) {
            parse_word(&m->words[m->nwords], fl[2], fl[3]);
            sem_seen[(unsigned char)m->words[m->nwords].ncls] = true;
            lede_evlex *x = lex_of(m, fl[1], strlen(fl[1]));
            if (!x->word) /* first entry wins */
                x->word = &m->words[m->nwords];
            m->nwords++;
        } else if (line[0] == 'T' && k >= 5 && m->ntrigs < nt) {
            lede_evtrig *t = &m->trigs[m->ntrigs];
            t->lemma = fl[2];
            t->p = (uint16_t)strtoul(fl[3], NULL, 10);
            parse_types(t, fl[4]);
            if (t->ntypes) {
                lede_ev_trig_prepare(t);
                lede_evlex *x = lex_of(m, fl[1], strlen(fl[1]));
                if (!x->trig)
                    x->trig = t;
                m->ntrigs++;
            }
        }
        line = nl ? nl + 1 : NULL;
    }
    if (!m->nwords || !m->ntrigs) {
        snprintf(err, errlen, "%s has no entries; rebuild it with tools/events/train_events.py", path);
        lede_evmodel_free(m);
        return NULL;
    }
    for (size_t k = 0; k < m->nlex; k++)
        lede_ev_lex_class(&m->lex[k]);
    m->tables = lede_ev_tables_build(m, sem_seen);
    const char *const *types = lede_event_types(&m->nroles);
    m->roles = mm_array(m, m->nroles + 1, sizeof *m->roles);
    m->tflags = mm_array(m, m->nroles + 1, sizeof *m->tflags);
    if (!m->tables || !build_keyed(m) || !m->roles || !m->tflags)
        goto fail_mem;
    m->bound = lede_ev_bound_build(m->tables); /* NULL (out of memory, huge weights): no bound */
    for (size_t k = 0; k < m->nroles; k++) {
        m->roles[k] = lede_ev_roles_of(types[k]);
        m->tflags[k] = lede_ev_type_flags(types[k]);
    }
    return m;
fail_mem:
    snprintf(err, errlen, "out of memory loading %s", path);
    lede_evmodel_free(m);
    return NULL;
}

void lede_evmodel_free(lede_evmodel *m)
{
    if (!m)
        return;
    free(m->buf);
    free(m->abuf);
    lede_mm_fini(&m->mem);
    lede_ev_tables_free(m->tables);
    lede_ev_bound_free(m->bound);
    free(m);
}

const lede_evlex *lede_evmodel_lex(const lede_evmodel *m, const char *w, size_t n)
{
    const slot *s = m ? get(m->lslots, m->lcap, w, n) : NULL;
    return s ? &m->lex[s->idx] : NULL;
}

const lede_evlex *lede_evmodel_lex_at(const lede_evmodel *m, const char *w, size_t n, size_t before)
{
    if (!m || !m->kcap || n == 0 || n > LEDE_VOCAB_KEY_MAX)
        return lede_evmodel_lex(m, w, n);
    lede_vocab_key k = lede_vocab_key_of(w, n, before);
    for (size_t h = khash(m, k, n);; h = (h + 1) & (m->kcap - 1)) {
        const kslot *s = &m->kslots[h];
        if (!s->len)
            return NULL;
        if (s->a == k.a && s->b == k.b && s->len == n)
            return &m->lex[s->idx];
    }
}

void lede_evmodel_lex_tokens(const lede_evmodel *m, const lede_doc *d, const lede_evlex **out)
{
    lede_evkeyed kv = {0};
    bool keyed = lede_evmodel_keyed(m, &kv);
    for (size_t i = 0; i < d->toks.n; i++) {
        const lede_token *t = &d->toks.v[i];
        const char *w = lede_tok_norm(d, t);
        size_t n = t->norm_len;
        if (keyed && n - 3 <= LEDE_VOCAB_KEY_MAX - 3)
            out[i] = lede_evkeyed_entry(&kv, lede_evkeyed_find(&kv, lede_vocab_key_of(w, n, t->norm), n));
        else if (keyed && n - 1 <= 1)
            out[i] = lede_evkeyed_short(&kv, w, n);
        else
            out[i] = lede_evmodel_lex_short(m, w, n);
    }
}

bool lede_evmodel_keyed(const lede_evmodel *m, lede_evkeyed *kv)
{
    if (!m || !m->kcap || !m->lex2)
        return false;
    *kv = (lede_evkeyed){m->kslots, m->kcap - 1, m->kshift, m->lex, m->lex1, m->lex2};
    return true;
}

const lede_evlex *lede_evmodel_lex_short(const lede_evmodel *m, const char *w, size_t n)
{
    if (n == 1 && m && m->kcap) /* a fifth of the tokens: punctuation, "a" */
        return m->lex1[(unsigned char)w[0]];
    if (n == 2 && m && m->lex2) { /* another tenth: "of", "to", "in", "'s" */
        unsigned e = m->lex2[(unsigned char)w[0] | (unsigned char)w[1] << 8];
        return e ? &m->lex[e - 1] : NULL;
    }
    return lede_evmodel_lex_at(m, w, n, 0);
}

const char *const *lede_evmodel_roles(const lede_evmodel *m, uint8_t type_id, const char *type)
{
    return m && m->roles && type_id < m->nroles ? m->roles[type_id] : lede_ev_roles_of(type);
}

uint8_t lede_evmodel_tflags(const lede_evmodel *m, uint8_t type_id, const char *type)
{
    return m && m->tflags && type_id < m->nroles ? m->tflags[type_id] : lede_ev_type_flags(type);
}

const lede_evword *lede_evmodel_word(const lede_evmodel *m, const char *w, size_t n)
{
    const lede_evlex *x = lede_evmodel_lex(m, w, n);
    return x ? x->word : NULL;
}

const lede_evtrig *lede_evmodel_trigger(const lede_evmodel *m, const char *w, size_t n)
{
    const lede_evlex *x = lede_evmodel_lex(m, w, n);
    return x ? x->trig : NULL;
}

const char *const *lede_evmodel_preps(const lede_evmodel *m, size_t *n)
{
    *n = m->npreps;
    return m->preps;
}

const lede_evtables *lede_evmodel_tables(const lede_evmodel *m) { return m ? m->tables : NULL; }

const lede_evbound *lede_evmodel_bound(const lede_evmodel *m) { return m ? m->bound : NULL; }

float lede_evmodel_weight(const lede_evmodel *m, const char *f, size_t n)
{
    const slot *s = m ? get(m->aslots, m->acap, f, n) : NULL;
    return s ? m->weights[s->idx] : 0.0f;
}

bool lede_evmodel_has_args(const lede_evmodel *m) { return m && m->nweights > 0; }

float lede_evmodel_args_threshold(const lede_evmodel *m) { return m ? m->threshold : 0.5f; }

void lede_evmodel_logit_bounds(const lede_evmodel *m, float *lo, float *hi)
{
    *lo = m ? m->zlo : -INFINITY;
    *hi = m ? m->zhi : INFINITY;
}
