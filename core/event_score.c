/*
 * event_score.c - the argument classifier: features of a (trigger, candidate
 * noun phrase) pair and their logistic score with the weights of
 * data/events.args (trained by tools/events/train_args.py on WikiEvents and
 * RAMS dev).  Features are general, never words of a document: the rule slot
 * the syntax gave (subject, object, by-agent, in-place, ...), side and
 * distance, sentence offset, the phrase's semantic class, the preposition
 * before it and the class after it, verbs and commas in between, list
 * membership, event type family.  The same code serves the trainer's dump, so
 * training and service cannot disagree.
 * Every feature is one of LEDE_EV_TEMPLATES templates over a few categorical
 * values (slot, side, type family, ...).  Scoring used to format each feature
 * and hash it (a third of the event stage); now the model's load builds, per
 * template, a dense table of the weights of every value combination (by
 * formatting them with the same code), and scoring adds table entries in
 * the same order, so the sums are bit-identical.  A value outside a table's
 * domain falls back to formatting and hashing that one feature
 * (lede_ev_logit_general).  event_fast.c sums the tables for the service.
 * Owned by the events engineer.  Pure functions and tables built once at
 * load (read-only after); reentrant.
 */
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "event_int.h"

static const char *const class_code[] = {
    [EC_OTHER] = "o", [EC_PUNCT] = ".", [EC_COMMA] = ",", [EC_DASH] = "-", [EC_DET] = "D", [EC_POSS] = "'",
    [EC_PREP] = "P", [EC_CONJ] = "&", [EC_PRON] = "R", [EC_AUX] = "A", [EC_BE] = "B", [EC_MODAL] = "M",
    [EC_NEG] = "!", [EC_REL] = "W", [EC_ADV] = "r", [EC_NUM] = "#", [EC_ADJ] = "J", [EC_NOUN] = "N",
    [EC_PROPN] = "C", [EC_VERB] = "V", [EC_TO] = "T", [EC_TIME] = "@", [EC_QUOTE] = "q"};
static const char *const slot_code[EV_SLOTS] = {"agent", "patient", "instr", "with", "recip", "origin", "dest",
                                                "place"};

static const char *const via_code[VIA_COUNT] = {"none", "subj", "obj", "by", "pp", "of", "inv", "unacc", "poss",
                                               "light", "attend", "include", "adj", "list", "origin", "appos",
                                               "premod"};

static int bucket(size_t d)
{
    static const size_t edges[] = {1, 2, 3, 5, 8, 12, 20};
    for (int k = 0; k < 7; k++)
        if (d <= edges[k])
            return k;
    return 7;
}

/* Length of the type's first n dotted components ("Conflict.Attack"). */
static size_t prefix_len(const char *type, int n)
{
    size_t i = 0;
    for (int k = 0; type[i]; i++)
        if (type[i] == '.' && ++k == n)
            break;
    return i;
}

typedef struct fb { char *buf; size_t used; const char **feats; size_t n; } fb;

/* Appends s[0..n), stopping at a NUL like printf's precision; false when it does not fit. */
static bool put(char *buf, size_t *at, const char *s, size_t n)
{
    for (size_t i = 0; i < n && s[i]; i++) {
        if (*at + 1 >= LEDE_EV_FEAT_BUF)
            return false;
        buf[(*at)++] = s[i];
    }
    return true;
}

/* A printf subset (%s %.*s %c %d) written by hand: this runs for every
 * (trigger, phrase) pair and vsnprintf was a sixth of the analysis.  Same
 * bytes as before; a feature that does not fit is dropped whole. */
static void add(fb *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void add(fb *f, const char *fmt, ...)
{
    if (f->n >= LEDE_EV_MAX_FEATS || f->used >= LEDE_EV_FEAT_BUF)
        return;
    size_t at = f->used;
    bool ok = true;
    va_list ap;
    va_start(ap, fmt);
    for (const char *p = fmt; *p && ok; p++) {
        if (*p != '%') {
            ok = put(f->buf, &at, p, 1);
            continue;
        }
        p++;
        if (*p == 's') {
            const char *s = va_arg(ap, const char *);
            ok = put(f->buf, &at, s, (size_t)-1);
        } else if (*p == '.') { /* "%.*s" */
            int n = va_arg(ap, int);
            const char *s = va_arg(ap, const char *);
            ok = put(f->buf, &at, s, n < 0 ? (size_t)-1 : (size_t)n);
            p += 2;
        } else if (*p == 'c') {
            char ch = (char)va_arg(ap, int);
            if (at + 1 >= LEDE_EV_FEAT_BUF)
                ok = false;
            else
                f->buf[at++] = ch;
        } else { /* 'd' */
            int v = va_arg(ap, int);
            char tmp[16];
            size_t i = sizeof tmp;
            unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
            do
                tmp[--i] = (char)('0' + u % 10);
            while (u /= 10);
            if (v < 0)
                tmp[--i] = '-';
            ok = put(f->buf, &at, tmp + i, sizeof tmp - i);
        }
    }
    va_end(ap);
    if (!ok)
        return;
    f->buf[at] = '\0';
    f->feats[f->n++] = f->buf + f->used;
    f->used = at + 1;
}

/* Copies at most n bytes of s, stopping at a NUL, truncated to cap - 1 (snprintf's "%.*s"). */
static void copy_z(char *dst, size_t cap, const char *s, size_t n)
{
    size_t i = 0;
    for (; i < n && i + 1 < cap && s[i]; i++)
        dst[i] = s[i];
    dst[i] = '\0';
}

/* ---- a candidate's values -------------------------------------------------- */

/* Value indices (event_int.h): NCLS word classes; the preposition before a
 * phrase is "^", a class code or a word (PV_*); the class after it a class
 * code or "$" (NCLS). */
#define NCLS LEDE_EV_NCLS
enum { PV_START = LEDE_EV_PV_START, PV_CLASS = LEDE_EV_PV_CLASS, PV_WORD = LEDE_EV_PV_WORD };

typedef struct evraw {
    int slot;                /* rule slot, -1 none                          */
    const char *type;        /* trigger type                                */
    int type_id;             /* its index in lede_event_types(), -1          */
    char sem, side, gpos;
    int bucket, off;
    char prep[LEDE_EV_PREP_MAX]; /* preposition's form or a class code      */
    int prep_id;             /* PV_* value index, -1 when out of the tables  */
    const char *next;
    int next_id;
    int verbs, commas, list, neg, poss, passive, closer, via;
} evraw;

static void collect(const lede_evctx *c, const lede_evtrigger *g, int32_t ch, int slot, evraw *r)
{
    const lede_doc *d = c->d;
    const lede_evchunk *k = &c->chunks[ch];
    bool left = k->head < g->tok;
    size_t dist = left ? g->tok - k->head : k->b - g->tok;
    r->slot = slot;
    r->type = g->type;
    r->type_id = g->type_id == 0xFF ? -1 : g->type_id;
    r->side = left ? 'L' : 'R';
    r->bucket = bucket(dist);
    r->off = (int)d->toks.v[k->head].sent - (int)g->sent;
    r->sem = k->pron ? 'p' : k->sem ? (char)k->sem : '0';
    r->gpos = g->verbal ? 'v' : c->cls[g->tok] == EC_ADJ ? 'a' : g->named ? 'c' : 'n';
    /* the word before the phrase (past determiners): a preposition's own form, else its class */
    size_t pb = k->b;
    while (pb > 0 && c->cls[pb - 1] == EC_DET)
        pb--;
    copy_z(r->prep, sizeof r->prep, "^", 1);
    r->prep_id = PV_START;
    if (pb > 0 && d->toks.v[pb - 1].sent == d->toks.v[k->head].sent) {
        const lede_token *t = &d->toks.v[pb - 1];
        uint8_t cl = c->cls[pb - 1];
        if ((cl == EC_PREP || cl == EC_TO) && t->norm_len < sizeof r->prep) {
            copy_z(r->prep, sizeof r->prep, lede_tok_norm(d, t), t->norm_len);
            const lede_evlex *x = c->lex ? c->lex[pb - 1] : NULL;
            r->prep_id = x && x->prep ? PV_WORD + x->prep - 1 : -1;
        } else {
            copy_z(r->prep, sizeof r->prep, class_code[cl], sizeof r->prep);
            r->prep_id = PV_CLASS + cl;
        }
    }
    bool has_next = k->e < d->toks.n && d->toks.v[k->e].sent == d->toks.v[k->head].sent;
    r->next = has_next ? class_code[c->cls[k->e]] : "$";
    r->next_id = has_next ? c->cls[k->e] : NCLS;
    /* verbs and commas between the phrase and the trigger (at most 64 tokens) */
    size_t lo = left ? k->e : g->tok + 1, hi = left ? g->tok : k->b;
    if (hi > lo + 64)
        hi = lo + 64;
    uint64_t vc = hi > lo ? lede_ev_vc_between(c, lo, hi) : 0;
    uint32_t verbs = (uint32_t)vc, commas = (uint32_t)(vc >> 32);
    r->verbs = verbs > 2 ? 2 : (int)verbs;
    r->commas = commas > 2 ? 2 : (int)commas;
    /* another trigger closer to the phrase than this one: a trigger token
     * other than g's within 12 tokens of the phrase, in g's sentence, less
     * than dist from the head; those tokens form one range */
    const lede_sentence *gs = &d->sents.v[g->sent];
    size_t clo = k->b > 12 ? k->b - 12 : 0, chi = k->e + 12 < d->toks.n ? k->e + 12 : d->toks.n;
    size_t dlo = dist > k->head ? 0 : k->head - dist + 1;          /* |t - head| < dist */
    size_t dhi = dist > SIZE_MAX - k->head ? SIZE_MAX : k->head + dist; /* (dist may wrap) */
    clo = clo > gs->tok_begin ? clo : gs->tok_begin;
    clo = clo > dlo ? clo : dlo;
    chi = chi < gs->tok_end ? chi : gs->tok_end;
    chi = chi < dhi ? chi : dhi;
    r->closer = chi > clo && lede_ev_trigger_between(c, 0, c->ntrigs, clo, chi, g->tok);
    r->list = k->next >= 0 || k->list != ch;
    r->neg = k->neg;
    r->poss = k->poss;
    r->passive = g->passive;
    r->via = slot >= 0 ? c->via_of[ch] : VIA_NONE;
}

/* ---- templates --------------------------------------------------------------- */

/* The values a template is made of. */
enum { F_SLOT, F_FAM, F_SUB, F_SEM, F_SIDE, F_BUCKET, F_GPOS, F_OFF, F_PREP, F_NEXT, F_VERBS, F_COMMAS, F_LIST,
       F_NEG, F_POSS, F_PASSIVE, F_CLOSER, F_VIA, F_COUNT, F_ZERO = F_COUNT /* always 0: a missing part */ };
_Static_assert(F_COUNT == sizeof ((lede_evtables *)0)->dim / sizeof(size_t), "lede_evtables.dim has a slot per field");

/* Feature templates in the order they are scored (and dumped).  A 25th,
 * "v=%s|t=%.*s", never fitted LEDE_EV_MAX_FEATS, so no model has it.
 * event_fast.c sums them written out in this order: change both. */
static const int8_t tmpl_fields[LEDE_EV_TEMPLATES][3] = {
    {-1, -1, -1},                  /* b                 */
    {F_SLOT, -1, -1},              /* s=                */
    {F_SLOT, F_SUB, -1},           /* s=|t=             */
    {F_SLOT, F_SEM, -1},           /* s=|m=             */
    {F_SIDE, F_BUCKET, -1},        /* d=                */
    {F_SIDE, F_BUCKET, F_GPOS},    /* d=|g=             */
    {F_OFF, -1, -1},               /* o=                */
    {F_OFF, F_FAM, -1},            /* o=|t=             */
    {F_SEM, -1, -1},               /* m=                */
    {F_SEM, F_SUB, -1},            /* m=|t=             */
    {F_SEM, F_SIDE, -1},           /* m=|d=             */
    {F_PREP, -1, -1},              /* p=                */
    {F_PREP, F_FAM, -1},           /* p=|t=             */
    {F_PREP, F_SEM, -1},           /* p=|m=             */
    {F_NEXT, F_SIDE, -1},          /* x=|d=             */
    {F_VERBS, F_SIDE, -1},         /* vb=|d=            */
    {F_COMMAS, F_SIDE, -1},        /* cm=|d=            */
    {F_LIST, F_SLOT, -1},          /* l=|s=             */
    {F_NEG, F_POSS, -1},           /* ng=|pos=          */
    {F_GPOS, F_PASSIVE, F_SIDE},   /* g=|pa=|d=         */
    {F_VERBS, F_COMMAS, F_OFF},    /* vb=|cm=|o=        */
    {F_CLOSER, F_SLOT, -1},        /* cl=|s=            */
    {F_CLOSER, F_FAM, -1},         /* cl=|t=            */
    {F_VIA, -1, -1},               /* v=                */
};

/* Feature t of the values r, appended to f (the strings the trainer sees). */
static void format_feature(fb *f, int t, const evraw *r)
{
    const char *sl = r->slot >= 0 ? slot_code[r->slot] : "none";
    int fam = t == 7 || t == 12 || t == 22 ? (int)prefix_len(r->type, 1) : 0;
    int sub = t == 2 || t == 9 ? (int)prefix_len(r->type, 2) : 0;
    switch (t) {
    case 0: add(f, "b"); break;
    case 1: add(f, "s=%s", sl); break;
    case 2: add(f, "s=%s|t=%.*s", sl, sub, r->type); break;
    case 3: add(f, "s=%s|m=%c", sl, r->sem); break;
    case 4: add(f, "d=%c%d", r->side, r->bucket); break;
    case 5: add(f, "d=%c%d|g=%c", r->side, r->bucket, r->gpos); break;
    case 6: add(f, "o=%d", r->off); break;
    case 7: add(f, "o=%d|t=%.*s", r->off, fam, r->type); break;
    case 8: add(f, "m=%c", r->sem); break;
    case 9: add(f, "m=%c|t=%.*s", r->sem, sub, r->type); break;
    case 10: add(f, "m=%c|d=%c", r->sem, r->side); break;
    case 11: add(f, "p=%s", r->prep); break;
    case 12: add(f, "p=%s|t=%.*s", r->prep, fam, r->type); break;
    case 13: add(f, "p=%s|m=%c", r->prep, r->sem); break;
    case 14: add(f, "x=%s|d=%c", r->next, r->side); break;
    case 15: add(f, "vb=%d|d=%c", r->verbs, r->side); break;
    case 16: add(f, "cm=%d|d=%c", r->commas, r->side); break;
    case 17: add(f, "l=%d|s=%s", r->list, sl); break;
    case 18: add(f, "ng=%d|pos=%d", r->neg, r->poss); break;
    case 19: add(f, "g=%c|pa=%d|d=%c", r->gpos, r->passive, r->side); break;
    case 20: add(f, "vb=%d|cm=%d|o=%d", r->verbs, r->commas, r->off); break;
    case 21: add(f, "cl=%d|s=%s", r->closer, sl); break;
    case 22: add(f, "cl=%d|t=%.*s", r->closer, fam, r->type); break;
    default: add(f, "v=%s", via_code[r->via]); break;
    }
}

size_t lede_ev_features(const lede_evctx *c, const lede_evtrigger *g, int32_t ch, int slot, char *buf,
                        const char **feats)
{
    evraw r;
    collect(c, g, ch, slot, &r);
    fb f = {buf, 0, feats, 0};
    for (int t = 0; t < LEDE_EV_TEMPLATES; t++)
        format_feature(&f, t, &r);
    return f.n;
}

float lede_ev_score(const lede_evctx *c, const char *const *feats, size_t nf)
{
    float z = 0.0f;
    for (size_t i = 0; i < nf; i++)
        z += lede_evmodel_weight(c->em, feats[i], strlen(feats[i]));
    return 1.0f / (1.0f + expf(-z));
}

/* ---- dense weight tables --------------------------------------------------------- */

#define OFF_SPAN LEDE_EV_OFF_SPAN
static const char gpos_codes[] = "vacn";

/* Value index of field fl in r, -1 when outside the tables. */
static int field_index(const lede_evtables *tb, int fl, const evraw *r)
{
    switch (fl) {
    case F_SLOT: return r->slot + 1;
    case F_FAM:
    case F_SUB: return r->type_id;
    case F_SEM: return tb->sem_idx[(unsigned char)r->sem] == 0xFF ? -1 : tb->sem_idx[(unsigned char)r->sem];
    case F_SIDE: return r->side == 'R';
    case F_BUCKET: return r->bucket;
    case F_GPOS: return (int)(strchr(gpos_codes, r->gpos) - gpos_codes);
    case F_OFF: return r->off >= -OFF_SPAN && r->off <= OFF_SPAN ? r->off + OFF_SPAN : -1;
    case F_PREP: return r->prep_id;
    case F_NEXT: return r->next_id;
    case F_VERBS: return r->verbs;
    case F_COMMAS: return r->commas;
    case F_LIST: return r->list;
    case F_NEG: return r->neg == 0 || r->neg == 1 ? r->neg : -1;
    case F_POSS: return r->poss == 0 || r->poss == 1 ? r->poss : -1;
    case F_PASSIVE: return r->passive == 0 || r->passive == 1 ? r->passive : -1;
    case F_CLOSER: return r->closer;
    default: return r->via;
    }
}

/* Sets field fl of r to value index v (the inverse of field_index). */
static void field_set(const lede_evtables *tb, int fl, int v, evraw *r)
{
    switch (fl) {
    case F_SLOT: r->slot = v - 1; break;
    case F_FAM:
    case F_SUB: r->type = tb->types[v]; r->type_id = v; break;
    case F_SEM: r->sem = tb->sem_chr[v]; break;
    case F_SIDE: r->side = v ? 'R' : 'L'; break;
    case F_BUCKET: r->bucket = v; break;
    case F_GPOS: r->gpos = gpos_codes[v]; break;
    case F_OFF: r->off = v - OFF_SPAN; break;
    case F_PREP: {
        const char *s = v == PV_START ? "^" : v < PV_WORD ? class_code[v - PV_CLASS] : tb->preps[v - PV_WORD];
        copy_z(r->prep, sizeof r->prep, s, sizeof r->prep);
        r->prep_id = v;
        break;
    }
    case F_NEXT: r->next = v < NCLS ? class_code[v] : "$"; r->next_id = v; break;
    case F_VERBS: r->verbs = v; break;
    case F_COMMAS: r->commas = v; break;
    case F_LIST: r->list = v; break;
    case F_NEG: r->neg = v; break;
    case F_POSS: r->poss = v; break;
    case F_PASSIVE: r->passive = v; break;
    case F_CLOSER: r->closer = v; break;
    default: r->via = v; break;
    }
}

/* How many values field fl has.  All but the type, semantic class and
 * preposition fields have a fixed count, which event_fast.c writes as
 * constants (SLOTS, BUCKETS, GPOS, OFFS, CAPPED): change both. */
static inline size_t dim_of(const lede_evtables *tb, int fl)
{
    switch (fl) {
    case F_SLOT: return EV_SLOTS + 1;
    case F_FAM:
    case F_SUB: return tb->ntypes;
    case F_SEM: return tb->nsem;
    case F_SIDE: return 2;
    case F_BUCKET: return 8;
    case F_GPOS: return 4;
    case F_OFF: return 2 * OFF_SPAN + 1;
    case F_PREP: return PV_WORD + tb->npreps;
    case F_NEXT: return NCLS + 1;
    case F_VERBS:
    case F_COMMAS: return 3;
    case F_LIST:
    case F_NEG:
    case F_POSS:
    case F_PASSIVE:
    case F_CLOSER: return 2;
    default: return VIA_COUNT;
    }
}

/* The weight of feature t by formatting and hashing it. */
static float weight_slow(const lede_evmodel *m, int t, const evraw *r)
{
    char buf[LEDE_EV_FEAT_BUF];
    const char *feat[1];
    fb f = {buf, 0, feat, 0};
    format_feature(&f, t, r);
    return f.n ? lede_evmodel_weight(m, feat[0], strlen(feat[0])) : 0.0f;
}

lede_evtables *lede_ev_tables_build(const lede_evmodel *m, const bool *sem_seen)
{
    lede_evtables *tb = calloc(1, sizeof *tb);
    if (!tb)
        return NULL;
    tb->types = lede_event_types(&tb->ntypes);
    tb->preps = lede_evmodel_preps(m, &tb->npreps);
    memset(tb->sem_idx, 0xFF, sizeof tb->sem_idx);
    /* the semantic classes of phrases: pronoun, names by type, the lexicon's noun classes */
    for (int ch = 1; ch < 256; ch++)
        if ((sem_seen[ch] || strchr("pPGLN0", ch)) && tb->nsem < 0xFF) {
            tb->sem_idx[ch] = (uint8_t)tb->nsem;
            tb->sem_chr[tb->nsem++] = (char)ch;
        }
    size_t dim[F_COUNT];
    for (int fl = 0; fl < F_COUNT; fl++)
        dim[fl] = dim_of(tb, fl);
    memcpy(tb->dim, dim, sizeof dim);
    for (int t = 0; t < LEDE_EV_TEMPLATES; t++) {
        size_t n = 1;
        for (int p = 0; p < 3 && tmpl_fields[t][p] >= 0; p++)
            n *= dim[tmpl_fields[t][p]];
        tb->w[t] = malloc(n * sizeof *tb->w[t]);
        if (!tb->w[t]) {
            lede_ev_tables_free(tb);
            return NULL;
        }
        for (size_t at = 0; at < n; at++) {
            /* the values of entry `at` (mixed radix, first field most significant) */
            evraw r = {.slot = -1, .type = "", .type_id = -1, .sem = '0', .side = 'L', .gpos = 'n', .next = "$"};
            size_t rest = at;
            for (int p = 2; p >= 0; p--) {
                int fl = tmpl_fields[t][p];
                if (fl < 0)
                    continue;
                field_set(tb, fl, (int)(rest % dim[fl]), &r);
                rest /= dim[fl];
            }
            tb->w[t][at] = weight_slow(m, t, &r);
        }
    }
    return tb;
}

void lede_ev_tables_free(lede_evtables *tb)
{
    if (!tb)
        return;
    for (int t = 0; t < LEDE_EV_TEMPLATES; t++)
        free(tb->w[t]);
    free(tb);
}

/* The logit by the general path: evraw's values, a template outside the
 * tables by formatting and hashing its feature. */
float lede_ev_logit_general(const lede_evctx *c, const lede_evtrigger *g, int32_t ch, int slot)
{
    const lede_evtables *tb = lede_evmodel_tables(c->em);
    evraw r;
    collect(c, g, ch, slot, &r);
    float z = 0.0f;
    for (int t = 0; t < LEDE_EV_TEMPLATES; t++) {
        size_t at = 0;
        bool tabled = tb != NULL;
        for (int p = 0; p < 3 && tabled && tmpl_fields[t][p] >= 0; p++) {
            int fl = tmpl_fields[t][p], x = field_index(tb, fl, &r);
            tabled = x >= 0 && (size_t)x < tb->dim[fl];
            at = at * tb->dim[fl] + (size_t)x;
        }
        /* same weights added in the same order as lede_ev_score over lede_ev_features */
        z += tabled ? tb->w[t][at] : weight_slow(c->em, t, &r);
    }
    return z;
}

