/*
 * lexicon_fixture.h - cmocka group setup for unit tests that need a model
 * with only the lexicon loaded (from LEDE_DATA_DIR, else ./data).  *state
 * becomes the lede_model.  Header-only; included by one test file each.
 */
#ifndef LEDE_TEST_LEXICON_FIXTURE_H
#define LEDE_TEST_LEXICON_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "stages.h"

static int setup(void **state)
{
    static lede_model m;
    const char *dir = getenv("LEDE_DATA_DIR");
    char err[256] = "";
    memset(&m, 0, sizeof m);
    m.lex = lede_lexicon_load(dir && *dir ? dir : "data", err, sizeof err);
    if (!m.lex)
        fprintf(stderr, "lexicon: %s\n", err);
    *state = &m;
    return m.lex ? 0 : -1;
}

static int teardown(void **state)
{
    lede_model *m = *state;
    lede_lexicon_free(m->lex);
    return 0;
}

#endif
