/*
 * charset.h - converts document bytes to clean UTF-8 before libxml2 sees
 * them, so the parsers never run their own converters (whose errors
 * libxml2 reports on stderr, outside any parser context) and never meet an
 * invalid byte or a NUL.  Owner: ingest.  Reentrant (iconv descriptors are
 * per call).
 */
#ifndef LEDE_CHARSET_H
#define LEDE_CHARSET_H

#include <stdbool.h>
#include <stddef.h>

/* Decodes s[0..n) from charset (an iconv name; "UTF-8" when NULL) into
 * UTF-8: undecodable bytes and NULs become U+FFFD and a leading BOM is
 * dropped.  Returns 0 with *out = NULL when s is already clean UTF-8 (use
 * it as is), 0 with a malloc'd *out (length *out_n) otherwise, 1 when iconv
 * does not know charset (nothing allocated), -1 when out of memory. */
int lede_to_utf8(const char *s, size_t n, const char *charset, char **out, size_t *out_n);

#endif
