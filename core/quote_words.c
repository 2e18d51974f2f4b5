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

#include "model_mem.h"
#include "quote_learn.h"
#include "stages.h"

/* What the stage marks on a word (qent, qword below). */
enum {
    QW_LY = 1u << 0,     /* -ly word longer than 4, not family / ally   */
    QW_MAYCUE = 1u << 1, /* a table word that may start a cue           */
    QW_THAT = 1u << 2,   /* "that" (the that_next distances)            */
};

typedef struct qent {
    uint64_t hash64;   /* lede_qword_hash64 of the word              */
    uint32_t stem;     /* lede_qstem_hash of it (the token's fh)      */
    uint32_t off;      /* the word's bytes in the pool               */
    uint32_t cls;      /* LEDE_QC_* (gated ones before the token's)  */
    uint32_t pmask;    /* phrasal entries this word may head         */
    uint16_t id;       /* LEDE_QW_*                                  */
    int16_t verb;      /* reporting verb (lede_cue_lemma), -1        */
    uint8_t len;
    uint8_t form;      /* its form, or a phrasal head's              */
    uint8_t bits;      /* QW_*                                       */
    uint32_t pcls[3];  /* a token's classes (token_cls, pass one's)
                          in the shapes of preset_shape[]            */
} qent;

/* The commonest token shapes of a word's first token in a document
 * (flags & TOK_FLAGS below): lowercase inside a sentence, capitalised
 * inside a sentence, capitalised at its start. */
static const uint32_t preset_shape[3] = {
    LEDE_TF_ALPHA, LEDE_TF_ALPHA | LEDE_TF_UPPER_INIT, LEDE_TF_ALPHA | LEDE_TF_UPPER_INIT | LEDE_TF_SENT_START};

struct lede_qlex {
    uint32_t mask;     /* slots - 1 (a power of two minus one)       */
    uint32_t n, cap;   /* entries used (0 is "none") and allocated   */
    uint32_t maxlen;   /* longest word: longer tokens are not looked up */
    uint32_t pool_n, pool_cap;
    uint16_t *slot;    /* entry index, 0 = empty                     */
    qent *ent;
    char *pool;
    lede_mm mem;       /* lede_qlex_load's: holds the table itself   */
};

static const char *const qword_text[LEDE_QW_COUNT] = {
#define LEDE_QW_TEXT(id, s) [LEDE_QW_##id] = s,
    LEDE_QWORDS(LEDE_QW_TEXT)
#undef LEDE_QW_TEXT
};

/* The table's hash is the one every token gets anyway (quotes.h), so a
 * token is hashed once for the table and the learned models' features. */
static uint64_t hash(const char *s, size_t n) { return lede_qword_hash64(s, n); }

/* Words of more than 8 bytes (shorter ones compare by their hash, below):
 * eight bytes at a time, the last eight overlapping, no library call. */
static inline bool same_bytes(const char *a, const char *b, size_t n)
{
    uint64_t x, y;
    for (size_t i = 0; i + 8 < n; i += 8) {
        memcpy(&x, a + i, 8);
        memcpy(&y, b + i, 8);
        if (x != y)
            return false;
    }
    memcpy(&x, a + n - 8, 8);
    memcpy(&y, b + n - 8, 8);
    return x == y;
}

/* Up to 8 bytes the 64-bit hash is one-to-one (quotes.h): no byte
 * compare. */
static inline __attribute__((always_inline)) const qent *find(const lede_qlex *lx, const char *s, size_t n,
                                                               uint64_t h, uint16_t *idx)
{
    for (uint32_t at = (uint32_t)h & lx->mask;; at = (at + 1) & lx->mask) {
        uint16_t e = lx->slot[at];
        if (!e)
            return NULL;
        const qent *q = &lx->ent[e];
        if (q->hash64 == h && q->len == n && (n <= 8 || same_bytes(lx->pool + q->off, s, n))) {
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
    for (size_t i = 0; i < lede_qcommon_count; i++)
        count_word(&z, lede_qcommon_words[i], strlen(lede_qcommon_words[i]));
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

static uint32_t shape_cls(const qent *e, uint32_t flags);

/* A word of the lexicon; plain: a common word, added after the lexicon
 * (a word not already there is none of the lexicon's: no id, class, verb
 * or phrasal cue, what a word outside the table gets). */
static void add_entry(lede_qlex *lx, const char *w, size_t n, bool plain)
{
    uint16_t idx;
    if (n == 0 || n > 255 || find(lx, w, n, hash(w, n), &idx))
        return;
    qent e = {.hash64 = hash(w, n), .len = (uint8_t)n, .verb = -1};
    if (!plain) {
        for (uint16_t i = 1; i < LEDE_QW_COUNT; i++)
            if (strlen(qword_text[i]) == n && memcmp(qword_text[i], w, n) == 0)
                e.id = i;
        e.cls = lede_cue_word_cls(w, n);
        e.verb = (int16_t)lede_cue_lemma(w, n, &e.form);
        e.pmask = lede_cue_phrasal_mask(w, n, e.verb, (e.cls & LEDE_QC_HEAD) != 0, &e.form);
        if (!e.id && !e.cls && e.verb < 0 && !e.pmask)
            return; /* a form produced for lemma() that is not one */
    }
    /* what word_of would work out per document */
    e.stem = lede_qstem_hash(w, n, (uint32_t)e.hash64);
    if (e.pmask || e.verb >= 0 || e.id == LEDE_QW_ACCORDING)
        e.bits |= QW_MAYCUE;
    if (e.id == LEDE_QW_THAT)
        e.bits |= QW_THAT;
    if (n > 4 && memcmp(w + n - 2, "ly", 2) == 0 && e.id != LEDE_QW_FAMILY && e.id != LEDE_QW_ALLY)
        e.bits |= QW_LY;
    for (int k = 0; k < 3; k++)
        e.pcls[k] = shape_cls(&e, preset_shape[k]);
    if (lx->n >= lx->cap || lx->pool_n + n > lx->pool_cap)
        return; /* cannot happen: lede_qlex_bytes counted every word */
    e.off = lx->pool_n;
    memcpy(lx->pool + lx->pool_n, w, n);
    lx->pool_n += (uint32_t)n;
    lx->ent[lx->n] = e;
    uint32_t at = (uint32_t)e.hash64 & lx->mask;
    while (lx->slot[at])
        at = (at + 1) & lx->mask;
    lx->slot[at] = (uint16_t)lx->n++;
    if (n > lx->maxlen)
        lx->maxlen = (uint32_t)n;
}

static void add_word(void *ctx, const char *w, size_t n) { add_entry(ctx, w, n, false); }

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
    for (size_t i = 0; i < lede_qcommon_count; i++)
        add_entry(lx, lede_qcommon_words[i], strlen(lede_qcommon_words[i]), true);
    return lx;
}

lede_qlex *lede_qlex_load(char *err, size_t errlen)
{
    size_t n = lede_qlex_bytes();
    /* probed for most tokens: in the model's 2 MB pages */
    lede_mm mm = {0};
    lede_qlex *lx = lede_qlex_init(lede_mm_alloc(&mm, n), n);
    if (!lx) {
        lede_mm_fini(&mm);
        if (err && errlen)
            snprintf(err, errlen, "out of memory building the quote word table");
        return NULL;
    }
    lx->mem = mm;
    return lx;
}

void lede_qlex_free(lede_qlex *l)
{
    if (!l)
        return;
    lede_mm mm = l->mem; /* l is in it */
    lede_mm_fini(&mm);
}

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
/* What a token's classes read besides its word: these flags, and for a
 * token without a letter whether it is a colon (TOK_COLON). */
#define TOK_FLAGS                                                                                                     \
    (LEDE_TF_ALPHA | LEDE_TF_DIGIT | LEDE_TF_UPPER_INIT | LEDE_TF_ALL_UPPER | LEDE_TF_SENT_START |                    \
     LEDE_TF_POSSESSIVE | LEDE_TF_QUOTE)
#define TOK_COLON (1u << 30)
_Static_assert(!(TOK_FLAGS & TOK_COLON), "the colon bit is no token flag");
typedef struct qword {
    uint64_t hash64;     /* lede_qword_hash64 of the folded form         */
    lede_qfh fh;         /* what every token of it gets in ctx->fh: the
                            hash's low half and the stem's hash          */
    lede_qtok tk;        /* ... and in ctx->tk: its id, entry and the
                            classes (pass one's) of the last token shape
                            seen, no cue (cue_of adds it)                */
    uint32_t shape;      /* that shape (TOK_FLAGS, TOK_COLON) + 1, 0 =
                            none yet                                     */
    uint32_t norm;       /* its bytes in doc->norm (the first token's)   */
    uint32_t cls;        /* the table entry's classes, 0 when none       */
    uint16_t len;
    uint8_t bits;        /* QW_*                                         */
    const qent *e;       /* its table entry, NULL when none              */
} qword;

/* Inline: it runs at the first token of every distinct word.  A word of
 * the table has its stem hash and bits from there. */
static inline __attribute__((always_inline)) void word_of(const lede_qlex *lx, const char *s, uint32_t len,
                                                          uint64_t h64, uint32_t norm, qword *w)
{
    uint16_t idx = 0;
    uint32_t h = (uint32_t)h64;
    const qent *e = len && len <= lx->maxlen ? find(lx, s, len, h64, &idx) : NULL;
    if (e) { /* one store of the whole word: no zeroing first */
        *w = (qword){.hash64 = h64,
                     .fh = {h, e->stem},
                     .tk = {.cls = e->pcls[0], .id = e->id, .ent = idx}, /* a lowercase token's, worked out at load */
                     .shape = preset_shape[0] + 1,
                     .norm = norm,
                     .cls = e->cls,
                     .len = (uint16_t)len,
                     .bits = e->bits,
                     .e = e};
        return;
    }
    *w = (qword){.hash64 = h64, .fh = {h, lede_qstem_hash(s, len, h)}, .norm = norm, .len = (uint16_t)len};
    /* no id: not family or ally */
    if (len > 4 && memcmp(s + len - 2, "ly", 2) == 0)
        w->bits |= QW_LY;
}

_Static_assert(LEDE_QWORD_DOC_MAX <= UINT16_MAX, "a slot holds an entry + 1 in two bytes");
typedef struct qwords {
    const uint16_t *slot; /* entry + 1, 0 = empty; mask + 1 slots (two
                             bytes: LEDE_QWORD_DOC_MAX entries at most)  */
    uint16_t *wslot;      /* the same, writable; NULL without memory     */
    qword *w;
    uint32_t mask, n, cap;
    const lede_qlex *lex; /* the words' table                            */
    qword tmp;            /* a word past the cap (or without memory), for
                             its one token                               */
} qwords;

/* How far ahead lede_qtoks_classify_n hashes tokens and fetches their
 * table slots, and the ring that keeps those hashes (a power of two). */
enum { QW_AHEAD = 8, QW_RING = 16 };
_Static_assert(QW_RING >= QW_AHEAD + 1 && (QW_RING & (QW_RING - 1)) == 0, "the ring holds a token and those ahead");

/* Without arena memory every probe misses here, and every word is worked
 * out per token. */
static const uint16_t no_words[1];

static void qwords_init(lede_qctx *q, qwords *t, uint32_t max_words)
{
    uint32_t cap = q->ntok < max_words ? q->ntok : max_words, slots = 16;
    while (slots < cap * 2) /* at most half full: probes stay short */
        slots *= 2;
    *t = (qwords){.slot = no_words, .lex = q->lex};
    uint16_t *slot = lede_arena_alloc(&q->ws->arena, slots * sizeof *slot);
    t->w = lede_arena_alloc(&q->ws->arena, (cap ? cap : 1) * sizeof *t->w);
    if (!slot || !t->w)
        return; /* every word per token */
    memset(slot, 0, slots * sizeof *slot);
    t->slot = t->wslot = slot;
    t->mask = slots - 1;
    t->cap = cap;
}

void lede_qtoks_classify(lede_qctx *q) { lede_qtoks_classify_n(q, LEDE_QWORD_DOC_MAX); }

/* Token i's classes from its word w (pass one's: all of them for a word
 * that heads no cue; for one that may, the cue's and what it makes of the
 * noun phrase test wait for pass two).  Its id and entry are in place. */
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

/* What token_cls makes of a token of table word e with these flags (a
 * shape of preset_shape[]): asked of token_cls itself, on a document of
 * that one token, so the two cannot differ. */
static uint32_t shape_cls(const qent *e, uint32_t flags)
{
    lede_token tok = {.start = 0, .end = e->len, .flags = flags, .norm_len = e->len, .mention = -1};
    lede_doc d = {0};
    d.toks.v = &tok;
    d.toks.n = 1;
    qword w = {.cls = e->cls, .bits = e->bits, .len = e->len};
    w.tk.id = e->id;
    lede_qtok tk[2] = {w.tk, {0}};
    lede_qctx q = {.d = &d, .tk = tk, .ntok = 1};
    return token_cls(&q, 0, &w, flags);
}

/* A word not yet in the per-document table (at: the empty slot its probe
 * ended at): worked out (word_of) and remembered while there is room, else
 * worked out into t->tmp for this token alone.  Out of line, and with no
 * token to classify, so it needs few registers: the first token of each
 * distinct word comes here, about one token in five. */
static __attribute__((noinline)) qword *word_new(qwords *t, uint32_t at, uint64_t h64, const char *s, uint32_t len,
                                                 uint32_t norm)
{
    qword *w = &t->tmp;
    if (t->wslot && t->n < t->cap) {
        w = &t->w[t->n++];
        t->wslot[at] = (uint16_t)t->n;
    }
    word_of(t->lex, s, len, h64, norm, w);
    return w;
}

/* Token i of word w when w last had another shape (or none yet, or is a
 * word outside the table): the token's classes, kept with the word for its
 * next tokens.  Out of line: a few tokens in a hundred come here. */
static __attribute__((noinline)) void token_shape(lede_qctx *q, uint32_t i, qword *w, uint32_t shape)
{
    lede_qtok *k = &q->tk[i];
    q->fh[i] = w->fh;
    if (w->e) { /* a table word in another shape the table keeps */
        for (int p = 0; p < 3; p++)
            if (shape == preset_shape[p]) {
                w->tk.cls = w->e->pcls[p];
                w->shape = shape + 1;
                *k = w->tk;
                return;
            }
    }
    *k = w->tk; /* id, entry, no cue: what token_cls reads */
    k->cls = w->tk.cls = token_cls(q, i, w, q->d->toks.v[i].flags);
    w->shape = shape + 1;
}

/* A token that may head a cue: its cue (which reads the words after it)
 * and what that makes of the noun phrase test. */
static void cue_of(lede_qctx *q, uint32_t i, uint32_t n)
{
    lede_qtok *k = &q->tk[i];
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

/* ---- distances to quotation marks and "that" -------------------------------
 * Written a stretch at a time when the forward pass meets a mark or a
 * "that" (and at the end), by copying from these ramps, so no token needs
 * its own test or a backward pass. */
static const uint8_t ramp_up[LEDE_QTOK_FAR] = { /* [j] = j + 1 (255: FAR) */
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30,
    31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58,
    59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86,
    87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
    112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132, 133,
    134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155,
    156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177,
    178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199,
    200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221,
    222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243,
    244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255
};
static const uint8_t ramp_down[LEDE_QTOK_FAR] = { /* [j] = 254 - j */
    254, 253, 252, 251, 250, 249, 248, 247, 246, 245, 244, 243, 242, 241, 240, 239, 238, 237, 236, 235, 234, 233,
    232, 231, 230, 229, 228, 227, 226, 225, 224, 223, 222, 221, 220, 219, 218, 217, 216, 215, 214, 213, 212, 211,
    210, 209, 208, 207, 206, 205, 204, 203, 202, 201, 200, 199, 198, 197, 196, 195, 194, 193, 192, 191, 190, 189,
    188, 187, 186, 185, 184, 183, 182, 181, 180, 179, 178, 177, 176, 175, 174, 173, 172, 171, 170, 169, 168, 167,
    166, 165, 164, 163, 162, 161, 160, 159, 158, 157, 156, 155, 154, 153, 152, 151, 150, 149, 148, 147, 146, 145,
    144, 143, 142, 141, 140, 139, 138, 137, 136, 135, 134, 133, 132, 131, 130, 129, 128, 127, 126, 125, 124, 123,
    122, 121, 120, 119, 118, 117, 116, 115, 114, 113, 112, 111, 110, 109, 108, 107, 106, 105, 104, 103, 102, 101,
    100, 99, 98, 97, 96, 95, 94, 93, 92, 91, 90, 89, 88, 87, 86, 85, 84, 83, 82, 81, 80, 79, 78, 77, 76, 75, 74, 73,
    72, 71, 70, 69, 68, 67, 66, 65, 64, 63, 62, 61, 60, 59, 58, 57, 56, 55, 54, 53, 52, 51, 50, 49, 48, 47, 46, 45,
    44, 43, 42, 41, 40, 39, 38, 37, 36, 35, 34, 33, 32, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17,
    16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0
};
_Static_assert(LEDE_QTOK_FAR == 255, "the ramps run to LEDE_QTOK_FAR");

/* Tokens [from, at] lie before the token at `at` (0 for it): at - t, FAR
 * beyond 254. */
static inline void fill_before(uint8_t *dist, uint32_t from, uint32_t at)
{
    uint32_t near = at >= from + (LEDE_QTOK_FAR - 1) ? at - (LEDE_QTOK_FAR - 1) : from;
    memset(dist + from, LEDE_QTOK_FAR, near - from);
    memcpy(dist + near, ramp_down + (LEDE_QTOK_FAR - 1) - (at - near), at - near + 1);
}
/* Tokens [from, to) follow the token at `at` = from - 1: t - at, FAR from
 * 255 on. */
static inline void fill_after(uint8_t *dist, uint32_t from, uint32_t to)
{
    uint32_t near = to - from < LEDE_QTOK_FAR ? to : from + LEDE_QTOK_FAR - 1;
    memcpy(dist + from, ramp_up, near - from);
    memset(dist + near, LEDE_QTOK_FAR, to - near);
}

void lede_qtoks_classify_n(lede_qctx *q, uint32_t max_words)
{
    const lede_doc *d = q->d;
    const char *norm = d->norm.v;
    uint32_t n = q->ntok;
    qwords words;
    qwords_init(q, &words, max_words);
    /* the tokens that may head a cue, for the pass after this one (a few in
     * a hundred); without arena memory every token is looked at again */
    uint32_t *may = lede_arena_alloc(&q->ws->arena, (n ? n : 1) * sizeof *may), nmay = 0, nmarks = 0;
    /* words and classes.  A word's tokens mostly look alike (lowercase
     * inside a sentence): the classes of its last token shape are copied
     * when the next one has that shape.  The distances: the tokens from
     * *_from on have theirs written when the next mark (or "that") comes.
     * In locals: the stores to tk[] (a struct with byte fields) would
     * otherwise make the compiler reload every pointer behind q and d. */
    uint32_t prev_from = 0, qopen_from = 0, that_from = 0;
    bool marked = false;
    const lede_token *toks = d->toks.v;
    const char *text = d->text;
    lede_qtok *tk = q->tk;
    lede_qfh *fh = q->fh;
    const uint16_t *slot = words.slot;
    qword *wv = words.w;
    const uint32_t mask = words.mask;
    /* The word table is about a megabyte, and a document's new words
     * (word_new) missed in it one by one.  So each token's hash is taken
     * QW_AHEAD tokens early and its table slot fetched, and half-way there
     * the entry the slot names: by the token's turn both are in cache. */
    uint64_t ahead[QW_RING];
    const uint16_t *lslot = words.lex->slot;
    const qent *lent = words.lex->ent;
    const uint32_t lmask = words.lex->mask;
    for (uint32_t j = 0; j < n && j < QW_AHEAD; j++) {
        ahead[j] = lede_qword_hash64(norm + toks[j].norm, toks[j].norm_len);
        __builtin_prefetch(&lslot[(uint32_t)ahead[j] & lmask]);
    }
    for (uint32_t i = 0; i < n; i++) {
        const lede_token *t = &toks[i];
        uint32_t flags = t->flags, len = t->norm_len;
        const char *s = norm + t->norm;
        if (i + QW_AHEAD < n) {
            const lede_token *a = &toks[i + QW_AHEAD];
            uint64_t ha = lede_qword_hash64(norm + a->norm, a->norm_len);
            ahead[(i + QW_AHEAD) % QW_RING] = ha;
            __builtin_prefetch(&lslot[(uint32_t)ha & lmask]);
        }
        if (i + QW_AHEAD / 2 < n) {
            uint16_t e = lslot[(uint32_t)ahead[(i + QW_AHEAD / 2) % QW_RING] & lmask];
            if (e)
                __builtin_prefetch(&lent[e]);
        }
        uint64_t h64 = ahead[i % QW_RING];
        uint32_t shape = flags & TOK_FLAGS;
        if (!(flags & LEDE_TF_ALPHA) && t->end - t->start == 1 && text[t->start] == ':')
            shape |= TOK_COLON;
        qword *w = NULL;
        uint32_t at = (uint32_t)h64 & mask;
        for (uint32_t e; (e = slot[at]) != 0; at = (at + 1) & mask) {
            qword *c = &wv[e - 1];
            /* up to 8 bytes the 64-bit hash is one-to-one (quotes.h) */
            if (c->hash64 == h64 && c->len == len && (len <= 8 || same_bytes(norm + c->norm, s, len))) {
                w = c;
                break;
            }
        }
        if (!w)
            w = word_new(&words, at, h64, s, len, t->norm);
        if (w->shape == shape + 1) {
            fh[i] = w->fh;
            tk[i] = w->tk;
        } else {
            token_shape(q, i, w, shape);
        }
        /* the rare tokens: a mark, "that", a word that may head a cue */
        if (!((flags & LEDE_TF_QUOTE) | (w->bits & (QW_MAYCUE | QW_THAT))))
            continue;
        if ((w->bits & QW_MAYCUE) && may)
            may[nmay++] = i;
        if (flags & LEDE_TF_QUOTE) {
            /* [prev_from, i]: back to the mark before (none: FAR) */
            if (marked)
                fill_after(q->quote_prev, prev_from, i + 1);
            else
                memset(q->quote_prev + prev_from, LEDE_QTOK_FAR, i + 1 - prev_from);
            prev_from = i + 1;
            marked = true;
            nmarks++;
            if (flags & LEDE_TF_QOPEN) { /* segment sets it only with QUOTE */
                fill_before(q->qopen_next, qopen_from, i);
                qopen_from = i + 1;
            }
        }
        if (w->bits & QW_THAT) {
            fill_before(q->that_next, that_from, i);
            that_from = i + 1;
        }
    }
    /* the rest, and the sentinel slot n: none after them */
    if (marked)
        fill_after(q->quote_prev, prev_from, n);
    else
        memset(q->quote_prev + prev_from, LEDE_QTOK_FAR, n - prev_from);
    memset(q->qopen_next + qopen_from, LEDE_QTOK_FAR, n + 1 - qopen_from);
    memset(q->that_next + that_from, LEDE_QTOK_FAR, n + 1 - that_from);
    q->quote_prev[n] = LEDE_QTOK_FAR;
    q->nmarks = nmarks;
    memset(&q->tk[n], 0, sizeof q->tk[n]);
    /* cues (which read the words after them) and what they make of the
     * noun phrase test, once every word is known */
    if (may) {
        for (uint32_t m = 0; m < nmay; m++)
            cue_of(q, may[m], n);
    } else {
        for (uint32_t i = 0; i < n; i++)
            if (q->tk[i].cls & LEDE_QT_MAYCUE)
                cue_of(q, i, n);
    }
}

/* The long way, for the tests: the distances as above, then every token's
 * word worked out on its own and its classes by token_cls (not the ones the
 * word table keeps for a lowercase token), then the cues. */
void lede_qtoks_classify_ref(lede_qctx *q)
{
    lede_qtoks_classify_n(q, 0);
    const lede_doc *d = q->d;
    for (uint32_t i = 0; i < q->ntok; i++) {
        const lede_token *t = &d->toks.v[i];
        const char *s = d->norm.v + t->norm;
        qword w;
        word_of(q->lex, s, t->norm_len, lede_qword_hash64(s, t->norm_len), t->norm, &w);
        q->fh[i] = w.fh;
        q->tk[i] = w.tk;
        q->tk[i].cls = 0;
        q->tk[i].cls = token_cls(q, i, &w, t->flags);
    }
    for (uint32_t i = 0; i < q->ntok; i++)
        if (q->tk[i].cls & LEDE_QT_MAYCUE)
            cue_of(q, i, q->ntok);
}
