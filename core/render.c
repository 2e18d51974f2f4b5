/*
 * render.c - the response of POST /v1/analyze (and `lede analyze`):
 * id, offsets unit, model, title, entities, quotes, events.  Offsets are
 * converted from bytes to the unit the request asked for.  Output goes to
 * ws->out; reentrant.
 */
#include <stdlib.h>
#include <string.h>

#include "json_out.h"
#include "model.h"
#include "render.h"

static const char *subtype_name(int sub)
{
    switch (sub) {
    case LEDE_LOC_COUNTRY: return "country";
    case LEDE_LOC_REGION: return "region";
    case LEDE_LOC_CITY: return "city";
    case LEDE_LOC_OTHER: return "other";
    default: return NULL;
    }
}

static const char *mention_kind(int k)
{
    static const char *const names[] = {"name", "acronym", "pronoun", "nominal", "value"};
    return (unsigned)k < 5 ? names[k] : "name";
}

/* A mention's tail, kind included, for the in-place path (same text as
 * mention_kind's). */
typedef struct lit { const char *s; size_t n; } lit;
#define LIT(s) {s, sizeof(s) - 1}
static lit mention_tail(int k)
{
    static const lit tails[] = {LIT(",\"kind\":\"name\"}"), LIT(",\"kind\":\"acronym\"}"),
                                LIT(",\"kind\":\"pronoun\"}"), LIT(",\"kind\":\"nominal\"}"),
                                LIT(",\"kind\":\"value\"}")};
    return tails[(unsigned)k < 5 ? k : 0];
}
/* Bytes of the longest tail above. */
#define MENTION_TAIL_MAX 20

/* Mentions grouped by entity: order[] lists mention indexes entity by entity,
 * first[e] is where entity e's run starts (counting sort, O(M)). */
static bool group_mentions(lede_workspace *ws, uint32_t **order_out, uint32_t **first_out)
{
    const lede_doc *d = &ws->doc;
    size_t ne = d->entities.n, nm = d->mentions.n;
    uint32_t *first = lede_arena_alloc(&ws->arena, (ne + 1) * sizeof *first);
    uint32_t *order = lede_arena_alloc(&ws->arena, (nm + 1) * sizeof *order);
    uint32_t *fill = lede_arena_alloc(&ws->arena, (ne + 1) * sizeof *fill);
    if (!first || !order || !fill)
        return false;
    memset(first, 0, (ne + 1) * sizeof *first);
    for (size_t i = 0; i < nm; i++) {
        int32_t e = d->mentions.v[i].entity;
        if (e >= 0 && (size_t)e < ne)
            first[e + 1]++;
    }
    for (size_t e = 0; e < ne; e++)
        first[e + 1] += first[e];
    memcpy(fill, first, (ne + 1) * sizeof *fill);
    for (size_t i = 0; i < nm; i++) {
        int32_t e = d->mentions.v[i].entity;
        if (e >= 0 && (size_t)e < ne)
            order[fill[e]++] = (uint32_t)i;
    }
    *order_out = order;
    *first_out = first;
    return true;
}

static const lede_timex *timex_at(const lede_doc *d, uint32_t a, uint32_t z)
{
    for (size_t i = 0; i < d->timexes.n; i++)
        if (d->timexes.v[i].start == a && d->timexes.v[i].end == z)
            return &d->timexes.v[i];
    return NULL;
}

/* An entity's first keys, id to salience, piece by piece. */
static void entity_head_pieces(lede_buf *b, const lede_entity *en, size_t e)
{
    if (e)
        lede_json_putc(b, ',');
    LEDE_JSON_LIT(b, "{\"id\":\"E");
    lede_json_uint(b, e + 1);
    LEDE_JSON_LIT(b, "\",\"type\":");
    lede_json_cstr(b, lede_etype_name((lede_etype)en->type));
    const char *sub = subtype_name(en->subtype);
    if (sub) {
        LEDE_JSON_LIT(b, ",\"subtype\":");
        lede_json_cstr(b, sub);
    }
    LEDE_JSON_LIT(b, ",\"name\":");
    lede_json_str(b, en->name.p ? en->name.p : "", en->name.n);
    LEDE_JSON_LIT(b, ",\"salience\":");
    lede_json_num(b, en->salience);
}

/* The same keys in place (type and subtype names need no escaping); false
 * when they may not fit. */
static bool entity_head(lede_buf *b, const lede_entity *en, size_t e)
{
    const char *type = lede_etype_name((lede_etype)en->type), *sub = subtype_name(en->subtype);
    size_t tn = strlen(type), sn = sub ? strlen(sub) : 0, nn = en->name.n;
    if (nn >= LEDE_JW_TEXT_CAP || (!en->name.p && nn))
        return false;
    char *o = lede_jw_begin(b, 128 + tn + sn + LEDE_JW_STR_MAX(nn));
    if (!o)
        return false;
    if (e)
        *o++ = ',';
    o = LEDE_JW_LIT(o, "{\"id\":\"E");
    o = lede_jw_uint(o, e + 1);
    o = LEDE_JW_LIT(o, "\",\"type\":");
    o = lede_jw_word(o, type, tn);
    if (sub) {
        o = LEDE_JW_LIT(o, ",\"subtype\":");
        o = lede_jw_word(o, sub, sn);
    }
    o = LEDE_JW_LIT(o, ",\"name\":");
    o = lede_jw_str(o, en->name.p ? en->name.p : "", nn);
    o = LEDE_JW_LIT(o, ",\"salience\":");
    lede_jw_end(b, lede_jw_num(o, en->salience));
    return true;
}

static void render_entities(lede_workspace *ws, const lede_offset_map *m, lede_buf *b)
{
    const lede_doc *d = &ws->doc;
    uint32_t *order, *first;
    LEDE_JSON_LIT(b, ",\"entities\":[");
    if (!group_mentions(ws, &order, &first)) {
        b->failed = true;
        return;
    }
    for (size_t e = 0; e < d->entities.n; e++) {
        const lede_entity *en = &d->entities.v[e];
        if (!entity_head(b, en, e))
            entity_head_pieces(b, en, e);
        if (en->id && en->id_scheme) {
            LEDE_JSON_LIT(b, ",\"identifiers\":{");
            lede_json_key(b, en->id_scheme);
            lede_json_cstr(b, en->id);
            lede_json_putc(b, '}');
        }
        if (en->first_mention >= 0 && (size_t)en->first_mention < d->mentions.n &&
            (en->type == LEDE_ET_DATE || en->type == LEDE_ET_TIME)) {
            const lede_mention *fm = &d->mentions.v[en->first_mention];
            const lede_timex *tx = timex_at(d, fm->start, fm->end);
            if (tx) {
                LEDE_JSON_LIT(b, ",\"value\":");
                if (tx->value[0])
                    lede_json_cstr(b, tx->value);
                else
                    LEDE_JSON_LIT(b, "null");
            }
        }
        LEDE_JSON_LIT(b, ",\"mentions\":[");
        for (uint32_t k = first[e]; k < first[e + 1]; k++) {
            const lede_mention *mm = &d->mentions.v[order[k]];
            char *o = lede_jw_span_ok(m, mm->start, mm->end)
                          ? lede_jw_begin(b, 2 + LEDE_JW_SPAN_MAX(mm->end - mm->start) + MENTION_TAIL_MAX)
                          : NULL;
            if (o) {
                if (k > first[e])
                    *o++ = ',';
                *o++ = '{';
                o = lede_jw_span(o, m, mm->start, mm->end);
                lit t = mention_tail(mm->kind);
                lede_jw_end(b, lede_jw_mem(o, t.s, t.n));
                continue;
            }
            if (k > first[e])
                lede_json_putc(b, ',');
            lede_json_putc(b, '{');
            lede_json_span(b, m, mm->start, mm->end, true);
            LEDE_JSON_LIT(b, ",\"kind\":");
            lede_json_cstr(b, mention_kind(mm->kind));
            lede_json_putc(b, '}');
        }
        LEDE_JSON_LIT(b, "]}");
    }
    lede_json_putc(b, ']');
}

/* "entity":"E<n>" or "entity":null; at most ENTITY_REF_MAX bytes. */
#define ENTITY_REF_MAX 40
static void render_entity_ref(lede_jrec *r, int32_t entity)
{
    if (entity < 0) {
        LEDE_JREC_LIT(r, "\"entity\":null");
        return;
    }
    LEDE_JREC_LIT(r, "\"entity\":\"E");
    lede_jrec_uint(r, (uint64_t)entity + 1);
    lede_jrec_putc(r, '"');
}

/* Bound of lede_jrec_str for a NUL-terminated string. */
static size_t cstr_max(const char *s) { return lede_jrec_str_max(strlen(s)); }

/* Quote number nq: fragments [i, j) of d->quotes. */
static void render_quote(lede_buf *b, const lede_offset_map *m, const lede_doc *d, size_t i, size_t j, size_t nq)
{
    static const char *const kinds[] = {"direct", "indirect", "mixed"};
    const lede_quote *q = &d->quotes.v[i], *last = &d->quotes.v[j - 1];
    /* keys, id, kind (escaped), entity reference, confidence: under 320 bytes */
    size_t bound = lede_jrec_add(320, lede_jrec_span_max(m, q->start, last->end));
    if (j - i > 1)
        for (size_t k = i; k < j; k++)
            bound = lede_jrec_add(bound, 4 + lede_jrec_span_max(m, d->quotes.v[k].start, d->quotes.v[k].end));
    if (q->has_cue)
        bound = lede_jrec_add(bound, lede_jrec_span_max(m, q->cue.start, q->cue.end));
    if (q->has_speaker)
        bound = lede_jrec_add(bound, lede_jrec_span_max(m, q->speaker.start, q->speaker.end));
    lede_jrec r = lede_jrec_open(b, bound);
    if (nq > 1)
        lede_jrec_putc(&r, ',');
    LEDE_JREC_LIT(&r, "{\"id\":\"Q");
    lede_jrec_uint(&r, nq);
    LEDE_JREC_LIT(&r, "\",");
    lede_jrec_span(&r, m, q->start, last->end);
    LEDE_JREC_LIT(&r, ",\"kind\":");
    const char *kind = kinds[q->kind < 3 ? q->kind : 0];
    lede_jrec_str(&r, kind, strlen(kind));
    if (j - i > 1) {
        LEDE_JREC_LIT(&r, ",\"fragments\":[");
        for (size_t k = i; k < j; k++) {
            if (k > i)
                lede_jrec_putc(&r, ',');
            lede_jrec_putc(&r, '{');
            lede_jrec_span(&r, m, d->quotes.v[k].start, d->quotes.v[k].end);
            lede_jrec_putc(&r, '}');
        }
        lede_jrec_putc(&r, ']');
    }
    LEDE_JREC_LIT(&r, ",\"cue\":");
    if (q->has_cue) {
        lede_jrec_putc(&r, '{');
        lede_jrec_span(&r, m, q->cue.start, q->cue.end);
        lede_jrec_putc(&r, '}');
    } else {
        LEDE_JREC_LIT(&r, "null");
    }
    LEDE_JREC_LIT(&r, ",\"speaker\":");
    if (q->has_speaker || q->anonymous) {
        lede_jrec_putc(&r, '{');
        render_entity_ref(&r, q->speaker_entity);
        if (q->has_speaker) {
            lede_jrec_putc(&r, ',');
            lede_jrec_span(&r, m, q->speaker.start, q->speaker.end);
        }
        if (q->anonymous)
            LEDE_JREC_LIT(&r, ",\"anonymous\":true}");
        else
            LEDE_JREC_LIT(&r, ",\"anonymous\":false}");
    } else {
        LEDE_JREC_LIT(&r, "null");
    }
    LEDE_JREC_LIT(&r, ",\"confidence\":");
    lede_jrec_num(&r, q->confidence);
    lede_jrec_putc(&r, '}');
    lede_jrec_close(&r);
}

static void render_quotes(lede_workspace *ws, const lede_offset_map *m, lede_buf *b)
{
    const lede_doc *d = &ws->doc;
    LEDE_JSON_LIT(b, ",\"quotes\":[");
    size_t nq = 0;
    for (size_t i = 0; i < d->quotes.n;) {
        /* fragments of one quote are adjacent and share a group */
        size_t j = i + 1;
        while (j < d->quotes.n && d->quotes.v[j].group == d->quotes.v[i].group)
            j++;
        render_quote(b, m, d, i, j, ++nq);
        i = j;
    }
    lede_json_putc(b, ']');
}

/* True when participant k of ev repeats an earlier one (same entity, or same
 * text when unresolved).  Events have few participants: quadratic is fine. */
static bool participant_seen(const lede_doc *d, const lede_event *ev, uint32_t k)
{
    const lede_participant *p = &d->participants.v[ev->part_begin + k];
    for (uint32_t q = 0; q < k; q++) {
        const lede_participant *o = &d->participants.v[ev->part_begin + q];
        if (p->entity >= 0 ? o->entity == p->entity
                           : (o->entity < 0 && o->span.end - o->span.start == p->span.end - p->span.start &&
                              memcmp(d->text + o->span.start, d->text + p->span.start,
                                     p->span.end - p->span.start) == 0))
            return true;
    }
    return false;
}

/* An event's mentions are contiguous from first_mention (events.c): where
 * they end. */
static size_t event_mentions_end(const lede_doc *d, const lede_event *ev, size_t e)
{
    size_t k = ev->first_mention >= 0 ? (size_t)ev->first_mention : d->event_mentions.n;
    while (k < d->event_mentions.n && d->event_mentions.v[k].event == (int32_t)e)
        k++;
    return k;
}

static size_t event_bound(const lede_doc *d, const lede_offset_map *m, const lede_event *ev, size_t mb, size_t me)
{
    /* keys, id, nulls, entity reference: under 256 bytes */
    size_t bound = lede_jrec_add(256, cstr_max(ev->type ? ev->type : "Unspecified"));
    for (size_t k = mb; k < me; k++) {
        const lede_event_mention *em = &d->event_mentions.v[k];
        size_t span = lede_jrec_span_max(m, em->trigger.start, em->trigger.end);
        bound = lede_jrec_add(bound, lede_jrec_add(k == mb ? 32 + span : 4, span));
    }
    if (ev->timex >= 0 && (size_t)ev->timex < d->timexes.n) {
        const lede_timex *tx = &d->timexes.v[ev->timex];
        bound = lede_jrec_add(bound, lede_jrec_span_max(m, tx->start, tx->end));
        bound = lede_jrec_add(bound, 16 + cstr_max(tx->value));
    }
    bound = lede_jrec_add(bound, lede_jrec_span_max(m, ev->place_span.start, ev->place_span.end));
    for (uint32_t k = 0; k < ev->part_n; k++) {
        const lede_participant *p = &d->participants.v[ev->part_begin + k];
        bound = lede_jrec_add(bound, 64 + ENTITY_REF_MAX + cstr_max(p->role ? p->role : "Participant"));
        bound = lede_jrec_add(bound, lede_jrec_span_max(m, p->span.start, p->span.end));
    }
    return bound;
}

static void render_event(lede_buf *b, const lede_offset_map *m, const lede_doc *d, size_t e)
{
    const lede_event *ev = &d->events.v[e];
    size_t mb = ev->first_mention >= 0 ? (size_t)ev->first_mention : d->event_mentions.n;
    size_t me = event_mentions_end(d, ev, e);
    lede_jrec r = lede_jrec_open(b, event_bound(d, m, ev, mb, me));
    if (e)
        lede_jrec_putc(&r, ',');
    LEDE_JREC_LIT(&r, "{\"id\":\"V");
    lede_jrec_uint(&r, e + 1);
    LEDE_JREC_LIT(&r, "\",\"type\":");
    const char *type = ev->type ? ev->type : "Unspecified";
    lede_jrec_str(&r, type, strlen(type));
    for (size_t k = mb; k < me; k++) {
        const lede_event_mention *em = &d->event_mentions.v[k];
        if (k == mb) {
            LEDE_JREC_LIT(&r, ",\"trigger\":{");
            lede_jrec_span(&r, m, em->trigger.start, em->trigger.end);
            LEDE_JREC_LIT(&r, "},\"mentions\":[");
        } else {
            lede_jrec_putc(&r, ',');
        }
        lede_jrec_putc(&r, '{');
        lede_jrec_span(&r, m, em->trigger.start, em->trigger.end);
        lede_jrec_putc(&r, '}');
    }
    if (mb == me)
        LEDE_JREC_LIT(&r, ",\"trigger\":null,\"mentions\":[");
    LEDE_JREC_LIT(&r, "],\"time\":");
    if (ev->timex >= 0 && (size_t)ev->timex < d->timexes.n) {
        const lede_timex *tx = &d->timexes.v[ev->timex];
        lede_jrec_putc(&r, '{');
        lede_jrec_span(&r, m, tx->start, tx->end);
        LEDE_JREC_LIT(&r, ",\"value\":");
        if (tx->value[0])
            lede_jrec_str(&r, tx->value, strlen(tx->value));
        else
            LEDE_JREC_LIT(&r, "null");
        lede_jrec_putc(&r, '}');
    } else {
        LEDE_JREC_LIT(&r, "null");
    }
    LEDE_JREC_LIT(&r, ",\"location\":");
    if (ev->place >= 0 || ev->place_span.end > ev->place_span.start) {
        lede_jrec_putc(&r, '{');
        render_entity_ref(&r, ev->place);
        lede_jrec_putc(&r, ',');
        lede_jrec_span(&r, m, ev->place_span.start, ev->place_span.end);
        lede_jrec_putc(&r, '}');
    } else {
        LEDE_JREC_LIT(&r, "null");
    }
    LEDE_JREC_LIT(&r, ",\"participants\":[");
    bool firstp = true;
    for (uint32_t k = 0; k < ev->part_n; k++) {
        const lede_participant *p = &d->participants.v[ev->part_begin + k];
        if (participant_seen(d, ev, k))
            continue; /* the same entity from another mention of the event */
        if (!firstp)
            lede_jrec_putc(&r, ',');
        firstp = false;
        lede_jrec_putc(&r, '{');
        render_entity_ref(&r, p->entity);
        LEDE_JREC_LIT(&r, ",\"role\":");
        const char *role = p->role ? p->role : "Participant";
        lede_jrec_str(&r, role, strlen(role));
        if (p->present)
            LEDE_JREC_LIT(&r, ",\"present\":true,");
        else
            LEDE_JREC_LIT(&r, ",\"present\":false,");
        lede_jrec_span(&r, m, p->span.start, p->span.end);
        lede_jrec_putc(&r, '}');
    }
    LEDE_JREC_LIT(&r, "]}");
    lede_jrec_close(&r);
}

static void render_events(lede_workspace *ws, const lede_offset_map *m, lede_buf *b)
{
    const lede_doc *d = &ws->doc;
    LEDE_JSON_LIT(b, ",\"events\":[");
    for (size_t e = 0; e < d->events.n; e++)
        render_event(b, m, d, e);
    lede_json_putc(b, ']');
}

static void render_api(lede_workspace *ws, const lede_result *r, const lede_offset_map *m)
{
    const lede_doc *d = r->doc;
    lede_buf *b = &ws->out;
    LEDE_JSON_LIT(b, "{\"id\":");
    if (r->req->id.n)
        lede_json_str(b, r->req->id.p, r->req->id.n);
    else
        LEDE_JSON_LIT(b, "null");
    LEDE_JSON_LIT(b, ",\"offsets\":");
    lede_json_cstr(b, lede_offsets_name(r->req->offsets));
    LEDE_JSON_LIT(b, ",\"model\":{\"name\":");
    lede_json_cstr(b, ws->model ? lede_model_name(ws->model) : "none");
    LEDE_JSON_LIT(b, ",\"version\":");
    lede_json_cstr(b, ws->model ? lede_model_version(ws->model) : LEDE_VERSION);
    LEDE_JSON_LIT(b, "},\"title\":");
    if (d->title.n)
        lede_json_str(b, d->title.p, d->title.n);
    else
        LEDE_JSON_LIT(b, "null");
    LEDE_JSON_LIT(b, ",\"published_at\":");
    if (d->published_at.n)
        lede_json_str(b, d->published_at.p, d->published_at.n);
    else
        LEDE_JSON_LIT(b, "null");
    if (d->byline.n) {
        LEDE_JSON_LIT(b, ",\"byline\":");
        lede_json_str(b, d->byline.p, d->byline.n);
    }
    if (!d->text_is_input) {
        LEDE_JSON_LIT(b, ",\"text\":");
        lede_json_str(b, d->text, d->len);
    }
    if (r->features & LEDE_FEATURE_ENTITIES)
        render_entities(ws, m, b);
    if (r->features & LEDE_FEATURE_QUOTES)
        render_quotes(ws, m, b);
    if (r->features & LEDE_FEATURE_EVENTS)
        render_events(ws, m, b);
    lede_json_putc(b, '}');
}

lede_status lede_render(lede_workspace *ws, const lede_result *r, lede_format fmt, const char **json,
                        size_t *len)
{
    if (!r || !r->doc)
        return lede_fail(ws, LEDE_ERR_INTERNAL, "nothing to render");
    ws->out.n = 0;
    ws->out.failed = false;
    lede_offset_map m;
    lede_offsets unit = fmt == LEDE_FORMAT_EVAL ? LEDE_OFFSETS_CODEPOINT : r->req->offsets;
    if (!lede_offset_map_init(&m, ws, r->doc->text, r->doc->len, unit))
        return lede_fail(ws, LEDE_ERR_NOMEM, "out of memory rendering offsets");
    if (fmt == LEDE_FORMAT_EVAL)
        lede_render_eval(ws, r, &m);
    else
        render_api(ws, r, &m);
    if (ws->out.failed)
        return lede_fail(ws, LEDE_ERR_DOC_LIMIT, "the response is larger than the %zu byte output limit",
                         ws->out.max);
    *json = ws->out.p;
    *len = ws->out.n;
    return LEDE_OK;
}
