/*
 * tagger_fast_sums.h - the body of tagger_fast.c's label-free sums, included
 * there twice: once for every x86-64 (SSE2), once compiled for AVX2 and
 * chosen at model load when the CPU has it (the same int32 sums, so the
 * same scores and output either way).  Owner: the NER tagger.
 * Before including, define FS(name) (the copy's name), FS_TARGET (its
 * function attributes) and FS_ACC, FS_ZERO, FS_LOAD, FS_STORE, FS_ADD,
 * FS_ADD_SUM, FS_ADD_KEYS, FS_SCORES (tagger_acc.h's acc_* or acc8_*); this
 * file undefines them at its end, ready for the next copy.
 * Thread-safety: writes only the per-document cache and the caller's sums.
 */

/* The own sum of token j's word for table p once filled: NULL when not
 * yet (or when the cache has no room for its word). */
static inline FS_TARGET const int32_t *FS(own_cached)(const lede_tg_fast *f, uint32_t j, int p)
{
    uint32_t e = entry_of(f, j);
    uint32_t at = e ? f->ent[e - 1].at[p] : 0;
    return at ? f->sum + (size_t)(at - 1) * LEDE_TG_STRIDE : NULL;
}

/* Fills the own sum of token j's word for table p from the rows of its OWN
 * keys (rw[0..nr), found by the caller): its entry's, or, when the cache
 * had no room for its word, into tmp. */
static __attribute__((noinline)) FS_TARGET const int32_t *FS(own_fill)(lede_tg_fast *f, uint32_t j, int p, bool lite,
                                                                       int32_t *tmp, const lede_tg_wrow *const *rw,
                                                                       size_t nr)
{
    uint32_t e = entry_of(f, j);
    int32_t *s = tmp;
    if (e) {
        /* sums are handed out in fill order, so a document touches only
         * as much of the pool as it fills, in sequence; the keys are
         * token j's, the same as any token's of its text */
        f->ent[e - 1].at[p] = ++f->used;
        s = f->sum + (size_t)(f->used - 1) * LEDE_TG_STRIDE;
    }
    FS_ACC b;
    FS_ZERO(&b);
    /* the word class's path keys: one row summed at load */
    const lede_tg_tok *k = &f->v->tok[j];
    if (k->path) {
        const lede_tg_dense *d = f->tg->dense;
        FS_ADD_SUM(&b, prow(d->prows[p], d->n_paths, lite ? P_OWN_LITE : P_OWN_FULL, k->cluster));
    }
    for (size_t r = 0; r < nr; r++)
        FS_ADD(&b, rw[r]);
    FS_STORE(&b, s);
    return s;
}

/* Adds the rows of the SMALL keys of token i in the dense tables to a
 * (each at once: a list of the rows cost a store, a load and a loop
 * round a row); false, adding nothing, when a code lies outside them (a
 * model with other buckets), for the caller to look the keys up.  fit:
 * the model's codes all lie inside (codes_fit, checked at load). */
static inline FS_TARGET bool FS(small_rows)(const int32_t *rows, FS_ACC *a, const lede_tg_docview *v, size_t i,
                                            uint32_t sb, uint32_t se, bool lite, bool fit)
{
    const lede_tg_tok *k = &v->tok[i];
    /* lede_tg_prepare keeps cap < 5, ctx < 4, the positions
     * (1 + B/I/L/U) < 5 and runlen <= 6; only the codes read from the
     * model's tables can fall outside (lede_tg_docstat < 4) */
    if (!fit && (k->capb >= NCAPB || k->freqb >= NFREQ || k->gaz >= NGAZ))
        return false;
#define ROW(r) (rows + (size_t)(r) * LEDE_TG_STRIDE)
    unsigned c = cc_index(k->cap, k->ctx);
    unsigned cm1 = i > sb ? v->tok[i - 1].cap : 7, cp1 = i + 1 < se ? v->tok[i + 1].cap : 7;
    if (!k->path)
        FS_ADD_SUM(a, ROW(R_NOPATH + c));
    FS_ADD_SUM(a, ROW(R_CAPB + (c * NCAPB + k->capb) * NDOC + lede_tg_docstat(v, i)));
    FS_ADD_SUM(a, ROW(R_CAP3 + (capn_index(cm1) * NCC + c) * NCAPN + capn_index(cp1)));
    if (k->lexpos)
        for (uint32_t lex = k->lex & 0xFFFFu; lex; lex &= lex - 1)
            FS_ADD_SUM(a, ROW(R_LEX + k->lexpos * 16 + (unsigned)__builtin_ctz(lex)));
    if (k->gazpos)
        FS_ADD_SUM(a, ROW(R_GAZ + k->gazpos * NGAZ + k->gaz));
    if (!lite) {
        FS_ADD_SUM(a, ROW(R_FREQ + c * NFREQ + k->freqb));
        for (uint32_t m = k->misc & 0xFFu & ~(unsigned)LEDE_TG_M_SKIP; m; m &= m - 1)
            FS_ADD_SUM(a, ROW(R_MISC + (unsigned)__builtin_ctz(m)));
        if (k->runpos)
            FS_ADD_SUM(a, ROW(R_RUN + k->runpos * NRUNLEN + k->runlen));
    }
#undef ROW
    return true;
}

/* Adds token i's pass-2 document rows (table 1) to a: lede_tg_fast_doc's. */
static inline FS_TARGET void FS(doc_rows)(const lede_tg_fast *f, FS_ACC *a, uint32_t i, uint32_t sb, uint32_t se,
                                          const uint8_t *y1)
{
    const lede_tg_docview *v = f->v;
    const lede_tg_tok *k = &v->tok[i];
    const lede_tg_weights *w = &f->tg->w[1];
    unsigned y = y1[i];
    unsigned bits = 0, maj = 0;
    bool codes = lede_tg_doc_codes(v, i, y1, &bits, &maj);
    if (k->cap >= 5 || k->ctx >= 4 || y >= LEDE_TG_NLAB || bits >= NBITS || maj >= NMAJ) {
        uint64_t keys[LEDE_TG_MAX_DOC];
        FS_ADD_KEYS(a, w, keys, lede_tg_doc_keys(v, i, sb, se, y1, keys));
        return;
    }
    const int32_t *rows = f->tg->dense->rows[1];
    unsigned c = cc_index(k->cap, k->ctx);
    unsigned ym = i > sb ? y1[i - 1] + 1u : 0, yp = i + 1 < se ? y1[i + 1] + 1u : 0;
    const lede_tg_wrow *x = lede_tg_row(w, lede_tgk_y1_3(ym, y, yp));
    if (x)
        FS_ADD(a, x);
    FS_ADD_SUM(a, rows + (size_t)(R_Y1 + y * NCC + c) * LEDE_TG_STRIDE);
    if (codes) {
        FS_ADD_SUM(a, rows + (size_t)(R_OTHERS + bits * 5 + k->cap) * LEDE_TG_STRIDE);
        FS_ADD_SUM(a, rows + (size_t)(R_MAJ + maj * NCC + c) * LEDE_TG_STRIDE);
    }
}

/* lede_tg_fast_static's sums (tagger_fast.h) into stat, or, with sc,
 * lede_tg_fast_scores': plus the document rows where y1 is given, as
 * scores at sc + (i - b) * NLAB. */
static FS_TARGET void FS(fast_static)(lede_tg_fast *f, int p, bool lite, uint32_t b, uint32_t e, uint32_t sb,
                                      uint32_t se, int32_t *stat, const uint8_t *y1, float *sc)
{
    const lede_tg_docview *v = f->v;
    const lede_tg_weights *w = &f->tg->w[p];
    const int32_t *rows = f->tg->dense->rows[p];
    const bool fit = f->tg->dense->codes_fit;
    uint64_t keys[CHUNK][LEDE_TG_MAX_STATIC], okeys[CHUNK][LEDE_TG_MAX_STATIC];
    const lede_tg_wrow *rw[CHUNK][LEDE_TG_MAX_STATIC], *orw[CHUNK][LEDE_TG_MAX_STATIC];
    size_t nk[CHUNK], nok[CHUNK]; /* keys, then rows found */
    const int32_t *own[CHUNK];    /* the own sums cached already */
    for (uint32_t c0 = b; c0 < e; c0 += CHUNK) {
        uint32_t m = e - c0 < CHUNK ? e - c0 : CHUNK;
        /* the PAIR keys of a few tokens first, their slots fetched ahead */
        for (uint32_t t = 0; t < m; t++) {
            uint32_t i = c0 + t;
            nk[t] = lite ? lede_tg_keys_of(v, i, sb, se, true, LEDE_TGK_PAIR, keys[t])
                         : lede_tg_keys_of(v, i, sb, se, false, LEDE_TGK_PAIR, keys[t]);
            /* and the NB keys of its neighbours (at the sentence's edges,
             * the dense edge rows below) */
            if (i > sb)
                nk[t] += lede_tg_nb_keys(v, i - 1, -1, keys[t] + nk[t]);
            if (i + 1 < se)
                nk[t] += lede_tg_nb_keys(v, i + 1, 1, keys[t] + nk[t]);
            for (size_t k = 0; k < nk[t]; k++)
                __builtin_prefetch(lede_tg_home(w, keys[t][k]));
            /* a word new to the document: its OWN keys too, so their misses
             * overlap the others' instead of following them (the key list
             * inlined, lite folded: a call cost more than the keys) */
            nok[t] = 0;
            if (!(own[t] = FS(own_cached)(f, i, p))) {
                nok[t] = lite ? lede_tg_keys_of(v, i, 0, 0, true, LEDE_TGK_OWN, okeys[t])
                              : lede_tg_keys_of(v, i, 0, 0, false, LEDE_TGK_OWN, okeys[t]);
                for (size_t k = 0; k < nok[t]; k++)
                    __builtin_prefetch(lede_tg_home(w, okeys[t][k]));
            }
        }
        /* then their rows, found in the index entries just fetched */
        for (uint32_t t = 0; t < m; t++) {
            nk[t] = acc_probe_rows(w, keys[t], nk[t], rw[t]);
            nok[t] = acc_probe_rows(w, okeys[t], nok[t], orw[t]);
        }
        for (uint32_t t = 0; t < m; t++) {
            uint32_t i = c0 + t;
            /* the stored sums: the own sum, the edges, the neighbours'
             * word classes and the dense rows, then the rows found */
            int32_t tmp[LEDE_TG_STRIDE];
            FS_ACC a;
            /* (a word twice in the chunk: its second token finds the sum
             * its first one filled) */
            const int32_t *os = own[t] ? own[t] : FS(own_cached)(f, i, p);
            FS_LOAD(&a, os ? os : FS(own_fill)(f, i, p, lite, tmp, orw[t], nok[t]));
            if (i <= sb)
                FS_ADD_SUM(&a, rows + (size_t)R_EDGE_M1 * LEDE_TG_STRIDE);
            if (i + 1 >= se)
                FS_ADD_SUM(&a, rows + (size_t)R_EDGE_P1 * LEDE_TG_STRIDE);
            if (!lite) { /* NBPATH: F_PATH_M1, _P1, _M2, _P2 */
                const int32_t *pr = f->tg->dense->prows[p];
                uint32_t np = f->tg->dense->n_paths;
                if (i > sb && v->tok[i - 1].path)
                    FS_ADD_SUM(&a, prow(pr, np, P_NB + 0, v->tok[i - 1].cluster));
                if (i + 1 < se && v->tok[i + 1].path)
                    FS_ADD_SUM(&a, prow(pr, np, P_NB + 1, v->tok[i + 1].cluster));
                if (i >= sb + 2 && v->tok[i - 2].path)
                    FS_ADD_SUM(&a, prow(pr, np, P_NB + 2, v->tok[i - 2].cluster));
                if (i + 2 < se && v->tok[i + 2].path)
                    FS_ADD_SUM(&a, prow(pr, np, P_NB + 3, v->tok[i + 2].cluster));
            }
            if (!FS(small_rows)(rows, &a, v, i, sb, se, lite, fit)) {
                uint64_t sk[LEDE_TG_MAX_STATIC];
                FS_ADD_KEYS(&a, w, sk, lede_tg_part_keys(v, i, sb, se, lite, LEDE_TGK_SMALL, sk));
            }
            for (size_t k = 0; k < nk[t]; k++)
                FS_ADD(&a, rw[t][k]);
            if (!sc) {
                FS_STORE(&a, stat + (size_t)i * LEDE_TG_STRIDE);
                continue;
            }
            if (y1)
                FS(doc_rows)(f, &a, i, sb, se, y1);
            FS_SCORES(&a, w->unit, sc + (size_t)(i - b) * LEDE_TG_NLAB);
        }
    }
}

#undef FS
#undef FS_TARGET
#undef FS_ACC
#undef FS_ZERO
#undef FS_LOAD
#undef FS_STORE
#undef FS_ADD
#undef FS_ADD_SUM
#undef FS_ADD_KEYS
#undef FS_SCORES
