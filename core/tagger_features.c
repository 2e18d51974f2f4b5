/*
 * tagger_features.c - the tagger's features: a per-document token view
 * (hashes of word, shape, affixes, word class, lexicon and gazetteer
 * matches, capitalisation in context) and the feature keys of each token.
 * Used unchanged by lede_ner_run and by lede-train, so training and run
 * time see identical features.  Owner: the NER tagger (issue 3).
 *
 * Capitalisation is the strongest cue for names and the least reliable in
 * news: headlines are Title Case or ALL CAPS, datelines are ALL CAPS and
 * sentence-initial words are capitalised anyway.  So capitalisation is
 * always conjoined with its context (body, sentence start, headline, table
 * line), and two case-free cues stand in where it says nothing: how often
 * the word is capitalised inside sentences of unlabeled news (word-class
 * table), and how it is written elsewhere in this document.
 *
 * Keys come from one function (lede_tg_keys_of, tagger_keys.h) in a fixed
 * order for training; run time asks for parts of them (tagger_fast.c).
 *
 * Reentrant: writes only the caller's memory.
 */
#include <string.h>
#include <utf8proc.h>

#include "bytes_eq.h"
#include "tagger.h"
#include "tagger_keys.h"
#include "utf8.h"

/* A byte of a word as its hash takes it: every digit is '0'. */
static inline unsigned word_byte(const char *s, size_t i)
{
    unsigned c = (unsigned char)s[i];
    return c - '0' < 10u ? '0' : c;
}

/* lede_tg_word_hash, inlined into describe_text: it hashes every distinct
 * text of a document, and the call cost a tenth of a short word's hash. */
static inline __attribute__((always_inline)) uint64_t word_hash(const char *norm, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    size_t i = 0;
    for (; i + 4 <= n; i += 4) { /* the same steps, a quarter of the loop tests */
        h = (h ^ word_byte(norm, i)) * 0x100000001b3ULL;
        h = (h ^ word_byte(norm, i + 1)) * 0x100000001b3ULL;
        h = (h ^ word_byte(norm, i + 2)) * 0x100000001b3ULL;
        h = (h ^ word_byte(norm, i + 3)) * 0x100000001b3ULL;
    }
    for (; i < n; i++)
        h = (h ^ word_byte(norm, i)) * 0x100000001b3ULL;
    return lede_tg_mix(h);
}

uint64_t lede_tg_word_hash(const char *norm, size_t n) { return word_hash(norm, n); }

lede_etype lede_tg_etype(int type)
{
    static const lede_etype map[LEDE_TG_NTYPES] = {LEDE_ET_PERSON, LEDE_ET_ORG, LEDE_ET_LOC, LEDE_ET_MISC};
    return type >= 0 && type < LEDE_TG_NTYPES ? map[type] : LEDE_ET_NONE;
}

const lede_tg_cslot *lede_tg_cls_find(const lede_tg_tables *t, uint64_t word)
{
    if (!t->cls)
        return NULL;
    uint32_t tag = lede_tg_tag(word);
    for (uint64_t i = word & t->cls_mask;; i = (i + 1) & t->cls_mask) {
        if (t->cls[i].tag == tag)
            return &t->cls[i];
        if (t->cls[i].tag == 0)
            return NULL;
    }
}

const lede_tg_gslot *lede_tg_gaz_find(const lede_tg_gslot *g, uint64_t mask, uint64_t key)
{
    if (!g)
        return NULL;
    uint32_t tag = lede_tg_tag(key);
    for (uint64_t i = key & mask;; i = (i + 1) & mask) {
        if (g[i].tag == tag)
            return &g[i];
        if (g[i].tag == 0)
            return NULL;
    }
}

/* ---- token description ----------------------------------------------------------- */

static char shape_class(uint32_t c)
{
    if (c < 0x80) {
        if (c >= 'A' && c <= 'Z')
            return 'X';
        if (c >= 'a' && c <= 'z')
            return 'x';
        if (c >= '0' && c <= '9')
            return 'd';
        return (char)c;
    }
    switch (utf8proc_category((utf8proc_int32_t)c)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT: return 'X';
    case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: return 'x';
    case UTF8PROC_CATEGORY_ND: return 'd';
    default: return '*';
    }
}

/* Short shape: runs of one character class collapsed ("Xx", "X.X.", "d-d");
 * and k->plain (no ASCII capital, no other script's byte). */
enum { SHORT_SHAPE = 8 };

static void shapes(const char *s, size_t n, lede_tg_tok *k)
{
    const unsigned char *u = (const unsigned char *)s;
    char sht[SHORT_SHAPE];
    size_t ns = 0, i = 0;
    bool plain = true; /* lede_tg_plain_lower, in the same pass */
    while (i < n) {
        /* ASCII (nearly every byte of news) classed here, as shape_class
         * would, without decoding a code point; a run of one letter or
         * digit class is skipped whole (it adds one class at most) */
        unsigned b = u[i];
        char c;
        if (b - 'a' < 26u) {
            c = 'x';
            for (i++; i < n && (unsigned)u[i] - 'a' < 26u; i++)
                ;
        } else if (b - 'A' < 26u) {
            c = 'X';
            plain = false;
            for (i++; i < n && (unsigned)u[i] - 'A' < 26u; i++)
                ;
        } else if (b - '0' < 10u) {
            c = 'd';
            for (i++; i < n && (unsigned)u[i] - '0' < 10u; i++)
                ;
        } else if (b < 0x80) {
            c = (char)b;
            i++;
        } else {
            c = shape_class(lede_utf8_next(s, n, &i));
            plain = false;
        }
        if (ns < SHORT_SHAPE && (ns == 0 || sht[ns - 1] != c))
            sht[ns++] = c;
        if (c == '-')
            k->misc |= LEDE_TG_M_HYPHEN;
    }
    k->sshape = lede_tg_hash(sht, ns, 0x22);
    k->plain = plain;
}

/* Prefixes and suffixes of 1-4 code points of the folded word; a word of
 * at most k code points has no affix of length k (the word feature says it). */
static void affixes(const char *s, size_t n, uint64_t pre[4], uint64_t suf[4])
{
    /* one FNV pass forwards for the prefixes, one backwards for the
     * suffixes, each read out at code-point boundaries */
    const unsigned char *u = (const unsigned char *)s;
    lede_tgk_prefixes(s, n, pre);
    uint64_t h = 0x84222325cbf29ce4ULL;
    size_t cps = 0;
    cps = 0;
    for (size_t i = n; i-- > 0 && cps < 4;) {
        h = (h ^ u[i]) * 0x100000001b3ULL;
        if ((u[i] & 0xC0) != 0x80) {
            cps++;
            suf[cps - 1] = i > 0 ? lede_tg_mix(h ^ (0x44 + cps)) : 0;
        }
    }
}

uint64_t lede_tg_suf3(const lede_tg_docview *v, size_t i) { return lede_tgk_suf3(v, i); }

uint64_t lede_tg_prefixes(const lede_tg_docview *v, size_t i, uint64_t pre[4]) { return lede_tgk_affixes9(v, i, pre); }

void lede_tg_affixes(const lede_tg_docview *v, size_t i, uint64_t pre[4], uint64_t suf[4])
{
    const lede_token *tk = &v->d->toks.v[i];
    memset(pre, 0, 4 * sizeof *pre);
    memset(suf, 0, 4 * sizeof *suf);
    if (tk->flags & LEDE_TF_ALPHA)
        affixes(lede_tok_norm(v->d, tk), tk->norm_len, pre, suf);
}

static uint8_t cap_class(uint32_t f, size_t len)
{
    if (!(f & LEDE_TF_ALPHA))
        return LEDE_TG_CAP_NONE;
    if (f & LEDE_TF_ALL_UPPER)
        return len <= 2 ? LEDE_TG_CAP_ONE : LEDE_TG_CAP_ALL;
    if (f & LEDE_TF_UPPER_INIT)
        return LEDE_TG_CAP_INIT;
    return LEDE_TG_CAP_LOWER;
}

size_t lede_tg_scratch_size(size_t n)
{
    size_t slots = 16;
    while (slots < 2 * n)
        slots <<= 1;
    size_t a = (n * sizeof(lede_tg_tok) + 15) & ~(size_t)15;
    size_t b = (n * sizeof(lede_tg_form) + 15) & ~(size_t)15;
    /* the form table and the table of distinct texts (same_text), then
     * a sentence's starts (sentence_context) */
    return a + b + slots * (sizeof(uint32_t) + sizeof(uint64_t)) + 2 * n * sizeof(uint32_t) + 16;
}

static uint32_t form_of(lede_tg_docview *v, uint64_t word)
{
    for (uint64_t i = word & v->form_mask;; i = (i + 1) & v->form_mask) {
        uint32_t f = v->form_table[i];
        if (f == 0) {
            v->form_table[i] = ++v->n_forms;
            lede_tg_form *fm = &v->forms[v->n_forms - 1];
            memset(fm, 0, sizeof *fm);
            fm->word = word;
            return v->n_forms - 1;
        }
        if (v->forms[f - 1].word == word)
            return f - 1;
    }
}

/* The token-intrinsic fields of token i (of the document's text alone)
 * are those of token j when both have the same bytes, the same folded
 * form and the same letter/digit flags: then every field that
 * describe_text fills is equal. */
static bool same_text(const lede_doc *d, uint32_t i, uint32_t j)
{
    const lede_token *a = &d->toks.v[i], *b = &d->toks.v[j];
    size_t len = lede_tok_len(a);
    return len == lede_tok_len(b) && a->norm_len == b->norm_len &&
           ((a->flags ^ b->flags) & (LEDE_TF_ALPHA | LEDE_TF_DIGIT)) == 0 &&
           lede_bytes_eq(lede_tok_text(d, a), lede_tok_text(d, b), len) &&
           lede_bytes_eq(lede_tok_norm(d, a), lede_tok_norm(d, b), a->norm_len);
}

/* Fields of a token that depend on its text alone: word hash, shape, word
 * class, form and the gazetteer's first-word entry (its affixes are
 * hashed for the decoded words' keys: lede_tg_suf3, lede_tg_affixes).
 * In two steps: describe_text fills what the text's bytes give and
 * prefetches the word-class and gazetteer slots; describe_lookups reads
 * them a few texts later (lede_tg_prepare's pending batch), so the misses
 * in those tables (256 KB-1 MB) overlap instead of stalling one by one. */
static void describe_text(lede_tg_docview *v, const lede_tg_tables *t, const lede_token *tk, lede_tg_tok *k)
{
    const lede_doc *d = v->d;
    const char *norm = lede_tok_norm(d, tk);
    size_t len = lede_tok_len(tk);
    k->word = word_hash(norm, tk->norm_len);
    if (t->cls)
        __builtin_prefetch(&t->cls[k->word & t->cls_mask]);
    if (t->gaz && (tk->flags & (LEDE_TF_ALPHA | LEDE_TF_DIGIT)))
        __builtin_prefetch(&t->gaz[lede_tg_gaz_first(k->word) & t->gaz_mask]);
    shapes(lede_tok_text(d, tk), len, k);
    k->cluster = LEDE_TG_NO_CLUSTER;
    k->form = form_of(v, k->word);
}

static void describe_lookups(const lede_tg_tables *t, const lede_token *tk, lede_tg_tok *k)
{
    const lede_tg_cslot *c = lede_tg_cls_find(t, k->word);
    if (c) {
        k->capb = c->capb;
        k->freqb = c->freqb;
        if (c->cluster < t->n_paths) {
            k->path = t->paths[c->cluster];
            k->cluster = c->cluster;
        }
    }
    if (t->gaz && (tk->flags & (LEDE_TF_ALPHA | LEDE_TF_DIGIT))) {
        const lede_tg_gslot *g = lede_tg_gaz_find(t->gaz, t->gaz_mask, lede_tg_gaz_first(k->word));
        k->gazmax = g ? g->maxlen : 0;
    }
}

/* Texts described but not yet looked up (describe_lookups), in order: at
 * most PENDING_MAX, all numbered from `first` on. */
enum { PENDING_MAX = 8 };
typedef struct pending {
    uint32_t tok[PENDING_MAX];
    uint32_t n, first;
} pending;

static void pending_flush(lede_tg_docview *v, const lede_tg_tables *t, pending *pd)
{
    for (uint32_t i = 0; i < pd->n; i++)
        describe_lookups(t, &v->d->toks.v[pd->tok[i]], &v->tok[pd->tok[i]]);
    pd->n = 0;
    pd->first = v->n_texts;
}

/* A hash of a token's bytes for finding its earlier copies in the document
 * (lede_tg_prepare), cheaper than a byte-by-byte FNV (lede_tg_hash): the
 * first and last eight bytes and the length.  Tokens sharing those are
 * told apart by same_text. */
static uint64_t text_key(const lede_doc *d, const lede_token *tk, size_t len)
{
    const char *s = lede_tok_text(d, tk);
    uint64_t a = 0, b = 0;
    if (len >= 8) {
        memcpy(&a, s, 8);
        memcpy(&b, s + len - 8, 8);
    } else if (tk->start >= 8 - len) { /* the bytes before are the text's */
        memcpy(&a, s + len - 8, 8);
        a >>= 8 * (8 - len); /* little-endian: drop them */
    } else {
        memcpy(&a, s, len);
    }
    uint64_t x = (a ^ (b * 0x9E3779B97F4A7C15ULL) ^ len) * 0xC2B2AE3D27D4EB4FULL;
    return x ^ (x >> 29);
}

/* Copies the fields describe_text fills, and the text's number, from the
 * token with the same text, described earlier in lede_tg_prepare's first
 * loop: the whole 64-byte record at once, as the fields this
 * loop sets per token are then set again (cap) or cleared here (misc: all
 * but the text's hyphen), and the later passes' are still 0. */
static void copy_text(lede_tg_tok *k, const lede_tg_tok *src)
{
    *k = *src;
    k->misc &= LEDE_TG_M_HYPHEN;
}

/* Adds token k's use to its form's counts where case carries information
 * (dir 1: prose, not at a sentence's start), or takes it back (-1). */
static inline void count_case(lede_tg_form *forms, const lede_tg_tok *k, int dir)
{
    if (k->ctx != LEDE_TG_CTX_BODY || k->cap == LEDE_TG_CAP_NONE)
        return;
    if (k->cap == LEDE_TG_CAP_LOWER)
        forms[k->form].lower = (uint16_t)(forms[k->form].lower + dir);
    else
        forms[k->form].cap = (uint16_t)(forms[k->form].cap + dir);
}

/* Sentence context: headline (marked, or mostly ALL CAPS), a table line
 * (mostly numbers: sports results), or prose where the first word is
 * capitalised by convention.  One pass gives each token its context as
 * in prose and counts its case (count_case); a headline or table line,
 * known at the sentence's end, then takes the counts back (a tenth of
 * the sentences in news). */
/* The tokens of one sentence the later passes start at, in order: the
 * capitalised ones (capital runs, lexicon matches) and the ones that start
 * a gazetteer phrase.  Listed in sentence_context's pass, so those passes
 * visit only them and not every token. */
typedef struct starts {
    uint32_t *caps, *gaz;      /* room for the sentence's tokens each */
    size_t ncaps, ngaz;
} starts;

static uint8_t sentence_context(lede_tg_docview *v, const lede_sentence *s, starts *st)
{
    const lede_doc *d = v->d;
    size_t alpha = 0, upper = 0, numeric = 0, head = 0, n = s->tok_end - s->tok_begin;
    size_t nc = 0, ng = 0;
    /* prose: a word starts the sentence's case where no word came before
     * it, and after an opening quote or a colon */
    bool first = true, opens = false;
    /* in locals: the byte stores below could alias the view's fields */
    const lede_token *toks = d->toks.v;
    const char *text = d->text;
    lede_tg_tok *tokv = v->tok;
    lede_tg_form *forms = v->forms;
    uint32_t *caps = st->caps, *gaz = st->gaz;
    for (size_t i = s->tok_begin; i < s->tok_end; i++) {
        const lede_token *t = &toks[i];
        lede_tg_tok *k = &tokv[i];
        uint32_t f = t->flags;
        uint8_t c = LEDE_TG_CTX_BODY;
        if (f & LEDE_TF_ALPHA) {
            alpha++;
            if ((f & LEDE_TF_ALL_UPPER) && lede_tok_len(t) > 1)
                upper++;
            if (first || opens)
                c = LEDE_TG_CTX_INIT;
        } else if (f & LEDE_TF_DIGIT) {
            numeric++;
        }
        if (f & LEDE_TF_HEADLINE)
            head++;
        if (f & (LEDE_TF_ALPHA | LEDE_TF_DIGIT))
            first = false;
        opens = (f & LEDE_TF_QOPEN) || (lede_tok_len(t) == 1 && text[t->start] == ':');
        k->ctx = c;
        count_case(forms, k, 1);
        /* branch-free: whether a token is listed is a coin toss */
        caps[nc] = (uint32_t)i;
        nc += k->cap >= LEDE_TG_CAP_INIT;
        gaz[ng] = (uint32_t)i;
        ng += k->gazmax != 0;
    }
    st->ncaps = nc;
    st->ngaz = ng;
    uint8_t ctx = LEDE_TG_CTX_BODY;
    if ((alpha >= 2 && upper * 10 >= alpha * 6) || (alpha == 1 && upper == 1 && n <= 3) || head * 2 > n)
        ctx = LEDE_TG_CTX_HEAD;
    else if (numeric * 10 >= n * 4 && n >= 3)
        ctx = LEDE_TG_CTX_NUMLINE;
    if (ctx != LEDE_TG_CTX_BODY)
        for (size_t i = s->tok_begin; i < s->tok_end; i++) {
            count_case(forms, &tokv[i], -1);
            tokv[i].ctx = ctx;
        }
    return ctx;
}

/* Greedy longest lexicon matches within the sentence, from its
 * capitalised tokens (st->caps): names start with a capital (or a
 * headline shouts them). */
static void lexicon_matches(lede_tg_docview *v, const lede_tg_tables *t, const lede_sentence *s, const starts *st)
{
    const lede_doc *d = v->d;
    size_t from = s->tok_begin; /* tokens before it are in a match */
    for (size_t c = 0; c < st->ncaps; c++) {
        size_t i = st->caps[c];
        if (i < from)
            continue;
        const lede_lex_entry *e = NULL;
        size_t n = lede_lexicon_longest(t->lex, d, i, s->tok_end, &e);
        if (!n || !e)
            continue;
        for (size_t k = 0; k < n; k++) {
            lede_tg_tok *tk = &v->tok[i + k];
            tk->lex = (uint16_t)(e->classes & LEDE_TG_LEX_CLASSES);
            tk->lexpos = 1 + (n == 1 ? LEDE_TG_U : k == 0 ? LEDE_TG_B : k + 1 == n ? LEDE_TG_L : LEDE_TG_I);
        }
        from = i + n;
    }
}

/* Greedy longest gazetteer matches (names seen in training) in the
 * sentence, from the tokens whose text starts a phrase (st->gaz: the
 * first word's entry, looked up once per distinct text by lede_tg_prepare). */
static void gazetteer_matches(lede_tg_docview *v, const lede_tg_tables *t, const lede_sentence *s, const starts *st)
{
    size_t from = s->tok_begin; /* tokens before it are in a match */
    for (size_t c = 0; c < st->ngaz; c++) {
        size_t i = st->gaz[c];
        if (i < from)
            continue;
        size_t best = 0;
        uint8_t types = 0;
        uint64_t h = LEDE_TG_GAZ_SEED, keys[LEDE_TG_GAZ_MAX];
        size_t max = v->tok[i].gazmax;
        if (max > s->tok_end - i)
            max = s->tok_end - i;
        if (max > LEDE_TG_GAZ_MAX) /* (no phrase is longer) */
            max = LEDE_TG_GAZ_MAX;
        /* every prefix's slot fetched first: the probes' misses in the
         * 256 KB table overlap instead of waiting one for another */
        for (size_t k = 0; k < max; k++) {
            keys[k] = h = lede_tg_gaz_step(h, v->tok[i + k].word);
            __builtin_prefetch(&t->gaz[h & t->gaz_mask]);
        }
        for (size_t k = 0; k < max; k++) {
            const lede_tg_gslot *g = lede_tg_gaz_find(t->gaz, t->gaz_mask, keys[k]);
            if (g && g->types) {
                best = k + 1;
                types = g->types;
            }
        }
        if (!best)
            continue;
        for (size_t k = 0; k < best; k++) {
            lede_tg_tok *tk = &v->tok[i + k];
            tk->gaz = types;
            tk->gazpos = 1 + (best == 1 ? LEDE_TG_U : k == 0 ? LEDE_TG_B : k + 1 == best ? LEDE_TG_L : LEDE_TG_I);
        }
        from = i + best;
    }
}

/* Runs of capitalised words in prose ("Bank of England", "Peter Blackburn"):
 * the run's last word often decides the type of all of it (Bank, Corp,
 * University), its first word too (Mr, Lake).  Lowercase particles of
 * names may sit inside.  Headlines are all capitals: no runs there (the
 * caller's test).  From the sentence's capitalised tokens (st->caps). */
bool lede_tg_particle(const char *s, size_t n)
{
    /* "of", "&", "de", "van", "von", "der", "du", "del", "da", "bin",
     * "di", "le", "la": compared as whole little-endian words by length
     * (capital runs and pass 2's revisits ask for every lowercase word
     * next to a capital) */
    switch (n) {
    case 1:
        return s[0] == '&';
    case 2: {
        unsigned w = (unsigned char)s[0] | (unsigned)(unsigned char)s[1] << 8;
#define W2(a, b) ((unsigned)(a) | (unsigned)(b) << 8)
        return w == W2('o', 'f') || w == W2('d', 'e') || w == W2('d', 'u') || w == W2('d', 'a') ||
               w == W2('d', 'i') || w == W2('l', 'e') || w == W2('l', 'a');
#undef W2
    }
    case 3: {
        unsigned w = (unsigned char)s[0] | (unsigned)(unsigned char)s[1] << 8 | (unsigned)(unsigned char)s[2] << 16;
#define W3(a, b, c) ((unsigned)(a) | (unsigned)(b) << 8 | (unsigned)(c) << 16)
        return w == W3('v', 'a', 'n') || w == W3('v', 'o', 'n') || w == W3('d', 'e', 'r') || w == W3('d', 'e', 'l') ||
               w == W3('b', 'i', 'n');
#undef W3
    }
    default: /* none is longer */
        return false;
    }
}

static void capital_runs(lede_tg_docview *v, const starts *st)
{
    const lede_doc *d = v->d;
    for (size_t c = 0; c < st->ncaps; c++) {
        /* a run: capitalised words next to each other, or one particle apart */
        uint32_t i = st->caps[c], last = i;
        for (; c + 1 < st->ncaps; c++) {
            uint32_t next = st->caps[c + 1];
            if (next != last + 1) {
                const lede_token *t = &d->toks.v[last + 1];
                if (next != last + 2 || !lede_tg_particle(lede_tok_norm(d, t), t->norm_len))
                    break;
            }
            last = next;
        }
        uint32_t n = last + 1 - i;
        for (uint32_t x = i; x <= last; x++) {
            lede_tg_tok *kx = &v->tok[x];
            kx->runlen = (uint8_t)(n > 6 ? 6 : n);
            kx->runpos = 1 + (n == 1 ? LEDE_TG_U : x == i ? LEDE_TG_B : x == last ? LEDE_TG_L : LEDE_TG_I);
            kx->run_first = i;
            kx->run_last = last;
        }
    }
}

void lede_tg_zero(void *p, size_t n)
{
    char *q = p;
    size_t k = 0;
    for (; k + 64 <= n; k += 64) {
        char *o = q + k;
#if defined(__SSE2__) && defined(__GNUC__)
        /* the empty asm hides the address from gcc, which would otherwise
         * turn the loop back into a memset call */
        __asm__("" : "+r"(o));
        __m128i z = _mm_setzero_si128();
        _mm_storeu_si128((__m128i *)(void *)o, z);
        _mm_storeu_si128((__m128i *)(void *)(o + 16), z);
        _mm_storeu_si128((__m128i *)(void *)(o + 32), z);
        _mm_storeu_si128((__m128i *)(void *)(o + 48), z);
#else
        memset(o, 0, 64);
#endif
    }
    memset(q + k, 0, n - k); /* under 64 bytes: memset's vector stores */
}

/* Doubles the form and text tables of lede_tg_prepare, filled again from
 * the forms and from the first token of each text among tokens [0, n). */
static void tables_grow(lede_tg_docview *v, uint64_t *texts, size_t n)
{
    size_t slots = (size_t)(v->form_mask + 1) * 2;
    v->form_mask = slots - 1;
    lede_tg_zero(v->form_table, slots * sizeof *v->form_table);
    lede_tg_zero(texts, slots * sizeof *texts);
    for (uint32_t f = 0; f < v->n_forms; f++) {
        uint64_t i = v->forms[f].word & v->form_mask;
        while (v->form_table[i])
            i = (i + 1) & v->form_mask;
        v->form_table[i] = f + 1;
    }
    /* texts are numbered in the order of their first tokens, and a copy
     * carries its text's number: the first token of text m is the first
     * whose number is m */
    const lede_doc *d = v->d;
    uint32_t next = 0;
    for (size_t j = 0; j < n && next < v->n_texts; j++) {
        if (v->tok[j].text != next)
            continue;
        next++;
        const lede_token *tk = &d->toks.v[j];
        uint64_t key = text_key(d, tk, lede_tok_len(tk));
        uint64_t s = key & v->form_mask;
        while ((uint32_t)texts[s])
            s = (s + 1) & v->form_mask;
        texts[s] = ((uint64_t)j + 1) | (key & 0xFFFFFFFF00000000ULL);
    }
}

void lede_tg_prepare(lede_tg_docview *v, const lede_doc *d, const lede_tg_tables *t, void *mem)
{
    size_t n = d->toks.n;
    size_t slots = 16;
    while (slots < 2 * n)
        slots <<= 1;
    /* the tables start at LEDE_TG_SLOTS0 slots at most and double when
     * half full: a long document has far fewer distinct texts than tokens,
     * and zeroing and probing 2n slots touched 12 bytes a token (24 MB for
     * a 4 MB document) */
    size_t cur = slots < LEDE_TG_SLOTS0 ? slots : LEDE_TG_SLOTS0;
    char *p = mem;
    v->d = d;
    v->tok = (lede_tg_tok *)p;
    p += (n * sizeof(lede_tg_tok) + 15) & ~(size_t)15;
    v->forms = (lede_tg_form *)p;
    p += (n * sizeof(lede_tg_form) + 15) & ~(size_t)15;
    v->form_table = (uint32_t *)p;
    v->form_mask = cur - 1;
    v->n_forms = 0;
    v->n_texts = 0;
    /* first token of each distinct text + 1 (low half) and the high half
     * of its text_key: a document repeats most of its words, and
     * describing one costs ~500 instructions (hashes, shape, affixes) and
     * two lookups in tables of 256-512 KB */
    uint64_t *texts = (uint64_t *)(void *)(v->form_table + slots);
    if (cur == slots) { /* both tables, adjacent */
        lede_tg_zero(v->form_table, slots * (sizeof(uint32_t) + sizeof(uint64_t)));
    } else {
        lede_tg_zero(v->form_table, cur * sizeof(uint32_t));
        lede_tg_zero(texts, cur * sizeof(uint64_t));
    }
    uint32_t grow_at = cur < slots ? (uint32_t)(cur / 2) : UINT32_MAX;
    v->starts = (uint32_t *)(void *)(texts + slots);

    bool paren = false; /* the token before is "(" */
    pending pd = {.n = 0, .first = 0};
    for (size_t i = 0; i < n; i++) {
        const lede_token *tk = &d->toks.v[i];
        lede_tg_tok *k = &v->tok[i];
        size_t len = lede_tok_len(tk);
        uint64_t key = text_key(d, tk, len);
        for (uint64_t s = key & v->form_mask;; s = (s + 1) & v->form_mask) {
            uint64_t e = texts[s];
            uint32_t j = (uint32_t)e;
            if (j == 0) {
                texts[s] = ((uint64_t)i + 1) | (key & 0xFFFFFFFF00000000ULL);
                memset(k, 0, sizeof *k);
                describe_text(v, t, tk, k);
                k->text = v->n_texts++;
                pd.tok[pd.n++] = (uint32_t)i;
                if (pd.n == PENDING_MAX)
                    pending_flush(v, t, &pd);
                if (v->n_texts >= grow_at) {
                    tables_grow(v, texts, i + 1);
                    grow_at = v->form_mask + 1 < slots ? (uint32_t)((v->form_mask + 1) / 2) : UINT32_MAX;
                }
                break;
            }
            if ((e ^ key) >> 32 == 0 && same_text(d, (uint32_t)i, j - 1)) {
                if (v->tok[j - 1].text >= pd.first) /* a text still to look up: its fields first */
                    pending_flush(v, t, &pd);
                copy_text(k, &v->tok[j - 1]);
                break;
            }
        }
        k->cap = cap_class(tk->flags, len);
        if (tk->flags & LEDE_TF_ABBREV)
            k->misc |= LEDE_TG_M_ABBREV;
        if (tk->mention >= 0)
            k->misc |= LEDE_TG_M_SKIP;
        /* the marks a token gives its neighbours, set from it: the one
         * before is described already, the one after reads paren */
        if (paren)
            k->misc |= LEDE_TG_M_PAREN_PREV;
        paren = len == 1 && d->text[tk->start] == '(';
        if (i > 0 && paren)
            k[-1].misc |= LEDE_TG_M_PAREN_NEXT;
        if (i > 0 && (tk->flags & LEDE_TF_POSSESSIVE))
            k[-1].misc |= LEDE_TG_M_POSS_NEXT;
    }
    pending_flush(v, t, &pd);
    /* how each word is written where case carries information: counted
     * by sentence_context for the tokens of sentences in order and apart
     * (lede_segment's), here for the tokens between them (body text); in
     * any other case, once every context is known */
    size_t at = 0; /* tokens before it counted */
    for (size_t s = 0; s < d->sents.n; s++) {
        const lede_sentence *se = &d->sents.v[s];
        if (at <= se->tok_begin && se->tok_begin <= se->tok_end && se->tok_end <= n) {
            for (; at < se->tok_begin; at++)
                count_case(v->forms, &v->tok[at], 1);
            at = se->tok_end;
        } else {
            at = SIZE_MAX;
        }
        size_t len = se->tok_end - se->tok_begin;
        starts st = {.caps = v->starts, .gaz = v->starts + len};
        if (sentence_context(v, se, &st) != LEDE_TG_CTX_HEAD)
            capital_runs(v, &st);
        if (t->lex)
            lexicon_matches(v, t, se, &st);
        if (t->gaz)
            gazetteer_matches(v, t, se, &st);
    }
    if (at == SIZE_MAX) { /* take back what sentence_context counted: count again */
        for (uint32_t f = 0; f < v->n_forms; f++)
            v->forms[f].cap = v->forms[f].lower = 0;
        at = 0;
    }
    for (; at < n; at++)
        count_case(v->forms, &v->tok[at], 1);
    /* each token's own: lede_tg_docstat, for the tokens decoded */
}

void lede_tg_count_labels(lede_tg_docview *v, const uint8_t *y1, const uint8_t *active)
{
    for (uint32_t f = 0; f < v->n_forms; f++)
        memset(v->forms[f].lab, 0, sizeof v->forms[f].lab);
    for (size_t i = 0; i < v->d->toks.n; i++) {
        if (active && !active[i])
            continue;
        if (v->tok[i].cap == LEDE_TG_CAP_NONE)
            continue;
        int ty = lede_tg_ltype(y1[i]);
        v->forms[v->tok[i].form].lab[ty < 0 ? LEDE_TG_NTYPES : ty]++;
    }
}

/* ---- feature keys -------------------------------------------------------------------- */

size_t lede_tg_static_keys(const lede_tg_docview *v, size_t i, uint32_t sb, uint32_t se, bool lite, uint64_t *o)
{
    return lede_tg_keys_of(v, i, sb, se, lite, LEDE_TGK_ALL, o);
}

size_t lede_tg_word_keys(const lede_tg_docview *v, size_t i, bool lite, uint64_t *o)
{
    return lede_tg_keys_of(v, i, 0, 0, lite, LEDE_TGK_OWN | LEDE_TGK_OWNPATH, o);
}

size_t lede_tg_context_keys(const lede_tg_docview *v, size_t i, uint32_t sb, uint32_t se, bool lite, uint64_t *o)
{
    return lede_tg_keys_of(v, i, sb, se, lite, LEDE_TGK_NB | LEDE_TGK_NBPATH | LEDE_TGK_SMALL | LEDE_TGK_PAIR, o);
}

size_t lede_tg_part_keys(const lede_tg_docview *v, size_t i, uint32_t sb, uint32_t se, bool lite, unsigned parts,
                         uint64_t *o)
{
    /* the common sets, lite or not, get their own folded copy */
#define FOLDED(P) (lite ? lede_tg_keys_of(v, i, sb, se, true, P, o) : lede_tg_keys_of(v, i, sb, se, false, P, o))
    switch (parts) {
    case LEDE_TGK_OWN: return FOLDED(LEDE_TGK_OWN);
    case LEDE_TGK_SMALL: return FOLDED(LEDE_TGK_SMALL);
    case LEDE_TGK_PAIR: return FOLDED(LEDE_TGK_PAIR);
    default: return lede_tg_keys_of(v, i, sb, se, lite, parts, o);
    }
#undef FOLDED
}

uint64_t lede_tg_trans_key(int prev) { return lede_tg_key(D_P1, (uint64_t)(prev + 1)); }

size_t lede_tg_doc_keys(const lede_tg_docview *v, size_t i, uint32_t sb, uint32_t se, const uint8_t *y1,
                        uint64_t *o)
{
    const lede_tg_tok *k = &v->tok[i];
    size_t n = 0;
    uint64_t cc = lede_tgk_cc(k);
    unsigned y = y1[i];
    unsigned ym = i > sb ? y1[i - 1] + 1u : 0, yp = i + 1 < se ? y1[i + 1] + 1u : 0;
    o[n++] = lede_tgk_y1(y);
    o[n++] = lede_tgk_y1_3(ym, y, yp);
    o[n++] = lede_tgk_y1_cap(y, cc);
    unsigned bits, maj;
    if (lede_tg_doc_codes(v, i, y1, &bits, &maj)) {
        o[n++] = lede_tgk_others(bits, k->cap);
        o[n++] = lede_tgk_maj(maj, cc);
    }
    return n;
}
