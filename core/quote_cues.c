/*
 * quote_cues.c - the reporting-verb lexicon of the quote stage: verbs of
 * saying, writing and thinking with every tense (said, says, saying, has
 * said), irregular forms (told, wrote, thought), phrasal cues (pointed out,
 * went on to say, according to), and the closed word classes the speaker
 * walker needs (determiners, pronouns, auxiliaries, titles, source nouns).
 * This file is the lexicon itself and the rules that read it (lemma()).
 * Nothing here runs per token at analysis time: quote_words.c builds one
 * hash table from these lists (lede_cue_words, lede_cue_word_cls,
 * lede_cue_lemma) with the model, and classifies each token once per
 * document.
 * Owned by the quotes stage.  Tables are const; functions are reentrant.
 */
#include <string.h>

#include "quotes.h"

#define S LEDE_CUE_SPEECH
#define C LEDE_CUE_CLAUSE
#define M LEDE_CUE_MIND
#define A LEDE_CUE_ADDRESSEE
#define T LEDE_CUE_TO
#define W LEDE_CUE_WEAK

typedef struct verb { const char *base; uint32_t cls; } verb;

/* Sorted by base (bsearch); tests/unit/test_quotes.c checks the order. */
static const verb verbs[] = {
    {"accuse", S | W}, {"acknowledge", S | C}, {"add", S | C}, {"admit", S | C}, {"advise", S | C | A | T},
    {"affirm", S | C}, {"agree", C | M | T}, {"allege", S | C}, {"announce", S | C}, {"answer", S | C},
    {"anticipate", C | M}, {"argue", S | C}, {"ask", S | A | T}, {"assert", S | C}, {"assume", C | M},
    {"assure", S | C | A}, {"attest", S | C}, {"aver", S | C}, {"beg", S | A | T}, {"believe", C | M},
    {"blog", S | C}, {"boast", S | C}, {"brag", S | C}, {"caution", S | C | A}, {"challenge", S | W},
    {"chant", S}, {"charge", S | C | W}, {"chide", S | W}, {"chuckle", S}, {"claim", S | C | T},
    {"clarify", S | C}, {"comment", S | W}, {"complain", S | C}, {"concede", S | C}, {"conclude", S | C | M},
    {"concur", S | C}, {"confess", S | C}, {"confide", S | C}, {"confirm", S | C}, {"contend", S | C},
    {"continue", S | W}, {"convince", C | A}, {"counter", S | C}, {"cry", S | W}, {"decide", C | M | T},
    {"declare", S | C}, {"demand", S | C | T}, {"deny", S | C}, {"describe", S | W}, {"disclose", S | C},
    {"discover", C | M}, {"dispute", S | C | W}, {"doubt", C | M}, {"email", S | C}, {"emphasise", S | C},
    {"emphasize", S | C}, {"estimate", S | C | M}, {"exclaim", S}, {"expect", C | M | T}, {"explain", S | C},
    {"fear", C | M}, {"feel", C | M}, {"figure", C | M | W}, {"find", C | M | W}, {"forecast", S | C | M},
    {"fume", S}, {"gripe", S | C}, {"grumble", S | C}, {"guess", C | M}, {"hint", S | C}, {"hope", C | M | T},
    {"imagine", C | M}, {"imply", S | C}, {"indicate", S | C}, {"inform", S | C | A}, {"insist", S | C},
    {"intend", M | T}, {"interject", S}, {"joke", S | C}, {"know", C | M}, {"lament", S | C}, {"laugh", S | W},
    {"learn", C | M}, {"maintain", S | C}, {"mention", S | C}, {"moan", S}, {"muse", S | C}, {"mutter", S},
    {"note", S | C}, {"notice", C | M}, {"object", S | W}, {"observe", S | C}, {"opine", S | C},
    {"plan", M | T | W}, {"plead", S | T}, {"pledge", S | C | T}, {"post", S | W}, {"praise", S | W},
    {"preach", S}, {"predict", S | C | M}, {"presume", C | M}, {"proclaim", S | C}, {"promise", S | C | A | T},
    {"propose", S | C | T}, {"protest", S | C}, {"question", S | W}, {"quip", S | C}, {"rant", S},
    {"read", S | W}, {"realise", C | M}, {"realize", C | M}, {"reason", S | C}, {"reassure", S | C | A},
    {"rebut", S}, {"recall", S | C}, {"reckon", C | M}, {"recognize", C | M}, {"recount", S | C},
    {"reflect", S | W}, {"refuse", T}, {"reiterate", S | C}, {"remark", S | C}, {"remember", C | M},
    {"remind", S | C | A}, {"repeat", S | C}, {"reply", S | C}, {"report", S | C}, {"respond", S | W},
    {"retort", S | C}, {"reveal", S | C}, {"say", S | C}, {"scoff", S}, {"scream", S}, {"see", C | M | W},
    {"sense", C | M}, {"shout", S}, {"shrug", S | W}, {"sigh", S}, {"snap", S | W}, {"speculate", S | C},
    {"state", S | C}, {"stress", S | C}, {"suggest", S | C}, {"suspect", C | M}, {"swear", S | C | T},
    {"tell", S | C | A}, {"testify", S | C}, {"text", S | W}, {"theorize", S | C}, {"think", C | M},
    {"threaten", S | T}, {"tout", S | W}, {"trust", C | M | W}, {"tweet", S | C}, {"understand", C | M},
    {"urge", S | A | T}, {"vent", S | W}, {"vow", S | C | T}, {"want", M | T}, {"warn", S | C | A},
    {"whisper", S | C}, {"wish", M | T}, {"wonder", S | C | M}, {"worry", C | M}, {"write", S | C},
    {"yell", S},
};

typedef struct irregular { const char *form, *base; uint8_t tense; } irregular;
static const irregular irregulars[] = {
    {"said", "say", LEDE_CUE_PAST}, {"told", "tell", LEDE_CUE_PAST}, {"wrote", "write", LEDE_CUE_PAST},
    {"written", "write", LEDE_CUE_PAST}, {"writing", "write", LEDE_CUE_ING}, {"thought", "think", LEDE_CUE_PAST},
    {"felt", "feel", LEDE_CUE_PAST}, {"knew", "know", LEDE_CUE_PAST}, {"known", "know", LEDE_CUE_PAST},
    {"saw", "see", LEDE_CUE_PAST}, {"seen", "see", LEDE_CUE_PAST}, {"found", "find", LEDE_CUE_PAST},
    {"swore", "swear", LEDE_CUE_PAST}, {"sworn", "swear", LEDE_CUE_PAST}, {"understood", "understand", LEDE_CUE_PAST},
    {"cried", "cry", LEDE_CUE_PAST}, {"cries", "cry", LEDE_CUE_3SG}, {"learnt", "learn", LEDE_CUE_PAST},
    {"forecasts", "forecast", LEDE_CUE_3SG}, {"reads", "read", LEDE_CUE_3SG},
    {"quipped", "quip", LEDE_CUE_PAST}, {"snapped", "snap", LEDE_CUE_PAST},
};

/* Phrasal cues: head lemma, then up to three following words. */
#define QW(x) LEDE_QW_##x
static const lede_qphrasal phrasals[] = {
    {"point", {QW(OUT), 0, 0}, S | C},           {"go", {QW(ON), QW(TO), QW(SAY)}, S | C},
    {"go", {QW(ON), 0, 0}, S | W},               {"shoot", {QW(BACK), 0, 0}, S},
    {"fire", {QW(BACK), 0, 0}, S},               {"hit", {QW(BACK), 0, 0}, S},
    {"chime", {QW(IN), 0, 0}, S},                {"weigh", {QW(IN), 0, 0}, S},
    {"spell", {QW(OUT), 0, 0}, S | C},           {"speak", {QW(OUT), 0, 0}, S},
    {"call", {QW(FOR), 0, 0}, S | W},            {"call", {QW(ON), 0, 0}, S | T | W},
    {"make", {QW(CLEAR), 0, 0}, S | C},          {"make", {QW(IT), QW(CLEAR), 0}, S | C},
    {"sum", {QW(UP), 0, 0}, S},                  {"cry", {QW(OUT), 0, 0}, S},
    {"lash", {QW(OUT), 0, 0}, S},                {"say", {0, 0, 0}, S | C},
};
#define NPHRASAL (sizeof phrasals / sizeof phrasals[0])

static int cmp_verb(const void *k, const void *e)
{
    return strcmp((const char *)k, ((const verb *)e)->base);
}

static const verb *find_verb(const char *w)
{
    size_t lo = 0, hi = sizeof verbs / sizeof verbs[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = cmp_verb(w, &verbs[mid]);
        if (c == 0)
            return &verbs[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

/* Regular inflections: suffix, what the base ends with instead, whether
 * the consonant before the suffix is doubled (admitted -> admit). */
typedef struct rule { const char *suf; const char *add; int dbl; uint8_t form; } rule;
static const rule rules[] = {
    {"ies", "y", 0, LEDE_CUE_3SG}, {"ied", "y", 0, LEDE_CUE_PAST}, {"es", "", 0, LEDE_CUE_3SG},
    {"s", "", 0, LEDE_CUE_3SG},    {"ed", "", 0, LEDE_CUE_PAST},  {"ed", "e", 0, LEDE_CUE_PAST},
    {"ed", "", 1, LEDE_CUE_PAST},  {"d", "", 0, LEDE_CUE_PAST},   {"ing", "", 0, LEDE_CUE_ING},
    {"ing", "e", 0, LEDE_CUE_ING}, {"ing", "", 1, LEDE_CUE_ING},
};
enum { LEMMA_MAX = 30 }; /* lemma() looks at words shorter than this */

/* Base form and tense of a folded word, or NULL. */
static const verb *lemma(const char *w, size_t n, uint8_t *form)
{
    char b[LEMMA_MAX + 2];
    if (n < 2 || n >= LEMMA_MAX)
        return NULL;
    for (size_t i = 0; i < n; i++)
        if (w[i] < 'a' || w[i] > 'z')
            return NULL;
    memcpy(b, w, n);
    b[n] = '\0';
    for (size_t i = 0; i < sizeof irregulars / sizeof irregulars[0]; i++)
        if (irregulars[i].form[0] == b[0] && strcmp(b, irregulars[i].form) == 0) {
            *form = irregulars[i].tense;
            return find_verb(irregulars[i].base);
        }
    const verb *v = find_verb(b);
    if (v) {
        *form = LEDE_CUE_BASE;
        return v;
    }
    for (size_t r = 0; r < sizeof rules / sizeof rules[0]; r++) {
        size_t sl = strlen(rules[r].suf);
        if (n <= sl + 1 || memcmp(b + n - sl, rules[r].suf, sl) != 0)
            continue;
        char c[36];
        size_t m = n - sl;
        if (rules[r].dbl) {
            if (m < 3 || b[m - 1] != b[m - 2])
                continue;
            m--; /* admitted -> admit */
        }
        memcpy(c, b, m);
        strcpy(c + m, rules[r].add);
        v = find_verb(c);
        if (v) {
            *form = rules[r].form;
            return v;
        }
    }
    return NULL;
}

int lede_cue_lemma(const char *w, size_t n, uint8_t *form)
{
    const verb *v = lemma(w, n, form);
    return v ? (int)(v - verbs) : -1;
}

uint32_t lede_cue_verb_cls(int v) { return v >= 0 ? verbs[v].cls : 0; }

/* Every word lemma() accepts is a base, an irregular form, or a base with
 * one rule applied forwards, so these candidates cover them all; lemma()
 * then says which are forms, and of what. */
static void cue_forms(void (*fn)(void *ctx, const char *w, size_t n), void *ctx)
{
    for (size_t i = 0; i < sizeof irregulars / sizeof irregulars[0]; i++)
        fn(ctx, irregulars[i].form, strlen(irregulars[i].form));
    for (size_t v = 0; v < sizeof verbs / sizeof verbs[0]; v++) {
        const char *base = verbs[v].base;
        size_t bl = strlen(base);
        fn(ctx, base, bl);
        for (size_t r = 0; r < sizeof rules / sizeof rules[0]; r++) {
            size_t al = strlen(rules[r].add), sl = strlen(rules[r].suf);
            if (bl < al || memcmp(base + bl - al, rules[r].add, al) != 0 || bl + 1 + sl >= LEMMA_MAX)
                continue;
            char w[LEMMA_MAX + 8];
            size_t m = bl - al;
            memcpy(w, base, m);
            if (rules[r].dbl) {
                if (!m)
                    continue;
                w[m] = w[m - 1];
                m++;
            }
            memcpy(w + m, rules[r].suf, sl);
            fn(ctx, w, m + sl);
        }
    }
}

/* Heads that are cues only in phrasal forms, and the base of each form. */
static const char *const heads[] = {
    "call", "called", "calling", "calls", "chime", "chimed", "fire", "fired", "go", "goes", "going", "hit",
    "lash", "lashed", "made", "make", "makes", "making", "point", "pointed", "pointing", "points", "shoot",
    "shot", "speak", "spell", "spelled", "spoke", "sum", "summed", "weigh", "weighed", "went", NULL};
static const char *const head_base[][2] = {
    {"pointed", "point"}, {"pointing", "point"}, {"points", "point"}, {"went", "go"}, {"goes", "go"},
    {"going", "go"}, {"shot", "shoot"}, {"fired", "fire"}, {"chimed", "chime"}, {"weighed", "weigh"},
    {"spelled", "spell"}, {"spoke", "speak"}, {"made", "make"}, {"makes", "make"}, {"making", "make"},
    {"summed", "sum"}, {"lashed", "lash"}, {"called", "call"}, {"calls", "call"}, {"calling", "call"}};

uint32_t lede_cue_phrasal_mask(const char *w, size_t n, int v, bool head, uint8_t *form)
{
    char hb[16] = "";
    const char *base = v >= 0 ? verbs[v].base : NULL;
    if (!base && head) {
        size_t m = n < sizeof hb - 1 ? n : sizeof hb - 1;
        memcpy(hb, w, m);
        hb[m] = '\0';
        for (size_t k = 0; k < sizeof head_base / sizeof head_base[0]; k++)
            if (strcmp(hb, head_base[k][0]) == 0) {
                const char *f = head_base[k][0];
                memcpy(hb, head_base[k][1], strlen(head_base[k][1]) + 1);
                *form = f[strlen(f) - 1] == 's' ? LEDE_CUE_3SG : strstr(f, "ing") ? LEDE_CUE_ING : LEDE_CUE_PAST;
                break;
            }
        base = hb;
    }
    uint32_t mask = 0;
    for (size_t p = 0; base && p < NPHRASAL; p++)
        if (phrasals[p].w[0] && strcmp(phrasals[p].base, base) == 0)
            mask |= 1u << p;
    return mask;
}

const lede_qphrasal *lede_cue_phrasal(size_t *n)
{
    *n = NPHRASAL;
    return phrasals;
}

/* ---- closed classes ------------------------------------------------------ */
static const char *const determiners[] = {
    "a", "all", "an", "another", "any", "both", "dozens", "each", "eight", "every", "few", "five", "four",
    "her", "his", "hundreds", "its", "many", "more", "most", "multiple", "my", "nine", "no", "numerous", "one",
    "other", "our", "seven", "several", "six", "some", "such", "ten", "that", "the", "their", "these", "this",
    "those", "thousands", "three", "two", "various", "your", NULL};
static const char *const pronouns[] = {
    "he", "i", "it", "she", "they", "we", "which", "who", "you", NULL};
static const char *const function_words[] = {
    "about", "across", "after", "against", "also", "although", "among", "and", "are", "as", "at", "be",
    "because", "been", "before", "being", "between", "but", "by", "can", "could", "did", "do", "does",
    "during", "even", "for", "from", "had", "has", "have", "here", "how", "if", "in", "including", "into",
    "is", "just", "like", "may", "might", "must", "n't", "near", "nor", "not", "of", "on", "only", "or",
    "over", "per", "should", "since", "so", "still", "than", "that", "then", "there", "though", "through",
    "to", "under", "unless", "until", "via", "was", "were", "what", "when", "where", "whether", "which",
    "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", NULL};
static const char *const aux_adverbs[] = {
    "actually", "again", "allegedly", "already", "also", "always", "apparently", "are", "be", "been", "being",
    "can", "could", "did", "do", "does", "earlier", "even", "ever", "finally", "first", "flatly", "frequently",
    "further", "had", "has", "have", "herself", "himself", "initially", "is", "itself", "just", "later",
    "long", "may", "might", "must", "n't", "never", "not", "now", "often", "once", "only", "openly",
    "previously", "privately", "publicly", "recently", "repeatedly", "reportedly", "separately", "should",
    "simply", "since", "soon", "still", "subsequently", "themselves", "then", "today", "tonight", "too",
    "ultimately", "was", "were", "will", "would", "yesterday", NULL};
static const char *const time_words[] = {
    "afternoon", "april", "aug.", "august", "day", "days", "dec.", "december", "evening", "feb.", "february",
    "friday", "hours", "jan.", "january", "july", "june", "march", "may", "minutes", "monday", "month",
    "months", "morning", "night", "nov.", "november", "oct.", "october", "saturday", "sept.", "september",
    "sunday", "thursday", "today", "tonight", "tuesday", "wednesday", "week", "weekend", "weeks", "year",
    "years", "yesterday", NULL};
static const char *const titles[] = {
    "acting", "activist", "adm.", "adviser", "advisor", "aide", "ambassador", "analyst", "attorney", "bishop",
    "candidate", "capt.", "ceo", "chair", "chairman", "chairwoman", "chief", "coach", "col.", "commissioner",
    "congressman", "congresswoman", "councilman", "councilwoman", "dame", "deputy", "director", "dr.",
    "economist", "executive", "father", "former", "founder", "gen.", "general", "gov.", "governor", "head",
    "imam", "judge", "justice", "king", "leader", "lord", "lt.", "mayor", "minister", "mr.", "mrs.", "ms.",
    "nominee", "officer", "pastor", "pollster", "president", "prime", "prince", "prof.", "professor", "queen",
    "rabbi", "rep.", "representative", "rev.", "secretary", "sen.", "senator", "sgt.", "sheikh", "sheriff",
    "sir", "speaker", "spokesman", "spokesperson", "spokeswoman", "strategist", "vice", NULL};
static const char *const source_nouns[] = {
    "activist", "activists", "adviser", "advisers", "advisor", "advisors", "agent", "agents", "aide", "aides",
    "allies", "ally", "analyst", "analysts", "associate", "associates", "commander", "commanders", "confidant",
    "confidants", "critic", "critics", "delegate", "delegates", "diplomat", "diplomats", "donor", "donors",
    "employee", "employees", "executive", "executives", "expert", "experts", "friend", "friends", "insider",
    "insiders", "investigator", "investigators", "lawmaker", "lawmakers", "leader", "leaders", "member",
    "members", "negotiator", "negotiators", "observer", "observers", "officer", "officers", "official",
    "officials", "operative", "operatives", "people", "person", "representative", "representatives",
    "resident", "residents", "source", "sources", "spokesman", "spokesperson", "spokeswoman", "staffer",
    "staffers", "strategist", "strategists", "supporter", "supporters", "veteran", "veterans", "voter",
    "voters", "witness", "witnesses", NULL};

static const char *const verbs_common[] = {
    "are", "be", "been", "can", "could", "did", "do", "does", "get", "gets", "got", "had", "has", "have", "is",
    "may", "might", "must", "should", "was", "were", "will", "would", NULL};
/* Lists compared by exact text, letters or not (the words of "X of Y"
 * names, addressees, what precedes a time word, organisations, clause
 * ends); their users are named beside each. */
static const char *const joiners[] = {"of", "for", "and", "&", "de", "in", "from", "at", NULL}; /* speaker */
static const char *const objects[] = {"him", "her", "them", "me", "us", "you", "reporters", "journalists",
                                      "supporters", "voters", "lawmakers", "viewers", "listeners", "readers",
                                      "the", NULL}; /* indirect: addressee after told/urged */
static const char *const time_pre[] = {"on", "last", "this", "earlier", "early", "late", "next", "in",
                                       "recent", "past", "over", "during", "for", "few", "several",
                                       "the", "since", "coming", "two", "three", NULL}; /* speaker */
static const char *const org_heads[] = {
    "academy", "administration", "agency", "alliance", "army", "assembly", "association", "authority",
    "bank", "board", "bureau", "center", "centre", "chamber", "church", "coalition", "college", "commission",
    "committee", "company", "conference", "corporation", "council", "court", "department", "directorate",
    "division", "federation", "forum", "foundation", "front", "fund", "government", "guard", "house",
    "institute", "kingdom", "league", "ministry", "movement", "museum", "office", "organisation",
    "organization", "parliament", "party", "police", "republic", "school", "secretariat", "service",
    "society", "union", "university", NULL}; /* speaker: "Bank of America" */
static const char *const cut_words[] = {"after", "although", "and", "as", "because", "before", "but", "since",
                                        "though", "until", "when", "whereas", "while", NULL}; /* learn */
static const char *const adjuncts[] = {"on", "in", "at", "during", "last", "this", "earlier", "via", "through",
                                       "over", NULL}; /* indirect: "said on Tuesday that" */
static const char *const wh_words[] = {"if", "whether", "how", "what", "why", NULL}; /* indirect, learn */

/* The closed lists were always searched by bisection (in_sorted), the
 * others by exact comparison; lede_cue_word_cls keeps each list's way, so a
 * word gets exactly the classes the scans used to give it. */
typedef struct wlist { const char *const *words; uint32_t cls; bool bisect; } wlist;
static const wlist lists[] = {
    {determiners, LEDE_QC_DET, true},     {pronouns, LEDE_QC_PRON, true},     {function_words, LEDE_QC_FUNC, true},
    {aux_adverbs, LEDE_QC_AUXL, true},    {time_words, LEDE_QC_TIME, true},   {titles, LEDE_QC_TITLE, true},
    {source_nouns, LEDE_QC_SOURCE, true}, {verbs_common, LEDE_QC_VCOMMON, true}, {heads, LEDE_QC_HEAD, true},
    {joiners, LEDE_QC_JOINER, false},     {objects, LEDE_QC_OBJECT, false},   {time_pre, LEDE_QC_TIMEPRE, false},
    {org_heads, LEDE_QC_ORG, false},      {cut_words, LEDE_QC_CUT, false},
    {adjuncts, LEDE_QC_ADJUNCT, false},   {wh_words, LEDE_QC_WH, false},
};

static int cmp_word(const char *word, const char *s, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        if (word[k] != s[k])
            return (unsigned char)word[k] < (unsigned char)s[k] ? -1 : 1;
    }
    return word[n] ? 1 : 0;
}

static bool in_sorted(const char *const *list, size_t len, const char *s, size_t n)
{
    size_t lo = 0, hi = len;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = cmp_word(list[mid], s, n);
        if (c == 0)
            return true;
        if (c > 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return false;
}

uint32_t lede_cue_word_cls(const char *w, size_t n)
{
    uint32_t cls = 0;
    for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++) {
        const char *const *words = lists[l].words;
        size_t len = 0;
        while (words[len])
            len++;
        bool in = false;
        if (lists[l].bisect) {
            in = in_sorted(words, len, w, n);
        } else {
            for (size_t k = 0; k < len && !in; k++)
                in = strlen(words[k]) == n && memcmp(words[k], w, n) == 0;
        }
        if (in)
            cls |= lists[l].cls;
    }
    return cls;
}

void lede_cue_words(void (*fn)(void *ctx, const char *w, size_t n), void *ctx)
{
    for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++)
        for (const char *const *w = lists[l].words; *w; w++)
            fn(ctx, *w, strlen(*w));
    cue_forms(fn, ctx);
}

static bool list_sorted(const char *const *list)
{
    for (size_t i = 1; list[i - 1] && list[i]; i++)
        if (strcmp(list[i - 1], list[i]) >= 0)
            return false;
    return true;
}
bool lede_cue_tables_sorted(void)
{
    for (size_t i = 1; i < sizeof verbs / sizeof verbs[0]; i++)
        if (strcmp(verbs[i - 1].base, verbs[i].base) >= 0)
            return false;
    return list_sorted(determiners) && list_sorted(pronouns) && list_sorted(function_words) &&
           list_sorted(aux_adverbs) && list_sorted(time_words) && list_sorted(titles) && list_sorted(source_nouns);
}
