/*
 * salience.c - how central each entity is to the story, in [0, 1]: a score
 * from mention count (log), presence in the headline (title paragraph,
 * headline-flagged tokens or the request title), presence in the lead
 * (first body paragraph), how early it first appears, and, once the quotes
 * and events stages have run, being a quoted speaker or an event
 * participant; dates and numbers count for less.  Scores are divided by the
 * document's highest so the top entity has 1.  Reentrant; writes only
 * entity.salience.  Owner: entities engineer.
 */
#include <math.h>
#include <string.h>

#include "resolve.h"
#include "utf8.h"

/* Weights of the salience features (tuned by eye on news; see header). */
#define SAL_W_COUNT 1.0f
#define SAL_W_TITLE 1.5f
#define SAL_W_LEAD 1.0f
#define SAL_W_EARLY 1.0f
#define SAL_W_SPEAKER 0.75f
#define SAL_W_PARTICIPANT 0.5f
#define SAL_VALUE_FACTOR 0.3f
/* Longest entity name searched for in the request title, in bytes. */
#define SAL_NAME_CAP 256

/* The request title folded once per document (title_has), not once per
 * entity: a title is up to 512 bytes and a story has dozens of entities. */
typedef struct sal_title {
    bool done;
    size_t n;
    char t[1024];
} sal_title;

/* lede_fold of a name of at most cap bytes: an ASCII one (most) is its
 * lower case, as lede_fold makes it, without the per-character decoding. */
static size_t fold_name(const char *s, size_t n, char *out, size_t cap)
{
    for (size_t k = 0; k < n; k++) {
        unsigned char c = (unsigned char)s[k];
        if (c >= 0x80)
            return lede_fold(s, n, out, cap);
        out[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return n;
}

/* Case- and accent-insensitive: does the title contain the name? */
static bool title_has(const lede_doc *d, sal_title *ft, const lede_str *name)
{
    if (!d->title.n || !name->n || name->n > SAL_NAME_CAP)
        return false;
    if (!ft->done) {
        ft->n = lede_fold(d->title.p, d->title.n < 512 ? d->title.n : 512, ft->t, sizeof ft->t);
        ft->done = true;
    }
    const char *t = ft->t;
    size_t tn = ft->n;
    char n[SAL_NAME_CAP * 2];
    size_t nn = fold_name(name->p, name->n, n, sizeof n); /* name->n <= SAL_NAME_CAP < sizeof n */
    if (!nn || nn > tn)
        return false;
    for (size_t i = 0; i + nn <= tn; i++)
        if (t[i] == n[0] && memcmp(t + i, n, nn) == 0) /* the first byte turns most places away */
            return true;
    return false;
}

/* Per-entity features, gathered in one pass over mentions, quotes and
 * participants (arena memory). */
typedef struct sal_feat {
    uint32_t count, first_sent;
    uint8_t title, lead, speaker, participant;
} sal_feat;

void lede_entities_salience(lede_workspace *ws)
{
    lede_doc *d = &ws->doc;
    size_t ne = d->entities.n;
    if (!ne)
        return;
    sal_feat *f = lede_arena_alloc(&ws->arena, ne * sizeof *f);
    if (!f) {
        for (size_t e = 0; e < ne; e++)
            d->entities.v[e].salience = 0.0f;
        return;
    }
    memset(f, 0, ne * sizeof *f);
    for (size_t e = 0; e < ne; e++)
        f[e].first_sent = UINT32_MAX;
    size_t lead_para = d->paras.n;
    for (size_t p = 0; p < d->paras.n && lead_para == d->paras.n; p++)
        if (d->paras.v[p].kind == LEDE_PARA_BODY)
            lead_para = p;
    /* the document's arrays in locals: the byte stores to f[] may alias
     * anything, so gcc would reload them for every mention */
    const lede_mention *mv = d->mentions.v;
    const lede_token *tv = d->toks.v;
    const lede_sentence *sv = d->sents.v;
    const lede_paragraph *pv = d->paras.v;
    size_t nm = d->mentions.n, nt = d->toks.n, np = d->paras.n;
    for (size_t i = 0; i < nm; i++) {
        const lede_mention *m = &mv[i];
        if (m->entity < 0 || (size_t)m->entity >= ne || m->tok_begin >= nt)
            continue;
        sal_feat *x = &f[m->entity];
        const lede_token *t = &tv[m->tok_begin];
        uint32_t para = sv[t->sent].para;
        x->count++;
        if (t->sent < x->first_sent)
            x->first_sent = t->sent;
        if ((para < np && pv[para].kind == LEDE_PARA_TITLE) || (para == 0 && (t->flags & LEDE_TF_HEADLINE)))
            x->title = 1;
        if (para == lead_para)
            x->lead = 1;
    }
    for (size_t q = 0; q < d->quotes.n; q++)
        if (d->quotes.v[q].speaker_entity >= 0 && (size_t)d->quotes.v[q].speaker_entity < ne)
            f[d->quotes.v[q].speaker_entity].speaker = 1;
    for (size_t p = 0; p < d->participants.n; p++)
        if (d->participants.v[p].present && d->participants.v[p].entity >= 0 &&
            (size_t)d->participants.v[p].entity < ne)
            f[d->participants.v[p].entity].participant = 1;
    float nsent = d->sents.n ? (float)d->sents.n : 1.0f;
    sal_title ft;
    ft.done = false;
    float best = 0;
    for (size_t e = 0; e < ne; e++) {
        lede_entity *en = &d->entities.v[e];
        const sal_feat *x = &f[e];
        bool title = x->title || title_has(d, &ft, &en->name);
        float early = x->first_sent == UINT32_MAX ? 0.0f : 1.0f - (float)x->first_sent / nsent;
        float s = SAL_W_COUNT * lede_rs_count_log2(x->count) + SAL_W_TITLE * title + SAL_W_LEAD * x->lead +
                  SAL_W_EARLY * early + SAL_W_SPEAKER * x->speaker + SAL_W_PARTICIPANT * x->participant;
        if (en->type >= LEDE_ET_DATE)
            s *= SAL_VALUE_FACTOR;
        en->salience = s;
        if (s > best)
            best = s;
    }
    for (size_t e = 0; e < ne; e++) {
        float s = best > 0 ? d->entities.v[e].salience / best : 0.0f;
        d->entities.v[e].salience = lede_rs_round_away(s * 1000.0f) / 1000.0f;
    }
}
