/*
 * events.c - the event stage: word classes and chunks (event_words.c),
 * triggers (event_triggers.c), participants (event_args.c), coreference,
 * time and place (event_coref.c).  Needs the event lexicon of the model;
 * without a model (unit tests of other stages) it finds nothing.
 * Paragraphs marked boilerplate or caption are skipped.
 * Owned by the events engineer.  Reentrant: scratch lives in the workspace
 * arena, the model is read-only.
 */
#include "event_int.h"
#include "stages.h"

lede_status lede_events_find(lede_workspace *ws)
{
    lede_evctx c = {.ws = ws, .d = &ws->doc, .em = ws->model ? ws->model->events : NULL};
    if (!c.em || ws->doc.toks.n == 0)
        return LEDE_OK;
    lede_status st = lede_ev_words(&c);
    if (st == LEDE_OK)
        st = lede_ev_triggers(&c);
    if (st == LEDE_OK)
        st = lede_check_deadline(ws);
    if (st == LEDE_OK)
        st = lede_ev_args(&c);
    if (st == LEDE_OK)
        st = lede_ev_link(&c);
    return st;
}
