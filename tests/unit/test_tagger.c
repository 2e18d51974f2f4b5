/* test_tagger.c - the NER tagger: model file validation (missing, truncated,
 * wrong magic, corrupt body, another format version, an index entry past
 * the rows) and tagging of composed news sentences with
 * the bundled model (LEDE_DATA_DIR): types of people, organisations and
 * places, ALL-CAPS and Title Case headlines, and no overlap with earlier
 * mentions; the scans of per-token flag bytes and the vector zeroing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "stages.h"
#include "tagger.h"

static const char *data_dir(void)
{
    const char *d = getenv("LEDE_DATA_DIR");
    return d && *d ? d : "data";
}

static char *read_model(size_t *n)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/ner.model", data_dir());
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)len);
    assert_non_null(buf);
    assert_int_equal(fread(buf, 1, (size_t)len, f), (size_t)len);
    fclose(f);
    *n = (size_t)len;
    return buf;
}

/* Writes bytes to a temporary file and tries to load it. */
static lede_tagger *load_bytes(const char *bytes, size_t n, char *err, size_t errlen)
{
    char path[] = "/tmp/lede-test-model-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, bytes, n), (ssize_t)n);
    close(fd);
    lede_tagger *t = lede_tagger_load(path, err, errlen);
    unlink(path);
    return t;
}

static void loads_bundled_model(void **state)
{
    size_t n;
    char *buf = read_model(&n);
    char err[512] = "";
    lede_tagger *t = load_bytes(buf, n, err, sizeof err);
    assert_non_null(t);
    assert_true(lede_tagger_features(t) > 1000);
    lede_tagger_free(t);
    free(buf);
}

static void rejects_missing_file(void **state)
{
    char err[512] = "";
    assert_null(lede_tagger_load("/nonexistent/ner.model", err, sizeof err));
    assert_non_null(strstr(err, "/nonexistent/ner.model"));
}

static void rejects_truncated(void **state)
{
    size_t n;
    char *buf = read_model(&n);
    char err[512] = "";
    assert_null(load_bytes(buf, 100, err, sizeof err));
    assert_non_null(strstr(err, "truncated"));
    assert_null(load_bytes(buf, n - 4096, err, sizeof err));
    assert_non_null(strstr(err, "truncated"));
    free(buf);
}

static void rejects_wrong_magic(void **state)
{
    size_t n;
    char *buf = read_model(&n);
    char err[512] = "";
    buf[0] = 'X';
    assert_null(load_bytes(buf, n, err, sizeof err));
    assert_non_null(strstr(err, "magic"));
    free(buf);
}

static void rejects_corrupt_body(void **state)
{
    size_t n;
    char *buf = read_model(&n);
    char err[512] = "";
    buf[n / 2] ^= 0x40;
    assert_null(load_bytes(buf, n, err, sizeof err));
    assert_non_null(strstr(err, "checksum"));
    free(buf);
    /* a header that points a section outside the file, checksum intact */
    buf = read_model(&n);
    lede_tg_header h;
    memcpy(&h, buf, sizeof h);
    h.w[0].off = h.file_size + 64;
    memcpy(buf, &h, sizeof h);
    assert_null(load_bytes(buf, n, err, sizeof err));
    assert_non_null(strstr(err, "corrupt"));
    free(buf);
}

/* Format 2 (weights in 20-byte hash slots) is refused by name, not misread. */
static void rejects_other_version(void **state)
{
    size_t n;
    char *buf = read_model(&n);
    char err[512] = "";
    lede_tg_header h;
    memcpy(&h, buf, sizeof h);
    h.version = 2;
    memcpy(buf, &h, sizeof h);
    assert_null(load_bytes(buf, n, err, sizeof err));
    assert_non_null(strstr(err, "format version 2"));
    free(buf);
}

/* An index entry naming a row past the table's rows, checksum recomputed:
 * refused at load, never read out of bounds. */
static void rejects_index_past_rows(void **state)
{
    size_t n;
    char *buf = read_model(&n);
    char err[512] = "";
    lede_tg_header h;
    memcpy(&h, buf, sizeof h);
    uint32_t *idx = (uint32_t *)(void *)(buf + h.w[1].off);
    size_t i = 0;
    while (idx[i] == 0)
        i++;
    idx[i] = lede_tg_ientry(0x1234, h.w[1].rows);
    h.checksum = lede_tg_checksum(buf + h.header_size, n - h.header_size);
    memcpy(buf, &h, sizeof h);
    assert_null(load_bytes(buf, n, err, sizeof err));
    assert_non_null(strstr(err, "index entry out of range"));
    free(buf);
}

/* ---- tagging ----------------------------------------------------------------- */
static lede_model *model;

/* The tagger's view of a segmented document, as lede_ner_run prepares it
 * with the bundled model; the caller frees the returned scratch, and tab
 * must outlive the view. */
static void *prepare_view(const lede_doc *d, lede_tg_tables *tab, lede_tg_docview *v)
{
    *tab = model->tagger->tab;
    tab->lex = model->lex;
    void *mem = malloc(lede_tg_scratch_size(d->toks.n));
    assert_non_null(mem);
    lede_tg_prepare(v, d, tab, mem);
    return mem;
}

static int setup(void **state)
{
    lede_status st;
    char err[512];
    model = lede_model_load(data_dir(), &st, err, sizeof err);
    if (!model)
        fprintf(stderr, "model: %s\n", err);
    return model ? 0 : -1;
}

static int teardown(void **state)
{
    lede_model_free(model);
    return 0;
}

static lede_workspace *tag(const char *text)
{
    lede_workspace *ws = lede_workspace_new(model, NULL);
    ws->doc.text = text;
    ws->doc.len = strlen(text);
    ws->doc.text_is_input = true;
    assert_int_equal(lede_segment(ws), LEDE_OK);
    assert_int_equal(lede_ner_run(ws), LEDE_OK);
    return ws;
}

/* The type of the mention whose text is exactly `name`, or LEDE_ET_NONE. */
static lede_etype type_of(const lede_workspace *ws, const char *name)
{
    const lede_doc *d = &ws->doc;
    for (size_t i = 0; i < d->mentions.n; i++) {
        const lede_mention *m = &d->mentions.v[i];
        if (m->end - m->start == strlen(name) && memcmp(d->text + m->start, name, m->end - m->start) == 0)
            return (lede_etype)m->type;
    }
    return LEDE_ET_NONE;
}

static void assert_no_overlap(const lede_workspace *ws)
{
    const lede_doc *d = &ws->doc;
    for (size_t i = 0; i < d->mentions.n; i++) {
        const lede_mention *a = &d->mentions.v[i];
        assert_true(a->start < a->end);
        assert_true(a->conf > 0 && a->conf <= 1);
        assert_int_equal(a->kind, LEDE_MK_NAME);
        for (size_t j = i + 1; j < d->mentions.n; j++) {
            const lede_mention *b = &d->mentions.v[j];
            assert_true(a->end <= b->start || b->end <= a->start);
        }
        for (uint32_t k = a->tok_begin; k < a->tok_end; k++)
            assert_int_equal(d->toks.v[k].mention, (int32_t)i);
    }
}

static void people_orgs_places(void **state)
{
    lede_workspace *ws = tag("German Chancellor Angela Merkel met Russian President Vladimir Putin in Moscow on "
                             "Tuesday, a spokesman for the European Commission said.\n\n"
                             "Shares of Microsoft fell 3 percent in New York after the company said its chief "
                             "executive, Satya Nadella, would visit India and Japan next month.");
    assert_int_equal(type_of(ws, "Angela Merkel"), LEDE_ET_PERSON);
    assert_int_equal(type_of(ws, "Vladimir Putin"), LEDE_ET_PERSON);
    assert_int_equal(type_of(ws, "Satya Nadella"), LEDE_ET_PERSON);
    assert_int_equal(type_of(ws, "Moscow"), LEDE_ET_LOC);
    assert_int_equal(type_of(ws, "New York"), LEDE_ET_LOC);
    assert_int_equal(type_of(ws, "India"), LEDE_ET_LOC);
    assert_int_equal(type_of(ws, "Japan"), LEDE_ET_LOC);
    assert_int_equal(type_of(ws, "European Commission"), LEDE_ET_ORG);
    assert_int_equal(type_of(ws, "Microsoft"), LEDE_ET_ORG);
    assert_int_equal(type_of(ws, "German"), LEDE_ET_MISC);
    assert_int_equal(type_of(ws, "Tuesday"), LEDE_ET_NONE);
    assert_no_overlap(ws);
    lede_workspace_free(ws);
}

static void all_caps_headline(void **state)
{
    lede_workspace *ws = tag("RUSSIA AND CHINA SIGN GAS DEAL IN BEIJING\n\n"
                             "BEIJING 2014-05-21\n\n"
                             "Russia and China signed a 30-year gas supply deal on Wednesday, Gazprom said, "
                             "after talks between Putin and Chinese President Xi Jinping in Beijing.");
    const lede_doc *d = &ws->doc;
    /* the headline words are tagged as places, not skipped as shouting */
    size_t head_locs = 0;
    for (size_t i = 0; i < d->mentions.n; i++) {
        const lede_mention *m = &d->mentions.v[i];
        if (m->end <= 41 && m->type == LEDE_ET_LOC)
            head_locs++;
        if (m->end <= 41)
            assert_int_not_equal(m->type, LEDE_ET_PERSON);
    }
    assert_int_equal(head_locs, 3);
    assert_int_equal(type_of(ws, "RUSSIA"), LEDE_ET_LOC);
    assert_int_equal(type_of(ws, "CHINA"), LEDE_ET_LOC);
    assert_int_equal(type_of(ws, "Gazprom"), LEDE_ET_ORG);
    assert_int_equal(type_of(ws, "Xi Jinping"), LEDE_ET_PERSON);
    assert_no_overlap(ws);
    lede_workspace_free(ws);
}

static void title_case_headline(void **state)
{
    /* most sites print headlines in Title Case: every word is capitalised,
     * so capitals alone must not make one long name of the line */
    lede_workspace *ws = tag("Russia And China Sign Gas Deal In Beijing After Talks With Putin\n\n"
                             "Russia and China signed a gas deal on Wednesday after talks between Vladimir "
                             "Putin and Xi Jinping in Beijing.");
    const lede_doc *d = &ws->doc;
    size_t head_locs = 0;
    for (size_t i = 0; i < d->mentions.n; i++) {
        const lede_mention *m = &d->mentions.v[i];
        if (m->end > 64)
            continue;
        assert_true(m->end - m->start <= 7); /* no "China Sign Gas Deal In Beijing" */
        head_locs += m->type == LEDE_ET_LOC;
    }
    assert_int_equal(head_locs, 3);
    assert_int_equal(type_of(ws, "Putin"), LEDE_ET_PERSON);
    assert_int_equal(type_of(ws, "Xi Jinping"), LEDE_ET_PERSON);
    assert_no_overlap(ws);
    lede_workspace_free(ws);
}

static void respects_earlier_mentions(void **state)
{
    const char *text = "Officials met in Kabul on Monday with delegates from Pakistan and the United Nations.";
    lede_workspace *ws = lede_workspace_new(model, NULL);
    ws->doc.text = text;
    ws->doc.len = strlen(text);
    assert_int_equal(lede_segment(ws), LEDE_OK);
    /* an earlier stage claimed "Pakistan" (as if it were a value) */
    lede_doc *d = &ws->doc;
    size_t k = 0;
    while (k < d->toks.n && memcmp(text + d->toks.v[k].start, "Pakistan", 8) != 0)
        k++;
    assert_true(k < d->toks.n);
    lede_mention *m = LEDE_PUSH(d->mentions, 10);
    m->tok_begin = (uint32_t)k;
    m->tok_end = (uint32_t)k + 1;
    m->start = d->toks.v[k].start;
    m->end = d->toks.v[k].end;
    m->type = LEDE_ET_QUANTITY;
    m->kind = LEDE_MK_VALUE;
    d->toks.v[k].mention = 0;
    assert_int_equal(lede_ner_run(ws), LEDE_OK);
    assert_int_equal(type_of(ws, "Kabul"), LEDE_ET_LOC);
    assert_int_equal(type_of(ws, "United Nations"), LEDE_ET_ORG);
    for (size_t i = 1; i < d->mentions.n; i++) {
        const lede_mention *a = &d->mentions.v[i];
        assert_true(a->end <= m->start || a->start >= m->end);
    }
    assert_int_equal(d->toks.v[k].mention, 0);
    lede_workspace_free(ws);
}

/* Which tokens are left undecoded: words with no capital more than a word
 * from any capital (punctuation not counted); the lowercase words inside
 * names and next to them stay; a sentence with no capital is kept whole;
 * a token already inactive stays so. */
static void far_from_names(void **state)
{
    (void)state;
    lede_workspace *ws = lede_workspace_new(model, NULL);
    const char *text = "The Bank of England said the rates would stay low , Lloyd 's of London and "
                       "the al-Qaeda group said .\nprices rose again in the end of the week .";
    ws->doc.text = text;
    ws->doc.len = strlen(text);
    ws->doc.text_is_input = true;
    assert_int_equal(lede_segment(ws), LEDE_OK);
    const lede_doc *d = &ws->doc;
    assert_int_equal(d->sents.n, 2);
    uint8_t active[64];
    assert_true(d->toks.n <= sizeof active);
    for (size_t s = 0; s < d->sents.n; s++) {
        for (uint32_t i = d->sents.v[s].tok_begin; i < d->sents.v[s].tok_end; i++)
            active[i] = 1;
        active[d->sents.v[s].tok_begin + 1] = 0; /* as if another stage had taken it */
        lede_tg_far_from_names(d, NULL, &d->sents.v[s], active);
    }
    char kept[512] = "", *p = kept;
    for (size_t i = 0; i < d->toks.n; i++)
        if (active[i])
            p += snprintf(p, sizeof kept - (size_t)(p - kept), "%.*s|", (int)(d->toks.v[i].end - d->toks.v[i].start),
                          d->text + d->toks.v[i].start);
    /* "Bank" was taken by the test; "the rates would stay" are far from
     * every capital ("low ," is next to "Lloyd"); the lowercase sentence is
     * whole but for "rose", taken by the test */
    assert_string_equal(kept, "The|of|England|said|low|,|Lloyd|'|s|of|London|and|the|al-Qaeda|group|"
                              "prices|again|in|the|end|of|the|week|.|");
    lede_workspace_free(ws);
}

/* With the prepared view, a sentence's first word that is nearly always
 * lowercase inside sentences ("The", "But") does not count as a capital;
 * a name next to it still keeps it. */
static void position_capitals(void **state)
{
    (void)state;
    lede_workspace *ws = lede_workspace_new(model, NULL);
    const char *text = "The rates rose again , the bank said .\nBut Smith said so .";
    ws->doc.text = text;
    ws->doc.len = strlen(text);
    ws->doc.text_is_input = true;
    assert_int_equal(lede_segment(ws), LEDE_OK);
    const lede_doc *d = &ws->doc;
    assert_int_equal(d->sents.n, 2);
    lede_tg_tables tab;
    lede_tg_docview v;
    void *mem = prepare_view(d, &tab, &v);
    uint8_t active[64];
    assert_true(d->toks.n <= sizeof active);
    memset(active, 1, d->toks.n);
    for (size_t s = 0; s < d->sents.n; s++)
        lede_tg_far_from_names(d, &v, &d->sents.v[s], active);
    char kept[256] = "", *p = kept;
    for (size_t i = 0; i < d->toks.n; i++)
        if (active[i])
            p += snprintf(p, sizeof kept - (size_t)(p - kept), "%.*s|", (int)(d->toks.v[i].end - d->toks.v[i].start),
                          d->text + d->toks.v[i].start);
    assert_string_equal(kept, "But|Smith|said|");
    free(mem);
    lede_workspace_free(ws);
}

/* Bytes then folded form of a token, for sorting texts. */
static const lede_doc *cmp_doc;
static int cmp_text(const void *a, const void *b)
{
    const lede_token *x = &cmp_doc->toks.v[*(const uint32_t *)a], *y = &cmp_doc->toks.v[*(const uint32_t *)b];
    size_t lx = x->end - x->start, ly = y->end - y->start;
    int c = memcmp(cmp_doc->text + x->start, cmp_doc->text + y->start, lx < ly ? lx : ly);
    if (c || lx != ly)
        return c ? c : lx < ly ? -1 : 1;
    return memcmp(cmp_doc->norm.v + x->norm, cmp_doc->norm.v + y->norm, x->norm_len < y->norm_len ? x->norm_len : y->norm_len);
}
static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* lede_tg_prepare's form and text tables start small and double as a
 * document's distinct texts fill them (LEDE_TG_SLOTS0): with 80,000
 * distinct words (two doublings), each also capitalised (same form,
 * another text) and repeated, every token still gets the number of the
 * first token with its text, no two numbers share a text, and forms are
 * the distinct word hashes. */
static void prepare_tables_grow(void **state)
{
    (void)state;
    enum { W = 80000 };
    assert_true(W > LEDE_TG_SLOTS0);
    size_t cap = (size_t)W * 24 + 64, len = 0;
    char *text = malloc(cap);
    assert_non_null(text);
    /* letters, not digits: the folded form keeps them apart */
    static char w[W][6];
    for (int k = 0; k < W; k++)
        for (int c = 0, x = k; c < 6; c++, x /= 26)
            w[k][c] = (char)('a' + x % 26);
    for (int k = 0; k < W; k++) {
        len += (size_t)snprintf(text + len, cap - len, "%.6s ", w[k]);
        if (k % 3 == 0)
            len += (size_t)snprintf(text + len, cap - len, "%c%.5s %.6s ", 'A' + w[k][0] - 'a', w[k] + 1, w[k / 2]);
    }
    lede_workspace *ws = lede_workspace_new(model, NULL);
    ws->doc.text = text;
    ws->doc.len = len;
    ws->doc.text_is_input = true;
    assert_int_equal(lede_segment(ws), LEDE_OK);
    const lede_doc *d = &ws->doc;
    size_t n = d->toks.n;
    lede_tg_tables tab;
    lede_tg_docview v;
    void *mem = prepare_view(d, &tab, &v);
    assert_int_equal(v.n_texts, W + (W + 2) / 3);
    assert_true(v.form_mask + 1 >= 2 * (size_t)v.n_texts);
    uint32_t *first = malloc(v.n_texts * sizeof *first);
    assert_non_null(first);
    uint32_t next = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t t = v.tok[i].text;
        assert_true(t <= next);
        if (t == next) {
            first[next++] = (uint32_t)i;
        } else { /* a copy: the same bytes as the text's first token */
            const lede_token *a = &d->toks.v[i], *b = &d->toks.v[first[t]];
            assert_int_equal(a->end - a->start, b->end - b->start);
            assert_memory_equal(d->text + a->start, d->text + b->start, a->end - a->start);
        }
        assert_true(v.forms[v.tok[i].form].word == v.tok[i].word);
    }
    assert_int_equal(next, v.n_texts);
    cmp_doc = d;
    qsort(first, v.n_texts, sizeof *first, cmp_text);
    for (uint32_t t = 1; t < v.n_texts; t++)
        assert_int_not_equal(cmp_text(&first[t - 1], &first[t]), 0);
    uint64_t *words = malloc(v.n_forms * sizeof *words);
    assert_non_null(words);
    for (uint32_t f = 0; f < v.n_forms; f++)
        words[f] = v.forms[f].word;
    qsort(words, v.n_forms, sizeof *words, cmp_u64);
    for (uint32_t f = 1; f < v.n_forms; f++)
        assert_true(words[f - 1] != words[f]);
    assert_int_equal(v.n_forms, W);
    free(words);
    free(first);
    free(mem);
    lede_workspace_free(ws);
    free(text);
}

/* lede_tg_reach_names (lede_ner_run's: active from the mentions and
 * cleared in one pass) gives what setting active[i] = mention < 0 and
 * calling lede_tg_far_from_names gives, with the view and without it, on
 * sentences with names, position-only capitals, mentions (inside and at
 * a name) and no capital at all. */
static void reach_names_one_pass(void **state)
{
    (void)state;
    lede_workspace *ws = lede_workspace_new(model, NULL);
    const char *text = "The rates rose again , the bank said in a statement on Monday .\n"
                       "But Smith of the Bank of England said the rates would stay low for now .\n"
                       "prices rose again in the end of the week , traders said .\n"
                       "\"The market is quiet , \" said John Brown , who runs Acme Corp in London .";
    ws->doc.text = text;
    ws->doc.len = strlen(text);
    ws->doc.text_is_input = true;
    assert_int_equal(lede_segment(ws), LEDE_OK);
    lede_doc *d = &ws->doc;
    assert_true(d->sents.n >= 4);
    size_t n = d->toks.n;
    assert_true(n <= 128);
    for (size_t i = 0; i < n; i += 7) /* as if earlier stages had taken them */
        d->toks.v[i].mention = 0;
    d->toks.v[n - 3].mention = 1; /* "London" or next to it */
    lede_tg_tables tab;
    lede_tg_docview v;
    void *mem = prepare_view(d, &tab, &v);
    for (int view = 0; view < 2; view++) {
        uint8_t want[128], got[128];
        memset(got, 0xEE, sizeof got); /* every byte of a sentence is set */
        for (size_t s = 0; s < d->sents.n; s++) {
            const lede_sentence *se = &d->sents.v[s];
            for (uint32_t i = se->tok_begin; i < se->tok_end; i++)
                want[i] = d->toks.v[i].mention < 0;
            lede_tg_far_from_names(d, view ? &v : NULL, se, want);
            lede_tg_reach_names(d, view ? &v : NULL, se, got);
        }
        size_t kept = 0;
        for (size_t i = 0; i < n; i++) {
            if (want[i] != got[i])
                fail_msg("view %d, token %zu (%.*s): %u, not %u", view, i, (int)lede_tok_len(&d->toks.v[i]),
                         lede_tok_text(d, &d->toks.v[i]), got[i], want[i]);
            kept += want[i];
        }
        assert_true(kept > 0 && kept < n); /* some taken, some kept */
    }
    free(mem);
    lede_workspace_free(ws);
}

/* Pass 2 decodes the tokens pass 1 left open and their neighbours: a
 * token is settled when pass 1 said O and, if capitalised, gave its word
 * no type anywhere in the document; settled tokens more than
 * LEDE_TG_SETTLE_REACH from an open one keep pass 1's O, and so do
 * lowercase words next to one ("in" before Paris, "on" after it) but
 * name particles (settle_leaves_punctuation).  An inactive token
 * stays inactive. */
static void settles_pass_one(void **state)
{
    (void)state;
    lede_workspace *ws = lede_workspace_new(model, NULL);
    const char *text = "Smith met the new chief of the bank in Paris on Monday and then went home .\n"
                       "Later Paris was quiet .";
    ws->doc.text = text;
    ws->doc.len = strlen(text);
    ws->doc.text_is_input = true;
    assert_int_equal(lede_segment(ws), LEDE_OK);
    const lede_doc *d = &ws->doc;
    assert_int_equal(d->toks.n, 22);
    lede_tg_tables tab;
    lede_tg_docview v;
    void *mem = prepare_view(d, &tab, &v);
    uint8_t active[22], active2[22], y1[22] = {0};
    memset(active, 1, sizeof active);
    active[1] = 0; /* as if another stage had taken "met" */
    y1[0] = (uint8_t)lede_tg_label(LEDE_TG_PER, LEDE_TG_U); /* Smith */
    y1[9] = (uint8_t)lede_tg_label(LEDE_TG_LOC, LEDE_TG_U); /* Paris; O at 18 */
    y1[2] = (uint8_t)lede_tg_label(LEDE_TG_ORG, LEDE_TG_U); /* the; O at 6: settled */
    lede_tg_count_labels(&v, y1, active);
    lede_tg_settle(&v, y1, active, active2);
    char kept[256] = "", *p = kept;
    for (size_t i = 0; i < d->toks.n; i++)
        if (active2[i])
            p += snprintf(p, sizeof kept - (size_t)(p - kept), "%.*s|", (int)(d->toks.v[i].end - d->toks.v[i].start),
                          d->text + d->toks.v[i].start);
    assert_int_equal(LEDE_TG_SETTLE_REACH, 1);
    assert_string_equal(kept, "Smith|the|Paris|Later|Paris|");
    /* an open token reaches back to a capitalised word only if it is active */
    active[17] = 0; /* Later */
    lede_tg_settle(&v, y1, active, active2);
    p = kept;
    *p = '\0';
    for (size_t i = 0; i < d->toks.n; i++)
        if (active2[i])
            p += snprintf(p, sizeof kept - (size_t)(p - kept), "%.*s|", (int)(d->toks.v[i].end - d->toks.v[i].start),
                          d->text + d->toks.v[i].start);
    assert_string_equal(kept, "Smith|the|Paris|Paris|");
    free(mem);
    lede_workspace_free(ws);
}

/* Punctuation beside an open token keeps pass 1's O, and so does a
 * lowercase word next to one ("met", "today"); a capitalised word, a
 * name particle after one ("of") or a possessive ("'s") is decoded again;
 * punctuation pass 1 put in a name is open itself. */
static void settle_leaves_punctuation(void **state)
{
    (void)state;
    lede_workspace *ws = lede_workspace_new(model, NULL);
    const char *text = "Smith , the chief , met Jones today ( Reuters ) at New Ford \" Motor \" .\n"
                       "Bank of England's chief .";
    ws->doc.text = text;
    ws->doc.len = strlen(text);
    ws->doc.text_is_input = true;
    assert_int_equal(lede_segment(ws), LEDE_OK);
    const lede_doc *d = &ws->doc;
    assert_int_equal(d->toks.n, 24);
    lede_tg_tables tab;
    lede_tg_docview v;
    void *mem = prepare_view(d, &tab, &v);
    uint8_t active[24], active2[24], y1[24] = {0};
    memset(active, 1, sizeof active);
    y1[0] = (uint8_t)lede_tg_label(LEDE_TG_PER, LEDE_TG_U); /* Smith */
    y1[6] = (uint8_t)lede_tg_label(LEDE_TG_PER, LEDE_TG_U); /* Jones */
    y1[13] = (uint8_t)lede_tg_label(LEDE_TG_ORG, LEDE_TG_B); /* Ford */
    y1[14] = (uint8_t)lede_tg_label(LEDE_TG_ORG, LEDE_TG_I); /* " */
    y1[15] = (uint8_t)lede_tg_label(LEDE_TG_ORG, LEDE_TG_L); /* Motor */
    y1[18] = (uint8_t)lede_tg_label(LEDE_TG_ORG, LEDE_TG_U); /* Bank */
    y1[20] = (uint8_t)lede_tg_label(LEDE_TG_LOC, LEDE_TG_U); /* England */
    lede_tg_count_labels(&v, y1, active);
    lede_tg_settle(&v, y1, active, active2);
    char kept[256] = "", *p = kept;
    for (size_t i = 0; i < d->toks.n; i++)
        if (active2[i])
            p += snprintf(p, sizeof kept - (size_t)(p - kept), "%.*s|", (int)(d->toks.v[i].end - d->toks.v[i].start),
                          d->text + d->toks.v[i].start);
    assert_string_equal(kept, "Smith|Jones|New|Ford|\"|Motor|Bank|of|England|'s|");
    free(mem);
    lede_workspace_free(ws);
}

static void skips_boilerplate_and_empty(void **state)
{
    lede_workspace *ws = lede_workspace_new(model, NULL);
    const char *text = "Share this story with Barack Obama on Facebook.\n\nObama spoke in Chicago.";
    ws->doc.text = text;
    ws->doc.len = strlen(text);
    assert_int_equal(lede_segment(ws), LEDE_OK);
    ws->doc.paras.v[0].kind = LEDE_PARA_BOILERPLATE;
    assert_int_equal(lede_ner_run(ws), LEDE_OK);
    for (size_t i = 0; i < ws->doc.mentions.n; i++)
        assert_true(ws->doc.mentions.v[i].start >= ws->doc.paras.v[1].start);
    assert_int_equal(type_of(ws, "Chicago"), LEDE_ET_LOC);
    lede_workspace_reset(ws);
    lede_doc_clear(ws);
    ws->doc.text = "";
    ws->doc.len = 0;
    assert_int_equal(lede_segment(ws), LEDE_OK);
    assert_int_equal(lede_ner_run(ws), LEDE_OK);
    assert_int_equal(ws->doc.mentions.n, 0);
    lede_workspace_free(ws);
}

/* lede_tg_next_set and lede_tg_next_clear, which step eight bytes at a
 * time, against a byte loop: every start and end over flag patterns with
 * set bytes in every lane, runs longer than a word and values other than 1. */
static void flag_scans(void **state)
{
    (void)state;
    uint8_t p[64];
    for (unsigned pat = 0; pat < 40; pat++) {
        for (size_t k = 0; k < sizeof p; k++) {
            unsigned x = (unsigned)(k * 2654435761u ^ pat * 40503u) >> 7;
            /* pattern 0: all zero; 1: all set; then sparser and denser */
            p[k] = pat == 0 ? 0 : pat == 1 ? 1 : (x % (pat % 9 + 2)) == 0 ? (uint8_t)(1 + x % 3) : 0;
            if (pat >= 30) /* long runs of each */
                p[k] = ((k / (pat - 27)) & 1) ? (uint8_t)(pat & 0xF0 ? 2 : 1) : 0;
        }
        for (size_t i = 0; i <= sizeof p; i++)
            for (size_t e = i; e <= sizeof p; e++) {
                size_t s = i, c = i;
                while (s < e && !p[s])
                    s++;
                while (c < e && p[c])
                    c++;
                assert_int_equal(lede_tg_next_set(p, i, e), s);
                assert_int_equal(lede_tg_next_clear(p, i, e), c);
            }
    }
}

/* lede_tg_zero clears exactly [p, p + n): every length up to three
 * 64-byte blocks and a tail, at every offset of a 16-byte line. */
static void zero_clears_exactly(void **state)
{
    (void)state;
    uint8_t buf[256];
    for (size_t off = 0; off < 16; off++)
        for (size_t n = 0; n <= 200; n++) {
            memset(buf, 0xA5, sizeof buf);
            lede_tg_zero(buf + off, n);
            for (size_t i = 0; i < sizeof buf; i++)
                assert_int_equal(buf[i], i >= off && i < off + n ? 0 : 0xA5);
        }
}

int main(void)
{
    const struct CMUnitTest file_tests[] = {
        cmocka_unit_test(loads_bundled_model),
        cmocka_unit_test(rejects_missing_file),
        cmocka_unit_test(rejects_truncated),
        cmocka_unit_test(rejects_wrong_magic),
        cmocka_unit_test(rejects_corrupt_body),
        cmocka_unit_test(rejects_other_version),
        cmocka_unit_test(rejects_index_past_rows),
        cmocka_unit_test(flag_scans),
        cmocka_unit_test(zero_clears_exactly),
    };
    const struct CMUnitTest tag_tests[] = {
        cmocka_unit_test(people_orgs_places),
        cmocka_unit_test(all_caps_headline),
        cmocka_unit_test(title_case_headline),
        cmocka_unit_test(respects_earlier_mentions),
        cmocka_unit_test(skips_boilerplate_and_empty),
        cmocka_unit_test(far_from_names),
        cmocka_unit_test(position_capitals),
        cmocka_unit_test(reach_names_one_pass),
        cmocka_unit_test(prepare_tables_grow),
        cmocka_unit_test(settles_pass_one),
        cmocka_unit_test(settle_leaves_punctuation),
    };
    int fails = cmocka_run_group_tests_name("model file", file_tests, NULL, NULL);
    fails += cmocka_run_group_tests_name("tagging", tag_tests, setup, teardown);
    return fails;
}
