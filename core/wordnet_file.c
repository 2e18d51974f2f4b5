/*
 * wordnet_file.c - reads Debian's WordNet database files in place: see
 * wordnet_file.h.  A data file's synset offset is its byte offset, so
 * synsets are read where they lie; index files are sorted, so lemmas are
 * found by binary search over recorded line starts.
 * Load-time only.  Owner: entities engineer.
 * Thread-safety: a mapped file is read-only once indexed.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "wordnet_file.h"

bool lede_wn_map(wn_file *f, const char *dir, const char *name)
{
    char path[1200];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct stat st;
    if (fstat(fd, &st) != 0 || st.st_size <= 0) {
        close(fd);
        return false;
    }
    void *p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (p == MAP_FAILED)
        return false;
    f->p = p;
    f->n = (size_t)st.st_size;
    return true;
}

void lede_wn_unmap(wn_file *f)
{
    if (f->p)
        munmap((void *)f->p, f->n);
    f->p = NULL;
    free(f->lines);
    f->lines = NULL;
}

/* Records an index file's line starts; without memory (or for a file too
 * large for 32-bit offsets) lookups bisect bytes as before. */
void lede_wn_index_lines(wn_file *f)
{
    if (f->n > UINT32_MAX)
        return;
    size_t n = 1;
    for (const char *q = f->p, *end = f->p + f->n; (q = memchr(q, '\n', (size_t)(end - q))) != NULL; q++)
        n++;
    f->lines = malloc(n * sizeof *f->lines);
    if (!f->lines)
        return;
    size_t k = 0;
    f->lines[k++] = 0;
    for (const char *q = f->p, *end = f->p + f->n; (q = memchr(q, '\n', (size_t)(end - q))) != NULL; q++)
        if (q + 1 < end)
            f->lines[k++] = (uint32_t)(q + 1 - f->p);
    f->n_lines = k;
}

/* ---- index files ------------------------------------------------------------ */

/* Compares the lemma at the start of line p with key. */
static int lemma_cmp(const char *p, const char *end, const char *key, size_t kn)
{
    size_t i = 0;
    for (; p + i < end && p[i] != ' ' && i < kn; i++)
        if (p[i] != key[i])
            return (unsigned char)p[i] < (unsigned char)key[i] ? -1 : 1;
    bool line_done = p + i >= end || p[i] == ' ';
    if (line_done && i == kn)
        return 0;
    return line_done ? -1 : 1;
}

/* lede_wn_index_find without line starts: bisects bytes, stepping back from
 * each probe to its line's start. */
static const char *wn_index_find_bytes(const wn_file *f, const char *key, size_t kn)
{
    size_t lo = 0, hi = f->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2, s = mid;
        while (s > lo && f->p[s - 1] != '\n')
            s--;
        const char *line = f->p + s, *nl = memchr(line, '\n', f->n - s);
        const char *end = nl ? nl : f->p + f->n;
        int c = line[0] == ' ' ? -1 : lemma_cmp(line, end, key, kn);
        if (c == 0)
            return line;
        if (c < 0)
            lo = (size_t)(end - f->p) + 1;
        else
            hi = s;
    }
    return NULL;
}

/* The index line of a lemma ("united_states"), or NULL.  Index files are
 * sorted by lemma (the license lines, which start with a space, first). */
const char *lede_wn_index_find(const wn_file *f, const char *key, size_t kn)
{
    if (f->lines) {
        size_t lo = 0, hi = f->n_lines;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            const char *line = f->p + f->lines[mid];
            const char *end = mid + 1 < f->n_lines ? f->p + f->lines[mid + 1] - 1
                              : f->n && f->p[f->n - 1] == '\n' ? f->p + f->n - 1
                                                                : f->p + f->n;
            int c = line == end || line[0] == ' ' ? -1 : lemma_cmp(line, end, key, kn);
            if (c == 0)
                return line;
            if (c < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        return NULL;
    }
    return wn_index_find_bytes(f, key, kn);
}

static const char *skip_field(const char *p, const char *end)
{
    while (p < end && *p != ' ')
        p++;
    while (p < end && *p == ' ')
        p++;
    return p;
}

static long num(const char *p, const char *end, int base)
{
    long v = 0;
    for (; p < end && *p != ' ' && *p != '\n'; p++) {
        int d = (*p >= '0' && *p <= '9') ? *p - '0' : (*p >= 'a' && *p <= 'f') ? *p - 'a' + 10 : -1;
        if (d < 0 || d >= base)
            break;
        v = v * base + d;
    }
    return v;
}

/* Synset offsets of an index line; returns their count. */
size_t lede_wn_index_senses(const wn_file *f, const char *line, uint32_t *out, size_t cap)
{
    const char *end = memchr(line, '\n', (size_t)(f->p + f->n - line));
    if (!end)
        end = f->p + f->n;
    const char *p = skip_field(line, end);     /* lemma */
    p = skip_field(p, end);                    /* pos */
    long n = num(p, end, 10);
    p = skip_field(p, end);
    long np = num(p, end, 10);
    p = skip_field(p, end);
    for (long i = 0; i < np; i++)
        p = skip_field(p, end);
    p = skip_field(skip_field(p, end), end);   /* sense_cnt, tagsense_cnt */
    size_t k = 0;
    for (long i = 0; i < n && p < end && k < cap; i++) {
        out[k++] = (uint32_t)num(p, end, 10);
        p = skip_field(p, end);
    }
    return k;
}

/* ---- data files ---------------------------------------------------------------- */


bool lede_wn_synset(const wn_file *f, uint32_t off, wn_syn *s)
{
    if (off >= f->n || (off && f->p[off - 1] != '\n'))
        return false;
    const char *p = f->p + off, *end = memchr(p, '\n', f->n - off);
    if (!end)
        end = f->p + f->n;
    s->end = end;
    p = skip_field(p, end);
    s->lexfile = (int)num(p, end, 10);
    p = skip_field(skip_field(p, end), end);   /* lex_filenum, ss_type */
    s->w_cnt = (int)num(p, end, 16);
    p = skip_field(p, end);
    s->words = p;
    for (int i = 0; i < s->w_cnt; i++)
        p = skip_field(skip_field(p, end), end);
    s->p_cnt = (int)num(p, end, 10);
    s->ptrs = skip_field(p, end);
    return true;
}

/* Word i of a synset, without an adjective marker like "(a)". */
size_t lede_wn_word(const wn_syn *s, int i, const char **w)
{
    const char *p = s->words;
    for (int k = 0; k < i; k++)
        p = skip_field(skip_field(p, s->end), s->end);
    const char *e = p;
    while (e < s->end && *e != ' ' && *e != '(')
        e++;
    *w = p;
    return (size_t)(e - p);
}


const char *lede_wn_next_ptr(const wn_syn *s, const char *p, wn_ptr *out)
{
    size_t k = 0;
    while (p < s->end && *p != ' ' && k < 2)
        out->sym[k++] = *p++;
    out->sym[k] = '\0';
    p = skip_field(p, s->end);
    out->off = (uint32_t)num(p, s->end, 10);
    p = skip_field(p, s->end);
    out->pos = *p;
    p = skip_field(skip_field(p, s->end), s->end);
    return p;
}

bool lede_wn_has_ptr(const wn_file *f, uint32_t off, const char *sym, uint32_t target)
{
    wn_syn s;
    if (!lede_wn_synset(f, off, &s))
        return false;
    const char *p = s.ptrs;
    for (int i = 0; i < s.p_cnt; i++) {
        wn_ptr q;
        p = lede_wn_next_ptr(&s, p, &q);
        if (strcmp(q.sym, sym) == 0 && q.off == target)
            return true;
    }
    return false;
}

bool lede_wn_hyponyms(const wn_file *noun, const uint32_t *roots, size_t n_roots, size_t cap, lede_wn_visit visit,
                      void *ctx)
{
    uint32_t *queue = malloc(cap * sizeof *queue);
    uint32_t *seen = calloc(cap * 2, sizeof *seen); /* open addressing, offset + 1, 0 = empty */
    if (!queue || !seen) {
        free(queue);
        free(seen);
        return false;
    }
    size_t head = 0, tail = 0;
    for (size_t i = 0; i < n_roots && tail < cap; i++)
        queue[tail++] = roots[i];
    while (head < tail) {
        uint32_t off = queue[head++];
        wn_syn s;
        if (!lede_wn_synset(noun, off, &s))
            continue;
        visit(ctx, off, &s, head <= n_roots);
        const char *p = s.ptrs;
        for (int j = 0; j < s.p_cnt; j++) {
            wn_ptr q;
            p = lede_wn_next_ptr(&s, p, &q);
            if ((strcmp(q.sym, "~") != 0 && strcmp(q.sym, "~i") != 0) || q.pos != 'n' || tail == cap)
                continue;
            size_t h = (q.off * 2654435761u) & (cap * 2 - 1);
            while (seen[h] && seen[h] != q.off + 1)
                h = (h + 1) & (cap * 2 - 1);
            if (seen[h])
                continue;
            seen[h] = q.off + 1;
            queue[tail++] = q.off;
        }
    }
    free(queue);
    free(seen);
    return true;
}
