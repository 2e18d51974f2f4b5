/*
 * json_in.h - guards for parsing untrusted JSON with jansson (request.c,
 * html_jsonld.c).  Pure functions; thread-safe.
 */
#ifndef LEDE_JSON_IN_H
#define LEDE_JSON_IN_H

#include <stdbool.h>
#include <stddef.h>

/* jansson's own depth cap is large: refuse deep nesting before parsing, so a
 * hostile body costs a linear scan, not a deep recursion.  Brackets inside
 * strings do not count. */
bool lede_json_depth_ok(const char *s, size_t n, size_t max);

#endif
