/*
 * quote_learn.c - the learned part of the quote stage: an averaged-perceptron
 * classifier that says whether a word is the cue of a reported clause
 * ("mocked", "called for", "show", "according to", a headline colon).
 * Attribution corpora mark many more cues than any hand list of reporting
 * verbs, so the lexicon of quote_cues.c becomes features here, next to the
 * word, its neighbours and what the rule walkers find around it (a subject
 * before it, "that" or "to" after it).
 *
 * The same feature function serves the trainer (tools/quotes/train_cues.c),
 * so training and analysis cannot drift apart.  A feature is a template id
 * mixed with per-token word hashes (computed once per document) or small
 * codes; the weights (core/quote_cue_model.c, generated) are an
 * open-addressing table of (hash, weight index) slots.  Owned by the quotes
 * stage; reentrant (const tables; per-document arrays in the workspace).
 */
#include <string.h>

#include "quote_learn.h"

static const lede_token *tok(const lede_doc *d, uint32_t i) { return &d->toks.v[i]; }

/* ---- feature hashing --------------------------------------------------------
 * A feature is a template id mixed with up to three 32-bit values: word
 * hashes computed once per token per document (lede_qtoks_classify), or small
 * codes (a bucket, a shape).  Hashing each word once, instead of FNV-1a over
 * "name=value" strings for every candidate that looks at it, was most of
 * the stage's cost.  Changing a template, a value or the mix changes every
 * weight: retrain (tools/quotes/train.sh). */
enum {
    /* cue classifier */
    T_BIAS = 1, T_W, T_P1, T_P2, T_N1, T_N2, T_WN, T_PW, T_WNN, T_SUF3, T_STEM, T_P1S_S, T_S_N1S, T_THAT5,
    T_S_CTX, T_QA_QB, T_SHAPE, T_POS, T_LEFT, T_CUE, T_CLS, T_FORM_P1, T_NOCUE, T_SPB, T_SPA, T_NX, T_W_NX,
    T_W_SPB, T_CUE_NX_SPB, T_QNEAR, T_PC,
    /* clause-end model */
    T_K_BIAS = 64, T_K_PC, T_K_N1, T_K_N2, T_K_P1, T_K_PC_N1, T_K_N1N2, T_K_CUE, T_K_CUE_N1, T_K_NX, T_K_WORDS,
    T_K_REST, T_K_VERBS, T_K_RVERBS, T_K_COMMAS, T_K_APPOS, T_K_N1SUF,
};
/* values that are not words */
enum {
    V_BOS = 0x10000001u, V_EOS, V_NUM, V_CAP,
    /* next_shape */
    V_END, V_THAT, V_TO, V_WH, V_QUOTE, V_COMMA, V_COLON, V_PERIOD, V_PUNCT, V_PRON, V_DET, V_UPPER, V_FN, V_WORD,
    /* speaker_shape */
    V_NONE, V_SPRON, V_ANON, V_NAMED, V_NOMINAL,
};

static inline uint32_t fin(uint64_t h) { return (uint32_t)(h >> 42); } /* the top 22 bits */
static inline uint64_t mix0(uint32_t t, uint32_t a) { return ((uint64_t)t << 32 | a) * 0x9E3779B97F4A7C15ull; }
static inline uint64_t mixn(uint64_t h, uint32_t b) { return (h ^ (h >> 29) ^ b) * 0xBF58476D1CE4E5B9ull; }
static inline uint32_t f1(uint32_t t, uint32_t a) { return fin(mixn(mix0(t, a), 0)); }
static inline uint32_t f2(uint32_t t, uint32_t a, uint32_t b) { return fin(mixn(mix0(t, a), b)); }
static inline uint32_t f3(uint32_t t, uint32_t a, uint32_t b, uint32_t c)
{
    return fin(mixn(mixn(mix0(t, a), b), c));
}
/* The prefilter's: one or two multiplies, the top LEDE_QPRE_BITS bits, an
 * index into its dense table (collisions are the hashing trick's: the
 * trainer fits the weights in the same space). */
static inline uint32_t pre1(uint32_t t, uint32_t a)
{
    return (uint32_t)((((uint64_t)t << 32 | a) * 0x9E3779B97F4A7C15ull) >> (64 - LEDE_QPRE_BITS));
}
static inline uint32_t pre2(uint32_t t, uint32_t a, uint32_t b)
{
    uint64_t h = ((uint64_t)t << 32 | a) * 0x9E3779B97F4A7C15ull;
    return (uint32_t)(((h ^ b) * 0xBF58476D1CE4E5B9ull) >> (64 - LEDE_QPRE_BITS));
}

/* Features go to out[], which holds LEDE_QCUE_MAX_FEATURES: more than the
 * templates can put (cue model at most 38, clause-end model 17), so put()
 * need not check. */
typedef struct fbuf {
    uint32_t *out;
    size_t n;
    const uint32_t *slot;      /* the model the features are for ...     */
    size_t mask;               /* ... and its size - 1                   */
    const int8_t *pre;         /* PRE_SUM: the prefilter's weights ...   */
    int32_t sum;               /* ... summed as the features come        */
} fbuf;
static const uint32_t no_slot[1];
static fbuf fbuf_for(uint32_t *out, const lede_qweights *w)
{
    return w && w->n ? (fbuf){out, 0, w->slot, w->n - 1, NULL, 0} : (fbuf){out, 0, no_slot, 0, NULL, 0};
}

static inline void put(fbuf *f, uint32_t h)
{
    h = h ? h : 1; /* 0 marks an empty slot in the table */
    f->out[f->n++] = h;
    /* start fetching the slot now, while the next features are worked out */
    __builtin_prefetch(&f->slot[h & f->mask]);
}

/* Token i as a neighbour (<s>/</s> outside [sb, se), <num>, <Cap>, or its
 * folded form), and that value's stem. */
static inline uint32_t ctxw(const lede_qctx *q, int64_t i, uint32_t sb, uint32_t se, bool stemmed)
{
    if (i < (int64_t)sb)
        return V_BOS;
    if (i >= (int64_t)se)
        return V_EOS;
    if (tok(q->d, (uint32_t)i)->flags & LEDE_TF_DIGIT)
        return V_NUM;
    if (q->tk[i].cls & LEDE_QT_NAME)
        return V_CAP;
    return stemmed ? q->fh[i].stem : q->fh[i].word;
}

/* What follows the cue once adjuncts are passed: the shape of a clause. */
static uint32_t next_shape(const lede_qctx *q, uint32_t j, uint32_t se)
{
    const lede_doc *d = q->d;
    if (j >= se)
        return V_END;
    const lede_token *t = tok(d, j);
    if (lede_qw_is(q, j, LEDE_QW_THAT))
        return V_THAT;
    if (lede_qw_is(q, j, LEDE_QW_TO))
        return V_TO;
    if (lede_qw_class(q, j, LEDE_QC_WH)) /* if, whether, how, what, why */
        return V_WH;
    if (t->flags & LEDE_TF_QUOTE)
        return V_QUOTE;
    if (t->flags & LEDE_TF_PUNCT) {
        char c = d->text[t->start];
        return c == ',' ? V_COMMA : c == ':' ? V_COLON : c == '.' ? V_PERIOD : V_PUNCT;
    }
    if (lede_qw_pronoun(q, j))
        return V_PRON;
    if (lede_qw_determiner(q, j))
        return V_DET;
    if (t->flags & (LEDE_TF_UPPER_INIT | LEDE_TF_ALL_UPPER))
        return V_UPPER;
    if (lede_qw_function(q, j))
        return V_FN;
    return V_WORD;
}

static uint32_t speaker_shape(const lede_speaker *sp, bool found)
{
    if (!found)
        return V_NONE;
    if (sp->pronoun)
        return V_SPRON;
    if (sp->anonymous)
        return V_ANON;
    return sp->named ? V_NAMED : V_NOMINAL;
}

/* What the lexicon says of a cue: class bits, span length and form. */
static uint32_t cue_code(const lede_cue *c)
{
    uint32_t ln = c->te - c->tb > 9 ? 9 : c->te - c->tb;
    return 1u << 24 | (c->cls & 0x7f) | ln << 8 | (uint32_t)c->form << 16;
}

/* The first part of the full model's features, and the prefilter's: the
 * word, its stem, suffix and shape, its nearest neighbours, the lexicon's
 * cue and nearby "that" and quotation marks (the prefilter leaves out the
 * suffix, the shape, "that" in five, the marks before and after and the
 * cue's class bits).  All of them are reads of
 * per-token arrays, no walking.  In the PRE modes the same templates are
 * hashed the cheap way into the prefilter's dense table (quote_learn.h),
 * and PRE_SUM adds up its weights as it goes instead of listing the
 * indices (the prefilter runs on half the words of a document: the list
 * and a second loop over it were a third of its cost). */
enum { FULL, PRE_LIST, PRE_SUM };

static inline __attribute__((always_inline)) void cue_first(const lede_qctx *q, uint32_t i, uint32_t sb,
                                                            uint32_t se, fbuf *f, int mode, const lede_cue *known)
{
#define H1(t, a) (mode != FULL ? pre1(t, a) : f1(t, a))
#define H2(t, a, b) (mode != FULL ? pre2(t, a, b) : f2(t, a, b))
#define PUT(h)                                                                                                        \
    (mode == PRE_SUM ? (void)(f->sum += f->pre[h]) : mode == PRE_LIST ? (void)(f->out[f->n++] = (h)) : put(f, (h)))
    const lede_doc *d = q->d;
    /* the word itself even when capitalised inside a sentence */
    const lede_token *t = tok(d, i);
    uint32_t raw = q->fh[i].word, st = q->fh[i].stem;
    uint32_t p1 = ctxw(q, (int64_t)i - 1, sb, se, false), n1 = ctxw(q, (int64_t)i + 1, sb, se, false);
    PUT(H1(T_BIAS, 0));
    PUT(H1(T_W, raw));
    PUT(H1(T_STEM, st));
    /* the suffix, the shape, "that" soon, the marks around and the cue's
     * class bits are the full model's only: without them the prefilter
     * rules out as many words (retrained: 92.1% of the training candidates,
     * 91.9% with them) for a third less work */
    if (mode == FULL && t->norm_len > 3) {
        const unsigned char *w = (const unsigned char *)lede_tok_norm(d, t) + t->norm_len - 3;
        PUT(H1(T_SUF3, w[0] | (uint32_t)w[1] << 8 | (uint32_t)w[2] << 16));
    }
    PUT(H1(T_P1, p1));
    PUT(H1(T_N1, n1));
    PUT(H2(T_WN, raw, n1));
    PUT(H2(T_PW, p1, raw));
    if (mode == FULL) {
        uint32_t shape = (t->flags & LEDE_TF_ALL_UPPER)     ? 1
                         : (t->flags & LEDE_TF_UPPER_INIT) ? 2
                         : !(t->flags & LEDE_TF_ALPHA)     ? 3
                                                           : 0;
        shape |= (t->flags & LEDE_TF_SENT_START) ? 4 : 0;
        shape |= (t->flags & LEDE_TF_HEADLINE) ? 8 : 0;
        shape |= d->paras.v[d->sents.v[t->sent].para].kind == LEDE_PARA_TITLE ? 16 : 0;
        PUT(H1(T_SHAPE, shape));
    }
    /* "that" in (i, i + 6) within the sentence; an opening mark in (i, i +
     * CLAUSE_MAX], a mark in [i - CLAUSE_MAX, i), within the sentence:
     * bounded windows keep a sentence without punctuation linear.  The
     * distances come from quote_words.c (slot ntok holds FAR, so i + 1 may
     * be read); FAR (255) lies beyond every window, so the windows' tests
     * also rule it out. */
    _Static_assert(LEDE_QUOTE_CLAUSE_MAX + 1 < LEDE_QTOK_FAR, "windows fit the stored distances");
    uint32_t tn = q->that_next[i + 1], qn = q->qopen_next[i + 1], qp = q->quote_prev[i];
    bool that_soon = tn < 5 && i + 1 + tn < se;
    bool q_after = qn < LEDE_QUOTE_CLAUSE_MAX && i + 1 + qn < se;
    bool q_before = qp <= LEDE_QUOTE_CLAUSE_MAX && qp <= i - sb; /* the mark at i - qp >= sb */
    if (mode == FULL)
        PUT(H1(T_THAT5, that_soon));
    PUT(H2(T_S_CTX, st, (uint32_t)that_soon | (uint32_t)q_after << 1 | (uint32_t)q_before << 2));
    if (mode == FULL)
        PUT(H1(T_QA_QB, (uint32_t)q_after | (uint32_t)q_before << 1));
    /* known: the caller's lede_cue_at(q, i, se) (te == tb: none), NULL
     * when it did not ask */
    lede_cue c;
    if (known ? (c = *known, c.te > c.tb) : lede_cue_at(q, i, se, &c)) {
        PUT(H1(T_CUE, cue_code(&c)));
        for (uint32_t b = 0; mode == FULL && b < 7; b++)
            if (c.cls & (1u << b))
                PUT(H1(T_CLS, b));
        PUT(H2(T_FORM_P1, c.form, p1));
    } else {
        PUT(H1(T_NOCUE, 0));
    }
#undef H1
#undef H2
#undef PUT
}

/* cue_pre, cue_rest and dot are inline in lede_qcue_score (and the
 * trainer's lede_qcue_features): one call per scored word, not four. */
static inline __attribute__((always_inline)) void cue_pre(const lede_qctx *q, uint32_t i, uint32_t sb,
                                                          uint32_t se, fbuf *f)
{
    cue_first(q, i, sb, se, f, FULL, NULL);
}

size_t lede_qpre_features(const lede_qctx *q, uint32_t i, uint32_t sb, uint32_t se, uint32_t *out, size_t cap)
{
    if (cap < LEDE_QCUE_MAX_FEATURES)
        return 0;
    fbuf f = fbuf_for(out, NULL);
    cue_first(q, i, sb, se, &f, PRE_LIST, NULL);
    return f.n;
}

/* The rest of the full model's features: wider context and what the rule
 * walkers see around the word (a subject before it, an inverted speaker
 * after it, the shape of what follows). */
static inline __attribute__((always_inline)) void cue_rest(const lede_qctx *q, uint32_t i, uint32_t sb,
                                                           uint32_t se, fbuf *f)
{
    const lede_doc *d = q->d;
    uint32_t raw = q->fh[i].word, st = q->fh[i].stem;
    uint32_t n1 = ctxw(q, (int64_t)i + 1, sb, se, false);
    uint32_t p2 = ctxw(q, (int64_t)i - 2, sb, se, false), n2 = ctxw(q, (int64_t)i + 2, sb, se, false);
    put(f, f1(T_P2, p2));
    put(f, f1(T_N2, n2));
    put(f, f3(T_WNN, raw, n1, n2));
    put(f, f2(T_P1S_S, ctxw(q, (int64_t)i - 1, sb, se, true), st));
    put(f, f2(T_S_N1S, st, ctxw(q, (int64_t)i + 1, sb, se, true)));
    uint32_t pos = i - sb;
    put(f, f1(T_POS, pos == 0 ? 0 : pos == 1 ? 1 : pos < 4 ? 2 : pos < 8 ? 4 : pos < 16 ? 8 : 16));
    uint32_t left = se - i;
    put(f, f1(T_LEFT, left < 3 ? 2 : left < 6 ? 5 : left < 12 ? 11 : 12));
    lede_cue c;
    bool is_cue = lede_cue_at(q, i, se, &c);
    uint32_t lemma = is_cue ? cue_code(&c) : 0;
    uint32_t after = is_cue ? c.te : i + 1;
    lede_speaker sp;
    bool before = i > sb && lede_speaker_before(q, sb, i, &sp);
    uint32_t sb_shape = speaker_shape(&sp, before);
    put(f, f1(T_SPB, sb_shape));
    lede_speaker sa;
    bool aft = lede_speaker_after(q, after, se, &sa);
    put(f, f1(T_SPA, speaker_shape(&sa, aft)));
    uint32_t j = after;
    while (j < se && (lede_qw_time(q, j) || lede_qw_aux_adverb(q, j)))
        j++;
    uint32_t nx = next_shape(q, j, se);
    put(f, f1(T_NX, nx));
    put(f, f2(T_W_NX, raw, nx));
    put(f, f2(T_W_SPB, raw, sb_shape));
    put(f, f3(T_CUE_NX_SPB, lemma, nx, sb_shape));
    /* quotation marks nearby: mixed quotes and partial quotes */
    bool qnear = false;
    for (uint32_t k = after; k < se && k < after + 4; k++)
        qnear |= (tok(d, k)->flags & LEDE_TF_QOPEN) != 0;
    put(f, f1(T_QNEAR, qnear));
    bool prev_close = i > sb && (tok(d, i - 1)->flags & LEDE_TF_QCLOSE);
    bool prev_comma = i > sb && d->text[tok(d, i - 1)->start] == ',' && tok(d, i - 1)->end - tok(d, i - 1)->start == 1;
    put(f, f1(T_PC, prev_close ? 2 : prev_comma ? 1 : 0));
}

size_t lede_qcue_features(const lede_qctx *q, uint32_t i, uint32_t sb, uint32_t se, uint32_t *out, size_t cap,
                          size_t *npre)
{
    if (cap < LEDE_QCUE_MAX_FEATURES)
        return 0;
    fbuf f = fbuf_for(out, NULL);
    cue_pre(q, i, sb, se, &f);
    if (npre)
        *npre = f.n;
    cue_rest(q, i, sb, se, &f);
    return f.n;
}

float lede_qcue_need(const lede_qctx *q, uint32_t i, uint32_t se)
{
    /* a reporting verb of the lexicon needs less evidence than an arbitrary
     * word ("believes" the corpus rarely marks) */
    lede_cue c;
    bool lexical = lede_cue_at(q, i, se, &c) && (c.cls & (LEDE_CUE_CLAUSE | LEDE_CUE_MIND | LEDE_CUE_ACCORDING)) &&
                   !(c.cls & LEDE_CUE_WEAK);
    return lede_qcue_threshold - (lexical ? LEDE_QUOTE_LEXICAL_MARGIN : 0.0f);
}

size_t lede_qcut_features(const lede_qctx *q, uint32_t cue, uint32_t b, uint32_t k, uint32_t se, uint32_t *out,
                          size_t cap)
{
    const lede_doc *d = q->d;
    if (cap < LEDE_QCUE_MAX_FEATURES)
        return 0;
    fbuf f = fbuf_for(out, &lede_qcut_weights);
    uint32_t p1 = ctxw(q, (int64_t)k - 1, b, se, false), n1 = ctxw(q, (int64_t)k + 1, b, se, false);
    uint32_t n2 = ctxw(q, (int64_t)k + 2, b, se, false);
    uint32_t cw = ctxw(q, cue, cue, cue + 1, false);
    uint32_t pc = q->fh[k].word; /* the punctuation or conjunction */
    put(&f, f1(T_K_BIAS, 0));
    put(&f, f1(T_K_PC, pc));
    put(&f, f1(T_K_N1, n1));
    put(&f, f1(T_K_N2, n2));
    put(&f, f1(T_K_P1, p1));
    put(&f, f2(T_K_PC_N1, pc, n1));
    put(&f, f2(T_K_N1N2, n1, n2));
    put(&f, f1(T_K_CUE, cw));
    put(&f, f2(T_K_CUE_N1, cw, n1));
    put(&f, f1(T_K_NX, k + 1 < se ? next_shape(q, k + 1, se) : V_END));
    uint32_t words = 0, verbs = 0, commas = 0;
    for (uint32_t m = k > b + LEDE_QUOTE_CLAUSE_MAX ? k - LEDE_QUOTE_CLAUSE_MAX : b; m < k; m++) {
        words += (tok(d, m)->flags & LEDE_TF_ALPHA) != 0;
        verbs += lede_qw_verbish(q, m);
        commas += d->text[tok(d, m)->start] == ',' && tok(d, m)->end - tok(d, m)->start == 1;
    }
    uint32_t rest = 0, rest_verbs = 0;
    bool another_comma = false;
    for (uint32_t m = k + 1; m < se && m <= k + LEDE_QUOTE_CLAUSE_MAX; m++) {
        rest += (tok(d, m)->flags & LEDE_TF_ALPHA) != 0;
        rest_verbs += lede_qw_verbish(q, m);
        if (m < k + 7 && d->text[tok(d, m)->start] == ',')
            another_comma = true;
    }
    put(&f, f1(T_K_WORDS, words < 3 ? 0 : words < 6 ? 3 : words < 12 ? 6 : words < 20 ? 12 : 20));
    put(&f, f1(T_K_REST, rest < 3 ? 0 : rest < 6 ? 3 : rest < 12 ? 6 : 12));
    put(&f, f1(T_K_VERBS, verbs != 0));
    put(&f, f1(T_K_RVERBS, rest_verbs != 0));
    put(&f, f1(T_K_COMMAS, commas != 0));
    put(&f, f1(T_K_APPOS, another_comma));
    /* the next word's ending, when it is a word (not <Cap>, <num>, </s>) */
    uint32_t suf = 0;
    if (k + 1 < se && n1 == q->fh[k + 1].word) {
        const lede_token *t1 = tok(d, k + 1);
        const char *w = lede_tok_norm(d, t1);
        size_t n = t1->norm_len;
        suf = n > 3 && memcmp(w + n - 3, "ing", 3) == 0 ? 1 : n > 2 && memcmp(w + n - 2, "ed", 2) == 0 ? 2 : 0;
    }
    put(&f, f1(T_K_N1SUF, suf));
    return f.n;
}


static inline __attribute__((always_inline)) float dot(const lede_qweights *w, const uint32_t *fs, size_t n)
{
    if (!w->n)
        return 0;
    float s = 0;
    for (size_t k = 0; k < n; k++) /* the features prefetched their slots (put) */
        s += lede_qweight_in(w->slot, w->value, w->n - 1, fs[k]);
    return s;
}

static inline __attribute__((always_inline)) bool plausible(const lede_qctx *q, uint32_t i, uint32_t sb,
                                                             uint32_t se, const lede_cue *known)
{
    const lede_qpre *pre = &lede_qpre_model;
    if (!pre->n)
        return true;
    /* the cheapest features, cheaply hashed, one byte read each: the same
     * indices lede_qpre_features lists, summed in place (an integer sum,
     * so the order is no matter) */
    fbuf p = fbuf_for(NULL, NULL);
    p.pre = pre->w;
    cue_first(q, i, sb, se, &p, PRE_SUM, known);
    return (float)p.sum * pre->scale > lede_qpre_cut;
}

bool lede_qcue_plausible(const lede_qctx *q, uint32_t i, uint32_t sb, uint32_t se)
{
    return plausible(q, i, sb, se, NULL);
}

uint32_t lede_qcue_next(const lede_qctx *q, uint32_t k, uint32_t end, uint32_t sb, uint32_t se)
{
    if (!lede_qcue_weights.n) {
        while (k < end && !lede_qcue_candidate(q, k))
            k++;
        return k;
    }
    for (; k < end; k++) {
        if (!lede_qcue_candidate(q, k))
            continue;
        /* a word outside the lexicon followed by punctuation or the
         * sentence end has no clause (clause_start, asked next for such
         * words), whatever the prefilter says: told first, for a few reads */
        lede_cue c;
        if (!lede_cue_at(q, k, se, &c)) {
            if ((tok(q->d, k)->flags & LEDE_TF_ALPHA) && lede_qno_clause_after(q, k, se))
                continue;
            c.tb = c.te = k; /* none, for the prefilter (not asked twice) */
        }
        /* the prefilter: it rules out most words, for less than the clause
         * test and the full model cost */
        if (plausible(q, k, sb, se, &c))
            return k;
    }
    return end;
}

float lede_qcue_score(const lede_qctx *q, uint32_t i, uint32_t sb, uint32_t se)
{
    uint32_t fs[LEDE_QCUE_MAX_FEATURES];
    const lede_qweights *full = &lede_qcue_weights;
    fbuf f = fbuf_for(fs, full);
    cue_pre(q, i, sb, se, &f);
    cue_rest(q, i, sb, se, &f);
    return dot(full, fs, f.n);
}

float lede_qcut_score(const lede_qctx *q, uint32_t cue, uint32_t b, uint32_t k, uint32_t se)
{
    uint32_t fs[LEDE_QCUE_MAX_FEATURES];
    size_t n = lede_qcut_features(q, cue, b, k, se, fs, LEDE_QCUE_MAX_FEATURES);
    return dot(&lede_qcut_weights, fs, n);
}
