/*
 * quote_cues.c - the reporting-verb lexicon of the quote stage: verbs of
 * saying, writing and thinking with every tense (said, says, saying, has
 * said), irregular forms (told, wrote, thought), phrasal cues (pointed out,
 * went on to say, according to), and the closed word classes the speaker
 * walker needs (determiners, pronouns, auxiliaries, titles, source nouns).
 * Owned by the quotes stage.  Tables are const; lookups are reentrant.
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
typedef struct phrasal { const char *base; const char *w[3]; uint32_t cls; } phrasal;
static const phrasal phrasals[] = {
    {"point", {"out", NULL, NULL}, S | C},        {"go", {"on", "to", "say"}, S | C},
    {"go", {"on", NULL, NULL}, S | W},             {"shoot", {"back", NULL, NULL}, S},
    {"fire", {"back", NULL, NULL}, S},             {"hit", {"back", NULL, NULL}, S},
    {"chime", {"in", NULL, NULL}, S},              {"weigh", {"in", NULL, NULL}, S},
    {"spell", {"out", NULL, NULL}, S | C},         {"speak", {"out", NULL, NULL}, S},
    {"call", {"for", NULL, NULL}, S | W},          {"call", {"on", NULL, NULL}, S | T | W},
    {"make", {"clear", NULL, NULL}, S | C},        {"make", {"it", "clear", NULL}, S | C},
    {"sum", {"up", NULL, NULL}, S},                {"cry", {"out", NULL, NULL}, S},
    {"lash", {"out", NULL, NULL}, S},              {"say", {NULL, NULL, NULL}, S | C},
};

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

/* Base form and tense of a folded word, or NULL. */
static const verb *lemma(const char *w, size_t n, uint8_t *form)
{
    char b[32];
    if (n < 2 || n >= sizeof b - 2)
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
    struct { const char *suf; const char *add; int dbl; uint8_t form; } rules[] = {
        {"ies", "y", 0, LEDE_CUE_3SG}, {"ied", "y", 0, LEDE_CUE_PAST}, {"es", "", 0, LEDE_CUE_3SG},
        {"s", "", 0, LEDE_CUE_3SG},    {"ed", "", 0, LEDE_CUE_PAST},  {"ed", "e", 0, LEDE_CUE_PAST},
        {"ed", "", 1, LEDE_CUE_PAST},  {"d", "", 0, LEDE_CUE_PAST},   {"ing", "", 0, LEDE_CUE_ING},
        {"ing", "e", 0, LEDE_CUE_ING}, {"ing", "", 1, LEDE_CUE_ING},
    };
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

/* word equals s[0..n): compared char by char, so no strlen per call */
static bool same(const char *word, const char *s, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (word[k] != s[k])
            return false; /* also stops at word's terminator */
    return word[n] == '\0';
}

bool lede_qw_is(const lede_doc *d, uint32_t i, const char *word)
{
    if (i >= d->toks.n)
        return false;
    const lede_token *t = &d->toks.v[i];
    return same(word, lede_tok_norm(d, t), t->norm_len);
}

/* Lists are sorted (tests/unit/test_quotes.c checks): bisection. */
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

#define IN_WORDS(d, i, list) in_words((d), (i), (list), sizeof(list) / sizeof((list)[0]) - 1)
static bool in_words(const lede_doc *d, uint32_t i, const char *const *list, size_t len)
{
    if (i >= d->toks.n)
        return false;
    const lede_token *t = &d->toks.v[i];
    if (!t->norm_len || !(t->flags & LEDE_TF_ALPHA))
        return false;
    return in_sorted(list, len, lede_tok_norm(d, t), t->norm_len);
}

bool lede_cue_at(const lede_doc *d, uint32_t i, uint32_t limit, lede_cue *out)
{
    if (i >= limit || i >= d->toks.n)
        return false;
    const lede_token *t = &d->toks.v[i];
    if (!(t->flags & LEDE_TF_ALPHA))
        return false;
    /* "Central Asian States", "the Star Tribune Reports": capitalised words
     * inside a sentence are names, not verbs (headlines excepted) */
    if ((t->flags & (LEDE_TF_UPPER_INIT | LEDE_TF_ALL_UPPER)) && !(t->flags & (LEDE_TF_SENT_START | LEDE_TF_HEADLINE)))
        return false;
    if (lede_qw_is(d, i, "according") && i + 1 < limit && lede_qw_is(d, i + 1, "to")) {
        *out = (lede_cue){i, i + 2, i, LEDE_CUE_ACCORDING | LEDE_CUE_CLAUSE, LEDE_CUE_ING};
        return true;
    }
    uint8_t form = 0;
    const verb *v = lemma(lede_tok_norm(d, t), t->norm_len, &form);
    const char *base = v ? v->base : NULL;
    /* heads that are cues only in phrasal forms */
    static const char *const heads[] = {
        "call", "called", "calling", "calls", "chime", "chimed", "fire", "fired", "go", "goes", "going", "hit",
        "lash", "lashed", "made", "make", "makes", "making", "point", "pointed", "pointing", "points", "shoot",
        "shot", "speak", "spell", "spelled", "spoke", "sum", "summed", "weigh", "weighed", "went", NULL};
    char hb[16] = "";
    if (!base && IN_WORDS(d, i, heads)) {
        const char *w = lede_tok_norm(d, t);
        size_t n = t->norm_len < sizeof hb - 1 ? t->norm_len : sizeof hb - 1;
        memcpy(hb, w, n);
        hb[n] = '\0';
        static const char *const map[][2] = {
            {"pointed", "point"}, {"pointing", "point"}, {"points", "point"}, {"went", "go"}, {"goes", "go"},
            {"going", "go"}, {"shot", "shoot"}, {"fired", "fire"}, {"chimed", "chime"}, {"weighed", "weigh"},
            {"spelled", "spell"}, {"spoke", "speak"}, {"made", "make"}, {"makes", "make"}, {"making", "make"},
            {"summed", "sum"}, {"lashed", "lash"}, {"called", "call"}, {"calls", "call"}, {"calling", "call"}};
        for (size_t k = 0; k < sizeof map / sizeof map[0]; k++)
            if (strcmp(hb, map[k][0]) == 0) {
                memcpy(hb, map[k][1], strlen(map[k][1]) + 1);
                form = map[k][0][strlen(map[k][0]) - 1] == 's' ? LEDE_CUE_3SG
                       : strstr(map[k][0], "ing")             ? LEDE_CUE_ING
                                                              : LEDE_CUE_PAST;
                break;
            }
        base = hb;
    }
    if (!base)
        return false;
    /* longest phrasal match */
    uint32_t best_te = 0, best_cls = 0;
    for (size_t p = 0; p < sizeof phrasals / sizeof phrasals[0]; p++) {
        if (strcmp(phrasals[p].base, base) != 0 || !phrasals[p].w[0])
            continue;
        uint32_t k = i + 1;
        bool ok = true;
        for (int w = 0; w < 3 && phrasals[p].w[w]; w++, k++)
            if (k >= limit || !lede_qw_is(d, k, phrasals[p].w[w])) {
                ok = false;
                break;
            }
        if (ok && k > best_te) {
            best_te = k;
            best_cls = phrasals[p].cls;
        }
    }
    if (best_te) {
        *out = (lede_cue){i, best_te, i, best_cls, form};
        return true;
    }
    if (!v)
        return false;
    *out = (lede_cue){i, i + 1, i, v->cls, form};
    return true;
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

bool lede_qw_determiner(const lede_doc *d, uint32_t i) { return IN_WORDS(d, i, determiners); }
bool lede_qw_pronoun(const lede_doc *d, uint32_t i) { return IN_WORDS(d, i, pronouns); }
bool lede_qw_function(const lede_doc *d, uint32_t i) { return IN_WORDS(d, i, function_words); }
bool lede_qw_aux_adverb(const lede_doc *d, uint32_t i)
{
    if (IN_WORDS(d, i, aux_adverbs))
        return true;
    /* lowercase -ly words between subject and verb are adverbs ("flatly") */
    const lede_token *t = &d->toks.v[i];
    const char *s = lede_tok_norm(d, t);
    return !(t->flags & LEDE_TF_UPPER_INIT) && t->norm_len > 4 && memcmp(s + t->norm_len - 2, "ly", 2) == 0 &&
           !lede_qw_is(d, i, "family") && !lede_qw_is(d, i, "ally");
}
bool lede_qw_time(const lede_doc *d, uint32_t i) { return IN_WORDS(d, i, time_words); }
bool lede_qw_title(const lede_doc *d, uint32_t i) { return IN_WORDS(d, i, titles); }
bool lede_qw_source_noun(const lede_doc *d, uint32_t i) { return IN_WORDS(d, i, source_nouns); }

bool lede_qw_verbish(const lede_doc *d, uint32_t i)
{
    static const char *const verbs_common[] = {
        "are", "be", "been", "can", "could", "did", "do", "does", "get", "gets", "got", "had", "has", "have", "is", "may", "might", "must", "should", "was", "were", "will", "would", NULL};
    if (IN_WORDS(d, i, verbs_common))
        return true;
    lede_cue c;
    return lede_cue_at(d, i, (uint32_t)d->toks.n, &c);
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
