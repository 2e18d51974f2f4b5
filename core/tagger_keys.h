/*
 * tagger_keys.h - the tagger's feature templates, the formula of each key
 * and the key list of a token (lede_tg_keys_of), shared by the key lists
 * of tagger_features.c (training and the reference sums) and the
 * load-time dense tables and per-document caches of tagger_fast.c, so a
 * shortcut can never score a different key than the list it stands for.  Owner: the NER tagger.  Pure functions.
 */
#ifndef LEDE_TAGGER_KEYS_H
#define LEDE_TAGGER_KEYS_H

#include "tagger.h"

/* Template numbers; retired templates (F_LSHAPE, F_WM2, F_WP2, F_BIG_*,
 * F_GAZ_T, F_HEADWORD, F_PATH_CAP: no gain on validation; F_SH_L,
 * F_SUF_CAP, F_SUF_M1, F_SUF_P1: up to four hash probes per token of pass 2
 * for no loss on validation, feature set 8; F_RAW and the 1-, 2- and
 * 4-code-point suffixes F_SUF + 0, 1, 3: a hash of the bytes and up to
 * five probes per decoded word, feature set 9) keep theirs so the others
 * keep their keys. */
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
/* The token's own cluster path prefix a (0-3: 4, 6, 10, 20 bits). */
static inline uint32_t lede_tgk_path_len(unsigned a) { return a == 0 ? 4 : a == 1 ? 6 : a == 2 ? 10 : 20; }
static inline uint64_t lede_tgk_path_own(unsigned a, uint64_t path)
{
    return lede_tg_key(F_PATH + a, lede_tgk_path_prefix(path, lede_tgk_path_len(a)));
}
/* t: F_PATH_M1, F_PATH_P1, F_PATH_M2 or F_PATH_P2 */
static inline uint64_t lede_tgk_path_nb(uint32_t t, uint64_t path) { return lede_tg_key(t, lede_tgk_path_prefix(path, 6)); }

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
 * such keys).  Inline: pass 2 asks at every token it decodes, and the
 * call and the loops over the five counts cost more than the codes. */
static inline bool lede_tg_doc_codes(const lede_tg_docview *v, size_t i, const uint8_t *y1, unsigned *bits_out,
                                     unsigned *maj_out)
{
    const lede_tg_tok *k = &v->tok[i];
    if (k->cap == LEDE_TG_CAP_NONE)
        return false;
    const uint16_t *lab = v->forms[k->form].lab;
    unsigned cnt[LEDE_TG_NTYPES + 1];
    for (int t = 0; t <= LEDE_TG_NTYPES; t++)
        cnt[t] = lab[t];
    int own = lede_tg_ltype(y1[i]);
    if (cnt[own < 0 ? LEDE_TG_NTYPES : own])
        cnt[own < 0 ? LEDE_TG_NTYPES : own]--;
    unsigned bits = 0, best = 0, maj = 0;
    for (int t = 0; t <= LEDE_TG_NTYPES; t++) {
        if (cnt[t])
            bits |= 1u << t;
        if (cnt[t] > best) {
            best = cnt[t];
            maj = (unsigned)t + 1;
        }
    }
    *bits_out = bits;
    *maj_out = maj;
    return true;
}

/* Which keys of a token lede_tg_part_keys lists (any union, in the one
 * order of lede_tg_static_keys):
 *   OWN    functions of the token's own text (word, sshape, affixes)
 *   OWNPATH  functions of the token's own word class: F_PATH + 0..3 (the
 *          cluster path's prefixes)
 *   NB     functions of one neighbour's text: F_WM1/F_WP1 (or the sentence
 *          edge)
 *   NBPATH functions of one neighbour's word class: F_PATH_M1/P1/M2/P2
 *   SMALL  functions of small codes (case, context, lexicon, gazetteer, runs)
 *          and the bias (a function of none)
 *   PAIR   the rest (shape trigram and right pair, neighbour x case,
 *          words at the ends of a capitalised run)
 * Word classes are few (256 in data/ner.model): tagger_fast.c sums their
 * keys' rows per class at model load. */
enum { LEDE_TGK_OWN = 1, LEDE_TGK_NB = 2, LEDE_TGK_SMALL = 4, LEDE_TGK_PAIR = 8, LEDE_TGK_OWNPATH = 16,
       LEDE_TGK_NBPATH = 32, LEDE_TGK_ALL = 63 };
size_t lede_tg_part_keys(const lede_tg_docview *v, size_t i, uint32_t sb, uint32_t se, bool lite, unsigned parts,
                         uint64_t *out);

/* The NB keys token j gives the token at j - off (off: -1 or +1: j is
 * that token's neighbour at off; at +-2 there are NBPATH keys only).
 * They are lede_tg_keys_of's NB keys seen from the neighbour j: each
 * depends on j's own fields only (its word), the same in both sets.
 * Inline, so a caller's constant offset folds the switch away. */
static inline size_t lede_tg_nb_keys(const lede_tg_docview *v, size_t j, int off, uint64_t *o)
{
    const lede_tg_tok *t = &v->tok[j];
    switch (off) {
    case -1:
        o[0] = lede_tgk_wm1(t->word);
        return 1;
    case 1:
        o[0] = lede_tgk_wp1(t->word);
        return 1;
    default:
        return 0;
    }
}

/* ---- a decoded word's affixes (tagger_features.c's lede_tg_suf3,
 * lede_tg_prefixes and lede_tg_affixes), here to be inlined into the key
 * lists: the per-document cache fills a word's own keys once a table ---- */
/* Prefixes of 1-4 code points of the folded word (affixes' pre): one FNV
 * pass forwards, read out at code-point boundaries. */
static inline void lede_tgk_prefixes(const char *s, size_t n, uint64_t pre[4])
{
    const unsigned char *u = (const unsigned char *)s;
    uint64_t h = 0xcbf29ce484222325ULL;
    size_t cps = 0;
    for (size_t i = 0; i < n && cps < 4; i++) {
        h = (h ^ u[i]) * 0x100000001b3ULL;
        if (i + 1 == n || (u[i + 1] & 0xC0) != 0x80) {
            cps++;
            /* a prefix that is the whole word is not an affix */
            pre[cps - 1] = i + 1 < n ? lede_tg_mix(h ^ (0x33 + cps)) : 0;
        }
    }
}

/* lede_tg_affixes' suf[2] alone: the one suffix the keys list. */
static inline uint64_t lede_tgk_suffix3(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    uint64_t h = 0x84222325cbf29ce4ULL;
    size_t cps = 0;
    for (size_t i = n; i-- > 0;) {
        h = (h ^ u[i]) * 0x100000001b3ULL;
        if ((u[i] & 0xC0) != 0x80 && ++cps == 3)
            return i > 0 ? lede_tg_mix(h ^ (0x44 + 3)) : 0;
    }
    return 0;
}

static inline uint64_t lede_tgk_suf3(const lede_tg_docview *v, size_t i)
{
    const lede_token *tk = &v->d->toks.v[i];
    return tk->flags & LEDE_TF_ALPHA ? lede_tgk_suffix3(lede_tok_norm(v->d, tk), tk->norm_len) : 0;
}
/* The prefixes into pre, and the 3-code-point suffix returned. */
static inline uint64_t lede_tgk_affixes9(const lede_tg_docview *v, size_t i, uint64_t pre[4])
{
    const lede_token *tk = &v->d->toks.v[i];
    memset(pre, 0, 4 * sizeof *pre);
    if (!(tk->flags & LEDE_TF_ALPHA))
        return 0;
    const char *s = lede_tok_norm(v->d, tk);
    lede_tgk_prefixes(s, tk->norm_len, pre);
    return lede_tgk_suffix3(s, tk->norm_len);
}

/* ---- the key list of a token (tagger_features.c's lede_tg_*_keys, and inlined
 * into tagger_fast.c's sums with a constant `parts`) ------------------------------- */

static inline uint64_t lede_tgk_nb_word(const lede_tg_docview *v, size_t i, long off, uint32_t sb, uint32_t se)
{
    long j = (long)i + off;
    if (j < (long)sb || j >= (long)se)
        return lede_tgk_edge(off);
    return v->tok[j].word;
}
static inline uint64_t lede_tgk_nb_shape(const lede_tg_docview *v, size_t i, long off, uint32_t sb, uint32_t se)
{
    long j = (long)i + off;
    if (j < (long)sb || j >= (long)se)
        return 0xB0B0ULL + (uint64_t)(off + 8);
    return v->tok[j].sshape;
}
static inline unsigned lede_tgk_nb_cap(const lede_tg_docview *v, size_t i, long off, uint32_t sb, uint32_t se)
{
    long j = (long)i + off;
    if (j < (long)sb || j >= (long)se)
        return 7;
    return v->tok[j].cap;
}

/* The keys of token i, in one order for training and run time; `parts`
 * (LEDE_TGK_*, see tagger_keys.h) selects which.  Every template is listed
 * here once, under the part whose contract it meets, and the constant
 * `parts` of each caller is folded away; so a new template cannot reach
 * a run-time cache (tagger_fast.c) without its part being decided here. */
/* always_inline: gcc otherwise kept one generic copy, testing `parts` at
 * run time in every call (~130 instructions a call, 105k calls a path).
 * In this header so tagger_fast.c's sums inline it too (a call through
 * lede_tg_part_keys cost ~5M instructions a path). */
static inline __attribute__((always_inline)) size_t lede_tg_keys_of(const lede_tg_docview *v, size_t i, uint32_t sb,
                                                                    uint32_t se, bool lite, unsigned parts,
                                                                    uint64_t *o)
{
    const bool W = parts & LEDE_TGK_OWN, N = parts & LEDE_TGK_NB, S = parts & LEDE_TGK_SMALL,
               P = parts & LEDE_TGK_PAIR, WP = parts & LEDE_TGK_OWNPATH, NP = parts & LEDE_TGK_NBPATH;
    const lede_tg_tok *k = &v->tok[i];
    size_t n = 0;
    uint64_t cc = lede_tgk_cc(k);
    uint64_t wm1 = N || P ? lede_tgk_nb_word(v, i, -1, sb, se) : 0, wp1 = N || P ? lede_tgk_nb_word(v, i, 1, sb, se) : 0;
    /* the lite set: enough for pass 1, whose labels only feed pass 2 */
    if (S) /* a function of no code at all: tagger_fast.c adds it with the case rows */
        o[n++] = lede_tgk_bias();
    /* the full set's prefixes; lede_tg_affixes' suf[2] is the suffix key
     * both sets list here, and the only one (lede_tg_suf3) */
    uint64_t pre[4];
    if (W) {
        uint64_t suf2 = lite ? lede_tgk_suf3(v, i) : lede_tgk_affixes9(v, i, pre);
        o[n++] = lede_tg_key(F_WORD, k->word);
        o[n++] = lede_tg_key(F_SSHAPE, k->sshape);
        if (suf2)
            o[n++] = lede_tg_key(F_SUF + 2, suf2);
    }
    if (N) {
        o[n++] = lede_tgk_wm1(wm1);
        o[n++] = lede_tgk_wp1(wp1);
    }
    if (k->path) {
        if (WP) {
            o[n++] = lede_tgk_path_own(0, k->path);
            o[n++] = lede_tgk_path_own(2, k->path);
        }
    } else if (S) {
        o[n++] = lede_tgk_nopath(cc); /* case in context: not the word's own */
    }
    if (S) {
        o[n++] = lede_tgk_cap_capb(cc, k->capb);
        o[n++] = lede_tgk_cap_doc(cc, lede_tg_docstat(v, i));
        o[n++] = lede_tgk_cap3(lede_tgk_nb_cap(v, i, -1, sb, se), cc, lede_tgk_nb_cap(v, i, 1, sb, se));
        if (k->lexpos)
            for (uint32_t b = 0; b < 16; b++)
                if (k->lex & (1u << b))
                    o[n++] = lede_tgk_lex(k->lexpos, b);
        if (k->gazpos)
            o[n++] = lede_tgk_gaz(k->gazpos, k->gaz);
    }
    if (P && k->runpos && k->runlen > 1)
        o[n++] = lede_tg_key2(F_RUN_LAST, v->tok[k->run_last].word, k->runpos);
    if (lite)
        return n;

    if (W) {
        for (uint32_t a = 0; a < 4; a++) {
            if (pre[a])
                o[n++] = lede_tg_key(F_PRE + a, pre[a]);
        }
    }
    if (P) {
        uint64_t sm1 = lede_tgk_nb_shape(v, i, -1, sb, se), sp1 = lede_tgk_nb_shape(v, i, 1, sb, se);
        o[n++] = lede_tg_key2(F_SH3, sm1 * 3 + k->sshape, sp1);
        o[n++] = lede_tg_key2(F_SH_R, k->sshape, sp1);
    }
    if (WP && k->path) {
        o[n++] = lede_tgk_path_own(1, k->path);
        o[n++] = lede_tgk_path_own(3, k->path);
    }
    if (NP && (long)i - 1 >= (long)sb && v->tok[i - 1].path)
        o[n++] = lede_tgk_path_nb(F_PATH_M1, v->tok[i - 1].path);
    if (NP && i + 1 < se && v->tok[i + 1].path)
        o[n++] = lede_tgk_path_nb(F_PATH_P1, v->tok[i + 1].path);
    if (S) {
        o[n++] = lede_tgk_cap(cc);
        o[n++] = lede_tgk_cap_freq(cc, k->freqb);
        for (uint32_t b = 0; b < 8; b++)
            if (k->misc & (1u << b) & ~(unsigned)LEDE_TG_M_SKIP)
                o[n++] = lede_tgk_misc(b);
    }
    if (P) {
        o[n++] = lede_tg_key2(F_WM1_CAP, wm1, cc);
        o[n++] = lede_tg_key2(F_WP1_CAP, wp1, cc);
    }
    if (NP) {
        if ((long)i - 2 >= (long)sb && v->tok[i - 2].path)
            o[n++] = lede_tgk_path_nb(F_PATH_M2, v->tok[i - 2].path);
        if (i + 2 < se && v->tok[i + 2].path)
            o[n++] = lede_tgk_path_nb(F_PATH_P2, v->tok[i + 2].path);
    }
    if (k->runpos) {
        if (P)
            o[n++] = lede_tg_key2(F_RUN_PREV, lede_tgk_nb_word(v, k->run_first, -1, sb, se), k->runpos);
        if (S)
            o[n++] = lede_tgk_run(k->runpos, k->runlen);
        if (P && k->runlen > 1)
            o[n++] = lede_tg_key2(F_RUN_FIRST, v->tok[k->run_first].word, k->runpos);
    }
    return n;
}


#endif
