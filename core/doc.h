/*
 * doc.h - the internal document model shared by every analysis stage.
 *
 * Ownership: a lede_doc lives inside a lede_workspace (one thread at a time).
 * Its arrays keep their capacity across lede_workspace_reset(), so a warm
 * workspace analyses a document without calling malloc.  All offsets here are
 * UTF-8 byte offsets into doc->text; render.c converts them to the unit the
 * caller asked for.  Each stage appends to the arrays it owns and reads the
 * ones earlier stages filled:
 *   ingest    -> text, title, published_at, meta, paragraphs (html/xml)
 *   boilerplate -> paragraph.boilerplate
 *   segment   -> paragraphs, sentences, tokens
 *   timex     -> timexes (+ DATE/TIME mentions)
 *   numex     -> MONEY/PERCENT/QUANTITY mentions
 *   ner       -> name mentions
 *   resolve   -> entities, mention.entity, pronoun/nominal mentions
 *   quotes    -> quotes
 *   events    -> events, event mentions, participants
 */
#ifndef LEDE_DOC_H
#define LEDE_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "lede/lede.h"

/* Growable array whose storage survives resets.  Use LEDE_PUSH. */
#define LEDE_VEC(T) struct { T *v; size_t n, cap; }

/* Returns a zeroed new slot, or NULL when the cap is reached or memory runs
 * out (the caller maps NULL to LEDE_ERR_DOC_LIMIT / LEDE_ERR_NOMEM). */
void *lede_vec_push(void **v, size_t *n, size_t *cap, size_t elsize, size_t max);
/* Whether a vector of n slots of cap has room for one more under max (0:
 * no cap) without growing. */
static inline bool lede_vec_room(size_t n, size_t cap, size_t max) { return n < cap && (max == 0 || n < max); }
/* lede_vec_push on vec, with its common case inline: when the array has
 * room under the cap (warm workspaces, every token and mention) the slot
 * is zeroed in place, without a call.  vec and max are evaluated more than
 * once: pass plain lvalues and side-effect-free caps. */
#define LEDE_PUSH(vec, max)                                                  \
    (lede_vec_room((vec).n, (vec).cap, (max))                                \
         ? memset(&(vec).v[(vec).n++], 0, sizeof(*(vec).v))                  \
         : lede_vec_push((void **)&(vec).v, &(vec).n, &(vec).cap, sizeof(*(vec).v), (max)))

typedef struct lede_span { uint32_t start, end; } lede_span;

/* ---- tokens ---------------------------------------------------------------- */
enum {
    LEDE_TF_ALPHA = 1u << 0,       /* has a letter                         */
    LEDE_TF_DIGIT = 1u << 1,       /* has a digit                          */
    LEDE_TF_UPPER_INIT = 1u << 2,  /* first letter uppercase               */
    LEDE_TF_ALL_UPPER = 1u << 3,   /* letters all uppercase (>= 1 letter)  */
    LEDE_TF_PUNCT = 1u << 4,       /* punctuation or symbol only           */
    LEDE_TF_QUOTE = 1u << 5,       /* a quotation mark                     */
    LEDE_TF_QOPEN = 1u << 6,       /* ... that opens                       */
    LEDE_TF_QCLOSE = 1u << 7,      /* ... that closes                      */
    LEDE_TF_DASH = 1u << 8,        /* - – — used as punctuation            */
    LEDE_TF_POSSESSIVE = 1u << 9,  /* 's or ’s or s' split off a name      */
    LEDE_TF_ABBREV = 1u << 10,     /* abbreviation ending in '.'           */
    LEDE_TF_SPACE_BEFORE = 1u << 11,
    LEDE_TF_NEWLINE_BEFORE = 1u << 12,
    LEDE_TF_SENT_START = 1u << 13,
    LEDE_TF_PARA_START = 1u << 14,
    LEDE_TF_HEADLINE = 1u << 15,   /* in a title-case or all-caps line     */
    LEDE_TF_SENT_END = 1u << 16,   /* . ! ? ending a sentence              */
};

typedef struct lede_token {
    uint32_t start, end;   /* bytes in doc->text                          */
    uint32_t flags;        /* LEDE_TF_*                                   */
    uint32_t sent;         /* sentence index                              */
    uint32_t norm;         /* offset of the folded form in doc->norm      */
    uint16_t norm_len;     /* its length                                  */
    uint8_t label;         /* tagger output (BILOU x type), 0 = O         */
    uint8_t pad;
    int32_t mention;       /* mention covering this token, or -1          */
} lede_token;

typedef struct lede_sentence {
    uint32_t tok_begin, tok_end; /* [begin, end) into tokens             */
    uint32_t start, end;         /* bytes                                 */
    uint32_t para;
} lede_sentence;

enum { LEDE_PARA_BODY, LEDE_PARA_TITLE, LEDE_PARA_CAPTION, LEDE_PARA_BOILERPLATE };

typedef struct lede_paragraph {
    uint32_t start, end;         /* bytes                                 */
    uint32_t sent_begin, sent_end;
    uint8_t kind;                /* LEDE_PARA_*; boilerplate is skipped   */
} lede_paragraph;

/* ---- entities ----------------------------------------------------------- */
typedef enum lede_etype {
    LEDE_ET_NONE = 0,
    LEDE_ET_PERSON, LEDE_ET_ORG, LEDE_ET_LOC, LEDE_ET_NORP, LEDE_ET_EVENT,
    LEDE_ET_WORK, LEDE_ET_LAW, LEDE_ET_PRODUCT, LEDE_ET_MISC,
    LEDE_ET_DATE, LEDE_ET_TIME, LEDE_ET_MONEY, LEDE_ET_PERCENT, LEDE_ET_QUANTITY,
    LEDE_ET_COUNT
} lede_etype;

enum { LEDE_LOC_NONE, LEDE_LOC_COUNTRY, LEDE_LOC_REGION, LEDE_LOC_CITY, LEDE_LOC_OTHER };
enum { LEDE_MK_NAME, LEDE_MK_ACRONYM, LEDE_MK_PRONOUN, LEDE_MK_NOMINAL, LEDE_MK_VALUE };

const char *lede_etype_name(lede_etype t);     /* "PERSON", "ORGANIZATION", ... */
const char *lede_etype_coarse(lede_etype t);   /* CoNLL set or NULL (numbers)  */

typedef struct lede_mention {
    uint32_t tok_begin, tok_end;
    uint32_t start, end;     /* bytes                                      */
    uint8_t type;            /* lede_etype                                 */
    uint8_t subtype;         /* LEDE_LOC_* for places                      */
    uint8_t kind;            /* LEDE_MK_*                                  */
    uint8_t pad;
    float conf;
    int32_t entity;          /* -1 until resolve                           */
} lede_mention;

typedef struct lede_entity {
    uint8_t type, subtype;
    int32_t canonical;       /* mention whose text names the entity        */
    lede_str name;           /* canonical name (lexicon form or mention)   */
    const char *id_scheme;   /* "iso3166-1", "iso3166-2" or NULL           */
    const char *id;          /* "AF", "AF-WAR"                             */
    float salience;
    uint32_t n_mentions;
    int32_t first_mention;
} lede_entity;

/* ---- time ------------------------------------------------------------------ */
enum { LEDE_TX_DATE, LEDE_TX_TIME, LEDE_TX_DURATION, LEDE_TX_SET };

typedef struct lede_timex {
    uint32_t start, end;
    uint8_t type;            /* LEDE_TX_*                                  */
    char value[32];          /* ISO 8601 ("2021-02", "2021-W05", "P2D"), "" if unknown */
} lede_timex;

/* ---- quotes -------------------------------------------------------------------- */
enum { LEDE_QK_DIRECT, LEDE_QK_INDIRECT, LEDE_QK_MIXED };

typedef struct lede_quote {
    uint32_t start, end;     /* content span                               */
    uint8_t kind;            /* LEDE_QK_*                                  */
    uint8_t anonymous;       /* speaker is an unnamed source               */
    uint8_t has_cue, has_speaker;
    lede_span cue;
    lede_span speaker;       /* the mention in the attribution             */
    int32_t speaker_entity;  /* -1 when unresolved                         */
    int32_t group;           /* fragments of one quote share a group        */
    float confidence;
} lede_quote;

/* ---- events ---------------------------------------------------------------------- */
typedef struct lede_participant {
    int32_t entity;          /* -1 when the argument is not an entity      */
    lede_span span;          /* the argument's mention                     */
    const char *role;        /* KAIROS role, static string                 */
    uint8_t present;         /* 0: the story says it was absent            */
    int32_t mention;         /* event mention whose context gave it, or -1 */
} lede_participant;

typedef struct lede_event_mention {
    lede_span trigger;
    int32_t event;
} lede_event_mention;

typedef struct lede_event {
    const char *type;        /* KAIROS type, static string                 */
    int32_t first_mention;   /* into event_mentions                        */
    int32_t timex;           /* -1 if none                                 */
    int32_t place;           /* entity, -1 if none                         */
    lede_span place_span;
    uint32_t part_begin, part_n; /* into participants                      */
} lede_event;

/* ---- the document ------------------------------------------------------------------ */
typedef struct lede_doc {
    const char *text;        /* analysed text, valid UTF-8                 */
    size_t len;
    bool text_is_input;      /* false when ingest produced it (html/xml)   */
    lede_str title;
    lede_str byline;
    lede_str published_at;   /* as given or found                          */
    int pub_year, pub_month, pub_day; /* 0 when unknown                    */

    LEDE_VEC(char) norm;     /* folded token forms, see lede_token.norm    */
    LEDE_VEC(lede_paragraph) paras;
    LEDE_VEC(lede_sentence) sents;
    LEDE_VEC(lede_token) toks;
    LEDE_VEC(lede_mention) mentions;
    LEDE_VEC(lede_entity) entities;
    LEDE_VEC(lede_timex) timexes;
    LEDE_VEC(lede_quote) quotes;
    LEDE_VEC(lede_event) events;
    LEDE_VEC(lede_event_mention) event_mentions;
    LEDE_VEC(lede_participant) participants;
} lede_doc;

/* Folded token text: pointer and length into doc->norm. */
static inline const char *lede_tok_norm(const lede_doc *d, const lede_token *t)
{
    return d->norm.v + t->norm;
}
static inline const char *lede_tok_text(const lede_doc *d, const lede_token *t)
{
    return d->text + t->start;
}
static inline size_t lede_tok_len(const lede_token *t) { return t->end - t->start; }

#endif
