/*
 * tagger_model.c - loads data/ner.model: maps it read-only, checks the
 * versioned header, every section's bounds and alignment, the checksum,
 * that every open-addressing table has an empty slot (so a lookup always
 * ends) and that every weight index entry names a row of its table, then exposes the sections as lede_tagger, with the dense tables
 * of tagger_fast.c built from them.  Owner: the NER tagger.
 * Thread-safety: the returned tagger is immutable and shared by threads.
 */
#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "stages.h"
#include "tagger.h"
#include "model_mem.h"
#include "tagger_fast.h"

static_assert(sizeof(lede_tg_header) == LEDE_TG_HEADER_SIZE, "header layout");
static_assert(sizeof(lede_tg_wrow) == 18 && sizeof(lede_tg_cslot) == 8 && sizeof(lede_tg_gslot) == 8,
              "slot layout");

uint64_t lede_tg_checksum(const void *p, size_t n)
{
    const unsigned char *s = p;
    uint64_t h = 0xcbf29ce484222325ULL ^ (uint64_t)n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        h = (h ^ w) * 0x100000001b3ULL;
        h ^= h >> 29;
    }
    for (; i < n; i++)
        h = (h ^ s[i]) * 0x100000001b3ULL;
    return lede_tg_mix(h);
}

/* A section [off, off + bytes) inside the file, 64-byte aligned. */
static bool section_ok(const lede_tg_header *h, uint64_t off, uint64_t bytes)
{
    return off >= h->header_size && off % 64 == 0 && bytes <= h->file_size && off <= h->file_size - bytes;
}

static bool has_empty_u32(const void *slots, size_t n, size_t stride)
{
    const unsigned char *p = slots;
    for (size_t i = 0; i < n; i++) {
        uint32_t tag;
        memcpy(&tag, p + i * stride, 4);
        if (tag == 0)
            return true;
    }
    return false;
}

bool lede_tg_open_image(lede_tagger *t, const void *p, size_t n, char *err, size_t errlen)
{
    const lede_tg_header *h = p;
    memset(t, 0, sizeof *t);
    if (n < LEDE_TG_HEADER_SIZE) {
        snprintf(err, errlen, "tagger model is truncated (%zu bytes, the header alone is %u)", n,
                 LEDE_TG_HEADER_SIZE);
        return false;
    }
    if (memcmp(h->magic, LEDE_TG_MAGIC, 8) != 0) {
        snprintf(err, errlen, "not a lede tagger model (bad magic number)");
        return false;
    }
    if (h->version != LEDE_TG_VERSION || h->header_size != LEDE_TG_HEADER_SIZE) {
        snprintf(err, errlen, "tagger model has format version %u; this build reads version %u", h->version,
                 LEDE_TG_VERSION);
        return false;
    }
    if (h->file_size != n) {
        snprintf(err, errlen, "tagger model is truncated or padded (%zu bytes, header says %llu)", n,
                 (unsigned long long)h->file_size);
        return false;
    }
    if (h->n_labels != LEDE_TG_NLAB || h->featset != LEDE_TG_FEATSET) {
        snprintf(err, errlen, "tagger model was trained for feature set %u with %u labels; this build uses %u "
                              "and %u: retrain it with lede-train", h->featset, h->n_labels, LEDE_TG_FEATSET,
                 LEDE_TG_NLAB);
        return false;
    }
    if (lede_tg_checksum((const char *)p + h->header_size, n - h->header_size) != h->checksum) {
        snprintf(err, errlen, "tagger model is corrupt (checksum mismatch)");
        return false;
    }
    bool ok = h->n_tables >= 1 && h->n_tables <= LEDE_TG_TABLES && h->c_bits <= 30 && h->g_bits <= 30 &&
              (h->c_count == 0 || section_ok(h, h->c_off, 8ULL << h->c_bits)) &&
              (h->c_count == 0 || section_ok(h, h->c_paths_off, 8ULL * h->c_paths)) &&
              (h->g_count == 0 || section_ok(h, h->g_off, 8ULL << h->g_bits)) && h->conf_scale >= 0 &&
              h->conf_scale < 1e6f;
    for (uint32_t k = 0; ok && k < h->n_tables; k++) {
        const lede_tg_wtable *w = &h->w[k];
        /* the index, and the rows it may name (row numbers are 16 bits) */
        ok = w->bits >= 4 && w->bits <= 28 && w->rows <= LEDE_TG_MAX_ROWS &&
             section_ok(h, w->off, sizeof(uint32_t) << w->bits) &&
             section_ok(h, w->rows_off, (uint64_t)w->rows * sizeof(lede_tg_wrow)) && w->unit > 0 &&
             w->unit < 1e6f;
    }
    if (!ok) {
        snprintf(err, errlen, "tagger model is corrupt (a section lies outside the file)");
        return false;
    }
    const char *b = p;
    t->h = h;
    t->conf_scale = h->conf_scale;
    t->two_pass = h->n_tables == 2;
    t->lite1 = (h->flags & LEDE_TG_F_LITE1) != 0;
    for (uint32_t k = 0; k < h->n_tables; k++) {
        const lede_tg_wtable *w = &h->w[k];
        lede_tg_weights *tw = &t->w[k];
        tw->idx = (const uint32_t *)(const void *)(b + w->off);
        tw->rows = (const lede_tg_wrow *)(const void *)(b + w->rows_off);
        tw->wmask = (1ULL << w->bits) - 1;
        tw->n_rows = w->rows;
        tw->unit = w->unit;
        /* every entry names a row inside the table; some entry is empty,
         * so every search ends */
        bool empty = false;
        for (uint64_t i = 0; i <= tw->wmask; i++) {
            uint32_t e = tw->idx[i];
            if (e == 0)
                empty = true;
            else if ((e & 0xFFFFu) == 0 || (e >> 16) >= w->rows) {
                snprintf(err, errlen, "tagger model is corrupt (index entry out of range)");
                return false;
            }
        }
        for (uint32_t r = 0; r < w->rows; r++)
            if (tw->rows[r].exp > LEDE_TG_MAX_EXP) {
                snprintf(err, errlen, "tagger model is corrupt (weight exponent out of range)");
                return false;
            }
        ok = ok && empty;
    }
    if (!t->two_pass)
        t->w[1] = t->w[0];
    if (h->c_count) {
        t->tab.cls = (const lede_tg_cslot *)(b + h->c_off);
        t->tab.cls_mask = (1ULL << h->c_bits) - 1;
        t->tab.paths = (const uint64_t *)(b + h->c_paths_off);
        t->tab.n_paths = h->c_paths;
        ok = ok && has_empty_u32(t->tab.cls, t->tab.cls_mask + 1, sizeof(lede_tg_cslot));
    }
    if (h->g_count) {
        t->tab.gaz = (const lede_tg_gslot *)(b + h->g_off);
        t->tab.gaz_mask = (1ULL << h->g_bits) - 1;
        ok = ok && has_empty_u32(t->tab.gaz, t->tab.gaz_mask + 1, sizeof(lede_tg_gslot));
    }
    if (!ok) {
        snprintf(err, errlen, "tagger model is corrupt (a hash table has no free slot)");
        return false;
    }
    return true;
}

lede_tagger *lede_tagger_load(const char *path, char *err, size_t errlen)
{
    char ebuf[128];
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        int e = errno;
        if (strerror_r(e, ebuf, sizeof ebuf) != 0)
            snprintf(ebuf, sizeof ebuf, "error %d", e);
        snprintf(err, errlen, "cannot open the tagger model %s: %s", path, ebuf);
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        snprintf(err, errlen, "tagger model %s is not a regular file", path);
        close(fd);
        return NULL;
    }
    size_t n = (size_t)st.st_size;
    if (n < LEDE_TG_HEADER_SIZE) {
        snprintf(err, errlen, "tagger model %s is truncated (%zu bytes)", path, n);
        close(fd);
        return NULL;
    }
    if (n > LEDE_TG_MODEL_MAX_BYTES) {
        snprintf(err, errlen, "tagger model %s is larger than %zu bytes", path, (size_t)LEDE_TG_MODEL_MAX_BYTES);
        close(fd);
        return NULL;
    }
    lede_tagger *t = calloc(1, sizeof *t);
    if (!t) {
        close(fd);
        snprintf(err, errlen, "out of memory loading the tagger model");
        return NULL;
    }
    /* read, not mapped: the weights are probed at random for every token,
     * and the model's own memory is in 2 MB pages (model_mem.c) where a
     * file mapping's is in 4 KB ones */
    lede_mm mm = {0};
    char *img = lede_mm_alloc(&mm, n);
    size_t got = 0;
    while (img && got < n) {
        ssize_t r = read(fd, img + got, n - got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            break;
        got += (size_t)r;
    }
    close(fd);
    if (!img || got < n) {
        snprintf(err, errlen, img ? "cannot read the tagger model %s" : "out of memory loading the tagger model",
                 path);
        lede_mm_fini(&mm);
        free(t);
        return NULL;
    }
    char why[256];
    bool ok = lede_tg_open_image(t, img, n, why, sizeof why);
    t->mem = mm; /* (lede_tg_open_image zeroes t) */
    if (!ok) {
        snprintf(err, errlen, "%s: %s", path, why);
        lede_tagger_free(t);
        return NULL;
    }
    t->size = n;
    /* dense rows of the features of small codes (tagger_fast.c): a few
     * hundred KB, built once, read-only after, beside the weights */
    t->dense = lede_tg_dense_build(t, &t->mem);
    if (!t->dense && t->tab.n_paths <= LEDE_TG_DENSE_PATHS) {
        snprintf(err, errlen, "out of memory loading the tagger model");
        lede_tagger_free(t);
        return NULL;
    }
    return t;
}

void lede_tagger_free(lede_tagger *t)
{
    if (!t)
        return;
    lede_tg_dense_free(t->dense);
    lede_mm_fini(&t->mem);
    free(t);
}

size_t lede_tagger_features(const lede_tagger *t)
{
    if (!t)
        return 0;
    return t->w[0].n_rows + (t->two_pass ? t->w[1].n_rows : 0);
}
