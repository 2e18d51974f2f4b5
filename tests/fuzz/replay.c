/*
 * replay.c - main() for the plain (non-libFuzzer) build of a fuzz target:
 * runs LLVMFuzzerTestOneInput once on every file of the directories and
 * files given, in name order, each in an exact-size heap buffer so ASan sees
 * any read past the end.  ctest runs it over tests/fuzz/corpus/<target>/ and
 * tests/fuzz/regression/<target>/ in the sanitizer build (cmake/fuzz.cmake).
 * Missing directories are skipped (git keeps no empty folder), but a run
 * that finds no input at all fails: a replay of nothing proves nothing.
 * Owner: reliability (issue 7).  Single-threaded test program.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"

int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

enum { REPLAY_MAX_INPUT = 64 << 20 }; /* larger files are not fuzz inputs */

static int run_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "replay: cannot open %s: %s\n", path, strerror(errno));
        return -1;
    }
    struct stat sb;
    if (fstat(fileno(f), &sb) != 0 || sb.st_size < 0 || sb.st_size > REPLAY_MAX_INPUT) {
        fprintf(stderr, "replay: cannot size %s (or above %d bytes)\n", path, REPLAY_MAX_INPUT);
        fclose(f);
        return -1;
    }
    size_t n = (size_t)sb.st_size;
    /* malloc(0) may return NULL; libFuzzer passes a valid pointer even then */
    uint8_t *buf = malloc(n ? n : 1);
    if (!buf || fread(buf, 1, n, f) != n) {
        fprintf(stderr, "replay: cannot read %s\n", path);
        free(buf);
        fclose(f);
        return -1;
    }
    fclose(f);
    LLVMFuzzerTestOneInput(buf, n);
    free(buf);
    return 0;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int skip_name(const char *name)
{
    size_t n = strlen(name);
    return name[0] == '.' || (n > 3 && strcmp(name + n - 3, ".md") == 0);
}

/* Runs every regular file of dir; returns the number run, -1 on error. */
static long run_dir(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return errno == ENOENT ? 0 : -1;
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (skip_name(e->d_name))
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            char **p = realloc(names, cap * sizeof *p);
            if (!p)
                break;
            names = p;
        }
        names[n] = strdup(e->d_name);
        if (names[n])
            n++;
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof *names, by_name);
    long ran = 0;
    for (size_t i = 0; i < n; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        struct stat sb;
        if (stat(path, &sb) == 0 && S_ISREG(sb.st_mode)) {
            if (run_file(path) != 0)
                ran = -1;
            else if (ran >= 0)
                ran++;
        }
        free(names[i]);
    }
    free(names);
    return ran;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s DIR|FILE...\n", argv[0]);
        return 2;
    }
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    long total = 0;
    for (int i = 1; i < argc; i++) {
        struct stat sb;
        long k;
        if (stat(argv[i], &sb) == 0 && S_ISREG(sb.st_mode))
            k = run_file(argv[i]) == 0 ? 1 : -1;
        else
            k = run_dir(argv[i]);
        if (k < 0) {
            fprintf(stderr, "replay: failed on %s\n", argv[i]);
            return 1;
        }
        printf("replay: %ld inputs from %s\n", k, argv[i]);
        total += k;
    }
    if (total == 0) {
        fprintf(stderr, "replay: no inputs found; add seeds to the target's corpus folder\n");
        return 1;
    }
    printf("replay: %ld inputs, no failure\n", total);
    return 0;
}
