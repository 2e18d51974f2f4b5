/*
 * render_eval.c - the prediction format of the evaluation corpora
 * (../shared/corpora/FORMAT.md): coarse entity types (numbers and dates left
 * out), quotes one record per fragment with speaker and cue spans, events one
 * record per mention with participants, timexes, and the extracted text for
 * HTML/XML input.  Offsets are always code points.  Reentrant.
 */
#include "json_out.h"
#include "render.h"

static void span_obj(lede_buf *b, const lede_offset_map *m, lede_span s)
{
    lede_json_putc(b, '{');
    lede_json_span(b, m, s.start, s.end, true);
    lede_json_putc(b, '}');
}

void lede_render_eval(lede_workspace *ws, const lede_result *r, const lede_offset_map *m)
{
    const lede_doc *d = r->doc;
    lede_buf *b = &ws->out;
    static const char *const kinds[] = {"direct", "indirect", "mixed"};
    LEDE_JSON_LIT(b, "{\"id\":");
    lede_json_str(b, r->req->id.p ? r->req->id.p : "", r->req->id.n);
    if (!d->text_is_input) {
        LEDE_JSON_LIT(b, ",\"text\":");
        lede_json_str(b, d->text, d->len);
    }
    if (r->features & LEDE_FEATURE_ENTITIES) {
        LEDE_JSON_LIT(b, ",\"entities\":[");
        bool first = true;
        for (size_t i = 0; i < d->mentions.n; i++) {
            const lede_mention *mm = &d->mentions.v[i];
            const char *coarse = lede_etype_coarse((lede_etype)mm->type);
            if (!coarse || mm->kind == LEDE_MK_PRONOUN || mm->kind == LEDE_MK_NOMINAL)
                continue;
            lede_json_puts(b, first ? "{" : ",{");
            first = false;
            lede_json_span(b, m, mm->start, mm->end, true);
            LEDE_JSON_LIT(b, ",\"type\":");
            lede_json_cstr(b, coarse);
            LEDE_JSON_LIT(b, ",\"fine_type\":");
            lede_json_cstr(b, lede_etype_name((lede_etype)mm->type));
            lede_json_putc(b, '}');
        }
        lede_json_putc(b, ']');
        LEDE_JSON_LIT(b, ",\"timex\":[");
        for (size_t i = 0; i < d->timexes.n; i++) {
            const lede_timex *t = &d->timexes.v[i];
            lede_json_puts(b, i ? ",{" : "{");
            lede_json_span(b, m, t->start, t->end, true);
            LEDE_JSON_LIT(b, ",\"value\":");
            if (t->value[0])
                lede_json_cstr(b, t->value);
            else
                LEDE_JSON_LIT(b, "null");
            lede_json_putc(b, '}');
        }
        lede_json_putc(b, ']');
    }
    if (r->features & LEDE_FEATURE_QUOTES) {
        LEDE_JSON_LIT(b, ",\"quotes\":[");
        for (size_t i = 0; i < d->quotes.n; i++) {
            const lede_quote *q = &d->quotes.v[i];
            lede_json_puts(b, i ? ",{" : "{");
            lede_json_span(b, m, q->start, q->end, true);
            LEDE_JSON_LIT(b, ",\"kind\":");
            lede_json_cstr(b, kinds[q->kind < 3 ? q->kind : 0]);
            LEDE_JSON_LIT(b, ",\"speaker\":");
            if (q->has_speaker)
                span_obj(b, m, q->speaker);
            else
                LEDE_JSON_LIT(b, "null");
            LEDE_JSON_LIT(b, ",\"cue\":");
            if (q->has_cue)
                span_obj(b, m, q->cue);
            else
                LEDE_JSON_LIT(b, "null");
            LEDE_JSON_LIT(b, ",\"attribution_id\":");
            if (q->group < 0)
                lede_json_putc(b, '-');
            lede_json_uint(b, q->group < 0 ? (uint64_t)0 - (uint64_t)(int64_t)q->group : (uint64_t)q->group);
            lede_json_putc(b, '}');
        }
        lede_json_putc(b, ']');
    }
    if (r->features & LEDE_FEATURE_EVENTS) {
        LEDE_JSON_LIT(b, ",\"events\":[");
        for (size_t k = 0; k < d->event_mentions.n; k++) {
            const lede_event_mention *em = &d->event_mentions.v[k];
            const lede_event *ev = &d->events.v[em->event];
            lede_json_puts(b, k ? ",{" : "{");
            lede_json_span(b, m, em->trigger.start, em->trigger.end, true);
            LEDE_JSON_LIT(b, ",\"type\":");
            lede_json_cstr(b, ev->type ? ev->type : "");
            LEDE_JSON_LIT(b, ",\"participants\":[");
            /* the corpora annotate arguments per mention: each mention lists the
             * event's participants found in its own context (absent ones left out);
             * an event's participants are sorted by mention, so binary search */
            bool firstp = true;
            uint32_t lo = 0, hi = ev->part_n;
            while (lo < hi) {
                uint32_t mid = (lo + hi) / 2;
                if (d->participants.v[ev->part_begin + mid].mention < (int32_t)k)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            for (uint32_t p = lo; p < ev->part_n; p++) {
                const lede_participant *pa = &d->participants.v[ev->part_begin + p];
                if (pa->mention != (int32_t)k)
                    break;
                if (!pa->present)
                    continue;
                lede_json_puts(b, firstp ? "{" : ",{");
                firstp = false;
                lede_json_span(b, m, pa->span.start, pa->span.end, true);
                LEDE_JSON_LIT(b, ",\"role\":");
                lede_json_cstr(b, pa->role ? pa->role : "");
                lede_json_putc(b, '}');
            }
            LEDE_JSON_LIT(b, "]}");
        }
        lede_json_putc(b, ']');
    }
    lede_json_putc(b, '}');
}
