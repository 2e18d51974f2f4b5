/*
 * quote_coref.c - links each quote's speaker to an entity.
 *
 * A named speaker takes the entity of the mention it contains.  A pronoun
 * takes the most recent compatible speaker of an earlier quote when that is
 * close (news paragraphs keep talking about their last speaker), else the
 * nearest compatible entity mention before it.  A description ("the
 * source", "the ministry", "the spokesman") takes an earlier speaker whose
 * phrase has the same head word, else an organisation whose name has it;
 * anonymity travels with the antecedent ("a security source ... the
 * source").  Owned by the quotes stage; reentrant; every look-back is
 * bounded (LEDE_QUOTE_COREF_BACK).
 */
#include <stdlib.h>
#include <string.h>

#include "quotes.h"

enum { BACK_ATTRS = 64, PARA_WINDOW = 3 };

static const lede_token *tok(const lede_doc *d, uint32_t i) { return &d->toks.v[i]; }
static uint32_t para_of(const lede_doc *d, uint32_t i) { return d->sents.v[tok(d, i)->sent].para; }

static int entity_type(const lede_doc *d, int32_t e)
{
    return e >= 0 && (size_t)e < d->entities.n ? d->entities.v[e].type : LEDE_ET_NONE;
}

/* Entity of the name mention that ends the phrase [b, e): its head.  A name
 * earlier in the phrase only modifies it ("Colorado's delegation chairman",
 * "the Trump team"). */
static int32_t mention_entity(const lede_doc *d, uint32_t b, uint32_t e)
{
    if (e <= b)
        return -1;
    int32_t m = tok(d, e - 1)->mention;
    if (m < 0 || (size_t)m >= d->mentions.n)
        return -1;
    const lede_mention *mm = &d->mentions.v[m];
    if (mm->entity < 0 || mm->type >= LEDE_ET_DATE || mm->type == LEDE_ET_NONE)
        return -1;
    return mm->entity;
}

typedef enum { WANT_PERSON, WANT_GROUP, WANT_THING } want_t;

static want_t pronoun_want(const lede_qctx *q, uint32_t i)
{
    if (lede_qw_is(q, i, LEDE_QW_IT))
        return WANT_THING;
    if (lede_qw_is(q, i, LEDE_QW_THEY) || lede_qw_is(q, i, LEDE_QW_WE))
        return WANT_GROUP;
    return WANT_PERSON;
}

static bool compatible(int type, want_t w)
{
    switch (w) {
    case WANT_PERSON: return type == LEDE_ET_PERSON || type == LEDE_ET_NONE;
    case WANT_GROUP: return type == LEDE_ET_ORG || type == LEDE_ET_NORP || type == LEDE_ET_LOC || type == LEDE_ET_NONE;
    case WANT_THING: return type == LEDE_ET_ORG || type == LEDE_ET_LOC || type == LEDE_ET_NONE;
    }
    return false;
}

/* Nearest entity mention of a compatible type before token i. */
static int32_t nearest_mention(const lede_doc *d, uint32_t i, want_t w)
{
    uint32_t stop = i > LEDE_QUOTE_COREF_BACK ? i - LEDE_QUOTE_COREF_BACK : 0;
    for (uint32_t k = i; k-- > stop;) {
        int32_t m = tok(d, k)->mention;
        if (m < 0 || (size_t)m >= d->mentions.n)
            continue;
        const lede_mention *mm = &d->mentions.v[m];
        if (mm->entity < 0 || mm->type >= LEDE_ET_DATE || mm->type == LEDE_ET_NONE)
            continue;
        if (mm->kind == LEDE_MK_PRONOUN)
            continue;
        int t = entity_type(d, mm->entity);
        if (t != LEDE_ET_NONE && compatible(t, w))
            return mm->entity;
    }
    return -1;
}

static bool same_head(const lede_doc *d, uint32_t a, uint32_t b)
{
    const lede_token *x = tok(d, a), *y = tok(d, b);
    const char *p = lede_tok_norm(d, x), *r = lede_tok_norm(d, y);
    size_t n = x->norm_len, m = y->norm_len;
    if (n == m && memcmp(p, r, n) == 0)
        return true;
    /* source / sources */
    if (n + 1 == m && r[m - 1] == 's' && memcmp(p, r, n) == 0)
        return true;
    return m + 1 == n && p[n - 1] == 's' && memcmp(p, r, m) == 0;
}

typedef struct order { uint32_t key; uint32_t idx; } order;
static int cmp_order(const void *a, const void *b)
{
    const order *x = a, *y = b;
    return x->key < y->key ? -1 : x->key > y->key ? 1 : (x->idx < y->idx ? -1 : x->idx > y->idx);
}

void lede_qspeaker_resolve(lede_qctx *q)
{
    const lede_doc *d = q->d;
    if (!q->nattr)
        return;
    order *ord = lede_arena_alloc(&q->ws->arena, q->nattr * sizeof *ord);
    if (!ord)
        return;
    for (size_t i = 0; i < q->nattr; i++) {
        const lede_qattr *a = &q->attr[i];
        uint32_t key = a->sp.te > a->sp.tb ? a->sp.tb : a->has_cue ? a->cue.tb : a->first;
        ord[i] = (order){key, (uint32_t)i};
        q->attr[i].entity = -1;
        q->attr[i].antecedent = -1;
    }
    qsort(ord, q->nattr, sizeof *ord, cmp_order);
    for (size_t oi = 0; oi < q->nattr; oi++) {
        lede_qattr *a = &q->attr[ord[oi].idx];
        lede_speaker *sp = &a->sp;
        if (sp->te <= sp->tb)
            continue;
        a->entity = mention_entity(d, sp->tb, sp->te);
        if (a->entity >= 0 || sp->named)
            continue;
        uint32_t here = para_of(d, sp->tb);
        if (sp->pronoun) {
            if (lede_qw_is(q, sp->tb, LEDE_QW_I) || lede_qw_is(q, sp->tb, LEDE_QW_YOU))
                continue;
            want_t w = pronoun_want(q, sp->tb);
            int32_t ante = -1;
            for (size_t k = oi, seen = 0; k-- > 0 && seen < BACK_ATTRS; seen++) {
                const lede_qattr *b = &q->attr[ord[k].idx];
                if (b->sp.te <= b->sp.tb || para_of(d, b->sp.tb) + PARA_WINDOW < here)
                    break;
                if (b->sp.pronoun && b->antecedent < 0 && b->entity < 0)
                    continue;
                int t = entity_type(d, b->entity);
                bool ok = b->sp.pronoun ? pronoun_want(q, b->sp.tb) == w
                                        : (b->entity >= 0 ? compatible(t, w)
                                                          : (w == WANT_PERSON ? b->sp.named : w != WANT_PERSON));
                if (ok) {
                    ante = (int32_t)ord[k].idx;
                    break;
                }
            }
            int32_t near = nearest_mention(d, sp->tb, w);
            if (ante >= 0) {
                const lede_qattr *b = &q->attr[ante];
                /* a closer mention of another entity wins over an older speaker */
                a->entity = b->entity;
                a->antecedent = ante;
                a->sp.anonymous = b->sp.anonymous;
                if (near >= 0 && near != b->entity && b->sp.tb < d->toks.n) {
                    uint32_t bp = para_of(d, b->sp.tb);
                    if (bp + 1 < here)
                        a->entity = near;
                }
            } else {
                a->entity = near;
            }
            continue;
        }
        /* a description: the source, the ministry, the spokesman */
        uint32_t head = sp->te - 1;
        for (size_t k = oi, seen = 0; k-- > 0 && seen < BACK_ATTRS; seen++) {
            const lede_qattr *b = &q->attr[ord[k].idx];
            if (b->sp.te <= b->sp.tb || b->sp.pronoun)
                continue;
            uint32_t be = b->sp.np_te > b->sp.te ? b->sp.np_te : b->sp.te;
            bool match = false;
            for (uint32_t t = b->sp.tb; t < be && !match; t++)
                match = same_head(d, head, t);
            if (match) {
                a->entity = b->entity;
                a->antecedent = (int32_t)ord[k].idx;
                a->sp.anonymous |= b->sp.anonymous;
                break;
            }
        }
        if (a->antecedent < 0 && lede_qw_is(q, sp->tb, LEDE_QW_THE)) {
            /* "the ministry": an organisation named with that word */
            uint32_t stop = sp->tb > LEDE_QUOTE_COREF_BACK ? sp->tb - LEDE_QUOTE_COREF_BACK : 0;
            for (uint32_t k = sp->tb; k-- > stop;) {
                int32_t m = tok(d, k)->mention;
                if (m < 0 || (size_t)m >= d->mentions.n || d->mentions.v[m].entity < 0)
                    continue;
                if (d->mentions.v[m].type != LEDE_ET_ORG || !same_head(d, head, k))
                    continue;
                a->entity = d->mentions.v[m].entity;
                break;
            }
        }
    }
}
