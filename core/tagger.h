/*
 * tagger.h - internals of the named-entity tagger, shared by the runtime
 * (tagger.c, tagger_model.c, tagger_features.c, tagger_viterbi.c) and the
 * trainer (tools/train/).  Owner: the NER tagger (issue 3).
 *
 * The model is a structured averaged perceptron over BILOU labels with
 * first-order transitions, decoded exactly (Viterbi) twice: pass 1 with a
 * lite set of local features, pass 2 with all of them plus features of
 * pass 1's labels for the same word elsewhere in the document.  Training
 * and run time share every feature function and the decoder, so neither
 * can drift between them.
 *
 * The file (data/ner.model) is mapped read-only.  Layout, all integers
 * little-endian, every section 64-byte aligned:
 *   header (lede_tg_header, 512 bytes)
 *   per weight table (pass 1, pass 2): an index of 2^bits uint32 entries
 *     (open addressing: 16-bit tag | row << 16, 0 = empty), then `rows`
 *     dense lede_tg_wrow (the feature's 17 label weights as int8 with a
 *     shared power-of-two exponent: real = w << exp, times unit), the rows
 *     most often used in training first
 *   word classes: 2^c_bits lede_tg_cslot               (Brown cluster, case stats)
 *   cluster paths: c_paths x uint64 (bits | len << 32)
 *   gazetteer:    2^g_bits lede_tg_gslot               (names from training docs)
 * The checksum (lede_tg_checksum) covers every byte after the header.
 * Thread-safety: the loaded model is immutable; feature functions write only
 * the caller's buffers.
 */
#ifndef LEDE_TAGGER_H
#define LEDE_TAGGER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "doc.h"
#include "lexicon.h"
#include "model_mem.h"

/* ---- labels: 0 = O, then 1 + type * 4 + {B, I, L, U} ------------------------ */
enum { LEDE_TG_PER, LEDE_TG_ORG, LEDE_TG_LOC, LEDE_TG_MISC, LEDE_TG_NTYPES };
enum { LEDE_TG_B, LEDE_TG_I, LEDE_TG_L, LEDE_TG_U };
#define LEDE_TG_NLAB (1 + LEDE_TG_NTYPES * 4)   /* 17                          */

static inline int lede_tg_label(int type, int pos) { return 1 + type * 4 + pos; }
static inline int lede_tg_ltype(int label) { return label ? (label - 1) >> 2 : -1; }
static inline int lede_tg_lpos(int label) { return label ? (label - 1) & 3 : -1; }
/* The labels that may follow `prev` (-1: sentence start); bit per label.
 * In closed form (no loop over the types), inline: the decoder's margin
 * asks for it at every mention token.  Label 1 + 4t + pos: B = 1, I = 2,
 * L = 3, U = 4 (+ 4t). */
static inline uint32_t lede_tg_allowed(int prev, bool last)
{
    int pp = lede_tg_lpos(prev);
    if (prev > 0 && (pp == LEDE_TG_B || pp == LEDE_TG_I)) {
        int t = lede_tg_ltype(prev);
        return 1u << lede_tg_label(t, LEDE_TG_L) | (last ? 0u : 1u << lede_tg_label(t, LEDE_TG_I));
    }
    /* O, every U-x and, unless last, every B-x */
    return 0x11111u | (last ? 0u : 0x2222u);
}
lede_etype lede_tg_etype(int type);

/* ---- file format ----------------------------------------------------------------- */
#define LEDE_TG_MAGIC "LEDENER\x1a"
/* 3: index and dense rows (was: 20-byte slots holding the weights, half
 * of them empty, 2.6 MB for both tables, more than a core's L2). */
#define LEDE_TG_VERSION 3u
/* Bumped whenever a feature template changes: an old model would score
 * the wrong features, so load refuses it. */
#define LEDE_TG_FEATSET 9u
#define LEDE_TG_HEADER_SIZE 512u
/* A model file larger than this is refused at load (it is read into memory). */
#define LEDE_TG_MODEL_MAX_BYTES ((size_t)256 << 20)

/* One weight table. */
typedef struct lede_tg_wtable {
    uint32_t bits, rows;      /* 2^bits index entries; rows (features) stored */
    uint64_t off;             /* the index                                     */
    uint64_t rows_off;        /* the rows                                      */
    float unit;               /* score of w = 1, exp = 0                       */
    uint32_t pad;
} lede_tg_wtable;

/* Table 0 scores pass 1 (local features); table 1, when present, pass 2
 * (local and document features). */
#define LEDE_TG_TABLES 2
#define LEDE_TG_F_LITE1 1u     /* pass 1 uses the lite feature set         */

typedef struct lede_tg_header {
    char magic[8];
    uint32_t version, header_size;
    uint64_t file_size;
    uint64_t checksum;        /* lede_tg_checksum of bytes [header_size, file_size) */
    uint32_t n_labels, featset;
    lede_tg_wtable w[LEDE_TG_TABLES];
    float conf_scale;         /* margin (score units) -> logistic confidence  */
    uint32_t n_tables;        /* 1 or 2                                        */
    uint32_t c_bits, c_count;
    uint64_t c_off;
    uint32_t c_paths, g_bits;
    uint64_t c_paths_off, g_off;
    uint32_t g_count, flags;
    char info[256];           /* free text: what it was trained on            */
    uint8_t reserved[512 - 160 - 256];
} lede_tg_header;

/* A feature's weights for every label, so one row scores a feature for all
 * of them.  The index (4 bytes an entry, half empty) is searched instead
 * of the rows, so a feature the model lacks costs one index line, and the
 * rows are packed with no empty slot between them: both tables' index and
 * rows fit a 2 MB L2 with room to spare. */
#define LEDE_TG_MAX_EXP 15
#define LEDE_TG_MAX_ROWS 65535u /* row numbers are 16 bits */
typedef struct lede_tg_wrow { int8_t w[LEDE_TG_NLAB]; uint8_t exp; } lede_tg_wrow;
static inline uint32_t lede_tg_ientry(uint16_t tag, uint32_t row) { return tag | row << 16; }
/* A word class: Brown cluster id, how often the word is capitalised inside
 * a sentence in unlabeled news (bucket), and a frequency bucket. */
typedef struct lede_tg_cslot { uint32_t tag; uint16_t cluster; uint8_t capb, freqb; } lede_tg_cslot;
/* A gazetteer key: a whole phrase (types = LEDE_TG_* bits) or, under a
 * separate key, a phrase's first word (maxlen = longest phrase it starts). */
typedef struct lede_tg_gslot { uint32_t tag; uint8_t types, maxlen; uint16_t pad; } lede_tg_gslot;

#define LEDE_TG_GAZ_MAX 6    /* words per gazetteer phrase                  */
#define LEDE_TG_CAPB_N 6     /* capitalisation buckets, 0 = unknown          */
/* Lexicon classes the tagger's features see (core/lexicon.h bits 0-11, as
 * data/ner.model was trained).  A class added since (LEDE_LEX_FACILITY)
 * serves the rules only, so the model's features stay what it learned. */
#define LEDE_TG_LEX_CLASSES 0x0FFFu

/* FNV-style 64-bit hash over 8-byte words; defines the file checksum. */
uint64_t lede_tg_checksum(const void *p, size_t n);

/* ---- hashing ------------------------------------------------------------------------ */
static inline uint64_t lede_tg_mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}
static inline uint64_t lede_tg_hash(const char *s, size_t n, uint64_t seed)
{
    uint64_t h = 0xcbf29ce484222325ULL ^ seed;
    size_t i = 0;
    for (; i + 4 <= n; i += 4) { /* the same steps, a quarter of the loop tests */
        h = (h ^ (unsigned char)s[i]) * 0x100000001b3ULL;
        h = (h ^ (unsigned char)s[i + 1]) * 0x100000001b3ULL;
        h = (h ^ (unsigned char)s[i + 2]) * 0x100000001b3ULL;
        h = (h ^ (unsigned char)s[i + 3]) * 0x100000001b3ULL;
    }
    for (; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 0x100000001b3ULL;
    return lede_tg_mix(h);
}
/* Feature key of template t with value v.  Values are already hashes (or
 * small codes), so one multiply and a fold of the high bits into the low
 * ones (slot indices use the low bits) are enough. */
static inline uint64_t lede_tg_key(uint32_t t, uint64_t v)
{
    uint64_t h = (v ^ ((uint64_t)t * 0x9E3779B97F4A7C15ULL)) * 0xff51afd7ed558ccdULL;
    return h ^ (h >> 31);
}
static inline uint64_t lede_tg_key2(uint32_t t, uint64_t a, uint64_t b)
{
    return lede_tg_key(t, a ^ (((b << 29) | (b >> 35)) * 0xc4ceb9fe1a85ec53ULL));
}
static inline uint32_t lede_tg_tag(uint64_t h) { return (uint32_t)(h >> 32) | 1u; }
static inline uint16_t lede_tg_tag16(uint64_t h)
{
    uint16_t t = (uint16_t)(h >> 48);
    return t ? t : 1;
}

/* Hash of a digit-normalised folded word ("1996-08-22" -> "0000-00-00"):
 * the key of word features, word classes and the gazetteer. */
uint64_t lede_tg_word_hash(const char *norm, size_t n);

/* ---- read-only tables (mapped from the file, or built by the trainer) ------------ */
typedef struct lede_tg_tables {
    const lede_tg_cslot *cls;
    uint64_t cls_mask;
    const uint64_t *paths;
    uint32_t n_paths;
    const lede_tg_gslot *gaz;
    uint64_t gaz_mask;
    const lede_lexicon *lex;   /* may be NULL */
} lede_tg_tables;

const lede_tg_cslot *lede_tg_cls_find(const lede_tg_tables *t, uint64_t word);
const lede_tg_gslot *lede_tg_gaz_find(const lede_tg_gslot *g, uint64_t mask, uint64_t key);
/* Keys of a gazetteer phrase (hash chain of word hashes) and first word. */
static inline uint64_t lede_tg_gaz_step(uint64_t h, uint64_t word) { return lede_tg_mix(h * 31 + word); }
static inline uint64_t lede_tg_gaz_first(uint64_t word) { return lede_tg_key(0x6A7F, word); }
#define LEDE_TG_GAZ_SEED 0x5151ULL

/* ---- per-document token view ---------------------------------------------------------- */
enum { LEDE_TG_CAP_NONE, LEDE_TG_CAP_LOWER, LEDE_TG_CAP_INIT, LEDE_TG_CAP_ALL, LEDE_TG_CAP_ONE };
enum { LEDE_TG_CTX_BODY, LEDE_TG_CTX_INIT, LEDE_TG_CTX_HEAD, LEDE_TG_CTX_NUMLINE };

/* One token, 64 bytes.  The hash only a decoded word's own keys read (the
 * 3-code-point suffix) is not kept here: lede_tg_keys_of computes it from
 * the token's bytes (lede_tg_suf3, lede_tg_affixes), once per distinct
 * word and table, where the view would have for every distinct text of
 * the document. */
typedef struct lede_tg_tok {
    uint64_t word, sshape;
    uint64_t path;             /* cluster path bits | len << 32, 0 = none   */
    uint32_t form;             /* index of the word in the document          */
    uint16_t lex;              /* LEDE_LEX_* bits of the lexicon match        */
    uint8_t lexpos, gazpos;    /* B/I/L/U + 1 of the match, 0 = none          */
    uint8_t gazmax;            /* longest gazetteer phrase the word starts, 0 = none */
    uint8_t gaz;               /* LEDE_TG_* type bits of the gazetteer match  */
    uint8_t cap, ctx, capb, freqb;
    uint8_t misc;              /* LEDE_TG_M_* bits                            */
    uint8_t runpos, runlen;    /* place in a run of capitalised words, 0 = none */
    uint8_t plain;             /* 1: ASCII bytes, no capital (lede_tg_plain_lower) */
    uint32_t run_first, run_last; /* token indices of the run's ends           */
    uint32_t text;             /* ordinal of its text among the document's distinct texts */
    uint16_t cluster;          /* word class whose path `path` is (tables' paths[cluster]),
                                * LEDE_TG_NO_CLUSTER = none; read only where path != 0 */
} lede_tg_tok;
#define LEDE_TG_NO_CLUSTER 0xFFFFu

enum {
    LEDE_TG_M_POSS_NEXT = 1,   /* 's follows                                 */
    LEDE_TG_M_PAREN_PREV = 2,  /* ( precedes                                  */
    LEDE_TG_M_PAREN_NEXT = 4,  /* ( follows                                   */
    LEDE_TG_M_HYPHEN = 8,
    LEDE_TG_M_ABBREV = 16,
    LEDE_TG_M_SKIP = 32,       /* covered by an earlier stage's mention        */
};

/* Per-form counts across the document. */
typedef struct lede_tg_form {
    uint64_t word;
    uint16_t cap, lower;       /* in positions where case is informative     */
    uint16_t lab[LEDE_TG_NTYPES + 1]; /* pass-1 labels: types, then O         */
} lede_tg_form;

typedef struct lede_tg_docview {
    const lede_doc *d;
    lede_tg_tok *tok;          /* d->toks.n                                    */
    lede_tg_form *forms;
    uint32_t n_forms;
    uint32_t n_texts;          /* distinct texts (same bytes, folded form, letter/digit flags) */
    uint32_t *form_table;      /* open addressing, form index + 1, 0 = empty   */
    uint64_t form_mask;
    uint32_t *starts;          /* lede_tg_prepare's: 2 x d->toks.n             */
} lede_tg_docview;

/* How token i's word is written elsewhere in the document, where case
 * carries information (prose, not at a sentence's start): bit 0 with a
 * capital, bit 1 in lower case; 0 for a token with no letter.  From the
 * per-form counts lede_tg_prepare made, when a feature asks (most tokens
 * are never decoded). */
static inline unsigned lede_tg_docstat(const lede_tg_docview *v, size_t i)
{
    const lede_tg_tok *k = &v->tok[i];
    if (k->cap == LEDE_TG_CAP_NONE)
        return 0;
    unsigned cap = v->forms[k->form].cap, low = v->forms[k->form].lower;
    if (k->ctx == LEDE_TG_CTX_BODY) { /* not this use */
        if (k->cap == LEDE_TG_CAP_LOWER)
            low--;
        else
            cap--;
    }
    return (cap ? 1u : 0u) | (low ? 2u : 0u);
}

/* Prefixes and suffixes of 1-4 code points of token i's folded word (0:
 * none).  Only the keys of a decoded token's own word need all eight, so
 * they are hashed there, from the text, and not for every token of the
 * view. */
void lede_tg_affixes(const lede_tg_docview *v, size_t i, uint64_t pre[4], uint64_t suf[4]);
/* lede_tg_affixes' suf[2] alone (the lite set's suffix key): the hash of
 * the last 3 code points of a word of 4 or more, else 0. */
uint64_t lede_tg_suf3(const lede_tg_docview *v, size_t i);
/* lede_tg_affixes' pre, and its suf[2] returned (lede_tg_suf3): every
 * affix the keys of feature set 9 list (the other suffixes were dropped),
 * for a third less hashing than lede_tg_affixes, in one call. */
uint64_t lede_tg_prefixes(const lede_tg_docview *v, size_t i, uint64_t pre[4]);

/* Zeroes n bytes at p with plain vector stores.  glibc's memset runs `rep
 * stosb` above 2 KB, which is as fast, but counts as one instruction a
 * byte in callgrind, the measure of bench/profile.sh: the two hash tables
 * of lede_tg_prepare (12 KB for a 400-token document) were 4.5M of its
 * 69.5M instructions a path. */
void lede_tg_zero(void *p, size_t n);

/* Slots the form and text tables of lede_tg_prepare start with at most
 * (room for 2n are reserved; they double when half full). */
#define LEDE_TG_SLOTS0 ((size_t)1 << 16)
/* Bytes of scratch lede_tg_prepare needs for n tokens. */
size_t lede_tg_scratch_size(size_t n_tokens);
/* Fills the token view of the whole document into `mem` (scratch_size
 * bytes, 16-byte aligned).  Tokens of sentences where skip_sent[s] is set
 * are still described (their words are context) but get no gazetteer. */
void lede_tg_prepare(lede_tg_docview *v, const lede_doc *d, const lede_tg_tables *t, void *mem);

/* At most 64 keys: see lede_tg_static_keys (16 lexicon classes, 7 misc bits). */
#define LEDE_TG_MAX_STATIC 80
/* Keys of the features of token i that do not depend on labels: the lite
 * set (pass 1 of a two-pass model) or all of them. */
size_t lede_tg_static_keys(const lede_tg_docview *v, size_t i, uint32_t sb, uint32_t se, bool lite, uint64_t *out);
/* The same keys split in two, for lede_ner_run's per-document word cache:
 * word keys are functions of the token's own text alone (its word, sshape
 * and path fields, computed by lede_tg_prepare from the token's bytes, and
 * its affixes, lede_tg_affixes), so equal texts give equal keys;
 * context keys are the rest (neighbours, case in context, document
 * statistics, lexicon, gazetteer and capital-run positions).  Together they
 * are exactly lede_tg_static_keys' keys, in another order. */
size_t lede_tg_word_keys(const lede_tg_docview *v, size_t i, bool lite, uint64_t *out);
size_t lede_tg_context_keys(const lede_tg_docview *v, size_t i, uint32_t sb, uint32_t se, bool lite,
                            uint64_t *out);
/* Key of the transition row from label `prev` (-1: start of a run): its
 * weights are the scores of each next label. */
uint64_t lede_tg_trans_key(int prev);
/* Best BILOU-valid labels y[0..n) for label scores sc[n][NLAB] and
 * transitions trans[NLAB + 1][NLAB] (row 0: start); bp is n * NLAB bytes. */
void lede_tg_viterbi(const float *sc, size_t n, const float *trans, uint8_t *bp, uint8_t *y);
/* The same decoder with the transitions' outside block (O, B-x, U-x after
 * O, L-x, U-x) laid out once, for callers decoding many runs with the same
 * transitions; trans must outlive it. */
typedef struct lede_tg_vtrans {
    float tout[9][12];         /* [predecessor][target], 3 x 4 lanes       */
    float tin[2][2][4];        /* [B-x or I-x pred][lane group], inside block */
    const float *trans;
} lede_tg_vtrans;
void lede_tg_vtrans_init(lede_tg_vtrans *vt, const float *trans);
void lede_tg_viterbi_vt(const float *sc, size_t n, const lede_tg_vtrans *vt, uint8_t *bp, uint8_t *y);
/* The run-time decoder: the same labels as lede_tg_viterbi_vt (same float
 * sums, same tie-breaking), but the forward pass keeps only each token's
 * best scores (alpha: n * LEDE_TG_ASTRIDE floats, 16-byte aligned) and the
 * back pointers of the one best path are recomputed from them, which is
 * far cheaper than tracking an argument for all 17 labels at every token. */
#define LEDE_TG_ASTRIDE 20
void lede_tg_viterbi_alpha(const float *sc, size_t n, const lede_tg_vtrans *vt, float *alpha, uint8_t *y);
/* Score of y[i] minus the best other label valid between its neighbours. */
float lede_tg_margin(const float *sc, size_t n, const float *trans, const uint8_t *y, size_t i);

/* The first i in [i, e) where flag bytes p[i] are nonzero (e if none),
 * eight bytes a step: the tagger's per-token flags (active tokens,
 * labels) are zero for most of a document's tokens, and the loops that
 * read them visit every token. */
static inline size_t lede_tg_next_set(const uint8_t *p, size_t i, size_t e)
{
    for (; i + 8 <= e; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (w) /* little-endian: the lowest set byte comes first */
            return i + (size_t)__builtin_ctzll(w) / 8;
    }
    while (i < e && !p[i])
        i++;
    return i;
}
/* The first i in [i, e) where p[i] is zero (e if none). */
static inline size_t lede_tg_next_clear(const uint8_t *p, size_t i, size_t e)
{
    for (; i + 8 <= e; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        /* a zero byte's high bit set; exact for the lowest zero byte */
        uint64_t z = (w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL;
        if (z)
            return i + (size_t)__builtin_ctzll(z) / 8;
    }
    while (i < e && p[i])
        i++;
    return i;
}

/* No capital letter in the token's bytes (ASCII only: a byte of another
 * script counts as one, left to the model). */
static inline bool lede_tg_plain_lower(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    for (size_t k = 0; k < n; k++)
        if (p[k] >= 0x80 || (p[k] >= 'A' && p[k] <= 'Z'))
            return false;
    return true;
}

/* A lowercase word that sits inside names ("of", "de", "van", "&"):
 * capital runs (tagger_features.c) and pass 2's revisits (tagger_settle.c)
 * continue through it.  s: the folded word. */
bool lede_tg_particle(const char *s, size_t n);

/* How far, in words, a word with no capital must be from every word with
 * one for the tagger to leave it untagged (tagger_reach.c). */
#ifndef LEDE_TG_NAME_REACH
#define LEDE_TG_NAME_REACH 1
#endif
/* Clears active[i] (1 -> 0) for the tokens of the sentence that are that
 * far from any capital; tokens already inactive stay so.  With v (the
 * prepared view), a word capitalised only because it starts the sentence
 * and nearly always lowercase inside sentences in news ("The", "But")
 * counts as having no capital; with v NULL every capital counts. */
void lede_tg_far_from_names(const lede_doc *d, const lede_tg_docview *v, const lede_sentence *se,
                            uint8_t *active);
/* lede_ner_run's: active[i] of the sentence's tokens set to "no earlier
 * stage's mention covers it" (mention < 0), then cleared as
 * lede_tg_far_from_names would, in the same pass. */
void lede_tg_reach_names(const lede_doc *d, const lede_tg_docview *v, const lede_sentence *se, uint8_t *active);
/* Words within this many tokens after one pass 2 must revisit, and
 * capitalised words that far before one (tagger_settle.c), are decoded
 * again in pass 2. */
#ifndef LEDE_TG_SETTLE_REACH
#define LEDE_TG_SETTLE_REACH 1
#endif
/* active2[i]: active[i] and pass 2 decodes token i; the others keep pass
 * 1's O (lede_tg_count_labels first). */
void lede_tg_settle(const lede_tg_docview *v, const uint8_t *y1, const uint8_t *active, uint8_t *active2);
/* Pass-2 keys: pass 1's labels y1 here and for the same word elsewhere in
 * the document (lede_tg_count_labels first). */
#define LEDE_TG_MAX_DOC 8
size_t lede_tg_doc_keys(const lede_tg_docview *v, size_t i, uint32_t sb, uint32_t se, const uint8_t *y1,
                        uint64_t *out);
/* Adds pass-1 labels y1 to the per-form counts (before pass 2). */
void lede_tg_count_labels(lede_tg_docview *v, const uint8_t *y1, const uint8_t *active);
/* Adds the pass-1 labels of tokens [b, e) to the per-form counts, which
 * lede_tg_prepare left at 0: lede_ner_run counts each run as pass 1
 * decodes it, the active tokens only (lede_tg_count_labels' counts, with
 * no pass over the document; inline: a call a run cost a tenth of it). */
static inline void lede_tg_count_run(lede_tg_docview *v, const uint8_t *y1, size_t b, size_t e)
{
    for (size_t i = b; i < e; i++) {
        const lede_tg_tok *k = &v->tok[i];
        if (k->cap == LEDE_TG_CAP_NONE)
            continue;
        int ty = lede_tg_ltype(y1[i]);
        v->forms[k->form].lab[ty < 0 ? LEDE_TG_NTYPES : ty]++;
    }
}

/* A function compiled twice where GCC can (target_clones: the copy for
 * the CPU is chosen once, at load, by an ifunc): for any x86-64 and for
 * AVX2, whose 3-operand (VEX) encoding of the same SSE steps needs no
 * register copies.  Same arithmetic, same results. */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && defined(__ELF__)
#define LEDE_TG_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define LEDE_TG_CLONES
#endif

/* ---- the loaded model -------------------------------------------------------------------- */
typedef struct lede_tg_weights {
    const uint32_t *idx;       /* 2^bits entries: tag | row << 16, 0 = empty */
    const lede_tg_wrow *rows;
    uint64_t wmask;            /* 2^bits - 1                                   */
    uint32_t n_rows;
    float unit;
} lede_tg_weights;

/* Load-time dense tables of the features of small codes (tagger_fast.c). */
typedef struct lede_tg_dense lede_tg_dense;

struct lede_tagger {
    lede_mm mem;               /* the image and the dense tables (model_mem.c) */
    size_t size;               /* of the image                                 */
    const lede_tg_header *h;
    lede_tg_weights w[LEDE_TG_TABLES]; /* w[1] == w[0] for a one-pass model */
    bool two_pass;
    bool lite1;                /* pass 1 scores the lite feature set        */
    float conf_scale;
    lede_tg_tables tab;        /* lex filled in per call from the model      */
    lede_tg_dense *dense;      /* NULL: every feature is looked up by key     */
};

/* The weights of a feature key, or NULL when the table has none.  A 16-bit
 * tag can match a stranger (about 1 in 30,000 probes): like a hash
 * collision, a little noise, never a fault. */
static inline const lede_tg_wrow *lede_tg_row(const lede_tg_weights *t, uint64_t key)
{
    uint32_t tag = lede_tg_tag16(key);
    for (uint64_t i = key & t->wmask;; i = (i + 1) & t->wmask) {
        uint32_t e = t->idx[i];
        if ((e & 0xFFFFu) == tag) /* tags are never 0: an empty entry never matches */
            return &t->rows[e >> 16];
        if (e == 0)
            return NULL;
    }
}
/* lede_tg_row without a data-dependent branch in the common case, for the
 * hot loops that look up a token's keys: whether a key is in the model is
 * a coin toss, and the probe loop's two tests per entry mispredicted ~0.3
 * times per key (callgrind --branch-sim).  The eight entries from the
 * key's home are compared at once (SSE2): the first whose tag matches
 * before the first empty one is the scalar loop's answer.  Sets *row (to
 * a pointer into the table, or NULL, not to be read when the result is
 * 0: prefetching it is harmless) and returns
 * whether the key was found; a run of eight full entries with no match
 * (rare at half load) goes on in the scalar loop. */
static inline unsigned lede_tg_probe(const lede_tg_weights *t, uint64_t key, const lede_tg_wrow **row)
{
#if defined(__SSE2__)
    uint64_t i = key & t->wmask;
    if (i + 9 <= t->wmask + 1) { /* idx[i + 8] is read below */
        uint32_t tag = lede_tg_tag16(key);
        __m128i a = _mm_loadu_si128((const __m128i *)(const void *)(t->idx + i));
        __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(t->idx + i + 4));
        __m128i tg = _mm_set1_epi32((int)tag), lo16 = _mm_set1_epi32(0xFFFF), z = _mm_setzero_si128();
        unsigned hit = (unsigned)_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(_mm_and_si128(a, lo16), tg))) |
                       (unsigned)_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(_mm_and_si128(b, lo16), tg))) << 4;
        unsigned emp = (unsigned)_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(a, z))) |
                       (unsigned)_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(b, z))) << 4;
        /* entries up to the first empty one (all eight when none is) */
        hit &= emp ^ (emp - 1u);
        /* bit 8: no hit reads idx[i + 8], harmless */
        unsigned at = (unsigned)__builtin_ctz(hit | 0x100u);
        *row = &t->rows[t->idx[i + at] >> 16];
        if (__builtin_expect((hit | emp) != 0, 1))
            return hit != 0;
    }
#endif
    *row = lede_tg_row(t, key);
    return *row != NULL;
}

/* Where key's search starts, for prefetching. */
static inline const uint32_t *lede_tg_home(const lede_tg_weights *t, uint64_t key) { return &t->idx[key & t->wmask]; }

/* Validates a model image (header, bounds, checksum, table sanity); on
 * success fills *t (pointers into p).  Used by load and by tests. */
bool lede_tg_open_image(lede_tagger *t, const void *p, size_t n, char *err, size_t errlen);

#endif
