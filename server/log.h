/*
 * log.h - one-line JSON logs on stderr (startup, access log, errors).
 * A line is built in caller storage and written with a single write(2), so
 * lines from different threads never interleave.  The level is set once in
 * main() before threads start; everything here is thread-safe.
 */
#ifndef LEDE_SRV_LOG_H
#define LEDE_SRV_LOG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum { LEDE_LOG_ERROR, LEDE_LOG_WARN, LEDE_LOG_INFO, LEDE_LOG_DEBUG };

/* Longest log line; longer values are cut (marked with "..."). */
enum { LEDE_SRV_LOG_LINE_MAX = 4096 };

int lede_srv_log_level_parse(const char *s);   /* -1 if unknown */
const char *lede_srv_log_level_name(int level);
void lede_srv_log_set_level(int level);
bool lede_srv_log_enabled(int level);

typedef struct lede_srv_logline {
    char buf[LEDE_SRV_LOG_LINE_MAX];
    size_t n;
    bool full;          /* later fields are dropped whole, never half */
} lede_srv_logline;

/* Starts {"ts":..,"level":..,"msg":..; false (and nothing to do) when the
 * level is filtered out. */
bool lede_srv_log_begin(lede_srv_logline *l, int level, const char *msg);
/* The same at level info, whatever the level setting: for the few
 * lifecycle lines (settings, listening, draining, stopped) that operators
 * and tests rely on. */
void lede_srv_log_begin_lifecycle(lede_srv_logline *l, const char *msg);
void lede_srv_log_str(lede_srv_logline *l, const char *key, const char *s);
void lede_srv_log_strn(lede_srv_logline *l, const char *key, const char *s, size_t n);
void lede_srv_log_int(lede_srv_logline *l, const char *key, long long v);
/* A duration in microseconds written as milliseconds with 3 decimals. */
void lede_srv_log_ms(lede_srv_logline *l, const char *key, int64_t us);
void lede_srv_log_bool(lede_srv_logline *l, const char *key, bool v);
void lede_srv_log_end(lede_srv_logline *l);

/* A line with just a message and optional detail. */
void lede_srv_log_msg(int level, const char *msg, const char *detail);

/* Writes s[0..n) as the body of a JSON string (no quotes) into dst, at most
 * cap bytes, never splitting an escape or a UTF-8 sequence.  Invalid UTF-8
 * becomes U+FFFD, so the output is always valid JSON.  Returns the bytes
 * written; *consumed (may be NULL) gets how many input bytes were used. */
size_t lede_srv_json_escape(char *dst, size_t cap, const char *s, size_t n, size_t *consumed);

/* Length of the valid UTF-8 prefix of s[0..n). */
size_t lede_srv_utf8_valid_prefix(const char *s, size_t n);

#endif
