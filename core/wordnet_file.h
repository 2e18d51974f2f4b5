/*
 * wordnet_file.h - reading Debian's WordNet database files in place
 * (wordnet_file.c): a memory-mapped file, lemma lookup in a sorted index
 * file, the synsets a lemma names, a synset's words and pointers.  Used by
 * lex_wordnet.c and lex_wn_names.c at model load.  Owner: entities engineer.
 * Thread-safety: a mapped file is read-only once indexed.
 */
#ifndef LEDE_WORDNET_FILE_H
#define LEDE_WORDNET_FILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Most synsets one index line lists. */
#define WN_MAX_SENSES 64

/* A mapped file; an index file also has its line starts (lines[k]: the
 * offset of line k), so a lookup bisects lines instead of stepping back
 * from a byte to its line's start at every probe (NULL: bisect bytes). */
typedef struct wn_file {
    const char *p;
    size_t n;
    uint32_t *lines;
    size_t n_lines;
} wn_file;

/* One synset line of a data file, fields located in place. */
typedef struct wn_syn {
    const char *end;
    int lexfile;
    int w_cnt, p_cnt;
    const char *words, *ptrs;
} wn_syn;

/* One pointer of a synset: its symbol, target offset and part of speech. */
typedef struct wn_ptr { char sym[3]; uint32_t off; char pos; } wn_ptr;

/* Maps dir/name read-only; false when it cannot. */
bool lede_wn_map(wn_file *f, const char *dir, const char *name);
void lede_wn_unmap(wn_file *f);
/* Records an index file's line starts (f->lines) for lede_wn_index_find. */
void lede_wn_index_lines(wn_file *f);
/* The index line of lemma key[0..kn), or NULL. */
const char *lede_wn_index_find(const wn_file *f, const char *key, size_t kn);
/* The synset offsets an index line lists, at most cap; how many. */
size_t lede_wn_index_senses(const wn_file *f, const char *line, uint32_t *out, size_t cap);
/* The synset at byte offset off of a data file. */
bool lede_wn_synset(const wn_file *f, uint32_t off, wn_syn *s);
/* Word i of a synset, without an adjective marker like "(a)"; its length. */
size_t lede_wn_word(const wn_syn *s, int i, const char **w);
/* The pointer at p into *out; where the next starts, or NULL after the last. */
const char *lede_wn_next_ptr(const wn_syn *s, const char *p, wn_ptr *out);
/* Whether synset off of f has a pointer sym to target. */
bool lede_wn_has_ptr(const wn_file *f, uint32_t off, const char *sym, uint32_t target);

/* Calls visit for every noun synset under the roots, breadth first: the
 * roots (is_root), then their hyponyms and instance hyponyms at any depth,
 * each once, at most cap synsets in all (a power of two).  False when out
 * of memory. */
typedef void (*lede_wn_visit)(void *ctx, uint32_t off, const wn_syn *s, bool is_root);
bool lede_wn_hyponyms(const wn_file *noun, const uint32_t *roots, size_t n_roots, size_t cap, lede_wn_visit visit,
                      void *ctx);

/* WordNet's lexicographer files the loaders read. */
enum { WN_LEX_COMMUNICATION = 10, WN_LEX_PERSON = 18 };

/* A WordNet word as a display phrase ("Internet_Explorer" -> "Internet
 * Explorer") into out; 0 when it does not fit. */
static inline size_t lede_wn_to_phrase(const char *w, size_t n, char *out, size_t cap)
{
    if (n >= cap)
        return 0;
    for (size_t i = 0; i < n; i++)
        out[i] = w[i] == '_' ? ' ' : w[i];
    return n;
}

/* A name: capitalised, or a lowercase particle before a capitalised word
 * ("al-Qaeda"). */
static inline bool lede_wn_upper_initial(const char *w)
{
    if (*w >= 'A' && *w <= 'Z')
        return true;
    size_t i = 0;
    while (i < 4 && w[i] >= 'a' && w[i] <= 'z')
        i++;
    return i > 0 && w[i] == '-' && w[i + 1] >= 'A' && w[i + 1] <= 'Z';
}

#endif
