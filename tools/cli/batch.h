/*
 * batch.h - `lede batch`: JSON Lines in, one result per line out, in order.
 */
#ifndef LEDE_CLI_BATCH_H
#define LEDE_CLI_BATCH_H

#include <stddef.h>

#include "lede/lede.h"

typedef struct cli_opts {
    const char *data_dir;
    lede_format format;
    lede_input input;
    int input_set, input_json;
    lede_offsets offsets;
    int offsets_set;
    const char *published_at;
    const char *title;
    int jobs;
    size_t max_line;
} cli_opts;

int lede_cli_batch(lede_model *m, const cli_opts *o, const char *path);

#endif
