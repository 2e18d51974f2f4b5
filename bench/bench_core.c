/*
 * bench_core.c - core throughput on one thread, stage by stage.
 *
 * Loads documents ("text", or "html" with --html) from JSON Lines files, then
 * makes --passes passes over them.  In each pass every document goes through
 * the stage entry points of core/stages.h in analyze.c's order, each call
 * timed on the thread's CPU clock (robust to other processes sharing the
 * core), then the whole public path (lede_analyze + lede_render) is timed
 * separately, then (text only, not --sizes) the tokenize-and-lookup floor
 * over the same documents.  One line per pass and stage on stdout, for
 * bench/run.py:
 *   pass<TAB>stage<TAB>bytes<TAB>docs<TAB>cpu_seconds
 * plus pass-0 facts: model_load (seconds), model_rss_kb and words (in the
 * last column).
 * If the stage-by-stage path and lede_analyze disagree on a document (a stage
 * was added to analyze.c and not here), it says so on stderr and exits 1.
 *
 *   bench_core [--passes N] [--html] [--max-docs N] [--max-mb N] FILE.jsonl...
 *   bench_core --sizes [--passes N] FILE.jsonl...   cost by document size, 1 KB..4 MB
 *   bench_core --raw [--passes N] [--reps N] FILE    one raw text file, repeated
 *
 * Owner: performance (issue 8).  Single-threaded benchmark program.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "stages.h"
#include "utf8.h"

enum { MAX_DOCS = 200000 };

typedef struct doc {
    char *id;
    char *body;
    size_t len;
} doc;

typedef struct docset {
    doc *v;
    size_t n, cap, bytes;
} docset;

/* The timed steps, in pipeline order (analyze.c). */
enum {
    ST_INGEST, ST_SEGMENT, ST_TIMEX, ST_NUMEX, ST_NER, ST_RESOLVE, ST_QUOTES, ST_EVENTS, ST_RENDER,
    ST_COUNT
};
static const char *const stage_names[ST_COUNT] = {
    "ingest", "segment", "timex", "numex", "ner", "resolve", "quotes", "events", "render"};

static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Resident set in KB, from /proc/self/statm (Linux). */
static long rss_kb(void)
{
    long pages = 0, resident = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (f) {
        if (fscanf(f, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        fclose(f);
    }
    return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

static void die(const char *msg)
{
    fprintf(stderr, "bench_core: %s\n", msg);
    exit(2);
}

static void add_doc(docset *s, const char *id, const char *body, size_t len)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 1024;
        s->v = realloc(s->v, s->cap * sizeof *s->v);
        if (!s->v)
            die("out of memory");
    }
    doc *d = &s->v[s->n++];
    d->id = strdup(id);
    d->body = malloc(len + 1);
    if (!d->id || !d->body)
        die("out of memory");
    memcpy(d->body, body, len);
    d->body[len] = '\0';
    d->len = len;
    s->bytes += len;
}

static void load_jsonl(docset *s, const char *path, const char *field, size_t max_docs, size_t max_bytes)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        exit(2);
    }
    char *line = NULL;
    size_t cap = 0, before = s->bytes;
    ssize_t n;
    while ((n = getline(&line, &cap, f)) > 0 && s->n < max_docs && s->bytes - before < max_bytes) {
        json_error_t err;
        json_t *o = json_loadb(line, (size_t)n, 0, &err);
        json_t *b = json_object_get(o, field);
        if (json_is_string(b) && json_string_length(b) > 0) {
            const char *id = json_string_value(json_object_get(o, "id"));
            add_doc(s, id ? id : "?", json_string_value(b), json_string_length(b));
        }
        json_decref(o);
    }
    free(line);
    fclose(f);
}

typedef struct counts { size_t toks, mentions, entities, quotes, events; } counts;

static counts doc_counts(const lede_doc *d)
{
    return (counts){d->toks.n, d->mentions.n, d->entities.n, d->quotes.n, d->events.n};
}

/* Runs the stages one by one on a document, adding each one's CPU time to
 * t[]; mirrors lede_analyze().  Returns the status. */
static lede_status staged(lede_workspace *ws, const lede_request *req, double t[ST_COUNT], counts *c)
{
    lede_doc *d = &ws->doc;
    lede_doc_clear(ws);
    ws->req = *req;
    double t0 = cpu_now(), t1;
    lede_status st = LEDE_OK;
#define STEP(k, call) do { st = (call); t1 = cpu_now(); t[k] += t1 - t0; t0 = t1; if (st != LEDE_OK) return st; } while (0)
    if (req->input == LEDE_INPUT_HTML) {
        STEP(ST_INGEST, lede_ingest_html(ws, req->body.p, req->body.n));
    } else {
        d->text = req->body.p;
        d->len = req->body.n;
        d->text_is_input = true;
        STEP(ST_INGEST, lede_utf8_validate(d->text, d->len) == d->len ? LEDE_OK : LEDE_ERR_BAD_UTF8);
    }
    STEP(ST_SEGMENT, lede_segment(ws));
    lede_boilerplate_mark(ws);
    STEP(ST_TIMEX, lede_timex_find(ws));
    STEP(ST_NUMEX, lede_numex_find(ws));
    STEP(ST_NER, lede_ner_run(ws));
    STEP(ST_RESOLVE, lede_entities_resolve(ws));
    STEP(ST_QUOTES, lede_quotes_find(ws));
    STEP(ST_EVENTS, lede_events_find(ws));
    ws->result = (struct lede_result){d, &ws->req, LEDE_FEATURE_ALL};
    const char *json;
    size_t len;
    STEP(ST_RENDER, lede_render(ws, &ws->result, LEDE_FORMAT_API, &json, &len));
#undef STEP
    *c = doc_counts(d);
    return LEDE_OK;
}

static lede_request make_req(const doc *dc, bool html)
{
    lede_request req;
    lede_request_init(&req);
    req.body = (lede_str){dc->body, dc->len};
    req.input = html ? LEDE_INPUT_HTML : LEDE_INPUT_TEXT;
    return req;
}

/* A workspace for one pass of one path, so no pass is timed over
 * documents its workspace has already seen: if a stage ever keeps
 * something across a workspace's documents, the figures stay those of a
 * stream of new stories. */
static lede_workspace *fresh(const lede_model *m)
{
    lede_limits lim = lede_limits_default();
    lede_workspace *ws = lede_workspace_new(m, &lim);
    if (!ws)
        die("out of memory");
    return ws;
}


/* ---- the tokenize-and-lookup floor (issue 8's reference: 283 MB/s per core)
 * UTF-8 validation, tokenizing and one hash lookup per token: the least any
 * analysis of the text must do.  Timed in the same pass as the analysis, so
 * their ratio does not move with the host's speed the way either figure
 * does.  Tokens: runs of letters, digits and non-ASCII bytes, and single
 * punctuation marks; each is hashed (eight bytes a step) and looked up in an
 * open-addressing table of the 39,010 words of data/clusters.tsv (65,536
 * slots of 8 bytes, 512 KB). */
enum { FLOOR_SLOTS = 1 << 16 };
typedef struct floor_tab { uint64_t key[FLOOR_SLOTS]; } floor_tab;

/* Eight bytes at a time, read whole where the text has eight more (and
 * masked): a floor should not be slowed by a byte-wise hash. */
static uint64_t floor_hash(const unsigned char *s, size_t n, const unsigned char *end)
{
    uint64_t h = n * 0x9E3779B97F4A7C15ull;
    for (size_t i = 0; i < n; i += 8) {
        uint64_t w = 0;
        size_t k = n - i < 8 ? n - i : 8;
        if (end - (s + i) >= 8) {
            memcpy(&w, s + i, 8);
            w &= k == 8 ? ~0ull : (1ull << (8 * k)) - 1;
        } else {
            memcpy(&w, s + i, k);
        }
        h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
        h ^= h >> 31;
    }
    return h | 1; /* 0 marks an empty slot */
}

static bool floor_find(const floor_tab *t, uint64_t h)
{
    for (size_t i = h & (FLOOR_SLOTS - 1);; i = (i + 1) & (FLOOR_SLOTS - 1)) {
        if (t->key[i] == h)
            return true;
        if (!t->key[i])
            return false;
    }
}

static floor_tab *floor_load(void)
{
    const char *dir = getenv("LEDE_DATA_DIR");
    char path[1200];
    snprintf(path, sizeof path, "%s/clusters.tsv", dir && *dir ? dir : "data");
    FILE *f = fopen(path, "r");
    floor_tab *t = calloc(1, sizeof *t);
    if (!f || !t)
        die("cannot load the floor's vocabulary (data/clusters.tsv)");
    char line[512];
    size_t n = 0;
    while (fgets(line, sizeof line, f) && n < FLOOR_SLOTS / 2) {
        size_t len = strcspn(line, "\t\n");
        if (line[0] == '#' || !len)
            continue;
        uint64_t h = floor_hash((const unsigned char *)line, len, (const unsigned char *)line + len);
        size_t i = h & (FLOOR_SLOTS - 1);
        while (t->key[i] && t->key[i] != h)
            i = (i + 1) & (FLOOR_SLOTS - 1);
        n += !t->key[i];
        t->key[i] = h;
    }
    fclose(f);
    return t;
}

/* Tokens found in the table; the count keeps the work from being optimised away. */
static size_t floor_doc(const floor_tab *t, const char *body, size_t len)
{
    if (lede_utf8_validate(body, len) != len)
        return 0;
    const unsigned char *s = (const unsigned char *)body;
    size_t found = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = s[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            i++;
            continue;
        }
        size_t j = i + 1;
        bool word = c >= 0x80 || (unsigned)((c | 0x20) - 'a') < 26u || (unsigned)(c - '0') < 10u;
        if (word)
            while (j < len && (s[j] >= 0x80 || (unsigned)((s[j] | 0x20) - 'a') < 26u || (unsigned)(s[j] - '0') < 10u))
                j++;
        found += floor_find(t, floor_hash(s + i, j - i, s + len));
        i = j;
    }
    return found;
}

/* One pass: stages, then the public path; prints the pass's lines. */
static void run_pass(const lede_model *m, const floor_tab *ft, const docset *s, bool html, int pass,
                     const char *label)
{
    lede_workspace *ws = fresh(m);
    double t[ST_COUNT] = {0};
    size_t ok = 0, failed = 0, bytes = 0;
    counts *staged_counts = malloc((s->n + 1) * sizeof *staged_counts);
    if (!staged_counts)
        die("out of memory");
    for (size_t i = 0; i < s->n; i++) {
        lede_request req = make_req(&s->v[i], html);
        lede_workspace_reset(ws);
        if (staged(ws, &req, t, &staged_counts[i]) == LEDE_OK) {
            ok++;
            bytes += s->v[i].len;
        } else {
            staged_counts[i].toks = (size_t)-1;
            failed++;
        }
    }
    for (int k = 0; k < ST_COUNT; k++)
        printf("%d\t%s%s\t%zu\t%zu\t%.6f\n", pass, label, stage_names[k], bytes, ok, t[k]);

    lede_workspace_free(ws);
    ws = fresh(m);
    size_t all_ok = 0, all_bytes = 0;
    char first_err[600] = "";
    /* timed as one block, the reset between documents included (a server
     * resets too): a CPU-time clock read is a system call of ~1.4 us on
     * this VM, which per document would add ~1% to a 2 KB story's time;
     * the checks against the staged path come after */
    counts *all_counts = malloc((s->n + 1) * sizeof *all_counts);
    if (!all_counts)
        die("out of memory");
    double t0 = cpu_now();
    for (size_t i = 0; i < s->n; i++) {
        lede_request req = make_req(&s->v[i], html);
        const lede_result *res;
        const char *json;
        size_t len;
        lede_workspace_reset(ws);
        lede_status st = lede_analyze(ws, &req, &res);
        if (st == LEDE_OK)
            st = lede_render(ws, res, LEDE_FORMAT_API, &json, &len);
        if (st != LEDE_OK && !first_err[0])
            snprintf(first_err, sizeof first_err, "%s: %s: %s", s->v[i].id, lede_status_code(st),
                     lede_workspace_error(ws));
        all_counts[i] = st == LEDE_OK ? doc_counts(&ws->doc) : (counts){.toks = (size_t)-2};
    }
    double all = cpu_now() - t0;
    for (size_t i = 0; i < s->n; i++) {
        if (all_counts[i].toks == (size_t)-2)
            continue;
        all_ok++;
        all_bytes += s->v[i].len;
        counts c = all_counts[i];
        if (memcmp(&c, &staged_counts[i], sizeof c) != 0) {
            fprintf(stderr,
                    "bench_core: %s: the stage-by-stage path differs from lede_analyze "
                    "(tokens %zu/%zu, mentions %zu/%zu, quotes %zu/%zu, events %zu/%zu); "
                    "update staged() to analyze.c's pipeline\n",
                    s->v[i].id, staged_counts[i].toks, c.toks, staged_counts[i].mentions, c.mentions,
                    staged_counts[i].quotes, c.quotes, staged_counts[i].events, c.events);
            exit(1);
        }
    }
    free(all_counts);
    printf("%d\t%sall\t%zu\t%zu\t%.6f\n", pass, label, all_bytes, all_ok, all);
    if (ft && !html) {
        size_t found = 0, fbytes = 0;
        double f0 = cpu_now();
        for (size_t i = 0; i < s->n; i++) {
            found += floor_doc(ft, s->v[i].body, s->v[i].len);
            fbytes += s->v[i].len;
        }
        double fl = cpu_now() - f0;
        printf("%d\t%sfloor\t%zu\t%zu\t%.6f\n", pass, label, fbytes, found ? s->n : 0, fl);
    }
    if (pass == 1 && (failed || all_ok != ok))
        fprintf(stderr, "bench_core: %s%zu of %zu documents failed; first: %s\n", label, s->n - all_ok, s->n,
                first_err);
    fflush(stdout);
    free(staged_counts);
    lede_workspace_free(ws);
}

/* Documents of about `size` bytes made of consecutive texts of s (cut at a
 * paragraph or space boundary), as many as give about `total` bytes. */
static docset sized(const docset *s, size_t size, size_t total)
{
    docset out = {0};
    size_t src = 0, off = 0;
    char *buf = malloc(size + 1);
    if (!buf)
        die("out of memory");
    while (out.bytes < total && out.n < MAX_DOCS) {
        size_t n = 0;
        while (n < size) {
            const doc *d = &s->v[src % s->n];
            size_t take = d->len - off;
            if (take > size - n)
                take = size - n;
            memcpy(buf + n, d->body + off, take);
            n += take;
            off += take;
            if (off >= d->len) {
                src++;
                off = 0;
                if (n + 2 <= size) {
                    memcpy(buf + n, "\n\n", 2);
                    n += 2;
                }
            }
        }
        /* do not cut a character or a word in two */
        while (n > 1 && buf[n - 1] != ' ' && buf[n - 1] != '\n')
            n--;
        char id[32];
        snprintf(id, sizeof id, "size-%zu-%zu", size, out.n);
        add_doc(&out, id, buf, n);
    }
    free(buf);
    return out;
}

static void free_docs(docset *s)
{
    for (size_t i = 0; i < s->n; i++) {
        free(s->v[i].id);
        free(s->v[i].body);
    }
    free(s->v);
}

int main(int argc, char **argv)
{
    int passes = 5, reps = 200;
    bool html = false, sizes = false, raw = false;
    size_t max_docs = MAX_DOCS, max_mb = 1 << 20;
    int i = 1;
    for (; i < argc && strncmp(argv[i], "--", 2) == 0; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--passes") == 0 && v) { passes = atoi(v); i++; }
        else if (strcmp(a, "--reps") == 0 && v) { reps = atoi(v); i++; }
        else if (strcmp(a, "--max-docs") == 0 && v) { max_docs = strtoul(v, NULL, 10); i++; }
        else if (strcmp(a, "--max-mb") == 0 && v) { max_mb = strtoul(v, NULL, 10); i++; }
        else if (strcmp(a, "--html") == 0) html = true;
        else if (strcmp(a, "--sizes") == 0) sizes = true;
        else if (strcmp(a, "--raw") == 0) raw = true;
        else { fprintf(stderr, "bench_core: unknown option %s\n", a); return 2; }
    }
    if (i >= argc || passes < 1 || reps < 1) {
        fputs("usage: bench_core [--passes N] [--html] [--max-docs N] [--max-mb N] FILE.jsonl...\n"
              "       bench_core --sizes [--passes N] FILE.jsonl...\n"
              "       bench_core --raw [--passes N] [--reps N] FILE\n", stderr);
        return 2;
    }

    docset set = {0};
    if (raw) {
        FILE *f = fopen(argv[i], "rb");
        if (!f) {
            perror(argv[i]);
            return 2;
        }
        static char buf[1 << 22];
        size_t n = fread(buf, 1, sizeof buf, f);
        fclose(f);
        for (int r = 0; r < reps; r++)
            add_doc(&set, argv[i], buf, n);
    } else {
        for (; i < argc; i++)
            load_jsonl(&set, argv[i], html ? "html" : "text", max_docs, max_mb << 20);
    }
    if (!set.n)
        die("no documents");
    /* words (whitespace-separated), to compare with peers quoted in words/s */
    size_t words = 0;
    for (size_t d = 0; d < set.n; d++)
        for (size_t k = 0; k < set.v[d].len; k++) {
            char c = set.v[d].body[k], prev = k ? set.v[d].body[k - 1] : ' ';
            bool sp = c == ' ' || c == '\n' || c == '\t' || c == '\r';
            bool psp = prev == ' ' || prev == '\n' || prev == '\t' || prev == '\r';
            words += !sp && psp;
        }
    printf("0\twords\t%zu\t%zu\t%zu\n", set.bytes, set.n, words);

    long rss0 = rss_kb();
    double t0 = cpu_now();
    lede_status st;
    char err[512];
    lede_model *m = lede_model_load(NULL, &st, err, sizeof err);
    if (!m) {
        fprintf(stderr, "bench_core: cannot load the model: %s\n", err);
        return 3;
    }
    double load = cpu_now() - t0;
    printf("0\tmodel_load\t0\t1\t%.6f\n", load);
    printf("0\tmodel_rss_kb\t0\t0\t%ld\n", rss_kb() - rss0);

    floor_tab *ft = html || sizes ? NULL : floor_load();
    if (sizes) {
        /* 1 KB .. 4 MB (the server's default body limit), about 4 MB of text at each size */
        for (size_t size = 1024; size <= (4u << 20); size *= 4) {
            docset s = sized(&set, size, (size_t)4 << 20);
            char label[32];
            snprintf(label, sizeof label, "size%zu:", size);
            for (int p = 1; p <= passes; p++)
                run_pass(m, NULL, &s, false, p, label);
            free_docs(&s);
        }
    } else {
        for (int p = 1; p <= passes; p++)
            run_pass(m, ft, &set, html, p, "");
    }
    free(ft);
    lede_model_free(m);
    free_docs(&set);
    return 0;
}
