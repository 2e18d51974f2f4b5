/*
 * render.h - renderers of a lede_result into ws->out (render.c: API format,
 * render_eval.c: the corpora's prediction format).
 */
#ifndef LEDE_RENDER_H
#define LEDE_RENDER_H

#include "offsets.h"

void lede_render_eval(lede_workspace *ws, const lede_result *r, const lede_offset_map *m);

#endif
