/*
 * auth.c - optional API keys (see auth.h).
 *
 * Constant time: the presented token is copied into a zero-padded buffer of
 * LEDE_SRV_API_KEY_MAX bytes and compared with every configured key over
 * the whole buffer, lengths folded into the same difference, with no early
 * exit on a byte, a length or a match.  What may leak is the presented
 * token's own length (the copy) and the number of keys, neither a secret.
 *
 * Ownership: keys live in lede_srv_auth (the settings); messages never
 * contain a key.  Thread-safety: loading runs before threads start; the
 * check is reentrant and only reads.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "auth.h"

/* RFC 6750 b64token: 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=" */
static bool token_char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~' || c == '+' || c == '/';
}

static bool valid_token(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && token_char(s[i]))
        i++;
    if (i == 0)
        return false;
    while (i < n && s[i] == '=')
        i++;
    return i == n;
}

static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\r'; }

/* Adds s[0..n) after trimming; blank items are skipped.  `where` says
 * which item failed, never what it was. */
static int add_key(lede_srv_auth *a, const char *s, size_t n, const char *source, unsigned item, char *err,
                   size_t errlen)
{
    while (n && is_ws(*s)) {
        s++;
        n--;
    }
    while (n && is_ws(s[n - 1]))
        n--;
    if (!n)
        return 0;
    if (!valid_token(s, n)) {
        snprintf(err, errlen,
                 "%s: key %u is not a bearer token (letters, digits, - . _ ~ + / and trailing =)", source, item);
        return -1;
    }
    if (n > LEDE_SRV_API_KEY_MAX) {
        snprintf(err, errlen, "%s: key %u is longer than %d bytes", source, item, LEDE_SRV_API_KEY_MAX);
        return -1;
    }
    if (a->n >= LEDE_SRV_API_KEYS_MAX) {
        snprintf(err, errlen, "%s: more than %d keys", source, LEDE_SRV_API_KEYS_MAX);
        return -1;
    }
    memset(a->keys[a->n].key, 0, sizeof a->keys[a->n].key);
    memcpy(a->keys[a->n].key, s, n);
    a->keys[a->n].len = n;
    a->n++;
    return 0;
}

int lede_srv_auth_add_list(lede_srv_auth *a, const char *list, const char *source, char *err, size_t errlen)
{
    unsigned item = 0;
    for (const char *p = list; *p;) {
        const char *start = p;
        while (*p && *p != ',')
            p++;
        if (add_key(a, start, (size_t)(p - start), source, ++item, err, errlen) != 0)
            return -1;
        if (*p)
            p++;
    }
    return 0;
}

int lede_srv_auth_load_file(lede_srv_auth *a, const char *path, char *err, size_t errlen)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        char why[128];
        snprintf(err, errlen, "api-key-file: cannot open \"%s\": %s", path,
                 strerror_r(errno, why, sizeof why) == 0 ? why : "error");
        return -1;
    }
    char *buf = malloc(LEDE_SRV_API_KEY_FILE_MAX + 1);
    if (!buf) {
        close(fd);
        snprintf(err, errlen, "api-key-file: out of memory");
        return -1;
    }
    size_t n = 0;
    ssize_t k;
    while (n <= LEDE_SRV_API_KEY_FILE_MAX &&
           (k = read(fd, buf + n, LEDE_SRV_API_KEY_FILE_MAX + 1 - n)) != 0) {
        if (k < 0 && errno == EINTR)
            continue;
        if (k < 0) {
            snprintf(err, errlen, "api-key-file: cannot read \"%s\"", path);
            n = (size_t)-1;
            break;
        }
        n += (size_t)k;
    }
    close(fd);
    int rc = 0;
    if (n == (size_t)-1) {
        rc = -1;
    } else if (n > LEDE_SRV_API_KEY_FILE_MAX) {
        snprintf(err, errlen, "api-key-file: \"%s\" is larger than %d bytes", path, LEDE_SRV_API_KEY_FILE_MAX);
        rc = -1;
    } else {
        unsigned line = 0;
        for (size_t i = 0; i < n && rc == 0;) {
            size_t j = i;
            while (j < n && buf[j] != '\n')
                j++;
            size_t end = i;
            while (end < j && buf[end] != '#')
                end++;
            char source[64];
            snprintf(source, sizeof source, "api-key-file line %u", ++line);
            rc = add_key(a, buf + i, end - i, source, 1, err, errlen);
            i = j + 1;
        }
    }
    explicit_bzero(buf, LEDE_SRV_API_KEY_FILE_MAX + 1);
    free(buf);
    return rc;
}

bool lede_srv_auth_enabled(const lede_srv_auth *a) { return a->n > 0; }

bool lede_srv_auth_protects(const char *path)
{
    return strncmp(path, "/v1/", 4) == 0 || strcmp(path, "/v1") == 0 || strcmp(path, "/metrics") == 0;
}

lede_srv_auth_result lede_srv_auth_check(const lede_srv_auth *a, const char *h)
{
    if (!h)
        return LEDE_AUTH_MISSING;
    while (is_ws(*h))
        h++;
    /* auth-scheme is case-insensitive (RFC 9110 11.1) */
    static const char scheme[] = "bearer";
    for (size_t i = 0; i < sizeof scheme - 1; i++)
        if (!h[i] || (h[i] | 0x20) != scheme[i])
            return LEDE_AUTH_MISSING;
    h += sizeof scheme - 1;
    if (*h != ' ' && *h != '\t')
        return LEDE_AUTH_MISSING;
    while (*h == ' ' || *h == '\t')
        h++;
    size_t n = strlen(h);
    while (n && is_ws(h[n - 1]))
        n--;
    if (!n)
        return LEDE_AUTH_MISSING;

    unsigned char given[LEDE_SRV_API_KEY_MAX];
    memset(given, 0, sizeof given);
    memcpy(given, h, n < sizeof given ? n : sizeof given);
    /* volatile: keeps the compiler from turning the folds into early exits */
    volatile unsigned match = 0;
    for (unsigned k = 0; k < a->n; k++) {
        unsigned diff = 0;
        for (size_t i = 0; i < LEDE_SRV_API_KEY_MAX; i++)
            diff |= (unsigned)(given[i] ^ a->keys[k].key[i]);
        diff |= (unsigned)((n ^ a->keys[k].len) != 0);
        /* 1 when diff == 0, without a branch */
        match |= 1u & ((diff - 1u) >> (sizeof diff * 8 - 1));
    }
    explicit_bzero(given, sizeof given);
    return match ? LEDE_AUTH_OK : LEDE_AUTH_INVALID;
}
