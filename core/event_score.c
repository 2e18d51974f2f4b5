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
 * Owned by the events engineer.  Pure functions; reentrant.
 */
#include <math.h>
#include <stdarg.h>
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

size_t lede_ev_features(const lede_evctx *c, const lede_evtrigger *g, int32_t ch, int slot, char *buf,
                        const char **feats)
{
    const lede_doc *d = c->d;
    const lede_evchunk *k = &c->chunks[ch];
    fb f = {buf, 0, feats, 0};
    bool left = k->head < g->tok;
    char side = left ? 'L' : 'R';
    size_t dist = left ? g->tok - k->head : k->b - g->tok;
    int b = bucket(dist);
    int off = (int)d->toks.v[k->head].sent - (int)g->sent;
    char sem = k->pron ? 'p' : k->sem ? (char)k->sem : '0';
    char gpos = g->verbal ? 'v' : c->cls[g->tok] == EC_ADJ ? 'a' : g->named ? 'c' : 'n';
    int fam = (int)prefix_len(g->type, 1), sub = (int)prefix_len(g->type, 2);
    const char *sl = slot >= 0 ? slot_code[slot] : "none";
    /* the word before the phrase (past determiners): a preposition's own form, else its class */
    size_t pb = k->b;
    while (pb > 0 && c->cls[pb - 1] == EC_DET)
        pb--;
    char prep[24] = "^";
    if (pb > 0 && d->toks.v[pb - 1].sent == d->toks.v[k->head].sent) {
        const lede_token *t = &d->toks.v[pb - 1];
        if ((c->cls[pb - 1] == EC_PREP || c->cls[pb - 1] == EC_TO) && t->norm_len < sizeof prep)
            copy_z(prep, sizeof prep, lede_tok_norm(d, t), t->norm_len);
        else
            copy_z(prep, sizeof prep, class_code[c->cls[pb - 1]], sizeof prep);
    }
    const char *next = k->e < d->toks.n && d->toks.v[k->e].sent == d->toks.v[k->head].sent
                           ? class_code[c->cls[k->e]]
                           : "$";
    size_t lo = left ? k->e : g->tok + 1, hi = left ? g->tok : k->b;
    int verbs = 0, commas = 0;
    for (size_t t = lo; t < hi && t < lo + 64; t++) {
        verbs += c->cls[t] == EC_VERB;
        commas += c->cls[t] == EC_COMMA || c->cls[t] == EC_DASH;
    }
    verbs = verbs > 2 ? 2 : verbs;
    commas = commas > 2 ? 2 : commas;
    /* another trigger closer to the phrase than this one (within the window) */
    int closer = 0;
    for (size_t t = k->b > 12 ? k->b - 12 : 0; t < k->e + 12 && t < d->toks.n; t++) {
        int32_t o = c->trig_of[t];
        if (o < 0 || t == g->tok || d->toks.v[t].sent != g->sent)
            continue;
        size_t dt = t < k->head ? k->head - t : t - k->head;
        closer |= dt < dist;
    }
    bool list = k->next >= 0 || k->list != ch;
    add(&f, "b");
    add(&f, "s=%s", sl);
    add(&f, "s=%s|t=%.*s", sl, sub, g->type);
    add(&f, "s=%s|m=%c", sl, sem);
    add(&f, "d=%c%d", side, b);
    add(&f, "d=%c%d|g=%c", side, b, gpos);
    add(&f, "o=%d", off);
    add(&f, "o=%d|t=%.*s", off, fam, g->type);
    add(&f, "m=%c", sem);
    add(&f, "m=%c|t=%.*s", sem, sub, g->type);
    add(&f, "m=%c|d=%c", sem, side);
    add(&f, "p=%s", prep);
    add(&f, "p=%s|t=%.*s", prep, fam, g->type);
    add(&f, "p=%s|m=%c", prep, sem);
    add(&f, "x=%s|d=%c", next, side);
    add(&f, "vb=%d|d=%c", verbs, side);
    add(&f, "cm=%d|d=%c", commas, side);
    add(&f, "l=%d|s=%s", list, sl);
    add(&f, "ng=%d|pos=%d", k->neg, k->poss);
    add(&f, "g=%c|pa=%d|d=%c", gpos, g->passive, side);
    add(&f, "vb=%d|cm=%d|o=%d", verbs, commas, off);
    add(&f, "cl=%d|s=%s", closer, sl);
    add(&f, "cl=%d|t=%.*s", closer, fam, g->type);
    const char *via = via_code[slot >= 0 ? c->via_of[ch] : VIA_NONE];
    add(&f, "v=%s", via);
    add(&f, "v=%s|t=%.*s", via, fam, g->type);
    return f.n;
}

float lede_ev_score(const lede_evctx *c, const char *const *feats, size_t nf)
{
    float z = 0.0f;
    for (size_t i = 0; i < nf; i++)
        z += lede_evmodel_weight(c->em, feats[i], strlen(feats[i]));
    return 1.0f / (1.0f + expf(-z));
}
