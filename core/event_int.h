/*
 * event_int.h - what the event stage's files share: the loaded event
 * lexicon (event_model.c), word classes and noun-phrase chunks
 * (event_words.c), trigger candidates (event_triggers.c), arguments
 * (event_args.c) and coreference/anchoring (event_coref.c); events.c runs
 * them in that order.  Owned by the events engineer.  Internal to core/.
 * Scratch arrays live in the workspace arena for one document; the model is
 * read-only and shared.
 */
#ifndef LEDE_EVENT_INT_H
#define LEDE_EVENT_INT_H

#include <string.h>

#include "model.h"
#include "vocab.h"
#include "workspace.h"

/* ---- the lexicon (event_model.c) ----------------------------------------------- */
enum { LEDE_WP_N = 1, LEDE_WP_V = 2, LEDE_WP_A = 4, LEDE_WP_R = 8 };

typedef struct lede_evword {
    uint8_t pos;        /* LEDE_WP_* a form may have                       */
    uint8_t primary;    /* the most frequent one (one LEDE_WP_* bit)         */
    char ncls;          /* noun class of the first sense: P person, G group,
                           L location, F facility, W weapon, V vehicle,
                           A artifact, E act/event, T time, C communication,
                           0 none                                            */
} lede_evword;

#define LEDE_EV_MAX_TYPES 4
typedef struct lede_evtrig {
    const char *lemma;
    uint16_t p;                           /* P(trigger) * 1000            */
    uint8_t ntypes;
    const char *types[LEDE_EV_MAX_TYPES]; /* static names from types.c    */
    uint16_t counts[LEDE_EV_MAX_TYPES];
    /* set at load by lede_ev_trig_prepare, for event_triggers.c's rules */
    uint8_t type0;                        /* types[0]'s index in lede_event_types(), 0xFF */
    uint8_t kind;                         /* EVK_*: the lemmas and types the rules single out */
    uint8_t live;                         /* some context can lift p to the threshold: only
                                           * such entries make a token a trigger candidate */
} lede_evtrig;
enum { EVK_FIRE = 1, EVK_CHARGE = 2, EVK_STRIKE = 4, EVK_ATTACK = 8, EVK_T_ATTACK = 16, EVK_T_DETONATE = 32,
       EVK_UNACC = 64 };
/* Fills t->type0, t->kind and t->live from its lemma and types (event_triggers.c). */
void lede_ev_trig_prepare(lede_evtrig *t);

/* Everything the lexicon knows of one folded form: one hash lookup per token
 * instead of one per list and rule. */
typedef struct lede_evlex {
    const lede_evword *word;  /* WordNet classes, NULL if none              */
    const lede_evtrig *trig;  /* trigger entry, NULL if none                */
    uint8_t cls;              /* closed word class (EC_*; EC_OTHER if open)  */
    uint8_t prep;             /* 1 + its index in lede_evmodel_preps, 0      */
    uint8_t flags;            /* EVF_*: cue lists of event_triggers.c        */
    /* set at load (lede_ev_lex_class): the word class of a lowercase token
     * with this form and no mention or flag that decides it (EC_*; EC_OTHER:
     * decided in context; LEDE_EV_BY_SUFFIX: no class from the lexicon), and
     * its noun class (word->ncls when the class is not closed, else 0) */
    uint8_t pcls;
    uint8_t wncls;
} lede_evlex;
#define LEDE_EV_BY_SUFFIX 0xFF
enum { EVF_NAMED_OK = 1, EVF_WEAPON = 2, EVF_EXPLOSIVE = 4, EVF_LIGHT = 8, EVF_ATTEND = 16, EVF_ABSENCE = 32,
       EVF_INCLUDE = 64 };
/* Calls add for every cue word of event_triggers.c with its EVF_* flag. */
void lede_ev_cue_words(void (*add)(void *arg, const char *w, uint8_t flag), void *arg);
/* The same for the verb lists of event_args.c (EVF_LIGHT .. EVF_INCLUDE). */
void lede_ev_arg_words(void (*add)(void *arg, const char *w, uint8_t flag), void *arg);

/* Lookups by folded form; NULL when absent (or when m is NULL). */
const lede_evlex *lede_evmodel_lex(const lede_evmodel *m, const char *w, size_t n);
/* The same entry as lede_evmodel_lex, for w[0..n) with `before` readable
 * bytes before w (a token's folded form: its offset in doc->norm), which
 * lets a short form be keyed by two loads (vocab.h). */
const lede_evlex *lede_evmodel_lex_at(const lede_evmodel *m, const char *w, size_t n, size_t before);
/* lede_evmodel_lex_at of every token's folded form of d, into out[0..toks.n). */
void lede_evmodel_lex_tokens(const lede_evmodel *m, const lede_doc *d, const lede_evlex **out);
/* The keyed index of the lexicon's forms of 3..LEDE_VOCAB_KEY_MAX bytes
 * (event_model.c builds it at load): open addressing by vocab.h's key, each
 * slot holding what the word pass needs of its entry (its class and noun
 * class for a lowercase token, whether it has a trigger entry), so the pass
 * reads no entry for most tokens.  An empty slot (len 0) has pcls
 * LEDE_EV_BY_SUFFIX, wncls 0 and no trigger: a miss's answer. */
typedef struct lede_evkslot {
    uint64_t a, b;     /* the key (lede_vocab_key_of)                       */
    uint8_t len;       /* the form's length, 0: empty                       */
    uint8_t pcls;      /* its entry's pcls and wncls (lede_ev_lex_class)     */
    uint8_t wncls;
    uint8_t trig;      /* its entry has a live trigger entry (.live)        */
    uint32_t idx;      /* its entry's index                                 */
} lede_evkslot;
typedef struct lede_evkeyed {
    const lede_evkslot *ks;
    size_t mask;       /* slots - 1 (a power of two)                        */
    unsigned shift;    /* 64 - log2(slots)                                  */
    const lede_evlex *lex;
    const lede_evlex *const *lex1; /* the one-byte forms by byte (256)      */
    const uint16_t *lex2; /* the two-byte forms: 1 + entry index by both bytes (64K), 0 none */
} lede_evkeyed;
static inline size_t lede_evkslot_hash(lede_vocab_key k, size_t n, unsigned shift)
{
    return (size_t)(((k.a ^ (k.b * 0x9E3779B97F4A7C15ull) ^ n) * 0xC2B2AE3D27D4EB4Full) >> shift);
}
/* Fills *kv and returns true when m has the keyed index and the one- and
 * two-byte tables. */
bool lede_evmodel_keyed(const lede_evmodel *m, lede_evkeyed *kv);
/* The slot of the form keyed by k (n bytes, 3..LEDE_VOCAB_KEY_MAX), or the
 * empty slot that ends its probe when the lexicon lacks it. */
static inline const lede_evkslot *lede_evkeyed_find(const lede_evkeyed *kv, lede_vocab_key k, size_t n)
{
    for (size_t h = lede_evkslot_hash(k, n, kv->shift);; h = (h + 1) & kv->mask) {
        const lede_evkslot *s = &kv->ks[h];
        if (!s->len || (s->a == k.a && s->b == k.b && s->len == n))
            return s;
    }
}
static inline const lede_evlex *lede_evkeyed_entry(const lede_evkeyed *kv, const lede_evkslot *s)
{
    return s->len ? &kv->lex[s->idx] : NULL;
}
/* The entry of a one- or two-byte form (a third of the tokens:
 * punctuation, "a", "of", "to", "'s"), by its bytes. */
static inline const lede_evlex *lede_evkeyed_short(const lede_evkeyed *kv, const char *w, size_t n)
{
    if (n == 1)
        return kv->lex1[(unsigned char)w[0]];
    unsigned e = kv->lex2[(unsigned char)w[0] | (unsigned char)w[1] << 8];
    return e ? &kv->lex[e - 1] : NULL;
}
/* lede_evmodel_lex of a form the keyed index does not hold (one or two
 * bytes: from tables by their bytes; longer than LEDE_VOCAB_KEY_MAX). */
const lede_evlex *lede_evmodel_lex_short(const lede_evmodel *m, const char *w, size_t n);
const lede_evword *lede_evmodel_word(const lede_evmodel *m, const char *w, size_t n);
const lede_evtrig *lede_evmodel_trigger(const lede_evmodel *m, const char *w, size_t n);
/* The closed words of class EC_PREP or EC_TO, in lede_evlex.prep order. */
const char *const *lede_evmodel_preps(const lede_evmodel *m, size_t *n);

/* The closed-class words (event_words.c), in the order their lists are
 * consulted: the first class a word is listed with is its class. */
typedef struct lede_evclosed { const char *w; uint8_t cls; } lede_evclosed;
const lede_evclosed *lede_ev_closed_words(size_t *n);

/* The argument classifier's weights as dense tables, one per feature
 * template (event_score.c); built at load, read-only after.  Entry of
 * template t: its fields' values as mixed-radix digits, the first field most
 * significant (event_score.c's tmpl_fields; event_fast.c sums them). */
/* (the dense tables' layout: after the word classes below) */
typedef struct lede_evtables lede_evtables;
lede_evtables *lede_ev_tables_build(const lede_evmodel *m, const bool *sem_seen);
void lede_ev_tables_free(lede_evtables *t);
const lede_evtables *lede_evmodel_tables(const lede_evmodel *m);

/* The argument classifier's weight of a feature (0 when unknown), whether
 * one is loaded (data/events.args), and its decision threshold. */
float lede_evmodel_weight(const lede_evmodel *m, const char *f, size_t n);
bool lede_evmodel_has_args(const lede_evmodel *m);
float lede_evmodel_args_threshold(const lede_evmodel *m);
/* Logits below which (<= lo) P(argument) surely misses the threshold and
 * above which (>= hi) it surely reaches it; between them only the exact
 * comparison decides (lede_ev_take). */
void lede_evmodel_logit_bounds(const lede_evmodel *m, float *lo, float *hi);

/* types.c: the static name of an event type lede emits, or NULL. */
const char *lede_event_type_intern(const char *s, size_t n);

/* ---- word classes and chunks (event_words.c) ----------------------------------- */
enum {
    EC_OTHER, EC_PUNCT, EC_COMMA, EC_DASH, EC_DET, EC_POSS, EC_PREP, EC_CONJ, EC_PRON, EC_AUX, EC_BE,
    EC_MODAL, EC_NEG, EC_REL, EC_ADV, EC_NUM, EC_ADJ, EC_NOUN, EC_PROPN, EC_VERB, EC_TO, EC_TIME, EC_QUOTE
};

/* ---- the classifier's dense tables (event_score.c builds, event_fast.c reads) ---- */
#define LEDE_EV_TEMPLATES 24
#define LEDE_EV_NCLS (EC_QUOTE + 1) /* word classes; the class after a phrase may also be "$" */
enum { LEDE_EV_PV_START = 0, LEDE_EV_PV_CLASS = 1, LEDE_EV_PV_WORD = 1 + LEDE_EV_NCLS };
#define LEDE_EV_OFF_SPAN 3   /* sentence offsets -3..3 are tabled                       */
#define LEDE_EV_PREP_MAX 24  /* a preposition's form is the feature only when shorter     */
struct lede_evtables {
    const char *const *types;
    size_t ntypes;
    const char *const *preps;
    size_t npreps;
    uint8_t sem_idx[256];    /* value index of a semantic class, 0xFF      */
    char sem_chr[256];
    size_t nsem;
    size_t dim[18];          /* values per field (event_score.c's F_*)      */
    float *w[LEDE_EV_TEMPLATES];
};

typedef struct lede_evchunk {
    uint32_t b, e;        /* tokens [b, e) without leading determiners       */
    uint32_t head;        /* last token                                      */
    int32_t mention;      /* name mention it contains, -1                     */
    int32_t list;         /* first chunk of its coordination, or itself       */
    int32_t next;         /* next chunk in the coordination, -1               */
    int32_t appos;        /* first chunk of an appositive list ("— India, Iran —") */
    uint8_t sem;          /* 'P' 'G' 'L' 'F' 'W' 'V' 'A' 'E' 'T' 'N'(name) 0 */
    uint8_t neg;          /* "no representatives", "none of"                  */
    uint8_t pron;         /* a pronoun                                        */
    uint8_t poss;         /* followed by 's: a possessor                      */
} lede_evchunk;

typedef struct lede_evtrigger {
    uint32_t tok, tok_end;   /* trigger tokens [tok, tok_end)               */
    uint32_t sent;
    const char *type;
    uint8_t type_id;         /* its index in lede_event_types(), 0xFF if none */
    const char *lemma;       /* the lexicon's lemma ("die", "meet")         */
    uint8_t verbal;          /* used as a verb                              */
    uint8_t passive;         /* "was killed"                                */
    uint8_t named;           /* part of a capitalised name ("Conference")   */
    uint8_t definite;        /* "the/this/that meeting"                     */
    uint8_t generic;         /* "such meetings", plural without determiner  */
    uint8_t negated;
    uint8_t kind;            /* its lexicon entry's EVK_*                    */
    uint8_t tflags;          /* its type's EVT_* (lede_evmodel_tflags)        */
    int32_t event;           /* after coreference                           */
    int32_t cata;            /* an earlier definite noun that points here   */
    int32_t timex;           /* anchoring timex in its sentence, -1         */
    int32_t place;           /* chunk of its place, -1                      */
} lede_evtrigger;

typedef struct lede_evarg {
    uint32_t trig;           /* index into triggers                         */
    int32_t chunk;           /* the chunk it came from                      */
    uint32_t start, end;     /* bytes: the chunk, or part of a compound     */
    int32_t entity;          /* resolved entity, -1                         */
    const char *role;
    uint8_t slot;            /* EV_*                                        */
    uint8_t present;
} lede_evarg;

struct lede_evctx;
/* Called for every argument candidate when set (tools/events/dump_args.c,
 * the trainer's feature dump); NULL in the service. */
typedef void (*lede_evdump_fn)(void *arg, const struct lede_evctx *c, uint32_t trig, int32_t chunk,
                               const char *const *feats, size_t nf);

typedef struct lede_evctx {
    lede_workspace *ws;
    lede_doc *d;
    const lede_evmodel *em;
    const lede_evlex **lex;  /* lexicon entry per token, NULL               */
    uint32_t *tcand;         /* tokens whose entry has a live trigger, in order */
    size_t ntcand;
    uint8_t *cls;            /* EC_* per token                               */
    uint8_t *ncls;           /* noun class per token                         */
    int32_t *chunk_of;       /* chunk per token, -1                          */
    lede_evchunk *chunks;
    size_t nchunks;
    size_t nreal;            /* chunks [nreal, nchunks) are premodifier tokens */
    lede_evtrigger *trigs;
    size_t ntrigs;
    int32_t *trig_of;        /* trigger per token, -1                        */
    lede_evarg *args;
    size_t nargs, args_cap;
    int8_t *slot_of;         /* rule slot per chunk for the current trigger  */
    uint8_t *absent_of;      /* the rules say the chunk was absent           */
    uint8_t *via_of;         /* which rule marked it (VIA_*)                 */
    lede_evdump_fn dump;
    void *dump_arg;
} lede_evctx;

/* Per token word class, noun-phrase chunks with coordination and negation. */
lede_status lede_ev_words(lede_evctx *c);
/* Fills x->pcls and x->wncls from its closed class and word (event_words.c's
 * rules for a lowercase token); the model calls it for every entry at load. */
void lede_ev_lex_class(lede_evlex *x);
/* Token i's folded form is w.  Inline: with a literal w the length test
 * and the compare fold to a few instructions, and rule scans test tokens
 * against words everywhere. */
static inline bool lede_ev_tok_is(const lede_evctx *c, size_t i, const char *w)
{
    if (i >= c->d->toks.n)
        return false;
    const lede_token *t = &c->d->toks.v[i];
    size_t n = strlen(w);
    return t->norm_len == n && memcmp(lede_tok_norm(c->d, t), w, n) == 0;
}
bool lede_ev_skip_sentence(const lede_doc *d, size_t sent);

/* Verbs (the low 32 bits) and commas or dashes (the high 32) among tokens
 * [lo, hi).  The classifier asks it of at most 64 tokens between a phrase
 * and its trigger, and only of the phrases its bounds let through (some
 * one in five), so counting beats per-document prefix sums. */
static inline uint64_t lede_ev_vc_between(const lede_evctx *c, size_t lo, size_t hi)
{
    uint64_t vc = 0;
    for (size_t t = lo; t < hi; t++) {
        unsigned k = c->cls[t];
        vc += (uint64_t)(k == EC_VERB) | (uint64_t)(k == EC_COMMA || k == EC_DASH) << 32;
    }
    return vc;
}

/* Whether a trigger whose token is not `tok` has its token in [lo, hi),
 * looking among c->trigs[q0, q1) (in text order; the range must hold every
 * trigger whose token is in [lo, hi)): the first at or after lo by halves,
 * then at most the next two. */
static inline bool lede_ev_trigger_between(const lede_evctx *c, size_t q0, size_t q1, size_t lo, size_t hi,
                                           size_t tok)
{
    size_t a = q0, z = q1;
    while (a < z) {
        size_t mid = a + (z - a) / 2;
        if (c->trigs[mid].tok < lo)
            a = mid + 1;
        else
            z = mid;
    }
    for (; a < q1 && c->trigs[a].tok < hi; a++)
        if (c->trigs[a].tok != tok)
            return true;
    return false;
}

/* Trigger candidates, typed and disambiguated. */
lede_status lede_ev_triggers(lede_evctx *c);

/* Arguments of every trigger with KAIROS roles. */
lede_status lede_ev_args(lede_evctx *c);
/* The roles of a type: agent, patient, with-role; static strings. */
const char *lede_ev_role(const char *type, int slot);
/* All EV_SLOTS roles of a type (its role table row), NULL if none. */
const char *const *lede_ev_roles_of(const char *type);
/* lede_ev_roles_of of the type with index type_id in lede_event_types(),
 * looked up at load; of `type` itself when type_id is out of range. */
const char *const *lede_evmodel_roles(const lede_evmodel *m, uint8_t type_id, const char *type);
/* What the argument and coreference rules ask of a type's name, answered
 * once per type at load: its prefix is "Movement.", "Conflict.Attack",
 * "Contact.", "Contact.Contact.", "Contact.Contact.Meet"; it is
 * "Contact.Contact.Meet"; its prefix is "Life.", "Justice." or "Personnel.". */
enum { EVT_MOVEMENT = 1, EVT_ATTACK = 2, EVT_CONTACT = 4, EVT_CC = 8, EVT_MEET_PREFIX = 16, EVT_MEET = 32,
       EVT_PATIENT_PREMOD = 64 };
uint8_t lede_ev_type_flags(const char *type);
/* lede_ev_type_flags of the type with index type_id in lede_event_types(),
 * computed at load; of `type` itself when type_id is out of range. */
uint8_t lede_evmodel_tflags(const lede_evmodel *m, uint8_t type_id, const char *type);
/* The lemma's subject undergoes the event ("died", "exploded"). */
bool lede_ev_unaccusative(const char *lemma);
enum { EV_AGENT, EV_PATIENT, EV_INSTR, EV_WITH, EV_RECIP, EV_ORIGIN, EV_DEST, EV_PLACE, EV_SLOTS };
/* The rule that marked a phrase: a classifier feature, and for expansions a
 * guarantee (they are kept whatever the score). */
enum { VIA_NONE, VIA_SUBJ, VIA_OBJ, VIA_BY, VIA_PP, VIA_OF, VIA_INVERTED, VIA_UNACC, VIA_POSS, VIA_LIGHT,
       VIA_ATTEND, VIA_INCLUDE, VIA_ADJ, VIA_LIST, VIA_ORIGIN, VIA_APPOS, VIA_PREMOD, VIA_COUNT };

/* event_score.c: the features of candidate chunk ch for trigger g (slot:
 * the rule slot, -1 if none) as strings in buf; returns their number. */
#define LEDE_EV_MAX_FEATS 24
#define LEDE_EV_FEAT_BUF 1024
size_t lede_ev_features(const lede_evctx *c, const lede_evtrigger *g, int32_t ch, int slot, char *buf,
                        const char **feats);
/* Bound tables of an unmarked phrase's logit per event type (event_fast.c),
 * built with the model; NULL when the weights are too large for its slack. */
typedef struct lede_evbound lede_evbound;
lede_evbound *lede_ev_bound_build(const lede_evtables *tb);
void lede_ev_bound_free(lede_evbound *bd);
const lede_evbound *lede_evmodel_bound(const lede_evmodel *m);
/* The logit of candidate ch of trigger g by formatting every feature the
 * tables do not hold (event_score.c): what event_fast.c's sums must equal. */
float lede_ev_logit_general(const lede_evctx *c, const lede_evtrigger *g, int32_t ch, int slot);
/* P(argument) of a candidate from its features. */
float lede_ev_score(const lede_evctx *c, const char *const *feats, size_t nf);
/* The same P(argument) for chunk ch of trigger g without building the
 * feature strings: the weights come from the dense tables by value index. */
float lede_ev_prob(const lede_evctx *c, const lede_evtrigger *g, int32_t ch, int slot);
/* A trigger's part of every candidate's classifier sum, set up once for
 * its candidates (event_fast.c reads it; the fields are its own). */
typedef struct lede_evscorer {
    const lede_evtables *tb;
    size_t tok, sent, sb, se; /* trigger token, its sentence and the sentence's tokens */
    size_t nt, ns, np;        /* types, semantic classes, preposition values */
    size_t q0, q1;            /* c->trigs[q0, q1) hold those of its sentence */
    const float *bound;       /* its type's block of the bound tables, NULL: none */
    const float *kb, *ac, *bb, *dvc, *efg, *k2, *ac2, *b2; /* that block's groups (event_fast.c) */
    float reject;             /* an unmarked phrase whose bound is below this misses */
    /* the tables (tb->w); those with the trigger's type, part of speech or
     * voice among their fields offset by its value (they are the last or
     * only remaining digit of the index but one): w2 is tb->w[2] + type ... */
    const float *const *w;
    const float *w2, *w5, *w7, *w9, *w12, *w19, *w22;
    const lede_evtrigger *g;
    bool fast;                /* the trigger's values are in the tables      */
    float lo, hi;             /* lede_evmodel_logit_bounds                   */
} lede_evscorer;
void lede_ev_scorer_init(const lede_evctx *c, const lede_evtrigger *g, lede_evscorer *sc);

/* Rule-marked phrases per trigger; more are ignored (event_args.c). */
#define LEDE_EV_MAX_MARKED 64
/* How far (tokens) from its trigger a candidate phrase may be. */
#define LEDE_EV_CAND_WINDOW 40
/* Most candidates of one trigger: phrase heads in its window, and marked ones. */
#define LEDE_EV_MAX_CANDS (2 * LEDE_EV_CAND_WINDOW + 1 + LEDE_EV_MAX_MARKED)
/* lede_ev_take of candidate ch (rule slot c->slot_of[ch]) of sc's trigger. */
bool lede_ev_scorer_take(const lede_evctx *c, const lede_evscorer *sc, int32_t ch);

/* Phrases a trigger's rules keep whatever the classifier says: expansions
 * of a phrase they chose (origin lists, appositives, attendance and its
 * negation). */
static inline bool lede_ev_strong(const lede_evctx *c, int32_t ch)
{
    uint8_t via = c->slot_of[ch] >= 0 ? c->via_of[ch] : VIA_NONE;
    return via == VIA_ORIGIN || via == VIA_APPOS || via == VIA_ATTEND || via == VIA_INCLUDE;
}

/* event_args.c's choose() in the service (a classifier, no dump): into
 * taken[] (room for LEDE_EV_MAX_CANDS), in choose()'s order, the candidates
 * of sc's trigger it adds: the real phrases from index a on headed before
 * hi, then marked[0..nmarked) headed outside [lo, hi) or not real; times
 * and event phrases are none; the rules' strong expansions are kept, the
 * rest as the classifier says.  Returns their number. */
size_t lede_ev_taken(const lede_evctx *c, const lede_evscorer *sc, size_t a, size_t lo, size_t hi,
                     const int32_t *marked, size_t nmarked, int32_t *taken);
/* lede_ev_prob(c, g, ch, slot) >= the model's threshold, deciding most
 * candidates by their logit alone (no expf). */
bool lede_ev_take(const lede_evctx *c, const lede_evtrigger *g, int32_t ch, int slot);
/* lede_ev_take of candidates chs[0..n) of trigger g, each with its rule
 * slot c->slot_of[ch], into take[0..n): the trigger's values read once. */
void lede_ev_take_all(const lede_evctx *c, const lede_evtrigger *g, const int32_t *chs, size_t n, bool *take);

/* Coreference into events, time and place anchoring, output to ws->doc. */
lede_status lede_ev_link(lede_evctx *c);

#endif
