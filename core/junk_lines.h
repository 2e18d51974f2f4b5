/*
 * junk_lines.h - is one line or paragraph of news text story, or page
 * furniture?  Shared by the plain-text boilerplate stage (boilerplate.c) and
 * HTML extraction (html_prune.c).  Pure function; thread-safe; no locale.
 */
#ifndef LEDE_JUNK_LINES_H
#define LEDE_JUNK_LINES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* LEDE_PARA_BODY, LEDE_PARA_BOILERPLATE (image-search residue, calls to
 * comment/share/subscribe, teasers, ads, cookie notices, copyright lines) or
 * LEDE_PARA_CAPTION (photo captions and credits).  s is UTF-8. */
uint8_t lede_junk_kind(const char *s, size_t n);

/* For tests: whether the start lists are sorted by first byte, their
 * first-letter indexes match them and every pattern has two bytes or more. */
bool lede_junk_lists_ok(void);

#endif
