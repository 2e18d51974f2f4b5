/*
 * lede.h - the whole public API of the lede core library.
 *
 * Ownership: a lede_model is loaded once, is read-only afterwards and may be
 * shared by any number of threads.  A lede_workspace belongs to one thread at
 * a time; everything a call returns through it (requests, results, rendered
 * JSON, error details) is borrowed from it and stays valid until the next
 * lede_workspace_reset() or lede_workspace_free().
 *
 * Inputs are (const char *, size_t) pairs; strings need not be NUL-terminated.
 */
#ifndef LEDE_LEDE_H
#define LEDE_LEDE_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define LEDE_VERSION "0.1.0"

/* One status enum; lede_status_http/code/title map it through one table
 * (core/status.c), documented again in openapi.yaml. */
typedef enum lede_status {
    LEDE_OK = 0,
    LEDE_ERR_BAD_JSON,      /* 400 body is not well-formed JSON            */
    LEDE_ERR_BAD_UTF8,      /* 400 text is not valid UTF-8                 */
    LEDE_ERR_BAD_REQUEST,   /* 400 JSON fields of the wrong type or value  */
    LEDE_ERR_BAD_XML,       /* 400 XML is not well-formed                  */
    LEDE_ERR_XML_FORBIDDEN, /* 400 DTDs, entities or external references   */
    LEDE_ERR_BAD_HTML,      /* 400 HTML could not be parsed at all         */
    LEDE_ERR_EMPTY_TEXT,    /* 422 no analysable text                      */
    LEDE_ERR_DOC_LIMIT,     /* 422 document exceeds a structural limit     */
    LEDE_ERR_NOT_FOUND,     /* 404 no such route                           */
    LEDE_ERR_UNAUTHORIZED,  /* 401 API keys set; key missing or wrong     */
    LEDE_ERR_METHOD,        /* 405 method not allowed on the route         */
    LEDE_ERR_TOO_LARGE,     /* 413 body above the configured limit         */
    LEDE_ERR_MEDIA_TYPE,    /* 415 unsupported Content-Type                */
    LEDE_ERR_OVERLOADED,    /* 503 queue full                              */
    LEDE_ERR_DRAINING,      /* 503 shutting down                           */
    LEDE_ERR_DEADLINE,      /* 504 analysis ran past its deadline          */
    LEDE_ERR_NOMEM,         /* 503 out of memory for this request          */
    LEDE_ERR_MODEL,         /* 500 model or lexicon missing or corrupt     */
    LEDE_ERR_IO,            /* 500 file could not be read                  */
    LEDE_ERR_INTERNAL,      /* 500 a bug                                   */
    LEDE_STATUS_COUNT
} lede_status;

int lede_status_http(lede_status st);           /* HTTP status code       */
const char *lede_status_code(lede_status st);   /* stable slug, "bad-json" */
const char *lede_status_title(lede_status st);  /* short human title      */

/* ---- limits: every cap is a named setting -------------------------------- */
typedef struct lede_limits {
    size_t max_text_bytes;   /* analysed text after ingest                  */
    size_t max_tokens;       /* tokens per document                         */
    size_t max_mentions;     /* entity mentions per document                */
    size_t max_quotes;       /* quotes per document                         */
    size_t max_events;       /* events per document                         */
    size_t max_json_depth;   /* nesting of request JSON                     */
    size_t max_html_depth;   /* nesting of HTML/XML elements considered     */
    size_t max_output_bytes; /* rendered response                           */
    size_t max_scratch_bytes;/* per-stage temporary memory (tagger lattice)  */
} lede_limits;

lede_limits lede_limits_default(void);

/* ---- model ---------------------------------------------------------------- */
typedef struct lede_model lede_model;

/* Loads the model and lexicons from data_dir (NULL: LEDE_DATA_DIR env, then
 * the build's bundled data directory).  On failure returns NULL and sets *st;
 * errbuf (may be NULL) receives a message. */
lede_model *lede_model_load(const char *data_dir, lede_status *st, char *errbuf, size_t errlen);
void lede_model_free(lede_model *m);
const char *lede_model_name(const lede_model *m);
const char *lede_model_version(const lede_model *m);
/* Number of tagger features / lexicon entries loaded, for /readyz. */
size_t lede_model_features(const lede_model *m);
size_t lede_model_lexicon_entries(const lede_model *m);

/* ---- workspace ------------------------------------------------------------ */
typedef struct lede_workspace lede_workspace;

lede_workspace *lede_workspace_new(const lede_model *m, const lede_limits *lim);
void lede_workspace_free(lede_workspace *ws);
void lede_workspace_reset(lede_workspace *ws);
/* Detail of the last failure (a sentence a person can act on), or "". */
const char *lede_workspace_error(const lede_workspace *ws);

/* ---- request -------------------------------------------------------------- */
typedef enum lede_input { LEDE_INPUT_TEXT, LEDE_INPUT_HTML, LEDE_INPUT_XML } lede_input;
typedef enum lede_offsets { LEDE_OFFSETS_CODEPOINT, LEDE_OFFSETS_UTF8, LEDE_OFFSETS_UTF16 } lede_offsets;
enum {
    LEDE_FEATURE_ENTITIES = 1u << 0,
    LEDE_FEATURE_QUOTES = 1u << 1,
    LEDE_FEATURE_EVENTS = 1u << 2,
    LEDE_FEATURE_ALL = 7u
};

typedef struct lede_str { const char *p; size_t n; } lede_str;

typedef struct lede_request {
    lede_str id;            /* echoed back; may be empty                  */
    lede_str body;          /* text, HTML or XML bytes                    */
    lede_input input;
    lede_str title;         /* optional                                   */
    lede_str published_at;  /* optional ISO 8601 date or date-time        */
    unsigned features;      /* LEDE_FEATURE_* mask; 0 means all           */
    lede_offsets offsets;
    int64_t deadline_ms;    /* CLOCK_MONOTONIC ms; 0 means none           */
    /* Optional, owned by the caller: once another thread sets it nonzero,
     * the analysis stops at its next deadline check with LEDE_ERR_DRAINING
     * (a server's shutdown past its drain timeout).  NULL: never. */
    const atomic_int *cancel;
} lede_request;

void lede_request_init(lede_request *r);

/* Decodes a JSON request ({"text"|"html", "id", "title", "published_at",
 * "features", "offsets"}).  Strings are borrowed from ws.  Unknown keys are
 * ignored when lenient (batch lines), rejected otherwise. */
lede_status lede_request_from_json(lede_workspace *ws, const char *json, size_t len,
                                   int lenient, lede_request *out);

/* ---- analysis ------------------------------------------------------------- */
typedef struct lede_result lede_result;   /* opaque; render it */

/* Analyses one document.  Call lede_workspace_reset() before decoding or
 * building each new request; lede_analyze keeps what the request borrows. */
lede_status lede_analyze(lede_workspace *ws, const lede_request *req, const lede_result **out);

typedef enum lede_format {
    LEDE_FORMAT_API,   /* the documented response of POST /v1/analyze    */
    LEDE_FORMAT_EVAL   /* the corpora prediction format (FORMAT.md)       */
} lede_format;

/* Renders a result as compact JSON (no trailing newline). */
lede_status lede_render(lede_workspace *ws, const lede_result *r, lede_format fmt,
                        const char **json, size_t *len);

/* Static descriptions for /v1/info. */
const char *const *lede_entity_types(size_t *n);
const char *const *lede_event_types(size_t *n);

#ifdef __cplusplus
}
#endif
#endif
