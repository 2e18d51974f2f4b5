/* test_quotes.c - the quote stage, one test per attribution shape, on news
 * sentences composed for these tests.  Mentions and entities, which the
 * NER and resolve stages provide in the pipeline, are built by hand where a
 * test needs them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "quote_learn.h"
#include "stages.h"

static lede_workspace *run_with(const char *text, void (*prep)(lede_workspace *))
{
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    ws->doc.text = text;
    ws->doc.len = strlen(text);
    assert_int_equal(lede_segment(ws), LEDE_OK);
    if (prep)
        prep(ws);
    assert_int_equal(lede_quotes_find(ws), LEDE_OK);
    return ws;
}
static lede_workspace *run(const char *text) { return run_with(text, NULL); }

static void span_text(const lede_workspace *ws, uint32_t s, uint32_t e, char *out, size_t cap)
{
    snprintf(out, cap, "%.*s", (int)(e - s), ws->doc.text + s);
}

/* The first quote record whose text contains needle. */
static const lede_quote *find(const lede_workspace *ws, const char *needle)
{
    for (size_t i = 0; i < ws->doc.quotes.n; i++) {
        const lede_quote *q = &ws->doc.quotes.v[i];
        char buf[1024];
        span_text(ws, q->start, q->end, buf, sizeof buf);
        if (strstr(buf, needle))
            return q;
    }
    fail_msg("no quote containing \"%s\"", needle);
    return NULL;
}

static void assert_text(const lede_workspace *ws, lede_span s, const char *want)
{
    char buf[256];
    span_text(ws, s.start, s.end, buf, sizeof buf);
    assert_string_equal(buf, want);
}

static void assert_quote_text(const lede_workspace *ws, const lede_quote *q, const char *want)
{
    assert_text(ws, (lede_span){q->start, q->end}, want);
}

static size_t group_size(const lede_workspace *ws, int32_t g)
{
    size_t n = 0;
    for (size_t i = 0; i < ws->doc.quotes.n; i++)
        n += ws->doc.quotes.v[i].group == g;
    return n;
}

static void trailer(void **state)
{
    lede_workspace *ws = run("“We will rebuild the bridge before the spring floods,” the mayor said.");
    const lede_quote *q = find(ws, "rebuild the bridge");
    assert_int_equal(q->kind, LEDE_QK_DIRECT);
    /* the span keeps its quotation marks and the comma inside them */
    assert_quote_text(ws, q, "“We will rebuild the bridge before the spring floods,”");
    assert_true(q->has_cue && q->has_speaker);
    assert_text(ws, q->cue, "said");
    assert_text(ws, q->speaker, "the mayor");
    assert_int_equal(q->speaker_entity, -1);
    assert_false(q->anonymous);
    assert_true(q->confidence > 0.5f && q->confidence <= 1.0f);
    lede_workspace_free(ws);
}

static void inverted_trailer_with_appositive(void **state)
{
    lede_workspace *ws = run("\"The numbers are simply not there for him,\" said Maria Lopez, a pollster who "
                             "has tracked the race since June.");
    const lede_quote *q = find(ws, "numbers are simply");
    assert_int_equal(q->kind, LEDE_QK_DIRECT);
    assert_text(ws, q->speaker, "Maria Lopez");
    assert_text(ws, q->cue, "said");
    lede_workspace_free(ws);
}

static void appositive_before_cue(void **state)
{
    lede_workspace *ws = run("“The wards were full by noon,” Hugh Hill, a doctor at the district hospital, said.");
    const lede_quote *q = find(ws, "wards were full");
    assert_text(ws, q->speaker, "Hugh Hill");
    lede_workspace_free(ws);
}

static void title_and_of_phrase(void **state)
{
    lede_workspace *ws = run("Paula Grant of the Institute for Fiscal Studies said the plan would cost more than "
                             "promised.\n\nSecretary of State Ann Kerr told reporters: “We are not there yet.”");
    const lede_quote *q = find(ws, "cost more");
    assert_text(ws, q->speaker, "Paula Grant");
    q = find(ws, "not there yet");
    assert_int_equal(q->kind, LEDE_QK_DIRECT);
    assert_text(ws, q->speaker, "Secretary of State Ann Kerr");
    lede_workspace_free(ws);
}

static void lead_in_colon(void **state)
{
    lede_workspace *ws = run("The senator told reporters on Tuesday: “There is no deal on the table, and there "
                             "will not be one this week.”");
    const lede_quote *q = find(ws, "no deal on the table");
    assert_int_equal(q->kind, LEDE_QK_DIRECT);
    assert_text(ws, q->cue, "told");
    assert_text(ws, q->speaker, "The senator");
    lede_workspace_free(ws);
}

static void lead_in_previous_paragraph(void **state)
{
    lede_workspace *ws = run("The coach was blunt after the defeat. He said:\n\n“We did not deserve to win "
                             "tonight, and everybody in that locker room knows it.”");
    const lede_quote *q = find(ws, "deserve to win");
    assert_text(ws, q->speaker, "He");
    assert_text(ws, q->cue, "said");
    lede_workspace_free(ws);
}

static void interrupted_quote_is_one_group(void **state)
{
    lede_workspace *ws = run("“We are not leaving,” he said. “This valley has been our home for four "
                             "generations.”");
    const lede_quote *a = find(ws, "not leaving");
    const lede_quote *b = find(ws, "four generations");
    assert_int_equal(a->group, b->group);
    assert_int_equal(group_size(ws, a->group), 2);
    /* fragments are adjacent records, in text order */
    assert_ptr_equal(b, a + 1);
    assert_int_equal(b->kind, LEDE_QK_DIRECT);
    assert_text(ws, b->speaker, "he");
    lede_workspace_free(ws);
}

static void quote_across_paragraphs(void **state)
{
    lede_workspace *ws = run("The governor read a statement.\n\n“The storm destroyed more than 300 homes in the "
                             "county and we will need federal help.\n\n“Crews will work through the night,” "
                             "the governor said.");
    const lede_quote *a = find(ws, "destroyed more than 300");
    const lede_quote *b = find(ws, "work through the night");
    assert_int_equal(a->group, b->group);
    assert_int_equal(a->kind, LEDE_QK_DIRECT);
    /* the unclosed paragraph runs to its end */
    assert_quote_text(ws, a, "“The storm destroyed more than 300 homes in the county and we will need federal help.");
    assert_text(ws, a->speaker, "the governor");
    lede_workspace_free(ws);
}

static void continuation_paragraph(void **state)
{
    lede_workspace *ws = run("“The bridge will reopen on Friday,” the ministry said.\n\n“Repairs to the eastern "
                             "span will continue into next year.”");
    const lede_quote *a = find(ws, "reopen on Friday");
    const lede_quote *b = find(ws, "eastern span");
    assert_int_equal(a->group, b->group);
    assert_text(ws, b->speaker, "the ministry");
    lede_workspace_free(ws);
}

static void nested_quotes(void **state)
{
    lede_workspace *ws = run("“He told me, ‘Do not sign anything,’ and I did not,” the witness said.");
    assert_int_equal(ws->doc.quotes.n, 1);
    const lede_quote *q = &ws->doc.quotes.v[0];
    assert_quote_text(ws, q, "“He told me, ‘Do not sign anything,’ and I did not,”");
    assert_text(ws, q->speaker, "the witness");
    lede_workspace_free(ws);
}

static void every_mark_style(void **state)
{
    lede_workspace *ws = run("\"Straight marks work,\" she said.\n\n«Guillemets work too,» he said.\n\n"
                             "„Low marks open this one,“ the driver said.\n\n''Doubled apostrophes are a wire "
                             "style,'' the editor said.");
    assert_text(ws, find(ws, "Straight marks")->speaker, "she");
    assert_text(ws, find(ws, "Guillemets")->speaker, "he");
    assert_text(ws, find(ws, "Low marks")->speaker, "the driver");
    const lede_quote *q = find(ws, "Doubled apostrophes");
    assert_quote_text(ws, q, "''Doubled apostrophes are a wire style,''");
    assert_text(ws, q->speaker, "the editor");
    lede_workspace_free(ws);
}

static void partial_quote_is_mixed(void **state)
{
    lede_workspace *ws = run("Lena Ortiz of the Harbor Workers Union said the agreement was a “good step and "
                             "should have been signed years ago.”");
    const lede_quote *q = find(ws, "good step");
    assert_int_equal(q->kind, LEDE_QK_MIXED);
    assert_quote_text(ws, q, "the agreement was a “good step and should have been signed years ago.”");
    assert_text(ws, q->cue, "said");
    assert_text(ws, q->speaker, "Lena Ortiz");
    lede_workspace_free(ws);
}

static void according_to_before_and_after(void **state)
{
    lede_workspace *ws = run("According to the health ministry, the clinic will reopen next month.\n\n"
                             "The clinic treated 4,000 patients last year, according to its director.");
    const lede_quote *a = find(ws, "clinic will reopen");
    assert_int_equal(a->kind, LEDE_QK_INDIRECT);
    assert_text(ws, a->cue, "According to");
    assert_text(ws, a->speaker, "the health ministry");
    const lede_quote *b = find(ws, "4,000 patients");
    assert_text(ws, b->cue, "according to");
    assert_text(ws, b->speaker, "its director");
    lede_workspace_free(ws);
}

static void indirect_reported_clause(void **state)
{
    lede_workspace *ws = run("Regional officials have repeatedly said that the company had not paid the fine.");
    const lede_quote *q = find(ws, "had not paid");
    assert_int_equal(q->kind, LEDE_QK_INDIRECT);
    assert_quote_text(ws, q, "that the company had not paid the fine");
    assert_text(ws, q->cue, "said");
    assert_text(ws, q->speaker, "Regional officials");
    lede_workspace_free(ws);
}

static void indirect_trailer(void **state)
{
    lede_workspace *ws = run("The harvest will be the smallest in a decade, the farmers' association warned.");
    const lede_quote *q = find(ws, "smallest in a decade");
    assert_int_equal(q->kind, LEDE_QK_INDIRECT);
    assert_quote_text(ws, q, "The harvest will be the smallest in a decade");
    assert_text(ws, q->cue, "warned");
    lede_workspace_free(ws);
}

static void speaker_in_next_sentence(void **state)
{
    lede_workspace *ws = run("Turnout fell sharply in the northern districts.\n\n“The count was rigged from the "
                             "start.” Daniel Moss repeated the claim at a news conference.");
    const lede_quote *q = find(ws, "rigged from the start");
    assert_int_equal(q->kind, LEDE_QK_DIRECT);
    assert_true(q->has_speaker);
    assert_text(ws, q->speaker, "Daniel Moss");
    lede_workspace_free(ws);
}

static void anonymous_source_and_the_source(void **state)
{
    lede_workspace *ws = run("“The plan was never approved by the cabinet,” a senior official said on condition of "
                             "anonymity.\n\n“Nobody wanted to sign it,” the official said.");
    const lede_quote *a = find(ws, "never approved");
    assert_text(ws, a->speaker, "a senior official");
    assert_true(a->anonymous);
    const lede_quote *b = find(ws, "Nobody wanted");
    assert_text(ws, b->speaker, "the official");
    assert_true(b->anonymous);
    assert_int_equal(b->speaker_entity, -1);
    lede_workspace_free(ws);
}

static void named_speaker_is_not_anonymous(void **state)
{
    lede_workspace *ws = run("“We have nothing to hide,” Omar Haddad said.");
    const lede_quote *q = find(ws, "nothing to hide");
    assert_false(q->anonymous);
    lede_workspace_free(ws);
}

/* Adds a mention over the first occurrence of `name` linked to entity e. */
static void add_mention(lede_workspace *ws, const char *name, lede_etype type, int32_t e)
{
    lede_doc *d = &ws->doc;
    const char *at = strstr(d->text, name);
    assert_non_null(at);
    uint32_t s = (uint32_t)(at - d->text), t = s + (uint32_t)strlen(name);
    lede_mention *m = LEDE_PUSH(d->mentions, 100);
    assert_non_null(m);
    int32_t mi = (int32_t)(d->mentions.n - 1);
    m->start = s;
    m->end = t;
    m->type = (uint8_t)type;
    m->kind = LEDE_MK_NAME;
    m->entity = e;
    m->tok_begin = UINT32_MAX;
    for (uint32_t k = 0; k < d->toks.n; k++)
        if (d->toks.v[k].start >= s && d->toks.v[k].end <= t) {
            if (m->tok_begin == UINT32_MAX)
                m->tok_begin = k;
            m->tok_end = k + 1;
            d->toks.v[k].mention = mi;
        }
    while (d->entities.n <= (size_t)e) {
        lede_entity *en = LEDE_PUSH(d->entities, 100);
        assert_non_null(en);
        en->canonical = -1;
    }
    d->entities.v[e].type = (uint8_t)type;
    d->entities.v[e].canonical = mi;
}

static void prep_people(lede_workspace *ws)
{
    add_mention(ws, "Angela Ruiz", LEDE_ET_PERSON, 0);
    add_mention(ws, "Ministry of Health", LEDE_ET_ORG, 1);
}

static void pronoun_and_nominal_resolve_to_entities(void **state)
{
    lede_workspace *ws = run_with("Angela Ruiz visited the Ministry of Health on Monday.\n\n“We need more nurses in "
                                  "every district,” she said.\n\n“The shortage is temporary,” the ministry said.",
                                  prep_people);
    const lede_quote *a = find(ws, "more nurses");
    assert_text(ws, a->speaker, "she");
    assert_int_equal(a->speaker_entity, 0);
    const lede_quote *b = find(ws, "shortage is temporary");
    assert_text(ws, b->speaker, "the ministry");
    assert_int_equal(b->speaker_entity, 1);
    lede_workspace_free(ws);
}

static void prep_named(lede_workspace *ws) { add_mention(ws, "Angela Ruiz", LEDE_ET_PERSON, 0); }

static void named_speaker_takes_its_mention_entity(void **state)
{
    lede_workspace *ws = run_with("“Every district will get a nurse,” Angela Ruiz said.", prep_named);
    assert_int_equal(find(ws, "Every district")->speaker_entity, 0);
    lede_workspace_free(ws);
}

static void unattributed_quote_has_no_speaker(void **state)
{
    lede_workspace *ws = run("The river rose overnight.\n\n“Nobody in this town will ever forget the night the "
                             "levee broke.”");
    const lede_quote *q = find(ws, "levee broke");
    assert_int_equal(q->kind, LEDE_QK_DIRECT);
    assert_false(q->has_speaker);
    assert_int_equal(q->speaker_entity, -1);
    assert_false(q->anonymous);
    lede_workspace_free(ws);
}

static void titles_in_marks_are_not_quotes(void **state)
{
    lede_workspace *ws = run("The museum opened “Rivers of Light” in its east wing.");
    assert_int_equal(ws->doc.quotes.n, 0);
    lede_workspace_free(ws);
}

static void mark_boilerplate(lede_workspace *ws)
{
    for (size_t i = 0; i < ws->doc.paras.n; i++)
        if (i == 1)
            ws->doc.paras.v[i].kind = LEDE_PARA_BOILERPLATE;
}

static void boilerplate_paragraphs_are_skipped(void **state)
{
    lede_workspace *ws = run_with("The vote is on Sunday.\n\n“Share this story with your friends,” the site says.",
                                  mark_boilerplate);
    assert_int_equal(ws->doc.quotes.n, 0);
    lede_workspace_free(ws);
}

static void unclosed_marks_stay_linear(void **state)
{
    /* 10,000 opening marks and no closing one: one pass, bounded output */
    enum { N = 10000 };
    static char text[N * 8 + 64];
    size_t n = 0;
    for (int i = 0; i < N; i++)
        n += (size_t)snprintf(text + n, sizeof text - n, "“word ");
    snprintf(text + n, sizeof text - n, "he said.");
    lede_workspace *ws = run(text);
    assert_true(ws->doc.quotes.n <= 4);
    lede_workspace_free(ws);
}

/* quote_marks.c passes over paragraphs without a mark, told by the last
 * token's distance back to a mark; paragraphs longer than that distance
 * reaches are scanned.  Marks far from a paragraph's end must still pair. */
static void marks_far_from_paragraph_end(void **state)
{
    enum { WORDS = 300 };
    static char text[WORDS * 6 * 4 + 256];
    size_t n = 0;
    /* 1: a quote first, then 300 words; 2: 300 words, none quoted;
     * 3: short, one quote; 4: 300 words, a quote in the middle */
    n += (size_t)snprintf(text + n, sizeof text - n, "“We are ready,” she said");
    for (int i = 0; i < WORDS; i++)
        n += (size_t)snprintf(text + n, sizeof text - n, " word");
    n += (size_t)snprintf(text + n, sizeof text - n, ".\n\n");
    for (int i = 0; i < WORDS; i++)
        n += (size_t)snprintf(text + n, sizeof text - n, "word ");
    n += (size_t)snprintf(text + n, sizeof text - n, "end.\n\nHe said “no way” then.\n\n");
    for (int i = 0; i < WORDS; i++)
        n += (size_t)snprintf(text + n, sizeof text - n, i == WORDS / 2 ? "“quoted words here” " : "word ");
    snprintf(text + n, sizeof text - n, "end.");
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    ws->doc.text = text;
    ws->doc.len = strlen(text);
    assert_int_equal(lede_segment(ws), LEDE_OK);
    assert_int_equal(ws->doc.paras.n, 4);
    lede_qctx q;
    assert_int_equal(lede_qctx_init(ws, &q), LEDE_OK);
    assert_int_equal(q.nmarks, 6);
    assert_int_equal(lede_qmarks_pair(&q), LEDE_OK);
    assert_int_equal(q.nreg, 3);
    assert_int_equal(q.reg[0].para, 0);
    assert_int_equal(q.reg[1].para, 2);
    assert_int_equal(q.reg[2].para, 3);
    for (size_t r = 0; r < 3; r++)
        assert_true(q.reg[r].closed);
    lede_workspace_free(ws);
}

static void quote_cap_is_enforced(void **state)
{
    lede_limits lim = lede_limits_default();
    lim.max_quotes = 1;
    lede_workspace *ws = lede_workspace_new(NULL, &lim);
    const char *text = "“One,” she said. \n\n“Two more words,” he said.\n\n“Three more words,” they said.";
    ws->doc.text = text;
    ws->doc.len = strlen(text);
    assert_int_equal(lede_segment(ws), LEDE_OK);
    assert_int_equal(lede_quotes_find(ws), LEDE_ERR_DOC_LIMIT);
    lede_workspace_free(ws);
}

static void fragments_share_groups_and_order(void **state)
{
    lede_workspace *ws = run("“First,” she said. “Second.”\n\nThe mayor said the budget was balanced.\n\n"
                             "“Third,” he said.");
    const lede_doc *d = &ws->doc;
    assert_true(d->quotes.n >= 3);
    for (size_t i = 1; i < d->quotes.n; i++) {
        /* groups are numbered in text order and their records adjacent */
        assert_true(d->quotes.v[i].group >= d->quotes.v[i - 1].group);
        assert_true(d->quotes.v[i].group <= d->quotes.v[i - 1].group + 1);
    }
    lede_workspace_free(ws);
}

static void tables_are_sorted(void **state) { assert_true(lede_cue_tables_sorted()); }

/* The generated weight tables keep a third of their slots empty, hold
 * their entries in Robin Hood order (each at least as far from its home
 * slot as the entry before it, less one), and lede_qweight finds every one
 * of them; a feature that is not there weighs 0. */
static void weight_table_is_sound(const lede_qweights *w)
{
    size_t used = 0, mask = w->n ? w->n - 1 : 0;
    for (size_t i = 0; i < w->n; i++) {
        uint32_t e = w->slot[i];
        if (!e)
            continue;
        used++;
        uint32_t prev = w->slot[(i - 1) & mask];
        if (prev)
            assert_true(((i - e) & mask) <= ((i - 1 - prev) & mask) + 1);
        uint32_t h = e & LEDE_QCUE_MASK;
        assert_true(lede_qweight(w, h) == w->value[e >> LEDE_QCUE_VALUE_SHIFT]);
        assert_true(lede_qweight(w, h) != 0);
    }
    assert_true(used * 3 <= w->n * 2);
    /* misses: every hash of no entry (a bitmap of the stored ones) */
    uint8_t *stored = calloc(((size_t)LEDE_QCUE_MASK + 1) / 8, 1);
    assert_non_null(stored);
    for (size_t i = 0; i < w->n; i++) {
        uint32_t h = w->slot[i] & LEDE_QCUE_MASK;
        stored[h / 8] |= (uint8_t)(1u << (h % 8));
    }
    for (uint32_t h = 1; h <= LEDE_QCUE_MASK; h++)
        if (!(stored[h / 8] & (1u << (h % 8))))
            assert_true(lede_qweight(w, h) == 0);
    free(stored);
}
static void weight_tables_are_sound(void **state)
{
    weight_table_is_sound(&lede_qcue_weights);
    weight_table_is_sound(&lede_qcut_weights);
}

/* The shipped model has a prefilter: a dense table its features index. */
static void prefilter_indexes_its_table(void **state)
{
    assert_true(lede_qpre_model.n == (size_t)1 << LEDE_QPRE_BITS);
    assert_true(lede_qpre_model.scale > 0);
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    const char *text = "The minister told reporters on Monday that the talks had failed, officials said. "
                       "Critics: \"It was never going to work,\" the senator argued, according to aides.";
    ws->doc.text = text;
    ws->doc.len = strlen(text);
    assert_int_equal(lede_segment(ws), LEDE_OK);
    lede_qctx q;
    assert_int_equal(lede_qctx_init(ws, &q), LEDE_OK);
    uint32_t fs[LEDE_QCUE_MAX_FEATURES];
    size_t scored = 0;
    for (uint32_t i = 0; i < q.ntok; i++) {
        if (!lede_qcue_candidate(&q, i))
            continue;
        size_t n = lede_qpre_features(&q, i, 0, q.ntok, fs, LEDE_QCUE_MAX_FEATURES);
        assert_true(n > 0 && n <= LEDE_QCUE_MAX_FEATURES);
        for (size_t k = 0; k < n; k++)
            assert_true(fs[k] < lede_qpre_model.n);
        /* lede_qcue_plausible sums the same indices in place; also with the
         * word alone as its sentence (every neighbour outside) */
        for (int b = 0; b < 2; b++) {
            uint32_t sb = b ? i : 0, se = b ? i + 1 : q.ntok;
            size_t m = lede_qpre_features(&q, i, sb, se, fs, LEDE_QCUE_MAX_FEATURES);
            int32_t sum = 0;
            for (size_t k = 0; k < m; k++)
                sum += lede_qpre_model.w[fs[k]];
            assert_int_equal(lede_qcue_plausible(&q, i, sb, se), (float)sum * lede_qpre_model.scale > lede_qpre_cut);
        }
        scored++;
    }
    assert_true(scored > 0);
    /* lede_qcue_next visits the same words a per-word loop of the same
     * tests keeps, over any stretch */
    const uint32_t ends[] = {q.ntok, q.ntok / 2, 3};
    for (size_t x = 0; x < 3; x++) {
        uint32_t k = 0, end = ends[x];
        for (uint32_t i = 0; i < end; i++) {
            lede_cue c;
            bool keep = lede_qcue_candidate(&q, i) &&
                        !(!lede_cue_at(&q, i, q.ntok, &c) && (ws->doc.toks.v[i].flags & LEDE_TF_ALPHA) &&
                          lede_qno_clause_after(&q, i, q.ntok)) &&
                        lede_qcue_plausible(&q, i, 0, q.ntok);
            if (!keep)
                continue;
            k = lede_qcue_next(&q, k, end, 0, q.ntok);
            assert_int_equal(k, i);
            k++;
        }
        assert_int_equal(lede_qcue_next(&q, k, end, 0, q.ntok), end);
    }
    /* too small a buffer: no features rather than an overrun */
    assert_int_equal(lede_qpre_features(&q, 1, 0, q.ntok, fs, 4), 0);
    lede_workspace_free(ws);
}

/* The per-document word table compares 64-bit word hashes instead of bytes
 * for words of up to 8 bytes (quotes.h): distinct words of one length must
 * get distinct values.  Every word of 1 to 6 letters over a small alphabet
 * (overlapping loads for 4 to 7), and 8-byte words differing in one byte. */
static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}
static void word_hash64_is_one_to_one(void **state)
{
    const char abc[] = "ae'z";
    enum { MAXN = 6, COUNT = 4 + 16 + 64 + 256 + 1024 + 4096 };
    uint64_t *h = malloc((COUNT + 8 * 256) * sizeof *h);
    assert_non_null(h);
    size_t m = 0;
    for (size_t n = 1; n <= MAXN; n++) {
        size_t total = (size_t)1 << (2 * n);
        size_t start = m;
        for (size_t v = 0; v < total; v++) {
            char w[8];
            for (size_t k = 0; k < n; k++)
                w[k] = abc[(v >> (2 * k)) & 3];
            h[m++] = lede_qword_hash64(w, n);
        }
        qsort(h + start, total, sizeof *h, cmp_u64);
        for (size_t k = start + 1; k < m; k++)
            assert_true(h[k] != h[k - 1]);
    }
    m = 0;
    for (size_t pos = 0; pos < 8; pos++)
        for (unsigned c = 0; c < 256; c++) {
            char w[8] = "reporter";
            if ((unsigned char)w[pos] == c && pos)
                continue; /* "reporter" itself once */
            w[pos] = (char)c;
            h[m++] = lede_qword_hash64(w, 8);
        }
    qsort(h, m, sizeof *h, cmp_u64);
    for (size_t k = 1; k < m; k++)
        assert_true(h[k] != h[k - 1]);
    free(h);
}

/* The stem the features hash (quote_learn.c) tries its suffixes by the
 * word's last letter; the answers must be the first match in the listed
 * order, as a plain scan finds it. */
static size_t stem_ref(const char *w, size_t n)
{
    static const char *const suf[] = {"ings", "ing", "ied", "ies", "ed", "es", "s", "ly", "ment"};
    for (size_t k = 0; k < sizeof suf / sizeof *suf; k++) {
        size_t m = strlen(suf[k]);
        if (n > m + 2 && memcmp(w + n - m, suf[k], m) == 0) {
            n -= m;
            break;
        }
    }
    if (n > 3 && w[n - 1] == 'e')
        n--;
    return n;
}
static void stems_by_last_letter(void **state)
{
    const char *const words[] = {"", "s", "is", "was", "says", "sings", "things", "sayings", "ies", "dies", "studies",
                                 "studied", "tied", "played", "ed", "goes", "axes", "family", "ly", "fly", "quickly",
                                 "ment", "moment", "statement", "king", "sing", "saying", "criticizes", "criticized",
                                 "criticizing", "more", "free", "said", "told", "reporters", "ministry", "agreement"};
    for (size_t k = 0; k < sizeof words / sizeof *words; k++) {
        const char *w = words[k];
        size_t n = strlen(w), sn = stem_ref(w, n);
        uint32_t h = lede_qword_hash(w, n);
        assert_int_equal(lede_qstem_hash(w, n, h), sn == n ? h : lede_qword_hash(w, sn));
    }
}

/* quote_indirect.c skips a word outside the lexicon before its prefilter
 * when lede_qno_clause_after says no clause can follow: that must never
 * contradict the full clause test. */
static void no_clause_after_agrees(void **state)
{
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    const char *text = "Critics mocked the plan, calling it folly; others cheered. The mayor insisted: \"No.\" "
                       "Residents feared (rightly) that costs rose - again. Experts warned on Monday that prices "
                       "would climb, the report showed 5 percent, and analysts doubted whether it would last. "
                       "Officials added to the list... Doubt remains?! The end";
    ws->doc.text = text;
    ws->doc.len = strlen(text);
    assert_int_equal(lede_segment(ws), LEDE_OK);
    lede_qctx q;
    assert_int_equal(lede_qctx_init(ws, &q), LEDE_OK);
    assert_int_equal(lede_qmarks_pair(&q), LEDE_OK);
    const lede_doc *d = &ws->doc;
    size_t said_no = 0, said_yes = 0;
    for (uint32_t s = 0; s < d->sents.n; s++)
        for (uint32_t k = d->sents.v[s].tok_begin; k < d->sents.v[s].tok_end; k++) {
            if (!(d->toks.v[k].flags & LEDE_TF_ALPHA))
                continue;
            uint32_t se = d->sents.v[s].tok_end;
            if (lede_qno_clause_after(&q, k, se)) {
                assert_false(lede_qlearned_clause(&q, k, se));
                said_no++;
            } else {
                said_yes++;
            }
        }
    assert_true(said_no >= 8 && said_yes >= 20);
    lede_workspace_free(ws);
}

static void cue_forms(void **state)
{
    lede_workspace *ws = lede_workspace_new(NULL, NULL);
    const char *text = "She says he said they are saying it was noted, pointed out and according to them.";
    ws->doc.text = text;
    ws->doc.len = strlen(text);
    assert_int_equal(lede_segment(ws), LEDE_OK);
    const lede_doc *d = &ws->doc;
    lede_qctx q;
    assert_int_equal(lede_qctx_init(ws, &q), LEDE_OK);
    const char *const want[] = {"says", "said", "saying", "noted", "pointed out", "according to"};
    size_t found = 0;
    for (uint32_t i = 0; i < d->toks.n; i++) {
        lede_cue c;
        if (!lede_cue_at(&q, i, (uint32_t)d->toks.n, &c))
            continue;
        assert_true(found < 6);
        assert_text(ws, (lede_span){d->toks.v[c.tb].start, d->toks.v[c.te - 1].end}, want[found]);
        found++;
        i = c.te - 1;
    }
    assert_int_equal(found, 6);
    lede_workspace_free(ws);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(trailer),
        cmocka_unit_test(inverted_trailer_with_appositive),
        cmocka_unit_test(appositive_before_cue),
        cmocka_unit_test(title_and_of_phrase),
        cmocka_unit_test(lead_in_colon),
        cmocka_unit_test(lead_in_previous_paragraph),
        cmocka_unit_test(interrupted_quote_is_one_group),
        cmocka_unit_test(quote_across_paragraphs),
        cmocka_unit_test(continuation_paragraph),
        cmocka_unit_test(nested_quotes),
        cmocka_unit_test(every_mark_style),
        cmocka_unit_test(partial_quote_is_mixed),
        cmocka_unit_test(according_to_before_and_after),
        cmocka_unit_test(indirect_reported_clause),
        cmocka_unit_test(indirect_trailer),
        cmocka_unit_test(speaker_in_next_sentence),
        cmocka_unit_test(anonymous_source_and_the_source),
        cmocka_unit_test(named_speaker_is_not_anonymous),
        cmocka_unit_test(pronoun_and_nominal_resolve_to_entities),
        cmocka_unit_test(named_speaker_takes_its_mention_entity),
        cmocka_unit_test(unattributed_quote_has_no_speaker),
        cmocka_unit_test(titles_in_marks_are_not_quotes),
        cmocka_unit_test(boilerplate_paragraphs_are_skipped),
        cmocka_unit_test(unclosed_marks_stay_linear),
        cmocka_unit_test(marks_far_from_paragraph_end),
        cmocka_unit_test(quote_cap_is_enforced),
        cmocka_unit_test(fragments_share_groups_and_order),
        cmocka_unit_test(tables_are_sorted),
        cmocka_unit_test(weight_tables_are_sound),
        cmocka_unit_test(prefilter_indexes_its_table),
        cmocka_unit_test(cue_forms),
        cmocka_unit_test(word_hash64_is_one_to_one),
        cmocka_unit_test(stems_by_last_letter),
        cmocka_unit_test(no_clause_after_agrees),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
