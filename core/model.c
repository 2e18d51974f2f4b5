/*
 * model.c - loads the read-only model (tagger weights, lexicons) once.
 * After lede_model_load returns, nothing in the model is written again, so
 * any number of threads may share it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>

#include "model.h"
#include "stages.h"

#ifndef LEDE_DEFAULT_DATA_DIR
#define LEDE_DEFAULT_DATA_DIR "data"
#endif

lede_model *lede_model_load(const char *data_dir, lede_status *st, char *errbuf, size_t errlen)
{
    char scratch[256];
    if (!errbuf) {
        errbuf = scratch;
        errlen = sizeof scratch;
    }
    errbuf[0] = '\0';
    if (!data_dir || !*data_dir)
        data_dir = getenv("LEDE_DATA_DIR");
    if (!data_dir || !*data_dir)
        data_dir = LEDE_DEFAULT_DATA_DIR;

    /* libxml2 sets up its globals on first use, racily: do it here, in the
     * thread that loads the model, before any worker parses a page. */
    xmlInitParser();
    lede_model *m = calloc(1, sizeof *m);
    if (!m) {
        *st = LEDE_ERR_NOMEM;
        snprintf(errbuf, errlen, "out of memory loading the model");
        return NULL;
    }
    if (strlen(data_dir) >= sizeof m->data_dir) {
        *st = LEDE_ERR_MODEL;
        snprintf(errbuf, errlen, "data directory path too long");
        free(m);
        return NULL;
    }
    strcpy(m->data_dir, data_dir);
    snprintf(m->name, sizeof m->name, "lede-news-en");

    m->lex = lede_lexicon_load(data_dir, errbuf, errlen);
    if (!m->lex)
        goto fail;
    char path[1200];
    snprintf(path, sizeof path, "%s/ner.model", data_dir);
    m->tagger = lede_tagger_load(path, errbuf, errlen);
    if (!m->tagger)
        goto fail;
    m->events = lede_evmodel_load(data_dir, errbuf, errlen);
    if (!m->events)
        goto fail;
    m->quotes = lede_qlex_load(errbuf, errlen);
    if (!m->quotes)
        goto fail;
    snprintf(m->version, sizeof m->version, "%s", LEDE_VERSION);
    *st = LEDE_OK;
    return m;
fail:
    *st = LEDE_ERR_MODEL;
    lede_model_free(m);
    return NULL;
}

void lede_model_free(lede_model *m)
{
    if (!m)
        return;
    lede_tagger_free(m->tagger);
    lede_lexicon_free(m->lex);
    lede_evmodel_free(m->events);
    lede_qlex_free(m->quotes);
    free(m);
}

const char *lede_model_name(const lede_model *m) { return m->name; }
const char *lede_model_version(const lede_model *m) { return m->version; }
size_t lede_model_features(const lede_model *m) { return lede_tagger_features(m->tagger); }
size_t lede_model_lexicon_entries(const lede_model *m) { return lede_lexicon_entries(m->lex); }
