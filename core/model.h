/*
 * model.h - the loaded, read-only model: tagger weights and lexicons.
 * Built once by lede_model_load and shared by every thread; nothing in it is
 * written after load.
 */
#ifndef LEDE_MODEL_H
#define LEDE_MODEL_H

#include "lede/lede.h"

typedef struct lede_tagger lede_tagger;     /* tagger.c  */
typedef struct lede_lexicon lede_lexicon;   /* lexicon.c */
typedef struct lede_evmodel lede_evmodel;   /* event_model.c */
typedef struct lede_qlex lede_qlex;         /* quote_words.c */

struct lede_model {
    char name[64];
    char version[32];
    char data_dir[1024];
    lede_tagger *tagger;
    lede_lexicon *lex;
    lede_evmodel *events;   /* trigger lexicon and word classes */
    lede_qlex *quotes;      /* the quote stage's word table */
};

#endif
