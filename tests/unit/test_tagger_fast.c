/* test_tagger_fast.c - the tagger's run-time shortcuts give exactly what
 * the shared reference code gives: the alpha Viterbi decoder against
 * lede_tg_viterbi (random scores with many ties, signed zeros, every run
 * length up to 40). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "stages.h"
#include "tagger.h"

#define NL LEDE_TG_NLAB

static uint64_t rng = 0x9E3779B97F4A7C15ULL;
static uint32_t rnd(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng >> 11);
}

/* Small multiples of a quarter: ties between paths are common. */
static float val(int coarse)
{
    int r = (int)(rnd() % (coarse ? 5 : 41)) - (coarse ? 2 : 20);
    if (r == 0 && (rnd() & 1))
        return -0.0f;
    return (float)r * 0.25f;
}

static void alpha_decoder_matches_reference(void **state)
{
    (void)state;
    enum { MAXN = 40 };
    float trans[(NL + 1) * NL], sc[MAXN * NL];
    static float alpha[MAXN * LEDE_TG_ASTRIDE] __attribute__((aligned(16)));
    uint8_t bp[MAXN * NL], y0[MAXN], y1[MAXN];
    for (int round = 0; round < 4000; round++) {
        int coarse = round & 1;
        size_t n = 1 + (size_t)(round % MAXN);
        for (size_t k = 0; k < sizeof trans / sizeof *trans; k++)
            trans[k] = val(coarse);
        for (size_t k = 0; k < n * NL; k++)
            sc[k] = val(coarse);
        lede_tg_vtrans vt;
        lede_tg_vtrans_init(&vt, trans);
        lede_tg_viterbi(sc, n, trans, bp, y0);
        memset(y1, 0xFF, sizeof y1);
        lede_tg_viterbi_alpha(sc, n, &vt, alpha, y1);
        if (memcmp(y0, y1, n) != 0)
            fail_msg("round %d (n = %zu): decoders disagree", round, n);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(alpha_decoder_matches_reference),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
