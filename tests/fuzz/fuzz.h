/*
 * fuzz.h - the libFuzzer entry points every tests/fuzz/fuzz_*.c target
 * defines, declared once so -Wmissing-prototypes is satisfied.  The same
 * files build as libFuzzer binaries (LEDE_FUZZ=ON, clang) and as plain
 * replay programs with replay.c as main (cmake/fuzz.cmake).
 * Owner: reliability (issue 7).
 */
#ifndef LEDE_FUZZ_H
#define LEDE_FUZZ_H

#include <stddef.h>
#include <stdint.h>

/* Runs one input; returns 0 (libFuzzer: -1 keeps it out of the corpus). */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
/* Optional one-time setup (model loading).  Targets that need none leave it
 * undefined; replay.c declares it weak. */
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* A fuzz oracle failed: print why and abort, so libFuzzer saves the input
 * and the replay test fails. */
#define FUZZ_CHECK(cond, ...)                                                   \
    do {                                                                        \
        if (!(cond)) {                                                          \
            fprintf(stderr, "fuzz check failed at %s:%d: %s\n", __FILE__,       \
                    __LINE__, #cond);                                           \
            fprintf(stderr, "  " __VA_ARGS__);                                  \
            fputc('\n', stderr);                                                \
            abort();                                                            \
        }                                                                       \
    } while (0)

#endif
