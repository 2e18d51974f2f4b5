/*
 * auth.h - optional API keys (issue 7, access control): keys from
 * LEDE_API_KEYS and --api-key-file, which routes need one, and the
 * constant-time check of "Authorization: Bearer <key>".
 *
 * Ownership: lede_srv_auth lives in the server's settings (config.h).  Keys
 * are never logged or echoed: only their number leaves this module.
 * Thread-safety: filled once before threads start; lede_srv_auth_check only
 * reads it and is reentrant.
 */
#ifndef LEDE_SRV_AUTH_H
#define LEDE_SRV_AUTH_H

#include <stdbool.h>
#include <stddef.h>

/* Keys at most, the longest key, and the largest key file. */
enum { LEDE_SRV_API_KEYS_MAX = 64, LEDE_SRV_API_KEY_MAX = 128, LEDE_SRV_API_KEY_FILE_MAX = 64 * 1024 };

typedef struct lede_srv_auth {
    unsigned n;
    struct {
        unsigned char key[LEDE_SRV_API_KEY_MAX]; /* zero-padded: compared whole */
        size_t len;
    } keys[LEDE_SRV_API_KEYS_MAX];
} lede_srv_auth;

/* Adds the keys of a comma-separated list (LEDE_API_KEYS); `source` names it
 * in messages.  Keys are RFC 6750 tokens (A-Z a-z 0-9 - . _ ~ + / and
 * trailing =).  0, or -1 with a message in err that never holds a key. */
int lede_srv_auth_add_list(lede_srv_auth *a, const char *list, const char *source, char *err, size_t errlen);

/* Adds the keys of a file: one per line, blank lines and `#` comments
 * ignored.  0, or -1 with a message in err. */
int lede_srv_auth_load_file(lede_srv_auth *a, const char *path, char *err, size_t errlen);

/* True when at least one key is configured: keys are then required. */
bool lede_srv_auth_enabled(const lede_srv_auth *a);

/* True for the paths that need a key when keys are on: /v1/... and
 * /metrics.  Health, readiness, the demo page and the contract stay open. */
bool lede_srv_auth_protects(const char *path);

typedef enum { LEDE_AUTH_OK, LEDE_AUTH_MISSING, LEDE_AUTH_INVALID } lede_srv_auth_result;

/* Checks an Authorization header value (NULL: absent).  The comparison
 * takes the same time whatever the key's content or length and whichever
 * key matches. */
lede_srv_auth_result lede_srv_auth_check(const lede_srv_auth *a, const char *authorization);

#endif
