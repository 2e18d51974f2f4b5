/*
 * compress.h - gzip response compression: whether the client accepts gzip
 * (Accept-Encoding with q-values), whether a media type is worth
 * compressing, and the gzip encoder itself (zlib, windowBits 31).
 *
 * Ownership: lede_srv_gzip returns a malloc'd buffer the caller frees.
 * Thread-safety: reentrant; every call has its own z_stream, so the MHD
 * thread (small bodies, static bodies at start) and the workers (analysis
 * results) compress at the same time.
 */
#ifndef LEDE_SRV_COMPRESS_H
#define LEDE_SRV_COMPRESS_H

#include <stdbool.h>
#include <stddef.h>

/* Largest body compressed on the MHD thread at answer time (problems,
 * /metrics); larger ones go out uncompressed rather than stall every other
 * connection.  Analysis results are compressed on the worker instead. */
enum { LEDE_SRV_GZIP_INLINE_MAX = 256 * 1024 };

/* Longest Accept-Encoding value parsed; the rest is ignored. */
enum { LEDE_SRV_ACCEPT_ENCODING_MAX = 1024 };

/* True when Accept-Encoding (NULL: header absent) lets us send gzip and the
 * client does not prefer identity: "gzip" or "x-gzip" with q > 0, or "*"
 * with q > 0 when gzip is not named; "gzip;q=0" refuses it.  When identity
 * is named with a higher q than gzip, identity wins.  An absent header means
 * identity, the safe reading for old clients. */
bool lede_srv_accepts_gzip(const char *accept_encoding);

/* True for text-like media types (text/, JSON, XML, YAML, +json, +xml). */
bool lede_srv_compressible(const char *content_type);

/* gzip of in[0..n) at level (1..9) in a malloc'd buffer of at most n bytes:
 * NULL when the result would not be smaller than the input, on a zlib
 * error, or out of memory; the caller then sends the identity body. */
char *lede_srv_gzip(const char *in, size_t n, int level, size_t *out_n);

#endif
