/* ingest_xml.c - PLACEHOLDER until its owner lands the real stage. */
#include "stages.h"
lede_status lede_ingest_xml(lede_workspace *ws, const char *xml, size_t n) { (void)xml; (void)n; return lede_fail(ws, LEDE_ERR_MEDIA_TYPE, "XML input is not available yet"); }
