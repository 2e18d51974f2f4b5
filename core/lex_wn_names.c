/*
 * lex_wn_names.c - WordNet's named instances for lede_lexicon_names: the
 * deities ("Hera", "Poseidon"), software ("Internet Explorer", "IE"),
 * works ("Iliad") and laws (treaties, amendments) under a few classes,
 * each kept only where every noun sense of its name is of that one kind
 * and it is no adjective or verb ("Washington", "Genesis", "Zeus" the fish
 * genus are not).  People are left out: news names clubs, firms and towns
 * after them ("Ajax", "Williams", "Disney").
 * Load-time only, reading the files lex_wordnet.c mapped; the deity cache
 * is this call's.  Owner: entities engineer.
 */
#include <stdlib.h>
#include <string.h>

#include "lex_build.h"
#include "wordnet_file.h"

/* How many hypernym steps lead from a deity's class to "spiritual being"
 * at most ("Hera" -> Greek deity -> deity -> spiritual being). */
#define WN_DEITY_DEPTH 4
/* Slots of the cache of is_deity's answers by class (a power of two). */
#define WN_DEITY_CACHE 1024

typedef struct nw {
    const wn_file *noun, *inoun, *iadj, *iverb;
    /* is_deity's answers by the class's offset + 1 (0: empty) and 1 or 0:
     * thousands of people share a few hundred classes ("painter") */
    uint32_t deity_off[WN_DEITY_CACHE];
    uint8_t deity[WN_DEITY_CACHE];
} nw;

/* Whether a class of people lies under "spiritual being" (a deity, God):
 * "Hera" is a Greek deity, "Ajax" a mythical hero and a football club,
 * "Williams" six people and a racing team. */
static bool is_deity_walk(const nw *w, uint32_t off)
{
    for (int depth = 0; depth < WN_DEITY_DEPTH; depth++) {
        wn_syn s;
        const char *word;
        if (!lede_wn_synset(w->noun, off, &s))
            return false;
        size_t n = lede_wn_word(&s, 0, &word);
        if (n == 15 && memcmp(word, "spiritual_being", 15) == 0)
            return true;
        const char *p = s.ptrs;
        uint32_t up = 0;
        for (int i = 0; i < s.p_cnt && !up; i++) {
            wn_ptr q;
            p = lede_wn_next_ptr(&s, p, &q);
            if (strcmp(q.sym, "@") == 0 || strcmp(q.sym, "@i") == 0)
                up = q.off;
        }
        if (!up)
            return false;
        off = up;
    }
    return false;
}

static bool is_deity(nw *w, uint32_t off)
{
    size_t h = (off * 2654435761u) & (WN_DEITY_CACHE - 1);
    if (w->deity_off[h] != off + 1) {
        w->deity_off[h] = off + 1;
        w->deity[h] = is_deity_walk(w, off);
    }
    return w->deity[h];
}

/* The class of an instance synset of one of the kinds kept, by its lexicon
 * file and, for communications, the class it is an instance of ("browser",
 * "treaty"); 0 for any other synset. */
static uint32_t instance_class(nw *w, uint32_t off)
{
    static const char *const products[] = {"browser", "search_engine", NULL};
    static const char *const laws[] = {"treaty", "amendment", "convention", "resolution", "royal_charter", NULL};
    wn_syn s;
    if (!lede_wn_synset(w->noun, off, &s) ||
        (s.lexfile != WN_LEX_PERSON && s.lexfile != WN_LEX_COMMUNICATION))
        return 0;
    const char *p = s.ptrs;
    for (int i = 0; i < s.p_cnt; i++) {
        wn_ptr q;
        p = lede_wn_next_ptr(&s, p, &q);
        if (strcmp(q.sym, "@i") != 0)
            continue;
        if (s.lexfile == WN_LEX_PERSON) /* of people, only deities: news names clubs and firms after the rest */
            return is_deity(w, q.off) ? LEDE_LEX_WN_PERSON : 0;
        wn_syn h;
        const char *hw;
        size_t hn = lede_wn_synset(w->noun, q.off, &h) ? lede_wn_word(&h, 0, &hw) : 0;
        for (const char *const *k = products; hn && *k; k++)
            if (strlen(*k) == hn && memcmp(*k, hw, hn) == 0)
                return LEDE_LEX_WN_PRODUCT;
        for (const char *const *k = laws; hn && *k; k++)
            if (strlen(*k) == hn && memcmp(*k, hw, hn) == 0)
                return LEDE_LEX_WN_LAW;
        return LEDE_LEX_WN_WORK;
    }
    return 0;
}

/* The class every noun sense of a lemma agrees on (each an instance of
 * the kinds kept, all of one class), or 0: "Athena" is only a goddess,
 * "Washington" also a state and a city, "Genesis" also a beginning. */
static uint32_t lemma_class(nw *w, const char *word, size_t n)
{
    char lemma[128];
    if (n >= sizeof lemma)
        return 0;
    for (size_t i = 0; i < n; i++)
        lemma[i] = word[i] >= 'A' && word[i] <= 'Z' ? (char)(word[i] - 'A' + 'a') : word[i];
    if (lede_wn_index_find(w->iadj, lemma, n) || lede_wn_index_find(w->iverb, lemma, n))
        return 0;
    const char *line = lede_wn_index_find(w->inoun, lemma, n);
    uint32_t offs[WN_MAX_SENSES];
    size_t k = line ? lede_wn_index_senses(w->inoun, line, offs, WN_MAX_SENSES) : 0;
    uint32_t cls = 0;
    for (size_t i = 0; i < k; i++) {
        uint32_t c = instance_class(w, offs[i]);
        if (!c || (cls && c != cls))
            return 0;
        cls = c;
    }
    return cls;
}

/* The classes whose named instances are kept, by a lemma of theirs: the
 * instances are found under them (hyponyms, at any depth), so the load
 * reads a few hundred synsets, not all 82,000 (touching the whole of
 * data.noun cost ~11 ms). */
static const char *const named_roots[] = {"spiritual_being", "browser", "search_engine", "book", "sacred_text",
                                          "epic_poem", "hymn", "national_anthem", "treaty", "amendment"};
#define WN_NAMED_MAX 8192 /* synsets visited at most (a power of two) */

typedef struct named_ctx { lexb *names; nw *w; } named_ctx;

/* Every capitalised word of an instance under the roots that lemma_class
 * keeps. */
static void add_instance(void *ctx, uint32_t off, const wn_syn *s, bool is_root)
{
    named_ctx *c = ctx;
    (void)is_root;
    if (!instance_class(c->w, off))
        return;
    for (int k = 0; k < s->w_cnt; k++) {
        const char *word;
        size_t wl = lede_wn_word(s, k, &word);
        char ph[128];
        uint32_t cls;
        if (!lede_wn_upper_initial(word) || !lede_wn_to_phrase(word, wl, ph, sizeof ph) ||
            !(cls = lemma_class(c->w, word, wl)))
            continue;
        uint32_t name = lexb_str(c->names, ph, wl);
        lexb_add(c->names, ph, wl, cls, 0, lexb_concept(c->names), name, LEXB_NONE, LEXB_NONE, LEXB_RANK_WORDNET);
    }
}

static void add_named(lexb *names, nw *w)
{
    uint32_t roots[sizeof named_roots / sizeof *named_roots * WN_MAX_SENSES];
    size_t nr = 0;
    for (size_t r = 0; r < sizeof named_roots / sizeof *named_roots; r++) {
        const char *line = lede_wn_index_find(w->inoun, named_roots[r], strlen(named_roots[r]));
        if (line)
            nr += lede_wn_index_senses(w->inoun, line, roots + nr, WN_MAX_SENSES);
    }
    named_ctx c = {names, w};
    if (!lede_wn_hyponyms(w->noun, roots, nr, WN_NAMED_MAX, add_instance, &c))
        names->oom = true;
}

void lex_wn_add_named(lexb *names, const wn_file *noun, const wn_file *inoun, const wn_file *iadj,
                      const wn_file *iverb)
{
    nw *w = calloc(1, sizeof *w);
    if (!w) {
        names->oom = true;
        return;
    }
    *w = (nw){.noun = noun, .inoun = inoun, .iadj = iadj, .iverb = iverb};
    add_named(names, w);
    free(w);
}
