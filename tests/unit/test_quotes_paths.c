/* test_quotes_paths.c - the quote stage's shortcuts against the long way:
 * every answer a shortcut gives must be the one the plain computation
 * gives, on sentences built to reach the walkers' and features' branches.
 * (test_quotes.c holds the attribution shapes.) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "quote_learn.h"
#include "stages.h"

static const char *const story =
    "Officials have repeatedly said that the group had not fulfilled its pledges. "
    "\"The economy is improving,\" he said on Tuesday, according to a report by Reuters. "
    "Hugh Hill, a doctor who treated them, said (in a statement) the wounds were grave. "
    "The ministry, which declined to comment, told reporters: \"We will see.\" "
    "Secretary of State John Kerry, clearly frustrated, responded, saying it was over, "
    "and the source added that talks would go on, said Stuart Stevens, who advised them. "
    "WASHINGTON: Critics mocked the plan; others urged voters to stay home - again.";

static lede_workspace *segmented_text(const char *text)
{
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    assert_non_null(ws);
    ws->doc.text = text;
    ws->doc.len = strlen(text);
    assert_int_equal(lede_segment(ws), LEDE_OK);
    return ws;
}

static lede_workspace *segmented(void) { return segmented_text(story); }

/* q's token classes and feature hashes are tk's and fh's (n tokens and
 * the end sentinel's classes). */
static void assert_same_qtoks(const lede_qctx *q, const lede_qtok *tk, const lede_qfh *fh, uint32_t n)
{
    for (uint32_t i = 0; i <= n; i++) {
        assert_int_equal(q->tk[i].cls, tk[i].cls);
        assert_int_equal(q->tk[i].id, tk[i].id);
        assert_int_equal(q->tk[i].ent, tk[i].ent);
        assert_int_equal(q->tk[i].cue_len, tk[i].cue_len);
        if (tk[i].cue_len) {
            assert_int_equal(q->tk[i].cue_cls, tk[i].cue_cls);
            assert_int_equal(q->tk[i].cue_form, tk[i].cue_form);
        }
        if (i < n) {
            assert_int_equal(q->fh[i].word, fh[i].word);
            assert_int_equal(q->fh[i].stem, fh[i].stem);
        }
    }
}

static void assert_same_speaker(bool fa, const lede_speaker *a, bool fb, const lede_speaker *b)
{
    assert_int_equal(fa, fb);
    assert_int_equal(a->tb, b->tb);
    assert_int_equal(a->te, b->te);
    assert_int_equal(a->np_te, b->np_te);
    assert_int_equal(a->pronoun, b->pronoun);
    assert_int_equal(a->nominal, b->nominal);
    assert_int_equal(a->anonymous, b->anonymous);
    assert_int_equal(a->named, b->named);
}

/* The speaker walkers keep their last answer (quote_speaker.c): asked again,
 * or after another question, they answer as without it. */
static void speaker_memo_agrees(void **state)
{
    (void)state;
    lede_workspace *ws = segmented();
    lede_qctx q;
    assert_int_equal(lede_qctx_init(ws, &q), LEDE_OK);
    assert_non_null(q.memo);
    lede_qspmemo *memo = q.memo;
    const lede_doc *d = &ws->doc;
    size_t found = 0;
    for (uint32_t s = 0; s < d->sents.n; s++) {
        uint32_t sb = d->sents.v[s].tok_begin, se = d->sents.v[s].tok_end;
        for (uint32_t a = sb; a <= se; a++)
            for (uint32_t b = a; b <= se; b++) {
                lede_speaker want_b, want_a, got;
                q.memo = NULL;
                bool fb = lede_speaker_before(&q, a, b, &want_b);
                bool fa = lede_speaker_after(&q, a, b, &want_a);
                q.memo = memo;
                for (int round = 0; round < 2; round++) { /* a miss, then a hit */
                    assert_same_speaker(fb, &want_b, lede_speaker_before(&q, a, b, &got), &got);
                    assert_same_speaker(fa, &want_a, lede_speaker_after(&q, a, b, &got), &got);
                }
                /* another question in between */
                (void)lede_speaker_before(&q, sb, b > sb ? b - 1 : b, &got);
                assert_same_speaker(fa, &want_a, lede_speaker_after(&q, a, b, &got), &got);
                assert_same_speaker(fb, &want_b, lede_speaker_before(&q, a, b, &got), &got);
                found += fb + fa;
            }
    }
    assert_true(found > 100);
    lede_workspace_free(ws);
}


/* Each distinct word is classified once per document (quote_words.c): the
 * answers must be those of classifying every token on its own, also when
 * the word table fills up part way. */
static void word_table_matches_per_token(void **state)
{
    const char *text = "The Minister said the talks had failed. THE MINISTER SAID: \"The talks failed,\" "
                       "she said flatly, according to officials. Officials, who said nothing, pointed out "
                       "that the family of the ally said so. Said Ali said the 2 sides said \"no\". "
                       "The minister's aide said the Minister's plan failed.";
    lede_workspace *ws = segmented_text(text);
    lede_qctx q;
    assert_int_equal(lede_qctx_init(ws, &q), LEDE_OK);
    uint32_t n = q.ntok, marks = q.nmarks;
    lede_qtok *tk = malloc((n + 1) * sizeof *tk);
    lede_qfh *fh = malloc((n + 1) * sizeof *fh);
    assert_non_null(tk);
    assert_non_null(fh);
    memcpy(tk, q.tk, (n + 1) * sizeof *tk);
    memcpy(fh, q.fh, n * sizeof *fh);
    uint8_t *dist = malloc(3 * (n + 1));
    assert_non_null(dist);
    memcpy(dist, q.qopen_next, n + 1);
    memcpy(dist + n + 1, q.quote_prev, n + 1);
    memcpy(dist + 2 * (n + 1), q.that_next, n + 1);
    assert_true(marks >= 4);
    const uint32_t caps[] = {0, 1, 5, LEDE_QWORD_DOC_MAX};
    for (size_t c = 0; c < sizeof caps / sizeof *caps; c++) {
        lede_qtoks_classify_n(&q, caps[c]);
        assert_int_equal(q.nmarks, marks);
        assert_same_qtoks(&q, tk, fh, n);
        for (uint32_t i = 0; i <= n; i++) {
            assert_int_equal(q.qopen_next[i], dist[i]);
            assert_int_equal(q.quote_prev[i], dist[n + 1 + i]);
            assert_int_equal(q.that_next[i], dist[2 * (n + 1) + i]);
        }
    }
    /* what a few words are, whatever the table holds */
    size_t said = 0;
    for (uint32_t i = 0; i < n; i++) {
        const lede_token *t = &ws->doc.toks.v[i];
        if (t->norm_len == 4 && memcmp(lede_tok_norm(&ws->doc, t), "said", 4) == 0) {
            assert_true(q.tk[i].cls & LEDE_QT_MAYCUE);
            said += q.tk[i].cue_len != 0;
        }
        if (t->norm_len == 6 && memcmp(lede_tok_norm(&ws->doc, t), "flatly", 6) == 0)
            assert_true(q.tk[i].cls & LEDE_QT_AUXADV);
        if (t->norm_len == 6 && memcmp(lede_tok_norm(&ws->doc, t), "family", 6) == 0)
            assert_false(q.tk[i].cls & LEDE_QT_AUXADV);
    }
    /* capitalised inside a sentence ("Said Ali", "SAID" in a headline-less
     * line) is a name, not a cue; the lowercase ones are cues */
    assert_true(said >= 5);
    free(tk);
    free(fh);
    free(dist);
    lede_workspace_free(ws);
}

/* The word table keeps, for each of its words (the lexicon and the common
 * words), the classes of a lowercase token inside a sentence: the answers
 * must be those of classifying every token on its own, in every shape. */
static void common_words_match_reference(void **state)
{
    (void)state;
    const char *text = "The economy said nothing, officials said flatly; the family of the ally said so. "
                       "Economy: the minister's plan would hardly work, he told reporters on Tuesday. "
                       "ECONOMY NEWS: Prices rose 5 percent in the year, and the government said that "
                       "the new rules were finally clear. \"It is over,\" she said. Officials' "
                       "reports, which the source gave via e-mail, show that it is not over yet. "
                       "economy economy Economy ECONOMY officials Officials OFFICIALS really Really. "
                       "Telecommunications officials, telecommunication officials and telecommunixations.";
    lede_workspace *ws = segmented_text(text);
    lede_qctx q;
    assert_int_equal(lede_qctx_init(ws, &q), LEDE_OK);
    uint32_t n = q.ntok;
    lede_qtok *tk = malloc((n + 1) * sizeof *tk);
    lede_qfh *fh = malloc((n + 1) * sizeof *fh);
    assert_non_null(tk);
    assert_non_null(fh);
    memcpy(tk, q.tk, (n + 1) * sizeof *tk);
    memcpy(fh, q.fh, n * sizeof *fh);
    size_t common = 0;
    for (uint32_t i = 0; i < n; i++) {
        const lede_token *t = &ws->doc.toks.v[i];
        /* "economy" is no lexicon word: in the table as a common word */
        if (t->norm_len == 7 && memcmp(lede_tok_norm(&ws->doc, t), "economy", 7) == 0) {
            assert_int_not_equal(tk[i].ent, 0);
            assert_int_equal(tk[i].id, 0);
            common++;
        }
    }
    assert_int_equal(common, 7);
    /* words of more than 8 bytes are found by their bytes (compared eight
     * at a time, the last eight overlapping): 9, 17 and 18 bytes */
    size_t longer = 0;
    for (uint32_t i = 0; i < n; i++) {
        const lede_token *t = &ws->doc.toks.v[i];
        const char *w = lede_tok_norm(&ws->doc, t);
        if ((t->norm_len == 9 && memcmp(w, "officials", 9) == 0) ||
            (t->norm_len == 17 && memcmp(w, "telecommunication", 17) == 0) ||
            (t->norm_len == 18 && memcmp(w, "telecommunications", 18) == 0)) {
            assert_int_not_equal(tk[i].ent, 0);
            longer++;
        }
        if (t->norm_len == 18 && memcmp(w, "telecommunixations", 18) == 0) {
            assert_int_equal(tk[i].ent, 0);
            longer++;
        }
    }
    assert_true(longer >= 3 + 2 + 1 + 1 + 1);
    lede_qtoks_classify_ref(&q);
    assert_same_qtoks(&q, tk, fh, n);
    free(tk);
    free(fh);
    lede_workspace_free(ws);
}

/* The distance arrays (quote_words.c writes them a stretch at a time from
 * ramps) against a scan per token, on texts whose marks and "that"s lie
 * 1 to 300 tokens apart (the ramps end at 254). */
static uint8_t far_or(uint64_t dist) { return dist < LEDE_QTOK_FAR ? (uint8_t)dist : LEDE_QTOK_FAR; }

static void check_distances(const char *text)
{
    lede_workspace *ws = segmented_text(text);
    const lede_doc *d = &ws->doc;
    lede_qctx q;
    assert_int_equal(lede_qctx_init(ws, &q), LEDE_OK);
    uint32_t n = q.ntok;
    for (uint32_t i = 0; i <= n; i++) {
        uint64_t qopen = UINT32_MAX, that = UINT32_MAX, prev = UINT32_MAX;
        for (uint32_t j = i; j < n && qopen == UINT32_MAX; j++)
            if (d->toks.v[j].flags & LEDE_TF_QOPEN)
                qopen = j - i;
        for (uint32_t j = i; j < n && that == UINT32_MAX; j++)
            if (q.tk[j].id == LEDE_QW_THAT)
                that = j - i;
        for (uint32_t j = i; i < n && j-- > 0 && prev == UINT32_MAX;) /* slot n: none */
            if (d->toks.v[j].flags & LEDE_TF_QUOTE)
                prev = i - j;
        assert_int_equal(q.qopen_next[i], far_or(qopen));
        assert_int_equal(q.that_next[i], far_or(that));
        assert_int_equal(q.quote_prev[i], far_or(prev));
    }
    lede_workspace_free(ws);
}

static void distances_match_scans(void **state)
{
    (void)state;
    check_distances("No marks here and no such word.");
    check_distances("\"That\" is what \"she\" said, that and that.");
    enum { CAP = 40000 };
    char *text = malloc(CAP);
    assert_non_null(text);
    const uint32_t gaps[] = {1, 2, 200, 252, 253, 254, 255, 256, 300, 0};
    for (int style = 0; style < 3; style++) {
        size_t len = 0;
        for (const uint32_t *g = gaps; *g; g++) {
            /* a mark or "that" (or both), then *g words */
            const char *head = style == 0 ? "\"Go\" " : style == 1 ? "that " : "that \"";
            len += (size_t)snprintf(text + len, CAP - len, "%s", head);
            for (uint32_t w = 0; w < *g && len + 8 < CAP; w++)
                len += (size_t)snprintf(text + len, CAP - len, "w%u ", w % 7);
        }
        snprintf(text + len, CAP - len, "end.");
        check_distances(text);
    }
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(speaker_memo_agrees),
        cmocka_unit_test(word_table_matches_per_token),
        cmocka_unit_test(common_words_match_reference),
        cmocka_unit_test(distances_match_scans),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
