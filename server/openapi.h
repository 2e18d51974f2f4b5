/*
 * openapi.h - the repository's openapi.yaml, embedded at build time
 * (cmake/embed.cmake generates the definition).  Read-only data.
 */
#ifndef LEDE_SRV_OPENAPI_H
#define LEDE_SRV_OPENAPI_H

#include <stddef.h>

extern const unsigned char lede_openapi_yaml[];
extern const size_t lede_openapi_yaml_len;

#endif
