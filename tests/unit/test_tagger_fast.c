/* test_tagger_fast.c - the tagger's run-time shortcuts give exactly what
 * the shared reference code gives: the alpha Viterbi decoder against
 * lede_tg_viterbi (random scores with many ties, signed zeros, every run
 * length up to 40), lede_tg_margin against its label-by-label form, and
 * tagger_fast.c's label-free and pass-2 sums against looking every key
 * up, token by token, on composed news text (headlines, names, lexicon
 * places, numbers, accents) and on a document with more distinct words
 * than the per-document cache holds; and the token view's short shape
 * (ASCII classed without decoding) and 3-code-point suffix (hashed alone)
 * against their definitions.  The sums include the rows summed per word
 * class at model load (own and neighbours' cluster path prefixes).  And
 * the unrolled hashes and the name particles against their plain forms;
 * the view's per-form case counts against its final contexts.
 * Both copies of the sums (AVX2, run where the CPU has it, and SSE2) are
 * checked, and the branch-free index probe against the plain one. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <math.h>

#include "stages.h"
#include "tagger.h"
#include "tagger_acc.h"
#include "tagger_fast.h"
#include "workspace.h"

#define NL LEDE_TG_NLAB

static uint64_t rng = 0x9E3779B97F4A7C15ULL;
static uint32_t rnd(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng >> 11);
}

/* Small multiples of a quarter: ties between paths are common. */
static float val(int coarse)
{
    int r = (int)(rnd() % (coarse ? 5 : 41)) - (coarse ? 2 : 20);
    if (r == 0 && (rnd() & 1))
        return -0.0f;
    return (float)r * 0.25f;
}

static void alpha_decoder_matches_reference(void **state)
{
    (void)state;
    enum { MAXN = 40 };
    float trans[(NL + 1) * NL], sc[MAXN * NL];
    static float alpha[MAXN * LEDE_TG_ASTRIDE] __attribute__((aligned(16)));
    uint8_t bp[MAXN * NL], y0[MAXN], y1[MAXN];
    for (int round = 0; round < 4000; round++) {
        int coarse = round & 1;
        size_t n = 1 + (size_t)(round % MAXN);
        for (size_t k = 0; k < sizeof trans / sizeof *trans; k++)
            trans[k] = val(coarse);
        for (size_t k = 0; k < n * NL; k++)
            sc[k] = val(coarse);
        lede_tg_vtrans vt;
        lede_tg_vtrans_init(&vt, trans);
        lede_tg_viterbi(sc, n, trans, bp, y0);
        memset(y1, 0xFF, sizeof y1);
        lede_tg_viterbi_alpha(sc, n, &vt, alpha, y1);
        if (memcmp(y0, y1, n) != 0)
            fail_msg("round %d (n = %zu): decoders disagree", round, n);
    }
}

/* The margin as lede_tg_margin computed it before its label masks:
 * lede_tg_allowed asked for every label. */
static float ref_margin(const float *sc, size_t n, const float *trans, const uint8_t *y, size_t i)
{
    int prev = i ? y[i - 1] : -1, next = i + 1 < n ? y[i + 1] : -1;
    uint32_t ok = lede_tg_allowed(prev, i + 1 == n);
    float own = -INFINITY, other = -INFINITY;
    for (int c = 0; c < NL; c++) {
        if (!(ok & (1u << c)))
            continue;
        if (next >= 0 && !(lede_tg_allowed(c, false) & (1u << next)))
            continue;
        float v = sc[i * NL + c] + trans[(prev + 1) * NL + c] + (next >= 0 ? trans[(c + 1) * NL + next] : 0);
        if (c == y[i])
            own = v;
        else if (v > other)
            other = v;
    }
    return other == -INFINITY ? 1e4f : own - other;
}

/* lede_tg_allowed in closed form against the BILOU rules spelt out. */
static void allowed_matches_rules(void **state)
{
    (void)state;
    for (int prev = -1; prev < NL; prev++)
        for (int last = 0; last < 2; last++) {
            uint32_t want = 0;
            int pt = lede_tg_ltype(prev), pp = lede_tg_lpos(prev);
            for (int c = 0; c < NL; c++) {
                int ct = lede_tg_ltype(c), cp = lede_tg_lpos(c);
                bool open = prev > 0 && (pp == LEDE_TG_B || pp == LEDE_TG_I);
                bool ok = open ? ct == pt && (cp == LEDE_TG_L || (cp == LEDE_TG_I && !last))
                               : c == 0 || cp == LEDE_TG_U || (cp == LEDE_TG_B && !last);
                if (ok)
                    want |= 1u << c;
            }
            if (lede_tg_allowed(prev, last) != want)
                fail_msg("prev %d, last %d: allowed %#x, rules %#x", prev, last, lede_tg_allowed(prev, last), want);
        }
}

/* Every token of decoded runs (valid BILOU label sequences), and of
 * random label sequences, valid or not. */
static void margin_matches_reference(void **state)
{
    (void)state;
    enum { MAXN = 12 };
    float trans[(NL + 1) * NL], sc[MAXN * NL];
    uint8_t bp[MAXN * NL], y[MAXN];
    for (int round = 0; round < 4000; round++) {
        size_t n = 1 + (size_t)(round % MAXN);
        for (size_t k = 0; k < sizeof trans / sizeof *trans; k++)
            trans[k] = val(round & 1);
        for (size_t k = 0; k < n * NL; k++)
            sc[k] = val(round & 1);
        if (round & 2)
            lede_tg_viterbi(sc, n, trans, bp, y);
        else
            for (size_t k = 0; k < n; k++)
                y[k] = (uint8_t)(rnd() % NL);
        for (size_t i = 0; i < n; i++) {
            float a = lede_tg_margin(sc, n, trans, y, i), b = ref_margin(sc, n, trans, y, i);
            if (memcmp(&a, &b, sizeof a) != 0)
                fail_msg("round %d, token %zu: margin %g, reference %g", round, i, (double)a, (double)b);
        }
    }
}

/* ---- sums ------------------------------------------------------------------- */
static lede_model *model;

static int setup(void **state)
{
    (void)state;
    lede_status st;
    char err[512];
    const char *d = getenv("LEDE_DATA_DIR");
    model = lede_model_load(d && *d ? d : "data", &st, err, sizeof err);
    if (!model)
        fprintf(stderr, "model: %s\n", err);
    return model ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    lede_model_free(model);
    return 0;
}

/* A text segmented in a workspace of its own, and its tagger view: what
 * the tests below read. */
typedef struct viewed {
    lede_workspace *ws;
    void *mem;
    lede_tg_tables tab;
    lede_tg_docview v;
} viewed;

static const lede_doc *view_text(viewed *x, const char *text)
{
    x->ws = lede_workspace_new(model, NULL);
    assert_non_null(x->ws);
    x->ws->doc.text = text;
    x->ws->doc.len = strlen(text);
    x->ws->doc.text_is_input = true;
    assert_int_equal(lede_segment(x->ws), LEDE_OK);
    size_t n = x->ws->doc.toks.n;
    x->mem = aligned_alloc(64, (lede_tg_scratch_size(n) + 63) & ~(size_t)63);
    assert_non_null(x->mem);
    x->tab = model->tagger->tab;
    x->tab.lex = model->lex;
    lede_tg_prepare(&x->v, &x->ws->doc, &x->tab, x->mem);
    return &x->ws->doc;
}

static void view_free(viewed *x)
{
    free(x->mem);
    lede_workspace_free(x->ws);
}

/* Segments text and compares, for every sentence, the fast sums of both
 * passes with the reference, then the pass-2 document sums for some
 * pass-1 labels. */
static void check_text(const char *text, bool news_words)
{
    const lede_tagger *tg = model->tagger;
    assert_non_null(tg->dense);
    viewed x;
    const lede_doc *d = view_text(&x, text);
    const lede_tg_tables tab = x.tab;
    lede_tg_docview v = x.v;
    size_t n = d->toks.n;
    assert_true(n > 0);
    void *fmem = aligned_alloc(64, (lede_tg_fast_bytes(n) + 63) & ~(size_t)63);
    int32_t *a = calloc(n * LEDE_TG_STRIDE, sizeof *a), *b = calloc(n * LEDE_TG_STRIDE, sizeof *b);
    uint8_t *y1 = calloc(n, 1);
    assert_true(fmem && a && b && y1);
    size_t classed = 0;
    for (size_t i = 0; i < n; i++) { /* tagger_reach.c reads it from the view */
        assert_int_equal(v.tok[i].plain, lede_tg_plain_lower(lede_tok_text(d, &d->toks.v[i]), lede_tok_len(&d->toks.v[i])));
        /* the per-class path rows (tagger_fast.c) are found by cluster */
        if (v.tok[i].path) {
            assert_true(v.tok[i].cluster < tab.n_paths);
            assert_true(tab.paths[v.tok[i].cluster] == v.tok[i].path);
            classed++;
        }
    }
    /* most news words have a word class: the sums below exercise its rows */
    if (news_words)
        assert_true(classed * 2 > n);
    /* the copy the CPU runs (AVX2 where it has it), then the SSE2 copy
     * with a cache of its own */
    for (int copy = 0; copy < 2; copy++) {
        lede_tg_fast f;
        lede_tg_fast_init(&f, tg, &v, fmem);
        for (int p = 0; p < 2; p++) {
            bool lite = p == 0 && tg->lite1;
            for (size_t s = 0; s < d->sents.n; s++) {
                const lede_sentence *se = &d->sents.v[s];
                if (copy == 0)
                    lede_tg_fast_static(&f, p, lite, se->tok_begin, se->tok_end, se->tok_begin, se->tok_end, a);
                else
                    lede_tg_fast_static_base(&f, p, lite, se->tok_begin, se->tok_end, se->tok_begin, se->tok_end, a);
                lede_tg_ref_static(tg, &v, p, lite, se->tok_begin, se->tok_end, se->tok_begin, se->tok_end, b);
            }
            for (size_t i = 0; i < n; i++)
                if (memcmp(a + i * LEDE_TG_STRIDE, b + i * LEDE_TG_STRIDE, LEDE_TG_STRIDE * sizeof *a) != 0)
                    fail_msg("copy %d, pass %d, token %zu (%.*s): fast and reference sums differ", copy, p + 1, i,
                             (int)lede_tok_len(&d->toks.v[i]), lede_tok_text(d, &d->toks.v[i]));
        }
    }
    /* pass-1 labels: a fixed scatter of every label over the tokens */
    for (size_t i = 0; i < n; i++)
        y1[i] = (uint8_t)((i * 7 + (i >> 3)) % LEDE_TG_NLAB);
    lede_tg_count_labels(&v, y1, NULL);
    for (size_t s = 0; s < d->sents.n; s++) {
        const lede_sentence *se = &d->sents.v[s];
        for (uint32_t i = se->tok_begin; i < se->tok_end; i++) {
            lede_tg_fast_doc(tg, &v, i, se->tok_begin, se->tok_end, y1, a + (size_t)i * LEDE_TG_STRIDE);
            lede_tg_ref_doc(tg, &v, i, se->tok_begin, se->tok_end, y1, b + (size_t)i * LEDE_TG_STRIDE);
            if (memcmp(a + (size_t)i * LEDE_TG_STRIDE, b + (size_t)i * LEDE_TG_STRIDE, LEDE_TG_STRIDE * sizeof *a))
                fail_msg("token %u: fast and reference pass-2 sums differ", i);
        }
    }
    /* the scores lede_ner_run decodes: both copies, both passes (pass 2
     * with the document rows), against the reference sums converted */
    float *fa = calloc(n * LEDE_TG_NLAB, sizeof *fa), *fb = calloc(n * LEDE_TG_NLAB, sizeof *fb);
    assert_true(fa && fb);
    for (int copy = 0; copy < 2; copy++) {
        lede_tg_fast f;
        lede_tg_fast_init(&f, tg, &v, fmem);
        for (int p = 0; p < 2; p++) {
            bool lite = p == 0 && tg->lite1;
            const uint8_t *yy = p ? y1 : NULL;
            for (size_t s = 0; s < d->sents.n; s++) {
                const lede_sentence *se = &d->sents.v[s];
                uint32_t sb = se->tok_begin, sn = se->tok_end;
                lede_tg_fast_scores(&f, p, lite, sb, sn, sb, sn, yy, copy == 1, fa + (size_t)sb * LEDE_TG_NLAB);
                lede_tg_ref_static(tg, &v, p, lite, sb, sn, sb, sn, b);
                for (uint32_t i = sb; i < sn; i++) {
                    if (yy)
                        lede_tg_ref_doc(tg, &v, i, sb, sn, yy, b + (size_t)i * LEDE_TG_STRIDE);
                    acc_t acc;
                    acc_load(&acc, b + (size_t)i * LEDE_TG_STRIDE);
                    acc_scores(&acc, tg->w[p].unit, fb + (size_t)i * LEDE_TG_NLAB);
                }
            }
            if (memcmp(fa, fb, n * LEDE_TG_NLAB * sizeof *fa) != 0)
                fail_msg("copy %d, pass %d: fast and reference scores differ", copy, p + 1);
        }
    }
    free(fa);
    free(fb);
    free(fmem);
    free(a);
    free(b);
    free(y1);
    view_free(&x);
}

static const char news[] = "GERMANY BEATS FRANCE 2-1 IN PARIS\n\n"
               "BERLIN, Aug 22 (Reuters) - Chancellor Angela Merkel's government said on Tuesday that "
               "Deutsche Bank AG (DBK.DE) would sell its stake in the Bank of England-backed fund to "
               "U.S. investors for $1.2 billion, or 14.5 percent more than analysts expected.\n\n"
               "\"We will rebuild,\" the mayor of Kabul, Ahmad Zia Massoud, told reporters in Doha. "
               "Peter Blackburn of the European Union and José María Aznar met at the Élysée Palace; "
               "the talks lasted 3 hours.\n\n"
               "Nations Cup: Brazil 3 Argentina 1 , Italy 0 Spain 0 .\n\n"
               "Prime Minister Narendra Modi visited New Delhi, Mumbai and Sri Lanka with UN Secretary-General "
               "Antonio Guterres. The New York Times reported it. Mr. O'Neill and Ms. van der Berg declined "
               "to comment.\n\nA Title Case Headline About China Signing A Gas Deal In Beijing\n";

static void sums_match_reference_on_news(void **state)
{
    (void)state;
    check_text(news, true);
}

static void sums_match_reference_past_the_cache(void **state)
{
    (void)state;
    /* more distinct words than LEDE_TG_FAST_MAX: the later ones are summed key by key */
    size_t words = LEDE_TG_FAST_MAX + 600;
    char *text = malloc(words * 16 + 64);
    assert_non_null(text);
    size_t at = 0;
    for (size_t k = 0; k < words; k++)
        at += (size_t)sprintf(text + at, "%s%c%s%zx%s", k % 9 == 0 ? "The " : "", k % 3 ? 'W' : 'q', "ord",
                              k * 2654435761u % 1000003u, k % 11 == 10 ? ". " : " ");
    text[at] = '\0';
    check_text(text, false);
    free(text);
}

/* The view's sshape is the hash of the word's short shape, whichever way
 * its characters were classed, and lede_tg_suf3 (the lite keys' suffix)
 * is lede_tg_affixes' suf[2], lede_tg_prefixes its pre (and suf[2]). */
static void view_shape_and_suffix(void **state)
{
    (void)state;
    static const struct { const char *w, *shape; } want[] = {
        {"Paris", "Xx"}, {"\xc3\x89lys\xc3\xa9" "e", "Xx"}, {"S\xc3\xa3o", "Xx"}, {"BERLIN", "X"},
        {"1996", "d"}, {"ab", "x"}, {"abc", "x"}, {"\xc3\xa9t\xc3\xa9", "x"}, {"\xc3\xa9t\xc3\xa9s", "x"},
        {"McDonald", "XxXx"}, {"iPhone", "xXx"}, {"\xc3\xbc" "ber", "x"}, {"A1b2C3d4E5", "XdxdXdxd"},
    };
    char text[512];
    size_t at = 0;
    for (size_t k = 0; k < sizeof want / sizeof *want; k++)
        at += (size_t)snprintf(text + at, sizeof text - at, "%s %s", k ? "," : "", want[k].w);
    snprintf(text + at, sizeof text - at, " .\n");
    viewed x;
    const lede_doc *d = view_text(&x, text);
    const lede_tg_docview *v = &x.v;
    size_t n = d->toks.n;
    size_t found = 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t pre[4], suf[4];
        lede_tg_affixes(v, i, pre, suf);
        assert_true(lede_tg_suf3(v, i) == suf[2]);
        uint64_t pre_only[4] = {1, 1, 1, 1};
        assert_true(lede_tg_prefixes(v, i, pre_only) == suf[2]);
        assert_memory_equal(pre_only, pre, sizeof pre_only);
        const lede_token *t = &d->toks.v[i];
        for (size_t k = 0; k < sizeof want / sizeof *want; k++)
            if (strlen(want[k].w) == lede_tok_len(t) && memcmp(want[k].w, lede_tok_text(d, t), lede_tok_len(t)) == 0) {
                if (v->tok[i].sshape != lede_tg_hash(want[k].shape, strlen(want[k].shape), 0x22))
                    fail_msg("%s: short shape is not %s", want[k].w, want[k].shape);
                found++;
            }
    }
    assert_int_equal(found, sizeof want / sizeof *want);
    /* (a shape keeps 8 classes); a 4-code-point word has a 3-code-point
     * suffix, a 3-code-point one none */
    for (size_t i = 0; i < n; i++) {
        const lede_token *t = &d->toks.v[i];
        if (lede_tok_len(t) == 6 && memcmp(lede_tok_text(d, t), "\xc3\xa9t\xc3\xa9s", 6) == 0)
            assert_true(lede_tg_suf3(v, i) != 0);
        if (lede_tok_len(t) == 3 && memcmp(lede_tok_text(d, t), "abc", 3) == 0)
            assert_true(lede_tg_suf3(v, i) == 0);
    }
    view_free(&x);
}

/* Each form's case counts (where case carries information: body
 * context, a token with letters) against counting them from the final
 * view, token by token. */
static void check_case_counts(const lede_tg_docview *v, size_t n)
{
    uint16_t *cap = calloc(v->n_forms + 1, sizeof *cap), *low = calloc(v->n_forms + 1, sizeof *low);
    assert_true(cap && low);
    for (size_t i = 0; i < n; i++) {
        const lede_tg_tok *k = &v->tok[i];
        if (k->ctx == LEDE_TG_CTX_BODY && k->cap != LEDE_TG_CAP_NONE)
            (k->cap == LEDE_TG_CAP_LOWER ? low : cap)[k->form]++;
    }
    for (uint32_t f = 0; f < v->n_forms; f++) {
        assert_int_equal(v->forms[f].cap, cap[f]);
        assert_int_equal(v->forms[f].lower, low[f]);
    }
    free(cap);
    free(low);
}

/* lede_tg_prepare counts case as it gives sentences their context, and
 * takes the counts of a headline or table line back; tokens outside every
 * sentence count as body text; sentences out of order are counted once
 * every context is known.  All three give the counts of the final view. */
static void case_counts_match_contexts(void **state)
{
    (void)state;
    viewed x;
    const lede_doc *d = view_text(&x, "MARKET REPORT : SHARES RISE IN LONDON\n\n"
                                      "Shares in London rose on Monday , and the Bank of England said rates "
                                      "would stay low .\n\n1 . Arsenal 3 2 1 0 7\n\n\"Shares will rise ,\" "
                                      "said Smith of London : The market rose .\n\nshares rose in london .");
    size_t n = d->toks.n;
    assert_true(d->sents.n >= 4);
    bool head = false, num = false;
    for (size_t i = 0; i < n; i++) {
        head |= x.v.tok[i].ctx == LEDE_TG_CTX_HEAD;
        num |= x.v.tok[i].ctx == LEDE_TG_CTX_NUMLINE;
    }
    assert_true(head && num); /* both kinds taken back */
    check_case_counts(&x.v, n);
    lede_doc *w = &x.ws->doc;
    /* a token outside every sentence: the first sentence starts later */
    w->sents.v[0].tok_begin++;
    lede_tg_prepare(&x.v, w, &x.tab, x.mem);
    check_case_counts(&x.v, n);
    w->sents.v[0].tok_begin--;
    /* sentences out of order */
    lede_sentence tmp = w->sents.v[0];
    w->sents.v[0] = w->sents.v[1];
    w->sents.v[1] = tmp;
    lede_tg_prepare(&x.v, w, &x.tab, x.mem);
    check_case_counts(&x.v, n);
    view_free(&x);
}

/* A token described once per distinct text: every copy of a word carries
 * the hash of its own folded form (word) and its copies share a text number, wherever they sit (the first
 * bytes of the document, where the text key cannot read before the word)
 * and however they resemble other words (the same length, first and last
 * eight bytes: told apart). */
static void repeats_share_their_description(void **state)
{
    (void)state;
    static const char text[] = "a A a ab ab abcdefgh1ijklmnop abcdefgh2ijklmnop abcdefgh1ijklmnop "
                               "Paris PARIS Paris paris x x 1996 1997 1996 abcdefghij abcdefghij .\n";
    viewed x;
    const lede_doc *d = view_text(&x, text);
    const lede_tg_docview *v = &x.v;
    size_t n = d->toks.n;
    for (size_t i = 0; i < n; i++) {
        const lede_token *a = &d->toks.v[i];
        assert_true(v->tok[i].word == lede_tg_word_hash(lede_tok_norm(d, a), a->norm_len));
        for (size_t j = 0; j < i; j++) {
            const lede_token *b = &d->toks.v[j];
            bool same = lede_tok_len(a) == lede_tok_len(b) &&
                        memcmp(lede_tok_text(d, a), lede_tok_text(d, b), lede_tok_len(a)) == 0;
            assert_int_equal(v->tok[i].text == v->tok[j].text, same);
        }
    }
    view_free(&x);
}

/* The unrolled hashes give the byte-by-byte FNV they stand for (the
 * word hash with every digit as '0'), at every length. */
static void hashes_match_bytewise(void **state)
{
    (void)state;
    char buf[48];
    for (int round = 0; round < 2000; round++) {
        size_t n = (size_t)round % sizeof buf;
        for (size_t k = 0; k < n; k++)
            buf[k] = (char)(rnd() % 3 == 0 ? '0' + rnd() % 10 : rnd() % 3 == 0 ? 0x80 + rnd() % 128 : 'a' + rnd() % 26);
        uint64_t h = 0xcbf29ce484222325ULL ^ 0x99, w = 0xcbf29ce484222325ULL;
        for (size_t k = 0; k < n; k++) {
            unsigned char c = (unsigned char)buf[k];
            h = (h ^ c) * 0x100000001b3ULL;
            w = (w ^ (c >= '0' && c <= '9' ? '0' : c)) * 0x100000001b3ULL;
        }
        assert_true(lede_tg_hash(buf, n, 0x99) == lede_tg_mix(h));
        assert_true(lede_tg_word_hash(buf, n) == lede_tg_mix(w));
    }
}

/* lede_tg_particle compares words, not strings: every string of 0-4
 * bytes over the letters, '&' and a space against the list. */
static void particle_matches_list(void **state)
{
    (void)state;
    static const char *const list[] = {"of", "&", "de", "van", "von", "der", "du", "del", "da", "bin", "di", "le",
                                       "la", NULL};
    static const char alpha[] = "abcdefghijklmnopqrstuvwxyz& ";
    enum { A = sizeof alpha - 1 };
    char w[5];
    size_t found = 0;
    for (size_t n = 0; n <= 4; n++) {
        size_t total = 1;
        for (size_t k = 0; k < n; k++)
            total *= A;
        for (size_t code = 0; code < total; code++) {
            size_t c = code;
            for (size_t k = 0; k < n; k++, c /= A)
                w[k] = alpha[c % A];
            bool want = false;
            for (size_t k = 0; list[k]; k++)
                want = want || (strlen(list[k]) == n && memcmp(list[k], w, n) == 0);
            assert_int_equal(lede_tg_particle(w, n), want);
            found += want;
        }
    }
    assert_int_equal(found, 13);
}

/* The dense path rows cover LEDE_TG_DENSE_PATHS word classes: a model
 * with more gets no dense tables (its keys are looked up), not a failed
 * load for want of memory. */
static void dense_tables_cover_the_classes(void **state)
{
    (void)state;
    lede_tagger t = *model->tagger;
    assert_true(t.tab.n_paths <= LEDE_TG_DENSE_PATHS);
    t.tab.n_paths = LEDE_TG_DENSE_PATHS + 1;
    lede_mm mm = {0};
    assert_null(lede_tg_dense_build(&t, &mm));
    assert_int_equal(lede_mm_mapped(&mm), 0);
}

/* A model whose word classes give a code outside the dense rows (a
 * capitalisation bucket of 9) is found so at load, and its tokens' SMALL
 * keys are looked up: the sums still equal the reference. */
static void codes_outside_the_rows(void **state)
{
    (void)state;
    assert_true(lede_tg_dense_codes_fit(model->tagger->dense));
    lede_tagger t = *model->tagger;
    size_t slots = (size_t)t.tab.cls_mask + 1;
    lede_tg_cslot *cls = malloc(slots * sizeof *cls);
    assert_non_null(cls);
    memcpy(cls, t.tab.cls, slots * sizeof *cls);
    uint64_t word = lede_tg_word_hash("london", 6);
    const lede_tg_cslot *c = lede_tg_cls_find(&t.tab, word);
    assert_non_null(c);
    cls[c - t.tab.cls].capb = 9;
    t.tab.cls = cls;
    lede_mm mm = {0}; /* not t.mem: that is the shared model's */
    t.dense = lede_tg_dense_build(&t, &mm);
    assert_non_null(t.dense);
    assert_false(lede_tg_dense_codes_fit(t.dense));
    viewed x;
    const lede_doc *d = view_text(&x, "Shares rose in London on Monday , traders in London said .");
    x.tab.cls = cls;
    lede_tg_prepare(&x.v, d, &x.tab, x.mem);
    size_t n = d->toks.n, nine = 0;
    for (size_t i = 0; i < n; i++)
        nine += x.v.tok[i].capb == 9;
    assert_int_equal(nine, 2);
    void *fmem = aligned_alloc(64, (lede_tg_fast_bytes(n) + 63) & ~(size_t)63);
    int32_t *a = calloc(n * LEDE_TG_STRIDE, sizeof *a), *b = calloc(n * LEDE_TG_STRIDE, sizeof *b);
    assert_true(fmem && a && b);
    lede_tg_fast f;
    lede_tg_fast_init(&f, &t, &x.v, fmem);
    for (int p = 0; p < 2; p++) {
        bool lite = p == 0 && t.lite1;
        const lede_sentence *se = &d->sents.v[0];
        lede_tg_fast_static(&f, p, lite, se->tok_begin, se->tok_end, se->tok_begin, se->tok_end, a);
        lede_tg_ref_static(&t, &x.v, p, lite, se->tok_begin, se->tok_end, se->tok_begin, se->tok_end, b);
        for (uint32_t i = se->tok_begin; i < se->tok_end; i++)
            if (memcmp(a + i * LEDE_TG_STRIDE, b + i * LEDE_TG_STRIDE, LEDE_TG_STRIDE * sizeof *a) != 0)
                fail_msg("pass %d, token %u: fast and reference sums differ", p + 1, i);
    }
    free(fmem);
    free(a);
    free(b);
    view_free(&x);
    lede_tg_dense_free(t.dense);
    lede_mm_fini(&mm);
    free(cls);
}

/* lede_tg_prepare's capital runs, lexicon and gazetteer matches start
 * only at the tokens its context pass lists; here they are found as
 * before, token by token, and compared field by field. */
static void matches_from_listed_starts(void **state)
{
    (void)state;
    viewed x;
    const lede_doc *d = view_text(&x, "BANK OF ENGLAND RAISES RATES\n\n"
                                      "The Bank of England and the University of Texas at Austin said on Monday "
                                      "that Ludwig van Beethoven , New York and the United States of America , "
                                      "Procter & Gamble Co and Mr John Smith of London met in Paris , France .\n\n"
                                      "1 . Manchester United 3 2 1 0 7");
    const lede_tg_docview *v = &x.v;
    for (size_t s = 0; s < d->sents.n; s++) {
        const lede_sentence *se = &d->sents.v[s];
        uint32_t b = se->tok_begin, e = se->tok_end;
        /* capital runs */
        for (uint32_t i = b; i < e;) {
            const lede_tg_tok *k = &v->tok[i];
            if (k->ctx == LEDE_TG_CTX_HEAD || k->cap < LEDE_TG_CAP_INIT) {
                assert_int_equal(k->runpos, 0);
                i++;
                continue;
            }
            uint32_t j = i + 1, last = i;
            while (j < e) {
                if (v->tok[j].cap >= LEDE_TG_CAP_INIT) {
                    last = j++;
                    continue;
                }
                const lede_token *t = &d->toks.v[j];
                if (j + 1 < e && v->tok[j + 1].cap >= LEDE_TG_CAP_INIT &&
                    lede_tg_particle(lede_tok_norm(d, t), t->norm_len)) {
                    j++;
                    continue;
                }
                break;
            }
            uint32_t n = last + 1 - i;
            for (uint32_t q = i; q <= last; q++) {
                assert_int_equal(v->tok[q].runlen, n > 6 ? 6 : n);
                assert_int_equal(v->tok[q].runpos,
                                 1 + (n == 1 ? LEDE_TG_U : q == i ? LEDE_TG_B : q == last ? LEDE_TG_L : LEDE_TG_I));
                assert_int_equal(v->tok[q].run_first, i);
                assert_int_equal(v->tok[q].run_last, last);
            }
            for (uint32_t q = last + 1; q < j; q++) /* a particle after the run: none */
                assert_int_equal(v->tok[q].runpos, 0);
            i = last + 1;
        }
        /* lexicon matches */
        for (uint32_t i = b; i < e;) {
            const lede_lex_entry *en = NULL;
            size_t n = v->tok[i].cap >= LEDE_TG_CAP_INIT ? lede_lexicon_longest(x.tab.lex, d, i, e, &en) : 0;
            if (!n || !en) {
                assert_int_equal(v->tok[i].lexpos, 0);
                i++;
                continue;
            }
            for (size_t k = 0; k < n; k++) {
                assert_int_equal(v->tok[i + k].lex, en->classes & LEDE_TG_LEX_CLASSES);
                assert_int_equal(v->tok[i + k].lexpos,
                                 1 + (n == 1 ? LEDE_TG_U : k == 0 ? LEDE_TG_B : k + 1 == n ? LEDE_TG_L : LEDE_TG_I));
            }
            i += (uint32_t)n;
        }
        /* gazetteer matches */
        for (uint32_t i = b; i < e;) {
            size_t best = 0;
            uint8_t types = 0;
            uint64_t h = LEDE_TG_GAZ_SEED;
            for (size_t k = 0; k < v->tok[i].gazmax && i + k < e; k++) {
                h = lede_tg_gaz_step(h, v->tok[i + k].word);
                const lede_tg_gslot *g = lede_tg_gaz_find(x.tab.gaz, x.tab.gaz_mask, h);
                if (g && g->types) {
                    best = k + 1;
                    types = g->types;
                }
            }
            if (!best) {
                assert_int_equal(v->tok[i].gazpos, 0);
                i++;
                continue;
            }
            for (size_t k = 0; k < best; k++) {
                assert_int_equal(v->tok[i + k].gaz, types);
                assert_int_equal(v->tok[i + k].gazpos, 1 + (best == 1   ? LEDE_TG_U
                                                            : k == 0      ? LEDE_TG_B
                                                            : k + 1 == best ? LEDE_TG_L
                                                                            : LEDE_TG_I));
            }
            i += (uint32_t)best;
        }
    }
    size_t runs = 0, lex = 0, gaz = 0;
    for (size_t i = 0; i < d->toks.n; i++) {
        runs += v->tok[i].runlen > 1;
        lex += v->tok[i].lexpos != 0;
        gaz += v->tok[i].gazpos != 0;
    }
    assert_true(runs > 5 && lex > 0 && gaz > 0); /* the text has each */
    view_free(&x);
}

/* lede_tg_count_run over the runs of active tokens, from the counts
 * lede_tg_prepare leaves (0), gives lede_tg_count_labels' counts. */
static void run_counts_match_document_counts(void **state)
{
    (void)state;
    viewed x;
    const lede_doc *d = view_text(&x, "Shares in London rose , and the Bank of England said rates would stay "
                                      "low .\nSmith said London and Paris rose , and the Bank said so .");
    size_t n = d->toks.n;
    uint8_t *y1 = calloc(n, 1), *active = calloc(n, 1);
    lede_tg_form *want = calloc(x.v.n_forms, sizeof *want);
    assert_true(y1 && active && want);
    for (size_t i = 0; i < n; i++) {
        y1[i] = (uint8_t)((i * 5 + (i >> 2)) % LEDE_TG_NLAB);
        active[i] = i % 7 != 3 && i % 11 != 5;
    }
    lede_tg_count_labels(&x.v, y1, active);
    memcpy(want, x.v.forms, x.v.n_forms * sizeof *want);
    lede_tg_prepare(&x.v, d, &x.tab, x.mem);
    for (size_t s = 0; s < d->sents.n; s++)
        for (size_t i = d->sents.v[s].tok_begin, j; i < d->sents.v[s].tok_end; i = j) {
            for (j = i; j < d->sents.v[s].tok_end && active[j] == active[i]; j++)
                ;
            if (active[i])
                lede_tg_count_run(&x.v, y1, i, j);
        }
    for (uint32_t f = 0; f < x.v.n_forms; f++)
        assert_memory_equal(x.v.forms[f].lab, want[f].lab, sizeof want[f].lab);
    free(y1);
    free(active);
    free(want);
    view_free(&x);
}

/* lede_tg_probe finds what lede_tg_row finds, key by key: on a small index
 * with runs longer than its eight-entry window, a run that wraps past the
 * end, empty entries between, and tags that repeat (the first match
 * before an empty entry wins); absent keys too. */
static void probe_matches_row(void **state)
{
    (void)state;
    enum { BITS = 7, SLOTS = 1 << BITS, ROWS = 300 };
    static uint32_t idx[SLOTS];
    static lede_tg_wrow rows[ROWS];
    lede_tg_weights w = {.idx = idx, .rows = rows, .wmask = SLOTS - 1, .n_rows = ROWS, .unit = 1.0f};
    for (int round = 0; round < 200; round++) {
        unsigned fill = 20 + (unsigned)round % 70; /* percent */
        for (size_t i = 0; i < SLOTS; i++)
            idx[i] = rnd() % 100 < fill ? (1 + rnd() % 6) | (rnd() % ROWS) << 16 : 0;
        if (round % 3 == 0) /* a long run across the end */
            for (size_t i = SLOTS - 11; i < SLOTS + 6; i++)
                idx[i % SLOTS] = (1 + rnd() % 6) | (rnd() % ROWS) << 16;
        idx[rnd() % SLOTS] = 0; /* every search ends */
        for (uint64_t home = 0; home < SLOTS; home++)
            for (uint64_t tag = 1; tag <= 8; tag++) {
                uint64_t key = tag << 48 | home;
                const lede_tg_wrow *want = lede_tg_row(&w, key), *got = NULL;
                unsigned found = lede_tg_probe(&w, key, &got);
                assert_int_equal(found, want != NULL);
                if (found)
                    assert_ptr_equal(got, want);
            }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(alpha_decoder_matches_reference),
        cmocka_unit_test(allowed_matches_rules),
        cmocka_unit_test(margin_matches_reference),
        cmocka_unit_test(sums_match_reference_on_news),
        cmocka_unit_test(sums_match_reference_past_the_cache),
        cmocka_unit_test(view_shape_and_suffix),
        cmocka_unit_test(repeats_share_their_description),
        cmocka_unit_test(case_counts_match_contexts),
        cmocka_unit_test(hashes_match_bytewise),
        cmocka_unit_test(particle_matches_list),
        cmocka_unit_test(dense_tables_cover_the_classes),
        cmocka_unit_test(codes_outside_the_rows),
        cmocka_unit_test(run_counts_match_document_counts),
        cmocka_unit_test(matches_from_listed_starts),
        cmocka_unit_test(probe_matches_row),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
