/*
 * json_in.h - guards for parsing untrusted JSON with jansson (request.c,
 * html_jsonld.c), and the request decoder's two paths (request.c,
 * request_fast.c).  Thread-safe.
 */
#ifndef LEDE_JSON_IN_H
#define LEDE_JSON_IN_H

#include <stdbool.h>
#include <stddef.h>

#include "lede/lede.h"

/* jansson's own depth cap is large: refuse deep nesting before parsing, so a
 * hostile body costs a linear scan, not a deep recursion.  Brackets inside
 * strings do not count. */
bool lede_json_depth_ok(const char *s, size_t n, size_t max);

/* request_fast.c: decodes the common request (a flat object of known keys
 * with string values, one body) without jansson; false leaves the request
 * untouched for the jansson path, which decides everything else.  Strings
 * go to the workspace arena. */
bool lede_request_fast(lede_workspace *ws, const char *json, size_t len, lede_request *out);
/* request.c: the jansson path alone (the fuzz target compares the two). */
lede_status lede_request_from_jansson(lede_workspace *ws, const char *json, size_t len, int lenient,
                                      lede_request *out);

#endif
