/*
 * request.c - decodes a JSON analysis request into a lede_request.
 * Shared by the HTTP server and the CLI's batch mode.  Strings are copied
 * into the workspace arena, so the result is borrowed from the workspace.
 * Reentrant (jansson is thread-safe for independent values).
 */
#include <string.h>
#include <jansson.h>

#include "json_in.h"
#include "workspace.h"

bool lede_json_depth_ok(const char *s, size_t n, size_t max)
{
    size_t depth = 0;
    bool in_str = false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (in_str) {
            if (c == '\\')
                i++;
            else if (c == '"')
                in_str = false;
        } else if (c == '"') {
            in_str = true;
        } else if (c == '{' || c == '[') {
            if (++depth > max)
                return false;
        } else if ((c == '}' || c == ']') && depth) {
            depth--;
        }
    }
    return true;
}

static lede_status get_str(lede_workspace *ws, json_t *o, const char *key, lede_str *out)
{
    json_t *v = json_object_get(o, key);
    if (!v || json_is_null(v))
        return LEDE_OK;
    if (!json_is_string(v))
        return lede_fail(ws, LEDE_ERR_BAD_REQUEST, "\"%s\" must be a string", key);
    size_t n = json_string_length(v);
    char *p = lede_arena_strndup(&ws->arena, json_string_value(v), n);
    if (!p)
        return lede_fail(ws, LEDE_ERR_NOMEM, "out of memory copying \"%s\"", key);
    *out = (lede_str){p, n};
    return LEDE_OK;
}

static lede_status get_features(lede_workspace *ws, json_t *o, unsigned *out)
{
    json_t *v = json_object_get(o, "features");
    if (!v || json_is_null(v))
        return LEDE_OK;
    if (!json_is_array(v))
        return lede_fail(ws, LEDE_ERR_BAD_REQUEST,
                         "\"features\" must be an array of \"entities\", \"quotes\", \"events\"");
    unsigned mask = 0;
    size_t i;
    json_t *f;
    json_array_foreach(v, i, f) {
        const char *s = json_string_value(f);
        if (!s)
            return lede_fail(ws, LEDE_ERR_BAD_REQUEST, "\"features\" items must be strings");
        if (strcmp(s, "entities") == 0)
            mask |= LEDE_FEATURE_ENTITIES;
        else if (strcmp(s, "quotes") == 0)
            mask |= LEDE_FEATURE_QUOTES;
        else if (strcmp(s, "events") == 0)
            mask |= LEDE_FEATURE_EVENTS;
        else
            return lede_fail(ws, LEDE_ERR_BAD_REQUEST,
                             "unknown feature \"%.40s\"; use entities, quotes or events", s);
    }
    if (!mask)
        return lede_fail(ws, LEDE_ERR_BAD_REQUEST, "\"features\" is empty; omit it to get everything");
    *out = mask;
    return LEDE_OK;
}

static lede_status get_offsets(lede_workspace *ws, json_t *o, lede_offsets *out)
{
    json_t *v = json_object_get(o, "offsets");
    if (!v || json_is_null(v))
        return LEDE_OK;
    const char *s = json_string_value(v);
    if (s && strcmp(s, "codepoint") == 0)
        *out = LEDE_OFFSETS_CODEPOINT;
    else if (s && strcmp(s, "utf8") == 0)
        *out = LEDE_OFFSETS_UTF8;
    else if (s && strcmp(s, "utf16") == 0)
        *out = LEDE_OFFSETS_UTF16;
    else
        return lede_fail(ws, LEDE_ERR_BAD_REQUEST, "\"offsets\" must be \"codepoint\", \"utf8\" or \"utf16\"");
    return LEDE_OK;
}

static const char *const known_keys[] = {"id", "text", "html", "xml", "title", "published_at",
                                         "features", "offsets", NULL};

static lede_status decode(lede_workspace *ws, json_t *o, int lenient, lede_request *out)
{
    if (!json_is_object(o))
        return lede_fail(ws, LEDE_ERR_BAD_REQUEST, "the request body must be a JSON object");
    if (!lenient) {
        const char *key;
        json_t *v;
        json_object_foreach(o, key, v) {
            bool known = false;
            for (const char *const *k = known_keys; *k; k++)
                known |= strcmp(*k, key) == 0;
            if (!known)
                return lede_fail(ws, LEDE_ERR_BAD_REQUEST, "unknown field \"%.40s\"", key);
        }
    }
    lede_status st;
    json_t *id = json_object_get(o, "id");
    if (id && json_is_integer(id)) {
        char num[32];
        int k = snprintf(num, sizeof num, "%" JSON_INTEGER_FORMAT, json_integer_value(id));
        out->id = (lede_str){lede_arena_strndup(&ws->arena, num, (size_t)k), (size_t)k};
    } else if ((st = get_str(ws, o, "id", &out->id)) != LEDE_OK) {
        return st;
    }
    int bodies = 0;
    static const struct { const char *key; lede_input kind; } body_keys[] = {
        {"text", LEDE_INPUT_TEXT}, {"html", LEDE_INPUT_HTML}, {"xml", LEDE_INPUT_XML}};
    for (size_t i = 0; i < sizeof body_keys / sizeof *body_keys; i++) {
        lede_str s = {0};
        if ((st = get_str(ws, o, body_keys[i].key, &s)) != LEDE_OK)
            return st;
        if (json_object_get(o, body_keys[i].key) && !json_is_null(json_object_get(o, body_keys[i].key))) {
            bodies++;
            out->body = s;
            out->input = body_keys[i].kind;
        }
    }
    if (bodies == 0)
        return lede_fail(ws, LEDE_ERR_BAD_REQUEST, "the request needs a \"text\", \"html\" or \"xml\" field");
    if (bodies > 1 && lenient && json_is_string(json_object_get(o, "html"))) {
        /* corpus lines carry the gold "text" beside the page: analyse the page */
        get_str(ws, o, "html", &out->body);
        out->input = LEDE_INPUT_HTML;
        bodies = 1;
    }
    if (bodies > 1)
        return lede_fail(ws, LEDE_ERR_BAD_REQUEST, "send only one of \"text\", \"html\" and \"xml\"");
    if ((st = get_str(ws, o, "title", &out->title)) != LEDE_OK ||
        (st = get_str(ws, o, "published_at", &out->published_at)) != LEDE_OK ||
        (st = get_features(ws, o, &out->features)) != LEDE_OK ||
        (st = get_offsets(ws, o, &out->offsets)) != LEDE_OK)
        return st;
    return LEDE_OK;
}

lede_status lede_request_from_json(lede_workspace *ws, const char *json, size_t len, int lenient,
                                   lede_request *out)
{
    lede_request_init(out);
    /* RFC 8259 section 8.1: a parser may ignore a byte order mark, and
     * Windows tools write one */
    if (len >= 3 && memcmp(json, "\xEF\xBB\xBF", 3) == 0) {
        json += 3;
        len -= 3;
    }
    if (lede_request_fast(ws, json, len, out))
        return LEDE_OK;
    return lede_request_from_jansson(ws, json, len, lenient, out);
}

lede_status lede_request_from_jansson(lede_workspace *ws, const char *json, size_t len, int lenient,
                                      lede_request *out)
{
    lede_request_init(out);
    if (!lede_json_depth_ok(json, len, ws->lim.max_json_depth))
        return lede_fail(ws, LEDE_ERR_BAD_JSON, "JSON nested deeper than %zu levels", ws->lim.max_json_depth);
    json_error_t err;
    json_t *o = json_loadb(json, len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &err);
    if (!o)
        return lede_fail(ws, LEDE_ERR_BAD_JSON, "invalid JSON at line %d, column %d: %s", err.line, err.column,
                         err.text);
    lede_status st = decode(ws, o, lenient, out);
    json_decref(o);
    return st;
}
