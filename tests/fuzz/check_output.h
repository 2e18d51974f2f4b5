/*
 * check_output.h - oracles the fuzz targets share: a rendered response must
 * be well-formed JSON without duplicate keys, and every span object in it
 * ({"start", "end", "text"}) must point at exactly its text in the analysed
 * document, in the offset unit the response was rendered in.
 * Owner: reliability (issue 7).  Aborts (FUZZ_CHECK) on a violation.
 */
#ifndef LEDE_FUZZ_CHECK_OUTPUT_H
#define LEDE_FUZZ_CHECK_OUTPUT_H

#include <stddef.h>

#include "lede/lede.h"

/* doc_text: the text spans index, unless the response carries a top-level
 * "text" (HTML/XML input), which then takes its place.  Returns the number
 * of spans checked. */
size_t fuzz_check_render(const char *json, size_t len, const char *doc_text, size_t doc_len,
                         lede_offsets unit);

/* Independent strict UTF-8 check (utf8proc), NUL counted as invalid like
 * the core does, to cross-check lede_utf8_validate. */
int fuzz_utf8_valid(const char *s, size_t n);

/* What every successful HTML or XML ingest must leave (both ingest targets):
 * UTF-8 text within the cap and at most 3x the input, UTF-8 metadata, a
 * published_at that parses, and the same text when `ingest` runs again on
 * the reset workspace (no state leaks between documents). */
typedef lede_status (*fuzz_ingest_fn)(lede_workspace *ws, const char *in, size_t n);
void fuzz_check_ingested(lede_workspace *ws, fuzz_ingest_fn ingest, const char *in, size_t n);

#endif
