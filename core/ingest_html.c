/* ingest_html.c - PLACEHOLDER until its owner lands the real stage. */
#include "stages.h"
lede_status lede_ingest_html(lede_workspace *ws, const char *html, size_t n) { (void)html; (void)n; return lede_fail(ws, LEDE_ERR_MEDIA_TYPE, "HTML input is not available yet"); }
