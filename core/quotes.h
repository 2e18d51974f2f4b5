/*
 * quotes.h - internal interface of the quote stage.  quotes.c drives it:
 *   quote_marks.c    quotation marks -> quoted regions (pairing, nesting,
 *                    quotes that run across paragraphs)
 *   quote_cues.c     reporting-verb lexicon (tenses, phrasal forms,
 *                    "according to") and closed word classes
 *   quote_words.c    the lexicon as one hash table (built with the model),
 *                    and each token's classes and cue, once per document
 *   quote_speaker.c  the speaker noun phrase around a cue, anonymity, and
 *                    speaker coreference (pronouns, "the source", "the
 *                    ministry" -> an entity mentioned earlier)
 *   quote_direct.c   attribution of quoted regions: trailers, lead-ins,
 *                    interrupted quotes, neighbouring sentences
 *   quote_indirect.c reported clauses and mixed quotes
 * Owned by the quotes stage.  Everything here works on one document in one
 * workspace; the tables are const, so it is reentrant.
 */
#ifndef LEDE_QUOTES_H
#define LEDE_QUOTES_H

#include <string.h>

#include "workspace.h"

/* Named caps of the scanners; each keeps the stage linear in the tokens. */
enum {
    LEDE_QUOTE_MARK_DEPTH = 4,     /* nesting of quotation marks tracked       */
    LEDE_QUOTE_TRAILER_MAX = 40,   /* tokens after a closing mark searched     */
    LEDE_QUOTE_LEADIN_MAX = 40,    /* tokens before an opening mark searched   */
    LEDE_QUOTE_NP_MAX = 14,        /* tokens in a speaker noun phrase          */
    LEDE_QUOTE_APPOS_MAX = 30,     /* tokens in an appositive or relative      */
    LEDE_QUOTE_COREF_BACK = 400,   /* mentions looked back when resolving      */
    LEDE_QUOTE_CLAUSE_MAX = 120,   /* tokens in a reported clause              */
    LEDE_QWORD_DOC_MAX = 65535,    /* distinct words classified once per
                                      document (quote_words.c); the rest
                                      per token                             */
};
/* How far below the classifier's threshold a lexicon reporting verb may
 * score and still be tried by the rules (which then need a speaker). */
#define LEDE_QUOTE_LEXICAL_MARGIN 10.0f

/* ---- quoted regions (quote_marks.c) ------------------------------------- */
typedef struct lede_qregion {
    uint32_t open;        /* token of the opening mark                      */
    uint32_t close;       /* last token: the closing mark, or the
                             paragraph's last token when unclosed           */
    uint32_t para;
    uint8_t single;       /* ‘...’ at top level                             */
    uint8_t closed;       /* ends with a closing mark                       */
    uint8_t cont_prev;    /* continues a quote from the previous paragraph */
    uint8_t cont_next;    /* continues into the next paragraph              */
    uint8_t used;         /* emitted (direct) or absorbed (mixed)           */
    int32_t attr;         /* attribution it belongs to, -1 if none yet      */
} lede_qregion;

typedef struct lede_qctx lede_qctx;

/* Per token, for the learned models' features (quote_learn.c): hashes of
 * its folded form (also the word table's key, quote_words.c) and of that
 * form's crude stem. */
typedef struct lede_qfh { uint32_t word, stem; } lede_qfh;

/* A word's bytes as a 32-bit hash (the low half of lede_qword_hash64):
 * overlapping unaligned loads, the length mixed in.  The word table and
 * the learned models' features both use it, so each token is hashed once;
 * changing it changes every feature: retrain (tools/quotes/train.sh).
 * For words of up to 8 bytes the 64-bit value is one-to-one given the
 * length (the loads cover every byte, the multiply is by an odd constant,
 * h ^= h >> 32 is invertible), so the per-document word table compares
 * it instead of the bytes (quote_words.c). */
static inline uint64_t lede_qword_hash64(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    uint64_t h = (uint64_t)n * 0xC2B2AE3D27D4EB4Full, v;
    uint32_t a, b;
    if (n >= 8) {
        for (size_t k = 0; k + 8 < n; k += 8) {
            memcpy(&v, s + k, 8);
            h = (h ^ v) * 0x9E3779B97F4A7C15ull;
            h ^= h >> 31;
        }
        memcpy(&v, s + n - 8, 8);
        h ^= v;
    } else if (n >= 4) {
        memcpy(&a, s, 4);
        memcpy(&b, s + n - 4, 4);
        h ^= a | (uint64_t)b << 32;
    } else if (n) {
        h ^= u[0] | (uint32_t)u[n / 2] << 8 | (uint32_t)u[n - 1] << 16;
    }
    h *= 0x165667B19E3779F9ull;
    h ^= h >> 32;
    return h;
}
static inline uint32_t lede_qword_hash(const char *s, size_t n) { return (uint32_t)lede_qword_hash64(s, n); }

/* ---- cues (quote_cues.c) -------------------------------------------------- */
enum {
    LEDE_CUE_SPEECH = 1u << 0,    /* introduces direct speech: said, told    */
    LEDE_CUE_CLAUSE = 1u << 1,    /* takes a reported clause: said (that)    */
    LEDE_CUE_MIND = 1u << 2,      /* belief, intention: thinks, hopes        */
    LEDE_CUE_ADDRESSEE = 1u << 3, /* an object may precede the clause: told  */
    LEDE_CUE_ACCORDING = 1u << 4, /* "according to X": the source follows    */
    LEDE_CUE_TO = 1u << 5,        /* takes "to" + verb: urged, vowed         */
    LEDE_CUE_WEAK = 1u << 6,      /* rarely a cue without "that": noted     */
};
enum { LEDE_CUE_BASE, LEDE_CUE_PAST, LEDE_CUE_3SG, LEDE_CUE_ING };

typedef struct lede_cue {
    uint32_t tb, te;      /* cue tokens [tb, te): "said", "pointed out"     */
    uint32_t head;        /* the verb                                       */
    uint32_t cls;         /* LEDE_CUE_*                                     */
    uint8_t form;         /* LEDE_CUE_BASE/PAST/3SG/ING                     */
} lede_cue;

/* lede_cue_at (below, after the context it reads) recognises a cue starting
 * at token i (tokens < limit).  Phrasal forms ("pointed out", "according
 * to", "went on to say") take the longest match.  Answered from the
 * per-token classification (quote_words.c); the recogniser itself, for a
 * limit that cuts the stored cue short: */
bool lede_cue_scan(const lede_qctx *q, uint32_t i, uint32_t limit, lede_cue *out);

/* The word tables are sorted for bisection (checked by the unit tests). */
bool lede_cue_tables_sorted(void);

/* ---- the word table and per-token classes (quote_words.c) ----------------
 * Every word the stage asks about by name: the rules compare a token's id
 * instead of its text ("that" -> LEDE_QW_THAT). */
#define LEDE_QWORDS(X) \
    X(ABOUT, "about") X(ACCORDING, "according") X(ALLY, "ally") X(AMP, "&") X(AND, "and") \
    X(ANONYMITY, "anonymity") X(ANONYMOUSLY, "anonymously") X(AT, "at") X(AUTHORIZED, "authorized") \
    X(BACK, "back") X(BE, "be") X(BUT, "but") X(CLEAR, "clear") X(DE, "de") X(DURING, "during") \
    X(EARLIER, "earlier") X(FAMILY, "family") X(FOR, "for") X(FROM, "from") X(HER, "her") X(HIS, "his") \
    X(HOW, "how") X(HOWEVER, "however") X(I, "i") X(IDENTIFIED, "identified") X(IF, "if") X(IN, "in") \
    X(INSTEAD, "instead") X(IT, "it") X(ITS, "its") X(LAST, "last") X(MEANWHILE, "meanwhile") \
    X(NAMED, "named") X(NOT, "not") X(NT, "n't") X(OF, "of") X(ON, "on") X(OUT, "out") X(OVER, "over") \
    X(SAY, "say") X(SO, "so") X(SOURCE, "source") X(SOURCES, "sources") X(THAT, "that") X(THE, "the") \
    X(THEIR, "their") X(THERE, "there") X(THEY, "they") X(THIS, "this") X(THOUGH, "though") \
    X(THROUGH, "through") X(TO, "to") X(TODAY, "today") X(TOO, "too") X(UP, "up") X(VIA, "via") \
    X(WE, "we") X(WHAT, "what") X(WHETHER, "whether") X(WHICH, "which") X(WHO, "who") X(WHOM, "whom") \
    X(WHOSE, "whose") X(WHY, "why") X(YESTERDAY, "yesterday") X(YOU, "you")
#define LEDE_QW_ENUM(id, s) LEDE_QW_##id,
enum { LEDE_QW_NONE, LEDE_QWORDS(LEDE_QW_ENUM) LEDE_QW_COUNT };
#undef LEDE_QW_ENUM

/* Word classes.  The first group holds only for tokens with a letter (as
 * the closed lists always did); the second for any token with that text. */
enum {
    LEDE_QC_DET = 1u << 0,       /* determiners: a, the, several            */
    LEDE_QC_PRON = 1u << 1,      /* subject pronouns: he, they, who          */
    LEDE_QC_FUNC = 1u << 2,      /* prepositions, conjunctions, auxiliaries  */
    LEDE_QC_AUXL = 1u << 3,      /* the listed auxiliaries and adverbs       */
    LEDE_QC_TIME = 1u << 4,      /* Monday, week                             */
    LEDE_QC_TITLE = 1u << 5,     /* president, Sen.                          */
    LEDE_QC_SOURCE = 1u << 6,    /* source, official                         */
    LEDE_QC_VCOMMON = 1u << 7,   /* is, was, has, would                      */
    LEDE_QC_HEAD = 1u << 8,      /* heads of phrasal cues only (pointed out) */
    LEDE_QC_GATED = (1u << 9) - 1,
    LEDE_QC_JOINER = 1u << 9,    /* of, for, and, &, de, in, from, at         */
    LEDE_QC_OBJECT = 1u << 10,   /* him, reporters: an addressee after a cue */
    LEDE_QC_TIMEPRE = 1u << 11,  /* on, last, several: before a time word    */
    LEDE_QC_ORG = 1u << 12,      /* ministry, council: organisation heads    */
    LEDE_QC_CUT = 1u << 13,      /* conjunctions a reported clause stops at  */
    LEDE_QC_ADJUNCT = 1u << 14,  /* on, in, last, via: an adjunct after a cue */
    LEDE_QC_WH = 1u << 15,       /* if, whether, how, what, why              */
    /* derived per token by lede_qtoks_classify */
    LEDE_QT_AUXADV = 1u << 16,   /* lede_qw_aux_adverb (list or -ly adverb)  */
    LEDE_QT_VERBISH = 1u << 17,  /* lede_qw_verbish                          */
    LEDE_QT_NPWORD = 1u << 18,   /* may sit inside a speaker noun phrase     */
    LEDE_QT_CAP = 1u << 19,      /* capitalised word                         */
    LEDE_QT_NAME = 1u << 20,     /* the classifier reads it as <Cap>: a capital
                                    inside a sentence, not a function word
                                    or title                                 */
    LEDE_QT_MAYCUE = 1u << 21,   /* a table word that may head a cue: a
                                    reporting verb, a phrasal cue's head,
                                    "according"                             */
    LEDE_QT_CANDIDATE = 1u << 22, /* a word (or colon) the cue classifier may
                                    score (lede_qcue_candidate)              */
};

/* What the stage knows about one token, computed once per document. */
typedef struct lede_qtok {
    uint32_t cls;         /* LEDE_QC_* and LEDE_QT_*                        */
    uint16_t id;          /* LEDE_QW_*, 0 for other words                   */
    uint16_t ent;         /* word table entry + 1, 0 when not in the table  */
    uint8_t cue_len;      /* lede_cue_at(i, all tokens): te - i, 0 = none   */
    uint8_t cue_cls;      /* ... its LEDE_CUE_* class                       */
    uint8_t cue_form;     /* ... and form                                   */
} lede_qtok;
/* Per-token distances (ctx->qopen_next, quote_prev, that_next: one byte
 * array each, filled a stretch at a time by lede_qtoks_classify):
 *   qopen_next  tokens to the next opening mark (0: this one)
 *   quote_prev  tokens back to the previous quotation mark (>= 1)
 *   that_next   tokens to the next "that" (0: this one)
 * LEDE_QTOK_FAR when 255 or more, or none. */
#define LEDE_QTOK_FAR 255

/* The read-only word table: built once with the model (lede_qlex_load in
 * stages.h), or per document in the arena when there is no model (unit
 * tests, the trainer). */
typedef struct lede_qlex lede_qlex;
/* Common folded words (quote_common_words.c, generated by
 * tools/quotes/common_words.sh): the table holds them too, with nothing
 * known of them but what every word gets (stem hash, the classes of a
 * lowercase token), so a document's first token of one copies that. */
extern const char *const lede_qcommon_words[];
extern const size_t lede_qcommon_count;
size_t lede_qlex_bytes(void);
lede_qlex *lede_qlex_init(void *mem, size_t n);
/* Fills ctx->tk, ctx->fh, the distance arrays and ctx->nmarks for every
 * token of the document. */
void lede_qtoks_classify(lede_qctx *q);
/* ... remembering at most max_words distinct words (the unit tests compare
 * the answers with and without the per-document word table). */
void lede_qtoks_classify_n(lede_qctx *q, uint32_t max_words);
/* ... every token worked out on its own, without the per-document table
 * or the classes the word table keeps for a lowercase token (tests). */
void lede_qtoks_classify_ref(lede_qctx *q);

/* quote_cues.c -> quote_words.c, what the table is built from: every word
 * of the lexicon (list words, verb bases, irregular and regular forms; some
 * forms produced are not words, the lemma decides), and its classes. */
void lede_cue_words(void (*fn)(void *ctx, const char *w, size_t n), void *ctx);
uint32_t lede_cue_word_cls(const char *w, size_t n);
/* Verb index and form of a folded word (-1: not a reporting verb). */
int lede_cue_lemma(const char *w, size_t n, uint8_t *form);
/* Its class bits. */
uint32_t lede_cue_verb_cls(int verb);
/* The heads that are cues only in phrasal forms ("pointed", "went"):
 * phrasal entries (a bit per entry of lede_cue_phrasal) whose base is the
 * word's base, and the form the head gives the cue. */
uint32_t lede_cue_phrasal_mask(const char *w, size_t n, int verb, bool head, uint8_t *form);
typedef struct lede_qphrasal { const char *base; uint16_t w[3]; uint32_t cls; } lede_qphrasal;
const lede_qphrasal *lede_cue_phrasal(size_t *n);

/* ---- speakers (quote_speaker.c) -------------------------------------------- */
typedef struct lede_speaker {
    uint32_t tb, te;      /* the mention in the attribution; te == tb: none */
    uint32_t np_te;       /* end of the whole phrase incl. appositive       */
    uint8_t pronoun;      /* he, she, they, it, we, I, you                  */
    uint8_t nominal;      /* a description: "the source", "officials"      */
    uint8_t anonymous;
    uint8_t named;        /* contains a capitalised name                    */
} lede_speaker;

/* The subject before the cue head h, no further left than lo. */
bool lede_speaker_before(const lede_qctx *q, uint32_t lo, uint32_t h, lede_speaker *sp);
/* An inverted subject after the cue ("said Stuart Stevens, who ..."),
 * tokens < hi. */
bool lede_speaker_after(const lede_qctx *q, uint32_t from, uint32_t hi, lede_speaker *sp);
/* The subject of the clause that ends before hi: the nearest name or
 * pronoun followed by a verb ("Clinton, clearly frustrated, responded ...,
 * saying"), for participle cues and colon lead-ins without a cue. */
bool lede_speaker_subject(const lede_qctx *q, uint32_t lo, uint32_t hi, lede_speaker *sp);
/* Sets anonymous when the phrase or its sentence marks an unnamed source
 * ("a security source", "on condition of anonymity"). */
void lede_speaker_anonymity(const lede_qctx *q, lede_speaker *sp);

/* The speaker walkers' last answer each (quote_speaker.c): [0] for
 * lede_speaker_before(lo = a, h = b), [1] for lede_speaker_after(from = a,
 * hi = b). */
typedef struct lede_qspmemo {
    uint32_t a, b;
    uint8_t valid, found;
    lede_speaker sp;
} lede_qspmemo;

/* ---- attributions and fragments ------------------------------------------- */
typedef struct lede_qattr {
    lede_cue cue;
    uint8_t has_cue;
    lede_speaker sp;
    int32_t entity;       /* resolved speaker entity or -1                  */
    int32_t antecedent;   /* earlier attribution the speaker refers to      */
    float conf;
    uint32_t first;       /* byte start of the first fragment (ordering)    */
    int32_t group;        /* output group number                            */
} lede_qattr;

typedef struct lede_qfrag {
    uint32_t start, end;  /* bytes                                          */
    uint32_t tb, te;      /* tokens                                         */
    int32_t attr;
    uint8_t kind;         /* LEDE_QK_*                                      */
} lede_qfrag;

struct lede_qctx {
    lede_workspace *ws;
    lede_doc *d;
    lede_qregion *reg;
    size_t nreg;
    lede_qattr *attr;
    size_t nattr, capattr;
    lede_qfrag *frag;
    size_t nfrag, capfrag;
    int32_t *tok_region;  /* per token: top-level region covering it, -1   */
    uint8_t *tok_used;    /* per token: inside an emitted fragment          */
    const lede_qlex *lex; /* the word table (the model's, or built here)    */
    lede_qtok *tk;        /* per token: word classes and cue (n + 1 slots)  */
    lede_qfh *fh;         /* per token: word hashes for the features        */
    uint8_t *qopen_next;  /* per token (n + 1 slots): distances, see       */
    uint8_t *quote_prev;  /*   LEDE_QTOK_FAR                                */
    uint8_t *that_next;
    uint32_t ntok;        /* d->toks.n                                      */
    uint32_t nmarks;      /* quotation marks (lede_qtoks_classify)          */
    lede_qspmemo *memo;   /* 2 slots (quote_speaker.c), NULL: not kept      */
};

/* quotes.c: scratch arrays for ws->doc from the arena. */
lede_status lede_qctx_init(lede_workspace *ws, lede_qctx *q);
/* quote_marks.c: fills ctx->reg and ctx->tok_region. */
lede_status lede_qmarks_pair(lede_qctx *q);
/* quote_direct.c: attributes quoted regions. */
lede_status lede_qdirect_find(lede_qctx *q);
/* quote_indirect.c: reported clauses, mixed quotes. */
lede_status lede_qindirect_find(lede_qctx *q);
/* quote_speaker.c: links every attribution's speaker to an entity. */
void lede_qspeaker_resolve(lede_qctx *q);

/* quote_indirect.c: emits the clause [cb, ce) as a quote of cue c (kind
 * from the quoted regions it holds); *attr >= 0 adds a fragment to it. */
bool lede_emit_clause(lede_qctx *q, const lede_cue *c, const lede_speaker *sp, uint32_t cb, uint32_t ce,
                      float conf, int32_t *attr);

/* quote_indirect.c: does a learned one-word cue at k (no lexicon class)
 * have a reported clause after it in the sentence ending at se? */
bool lede_qlearned_clause(const lede_qctx *q, uint32_t k, uint32_t se);
/* A quick "no" for it: the next token ends the sentence, or is punctuation
 * other than a colon (nor a quotation mark).  Then clause_start's adjunct
 * skip stops at once (time words and adjunct prepositions are words), the
 * token is no "that", "to", wh-word or colon, and has no letter, digit or
 * quotation mark: no clause.  A one-byte token whose byte is 0 is left to
 * the full test (its punctuation test would take it for a colon). */
static inline bool lede_qno_clause_after(const lede_qctx *q, uint32_t k, uint32_t se)
{
    if (k + 1 >= se)
        return true;
    const lede_token *t = &q->d->toks.v[k + 1];
    if (t->flags & (LEDE_TF_ALPHA | LEDE_TF_DIGIT | LEDE_TF_QUOTE))
        return false;
    if (t->end - t->start == 1) {
        char c = q->d->text[t->start];
        return c != ':' && c != '\0';
    }
    return true;
}

/* quotes.c helpers shared by the scanners. */
int32_t lede_qattr_new(lede_qctx *q);                       /* -1: cap      */
bool lede_qfrag_add(lede_qctx *q, int32_t attr, uint32_t tb, uint32_t te, uint8_t kind);
bool lede_q_skip_para(const lede_doc *d, uint32_t para);   /* boilerplate  */

/* The answer for all tokens is stored per token (inline: every candidate
 * word asks); a tighter limit changes it only when the stored cue runs past
 * the limit (then a shorter phrasal form may still fit), and a token that
 * is no cue stays none. */
static inline bool lede_cue_at(const lede_qctx *q, uint32_t i, uint32_t limit, lede_cue *out)
{
    if (i >= limit || i >= q->ntok || !q->tk[i].cue_len)
        return false;
    const lede_qtok *k = &q->tk[i];
    if (i + k->cue_len <= limit) {
        *out = (lede_cue){i, i + k->cue_len, i, k->cue_cls, k->cue_form};
        return true;
    }
    return lede_cue_scan(q, i, limit, out);
}

/* ---- word classes of a token (from ctx->tk) ------------------------------- */
static inline bool lede_qw_is(const lede_qctx *q, uint32_t i, unsigned id)
{
    return i < q->ntok && q->tk[i].id == id;
}
static inline bool lede_qw_class(const lede_qctx *q, uint32_t i, uint32_t cls)
{
    return i < q->ntok && (q->tk[i].cls & cls) != 0;
}
static inline bool lede_qw_determiner(const lede_qctx *q, uint32_t i) { return lede_qw_class(q, i, LEDE_QC_DET); }
/* subject pronouns */
static inline bool lede_qw_pronoun(const lede_qctx *q, uint32_t i) { return lede_qw_class(q, i, LEDE_QC_PRON); }
/* prepositions, conjunctions, auxiliaries */
static inline bool lede_qw_function(const lede_qctx *q, uint32_t i) { return lede_qw_class(q, i, LEDE_QC_FUNC); }
/* has, also, later, and lowercase -ly words */
static inline bool lede_qw_aux_adverb(const lede_qctx *q, uint32_t i) { return lede_qw_class(q, i, LEDE_QT_AUXADV); }
static inline bool lede_qw_time(const lede_qctx *q, uint32_t i) { return lede_qw_class(q, i, LEDE_QC_TIME); }
static inline bool lede_qw_title(const lede_qctx *q, uint32_t i) { return lede_qw_class(q, i, LEDE_QC_TITLE); }
static inline bool lede_qw_source_noun(const lede_qctx *q, uint32_t i) { return lede_qw_class(q, i, LEDE_QC_SOURCE); }
/* is, was, and every cue (said, -ed ...) */
static inline bool lede_qw_verbish(const lede_qctx *q, uint32_t i) { return lede_qw_class(q, i, LEDE_QT_VERBISH); }

#endif
