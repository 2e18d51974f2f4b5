/*
 * openapi.h - the repository's openapi.yaml and the demo page
 * (server/static/index.html), embedded at build time (cmake/embed.cmake
 * generates the definitions).  Read-only data.
 */
#ifndef LEDE_SRV_OPENAPI_H
#define LEDE_SRV_OPENAPI_H

#include <stddef.h>

extern const unsigned char lede_openapi_yaml[];
extern const size_t lede_openapi_yaml_len;
extern const unsigned char lede_demo_html[];
extern const size_t lede_demo_html_len;

#endif
