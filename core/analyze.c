/*
 * analyze.c - the pipeline: ingest, boilerplate, segmentation, time and
 * number expressions, names, entity resolution, quotes, events.
 * Reentrant: all state is in the workspace; the model is read-only.
 */
#include <string.h>

#include "resolve.h"
#include "stages.h"
#include "utf8.h"

static lede_status ingest(lede_workspace *ws, const lede_request *req)
{
    lede_doc *d = &ws->doc;
    if (req->body.n > ws->lim.max_text_bytes * 4 && req->input != LEDE_INPUT_TEXT)
        return lede_fail(ws, LEDE_ERR_DOC_LIMIT, "document of %zu bytes is above the %zu byte limit",
                         req->body.n, ws->lim.max_text_bytes * 4);
    switch (req->input) {
    case LEDE_INPUT_HTML:
        return lede_ingest_html(ws, req->body.p, req->body.n);
    case LEDE_INPUT_XML:
        return lede_ingest_xml(ws, req->body.p, req->body.n);
    case LEDE_INPUT_TEXT:
        break;
    }
    if (req->body.n > ws->lim.max_text_bytes)
        return lede_fail(ws, LEDE_ERR_DOC_LIMIT, "text of %zu bytes is above the %zu byte limit",
                         req->body.n, ws->lim.max_text_bytes);
    size_t bad = lede_utf8_validate(req->body.p, req->body.n);
    if (bad != req->body.n && req->body.p[bad] == '\0') /* valid UTF-8, but not text */
        return lede_fail(ws, LEDE_ERR_BAD_UTF8, "text has a NUL character at byte %zu; send text without NULs",
                         bad);
    if (bad != req->body.n)
        return lede_fail(ws, LEDE_ERR_BAD_UTF8,
                         "text is not valid UTF-8 at byte %zu; send UTF-8 encoded text", bad);
    d->text = req->body.p;
    d->len = req->body.n;
    d->text_is_input = true;
    return LEDE_OK;
}

static bool has_letters(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
            return true;
        if (c >= 0xC0)
            return true; /* a non-ASCII lead byte: likely a letter */
    }
    return false;
}

#define STAGE(call) do { lede_status st_ = (call); if (st_ != LEDE_OK) return st_; \
                         st_ = lede_check_deadline(ws); if (st_ != LEDE_OK) return st_; } while (0)

lede_status lede_analyze(lede_workspace *ws, const lede_request *req, const lede_result **out)
{
    lede_doc_clear(ws);
    ws->req = *req;
    ws->deadline_ms = req->deadline_ms;
    ws->cancel = req->cancel;
    lede_doc *d = &ws->doc;
    unsigned feat = req->features ? req->features : LEDE_FEATURE_ALL;

    if (req->title.n && lede_utf8_validate(req->title.p, req->title.n) != req->title.n)
        return lede_fail(ws, LEDE_ERR_BAD_UTF8, "title is not valid UTF-8");
    STAGE(ingest(ws, req));
    if (req->title.n)
        d->title = req->title;
    if (req->published_at.n)
        d->published_at = req->published_at;
    if (d->published_at.n &&
        !lede_parse_date(d->published_at.p, d->published_at.n, &d->pub_year, &d->pub_month, &d->pub_day)) {
        if (req->published_at.n)
            return lede_fail(ws, LEDE_ERR_BAD_REQUEST,
                             "published_at is not an ISO 8601 date (YYYY-MM-DD or a date-time)");
        d->published_at = (lede_str){0};
    }
    if (!has_letters(d->text, d->len))
        return lede_fail(ws, LEDE_ERR_EMPTY_TEXT,
                         req->input == LEDE_INPUT_TEXT
                             ? "the text has no letters to analyse"
                             : "no article text was found in the document");

    STAGE(lede_segment(ws));
    lede_boilerplate_mark(ws);
    if (feat & (LEDE_FEATURE_ENTITIES | LEDE_FEATURE_EVENTS | LEDE_FEATURE_QUOTES)) {
        STAGE(lede_timex_find(ws));
        STAGE(lede_numex_find(ws));
        STAGE(lede_ner_run(ws));
        STAGE(lede_entities_resolve(ws));
    }
    if (feat & LEDE_FEATURE_QUOTES)
        STAGE(lede_quotes_find(ws));
    if (feat & LEDE_FEATURE_EVENTS)
        STAGE(lede_events_find(ws));
    /* resolve gave a first salience; speakers and participants add to it */
    if (feat & (LEDE_FEATURE_EVENTS | LEDE_FEATURE_QUOTES))
        lede_entities_salience(ws);

    ws->result.doc = d;
    ws->result.req = &ws->req;
    /* speakers and participants name entity ids: send the entities with them */
    ws->result.features = feat & (LEDE_FEATURE_QUOTES | LEDE_FEATURE_EVENTS) ? feat | LEDE_FEATURE_ENTITIES : feat;
    *out = &ws->result;
    return LEDE_OK;
}
