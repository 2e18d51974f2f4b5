/*
 * log.c - one-line JSON logs on stderr and the JSON string escaper they
 * (and problem.c) share.  The level is written once before threads start;
 * each line lives in caller storage and leaves in one write(2).
 * No locale-dependent calls: numbers and timestamps are formatted by hand.
 * Thread-safe: the only state written after startup is each thread's own
 * cached timestamp head (begin).
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "log.h"

static int log_level = LEDE_LOG_INFO;

static const char *const level_names[] = {"error", "warn", "info", "debug"};

static bool ascii_ieq(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        char x = *a >= 'A' && *a <= 'Z' ? (char)(*a + 32) : *a;
        char y = *b >= 'A' && *b <= 'Z' ? (char)(*b + 32) : *b;
        if (x != y)
            return false;
    }
    return *a == *b;
}

int lede_srv_log_level_parse(const char *s)
{
    for (int i = 0; i < 4; i++)
        if (ascii_ieq(s, level_names[i]))
            return i;
    if (ascii_ieq(s, "warning"))
        return LEDE_LOG_WARN;
    return -1;
}

const char *lede_srv_log_level_name(int level)
{
    return level >= 0 && level < 4 ? level_names[level] : "info";
}

void lede_srv_log_set_level(int level) { log_level = level; }

bool lede_srv_log_enabled(int level) { return level <= log_level; }

/* Length of the well-formed UTF-8 sequence at s (RFC 3629: no overlongs,
 * no surrogates, nothing above U+10FFFF), or 0. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
    unsigned char c = s[0];
    if (c < 0x80)
        return 1;
    size_t len;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    if (n < len || s[1] < lo || s[1] > hi)
        return 0;
    for (size_t i = 2; i < len; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    return len;
}

size_t lede_srv_utf8_valid_prefix(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        size_t k = utf8_seq(u + i, n - i);
        if (!k)
            break;
        i += k;
    }
    return i;
}

size_t lede_srv_json_escape(char *dst, size_t cap, const char *s, size_t n, size_t *consumed)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *u = (const unsigned char *)s;
    size_t o = 0, i = 0;
    while (i < n) {
        char esc[8];
        const char *out = esc;
        size_t olen, step = 1;
        /* a run of printable ASCII that needs no escape (keys, ids,
         * numbers: most of a log line) is copied whole; byte by byte it
         * cost ~15 instructions a byte.  Cut at cap as the loop would. */
        size_t run = i;
        while (run < n && u[run] >= 0x20 && u[run] < 0x7F && u[run] != '"' && u[run] != '\\')
            run++;
        if (run > i) {
            size_t k = run - i <= cap - o ? run - i : cap - o;
            memcpy(dst + o, s + i, k);
            o += k;
            i += k;
            if (i < run)
                break;
            continue;
        }
        unsigned char c = u[i];
        if (c == '"' || c == '\\') {
            esc[0] = '\\';
            esc[1] = (char)c;
            olen = 2;
        } else if (c == '\n' || c == '\r' || c == '\t') {
            esc[0] = '\\';
            esc[1] = c == '\n' ? 'n' : c == '\r' ? 'r' : 't';
            olen = 2;
        } else if (c < 0x20 || c == 0x7F) {
            memcpy(esc, "\\u00", 4);
            esc[4] = hex[c >> 4];
            esc[5] = hex[c & 15];
            olen = 6;
        } else if (c < 0x80) {
            esc[0] = (char)c;
            olen = 1;
        } else if ((step = utf8_seq(u + i, n - i)) != 0) {
            out = s + i;
            olen = step;
            /* U+2028/U+2029 are valid in JSON but end lines for some log
             * tools and for JavaScript; escape them so a line stays a line */
            if (step == 3 && c == 0xE2 && u[i + 1] == 0x80 && (u[i + 2] == 0xA8 || u[i + 2] == 0xA9)) {
                out = u[i + 2] == 0xA8 ? "\\u2028" : "\\u2029";
                olen = 6;
            }
        } else {
            out = "\\ufffd";
            olen = 6;
            step = 1;
        }
        if (o + olen > cap)
            break;
        memcpy(dst + o, out, olen);
        o += olen;
        i += step;
    }
    if (consumed)
        *consumed = i;
    return o;
}

/* Room kept for the closing "}\n" and a truncation mark. */
enum { LOG_TAIL = 8 };

static void put(lede_srv_logline *l, const char *s, size_t n)
{
    if (l->n + n + LOG_TAIL > sizeof l->buf)
        return;
    memcpy(l->buf + l->n, s, n);
    l->n += n;
}

static void put_jstr(lede_srv_logline *l, const char *s, size_t n)
{
    size_t room = sizeof l->buf - l->n;
    if (room < LOG_TAIL + 8)
        return;
    l->buf[l->n++] = '"';
    size_t used;
    l->n += lede_srv_json_escape(l->buf + l->n, room - LOG_TAIL - 6, s, n, &used);
    if (used < n)
        put(l, "...", 3);
    l->buf[l->n++] = '"';
}

/* Room a key needs besides its value's text: quotes, ':', ',' and a number. */
enum { KEY_SLACK = 64 };

static bool put_key(lede_srv_logline *l, const char *key)
{
    size_t klen = strlen(key);
    if (l->full || l->n + klen + KEY_SLACK + LOG_TAIL > sizeof l->buf) {
        l->full = true;
        return false;
    }
    put(l, ",", 1);
    put_jstr(l, key, klen);
    put(l, ":", 1);
    return true;
}

/* Decimal digits of v into the end of buf[0..32); returns where they start. */
static char *utoa_tail(char *end, unsigned long long v)
{
    do {
        *--end = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    return end;
}

/* "{"ts":"YYYY-MM-DDTHH:MM:SS" of the last second this thread logged in:
 * gmtime_r and the formatting run once a second, not once a line (the
 * access log writes a line per request).  Thread-local, so no lock. */
enum { TS_HEAD = 26 };
static _Thread_local struct {
    time_t sec;
    bool valid;
    char head[TS_HEAD + 1];
} ts_cache;

static void begin(lede_srv_logline *l, int level, const char *msg)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    if (!ts_cache.valid || ts_cache.sec != ts.tv_sec) {
        struct tm tm;
        gmtime_r(&ts.tv_sec, &tm);
        int k = snprintf(ts_cache.head, sizeof ts_cache.head, "{\"ts\":\"%04d-%02d-%02dT%02d:%02d:%02d",
                         tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
        /* a year past 9999 does not fit: format every line in full */
        ts_cache.valid = k == TS_HEAD;
        ts_cache.sec = ts.tv_sec;
        if (!ts_cache.valid) {
            k = snprintf(l->buf, sizeof l->buf,
                         "{\"ts\":\"%04d-%02d-%02dT%02d:%02d:%02d.%03ldZ\",\"level\":\"%s\",\"msg\":",
                         tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                         ts.tv_nsec / 1000000L, lede_srv_log_level_name(level));
            l->n = k > 0 && (size_t)k < sizeof l->buf ? (size_t)k : 0;
            l->full = false;
            put_jstr(l, msg, strlen(msg));
            return;
        }
    }
    char *o = l->buf;
    memcpy(o, ts_cache.head, TS_HEAD);
    o += TS_HEAD;
    long ms = ts.tv_nsec / 1000000L;
    *o++ = '.';
    *o++ = (char)('0' + ms / 100);
    *o++ = (char)('0' + ms / 10 % 10);
    *o++ = (char)('0' + ms % 10);
    memcpy(o, "Z\",\"level\":\"", 12);
    o += 12;
    const char *name = lede_srv_log_level_name(level);
    size_t nl = strlen(name);
    memcpy(o, name, nl);
    o += nl;
    memcpy(o, "\",\"msg\":", 8);
    o += 8;
    l->n = (size_t)(o - l->buf);
    l->full = false;
    put_jstr(l, msg, strlen(msg));
}

bool lede_srv_log_begin(lede_srv_logline *l, int level, const char *msg)
{
    if (!lede_srv_log_enabled(level))
        return false;
    begin(l, level, msg);
    return true;
}

void lede_srv_log_begin_lifecycle(lede_srv_logline *l, const char *msg) { begin(l, LEDE_LOG_INFO, msg); }

void lede_srv_log_str(lede_srv_logline *l, const char *key, const char *s)
{
    if (!s) {
        if (put_key(l, key))
            put(l, "null", 4);
        return;
    }
    lede_srv_log_strn(l, key, s, strlen(s));
}

void lede_srv_log_strn(lede_srv_logline *l, const char *key, const char *s, size_t n)
{
    if (put_key(l, key))
        put_jstr(l, s, n);
}

void lede_srv_log_int(lede_srv_logline *l, const char *key, long long v)
{
    char num[32];
    unsigned long long m = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
    char *p = utoa_tail(num + sizeof num, m);
    if (v < 0)
        *--p = '-';
    if (put_key(l, key))
        put(l, p, (size_t)(num + sizeof num - p));
}

void lede_srv_log_ms(lede_srv_logline *l, const char *key, int64_t us)
{
    char num[48];
    if (us < 0)
        us = 0;
    /* "%lld.%03lld" of us / 1000 and us % 1000, by hand */
    unsigned long long u = (unsigned long long)us;
    char *end = num + sizeof num;
    unsigned frac = (unsigned)(u % 1000);
    *--end = (char)('0' + frac % 10);
    *--end = (char)('0' + frac / 10 % 10);
    *--end = (char)('0' + frac / 100);
    *--end = '.';
    char *p = utoa_tail(end, u / 1000);
    if (put_key(l, key))
        put(l, p, (size_t)(num + sizeof num - p));
}

void lede_srv_log_bool(lede_srv_logline *l, const char *key, bool v)
{
    if (put_key(l, key))
        put(l, v ? "true" : "false", v ? 4 : 5);
}

void lede_srv_log_end(lede_srv_logline *l)
{
    /* LOG_TAIL bytes were always kept free for this */
    l->buf[l->n++] = '}';
    l->buf[l->n++] = '\n';
    size_t off = 0;
    while (off < l->n) {
        ssize_t w = write(STDERR_FILENO, l->buf + off, l->n - off);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            break;
        off += (size_t)w;
    }
}

void lede_srv_log_msg(int level, const char *msg, const char *detail)
{
    lede_srv_logline l;
    if (!lede_srv_log_begin(&l, level, msg))
        return;
    if (detail)
        lede_srv_log_str(&l, "detail", detail);
    lede_srv_log_end(&l);
}
