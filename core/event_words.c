/*
 * event_words.c - a light syntactic reading for the event stage: a word
 * class per token (closed-class lists, name and value mentions, WordNet's
 * parts of speech and their SemCor frequencies from data/events.lex, and the
 * neighbouring classes for words that can be noun or verb), then noun-phrase
 * chunks with their coordination ("the US, Pakistan, and five Central Asian
 * states"), appositive lists ("neighbors — India, Iran —") and negation
 * ("No representatives").  One left-to-right pass per sentence; arrays in the
 * workspace arena.  Owned by the events engineer.  Reentrant.
 */
#include <string.h>

#include "event_int.h"
#include "vocab.h"

/* Closed-class words in the order closed_class consulted its lists (to,
 * negation, conjunctions, be, auxiliaries, modals, relatives, number words,
 * determiners, pronouns, prepositions, adverbs): a word listed twice keeps
 * its first class.  The model loads them into its lexicon (event_model.c),
 * so a token's class is one hash lookup. */
static const lede_evclosed closed_words[] = {
    {"to", EC_TO},
    {"not", EC_NEG}, {"n't", EC_NEG}, {"never", EC_NEG},
    {"and", EC_CONJ}, {"or", EC_CONJ}, {"but", EC_CONJ}, {"nor", EC_CONJ}, {"&", EC_CONJ},
    {"is", EC_BE}, {"are", EC_BE}, {"was", EC_BE}, {"were", EC_BE}, {"be", EC_BE}, {"been", EC_BE},
    {"being", EC_BE}, {"am", EC_BE},
    {"has", EC_AUX}, {"have", EC_AUX}, {"had", EC_AUX}, {"having", EC_AUX}, {"do", EC_AUX}, {"does", EC_AUX},
    {"did", EC_AUX}, {"get", EC_AUX}, {"got", EC_AUX}, {"gets", EC_AUX},
    {"will", EC_MODAL}, {"would", EC_MODAL}, {"shall", EC_MODAL}, {"should", EC_MODAL}, {"can", EC_MODAL},
    {"could", EC_MODAL}, {"may", EC_MODAL}, {"might", EC_MODAL}, {"must", EC_MODAL}, {"'ll", EC_MODAL},
    {"'d", EC_MODAL}, {"ca", EC_MODAL}, {"wo", EC_MODAL},
    {"who", EC_REL}, {"whom", EC_REL}, {"which", EC_REL}, {"where", EC_REL}, {"when", EC_REL},
    {"while", EC_REL}, {"because", EC_REL}, {"if", EC_REL}, {"although", EC_REL}, {"though", EC_REL},
    {"whether", EC_REL}, {"after", EC_REL},
    {"one", EC_NUM}, {"two", EC_NUM}, {"three", EC_NUM}, {"four", EC_NUM}, {"five", EC_NUM}, {"six", EC_NUM},
    {"seven", EC_NUM}, {"eight", EC_NUM}, {"nine", EC_NUM}, {"ten", EC_NUM}, {"eleven", EC_NUM},
    {"twelve", EC_NUM}, {"twenty", EC_NUM}, {"thirty", EC_NUM}, {"forty", EC_NUM}, {"fifty", EC_NUM},
    {"hundred", EC_NUM}, {"hundreds", EC_NUM}, {"thousand", EC_NUM}, {"thousands", EC_NUM}, {"dozen", EC_NUM},
    {"dozens", EC_NUM}, {"million", EC_NUM}, {"millions", EC_NUM}, {"scores", EC_NUM},
    {"the", EC_DET}, {"a", EC_DET}, {"an", EC_DET}, {"this", EC_DET}, {"these", EC_DET}, {"those", EC_DET},
    {"some", EC_DET}, {"any", EC_DET}, {"each", EC_DET}, {"every", EC_DET}, {"all", EC_DET}, {"both", EC_DET},
    {"no", EC_DET}, {"several", EC_DET}, {"many", EC_DET}, {"few", EC_DET}, {"another", EC_DET},
    {"such", EC_DET}, {"its", EC_DET}, {"his", EC_DET}, {"her", EC_DET}, {"their", EC_DET}, {"our", EC_DET},
    {"my", EC_DET}, {"your", EC_DET}, {"whose", EC_DET}, {"either", EC_DET}, {"neither", EC_DET},
    {"other", EC_DET}, {"most", EC_DET}, {"more", EC_DET}, {"much", EC_DET}, {"that", EC_DET},
    {"various", EC_DET}, {"numerous", EC_DET},
    {"i", EC_PRON}, {"you", EC_PRON}, {"he", EC_PRON}, {"she", EC_PRON}, {"it", EC_PRON}, {"we", EC_PRON},
    {"they", EC_PRON}, {"me", EC_PRON}, {"him", EC_PRON}, {"us", EC_PRON}, {"them", EC_PRON},
    {"himself", EC_PRON}, {"herself", EC_PRON}, {"themselves", EC_PRON}, {"itself", EC_PRON},
    {"ourselves", EC_PRON}, {"someone", EC_PRON}, {"somebody", EC_PRON}, {"anyone", EC_PRON},
    {"everyone", EC_PRON}, {"nobody", EC_PRON}, {"none", EC_PRON}, {"something", EC_PRON}, {"one", EC_PRON},
    {"many", EC_PRON}, {"others", EC_PRON}, {"both", EC_PRON}, {"all", EC_PRON}, {"those", EC_PRON},
    {"in", EC_PREP}, {"on", EC_PREP}, {"at", EC_PREP}, {"by", EC_PREP}, {"for", EC_PREP}, {"with", EC_PREP},
    {"from", EC_PREP}, {"of", EC_PREP}, {"into", EC_PREP}, {"onto", EC_PREP}, {"over", EC_PREP},
    {"under", EC_PREP}, {"near", EC_PREP}, {"after", EC_PREP}, {"before", EC_PREP}, {"during", EC_PREP},
    {"against", EC_PREP}, {"across", EC_PREP}, {"through", EC_PREP}, {"about", EC_PREP}, {"among", EC_PREP},
    {"between", EC_PREP}, {"within", EC_PREP}, {"without", EC_PREP}, {"outside", EC_PREP}, {"inside", EC_PREP},
    {"toward", EC_PREP}, {"towards", EC_PREP}, {"around", EC_PREP}, {"since", EC_PREP}, {"until", EC_PREP},
    {"upon", EC_PREP}, {"via", EC_PREP}, {"amid", EC_PREP}, {"amongst", EC_PREP}, {"along", EC_PREP},
    {"behind", EC_PREP}, {"beyond", EC_PREP}, {"despite", EC_PREP}, {"like", EC_PREP}, {"per", EC_PREP},
    {"than", EC_PREP}, {"as", EC_PREP}, {"off", EC_PREP}, {"up", EC_PREP}, {"down", EC_PREP}, {"out", EC_PREP},
    {"throughout", EC_PREP}, {"including", EC_PREP}, {"following", EC_PREP}, {"beside", EC_PREP},
    {"besides", EC_PREP}, {"unlike", EC_PREP}, {"regarding", EC_PREP}, {"concerning", EC_PREP},
    {"except", EC_PREP}, {"aboard", EC_PREP},
    {"also", EC_ADV}, {"still", EC_ADV}, {"just", EC_ADV}, {"already", EC_ADV}, {"now", EC_ADV},
    {"then", EC_ADV}, {"only", EC_ADV}, {"even", EC_ADV}, {"very", EC_ADV}, {"too", EC_ADV}, {"so", EC_ADV},
    {"yet", EC_ADV}, {"however", EC_ADV}, {"meanwhile", EC_ADV}, {"reportedly", EC_ADV}, {"allegedly", EC_ADV},
    {"again", EC_ADV}, {"later", EC_ADV}, {"earlier", EC_ADV}, {"never", EC_ADV}, {"ever", EC_ADV},
    {"often", EC_ADV}, {"soon", EC_ADV}, {"once", EC_ADV}, {"here", EC_ADV}, {"there", EC_ADV}, {"not", EC_ADV},
    {"n't", EC_ADV}, {"nearly", EC_ADV}, {"almost", EC_ADV}, {"about", EC_ADV},
};

const lede_evclosed *lede_ev_closed_words(size_t *n)
{
    *n = sizeof closed_words / sizeof *closed_words;
    return closed_words;
}

static const char *nrm(const lede_evctx *c, size_t i, size_t *n)
{
    const lede_token *t = &c->d->toks.v[i];
    *n = t->norm_len;
    return lede_tok_norm(c->d, t);
}


bool lede_ev_skip_sentence(const lede_doc *d, size_t sent)
{
    uint8_t k = d->paras.v[d->sents.v[sent].para].kind;
    return k == LEDE_PARA_BOILERPLATE || k == LEDE_PARA_CAPTION;
}

static bool ends_with(const char *s, size_t n, const char *suf)
{
    size_t k = strlen(suf);
    return n > k + 1 && memcmp(s + n - k, suf, k) == 0;
}

/* Class of a word by its parts of speech alone; EC_OTHER when it has
 * several (decided in context). */
static uint8_t pos_class(const lede_evword *w)
{
    uint8_t pos = w->pos;
    if (pos == LEDE_WP_V)
        return EC_VERB;
    if (pos == LEDE_WP_R)
        return EC_ADV;
    if (pos == LEDE_WP_A || pos == (LEDE_WP_A | LEDE_WP_R))
        return EC_ADJ;
    if (pos == LEDE_WP_N || pos == (LEDE_WP_N | LEDE_WP_R))
        return EC_NOUN;
    return EC_OTHER;
}

void lede_ev_lex_class(lede_evlex *x)
{
    x->pcls = x->cls != EC_OTHER ? x->cls : x->word ? pos_class(x->word) : LEDE_EV_BY_SUFFIX;
    x->wncls = x->cls == EC_OTHER && x->word ? (uint8_t)x->word->ncls : 0;
}

/* Class of a form the lexicon has no class for. */
static uint8_t suffix_class(const char *s, size_t n)
{
    if (ends_with(s, n, "ly"))
        return EC_ADV;
    if (ends_with(s, n, "ed"))
        return EC_VERB;
    return EC_NOUN;
}

/* How many tokens ahead the word pass prefetches a keyed slot: a miss to
 * memory takes about as long as the pass spends on 6-10 tokens. */
enum { EV_AHEAD = 8 };

/* The flags that decide a token's class before its lexicon entry does.  A
 * "," token always has LEDE_TF_PUNCT (segment.c: no letter or digit). */
#define SPECIAL_FLAGS \
    (LEDE_TF_QUOTE | LEDE_TF_POSSESSIVE | LEDE_TF_DASH | LEDE_TF_ALL_UPPER | LEDE_TF_PUNCT | LEDE_TF_DIGIT)

/* The class of a token with a mention, a special flag or a capital (the
 * word pass decides a plain lowercase word itself); *nc its noun class. */
static uint8_t closed_class_rest(const lede_evctx *c, size_t i, const lede_evlex *x, uint8_t *nc)
{
    const lede_doc *d = c->d;
    const lede_token *t = &d->toks.v[i];
    size_t n;
    const char *s = nrm(c, i, &n);
    if (t->mention >= 0 || (t->flags & SPECIAL_FLAGS) || (n == 1 && s[0] == ',')) {
        if (t->mention >= 0) {
            const lede_mention *m = &d->mentions.v[t->mention];
            if (m->kind == LEDE_MK_VALUE)
                return m->type == LEDE_ET_DATE || m->type == LEDE_ET_TIME ? EC_TIME : EC_NUM;
            if (m->kind == LEDE_MK_PRONOUN)
                return EC_PRON;
            if (m->kind == LEDE_MK_NAME || m->kind == LEDE_MK_ACRONYM)
                return EC_PROPN;
        }
        if (t->flags & LEDE_TF_QUOTE)
            return EC_QUOTE;
        if (t->flags & LEDE_TF_POSSESSIVE)
            return EC_POSS;
        if (t->flags & LEDE_TF_DASH)
            return EC_DASH;
        if (n == 1 && s[0] == ',')
            return EC_COMMA;
        if ((t->flags & LEDE_TF_ALL_UPPER) && n >= 2 && !(t->flags & LEDE_TF_HEADLINE))
            return EC_PROPN; /* "US" is no pronoun, "IS" no verb */
        if (t->flags & LEDE_TF_PUNCT)
            return EC_PUNCT;
        if (t->flags & LEDE_TF_DIGIT)
            return EC_NUM;
    }
    if (!(t->flags & (LEDE_TF_UPPER_INIT | LEDE_TF_ALL_UPPER))) {
        /* a lowercase word: its entry's class, set at load (lede_ev_lex_class) */
        uint8_t k = x ? x->pcls : LEDE_EV_BY_SUFFIX;
        if (k == LEDE_EV_BY_SUFFIX)
            return suffix_class(s, n);
        *nc = x->wncls;
        return k;
    }
    if (x && x->cls != EC_OTHER)
        return x->cls;
    const lede_evword *w = x ? x->word : NULL;
    bool sent_start = (t->flags & (LEDE_TF_SENT_START | LEDE_TF_HEADLINE)) ||
                      (i > 0 && (d->toks.v[i - 1].flags & LEDE_TF_QOPEN));
    if (w)
        *nc = (uint8_t)w->ncls;
    if (!sent_start || !w)
        return EC_PROPN;
    return pos_class(w); /* EC_OTHER: several parts of speech, decided in context */
}

/* Noun, verb or adjective for an ambiguous word, from the class before it. */
static uint8_t in_context(const lede_evctx *c, size_t i, size_t sb, const lede_evword *w, uint8_t prev,
                          uint8_t next)
{
    size_t n;
    const char *s = nrm(c, i, &n);
    uint8_t pos = w->pos;
/* a participle's ending, read only by the two rules that ask */
#define ED (ends_with(s, n, "ed") || ends_with(s, n, "en"))
    if (pos & LEDE_WP_N) {
        /* inside a noun phrase opened by a determiner or possessive: "last year's US-Taliban deal" */
        size_t k = i;
        while (k > sb && k + 8 > i &&
               (c->cls[k - 1] == EC_PROPN || c->cls[k - 1] == EC_ADJ || c->cls[k - 1] == EC_NOUN))
            k--;
        if (k < i && k > sb && (c->cls[k - 1] == EC_DET || c->cls[k - 1] == EC_POSS))
            return EC_NOUN;
        /* a sentence's first word before a preposition or verb: "Delegates from China did" */
        if ((prev == EC_PUNCT || prev == EC_QUOTE || i == sb) &&
            (next == EC_PREP || next == EC_BE || next == EC_AUX || next == EC_MODAL || next == EC_VERB ||
             next == EC_COMMA))
            return EC_NOUN;
        /* the second conjunct of nouns: "states and delegates" */
        if (prev == EC_CONJ && i >= sb + 2 && (c->cls[i - 2] == EC_NOUN || c->cls[i - 2] == EC_PROPN))
            return EC_NOUN;
    }
    if (prev == EC_DET || prev == EC_POSS || prev == EC_ADJ || prev == EC_NUM)
        return (pos & LEDE_WP_N) ? EC_NOUN : EC_ADJ;
    if (prev == EC_PRON || prev == EC_MODAL || prev == EC_TO || prev == EC_NEG || prev == EC_REL)
        return (pos & LEDE_WP_V) ? EC_VERB : (pos & LEDE_WP_N) ? EC_NOUN : EC_ADJ;
    if (prev == EC_BE || prev == EC_AUX)
        return (pos & LEDE_WP_V) && (ED || ends_with(s, n, "ing")) ? EC_VERB
               : (pos & LEDE_WP_A)                                  ? EC_ADJ
               : (pos & LEDE_WP_V)                                  ? EC_VERB
                                                                     : EC_NOUN;
    if ((prev == EC_NOUN || prev == EC_PROPN) && (pos & LEDE_WP_V) && (ED || next == EC_DET || next == EC_PRON))
        return EC_VERB;
    if (prev == EC_PREP && (pos & LEDE_WP_N))
        return EC_NOUN;
    if ((pos & LEDE_WP_A) && (next == EC_NOUN || next == EC_PROPN) && !(pos & LEDE_WP_V))
        return EC_ADJ;
    if (w->primary == LEDE_WP_V)
        return EC_VERB;
    if (w->primary == LEDE_WP_A)
        return (next == EC_NOUN || next == EC_OTHER || next == EC_PROPN) ? EC_ADJ : EC_ADJ;
    if (w->primary == LEDE_WP_R)
        return EC_ADV;
    return EC_NOUN;
#undef ED
}

/* Class sets as bit masks (one shift and test per token in the chunk scan). */
#define CBIT(k) (1u << (k))
#define NOUNISH (CBIT(EC_NOUN) | CBIT(EC_PROPN) | CBIT(EC_NUM))
#define IN(set, k) (((set) >> (k)) & 1u)

static lede_status chunk_sentence(lede_evctx *c, size_t sb, size_t se)
{
    const lede_doc *d = c->d;
    size_t first = c->nchunks;
    for (size_t i = sb; i < se;) {
        uint8_t k = c->cls[i];
        if (!IN(CBIT(EC_PRON) | CBIT(EC_DET) | CBIT(EC_ADJ) | NOUNISH, k)) {
            i++; /* (half the tokens: one test) */
            continue;
        }
        bool neg = false;
        size_t b = i;
        if (k == EC_PRON) {
            lede_evchunk *ch = &c->chunks[c->nchunks];
            *ch = (lede_evchunk){.b = (uint32_t)i, .e = (uint32_t)i + 1, .head = (uint32_t)i, .mention = -1,
                                 .list = (int32_t)c->nchunks, .next = -1, .appos = -1, .pron = 1, .sem = 'P'};
            ch->neg = lede_ev_tok_is(c, i, "none") || lede_ev_tok_is(c, i, "nobody");
            c->chunk_of[i] = (int32_t)c->nchunks++;
            i++;
            continue;
        }
        size_t j = i;
        while (j < se && c->cls[j] == EC_DET) {
            neg |= lede_ev_tok_is(c, j, "no") || lede_ev_tok_is(c, j, "neither");
            j++;
        }
        size_t body = j;
        while (j < se) {
            uint8_t kj = c->cls[j];
            if (IN(CBIT(EC_ADJ) | NOUNISH, kj)) {
                j++;
                continue;
            }
            /* a name mention runs through its inner words ("Directorate of National Security") */
            int32_t mi = d->toks.v[j].mention;
            if (mi >= 0 && j > body && d->toks.v[j - 1].mention == mi) {
                j++;
                continue;
            }
            break;
        }
        size_t e = j;
        while (e > body && c->cls[e - 1] == EC_ADJ)
            e--; /* "the attack was deadly": no noun after it */
        if (e == body) {
            i = j > i ? j : i + 1;
            continue;
        }
        lede_evchunk *ch = &c->chunks[c->nchunks];
        *ch = (lede_evchunk){.b = (uint32_t)body, .e = (uint32_t)e, .head = (uint32_t)e - 1, .mention = -1,
                             .list = (int32_t)c->nchunks, .next = -1, .appos = -1, .neg = neg};
        /* its tokens' chunk, and the first name mention among them */
        for (size_t t = body; t < e; t++) {
            int32_t mi = d->toks.v[t].mention;
            c->chunk_of[t] = (int32_t)c->nchunks;
            if (mi >= 0 && ch->mention < 0 && d->mentions.v[mi].kind != LEDE_MK_VALUE)
                ch->mention = mi;
        }
        if (ch->mention >= 0) {
            uint8_t mt = d->mentions.v[ch->mention].type;
            ch->sem = mt == LEDE_ET_PERSON ? 'P' : mt == LEDE_ET_ORG ? 'G' : mt == LEDE_ET_LOC ? 'L' : 'N';
        } else if (c->cls[ch->head] == EC_PROPN) {
            ch->sem = 'N';
        } else {
            ch->sem = c->ncls[ch->head];
        }
        ch->poss = e < se && c->cls[e] == EC_POSS;
        (void)b;
        c->nchunks++;
        i = e;
    }
    /* coordination: chunks joined by "," / "and" / "or", at least one conjunction */
    for (size_t a = first; a + 1 < c->nchunks;) {
        if (c->chunks[a + 1].b - c->chunks[a].e - 1u > 2u) {
            a++; /* most pairs: no gap of 1..3 tokens (the first test below) */
            continue;
        }
        size_t z = a, conj = 0;
        while (z + 1 < c->nchunks) {
            const lede_evchunk *x = &c->chunks[z], *y = &c->chunks[z + 1];
            size_t gap = y->b - x->e, has_conj = 0, ok = 1;
            if (gap == 0 || gap > 3 || x->pron != y->pron)
                break; /* (tested before the tokens between are read) */
            for (size_t t = x->e; t < y->b; t++) {
                uint8_t kt = c->cls[t];
                if (kt == EC_CONJ && !lede_ev_tok_is(c, t, "but"))
                    has_conj = 1;
                else if (kt != EC_COMMA && kt != EC_DET)
                    ok = 0;
            }
            if (!ok)
                break;
            conj += has_conj;
            z++;
            /* a list ends at its conjunction, unless another "and" follows ("X, Y, and Z and W") */
            if (has_conj && !(z + 1 < c->nchunks && c->chunks[z + 1].b == c->chunks[z].e + 1 &&
                              lede_ev_tok_is(c, c->chunks[z].e, "and")))
                break;
        }
        if (z > a && conj) {
            for (size_t q = a; q <= z; q++) {
                c->chunks[q].list = (int32_t)a;
                c->chunks[q].next = q < z ? (int32_t)q + 1 : -1;
                if (q > a && c->chunks[a].neg)
                    c->chunks[q].neg = 1;
            }
            a = z + 1;
        } else {
            a++;
        }
    }
    /* appositive lists between dashes or after a comma: "neighbors — India, Iran, and Russia —" */
    for (size_t a = first; a + 1 < c->nchunks; a++) {
        lede_evchunk *x = &c->chunks[a], *y = &c->chunks[a + 1];
        if (y->b == x->e + 1 && c->cls[x->e] == EC_DASH && y->list == (int32_t)(a + 1) && y->next >= 0) {
            x->appos = (int32_t)(a + 1);
            for (int32_t q = (int32_t)a + 1; q >= 0; q = c->chunks[q].next)
                c->chunks[q].neg |= x->neg;
        }
    }
    return LEDE_OK;
}

lede_status lede_ev_words(lede_evctx *c)
{
    lede_doc *d = c->d;
    size_t nt = d->toks.n;
    c->cls = lede_arena_alloc(&c->ws->arena, nt + 1);
    c->ncls = lede_arena_alloc(&c->ws->arena, nt + 1);
    c->chunk_of = lede_arena_alloc(&c->ws->arena, (nt + 1) * sizeof *c->chunk_of);
    /* room for one pseudo-phrase per token too: event-noun premodifiers (event_args.c) */
    c->chunks = lede_arena_alloc(&c->ws->arena, 2 * (nt + 1) * sizeof *c->chunks);
    if (!c->cls || !c->ncls || !c->chunk_of || !c->chunks)
        return lede_fail(c->ws, LEDE_ERR_NOMEM, "out of memory reading events");
    c->lex = lede_arena_alloc(&c->ws->arena, (nt + 1) * sizeof *c->lex);
    /* the tokens left EC_OTHER, in order: the context pass visits only them */
    uint32_t *other = lede_arena_alloc(&c->ws->arena, (nt + 1) * sizeof *other);
    c->tcand = lede_arena_alloc(&c->ws->arena, (nt + 1) * sizeof *c->tcand);
    if (!c->lex || !other || !c->tcand)
        return lede_fail(c->ws, LEDE_ERR_NOMEM, "out of memory reading events");
    /* every token's entry; a lowercase word's class and noun class come
     * from it (set at load, lede_ev_lex_class), for most tokens from the
     * lexicon's keyed slot without reading the entry; the trigger pass
     * visits only the tokens with a live trigger entry (c->tcand) */
    memset(c->chunk_of, 0xFF, nt * sizeof *c->chunk_of); /* -1 */
    lede_evkeyed kv0 = {0};
    bool keyed = lede_evmodel_keyed(c->em, &kv0);
    /* locals, not c's fields: the byte stores to cls[] and ncls[] may alias
     * anything in memory, and would make the loop reload every pointer */
    const lede_evkeyed kv = kv0;
    const lede_token *toks = d->toks.v;
    const char *norm = d->norm.v;
    const lede_evlex **lex = c->lex;
    uint8_t *cls = c->cls, *ncls = c->ncls;
    uint32_t *tcand = c->tcand;
    size_t nother = 0, ntcand = 0;
    for (size_t i = 0; i < nt; i++) {
        const lede_token *t = &toks[i];
        const char *w = norm + t->norm;
        size_t n = t->norm_len;
        /* the keyed table is megabytes: the slot of the token EV_AHEAD on
         * is fetched now, so its miss overlaps this token's work */
        if (keyed && i + EV_AHEAD < nt) {
            const lede_token *a = &toks[i + EV_AHEAD];
            size_t an = a->norm_len;
            if (an - 3 <= LEDE_VOCAB_KEY_MAX - 3)
                __builtin_prefetch(&kv.ks[lede_evkslot_hash(lede_vocab_key_of(norm + a->norm, an, a->norm), an, kv.shift)]);
        }
        const lede_evlex *x;
        uint8_t k, nc;
        bool trig;
        /* most tokens (7 in 10) are keyed (3..LEDE_VOCAB_KEY_MAX bytes) */
        if (keyed && n - 3 <= LEDE_VOCAB_KEY_MAX - 3) {
            const lede_evkslot *ks = lede_evkeyed_find(&kv, lede_vocab_key_of(w, n, t->norm), n);
            x = lede_evkeyed_entry(&kv, ks);
            k = ks->pcls;
            nc = ks->wncls;
            trig = ks->trig;
        } else { /* (one- and two-byte forms are few: their entries stay cached) */
            x = keyed && n - 1 <= 1 ? lede_evkeyed_short(&kv, w, n) : lede_evmodel_lex_short(c->em, w, n);
            k = x ? x->pcls : LEDE_EV_BY_SUFFIX;
            nc = x ? x->wncls : 0;
            trig = x && x->trig && x->trig->live;
        }
        lex[i] = x;
        if (trig)
            tcand[ntcand++] = (uint32_t)i;
        /* most tokens are lowercase words: one test skips the mention, flag
         * and capital rules, and the entry's class decides */
        if (t->mention < 0 && !(t->flags & (SPECIAL_FLAGS | LEDE_TF_UPPER_INIT))) {
            if (k == LEDE_EV_BY_SUFFIX) /* (its noun class is 0) */
                k = suffix_class(w, n);
        } else {
            nc = 0;
            k = closed_class_rest(c, i, x, &nc);
        }
        cls[i] = k;
        ncls[i] = nc;
        if (k == EC_OTHER)
            other[nother++] = (uint32_t)i;
    }
    c->ntcand = ntcand;
    size_t q = 0;
    for (size_t s = 0; s < d->sents.n; s++) {
        const lede_sentence *se = &d->sents.v[s];
        while (q < nother && other[q] < se->tok_begin)
            q++; /* (in no sentence: left as it is) */
        for (; q < nother && other[q] < se->tok_end; q++) {
            size_t i = other[q];
            uint8_t prev = i > se->tok_begin ? c->cls[i - 1] : EC_PUNCT;
            uint8_t next = i + 1 < se->tok_end ? c->cls[i + 1] : EC_PUNCT;
            /* (a token is left EC_OTHER only with a word entry of several parts of speech) */
            c->cls[i] = in_context(c, i, se->tok_begin, c->lex[i]->word, prev, next);
        }
        if (lede_ev_skip_sentence(d, s))
            continue;
        lede_status st = chunk_sentence(c, se->tok_begin, se->tok_end);
        if (st != LEDE_OK)
            return st;
    }
    c->nreal = c->nchunks;
    return LEDE_OK;
}
