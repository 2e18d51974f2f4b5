/*
 * quotes.h - internal interface of the quote stage.  quotes.c drives it:
 *   quote_marks.c    quotation marks -> quoted regions (pairing, nesting,
 *                    quotes that run across paragraphs)
 *   quote_cues.c     reporting-verb lexicon (tenses, phrasal forms,
 *                    "according to") and closed word classes
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

/* Recognises a cue starting at token i (tokens < limit).  Phrasal forms
 * ("pointed out", "according to", "went on to say") take the longest match. */
bool lede_cue_at(const lede_doc *d, uint32_t i, uint32_t limit, lede_cue *out);

/* The word tables are sorted for bisection (checked by the unit tests). */
bool lede_cue_tables_sorted(void);

/* Closed classes used by the noun-phrase walker. */
bool lede_qw_is(const lede_doc *d, uint32_t i, const char *word);
bool lede_qw_determiner(const lede_doc *d, uint32_t i);
bool lede_qw_pronoun(const lede_doc *d, uint32_t i);      /* subject pronouns  */
bool lede_qw_function(const lede_doc *d, uint32_t i);     /* preps, conj, aux  */
bool lede_qw_aux_adverb(const lede_doc *d, uint32_t i);   /* has, also, later  */
bool lede_qw_time(const lede_doc *d, uint32_t i);         /* Monday, week      */
bool lede_qw_title(const lede_doc *d, uint32_t i);        /* president, Sen.   */
bool lede_qw_source_noun(const lede_doc *d, uint32_t i);  /* source, official  */
bool lede_qw_verbish(const lede_doc *d, uint32_t i);      /* is, was, -ed ...  */

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
bool lede_speaker_before(const lede_doc *d, uint32_t lo, uint32_t h, lede_speaker *sp);
/* An inverted subject after the cue ("said Stuart Stevens, who ..."),
 * tokens < hi. */
bool lede_speaker_after(const lede_doc *d, uint32_t from, uint32_t hi, lede_speaker *sp);
/* The subject of the clause that ends before hi: the nearest name or
 * pronoun followed by a verb ("Clinton, clearly frustrated, responded ...,
 * saying"), for participle cues and colon lead-ins without a cue. */
bool lede_speaker_subject(const lede_doc *d, uint32_t lo, uint32_t hi, lede_speaker *sp);
/* Sets anonymous when the phrase or its sentence marks an unnamed source
 * ("a security source", "on condition of anonymity"). */
void lede_speaker_anonymity(const lede_doc *d, lede_speaker *sp);

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

typedef struct lede_qctx {
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
} lede_qctx;

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

/* quotes.c helpers shared by the scanners. */
int32_t lede_qattr_new(lede_qctx *q);                       /* -1: cap      */
bool lede_qfrag_add(lede_qctx *q, int32_t attr, uint32_t tb, uint32_t te, uint8_t kind);
bool lede_q_skip_para(const lede_doc *d, uint32_t para);   /* boilerplate  */

#endif
