/*
 * config.h - the server's settings: defaults, LEDE_* environment variables,
 * then command-line flags (flags win).  Filled once in main() before any
 * thread starts and read-only afterwards, so every thread may read it.
 */
#ifndef LEDE_SRV_CONFIG_H
#define LEDE_SRV_CONFIG_H

#include <stddef.h>
#include <stdint.h>

#include "auth.h"
#include "cors.h"

enum { LEDE_SRV_BIND_MAX = 64, LEDE_SRV_PATH_MAX = 1024 };

typedef struct lede_srv_config {
    unsigned port;                  /* 0: the kernel picks one (tests)          */
    char bind[LEDE_SRV_BIND_MAX];   /* IPv4 or IPv6 literal                     */
    unsigned workers;               /* analysis threads                         */
    unsigned queue;                 /* jobs waiting for a worker                */
    size_t max_body;                /* request body bytes                       */
    unsigned deadline_ms;           /* per analysis, from enqueue; 0: none      */
    int log_level;                  /* LEDE_LOG_*                               */
    char data_dir[LEDE_SRV_PATH_MAX]; /* "" : the core's default                */
    unsigned connection_timeout_s;  /* idle connection cut after this           */
    unsigned request_timeout_s;     /* sending one request; 0: no limit         */
    unsigned max_connections;       /* open connections at once                 */
    size_t connection_memory;       /* per-connection buffer (headers + reads)  */
    unsigned drain_timeout_ms;      /* SIGTERM: longest wait for in-flight work */
    unsigned retry_after_s;         /* Retry-After on 503                       */
    unsigned compress_level;        /* gzip level 1-9; 0: never compress        */
    size_t compress_min;            /* smaller bodies are sent as they are      */
    char cors_origin[LEDE_SRV_CORS_SPEC_MAX]; /* "" off, "*", or origins      */
    unsigned cors_max_age_s;        /* Access-Control-Max-Age on preflights     */
    char api_key_file[LEDE_SRV_PATH_MAX]; /* "" : none                        */
    /* derived from the above (and LEDE_API_KEYS) by lede_srv_config_load */
    lede_srv_cors cors;
    lede_srv_auth auth;
} lede_srv_config;

/* Fills cfg from defaults, the environment and argv.  Returns 0 on success,
 * 1 when --help or --version was handled (exit 0), -1 on a bad setting (a
 * message was written to stderr; exit 2). */
int lede_srv_config_load(lede_srv_config *cfg, int argc, char **argv);

/* Logs every setting once, as one JSON line. */
void lede_srv_config_log(const lede_srv_config *cfg);

#endif
