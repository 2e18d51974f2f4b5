/*
 * quote_words.c - what the quote stage knows about each word, looked up
 * once per token instead of once per question.
 *
 * The rules ask the same things of the same tokens many times over (is it
 * a determiner, a reporting verb, a word that can sit in a noun phrase?):
 * the classifier scores every word of a sentence and walks the speaker
 * phrase around each.  So:
 *   - lede_qlex is one open-addressing hash table over every word of the
 *     lexicon in quote_cues.c (list words, verb bases and their forms), each
 *     with its classes, its named-word id (LEDE_QW_*), its verb and the
 *     phrasal cues it may head.  It is built from the static lists once,
 *     with the model (stages.h: lede_qlex_load), and never written after;
 *     threads share it.  Without a model (unit tests, the trainer) the stage
 *     builds a private copy in the workspace arena.
 *   - lede_qtoks_classify looks each distinct word of a document up once
 *     (a per-document table in the arena, keyed by the word hash) and
 *     stores every token's classes, id and cue (lede_cue_at's answer) in
 *     ctx->tk; every question after that is an array read.  The hash it
 *     looks a token up by is also the token's word hash for the learned
 *     models (ctx->fh, quote_learn.c).
 * The answers are exactly those of the list scans they replace: the table
 * stores, for each word, what quote_cues.c's functions say about it.
 * Owned by the quotes stage.  Reentrant: the table is read-only after
 * building; per-document state lives in the workspace.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quote_learn.h"
#include "stages.h"

typedef struct qent {
    uint32_t hash;
    uint32_t off;      /* the word's bytes in the pool               */
    uint32_t cls;      /* LEDE_QC_* (gated ones before the token's)  */
    uint32_t pmask;    /* phrasal entries this word may head         */
    uint16_t id;       /* LEDE_QW_*                                  */
    int16_t verb;      /* reporting verb (lede_cue_lemma), -1        */
    uint8_t len;
    uint8_t form;      /* its form, or a phrasal head's              */
} qent;

struct lede_qlex {
    uint32_t mask;     /* slots - 1 (a power of two minus one)       */
    uint32_t n, cap;   /* entries used (0 is "none") and allocated   */
    uint32_t maxlen;   /* longest word: longer tokens are not looked up */
    uint32_t pool_n, pool_cap;
    uint16_t *slot;    /* entry index, 0 = empty                     */
    qent *ent;
    char *pool;
};

static const char *const qword_text[LEDE_QW_COUNT] = {
#define LEDE_QW_TEXT(id, s) [LEDE_QW_##id] = s,
    LEDE_QWORDS(LEDE_QW_TEXT)
#undef LEDE_QW_TEXT
};

/* The table's hash is the one every token gets anyway (quotes.h), so a
 * token is hashed once for the table and the learned models' features. */
static uint32_t hash(const char *s, size_t n) { return lede_qword_hash(s, n); }

static bool same_bytes(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++) /* words are short: no library call */
        if (a[i] != b[i])
            return false;
    return true;
}

static inline __attribute__((always_inline)) const qent *find(const lede_qlex *lx, const char *s, size_t n,
                                                               uint32_t h, uint16_t *idx)
{
    for (uint32_t at = h & lx->mask;; at = (at + 1) & lx->mask) {
        uint16_t e = lx->slot[at];
        if (!e)
            return NULL;
        const qent *q = &lx->ent[e];
        if (q->hash == h && q->len == n && same_bytes(lx->pool + q->off, s, n)) {
            *idx = e;
            return q;
        }
    }
}

/* ---- building ------------------------------------------------------------- */
typedef struct sizer { uint32_t words, bytes; } sizer;
static void count_word(void *ctx, const char *w, size_t n)
{
    sizer *z = ctx;
    z->words++;
    z->bytes += (uint32_t)n;
}

static uint32_t slots_for(uint32_t words)
{
    uint32_t s = 64;
    while (s < words * 2) /* load at most one half: probes stay short */
        s *= 2;
    return s;
}

static sizer measure(void)
{
    sizer z = {0, 0};
    for (int i = 1; i < LEDE_QW_COUNT; i++)
        count_word(&z, qword_text[i], strlen(qword_text[i]));
    lede_cue_words(count_word, &z);
    return z;
}

static size_t align16(size_t n) { return (n + 15) & ~(size_t)15; }

size_t lede_qlex_bytes(void)
{
    sizer z = measure();
    uint32_t slots = slots_for(z.words);
    return align16(sizeof(lede_qlex)) + align16(slots * sizeof(uint16_t)) + align16((z.words + 1) * sizeof(qent)) +
           z.bytes;
}

static void add_word(void *ctx, const char *w, size_t n)
{
    lede_qlex *lx = ctx;
    uint16_t idx;
    if (n == 0 || n > 255 || find(lx, w, n, hash(w, n), &idx))
        return;
    qent e = {.hash = hash(w, n), .len = (uint8_t)n};
    for (uint16_t i = 1; i < LEDE_QW_COUNT; i++)
        if (strlen(qword_text[i]) == n && memcmp(qword_text[i], w, n) == 0)
            e.id = i;
    e.cls = lede_cue_word_cls(w, n);
    e.verb = (int16_t)lede_cue_lemma(w, n, &e.form);
    e.pmask = lede_cue_phrasal_mask(w, n, e.verb, (e.cls & LEDE_QC_HEAD) != 0, &e.form);
    if (!e.id && !e.cls && e.verb < 0 && !e.pmask)
        return; /* a form produced for lemma() that is not one */
    if (lx->n >= lx->cap || lx->pool_n + n > lx->pool_cap)
        return; /* cannot happen: lede_qlex_bytes counted every word */
    e.off = lx->pool_n;
    memcpy(lx->pool + lx->pool_n, w, n);
    lx->pool_n += (uint32_t)n;
    lx->ent[lx->n] = e;
    uint32_t at = e.hash & lx->mask;
    while (lx->slot[at])
        at = (at + 1) & lx->mask;
    lx->slot[at] = (uint16_t)lx->n++;
    if (n > lx->maxlen)
        lx->maxlen = (uint32_t)n;
}

lede_qlex *lede_qlex_init(void *mem, size_t bytes)
{
    sizer z = measure();
    uint32_t slots = slots_for(z.words);
    if (!mem || bytes < lede_qlex_bytes() || z.words + 1 > UINT16_MAX)
        return NULL;
    memset(mem, 0, bytes);
    char *p = mem;
    lede_qlex *lx = (lede_qlex *)p;
    p += align16(sizeof *lx);
    lx->slot = (uint16_t *)p;
    p += align16(slots * sizeof(uint16_t));
    lx->ent = (qent *)p;
    p += align16((z.words + 1) * sizeof(qent));
    lx->pool = p;
    lx->mask = slots - 1;
    lx->n = 1;
    lx->cap = z.words + 1;
    lx->pool_cap = z.bytes;
    for (int i = 1; i < LEDE_QW_COUNT; i++)
        add_word(lx, qword_text[i], strlen(qword_text[i]));
    lede_cue_words(add_word, lx);
    return lx;
}

lede_qlex *lede_qlex_load(char *err, size_t errlen)
{
    size_t n = lede_qlex_bytes();
    void *mem = malloc(n);
    lede_qlex *lx = lede_qlex_init(mem, n);
    if (!lx) {
        free(mem);
        if (err && errlen)
            snprintf(err, errlen, "out of memory building the quote word table");
    }
    return lx;
}

void lede_qlex_free(lede_qlex *l) { free(l); }

/* ---- cues ------------------------------------------------------------------ */
/* The recogniser itself (what lede_cue_at always did), over the table. */
static bool cue_scan(const lede_qctx *q, uint32_t i, uint32_t limit, lede_cue *out)
{
    const lede_doc *d = q->d;
    if (i >= limit || i >= q->ntok)
        return false;
    const lede_token *t = &d->toks.v[i];
    if (!(t->flags & LEDE_TF_ALPHA))
        return false;
    /* "Central Asian States", "the Star Tribune Reports": capitalised words
     * inside a sentence are names, not verbs (headlines excepted) */
    if ((t->flags & (LEDE_TF_UPPER_INIT | LEDE_TF_ALL_UPPER)) && !(t->flags & (LEDE_TF_SENT_START | LEDE_TF_HEADLINE)))
        return false;
    if (lede_qw_is(q, i, LEDE_QW_ACCORDING) && i + 1 < limit && lede_qw_is(q, i + 1, LEDE_QW_TO)) {
        *out = (lede_cue){i, i + 2, i, LEDE_CUE_ACCORDING | LEDE_CUE_CLAUSE, LEDE_CUE_ING};
        return true;
    }
    if (!q->tk[i].ent)
        return false;
    const qent *e = &q->lex->ent[q->tk[i].ent];
    /* longest phrasal match */
    size_t np;
    const lede_qphrasal *ph = lede_cue_phrasal(&np);
    uint32_t best_te = 0, best_cls = 0;
    for (uint32_t m = e->pmask; m; m &= m - 1) {
        const lede_qphrasal *p = &ph[__builtin_ctz(m)];
        uint32_t k = i + 1;
        bool ok = true;
        for (int w = 0; w < 3 && p->w[w]; w++, k++)
            if (k >= limit || !lede_qw_is(q, k, p->w[w])) {
                ok = false;
                break;
            }
        if (ok && k > best_te) {
            best_te = k;
            best_cls = p->cls;
        }
    }
    if (best_te) {
        *out = (lede_cue){i, best_te, i, best_cls, e->form};
        return true;
    }
    if (e->verb < 0)
        return false;
    *out = (lede_cue){i, i + 1, i, lede_cue_verb_cls(e->verb), e->form};
    return true;
}

bool lede_cue_scan(const lede_qctx *q, uint32_t i, uint32_t limit, lede_cue *out)
{
    return cue_scan(q, i, limit, out);
}

/* ---- per document -------------------------------------------------------------- */
/* A word that can sit inside a noun phrase (quote_speaker.c's walkers). */
static inline __attribute__((always_inline)) bool np_word(const lede_qctx *q, uint32_t i)
{
    const lede_token *t = &q->d->toks.v[i];
    uint32_t cls = q->tk[i].cls;
    if (t->flags & LEDE_TF_POSSESSIVE)
        return true;
    if (!(t->flags & (LEDE_TF_ALPHA | LEDE_TF_DIGIT)))
        return false;
    if (t->flags & LEDE_TF_QUOTE)
        return false;
    if (cls & LEDE_QT_CAP)
        return !((cls & LEDE_QC_PRON) && q->tk[i].id != LEDE_QW_I) || (t->flags & LEDE_TF_ALL_UPPER && t->norm_len > 1);
    if (cls & (LEDE_QC_FUNC | LEDE_QC_DET | LEDE_QC_PRON | LEDE_QT_AUXADV))
        return false;
    /* "said", "told", "saying" are never part of the phrase */
    const lede_qtok *k = &q->tk[i];
    if (k->cue_len && (k->cue_form == LEDE_CUE_PAST || k->cue_form == LEDE_CUE_ING) && (k->cue_cls & LEDE_CUE_SPEECH))
        return false;
    return true;
}

/* ---- distinct words of a document ------------------------------------------
 * What depends on a token's folded text alone (its table entry, the -ly
 * test, its stem's hash) is worked out at the word's first token and kept
 * in a per-document table keyed by the word hash every token gets anyway;
 * later tokens of the word copy it.  News text repeats its words: a story
 * of 600 tokens has about 300 distinct ones.  Past LEDE_QWORD_DOC_MAX
 * distinct words (or without arena memory) the rest are worked out per
 * token, with the same answers. */
enum {
    QW_LY = 1u << 0,     /* -ly word longer than 4, not family / ally   */
    QW_MAYCUE = 1u << 1, /* a table word that may start a cue           */
};
/* What a token's classes read besides its word: these flags, and for a
 * token without a letter whether it is a colon (TOK_COLON). */
#define TOK_FLAGS                                                                                                     \
    (LEDE_TF_ALPHA | LEDE_TF_DIGIT | LEDE_TF_UPPER_INIT | LEDE_TF_ALL_UPPER | LEDE_TF_SENT_START |                    \
     LEDE_TF_POSSESSIVE | LEDE_TF_QUOTE)
#define TOK_COLON (1u << 30)
_Static_assert(!(TOK_FLAGS & TOK_COLON), "the colon bit is no token flag");
typedef struct qword {
    uint64_t hash64;     /* lede_qword_hash64 of the folded form         */
    uint32_t stem;       /* ... of its stem (quote_learn.c)              */
    uint32_t norm;       /* its bytes in doc->norm (the first token's)   */
    uint32_t cls;        /* the table entry's classes, 0 when none       */
    uint16_t len, ent, id;
    uint8_t bits;        /* QW_*                                         */
    uint32_t shape;      /* the last token's flags that the classes read
                            (TOK_SHAPE, + 1; 0 = none yet) ...           */
    uint32_t tcls;       /* ... and its classes (pass one's)             */
} qword;

/* Inline: it runs at the first token of every distinct word. */
static inline __attribute__((always_inline)) void word_of(const lede_qlex *lx, const char *s, uint32_t len,
                                                          uint64_t h64, uint32_t norm, qword *w)
{
    uint16_t idx = 0;
    uint32_t h = (uint32_t)h64;
    const qent *e = len && len <= lx->maxlen ? find(lx, s, len, h, &idx) : NULL;
    *w = (qword){.hash64 = h64, .norm = norm, .len = (uint16_t)len, .ent = idx};
    w->stem = lede_qstem_hash(s, len, h);
    if (e) {
        w->cls = e->cls;
        w->id = e->id;
        if (e->pmask || e->verb >= 0 || e->id == LEDE_QW_ACCORDING)
            w->bits |= QW_MAYCUE;
    }
    if (len > 4 && memcmp(s + len - 2, "ly", 2) == 0 && w->id != LEDE_QW_FAMILY && w->id != LEDE_QW_ALLY)
        w->bits |= QW_LY;
}

_Static_assert(LEDE_QWORD_DOC_MAX <= UINT16_MAX, "a slot holds an entry + 1 in two bytes");
typedef struct qwords {
    uint16_t *slot;      /* entry + 1, 0 = empty; mask + 1 slots (two
                            bytes: LEDE_QWORD_DOC_MAX entries at most)   */
    qword *w;
    uint32_t mask, n, cap;
} qwords;

static void qwords_init(lede_qctx *q, qwords *t, uint32_t max_words)
{
    uint32_t cap = q->ntok < max_words ? q->ntok : max_words, slots = 16;
    while (slots < cap * 2) /* at most half full: probes stay short */
        slots *= 2;
    *t = (qwords){0};
    t->slot = lede_arena_alloc(&q->ws->arena, slots * sizeof *t->slot);
    t->w = lede_arena_alloc(&q->ws->arena, (cap ? cap : 1) * sizeof *t->w);
    if (!t->slot || !t->w) {
        t->slot = NULL; /* every word per token */
        return;
    }
    memset(t->slot, 0, slots * sizeof *t->slot);
    t->mask = slots - 1;
    t->cap = cap;
}

/* The token's word: from the table, or worked out (and remembered while
 * there is room). */
static qword *qwords_get(qwords *t, const lede_qlex *lx, const char *norm, const lede_token *tk, uint64_t h64,
                         qword *tmp)
{
    uint32_t h = (uint32_t)h64;
    const char *s = norm + tk->norm;
    uint32_t len = tk->norm_len;
    if (!t->slot) {
        word_of(lx, s, len, h64, tk->norm, tmp);
        return tmp;
    }
    uint32_t at = h & t->mask;
    for (uint32_t e; (e = t->slot[at]) != 0; at = (at + 1) & t->mask) {
        qword *w = &t->w[e - 1];
        /* up to 8 bytes the 64-bit hash is one-to-one (quotes.h) */
        if (w->hash64 == h64 && w->len == len && (len <= 8 || same_bytes(norm + w->norm, s, len)))
            return w;
    }
    if (t->n >= t->cap) {
        word_of(lx, s, len, h64, tk->norm, tmp);
        return tmp;
    }
    qword *w = &t->w[t->n++];
    word_of(lx, s, len, h64, tk->norm, w);
    t->slot[at] = (uint16_t)t->n;
    return w;
}

void lede_qtoks_classify(lede_qctx *q) { lede_qtoks_classify_n(q, LEDE_QWORD_DOC_MAX); }

/* Token i's classes from its word w (pass one's: all of them for a word
 * that heads no cue; for one that may, the cue's and what it makes of the
 * noun phrase test wait for pass two). */
static uint32_t token_cls(lede_qctx *q, uint32_t i, const qword *w, uint32_t flags)
{
    lede_qtok *k = &q->tk[i];
    uint32_t cls = w->cls & ~(uint32_t)LEDE_QC_GATED;
    if (flags & LEDE_TF_ALPHA)
        cls |= w->cls & LEDE_QC_GATED;
    /* lowercase -ly words between subject and verb are adverbs ("flatly") */
    if ((cls & LEDE_QC_AUXL) || (!(flags & LEDE_TF_UPPER_INIT) && (w->bits & QW_LY)))
        cls |= LEDE_QT_AUXADV;
    if (flags & (LEDE_TF_UPPER_INIT | LEDE_TF_ALL_UPPER)) {
        if (flags & LEDE_TF_ALPHA)
            cls |= LEDE_QT_CAP;
        if (!(flags & LEDE_TF_SENT_START) && !(cls & (LEDE_QC_FUNC | LEDE_QC_TITLE)))
            cls |= LEDE_QT_NAME;
    }
    k->cls = cls;
    if (lede_qcue_word(q, i))
        cls |= LEDE_QT_CANDIDATE;
    if (w->bits & QW_MAYCUE)
        return cls | LEDE_QT_MAYCUE;
    /* no cue: cue_len is 0 for np_word */
    if (cls & LEDE_QC_VCOMMON)
        cls |= LEDE_QT_VERBISH;
    if (np_word(q, i))
        cls |= LEDE_QT_NPWORD;
    return cls;
}

void lede_qtoks_classify_n(lede_qctx *q, uint32_t max_words)
{
    const lede_doc *d = q->d;
    const lede_qlex *lx = q->lex;
    const char *norm = d->norm.v;
    uint32_t n = q->ntok, far = LEDE_QTOK_FAR, nmarks = 0;
    qwords words;
    qwords_init(q, &words, max_words);
    /* words and classes; distances back to quotation marks.  A word's
     * tokens mostly look alike (lowercase inside a sentence): the classes
     * of its last token shape are reused when the next one has that shape.
     * prev starts LEDE_QTOK_FAR before token 0: i - prev needs no "none"
     * case. */
    for (uint32_t i = 0, prev = 0u - far; i < n; i++) {
        const lede_token *t = &d->toks.v[i];
        uint32_t flags = t->flags;
        lede_qtok *k = &q->tk[i];
        uint64_t h64 = lede_qword_hash64(norm + t->norm, t->norm_len);
        qword tmp;
        qword *w = qwords_get(&words, lx, norm, t, h64, &tmp);
        q->fh[i].word = (uint32_t)h64;
        q->fh[i].stem = w->stem;
        k->ent = w->ent;
        k->id = w->id;
        k->cue_len = 0;
        uint32_t shape = flags & TOK_FLAGS;
        if (!(flags & LEDE_TF_ALPHA) && t->end - t->start == 1 && d->text[t->start] == ':')
            shape |= TOK_COLON;
        if (w->shape == shape + 1) {
            k->cls = w->tcls;
        } else {
            k->cls = w->tcls = token_cls(q, i, w, flags);
            w->shape = shape + 1;
        }
        k->quote_prev = (uint8_t)(i - prev < far ? i - prev : far);
        if (flags & LEDE_TF_QUOTE) {
            prev = i;
            nmarks++;
        }
    }
    q->nmarks = nmarks;
    memset(&q->tk[n], 0, sizeof q->tk[n]);
    q->tk[n].qopen_next = q->tk[n].quote_prev = q->tk[n].that_next = LEDE_QTOK_FAR;
    /* cues (which read the words after them) and what they make of the noun
     * phrase test; distances on to opening marks and "that" */
    for (uint32_t i = n, next = UINT32_MAX, that = UINT32_MAX; i-- > 0;) {
        lede_qtok *k = &q->tk[i];
        if (k->cls & LEDE_QT_MAYCUE) {
            lede_cue c;
            if (cue_scan(q, i, n, &c)) {
                k->cue_len = (uint8_t)(c.te - c.tb);
                k->cue_cls = (uint8_t)c.cls;
                k->cue_form = c.form;
                k->cls |= LEDE_QT_VERBISH;
            } else if (k->cls & LEDE_QC_VCOMMON) {
                k->cls |= LEDE_QT_VERBISH;
            }
            if (np_word(q, i))
                k->cls |= LEDE_QT_NPWORD;
        }
        if (d->toks.v[i].flags & LEDE_TF_QOPEN)
            next = i;
        k->qopen_next = (uint8_t)(next - i < far ? next - i : far);
        if (k->id == LEDE_QW_THAT)
            that = i;
        k->that_next = (uint8_t)(that - i < far ? that - i : far);
    }
}
