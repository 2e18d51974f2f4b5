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

static const char *const text =
    "Officials have repeatedly said that the group had not fulfilled its pledges. "
    "\"The economy is improving,\" he said on Tuesday, according to a report by Reuters. "
    "Hugh Hill, a doctor who treated them, said (in a statement) the wounds were grave. "
    "The ministry, which declined to comment, told reporters: \"We will see.\" "
    "Secretary of State John Kerry, clearly frustrated, responded, saying it was over, "
    "and the source added that talks would go on, said Stuart Stevens, who advised them. "
    "WASHINGTON: Critics mocked the plan; others urged voters to stay home - again.";

static lede_workspace *segmented(void)
{
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    ws->doc.text = text;
    ws->doc.len = strlen(text);
    assert_int_equal(lede_segment(ws), LEDE_OK);
    return ws;
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


int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(speaker_memo_agrees),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
