/*
 * status.c - the single table mapping each lede_status to an HTTP status, a
 * stable code string and a title.  openapi.yaml documents the same table.
 * Read-only data; thread-safe.
 */
#include "lede/lede.h"

static const struct {
    int http;
    const char *code;
    const char *title;
} status_table[LEDE_STATUS_COUNT] = {
    [LEDE_OK] = {200, "ok", "OK"},
    [LEDE_ERR_BAD_JSON] = {400, "bad-json", "Malformed JSON"},
    [LEDE_ERR_BAD_UTF8] = {400, "bad-utf8", "Invalid UTF-8"},
    [LEDE_ERR_BAD_REQUEST] = {400, "bad-request", "Invalid request field"},
    [LEDE_ERR_BAD_XML] = {400, "bad-xml", "Malformed XML"},
    [LEDE_ERR_XML_FORBIDDEN] = {400, "xml-forbidden", "Forbidden XML construct"},
    [LEDE_ERR_BAD_HTML] = {400, "bad-html", "Unparseable HTML"},
    [LEDE_ERR_EMPTY_TEXT] = {422, "empty-text", "No text to analyse"},
    [LEDE_ERR_DOC_LIMIT] = {422, "document-limit", "Document exceeds a limit"},
    [LEDE_ERR_NOT_FOUND] = {404, "not-found", "Not found"},
    [LEDE_ERR_UNAUTHORIZED] = {401, "unauthorized", "Missing or invalid API key"},
    [LEDE_ERR_METHOD] = {405, "method-not-allowed", "Method not allowed"},
    [LEDE_ERR_TOO_LARGE] = {413, "body-too-large", "Request body too large"},
    [LEDE_ERR_MEDIA_TYPE] = {415, "unsupported-media-type", "Unsupported media type"},
    [LEDE_ERR_OVERLOADED] = {503, "overloaded", "Server overloaded"},
    [LEDE_ERR_DRAINING] = {503, "draining", "Server shutting down"},
    [LEDE_ERR_DEADLINE] = {504, "deadline-exceeded", "Analysis deadline exceeded"},
    [LEDE_ERR_NOMEM] = {503, "out-of-memory", "Out of memory"},
    [LEDE_ERR_MODEL] = {500, "model-error", "Model not loaded"},
    [LEDE_ERR_IO] = {500, "io-error", "I/O error"},
    [LEDE_ERR_INTERNAL] = {500, "internal-error", "Internal error"},
};

static int valid(lede_status st) { return (unsigned)st < LEDE_STATUS_COUNT; }

int lede_status_http(lede_status st) { return valid(st) ? status_table[st].http : 500; }

const char *lede_status_code(lede_status st)
{
    return valid(st) ? status_table[st].code : "internal-error";
}

const char *lede_status_title(lede_status st)
{
    return valid(st) ? status_table[st].title : "Internal error";
}
