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

/* Case- and accent-insensitive: does the title contain the name? */
static bool title_has(const lede_doc *d, const lede_str *name)
{
    if (!d->title.n || !name->n || name->n > SAL_NAME_CAP)
        return false;
    char t[1024], n[SAL_NAME_CAP * 2];
    size_t tn = lede_fold(d->title.p, d->title.n < 512 ? d->title.n : 512, t, sizeof t);
    size_t nn = lede_fold(name->p, name->n, n, sizeof n);
    if (!nn || nn > tn)
        return false;
    for (size_t i = 0; i + nn <= tn; i++)
        if (memcmp(t + i, n, nn) == 0)
            return true;
    return false;
}

void lede_entities_salience(lede_workspace *ws)
{
    lede_doc *d = &ws->doc;
    size_t ne = d->entities.n;
    if (!ne)
        return;
    size_t lead_para = d->paras.n;
    for (size_t p = 0; p < d->paras.n && lead_para == d->paras.n; p++)
        if (d->paras.v[p].kind == LEDE_PARA_BODY)
            lead_para = p;
    float nsent = d->sents.n ? (float)d->sents.n : 1.0f;
    float best = 0;
    for (size_t e = 0; e < ne; e++) {
        lede_entity *en = &d->entities.v[e];
        bool title = title_has(d, &en->name), lead = false, speaker = false, participant = false;
        uint32_t first_sent = UINT32_MAX, count = 0;
        for (size_t i = en->first_mention >= 0 ? (size_t)en->first_mention : 0; i < d->mentions.n; i++) {
            const lede_mention *m = &d->mentions.v[i];
            if (m->entity != (int32_t)e || m->tok_begin >= d->toks.n)
                continue;
            count++;
            const lede_token *t = &d->toks.v[m->tok_begin];
            uint32_t para = d->sents.v[t->sent].para;
            if (t->sent < first_sent)
                first_sent = t->sent;
            if ((para < d->paras.n && d->paras.v[para].kind == LEDE_PARA_TITLE) ||
                (para == 0 && (t->flags & LEDE_TF_HEADLINE)))
                title = true;
            if (para == lead_para)
                lead = true;
        }
        for (size_t q = 0; q < d->quotes.n && !speaker; q++)
            speaker = d->quotes.v[q].speaker_entity == (int32_t)e;
        for (size_t p = 0; p < d->participants.n && !participant; p++)
            participant = d->participants.v[p].entity == (int32_t)e && d->participants.v[p].present;
        float early = first_sent == UINT32_MAX ? 0.0f : 1.0f - (float)first_sent / nsent;
        float s = SAL_W_COUNT * log2f(1.0f + (float)count) + SAL_W_TITLE * title + SAL_W_LEAD * lead +
                  SAL_W_EARLY * early + SAL_W_SPEAKER * speaker + SAL_W_PARTICIPANT * participant;
        if (en->type >= LEDE_ET_DATE)
            s *= SAL_VALUE_FACTOR;
        en->salience = s;
        if (s > best)
            best = s;
    }
    for (size_t e = 0; e < ne; e++) {
        float s = best > 0 ? d->entities.v[e].salience / best : 0.0f;
        d->entities.v[e].salience = roundf(s * 1000.0f) / 1000.0f;
    }
}
