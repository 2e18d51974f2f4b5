/*
 * augment.c - case variants of training documents, so the tagger does not
 * learn the house style of one corpus.  CoNLL's headlines are ALL CAPS;
 * most sites print Title Case headlines, and wire copy sometimes arrives
 * all in capitals.  For each document a copy is made where every ALL-CAPS
 * line becomes Title Case (acronyms and mixed-case names keep the form
 * the same document uses elsewhere; short function words stay lowercase in
 * half of the documents, as in AP style) and a fraction of the other lines
 * becomes ALL CAPS.  Only ASCII letters change case, so byte offsets and
 * tokens stay the same and the gold labels carry over; a copy whose tokens
 * differ is dropped.  Owner: the NER tagger.  Single-threaded.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stages.h"
#include "train.h"

static bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
static bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
static char up(char c) { return is_lower(c) ? (char)(c - 32) : c; }
static char down(char c) { return is_upper(c) ? (char)(c + 32) : c; }

static bool small_word(const char *s, size_t n)
{
    static const char *const w[] = {"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to",
                                    "for", "by", "with", "as", "from", NULL};
    for (size_t k = 0; w[k]; k++)
        if (strlen(w[k]) == n && memcmp(w[k], s, n) == 0)
            return true;
    return false;
}

/* The form of folded word (norm) in a line that is not all capitals, or -1. */
static long body_form(const lede_doc *d, const uint8_t *caps_line, const lede_token *t)
{
    for (size_t k = 0; k < d->toks.n; k++) {
        const lede_token *u = &d->toks.v[k];
        if (caps_line[d->sents.v[u->sent].para] || u->norm_len != t->norm_len ||
            memcmp(lede_tok_norm(d, u), lede_tok_norm(d, t), t->norm_len) != 0)
            continue;
        if (lede_tok_len(u) == lede_tok_len(t))
            return (long)k;
    }
    return -1;
}

static void title_case(const lede_doc *d, const uint8_t *caps_line, const lede_token *t, bool ap_style,
                       bool first, char *out)
{
    size_t n = lede_tok_len(t);
    const char *s = d->text + t->start;
    long k = body_form(d, caps_line, t);
    if (k >= 0) {
        const lede_token *u = &d->toks.v[k];
        /* an acronym or a name as the story writes it (EU, McDonald) */
        if ((u->flags & LEDE_TF_ALL_UPPER) || (u->flags & LEDE_TF_UPPER_INIT)) {
            bool inner_upper = false;
            for (size_t i = 1; i < n; i++)
                inner_upper |= is_upper(d->text[u->start + i]);
            if (inner_upper) {
                memcpy(out + t->start, d->text + u->start, n);
                return;
            }
        }
    }
    bool keep_small = ap_style && !first && small_word(lede_tok_norm(d, t), t->norm_len);
    bool start = true;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if ((unsigned char)c >= 0x80) {
            start = false;
            continue;
        }
        bool letter = is_lower(c) || is_upper(c);
        out[t->start + i] = letter ? (start && !keep_small ? up(c) : down(c)) : c;
        /* "Jean-Pierre", "O'Neill": capital after a hyphen or apostrophe */
        start = !letter && (c == '-' || c == '\'');
        if (letter)
            start = false;
    }
}

static bool same_tokens(const lede_doc *a, const lede_doc *b)
{
    if (a->toks.n != b->toks.n)
        return false;
    for (size_t i = 0; i < a->toks.n; i++)
        if (a->toks.v[i].start != b->toks.v[i].start || a->toks.v[i].end != b->toks.v[i].end)
            return false;
    return true;
}

bool corpus_augment(corpus *c, lede_workspace *ws, size_t first, size_t end, double caps_rate, uint64_t seed)
{
    uint64_t rng = seed ^ 0xA5A5A5A5ULL;
    size_t made = 0, dropped = 0;
    for (size_t di = first; di < end; di++) {
        const tdoc *src = &c->d[di];
        const lede_doc *d = &src->doc;
        uint8_t *caps_line = calloc(d->paras.n + 1, 1);
        char *text = malloc(src->len + 1);
        if (!caps_line || !text)
            return false;
        memcpy(text, src->text, src->len + 1);
        /* lines that are mostly capitals: headlines, datelines */
        for (size_t p = 0; p < d->paras.n; p++) {
            size_t alpha = 0, upper = 0;
            for (size_t s = d->paras.v[p].sent_begin; s < d->paras.v[p].sent_end; s++)
                for (size_t i = d->sents.v[s].tok_begin; i < d->sents.v[s].tok_end; i++)
                    if (d->toks.v[i].flags & LEDE_TF_ALPHA) {
                        alpha++;
                        upper += (d->toks.v[i].flags & LEDE_TF_ALL_UPPER) != 0;
                    }
            caps_line[p] = alpha >= 2 && upper * 10 >= alpha * 6;
        }
        bool ap_style = rng_next(&rng) & 1;
        bool changed = false;
        for (size_t p = 0; p < d->paras.n; p++) {
            const lede_paragraph *pa = &d->paras.v[p];
            if (caps_line[p]) {
                bool first_word = true;
                for (size_t s = pa->sent_begin; s < pa->sent_end; s++)
                    for (size_t i = d->sents.v[s].tok_begin; i < d->sents.v[s].tok_end; i++) {
                        const lede_token *t = &d->toks.v[i];
                        if (!(t->flags & LEDE_TF_ALPHA))
                            continue;
                        title_case(d, caps_line, t, ap_style, first_word, text);
                        first_word = false;
                    }
                changed = true;
            } else if ((double)(rng_next(&rng) % 10000) < caps_rate * 10000) {
                for (uint32_t i = pa->start; i < pa->end; i++)
                    text[i] = up(text[i]);
                changed = true;
            }
        }
        free(caps_line);
        if (!changed) {
            free(text);
            continue;
        }
        lede_doc nd;
        if (!segment_copy(ws, text, src->len, &nd) || !same_tokens(d, &nd)) {
            doc_copy_free(&nd);
            free(text);
            dropped++;
            continue;
        }
        if (c->n == c->cap) {
            c->cap *= 2;
            tdoc *np = realloc(c->d, c->cap * sizeof *np);
            if (!np)
                return false;
            c->d = np;
            src = &c->d[di];
        }
        tdoc *t = &c->d[c->n++];
        memset(t, 0, sizeof *t);
        size_t idl = strlen(src->id);
        t->id = malloc(idl + 5);
        t->gold = malloc(nd.toks.n + 1);
        t->spans = malloc((src->n_spans + 1) * sizeof *t->spans);
        if (!t->id || !t->gold || !t->spans)
            return false;
        memcpy(t->id, src->id, idl);
        memcpy(t->id + idl, "#aug", 5);
        t->text = text;
        t->len = src->len;
        t->doc = nd;
        memcpy(t->gold, src->gold, nd.toks.n + 1);
        memcpy(t->spans, src->spans, src->n_spans * sizeof *t->spans);
        t->n_spans = src->n_spans;
        c->tokens += nd.toks.n;
        made++;
    }
    printf("augmented: %zu case-variant documents (%zu dropped: tokens changed)\n", made, dropped);
    return true;
}
