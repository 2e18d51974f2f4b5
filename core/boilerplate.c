/* boilerplate.c - PLACEHOLDER until its owner lands the real stage. */
#include "stages.h"
void lede_boilerplate_mark(lede_workspace *ws) { (void)ws; }
