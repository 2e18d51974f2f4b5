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

static const char *const dets[] = {"the", "a", "an", "this", "these", "those", "some", "any", "each", "every",
                                   "all", "both", "no", "several", "many", "few", "another", "such", "its",
                                   "his", "her", "their", "our", "my", "your", "whose", "either", "neither",
                                   "other", "most", "more", "much", "that", "various", "numerous", NULL};
static const char *const preps[] = {
    "in", "on", "at", "by", "for", "with", "from", "of", "into", "onto", "over", "under", "near", "after",
    "before", "during", "against", "across", "through", "about", "among", "between", "within", "without",
    "outside", "inside", "toward", "towards", "around", "since", "until", "upon", "via", "amid", "amongst",
    "along", "behind", "beyond", "despite", "like", "per", "than", "as", "off", "up", "down", "out", "throughout",
    "including", "following", "beside", "besides", "unlike", "regarding", "concerning", "except", "aboard", NULL};
static const char *const prons[] = {"i", "you", "he", "she", "it", "we", "they", "me", "him", "us", "them",
                                    "himself", "herself", "themselves", "itself", "ourselves", "someone",
                                    "somebody", "anyone", "everyone", "nobody", "none", "something", "one",
                                    "many", "others", "both", "all", "those", NULL};
static const char *const bes[] = {"is", "are", "was", "were", "be", "been", "being", "am", NULL};
static const char *const auxs[] = {"has", "have", "had", "having", "do", "does", "did", "get", "got", "gets",
                                   NULL};
static const char *const modals[] = {"will", "would", "shall", "should", "can", "could", "may", "might",
                                     "must", "'ll", "'d", "ca", "wo", NULL};
static const char *const advs[] = {"also", "still", "just", "already", "now", "then", "only", "even", "very",
                                   "too", "so", "yet", "however", "meanwhile", "reportedly", "allegedly",
                                   "again", "later", "earlier", "never", "ever", "often", "soon", "once",
                                   "here", "there", "not", "n't", "nearly", "almost", "about", NULL};
static const char *const rels[] = {"who", "whom", "which", "where", "when", "while", "because", "if",
                                   "although", "though", "whether", "after", NULL};
static const char *const numwords[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                       "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty",
                                       "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens",
                                       "million", "millions", "scores", NULL};

static const char *nrm(const lede_evctx *c, size_t i, size_t *n)
{
    const lede_token *t = &c->d->toks.v[i];
    *n = t->norm_len;
    return lede_tok_norm(c->d, t);
}

/* s[0..n) equals the NUL-terminated w (strlen(w) == n && memcmp(w, s, n) == 0)
 * without measuring w first: most list words differ at the first byte, and
 * these scans run for every token of every event rule. */
static inline bool eq(const char *w, const char *s, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (w[k] == '\0' || w[k] != s[k])
            return false;
    return w[n] == '\0';
}

static bool in(const lede_evctx *c, size_t i, const char *const *list)
{
    size_t n;
    const char *s = nrm(c, i, &n);
    for (; *list; list++)
        if (eq(*list, s, n))
            return true;
    return false;
}

bool lede_ev_tok_is(const lede_evctx *c, size_t i, const char *w)
{
    if (i >= c->d->toks.n)
        return false;
    size_t n;
    const char *s = nrm(c, i, &n);
    return eq(w, s, n);
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

/* Class of token i from itself alone; EC_OTHER when it needs its neighbours. */
static uint8_t closed_class(const lede_evctx *c, size_t i, const lede_evword **w)
{
    const lede_doc *d = c->d;
    const lede_token *t = &d->toks.v[i];
    size_t n;
    const char *s = nrm(c, i, &n);
    *w = NULL;
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
    if (lede_ev_tok_is(c, i, "to"))
        return EC_TO;
    if (lede_ev_tok_is(c, i, "not") || lede_ev_tok_is(c, i, "n't") || lede_ev_tok_is(c, i, "never"))
        return EC_NEG;
    if (lede_ev_tok_is(c, i, "and") || lede_ev_tok_is(c, i, "or") || lede_ev_tok_is(c, i, "but") ||
        lede_ev_tok_is(c, i, "nor") || lede_ev_tok_is(c, i, "&"))
        return EC_CONJ;
    if (in(c, i, bes))
        return EC_BE;
    if (in(c, i, auxs))
        return EC_AUX;
    if (in(c, i, modals))
        return EC_MODAL;
    if (in(c, i, rels))
        return EC_REL;
    if (in(c, i, numwords))
        return EC_NUM;
    if (in(c, i, dets))
        return EC_DET;
    if (in(c, i, prons))
        return EC_PRON;
    if (in(c, i, preps))
        return EC_PREP;
    if (in(c, i, advs))
        return EC_ADV;
    *w = lede_evmodel_word(c->em, s, n);
    bool sent_start = (t->flags & (LEDE_TF_SENT_START | LEDE_TF_HEADLINE)) ||
                      (i > 0 && (d->toks.v[i - 1].flags & LEDE_TF_QOPEN));
    if ((t->flags & (LEDE_TF_UPPER_INIT | LEDE_TF_ALL_UPPER)) && (!sent_start || !*w))
        return EC_PROPN;
    if (!*w) {
        if (ends_with(s, n, "ly"))
            return EC_ADV;
        if (ends_with(s, n, "ed"))
            return EC_VERB;
        return EC_NOUN;
    }
    uint8_t pos = (*w)->pos;
    if (pos == LEDE_WP_V)
        return EC_VERB;
    if (pos == LEDE_WP_R)
        return EC_ADV;
    if (pos == LEDE_WP_A || pos == (LEDE_WP_A | LEDE_WP_R))
        return EC_ADJ;
    if (pos == LEDE_WP_N || pos == (LEDE_WP_N | LEDE_WP_R))
        return EC_NOUN;
    return EC_OTHER; /* several parts of speech: decided in context */
}

/* Noun, verb or adjective for an ambiguous word, from the class before it. */
static uint8_t in_context(const lede_evctx *c, size_t i, size_t sb, const lede_evword *w, uint8_t prev,
                          uint8_t next)
{
    size_t n;
    const char *s = nrm(c, i, &n);
    uint8_t pos = w->pos;
    bool ed = ends_with(s, n, "ed") || ends_with(s, n, "en");
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
        return (pos & LEDE_WP_V) && (ed || ends_with(s, n, "ing")) ? EC_VERB
               : (pos & LEDE_WP_A)                                  ? EC_ADJ
               : (pos & LEDE_WP_V)                                  ? EC_VERB
                                                                     : EC_NOUN;
    if ((prev == EC_NOUN || prev == EC_PROPN) && (pos & LEDE_WP_V) && (ed || next == EC_DET || next == EC_PRON))
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
}

static bool nounish(uint8_t k) { return k == EC_NOUN || k == EC_PROPN || k == EC_NUM; }

static lede_status chunk_sentence(lede_evctx *c, size_t sb, size_t se)
{
    const lede_doc *d = c->d;
    size_t first = c->nchunks;
    for (size_t i = sb; i < se;) {
        uint8_t k = c->cls[i];
        bool neg = false;
        size_t b = i;
        if (k == EC_PRON) {
            lede_evchunk *ch = &c->chunks[c->nchunks];
            memset(ch, 0, sizeof *ch);
            *ch = (lede_evchunk){.b = (uint32_t)i, .e = (uint32_t)i + 1, .head = (uint32_t)i, .mention = -1,
                                 .list = (int32_t)c->nchunks, .next = -1, .appos = -1, .pron = 1, .sem = 'P'};
            ch->neg = lede_ev_tok_is(c, i, "none") || lede_ev_tok_is(c, i, "nobody");
            c->chunk_of[i] = (int32_t)c->nchunks++;
            i++;
            continue;
        }
        if (k != EC_DET && k != EC_ADJ && !nounish(k)) {
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
            if (kj == EC_ADJ || nounish(kj)) {
                j++;
                continue;
            }
            /* a name mention runs through its inner words ("Directorate of National Security") */
            int32_t mi = d->toks.v[j - (j > body)].mention;
            if (j > body && mi >= 0 && d->toks.v[j].mention == mi) {
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
        for (size_t t = body; t < e; t++) {
            int32_t mi = d->toks.v[t].mention;
            if (mi >= 0 && d->mentions.v[mi].kind != LEDE_MK_VALUE) {
                ch->mention = mi;
                break;
            }
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
        for (size_t t = body; t < e; t++)
            c->chunk_of[t] = (int32_t)c->nchunks;
        c->nchunks++;
        i = e;
    }
    /* coordination: chunks joined by "," / "and" / "or", at least one conjunction */
    for (size_t a = first; a + 1 < c->nchunks;) {
        size_t z = a, conj = 0;
        while (z + 1 < c->nchunks) {
            const lede_evchunk *x = &c->chunks[z], *y = &c->chunks[z + 1];
            size_t gap = y->b - x->e, has_conj = 0, ok = 1;
            for (size_t t = x->e; t < y->b; t++) {
                uint8_t kt = c->cls[t];
                if (kt == EC_CONJ && !lede_ev_tok_is(c, t, "but"))
                    has_conj = 1;
                else if (kt != EC_COMMA && kt != EC_DET)
                    ok = 0;
            }
            if (!ok || gap == 0 || gap > 3 || x->pron != y->pron)
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
    const lede_evword **w = lede_arena_alloc(&c->ws->arena, (nt + 1) * sizeof *w);
    if (!w)
        return lede_fail(c->ws, LEDE_ERR_NOMEM, "out of memory reading events");
    for (size_t i = 0; i < nt; i++) {
        c->cls[i] = closed_class(c, i, &w[i]);
        c->ncls[i] = w[i] ? (uint8_t)w[i]->ncls : 0;
        c->chunk_of[i] = -1;
    }
    for (size_t s = 0; s < d->sents.n; s++) {
        const lede_sentence *se = &d->sents.v[s];
        for (size_t i = se->tok_begin; i < se->tok_end; i++)
            if (c->cls[i] == EC_OTHER) {
                uint8_t prev = i > se->tok_begin ? c->cls[i - 1] : EC_PUNCT;
                uint8_t next = i + 1 < se->tok_end ? c->cls[i + 1] : EC_PUNCT;
                c->cls[i] = w[i] ? in_context(c, i, se->tok_begin, w[i], prev, next) : EC_NOUN;
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
