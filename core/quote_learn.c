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
 * so training and analysis cannot drift apart.  Features are FNV-1a hashes
 * of short strings, hashed in place; the weights (core/quote_cue_model.c,
 * generated) are an open-addressing table of (hash, weight index) slots.  Owned by the quotes
 * stage; reentrant (const tables only).
 */
#include <string.h>

#include "quote_learn.h"

static const lede_token *tok(const lede_doc *d, uint32_t i) { return &d->toks.v[i]; }

/* Features are FNV-1a over "name=v1_v2_v3".  The values are hashed where
 * they lie (token text, literals) as views: a view's length is what the
 * string would be as a C string (a NUL inside a token's text ends it, as
 * it did when features were built as strings), so the hashes, and the
 * trained weights, are the same. */
typedef struct sv { const char *s; size_t n; } sv;
#define SV(lit) ((sv){lit, sizeof(lit) - 1})

static inline uint32_t fnv(uint32_t h, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    /* values are short: whole fours, then the rest without a loop */
    for (; n >= 4; n -= 4, u += 4) {
        h = (h ^ u[0]) * 16777619u;
        h = (h ^ u[1]) * 16777619u;
        h = (h ^ u[2]) * 16777619u;
        h = (h ^ u[3]) * 16777619u;
    }
    switch (n) {
    case 3:
        h = (h ^ *u++) * 16777619u;
        /* fall through */
    case 2:
        h = (h ^ *u++) * 16777619u;
        /* fall through */
    case 1:
        h = (h ^ *u) * 16777619u;
    }
    return h;
}

/* The hash of a literal ("name=" or a whole "name=value"): unrolled, so
 * it folds to a constant at compile time. */
static inline uint32_t fnv_lit(const char *s, size_t n)
{
    uint32_t h = 2166136261u;
#pragma GCC unroll 24
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}
#define NAME(lit) fnv_lit(lit "=", sizeof(lit))
#define LIT(lit) fnv_lit(lit, sizeof(lit) - 1)

/* [s, s + n) up to its first NUL */
static sv cstr(const char *s, size_t n)
{
    const char *z = memchr(s, '\0', n);
    return (sv){s, z ? (size_t)(z - s) : n};
}

typedef struct fbuf {
    uint32_t *out;
    size_t n, cap;
    const uint32_t *slot;      /* the model the features are for ...     */
    size_t mask;               /* ... and its size - 1 (0: none)         */
} fbuf;

static inline void put(fbuf *f, uint32_t h)
{
    if (f->n < f->cap) {
        h &= LEDE_QCUE_MASK;
        h = h ? h : 1; /* 0 marks an empty slot in the table */
        f->out[f->n++] = h;
        /* the weight table is larger than the caches: start fetching the
         * slot now, while the next features are worked out */
        if (f->mask)
            __builtin_prefetch(&f->slot[h & f->mask]);
    }
}
static inline void add1(fbuf *f, uint32_t name, sv a) { put(f, fnv(name, a.s, a.n)); }
static inline void add2(fbuf *f, uint32_t name, sv a, sv b)
{
    put(f, fnv(fnv(fnv(name, a.s, a.n), "_", 1), b.s, b.n));
}
static inline void add3(fbuf *f, uint32_t name, sv a, sv b, sv c)
{
    put(f, fnv(fnv(fnv(fnv(fnv(name, a.s, a.n), "_", 1), b.s, b.n), "_", 1), c.s, c.n));
}

enum { WORD_MAX = 47 }; /* bytes of a word the features look at */

/* Folded form of token i, "<s>"/"</s>" outside [sb, se), capped. */
static sv word(const lede_qctx *q, int64_t i, uint32_t sb, uint32_t se)
{
    const lede_doc *d = q->d;
    if (i < (int64_t)sb)
        return SV("<s>");
    if (i >= (int64_t)se)
        return SV("</s>");
    const lede_token *t = tok(d, (uint32_t)i);
    if (t->flags & LEDE_TF_DIGIT)
        return SV("<num>");
    uint32_t cls = q->tk[i].cls;
    if (cls & LEDE_QT_NAME)
        return SV("<Cap>");
    sv w = {lede_tok_norm(d, t), t->norm_len < WORD_MAX ? t->norm_len : WORD_MAX};
    return cls & LEDE_QT_NUL ? cstr(w.s, w.n) : w;
}

/* What follows the cue once adjuncts are passed: the shape of a clause. */
static sv next_shape(const lede_qctx *q, uint32_t j, uint32_t se)
{
    const lede_doc *d = q->d;
    if (j >= se)
        return SV("end");
    const lede_token *t = tok(d, j);
    if (lede_qw_is(q, j, LEDE_QW_THAT))
        return SV("that");
    if (lede_qw_is(q, j, LEDE_QW_TO))
        return SV("to");
    if (lede_qw_class(q, j, LEDE_QC_WH)) /* if, whether, how, what, why */
        return SV("wh");
    if (t->flags & LEDE_TF_QUOTE)
        return SV("quote");
    if (t->flags & LEDE_TF_PUNCT) {
        char c = d->text[t->start];
        return c == ',' ? SV("comma") : c == ':' ? SV("colon") : c == '.' ? SV("period") : SV("punct");
    }
    if (lede_qw_pronoun(q, j))
        return SV("pron");
    if (lede_qw_determiner(q, j))
        return SV("det");
    if (t->flags & (LEDE_TF_UPPER_INIT | LEDE_TF_ALL_UPPER))
        return SV("cap");
    if (lede_qw_function(q, j))
        return SV("fn");
    return SV("word");
}

/* A crude stem shared by inflections: said/says/saying stay apart, but
 * "criticized/criticizes/criticizing" meet at "criticiz".  The stem is a
 * prefix of the word: its length. */
static size_t stem(const char *w, size_t n)
{
#define ENDS(lit) (n > sizeof(lit) + 1 && memcmp(w + n - (sizeof(lit) - 1), lit, sizeof(lit) - 1) == 0)
    /* the first suffix that matches, in this order ("ments" never does:
     * "s" comes first, as it always has) */
    if (ENDS("ings"))
        n -= 4;
    else if (ENDS("ing") || ENDS("ied") || ENDS("ies"))
        n -= 3;
    else if (ENDS("ed") || ENDS("es"))
        n -= 2;
    else if (ENDS("s"))
        n -= 1;
    else if (ENDS("ly"))
        n -= 2;
    else if (ENDS("ment"))
        n -= 4;
#undef ENDS
    if (n > 3 && w[n - 1] == 'e')
        n--;
    return n;
}
static sv stem_sv(sv w) { return (sv){w.s, stem(w.s, w.n)}; }

static sv speaker_shape(const lede_speaker *sp, bool found)
{
    if (!found)
        return SV("none");
    if (sp->pronoun)
        return SV("pron");
    if (sp->anonymous)
        return SV("anon");
    return sp->named ? SV("named") : SV("nominal");
}

bool lede_qcue_word(const lede_qctx *q, uint32_t i)
{
    const lede_doc *d = q->d;
    const lede_token *t = tok(d, i);
    if (t->flags & LEDE_TF_ALPHA) {
        if (t->norm_len >= 40)
            return false;
        /* closed-class words never head a cue, except these prepositions
         * ("according to", "in [a poll]", "criticism of") */
        if (lede_qw_is(q, i, LEDE_QW_ACCORDING) || lede_qw_is(q, i, LEDE_QW_IN) || lede_qw_is(q, i, LEDE_QW_FROM) ||
            lede_qw_is(q, i, LEDE_QW_OF) || lede_qw_is(q, i, LEDE_QW_ABOUT))
            return true;
        return !lede_qw_aux_adverb(q, i) && !lede_qw_determiner(q, i) && !lede_qw_function(q, i);
    }
    return t->end - t->start == 1 && d->text[t->start] == ':';
}

bool lede_qcue_candidate(const lede_qctx *q, uint32_t i)
{
    if (q->tok_region[i] >= 0 || (q->tok_used[i] & 2))
        return false;
    return (q->tk[i].cls & LEDE_QT_CANDIDATE) != 0; /* lede_qcue_word, per token */
}

size_t lede_qcue_features(const lede_qctx *q, uint32_t i, uint32_t sb, uint32_t se, uint32_t *out, size_t cap)
{
    const lede_doc *d = q->d;
    fbuf f = {out, 0, cap, lede_qcue_weights.slot, lede_qcue_weights.n ? lede_qcue_weights.n - 1 : 0};
    /* the word itself even when capitalised inside a sentence */
    const lede_token *t = tok(d, i);
    size_t wl = t->norm_len < WORD_MAX ? t->norm_len : WORD_MAX;
    sv raw = {lede_tok_norm(d, t), wl};
    if (q->tk[i].cls & LEDE_QT_NUL)
        raw = cstr(raw.s, wl);
    sv p1 = word(q, (int64_t)i - 1, sb, se), p2 = word(q, (int64_t)i - 2, sb, se);
    sv n1 = word(q, (int64_t)i + 1, sb, se), n2 = word(q, (int64_t)i + 2, sb, se);
    put(&f, LIT("bias="));
    add1(&f, NAME("w"), raw);
    add1(&f, NAME("p1"), p1);
    add1(&f, NAME("p2"), p2);
    add1(&f, NAME("n1"), n1);
    add1(&f, NAME("n2"), n2);
    add2(&f, NAME("wn"), raw, n1);
    add2(&f, NAME("pw"), p1, raw);
    add3(&f, NAME("wnn"), raw, n1, n2);
    if (wl > 3)
        add1(&f, NAME("suf3"), q->tk[i].cls & LEDE_QT_NUL ? cstr(raw.s + wl - 3, 3) : (sv){raw.s + wl - 3, 3});
    /* the stem is taken over all wl bytes, then read as a string */
    size_t stl = stem(raw.s, wl);
    sv st = {raw.s, stl < raw.n ? stl : raw.n};
    add1(&f, NAME("stem"), st);
    add2(&f, NAME("p1s_s"), stem_sv(p1), st);
    add2(&f, NAME("s_n1s"), st, stem_sv(n1));
    bool that_soon = false, q_after = false, q_before = false;
    for (uint32_t k = i + 1; k < se && k < i + 6; k++)
        that_soon |= lede_qw_is(q, k, LEDE_QW_THAT);
    /* an opening mark in (i, i + CLAUSE_MAX], a mark in [i - CLAUSE_MAX, i),
     * within the sentence: bounded windows keep a sentence without
     * punctuation linear; the distances come from quote_words.c */
    _Static_assert(LEDE_QUOTE_CLAUSE_MAX + 1 < LEDE_QTOK_FAR, "windows fit the stored distances");
    if (i + 1 < q->ntok) {
        uint32_t next = i + 1 + q->tk[i + 1].qopen_next;
        uint32_t end = se < i + 1 + LEDE_QUOTE_CLAUSE_MAX ? se : i + 1 + LEDE_QUOTE_CLAUSE_MAX;
        q_after = q->tk[i + 1].qopen_next != LEDE_QTOK_FAR && next < end;
    }
    uint32_t lo = i > sb + LEDE_QUOTE_CLAUSE_MAX ? i - LEDE_QUOTE_CLAUSE_MAX : sb;
    q_before = q->tk[i].quote_prev != LEDE_QTOK_FAR && i - q->tk[i].quote_prev >= lo;
    put(&f, that_soon ? LIT("that5=1") : LIT("that5=0"));
    char ctx[3] = {(char)('0' + that_soon), (char)('0' + q_after), (char)('0' + q_before)};
    add2(&f, NAME("s_ctx"), st, (sv){ctx, 3});
    put(&f, q_after ? (q_before ? LIT("qa_qb=11") : LIT("qa_qb=10")) : (q_before ? LIT("qa_qb=01") : LIT("qa_qb=00")));
    char shape[4] = {'x'};
    if (t->flags & LEDE_TF_ALL_UPPER)
        shape[0] = 'A';
    else if (t->flags & LEDE_TF_UPPER_INIT)
        shape[0] = 'C';
    else if (!(t->flags & LEDE_TF_ALPHA))
        shape[0] = 'p';
    shape[1] = (t->flags & LEDE_TF_SENT_START) ? 's' : '-';
    shape[2] = (t->flags & LEDE_TF_HEADLINE) ? 'h' : '-';
    shape[3] = d->paras.v[d->sents.v[t->sent].para].kind == LEDE_PARA_TITLE ? 't' : '-';
    add1(&f, NAME("shape"), (sv){shape, 4});
    uint32_t pos = i - sb;
    put(&f, pos == 0    ? LIT("pos=0")
            : pos == 1  ? LIT("pos=1")
            : pos < 4   ? LIT("pos=2")
            : pos < 8   ? LIT("pos=4")
            : pos < 16  ? LIT("pos=8")
                        : LIT("pos=16"));
    uint32_t left = se - i;
    put(&f, left < 3 ? LIT("left=2") : left < 6 ? LIT("left=5") : left < 12 ? LIT("left=11") : LIT("left=12+"));

    lede_cue c;
    bool is_cue = lede_cue_at(q, i, se, &c);
    /* lexicon knowledge, also for capitalised words the lexicon skips */
    char lemma_s[8];
    sv lemma = SV("?");
    if (is_cue) {
        /* class bits, span length and form, e.g. "c067l1f1" */
        unsigned cls = c.cls & 0x7f, ln = c.te - c.tb > 9 ? 9 : c.te - c.tb;
        lemma_s[0] = 'c';
        lemma_s[1] = (char)('0' + cls / 100);
        lemma_s[2] = (char)('0' + cls / 10 % 10);
        lemma_s[3] = (char)('0' + cls % 10);
        lemma_s[4] = 'l';
        lemma_s[5] = (char)('0' + ln);
        lemma_s[6] = 'f';
        lemma_s[7] = (char)('0' + c.form);
        lemma = (sv){lemma_s, 8};
        add1(&f, NAME("cue"), lemma);
        const uint32_t names[] = {LIT("cls=S"), LIT("cls=C"), LIT("cls=M"), LIT("cls=A"),
                                  LIT("cls=Acc"), LIT("cls=T"), LIT("cls=W")};
        for (int b = 0; b < 7; b++)
            if (c.cls & (1u << b))
                put(&f, names[b]);
        char form = (char)('0' + c.form);
        add2(&f, NAME("form_p1"), (sv){&form, 1}, p1);
    } else {
        put(&f, LIT("cue=no"));
    }
    uint32_t after = is_cue ? c.te : i + 1;
    /* what the rule walkers see around it */
    lede_speaker sp;
    bool before = i > sb && lede_speaker_before(q, sb, i, &sp);
    sv sb_shape = speaker_shape(&sp, before);
    add1(&f, NAME("spb"), sb_shape);
    lede_speaker sa;
    bool aft = lede_speaker_after(q, after, se, &sa);
    add1(&f, NAME("spa"), speaker_shape(&sa, aft));
    uint32_t j = after;
    while (j < se && (lede_qw_time(q, j) || lede_qw_aux_adverb(q, j)))
        j++;
    sv nx = next_shape(q, j, se);
    add1(&f, NAME("nx"), nx);
    add2(&f, NAME("w_nx"), raw, nx);
    add2(&f, NAME("w_spb"), raw, sb_shape);
    add3(&f, NAME("cue_nx_spb"), lemma, nx, sb_shape);
    /* quotation marks nearby: mixed quotes and partial quotes */
    bool qnear = false;
    for (uint32_t k = after; k < se && k < after + 4; k++)
        qnear |= (tok(d, k)->flags & LEDE_TF_QOPEN) != 0;
    put(&f, qnear ? LIT("qnear=1") : LIT("qnear=0"));
    bool prev_close = i > sb && (tok(d, i - 1)->flags & LEDE_TF_QCLOSE);
    bool prev_comma = i > sb && d->text[tok(d, i - 1)->start] == ',' && tok(d, i - 1)->end - tok(d, i - 1)->start == 1;
    put(&f, prev_close ? LIT("pc=q") : prev_comma ? LIT("pc=,") : LIT("pc=-"));
    return f.n;
}

size_t lede_qcut_features(const lede_qctx *q, uint32_t cue, uint32_t b, uint32_t k, uint32_t se, uint32_t *out,
                          size_t cap)
{
    const lede_doc *d = q->d;
    fbuf f = {out, 0, cap, lede_qcut_weights.slot, lede_qcut_weights.n ? lede_qcut_weights.n - 1 : 0};
    sv p1 = word(q, (int64_t)k - 1, b, se), n1 = word(q, (int64_t)k + 1, b, se), n2 = word(q, (int64_t)k + 2, b, se);
    sv cw = word(q, cue, cue, cue + 1);
    const lede_token *t = tok(d, k);
    sv pc = cstr(d->text + t->start, t->end - t->start < 7 ? t->end - t->start : 7);
    put(&f, LIT("bias="));
    add1(&f, NAME("pc"), pc);
    add1(&f, NAME("n1"), n1);
    add1(&f, NAME("n2"), n2);
    add1(&f, NAME("p1"), p1);
    add2(&f, NAME("pc_n1"), pc, n1);
    add2(&f, NAME("n1n2"), n1, n2);
    add1(&f, NAME("cue"), cw);
    add2(&f, NAME("cue_n1"), cw, n1);
    add1(&f, NAME("nx"), k + 1 < se ? next_shape(q, k + 1, se) : SV("end"));
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
    put(&f, words < 3    ? LIT("words=0")
            : words < 6  ? LIT("words=3")
            : words < 12 ? LIT("words=6")
            : words < 20 ? LIT("words=12")
                         : LIT("words=20"));
    put(&f, rest < 3 ? LIT("rest=0") : rest < 6 ? LIT("rest=3") : rest < 12 ? LIT("rest=6") : LIT("rest=12"));
    put(&f, verbs ? LIT("verbs=1") : LIT("verbs=0"));
    put(&f, rest_verbs ? LIT("rverbs=1") : LIT("rverbs=0"));
    put(&f, commas ? LIT("commas=1") : LIT("commas=0"));
    put(&f, another_comma ? LIT("appos=1") : LIT("appos=0"));
    bool ing = n1.n > 3 && memcmp(n1.s + n1.n - 3, "ing", 3) == 0;
    bool ed = n1.n > 2 && memcmp(n1.s + n1.n - 2, "ed", 2) == 0;
    put(&f, ing ? LIT("n1suf=ing") : ed ? LIT("n1suf=ed") : LIT("n1suf=-"));
    return f.n;
}

bool lede_qcut_candidate(const lede_qctx *q, uint32_t k)
{
    const lede_doc *d = q->d;
    const lede_token *t = tok(d, k);
    if (q->tok_region[k] >= 0)
        return false;
    if (t->flags & LEDE_TF_DASH)
        return true;
    if (t->end - t->start == 1 && (d->text[t->start] == ',' || d->text[t->start] == ';' || d->text[t->start] == '('))
        return true;
    /* a clause may also stop before a conjunction without a comma */
    return lede_qw_class(q, k, LEDE_QC_CUT);
}

/* The generated tables are open-addressing hash tables (quote_learn.h),
 * so a lookup is a probe or two.  The generator leaves at least a third
 * of the slots empty (the unit tests check), so every probe sequence ends
 * at an empty slot. */
static float dot(const lede_qweights *w, const uint32_t *fs, size_t n)
{
    if (!w->n)
        return 0;
    float s = 0;
    size_t mask = w->n - 1; /* the features prefetched their slots (put) */
    for (size_t k = 0; k < n; k++) {
        uint32_t h = fs[k];
        for (size_t at = h & mask;; at = (at + 1) & mask) {
            uint32_t e = w->slot[at];
            if ((e & LEDE_QCUE_MASK) == h) {
                s += w->value[e >> LEDE_QCUE_VALUE_SHIFT];
                break;
            }
            if (e == 0)
                break;
        }
    }
    return s;
}

float lede_qcue_score(const lede_qctx *q, uint32_t i, uint32_t sb, uint32_t se)
{
    uint32_t fs[LEDE_QCUE_MAX_FEATURES];
    size_t n = lede_qcue_features(q, i, sb, se, fs, LEDE_QCUE_MAX_FEATURES);
    return dot(&lede_qcue_weights, fs, n);
}

float lede_qcut_score(const lede_qctx *q, uint32_t cue, uint32_t b, uint32_t k, uint32_t se)
{
    uint32_t fs[LEDE_QCUE_MAX_FEATURES];
    size_t n = lede_qcut_features(q, cue, b, k, se, fs, LEDE_QCUE_MAX_FEATURES);
    return dot(&lede_qcut_weights, fs, n);
}
