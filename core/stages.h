/*
 * stages.h - the entry point of each analysis stage, in pipeline order
 * (analyze.c calls them).  Each stage reads what earlier stages left in
 * ws->doc and appends its own results; see doc.h for who fills what.
 * Every stage is reentrant: state lives in the workspace, the model is
 * read-only.
 */
#ifndef LEDE_STAGES_H
#define LEDE_STAGES_H

#include "model.h"
#include "workspace.h"

/* ingest_html.c: HTML bytes -> ws->doc.text (article body), title,
 * published_at, byline; paragraphs separated by "\n\n". */
lede_status lede_ingest_html(lede_workspace *ws, const char *html, size_t n);
/* ingest_xml.c: NITF / NewsML-G2 -> the same.  No DTDs, no network. */
lede_status lede_ingest_xml(lede_workspace *ws, const char *xml, size_t n);
/* boilerplate.c: marks paragraphs of kind LEDE_PARA_BOILERPLATE / CAPTION. */
void lede_boilerplate_mark(lede_workspace *ws);

/* segment.c: paragraphs (if ingest left none), sentences, tokens. */
lede_status lede_segment(lede_workspace *ws);

/* timex.c: temporal expressions, normalised against published_at; also
 * adds DATE/TIME mentions. */
lede_status lede_timex_find(lede_workspace *ws);
/* numex.c: MONEY, PERCENT, QUANTITY mentions. */
lede_status lede_numex_find(lede_workspace *ws);

/* tagger.c */
lede_tagger *lede_tagger_load(const char *path, char *err, size_t errlen);
void lede_tagger_free(lede_tagger *t);
size_t lede_tagger_features(const lede_tagger *t);
lede_status lede_ner_run(lede_workspace *ws);

/* lexicon.c */
lede_lexicon *lede_lexicon_load(const char *data_dir, char *err, size_t errlen);
void lede_lexicon_free(lede_lexicon *l);
size_t lede_lexicon_entries(const lede_lexicon *l);

/* resolve.c: mentions -> entities (acronyms, short names, demonyms,
 * variants), identifiers, canonical names, salience. */
lede_status lede_entities_resolve(lede_workspace *ws);

/* quotes.c */
lede_status lede_quotes_find(lede_workspace *ws);

/* quote_words.c: the quote stage's word table (reporting verbs and their
 * forms, closed word classes), built from its static lists. */
lede_qlex *lede_qlex_load(char *err, size_t errlen);
void lede_qlex_free(lede_qlex *l);

/* events.c */
lede_status lede_events_find(lede_workspace *ws);
/* event_model.c: data/events.lex (trigger lexicon, word classes). */
lede_evmodel *lede_evmodel_load(const char *data_dir, char *err, size_t errlen);
void lede_evmodel_free(lede_evmodel *m);

#endif
