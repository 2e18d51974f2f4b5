/*
 * lede - command-line front end of the core library.
 *   lede analyze [FILE|-]   one document -> the API's JSON
 *   lede batch              JSON Lines in -> one result per line, in order
 *   lede batch --format eval  the corpora prediction format (score.py)
 * Single-threaded unless --jobs is given; each job owns a workspace, the
 * model is shared read-only.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lede/lede.h"
#include "batch.h"

static void usage(FILE *f)
{
    fputs("usage: lede analyze [options] [FILE|-]\n"
          "       lede batch [options] < docs.jsonl > results.jsonl\n"
          "options:\n"
          "  --data-dir DIR        model and lexicons (default: LEDE_DATA_DIR or the bundled data)\n"
          "  --format api|eval     output format (default api; eval = corpora prediction format)\n"
          "  --input text|html|xml|json   how to read FILE for analyze (default: by extension, else text)\n"
          "  --offsets codepoint|utf8|utf16\n"
          "  --published-at DATE   ISO 8601 publication date for relative times\n"
          "  --title TITLE\n"
          "  --jobs N              batch: analyse with N threads (output order is kept)\n"
          "  --max-line BYTES      batch: longest accepted input line (default 64 MiB)\n"
          "  --version             print the version\n"
          "  -h, --help            this text\n"
          "\n"
          "batch reads one JSON object per line, as POST /v1/analyze takes it (\"text\" or \"html\",\n"
          "\"id\", \"title\", \"published_at\", \"features\", \"offsets\"); a bad line gets an \"error\" line.\n"
          "exit status: 0 done, 1 analysis failed (analyze) or output failed, 2 usage or input error,\n"
          "3 model not loaded or out of memory\n"
          "\n"
          "examples:\n"
          "  lede analyze story.txt --published-at 2021-02-04     one article, plain text\n"
          "  curl -s https://example.org/story | lede analyze --input html -\n"
          "  lede batch --jobs 4 < archive.jsonl > results.jsonl   an archive, in input order\n"
          "  lede batch --format eval < dev.jsonl > pred.jsonl      predictions for score.py\n"
          "see also: man lede, lede-server --help\n",
          f);
}

static char *read_all(FILE *f, size_t *len, size_t max)
{
    size_t cap = 1 << 16, n = 0;
    char *p = malloc(cap);
    if (!p)
        return NULL;
    for (;;) {
        if (n == cap) {
            if (cap >= max) {
                free(p);
                errno = EFBIG;
                return NULL;
            }
            cap *= 2;
            char *q = realloc(p, cap);
            if (!q) {
                free(p);
                return NULL;
            }
            p = q;
        }
        size_t k = fread(p + n, 1, cap - n, f);
        n += k;
        if (k == 0)
            break;
    }
    *len = n;
    return p;
}

static lede_input input_by_name(const char *path)
{
    const char *dot = path ? strrchr(path, '.') : NULL;
    if (dot && (strcmp(dot, ".html") == 0 || strcmp(dot, ".htm") == 0))
        return LEDE_INPUT_HTML;
    if (dot && strcmp(dot, ".xml") == 0)
        return LEDE_INPUT_XML;
    return LEDE_INPUT_TEXT;
}

static int analyze_cmd(lede_model *m, const cli_opts *o, const char *path)
{
    FILE *f = (!path || strcmp(path, "-") == 0) ? stdin : fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "lede: cannot open %s: %s\n", path, strerror(errno));
        return 2;
    }
    size_t len;
    char *body = read_all(f, &len, (size_t)1 << 30);
    if (f != stdin)
        fclose(f);
    if (!body) {
        fprintf(stderr, "lede: cannot read input: %s\n", strerror(errno));
        return 2;
    }
    lede_limits lim = lede_limits_default();
    lede_workspace *ws = lede_workspace_new(m, &lim);
    lede_request req;
    lede_status st = LEDE_OK;
    if (o->input_json) {
        st = lede_request_from_json(ws, body, len, 0, &req);
    } else {
        lede_request_init(&req);
        req.body = (lede_str){body, len};
        req.input = o->input_set ? o->input : input_by_name(path);
    }
    if (st == LEDE_OK) {
        if (o->offsets_set)
            req.offsets = o->offsets;
        if (o->published_at)
            req.published_at = (lede_str){o->published_at, strlen(o->published_at)};
        if (o->title)
            req.title = (lede_str){o->title, strlen(o->title)};
        if (!req.id.n && path && strcmp(path, "-") != 0)
            req.id = (lede_str){path, strlen(path)};
    }
    const lede_result *res;
    const char *json;
    size_t jlen;
    if (st == LEDE_OK)
        st = lede_analyze(ws, &req, &res);
    if (st == LEDE_OK)
        st = lede_render(ws, res, o->format, &json, &jlen);
    int rc = 0;
    if (st == LEDE_OK) {
        fwrite(json, 1, jlen, stdout);
        fputc('\n', stdout);
    } else {
        fprintf(stderr, "lede: %s (%s): %s\n", lede_status_title(st), lede_status_code(st),
                lede_workspace_error(ws));
        rc = 1;
    }
    lede_workspace_free(ws);
    free(body);
    return rc;
}

static int parse_opts(int argc, char **argv, int *i, cli_opts *o)
{
    for (; *i < argc; (*i)++) {
        const char *a = argv[*i];
        const char *v = *i + 1 < argc ? argv[*i + 1] : NULL;
#define NEED_VALUE() do { if (!v) { fprintf(stderr, "lede: %s needs a value\n", a); return -1; } (*i)++; } while (0)
        if (strcmp(a, "--data-dir") == 0) { NEED_VALUE(); o->data_dir = v; }
        else if (strcmp(a, "--format") == 0) {
            NEED_VALUE();
            if (strcmp(v, "eval") == 0) o->format = LEDE_FORMAT_EVAL;
            else if (strcmp(v, "api") == 0) o->format = LEDE_FORMAT_API;
            else { fprintf(stderr, "lede: --format is api or eval\n"); return -1; }
        } else if (strcmp(a, "--input") == 0) {
            NEED_VALUE();
            o->input_set = 1;
            if (strcmp(v, "text") == 0) o->input = LEDE_INPUT_TEXT;
            else if (strcmp(v, "html") == 0) o->input = LEDE_INPUT_HTML;
            else if (strcmp(v, "xml") == 0) o->input = LEDE_INPUT_XML;
            else if (strcmp(v, "json") == 0) o->input_json = 1;
            else { fprintf(stderr, "lede: --input is text, html, xml or json\n"); return -1; }
        } else if (strcmp(a, "--offsets") == 0) {
            NEED_VALUE();
            o->offsets_set = 1;
            if (strcmp(v, "codepoint") == 0) o->offsets = LEDE_OFFSETS_CODEPOINT;
            else if (strcmp(v, "utf8") == 0) o->offsets = LEDE_OFFSETS_UTF8;
            else if (strcmp(v, "utf16") == 0) o->offsets = LEDE_OFFSETS_UTF16;
            else { fprintf(stderr, "lede: --offsets is codepoint, utf8 or utf16\n"); return -1; }
        } else if (strcmp(a, "--published-at") == 0) { NEED_VALUE(); o->published_at = v; }
        else if (strcmp(a, "--title") == 0) { NEED_VALUE(); o->title = v; }
        else if (strcmp(a, "--jobs") == 0) { NEED_VALUE(); o->jobs = atoi(v); if (o->jobs < 1 || o->jobs > 256) { fprintf(stderr, "lede: --jobs is 1..256\n"); return -1; } }
        else if (strcmp(a, "--max-line") == 0) { NEED_VALUE(); o->max_line = strtoull(v, NULL, 10); if (o->max_line < 1024) { fprintf(stderr, "lede: --max-line is at least 1024\n"); return -1; } }
        else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) { usage(stdout); exit(0); }
        else if (a[0] == '-' && a[1] == '-') { fprintf(stderr, "lede: unknown option %s\n", a); return -1; }
        else break;
#undef NEED_VALUE
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0) {
        usage(stdout);
        return 0;
    }
    if (strcmp(cmd, "--version") == 0) {
        printf("lede %s\n", LEDE_VERSION);
        return 0;
    }
    cli_opts o = {.format = LEDE_FORMAT_API, .jobs = 1, .max_line = (size_t)64 << 20};
    /* options may come before or after the one FILE argument */
    const char *path = NULL;
    for (int i = 2; i < argc;) {
        if (parse_opts(argc, argv, &i, &o) != 0)
            return 2;
        if (i >= argc)
            break;
        if (path) {
            fprintf(stderr, "lede: unexpected argument %s\n", argv[i]);
            return 2;
        }
        path = argv[i++];
    }
    if (strcmp(cmd, "analyze") != 0 && strcmp(cmd, "batch") != 0) {
        usage(stderr);
        return 2;
    }
    lede_status st;
    char err[512];
    lede_model *m = lede_model_load(o.data_dir, &st, err, sizeof err);
    if (!m) {
        fprintf(stderr, "lede: cannot load the model: %s\n", err);
        return 3;
    }
    int rc = strcmp(cmd, "analyze") == 0 ? analyze_cmd(m, &o, path) : lede_cli_batch(m, &o, path);
    lede_model_free(m);
    return rc;
}
