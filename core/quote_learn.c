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
 * of short strings; the weights (core/quote_cue_model.c, generated) are a
 * sorted (hash, weight) table searched by bisection.  Owned by the quotes
 * stage; reentrant (const tables only).
 */
#include <string.h>

#include "quote_learn.h"

static const lede_token *tok(const lede_doc *d, uint32_t i) { return &d->toks.v[i]; }

static uint32_t fnv(const char *s, size_t n, uint32_t h)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

/* fnv over a NUL-terminated string in one pass (no strlen first). */
static uint32_t fnvz(const char *s, uint32_t h)
{
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 16777619u;
    }
    return h;
}

typedef struct fbuf {
    uint32_t *out;
    size_t n, cap;
} fbuf;

/* Feature name=v1_v2_v3 hashed piece by piece (no formatting). */
static void addn(fbuf *f, const char *name, const char *a, const char *b, const char *c)
{
    if (f->n >= f->cap)
        return;
    uint32_t h = fnvz(name, 2166136261u);
    h = fnv("=", 1, h);
    h = fnvz(a, h);
    if (b) {
        h = fnv("_", 1, h);
        h = fnvz(b, h);
    }
    if (c) {
        h = fnv("_", 1, h);
        h = fnvz(c, h);
    }
    h &= LEDE_QCUE_MASK;
    f->out[f->n++] = h ? h : 1; /* 0 marks an empty slot in the table */
}
static void adds(fbuf *f, const char *name, const char *val) { addn(f, name, val, NULL, NULL); }

/* Folded form of token i, "<s>"/"</s>" outside [sb, se), capped. */
static size_t word(const lede_qctx *q, int64_t i, uint32_t sb, uint32_t se, char *out, size_t cap)
{
    const lede_doc *d = q->d;
    const char *s;
    size_t n;
    if (i < (int64_t)sb) {
        s = "<s>";
        n = 3;
    } else if (i >= (int64_t)se) {
        s = "</s>";
        n = 4;
    } else {
        const lede_token *t = tok(d, (uint32_t)i);
        s = lede_tok_norm(d, t);
        n = t->norm_len;
        if (t->flags & LEDE_TF_DIGIT) {
            s = "<num>";
            n = 5;
        } else if ((t->flags & (LEDE_TF_UPPER_INIT | LEDE_TF_ALL_UPPER)) && !(t->flags & LEDE_TF_SENT_START) &&
                   !lede_qw_function(q, (uint32_t)i) && !lede_qw_title(q, (uint32_t)i)) {
            s = "<Cap>";
            n = 5;
        }
    }
    if (n >= cap)
        n = cap - 1;
    memcpy(out, s, n);
    out[n] = '\0';
    return n;
}

/* What follows the cue once adjuncts are passed: the shape of a clause. */
static const char *next_shape(const lede_qctx *q, uint32_t j, uint32_t se)
{
    const lede_doc *d = q->d;
    if (j >= se)
        return "end";
    const lede_token *t = tok(d, j);
    if (lede_qw_is(q, j, LEDE_QW_THAT))
        return "that";
    if (lede_qw_is(q, j, LEDE_QW_TO))
        return "to";
    if (lede_qw_is(q, j, LEDE_QW_IF) || lede_qw_is(q, j, LEDE_QW_WHETHER) || lede_qw_is(q, j, LEDE_QW_HOW) ||
        lede_qw_is(q, j, LEDE_QW_WHAT) || lede_qw_is(q, j, LEDE_QW_WHY))
        return "wh";
    if (t->flags & LEDE_TF_QUOTE)
        return "quote";
    if (t->flags & LEDE_TF_PUNCT) {
        char c = d->text[t->start];
        return c == ',' ? "comma" : c == ':' ? "colon" : c == '.' ? "period" : "punct";
    }
    if (lede_qw_pronoun(q, j))
        return "pron";
    if (lede_qw_determiner(q, j))
        return "det";
    if (t->flags & (LEDE_TF_UPPER_INIT | LEDE_TF_ALL_UPPER))
        return "cap";
    if (lede_qw_function(q, j))
        return "fn";
    return "word";
}

/* A crude stem shared by inflections: said/says/saying stay apart, but
 * "criticized/criticizes/criticizing" meet at "criticiz". */
static size_t stem(const char *w, size_t n, char *out, size_t cap)
{
    static const char *const sufs[] = {"ings", "ing", "ied", "ies", "ed", "es", "s", "ly", "ment", "ments", NULL};
    for (const char *const *s = sufs; *s; s++) {
        size_t sl = strlen(*s);
        if (n > sl + 2 && memcmp(w + n - sl, *s, sl) == 0) {
            n -= sl;
            break;
        }
    }
    if (n > 3 && w[n - 1] == 'e')
        n--;
    if (n >= cap)
        n = cap - 1;
    memcpy(out, w, n);
    out[n] = '\0';
    return n;
}

static const char *speaker_shape(const lede_speaker *sp, bool found)
{
    if (!found)
        return "none";
    if (sp->pronoun)
        return "pron";
    if (sp->anonymous)
        return "anon";
    return sp->named ? "named" : "nominal";
}

bool lede_qcue_candidate(const lede_qctx *q, uint32_t i)
{
    const lede_doc *d = q->d;
    const lede_token *t = tok(d, i);
    if (q->tok_region[i] >= 0 || (q->tok_used[i] & 2))
        return false;
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

size_t lede_qcue_features(const lede_qctx *q, uint32_t i, uint32_t sb, uint32_t se, uint32_t *out, size_t cap)
{
    const lede_doc *d = q->d;
    fbuf f = {out, 0, cap};
    char w[48], p1[48], p2[48], n1[48], n2[48];
    word(q, i, sb, se, w, sizeof w);
    /* the word itself even when capitalised inside a sentence */
    const lede_token *t = tok(d, i);
    size_t wl = t->norm_len < sizeof w - 1 ? t->norm_len : sizeof w - 1;
    char raw[48];
    memcpy(raw, lede_tok_norm(d, t), wl);
    raw[wl] = '\0';
    word(q, (int64_t)i - 1, sb, se, p1, sizeof p1);
    word(q, (int64_t)i - 2, sb, se, p2, sizeof p2);
    word(q, (int64_t)i + 1, sb, se, n1, sizeof n1);
    word(q, (int64_t)i + 2, sb, se, n2, sizeof n2);
    adds(&f, "bias", "");
    adds(&f, "w", raw);
    adds(&f, "p1", p1);
    adds(&f, "p2", p2);
    adds(&f, "n1", n1);
    adds(&f, "n2", n2);
    addn(&f, "wn", raw, n1, NULL);
    addn(&f, "pw", p1, raw, NULL);
    addn(&f, "wnn", raw, n1, n2);
    if (wl > 3)
        adds(&f, "suf3", raw + wl - 3);
    char st[48], sp1[48], sn1[48];
    stem(raw, wl, st, sizeof st);
    stem(p1, strlen(p1), sp1, sizeof sp1);
    stem(n1, strlen(n1), sn1, sizeof sn1);
    adds(&f, "stem", st);
    addn(&f, "p1s_s", sp1, st, NULL);
    addn(&f, "s_n1s", st, sn1, NULL);
    bool that_soon = false, q_after = false, q_before = false;
    for (uint32_t k = i + 1; k < se && k < i + 6; k++)
        that_soon |= lede_qw_is(q, k, LEDE_QW_THAT);
    /* bounded windows keep a sentence without punctuation linear */
    for (uint32_t k = i + 1; k < se && k <= i + LEDE_QUOTE_CLAUSE_MAX; k++)
        q_after |= (tok(d, k)->flags & LEDE_TF_QOPEN) != 0;
    for (uint32_t k = i > sb + LEDE_QUOTE_CLAUSE_MAX ? i - LEDE_QUOTE_CLAUSE_MAX : sb; k < i; k++)
        q_before |= (tok(d, k)->flags & LEDE_TF_QUOTE) != 0;
    adds(&f, "that5", that_soon ? "1" : "0");
    char ctx[4] = {(char)('0' + that_soon), (char)('0' + q_after), (char)('0' + q_before), '\0'};
    addn(&f, "s_ctx", st, ctx, NULL);
    adds(&f, "qa_qb", q_after ? (q_before ? "11" : "10") : (q_before ? "01" : "00"));
    char shape[8] = "x";
    if (t->flags & LEDE_TF_ALL_UPPER)
        shape[0] = 'A';
    else if (t->flags & LEDE_TF_UPPER_INIT)
        shape[0] = 'C';
    else if (!(t->flags & LEDE_TF_ALPHA))
        shape[0] = 'p';
    shape[1] = (t->flags & LEDE_TF_SENT_START) ? 's' : '-';
    shape[2] = (t->flags & LEDE_TF_HEADLINE) ? 'h' : '-';
    shape[3] = d->paras.v[d->sents.v[t->sent].para].kind == LEDE_PARA_TITLE ? 't' : '-';
    shape[4] = '\0';
    adds(&f, "shape", shape);
    uint32_t pos = i - sb;
    adds(&f, "pos", pos == 0 ? "0" : pos == 1 ? "1" : pos < 4 ? "2" : pos < 8 ? "4" : pos < 16 ? "8" : "16");
    uint32_t left = se - i;
    adds(&f, "left", left < 3 ? "2" : left < 6 ? "5" : left < 12 ? "11" : "12+");

    lede_cue c;
    bool is_cue = lede_cue_at(q, i, se, &c);
    /* lexicon knowledge, also for capitalised words the lexicon skips */
    char lemma[16] = "?";
    if (is_cue) {
        /* class bits, span length and form, e.g. "c67l1f1" */
        unsigned cls = c.cls & 0x7f, ln = c.te - c.tb > 9 ? 9 : c.te - c.tb;
        lemma[0] = 'c';
        lemma[1] = (char)('0' + cls / 100);
        lemma[2] = (char)('0' + cls / 10 % 10);
        lemma[3] = (char)('0' + cls % 10);
        lemma[4] = 'l';
        lemma[5] = (char)('0' + ln);
        lemma[6] = 'f';
        lemma[7] = (char)('0' + c.form);
        lemma[8] = '\0';
        adds(&f, "cue", lemma);
        static const char *const names[] = {"S", "C", "M", "A", "Acc", "T", "W"};
        for (int b = 0; b < 7; b++)
            if (c.cls & (1u << b))
                adds(&f, "cls", names[b]);
        char form[2] = {(char)('0' + c.form), '\0'};
        addn(&f, "form_p1", form, p1, NULL);
    } else {
        adds(&f, "cue", "no");
    }
    uint32_t after = is_cue ? c.te : i + 1;
    /* what the rule walkers see around it */
    lede_speaker sp;
    bool before = i > sb && lede_speaker_before(q, sb, i, &sp);
    const char *sb_shape = speaker_shape(&sp, before);
    adds(&f, "spb", sb_shape);
    lede_speaker sa;
    bool aft = lede_speaker_after(q, after, se, &sa);
    adds(&f, "spa", speaker_shape(&sa, aft));
    uint32_t j = after;
    while (j < se && (lede_qw_time(q, j) || lede_qw_aux_adverb(q, j)))
        j++;
    const char *nx = next_shape(q, j, se);
    adds(&f, "nx", nx);
    addn(&f, "w_nx", raw, nx, NULL);
    addn(&f, "w_spb", raw, sb_shape, NULL);
    addn(&f, "cue_nx_spb", lemma, nx, sb_shape);
    /* quotation marks nearby: mixed quotes and partial quotes */
    bool qnear = false;
    for (uint32_t k = after; k < se && k < after + 4; k++)
        qnear |= (tok(d, k)->flags & LEDE_TF_QOPEN) != 0;
    adds(&f, "qnear", qnear ? "1" : "0");
    bool prev_close = i > sb && (tok(d, i - 1)->flags & LEDE_TF_QCLOSE);
    bool prev_comma = i > sb && d->text[tok(d, i - 1)->start] == ',' && tok(d, i - 1)->end - tok(d, i - 1)->start == 1;
    adds(&f, "pc", prev_close ? "q" : prev_comma ? "," : "-");
    return f.n;
}

size_t lede_qcut_features(const lede_qctx *q, uint32_t cue, uint32_t b, uint32_t k, uint32_t se, uint32_t *out,
                          size_t cap)
{
    const lede_doc *d = q->d;
    fbuf f = {out, 0, cap};
    char p1[48], n1[48], n2[48], cw[48];
    word(q, (int64_t)k - 1, b, se, p1, sizeof p1);
    word(q, (int64_t)k + 1, b, se, n1, sizeof n1);
    word(q, (int64_t)k + 2, b, se, n2, sizeof n2);
    word(q, cue, cue, cue + 1, cw, sizeof cw);
    const lede_token *t = tok(d, k);
    char pc[8];
    size_t pl = t->end - t->start < sizeof pc - 1 ? t->end - t->start : sizeof pc - 1;
    memcpy(pc, d->text + t->start, pl);
    pc[pl] = '\0';
    adds(&f, "bias", "");
    adds(&f, "pc", pc);
    adds(&f, "n1", n1);
    adds(&f, "n2", n2);
    adds(&f, "p1", p1);
    addn(&f, "pc_n1", pc, n1, NULL);
    addn(&f, "n1n2", n1, n2, NULL);
    adds(&f, "cue", cw);
    addn(&f, "cue_n1", cw, n1, NULL);
    adds(&f, "nx", k + 1 < se ? next_shape(q, k + 1, se) : "end");
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
    adds(&f, "words", words < 3 ? "0" : words < 6 ? "3" : words < 12 ? "6" : words < 20 ? "12" : "20");
    adds(&f, "rest", rest < 3 ? "0" : rest < 6 ? "3" : rest < 12 ? "6" : "12");
    adds(&f, "verbs", verbs ? "1" : "0");
    adds(&f, "rverbs", rest_verbs ? "1" : "0");
    adds(&f, "commas", commas ? "1" : "0");
    adds(&f, "appos", another_comma ? "1" : "0");
    size_t nl = strlen(n1);
    adds(&f, "n1suf", nl > 3 && !strcmp(n1 + nl - 3, "ing") ? "ing" : nl > 2 && !strcmp(n1 + nl - 2, "ed") ? "ed" : "-");
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

/* The generated tables are open-addressing hash tables (power-of-two size,
 * linear probing, hash 0 = empty slot), so a lookup is a probe or two. */
static float dot(const lede_qcue_weight *w, size_t size, const uint32_t *fs, size_t n)
{
    if (!size)
        return 0;
    float s = 0;
    size_t mask = size - 1;
    for (size_t k = 0; k < n; k++) {
        for (size_t at = fs[k] & mask, probes = 0; probes < size; at = (at + 1) & mask, probes++) {
            if (w[at].hash == fs[k]) {
                s += w[at].weight;
                break;
            }
            if (w[at].hash == 0)
                break;
        }
    }
    return s;
}

float lede_qcue_score(const lede_qctx *q, uint32_t i, uint32_t sb, uint32_t se)
{
    uint32_t fs[LEDE_QCUE_MAX_FEATURES];
    size_t n = lede_qcue_features(q, i, sb, se, fs, LEDE_QCUE_MAX_FEATURES);
    return dot(lede_qcue_weights, lede_qcue_weights_n, fs, n);
}

float lede_qcut_score(const lede_qctx *q, uint32_t cue, uint32_t b, uint32_t k, uint32_t se)
{
    uint32_t fs[LEDE_QCUE_MAX_FEATURES];
    size_t n = lede_qcut_features(q, cue, b, k, se, fs, LEDE_QCUE_MAX_FEATURES);
    return dot(lede_qcut_weights, lede_qcut_weights_n, fs, n);
}
