/*
 * config.c - settings from defaults, LEDE_* environment variables and
 * flags, in that order.  One table describes every setting (flag, variable,
 * range, help), so parsing, --help and the startup log cannot disagree.
 * Runs once in main() before threads start.
 */
#include <arpa/inet.h>
#include <sys/socket.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "lede/lede.h"
#include "log.h"

enum kind { K_UINT, K_SIZE, K_STR, K_LEVEL };

typedef struct setting {
    const char *flag;      /* without the leading "--" */
    const char *env;
    enum kind kind;
    size_t off;            /* offsetof the field in lede_srv_config */
    size_t cap;            /* K_STR: buffer size */
    unsigned long long min, max;
    const char *help;
} setting;

#define F(field) offsetof(lede_srv_config, field)
#define STRCAP(field) sizeof(((lede_srv_config *)0)->field)

static const setting settings[] = {
    {"port", "LEDE_PORT", K_UINT, F(port), 0, 0, 65535, "TCP port; 0 picks a free one"},
    {"bind", "LEDE_BIND", K_STR, F(bind), STRCAP(bind), 0, 0, "address to listen on (IPv4 or IPv6)"},
    {"workers", "LEDE_WORKERS", K_UINT, F(workers), 0, 1, 1024, "analysis threads (default: cores)"},
    {"queue", "LEDE_QUEUE", K_UINT, F(queue), 0, 0, 1000000, "requests waiting for a worker"},
    {"max-body", "LEDE_MAX_BODY", K_SIZE, F(max_body), 0, 1, 1ull << 30,
     "largest request body in bytes (suffix K, M or G)"},
    {"deadline-ms", "LEDE_DEADLINE_MS", K_UINT, F(deadline_ms), 0, 0, 3600000,
     "analysis deadline per request in ms, from the end of the upload; 0: none"},
    {"log-level", "LEDE_LOG_LEVEL", K_LEVEL, F(log_level), 0, 0, 0, "error, warn, info or debug"},
    {"data-dir", "LEDE_DATA_DIR", K_STR, F(data_dir), STRCAP(data_dir), 0, 0,
     "model and lexicon directory (default: the bundled data)"},
    {"connection-timeout", "LEDE_CONNECTION_TIMEOUT", K_UINT, F(connection_timeout_s), 0, 1, 3600,
     "seconds of silence before an idle or slow connection is closed"},
    {"request-timeout", "LEDE_REQUEST_TIMEOUT", K_UINT, F(request_timeout_s), 0, 0, 3600,
     "seconds a client may take to send one request, from its request line (slowloris); 0: no limit"},
    {"max-connections", "LEDE_MAX_CONNECTIONS", K_UINT, F(max_connections), 0, 1, 1000000,
     "open connections at once"},
    {"connection-memory", "LEDE_CONNECTION_MEMORY", K_SIZE, F(connection_memory), 0, 8192, 16u << 20,
     "per-connection buffer in bytes; bounds the request headers"},
    {"drain-timeout-ms", "LEDE_DRAIN_TIMEOUT_MS", K_UINT, F(drain_timeout_ms), 0, 0, 3600000,
     "on SIGTERM, longest wait in ms for requests in flight"},
    {"retry-after", "LEDE_RETRY_AFTER", K_UINT, F(retry_after_s), 0, 0, 3600,
     "seconds advertised in Retry-After on 503 answers"},
    {"compress-level", "LEDE_COMPRESS_LEVEL", K_UINT, F(compress_level), 0, 0, 9,
     "gzip level for clients that accept it (1 fast - 9 small); 0: off"},
    {"compress-min-bytes", "LEDE_COMPRESS_MIN_BYTES", K_SIZE, F(compress_min), 0, 0, 1ull << 30,
     "smallest response body worth compressing"},
    {"cors-origin", "LEDE_CORS_ORIGIN", K_STR, F(cors_origin), STRCAP(cors_origin), 0, 0,
     "origins allowed by CORS: comma-separated list, or *; default none"},
    {"cors-max-age", "LEDE_CORS_MAX_AGE", K_UINT, F(cors_max_age_s), 0, 0, 86400,
     "seconds a browser may cache a CORS preflight answer"},
    {"api-key-file", "LEDE_API_KEY_FILE", K_STR, F(api_key_file), STRCAP(api_key_file), 0, 0,
     "file of API keys, one per line (# comments); keys then required on /v1/* and /metrics"},
};
/* Keys may also come from this variable (comma-separated).  There is no
 * flag for it: a key on the command line would show in ps. */
#define API_KEYS_ENV "LEDE_API_KEYS"

enum { N_SETTINGS = sizeof settings / sizeof *settings };

static void set_defaults(lede_srv_config *c)
{
    memset(c, 0, sizeof *c);
    c->port = 8080;
    snprintf(c->bind, sizeof c->bind, "0.0.0.0");
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    c->workers = n >= 1 && n <= 1024 ? (unsigned)n : 1;
    c->queue = 64;
    c->max_body = 4u << 20;
    c->deadline_ms = 10000;
    c->log_level = LEDE_LOG_INFO;
    c->connection_timeout_s = 30;
    c->request_timeout_s = 60;
    c->max_connections = 1024;
    c->connection_memory = 64u << 10;
    c->drain_timeout_ms = 30000;
    c->retry_after_s = 1;
    c->compress_level = 6;
    c->compress_min = 1024;
    c->cors_max_age_s = 600;
}

/* Decimal number with an optional binary K/M/G suffix (sizes only);
 * rejects signs, blanks and overflow. */
static int parse_number(const char *s, bool allow_suffix, unsigned long long *out)
{
    unsigned long long v = 0;
    const char *p = s;
    if (*p < '0' || *p > '9')
        return -1;
    for (; *p >= '0' && *p <= '9'; p++) {
        if (v > (~0ull - 9) / 10)
            return -1;
        v = v * 10 + (unsigned long long)(*p - '0');
    }
    if (*p && allow_suffix && !p[1]) {
        unsigned shift = 0;
        switch (*p) {
        case 'k': case 'K': shift = 10; break;
        case 'm': case 'M': shift = 20; break;
        case 'g': case 'G': shift = 30; break;
        default: return -1;
        }
        if (v > (~0ull >> shift))
            return -1;
        v <<= shift;
        p++;
    }
    if (*p)
        return -1;
    *out = v;
    return 0;
}

static int apply(lede_srv_config *c, const setting *s, const char *value, const char *source)
{
    char *field = (char *)c + s->off;
    unsigned long long v;
    switch (s->kind) {
    case K_UINT:
    case K_SIZE:
        if (parse_number(value, s->kind == K_SIZE, &v) != 0 || v < s->min || v > s->max) {
            fprintf(stderr, "lede-server: %s: \"%s\" is not a number from %llu to %llu\n", source, value,
                    s->min, s->max);
            return -1;
        }
        if (s->kind == K_UINT)
            *(unsigned *)(void *)field = (unsigned)v;
        else
            *(size_t *)(void *)field = (size_t)v;
        return 0;
    case K_STR:
        if (strlen(value) >= s->cap) {
            fprintf(stderr, "lede-server: %s: value longer than %zu bytes\n", source, s->cap - 1);
            return -1;
        }
        memcpy(field, value, strlen(value) + 1);
        return 0;
    case K_LEVEL: {
        int lv = lede_srv_log_level_parse(value);
        if (lv < 0) {
            fprintf(stderr, "lede-server: %s: \"%s\" is not error, warn, info or debug\n", source, value);
            return -1;
        }
        *(int *)(void *)field = lv;
        return 0;
    }
    }
    return -1;
}

static void usage(void)
{
    printf("usage: lede-server [--SETTING VALUE]...\n\n"
           "Serves POST /v1/analyze and the health, metrics and info endpoints.\n"
           "Every setting may also come from its environment variable; flags win.\n\n");
    for (size_t i = 0; i < N_SETTINGS; i++)
        printf("  --%-20s %-26s %s\n", settings[i].flag, settings[i].env, settings[i].help);
    printf("  %-22s %-26s %s\n", "", API_KEYS_ENV, "API keys, comma-separated (no flag: it would show in ps)");
    printf("  --%-20s %-26s %s\n", "help", "", "this text");
    printf("  --%-20s %-26s %s\n", "version", "", "print the version");
    printf("\nexamples:\n"
           "  lede-server                                  port 8080, one worker per core, the bundled model\n"
           "  lede-server --port 9000 --workers 2 --queue 32 --deadline-ms 5000\n"
           "  LEDE_API_KEYS=k1,k2 lede-server --cors-origin https://cms.example.org\n"
           "  curl -s --data-binary @story.txt 'http://localhost:8080/v1/analyze?published_at=2021-02-04'\n"
           "see also: man lede-server, GET /openapi.yaml\n");
}

static bool valid_bind(const char *s)
{
    unsigned char addr[16];
    return inet_pton(AF_INET, s, addr) == 1 || inet_pton(AF_INET6, s, addr) == 1;
}

/* The parsed forms of the CORS and key settings; keys never reach a
 * message. */
static int derive(lede_srv_config *c)
{
    char err[512];
    if (lede_srv_cors_parse(&c->cors, c->cors_origin, err, sizeof err) != 0) {
        fprintf(stderr, "lede-server: %s\n", err);
        return -1;
    }
    const char *keys = getenv(API_KEYS_ENV);
    if ((keys && lede_srv_auth_add_list(&c->auth, keys, API_KEYS_ENV, err, sizeof err) != 0) ||
        (c->api_key_file[0] && lede_srv_auth_load_file(&c->auth, c->api_key_file, err, sizeof err) != 0)) {
        fprintf(stderr, "lede-server: %s\n", err);
        return -1;
    }
    if (c->api_key_file[0] && !lede_srv_auth_enabled(&c->auth)) {
        fprintf(stderr, "lede-server: api-key-file \"%s\" holds no key\n", c->api_key_file);
        return -1;
    }
    return 0;
}

int lede_srv_config_load(lede_srv_config *c, int argc, char **argv)
{
    set_defaults(c);
    for (size_t i = 0; i < N_SETTINGS; i++) {
        const char *v = getenv(settings[i].env);
        if (v && *v && apply(c, &settings[i], v, settings[i].env) != 0)
            return -1;
    }
    for (int a = 1; a < argc; a++) {
        const char *arg = argv[a];
        if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            usage();
            return 1;
        }
        if (strcmp(arg, "--version") == 0) {
            printf("lede-server %s\n", LEDE_VERSION);
            return 1;
        }
        if (strncmp(arg, "--", 2) != 0) {
            fprintf(stderr, "lede-server: unexpected argument \"%s\" (see --help)\n", arg);
            return -1;
        }
        const char *name = arg + 2, *eq = strchr(name, '=');
        size_t nlen = eq ? (size_t)(eq - name) : strlen(name);
        const setting *s = NULL;
        for (size_t i = 0; i < N_SETTINGS && !s; i++)
            if (strlen(settings[i].flag) == nlen && strncmp(settings[i].flag, name, nlen) == 0)
                s = &settings[i];
        if (!s) {
            fprintf(stderr, "lede-server: unknown flag \"%s\" (see --help)\n", arg);
            return -1;
        }
        const char *value = eq ? eq + 1 : NULL;
        if (!value) {
            if (a + 1 >= argc) {
                fprintf(stderr, "lede-server: --%s needs a value\n", s->flag);
                return -1;
            }
            value = argv[++a];
        }
        if (apply(c, s, value, arg) != 0)
            return -1;
    }
    if (!valid_bind(c->bind)) {
        fprintf(stderr, "lede-server: bind address \"%s\" is not an IPv4 or IPv6 address\n", c->bind);
        return -1;
    }
    return derive(c);
}

void lede_srv_config_log(const lede_srv_config *c)
{
    lede_srv_logline l;
    lede_srv_log_begin_lifecycle(&l, "settings");
    lede_srv_log_str(&l, "version", LEDE_VERSION);
    for (size_t i = 0; i < N_SETTINGS; i++) {
        const setting *s = &settings[i];
        const char *field = (const char *)c + s->off;
        switch (s->kind) {
        case K_UINT:
            lede_srv_log_int(&l, s->flag, *(const unsigned *)(const void *)field);
            break;
        case K_SIZE:
            lede_srv_log_int(&l, s->flag, (long long)*(const size_t *)(const void *)field);
            break;
        case K_STR:
            lede_srv_log_str(&l, s->flag, field);
            break;
        case K_LEVEL:
            lede_srv_log_str(&l, s->flag, lede_srv_log_level_name(*(const int *)(const void *)field));
            break;
        }
    }
    /* the number of keys, never the keys */
    lede_srv_log_int(&l, "api_keys", c->auth.n);
    lede_srv_log_end(&l);
}
