/*
 * tagger_keys.h - the tagger's feature templates and the formula of each
 * key, shared by the key lists of tagger_features.c (training and the
 * reference sums) and the load-time dense tables and per-document caches
 * of tagger_fast.c, so a shortcut can never score a different key than
 * the list it stands for.  Owner: the NER tagger.  Pure functions.
 */
#ifndef LEDE_TAGGER_KEYS_H
#define LEDE_TAGGER_KEYS_H

#include "tagger.h"

/* Template numbers; retired templates (F_LSHAPE, F_WM2, F_WP2, F_BIG_*,
 * F_GAZ_T, F_HEADWORD, F_PATH_CAP: no gain on validation) keep theirs so the
 * others keep their keys. */
enum {
    F_BIAS = 1, F_WORD, F_RAW, F_LSHAPE, F_SSHAPE, F_PRE, F_SUF = F_PRE + 4,
    F_WM1 = F_SUF + 4, F_WP1, F_WM2, F_WP2, F_BIG_L, F_BIG_R,
    F_SH3, F_SH_L, F_SH_R, F_PATH, F_NOPATH = F_PATH + 4, F_PATH_M1, F_PATH_P1,
    F_CAP, F_CAP_CAPB, F_CAP_DOC, F_CAP_FREQ, F_LEX, F_GAZ, F_GAZ_T, F_MISC, F_CAP3, F_HEADWORD,
    F_SUF_CAP, F_WM1_CAP, F_RUN, F_RUN_LAST, F_RUN_FIRST, F_WP1_CAP,
    F_PATH_CAP, F_PATH_M2, F_PATH_P2, F_SUF_M1, F_SUF_P1, F_RUN_PREV,
    D_P1 = 80,
    N_Y1 = 100, N_Y1_3, N_OTHERS, N_MAJ, N_Y1_CAP
};

/* Paths keep their first bit in bit 0: a prefix is a mask. */
static inline uint64_t lede_tgk_path_prefix(uint64_t path, uint32_t len)
{
    uint32_t have = (uint32_t)(path >> 32);
    if (len > have)
        len = have;
    return ((uint32_t)path & (uint32_t)((1ULL << len) - 1)) | (uint64_t)len << 32;
}

/* Case in context: the token's capitalisation class and sentence context. */
static inline uint64_t lede_tgk_cc(const lede_tg_tok *k) { return (uint64_t)k->cap << 4 | k->ctx; }
/* The neighbour word outside the sentence, at offset -1 or +1. */
static inline uint64_t lede_tgk_edge(long off) { return 0xB0B0ULL + (uint64_t)(off + 8); }

/* ---- small-domain keys: functions of a few small codes -------------------------- */
static inline uint64_t lede_tgk_bias(void) { return lede_tg_key(F_BIAS, 0); }
static inline uint64_t lede_tgk_nopath(uint64_t cc) { return lede_tg_key(F_NOPATH, cc); }
static inline uint64_t lede_tgk_cap_capb(uint64_t cc, unsigned capb) { return lede_tg_key(F_CAP_CAPB, cc << 8 | capb); }
static inline uint64_t lede_tgk_cap_doc(uint64_t cc, unsigned ds) { return lede_tg_key(F_CAP_DOC, cc << 8 | ds); }
static inline uint64_t lede_tgk_cap3(unsigned cm1, uint64_t cc, unsigned cp1)
{
    return lede_tg_key(F_CAP3, (uint64_t)cm1 << 8 | cc << 4 | cp1);
}
static inline uint64_t lede_tgk_lex(unsigned lexpos, unsigned b) { return lede_tg_key(F_LEX, (uint64_t)lexpos << 8 | b); }
static inline uint64_t lede_tgk_gaz(unsigned gazpos, unsigned gaz) { return lede_tg_key(F_GAZ, (uint64_t)gazpos << 8 | gaz); }
static inline uint64_t lede_tgk_cap(uint64_t cc) { return lede_tg_key(F_CAP, cc); }
static inline uint64_t lede_tgk_cap_freq(uint64_t cc, unsigned freqb) { return lede_tg_key(F_CAP_FREQ, cc << 8 | freqb); }
static inline uint64_t lede_tgk_misc(unsigned b) { return lede_tg_key(F_MISC, b); }
static inline uint64_t lede_tgk_run(unsigned runpos, unsigned runlen)
{
    return lede_tg_key(F_RUN, (uint64_t)runpos << 8 | runlen);
}

/* ---- neighbour keys: functions of one neighbour token (or the edge) ------------- */
static inline uint64_t lede_tgk_wm1(uint64_t word) { return lede_tg_key(F_WM1, word); }
static inline uint64_t lede_tgk_wp1(uint64_t word) { return lede_tg_key(F_WP1, word); }
/* t: F_PATH_M1, F_PATH_P1, F_PATH_M2 or F_PATH_P2 */
static inline uint64_t lede_tgk_path_nb(uint32_t t, uint64_t path) { return lede_tg_key(t, lede_tgk_path_prefix(path, 6)); }
/* t: F_SUF_M1 or F_SUF_P1 */
static inline uint64_t lede_tgk_suf_nb(uint32_t t, uint64_t suf2) { return lede_tg_key(t, suf2); }

/* ---- document keys (pass 2) --------------------------------------------------------- */
static inline uint64_t lede_tgk_y1(unsigned y) { return lede_tg_key(N_Y1, y); }
static inline uint64_t lede_tgk_y1_3(unsigned ym, unsigned y, unsigned yp)
{
    return lede_tg_key(N_Y1_3, (uint64_t)ym << 16 | (uint64_t)y << 8 | yp);
}
static inline uint64_t lede_tgk_y1_cap(unsigned y, uint64_t cc) { return lede_tg_key(N_Y1_CAP, (uint64_t)y << 16 | cc); }
static inline uint64_t lede_tgk_others(unsigned bits, unsigned cap) { return lede_tg_key(N_OTHERS, (uint64_t)bits << 8 | cap); }
static inline uint64_t lede_tgk_maj(unsigned maj, uint64_t cc) { return lede_tg_key(N_MAJ, (uint64_t)maj << 16 | cc); }

/* The codes of the N_OTHERS and N_MAJ keys of token i (pass 1's labels
 * of the same word elsewhere); false when the token has no letters (no
 * such keys). */
bool lede_tg_doc_codes(const lede_tg_docview *v, size_t i, const uint8_t *y1, unsigned *bits, unsigned *maj);

/* Which keys of a token lede_tg_part_keys lists (any union, in the one
 * order of lede_tg_static_keys):
 *   OWN    functions of the token's own text (word, raw, sshape, affixes, path)
 *   NB     functions of one neighbour's text: F_WM1/F_WP1 (or the sentence
 *          edge), F_PATH_M1/P1/M2/P2, F_SUF_M1/P1
 *   SMALL  functions of small codes (case, context, lexicon, gazetteer, runs)
 *          and the bias (a function of none)
 *   PAIR   the rest (shape trigram and pairs, suffix or neighbour x case,
 *          words at the ends of a capitalised run) */
enum { LEDE_TGK_OWN = 1, LEDE_TGK_NB = 2, LEDE_TGK_SMALL = 4, LEDE_TGK_PAIR = 8, LEDE_TGK_ALL = 15 };
size_t lede_tg_part_keys(const lede_tg_docview *v, size_t i, uint32_t sb, uint32_t se, bool lite, unsigned parts,
                         uint64_t *out);

/* The NB keys token j gives the token at j - off (off: -2, -1, +1, +2: j
 * is that token's neighbour at off); none for +-2 in the lite set.  They
 * are keys_of's NB keys seen from the neighbour j: each depends on j's own
 * fields only (word, path, suf2), which is what lets tagger_fast.c cache
 * them per distinct word.  Inline, so a caller's constant offset folds
 * the switch away. */
static inline size_t lede_tg_nb_keys(const lede_tg_docview *v, size_t j, int off, bool lite, uint64_t *o)
{
    const lede_tg_tok *t = &v->tok[j];
    size_t n = 0;
    switch (off) {
    case -1:
        o[n++] = lede_tgk_wm1(t->word);
        if (!lite && t->path)
            o[n++] = lede_tgk_path_nb(F_PATH_M1, t->path);
        if (!lite && t->suf2)
            o[n++] = lede_tgk_suf_nb(F_SUF_M1, t->suf2);
        break;
    case 1:
        o[n++] = lede_tgk_wp1(t->word);
        if (!lite && t->path)
            o[n++] = lede_tgk_path_nb(F_PATH_P1, t->path);
        if (!lite && t->suf2)
            o[n++] = lede_tgk_suf_nb(F_SUF_P1, t->suf2);
        break;
    case -2:
        if (!lite && t->path)
            o[n++] = lede_tgk_path_nb(F_PATH_M2, t->path);
        break;
    case 2:
        if (!lite && t->path)
            o[n++] = lede_tgk_path_nb(F_PATH_P2, t->path);
        break;
    default:
        break;
    }
    return n;
}

#endif
