/*
 * tagger_wcache.c - the tagger's word sums kept across documents.  A
 * word's own sum and the sums it gives its neighbours depend on its text
 * alone (tagger_fast.c), and news repeats its vocabulary from story to
 * story: the per-document cache summed each distinct word of every
 * document again, ~590 instructions a word and role.  This cache keeps
 * them for the next documents of the same workspace, in a fixed table of
 * LEDE_TG_WCACHE_SLOTS entries (4-way sets, a full set replaces round
 * robin).  Exact: an entry holds the int32 sum that summing the keys
 * gives, under the same (raw, word) identity as the per-document cache,
 * and the per-document cache copies it, so evicting an entry never
 * affects a document in progress.  A second table keeps the description
 * of each text (hashes, shape, affixes, word class, gazetteer entry:
 * ~570 instructions in lede_tg_prepare) under the same identity.
 * Owner: the NER tagger.
 * Thread-safety: one cache per workspace, used by that workspace's thread.
 */
#include <stdlib.h>
#include <string.h>

#include "tagger_acc.h"
#include "tagger_fast.h"

/* 32,768 x 128 bytes: 4 MB a workspace.  On bench/profile.sh's sample
 * (400 stories, cold at the start) the first pass saw ~40% of its word
 * sums cached; 16,384 slots kept less than half as much warm for a second
 * pass over the same stories, 65,536 little more than this. */
#define LEDE_TG_WCACHE_SLOTS 32768u
#define WAYS 4u

typedef struct wslot {
    int32_t sum[LEDE_TG_STRIDE];
    uint64_t raw, word;
    uint32_t what;             /* table * 16 + lite * 8 + role + 1, 0 = empty  */
    uint8_t pad[128 - LEDE_TG_STRIDE * 4 - 20];
} wslot;

/* A text's description (lede_tg_tok's text fields): 16,384 x 128 bytes. */
#define LEDE_TG_WCACHE_DESCS 16384u
typedef struct dslot {
    uint64_t raw, word, sshape, pre[4], suf[4], path;
    uint8_t used, flags, capb, freqb, gazmax, hyphen, plain;
    uint8_t pad[128 - 13 * 8 - 7];
} dslot;

struct lede_tg_wcache {
    const lede_tagger *tg;     /* the sums are this model's                  */
    uint64_t checksum;         /* and of this file                             */
    uint32_t next;             /* round-robin victim in a full set             */
    wslot *slot;
    dslot *desc;               /* LEDE_TG_WCACHE_DESCS                         */
    void *mem;
};

lede_tg_wcache *lede_tg_wcache_new(const lede_tagger *tg)
{
    lede_tg_wcache *c = calloc(1, sizeof *c);
    size_t sums = LEDE_TG_WCACHE_SLOTS * sizeof(wslot);
    if (!c || !(c->mem = calloc(1, sums + LEDE_TG_WCACHE_DESCS * sizeof(dslot) + 64))) {
        free(c);
        return NULL;
    }
    c->slot = (wslot *)(((uintptr_t)c->mem + 63) & ~(uintptr_t)63);
    c->desc = (dslot *)(void *)((char *)c->slot + sums);
    c->tg = tg;
    c->checksum = tg->h->checksum;
    return c;
}

void lede_tg_wcache_free(void *p)
{
    lede_tg_wcache *c = p;
    if (!c)
        return;
    free(c->mem);
    free(c);
}

bool lede_tg_wcache_for(const lede_tg_wcache *c, const lede_tagger *tg)
{
    return c && c->tg == tg && c->checksum == tg->h->checksum;
}

static inline wslot *set_of(lede_tg_wcache *c, uint64_t raw, uint64_t word, uint32_t what)
{
    uint64_t h = lede_tg_mix(raw ^ (word * 0x9E3779B97F4A7C15ULL) ^ what);
    return &c->slot[h & (LEDE_TG_WCACHE_SLOTS - WAYS)];
}

bool lede_tg_wcache_get(lede_tg_wcache *c, uint64_t raw, uint64_t word, int p, bool lite, int role, int32_t *out)
{
    uint32_t what = (uint32_t)p * 16 + (lite ? 8u : 0u) + (uint32_t)role + 1;
    wslot *s = set_of(c, raw, word, what);
    for (uint32_t k = 0; k < WAYS; k++)
        if (s[k].what == what && s[k].raw == raw && s[k].word == word) {
            memcpy(out, s[k].sum, sizeof s[k].sum);
            return true;
        }
    return false;
}

void lede_tg_wcache_put(lede_tg_wcache *c, uint64_t raw, uint64_t word, int p, bool lite, int role, const int32_t *sum)
{
    uint32_t what = (uint32_t)p * 16 + (lite ? 8u : 0u) + (uint32_t)role + 1;
    wslot *s = set_of(c, raw, word, what), *v = NULL;
    for (uint32_t k = 0; k < WAYS && !v; k++)
        if (s[k].what == 0)
            v = &s[k];
    if (!v)
        v = &s[c->next++ % WAYS];
    memcpy(v->sum, sum, sizeof v->sum);
    v->raw = raw;
    v->word = word;
    v->what = what;
}

/* ---- descriptions ---------------------------------------------------------------- */

static inline dslot *dset_of(lede_tg_wcache *c, uint64_t raw, uint64_t word)
{
    uint64_t h = lede_tg_mix(raw ^ (word * 0xc4ceb9fe1a85ec53ULL));
    return &c->desc[h & (LEDE_TG_WCACHE_DESCS - WAYS)];
}

bool lede_tg_wcache_desc_get(lede_tg_wcache *c, uint64_t raw, uint64_t word, unsigned flags, lede_tg_tok *k)
{
    dslot *s = dset_of(c, raw, word);
    for (uint32_t w = 0; w < WAYS; w++) {
        const dslot *x = &s[w];
        if (x->used && x->raw == raw && x->word == word && x->flags == flags) {
            k->sshape = x->sshape;
            memcpy(k->pre, x->pre, sizeof k->pre);
            memcpy(k->suf, x->suf, sizeof k->suf);
            k->path = x->path;
            k->capb = x->capb;
            k->freqb = x->freqb;
            k->gazmax = x->gazmax;
            k->plain = x->plain;
            if (x->hyphen)
                k->misc |= LEDE_TG_M_HYPHEN;
            return true;
        }
    }
    return false;
}

void lede_tg_wcache_desc_put(lede_tg_wcache *c, unsigned flags, const lede_tg_tok *k)
{
    dslot *s = dset_of(c, k->raw, k->word), *v = NULL;
    for (uint32_t w = 0; w < WAYS && !v; w++)
        if (!s[w].used)
            v = &s[w];
    if (!v)
        v = &s[c->next++ % WAYS];
    *v = (dslot){.raw = k->raw, .word = k->word, .sshape = k->sshape, .path = k->path, .used = 1,
                 .flags = (uint8_t)flags, .capb = k->capb, .freqb = k->freqb, .gazmax = k->gazmax,
                 .hyphen = (k->misc & LEDE_TG_M_HYPHEN) != 0, .plain = k->plain};
    memcpy(v->pre, k->pre, sizeof v->pre);
    memcpy(v->suf, k->suf, sizeof v->suf);
}
