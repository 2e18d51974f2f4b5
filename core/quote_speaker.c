/*
 * quote_speaker.c - who is speaking: the noun phrase around a cue and what
 * it refers to.
 *
 * Without a parser, the subject is found by walking left from the cue over
 * auxiliaries, adverbs and time adjuncts ("has repeatedly said", "on
 * Tuesday said"), then over a bracket or an appositive set off by commas
 * ("Hugh Hill, a doctor, said"), then over the noun phrase itself, which may
 * hold names joined by of/for/and ("Ghazikhail of the Afghan Centre for
 * Strategic Studies").  The mention reported is the head before "of" unless
 * that head is only a title ("Secretary of State John Kerry").  Inverted
 * trailers ("..., said Stuart Stevens, who ...") walk right instead.
 * Coreference: pronouns and descriptions ("he", "the source", "the
 * ministry") take the entity of an earlier speaker or mention; anonymity
 * travels with them.  The walkers' last answers are kept per document
 * (q->memo).  Owned by the quotes stage; reentrant.
 */
#include <string.h>

#include "quotes.h"

static const lede_token *tok(const lede_doc *d, uint32_t i) { return &d->toks.v[i]; }

static bool is_punct(const lede_doc *d, uint32_t i, char c)
{
    const lede_token *t = tok(d, i);
    return t->end - t->start == 1 && d->text[t->start] == c;
}

static bool capitalised(const lede_doc *d, uint32_t i)
{
    const lede_token *t = tok(d, i);
    return (t->flags & LEDE_TF_ALPHA) && (t->flags & (LEDE_TF_UPPER_INIT | LEDE_TF_ALL_UPPER));
}

/* A word that can sit inside a noun phrase (worked out once per token by
 * quote_words.c). */
static bool np_word(const lede_qctx *q, uint32_t i) { return lede_qw_class(q, i, LEDE_QT_NPWORD); }

/* of, for, and, &, de, in, from, at */
static bool joiner(const lede_qctx *q, uint32_t i) { return lede_qw_class(q, i, LEDE_QC_JOINER); }

/* "Directorate of National Security", "Bank of America": the joiner is
 * inside an organisation's name (one mention, or an organisation word). */
static bool joiner_in_name(const lede_qctx *q, uint32_t k)
{
    const lede_doc *d = q->d;
    int32_t m = tok(d, k - 1)->mention;
    if (m >= 0 && k + 1 < d->toks.n && tok(d, k + 1)->mention == m)
        return true;
    if (!capitalised(d, k - 1))
        return false;
    return lede_qw_class(q, k - 1, LEDE_QC_ORG);
}

/* Head of [b, e): cut at the first joiner when what precedes names someone. */
static void head_of(const lede_qctx *q, uint32_t b, uint32_t e, lede_speaker *sp)
{
    const lede_doc *d = q->d;
    sp->tb = b;
    sp->te = e;
    for (uint32_t k = b + 1; k < e; k++) {
        if (!joiner(q, k) || lede_qw_is(q, k, LEDE_QW_AND) || lede_qw_is(q, k, LEDE_QW_AMP) || joiner_in_name(q, k))
            continue;
        bool only_title = true;
        for (uint32_t m = b; m < k; m++)
            if (!lede_qw_title(q, m) && !lede_qw_determiner(q, m))
                only_title = false;
        if (!only_title)
            sp->te = k;
        break;
    }
    /* descriptors before a name are not the mention: "council president
     * Marta Jensen", "the economist Jared Bernstein" -> the name (capitalised
     * titles and "of" between capitals stay: "Secretary of State Ann Kerr") */
    uint32_t run = sp->te;
    while (run > sp->tb && (capitalised(d, run - 1) || (tok(d, run - 1)->flags & LEDE_TF_POSSESSIVE) ||
                            (lede_qw_is(q, run - 1, LEDE_QW_OF) && run - 1 > sp->tb && capitalised(d, run - 2))))
        run--;
    while (run < sp->te && (lede_qw_is(q, run, LEDE_QW_OF) || (tok(d, run)->flags & LEDE_TF_POSSESSIVE)))
        run++;
    if (run > sp->tb && run < sp->te && !(tok(d, run - 1)->flags & LEDE_TF_POSSESSIVE)) {
        bool lower = false;
        for (uint32_t k = sp->tb; k < run; k++)
            lower |= !capitalised(d, k) && !lede_qw_determiner(q, k);
        /* only when a lowercase descriptor precedes a name of two words or a
         * titled one; "the NDS" keeps its determiner */
        if (lower && (sp->te - run >= 2 || (tok(d, run)->flags & LEDE_TF_ABBREV)))
            sp->tb = run;
    }
    sp->named = false;
    for (uint32_t k = sp->tb; k < sp->te; k++) {
        /* a sentence-initial common word is capitalised without being a
         * name: "Officials said", "Sources close to ..." */
        bool common = (tok(d, k)->flags & LEDE_TF_SENT_START) &&
                      (lede_qw_source_noun(q, k) || lede_qw_determiner(q, k) || lede_qw_function(q, k));
        if (capitalised(d, k) && !lede_qw_title(q, k) && !common && !(k == sp->tb && lede_qw_determiner(q, k)))
            sp->named = true;
    }
    sp->nominal = !sp->named;
}

/* Skips, leftwards from j, what may stand between a subject and its verb. */
static int64_t skip_left_adjuncts(const lede_qctx *q, uint32_t lo, int64_t j)
{
    const lede_doc *d = q->d;
    for (int guard = 0; j >= (int64_t)lo && guard < LEDE_QUOTE_NP_MAX; guard++) {
        uint32_t u = (uint32_t)j;
        if (lede_qw_aux_adverb(q, u) && !lede_qw_is(q, u, LEDE_QW_TODAY)) {
            j--;
            continue;
        }
        if (lede_qw_time(q, u) || (lede_qw_is(q, u, LEDE_QW_TODAY) || lede_qw_is(q, u, LEDE_QW_YESTERDAY))) {
            j--;
            while (j >= (int64_t)lo) {
                bool pre = lede_qw_class(q, (uint32_t)j, LEDE_QC_TIMEPRE); /* "last", "several" */
                if (!pre && !(tok(d, (uint32_t)j)->flags & LEDE_TF_DIGIT))
                    break;
                j--;
            }
            continue;
        }
        /* ", however," */
        if (is_punct(d, u, ',') && j - 2 >= (int64_t)lo && is_punct(d, u - 2, ',') &&
            (lede_qw_is(q, u - 1, LEDE_QW_HOWEVER) || lede_qw_is(q, u - 1, LEDE_QW_MEANWHILE) ||
             lede_qw_is(q, u - 1, LEDE_QW_TOO) || lede_qw_is(q, u - 1, LEDE_QW_THOUGH) ||
             lede_qw_is(q, u - 1, LEDE_QW_INSTEAD) || lede_qw_is(q, u - 1, LEDE_QW_THOUGH))) {
            j -= 3;
            continue;
        }
        break;
    }
    return j;
}

/* Walks a noun phrase leftwards from its last word e - 1; returns its start. */
static int64_t np_left(const lede_qctx *q, uint32_t lo, uint32_t e)
{
    const lede_doc *d = q->d;
    int64_t start = e - 1;
    if (start < (int64_t)lo || !np_word(q, (uint32_t)start))
        return -1;
    int64_t k = start - 1;
    while (k >= (int64_t)lo && (int64_t)e - k <= LEDE_QUOTE_NP_MAX) {
        uint32_t u = (uint32_t)k;
        if (tok(d, u)->flags & LEDE_TF_SENT_START && !np_word(q, u) && !lede_qw_determiner(q, u))
            break;
        if (np_word(q, u) && !(tok(d, u + 1)->flags & LEDE_TF_PARA_START)) {
            start = k--;
            continue;
        }
        if (lede_qw_determiner(q, u)) {
            /* "of the Afghan Centre": a determiner inside a name chain */
            if (k - 2 >= (int64_t)lo && joiner(q, u - 1) && np_word(q, u - 2) && capitalised(d, u + 1)) {
                k -= 1;
                continue;
            }
            start = k;
            break;
        }
        if (joiner(q, u) && k - 1 >= (int64_t)lo && np_word(q, u - 1) &&
            (capitalised(d, u + 1) || lede_qw_determiner(q, u + 1)) && !(tok(d, u)->flags & LEDE_TF_SENT_START)) {
            k--;
            continue;
        }
        break;
    }
    /* a joiner or determiner cannot end the walk's left edge */
    while (start < (int64_t)e - 1 && joiner(q, (uint32_t)start))
        start++;
    return start;
}

static bool walk_before(const lede_qctx *q, uint32_t lo, uint32_t h, lede_speaker *sp)
{
    const lede_doc *d = q->d;
    memset(sp, 0, sizeof *sp);
    if (h == 0 || h <= lo)
        return false;
    int64_t j = skip_left_adjuncts(q, lo, (int64_t)h - 1);
    if (j < (int64_t)lo)
        return false;
    uint32_t u = (uint32_t)j;
    uint32_t np_te = u + 1;
    if (lede_qw_pronoun(q, u) && !lede_qw_is(q, u, LEDE_QW_WHICH)) {
        if (lede_qw_is(q, u, LEDE_QW_WHO) && u >= lo + 2 && is_punct(d, u - 1, ',')) {
            int64_t s = np_left(q, lo, u - 1);
            if (s >= 0) {
                head_of(q, (uint32_t)s, u - 1, sp);
                sp->np_te = u - 1;
                return true;
            }
        }
        sp->tb = u;
        sp->te = u + 1;
        sp->np_te = u + 1;
        sp->pronoun = !lede_qw_is(q, u, LEDE_QW_WHO);
        return true;
    }
    if (is_punct(d, u, ')')) {
        int64_t k = j - 1;
        while (k >= (int64_t)lo && j - k < LEDE_QUOTE_APPOS_MAX && !is_punct(d, (uint32_t)k, '('))
            k--;
        if (k < (int64_t)lo || !is_punct(d, (uint32_t)k, '('))
            return false;
        j = k - 1;
        if (j < (int64_t)lo)
            return false;
        u = (uint32_t)j;
    }
    if (is_punct(d, u, ',')) {
        /* "Hugh Hill, a doctor, said": skip the appositive to its comma */
        int64_t k = j - 1;
        while (k >= (int64_t)lo && j - k < LEDE_QUOTE_APPOS_MAX && !is_punct(d, (uint32_t)k, ','))
            k--;
        if (k < (int64_t)lo || !is_punct(d, (uint32_t)k, ','))
            return false;
        /* an appositive holds no verb unless it is a relative clause
         * ("..., who was his adviser, said"); "X said Y will go, saying" is
         * not an appositive */
        bool relative = lede_qw_is(q, (uint32_t)k + 1, LEDE_QW_WHO) || lede_qw_is(q, (uint32_t)k + 1, LEDE_QW_WHICH) ||
                        lede_qw_is(q, (uint32_t)k + 1, LEDE_QW_WHOSE) || lede_qw_is(q, (uint32_t)k + 1, LEDE_QW_WHOM);
        for (int64_t m = k + 1; m < j && !relative; m++)
            if (lede_qw_verbish(q, (uint32_t)m))
                return false;
        j = k - 1;
        if (j < (int64_t)lo)
            return false;
        u = (uint32_t)j;
        if (lede_qw_pronoun(q, u) && !lede_qw_is(q, u, LEDE_QW_WHICH) && !lede_qw_is(q, u, LEDE_QW_WHO)) {
            sp->tb = u;
            sp->te = u + 1;
            sp->np_te = np_te;
            sp->pronoun = 1;
            return true;
        }
    }
    int64_t s = np_left(q, lo, u + 1);
    if (s < 0)
        return false;
    head_of(q, (uint32_t)s, u + 1, sp);
    sp->np_te = np_te;
    return sp->te > sp->tb;
}

static bool walk_after(const lede_qctx *q, uint32_t from, uint32_t hi, lede_speaker *sp)
{
    const lede_doc *d = q->d;
    memset(sp, 0, sizeof *sp);
    if (from >= hi)
        return false;
    if (lede_qw_pronoun(q, from) && !lede_qw_is(q, from, LEDE_QW_WHO) && !lede_qw_is(q, from, LEDE_QW_WHICH) &&
        !lede_qw_is(q, from, LEDE_QW_IT)) {
        *sp = (lede_speaker){from, from + 1, from + 1, 1, 0, 0, 0};
        return true;
    }
    uint32_t k = from;
    if (lede_qw_determiner(q, k))
        k++;
    uint32_t e = k;
    while (e < hi && e - from < LEDE_QUOTE_NP_MAX) {
        if (np_word(q, e)) {
            e++;
            continue;
        }
        if (is_punct(d, e, '.') && e > from && (tok(d, e - 1)->flags & LEDE_TF_ALL_UPPER) && tok(d, e - 1)->norm_len == 1) {
            e++; /* "George W. Bush" split oddly */
            continue;
        }
        if (joiner(q, e) && !lede_qw_is(q, e, LEDE_QW_IN) && !lede_qw_is(q, e, LEDE_QW_AT) && e + 1 < hi &&
            (capitalised(d, e + 1) || (lede_qw_determiner(q, e + 1) && e + 2 < hi && capitalised(d, e + 2)))) {
            e += lede_qw_determiner(q, e + 1) ? 2 : 1;
            continue;
        }
        break;
    }
    /* a trailing lowercase word after a name is the next clause ("said Smith
     * today"), unless the phrase has no name at all ("said the source") */
    while (e > k + 1 && !capitalised(d, e - 1) && capitalised(d, e - 2) && !(tok(d, e - 1)->flags & LEDE_TF_POSSESSIVE) &&
           (lede_qw_time(q, e - 1) || lede_qw_aux_adverb(q, e - 1)))
        e--;
    if (e == k)
        return false;
    head_of(q, from, e, sp);
    sp->np_te = e;
    return sp->te > sp->tb;
}

/* The walkers read only the document and the per-token classes, so the
 * same question has the same answer: the cue classifier asks it of a word
 * and the rules ask it again of the cue it picks (and the inverted-trailer
 * test a third time).  The last answer of each is kept (q->memo, per
 * document; none without it). */
static bool memo_walk(const lede_qctx *q, int which, uint32_t a, uint32_t b, lede_speaker *sp)
{
    lede_qspmemo *m = q->memo ? &q->memo[which] : NULL;
    if (m && m->valid && m->a == a && m->b == b) {
        *sp = m->sp;
        return m->found;
    }
    bool found = which == 0 ? walk_before(q, a, b, sp) : walk_after(q, a, b, sp);
    if (m)
        *m = (lede_qspmemo){.a = a, .b = b, .valid = 1, .found = found, .sp = *sp};
    return found;
}

bool lede_speaker_before(const lede_qctx *q, uint32_t lo, uint32_t h, lede_speaker *sp)
{
    return memo_walk(q, 0, lo, h, sp);
}

bool lede_speaker_after(const lede_qctx *q, uint32_t from, uint32_t hi, lede_speaker *sp)
{
    return memo_walk(q, 1, from, hi, sp);
}

void lede_speaker_anonymity(const lede_qctx *q, lede_speaker *sp)
{
    const lede_doc *d = q->d;
    if (sp->te <= sp->tb || sp->named || sp->pronoun)
        return;
    uint32_t head = sp->te - 1;
    bool src = lede_qw_source_noun(q, head);
    bool indefinite = lede_qw_determiner(q, sp->tb) && !lede_qw_is(q, sp->tb, LEDE_QW_THE) &&
                      !lede_qw_is(q, sp->tb, LEDE_QW_HIS) && !lede_qw_is(q, sp->tb, LEDE_QW_HER) &&
                      !lede_qw_is(q, sp->tb, LEDE_QW_THEIR) && !lede_qw_is(q, sp->tb, LEDE_QW_ITS) &&
                      !lede_qw_is(q, sp->tb, LEDE_QW_THIS) && !lede_qw_is(q, sp->tb, LEDE_QW_THAT);
    bool bare_plural = !lede_qw_determiner(q, sp->tb) && d->text[tok(d, head)->end - 1] == 's';
    if (src &&
        (indefinite || bare_plural || lede_qw_is(q, head, LEDE_QW_SOURCE) || lede_qw_is(q, head, LEDE_QW_SOURCES)))
        sp->anonymous = 1;
    /* "... on condition of anonymity", "who was not authorized to speak" */
    uint32_t s = tok(d, sp->tb)->sent;
    const lede_sentence *se = &d->sents.v[s];
    uint32_t b = se->tok_begin, e = se->tok_end;
    if (sp->tb > b + LEDE_QUOTE_CLAUSE_MAX)
        b = sp->tb - LEDE_QUOTE_CLAUSE_MAX;
    if (e > sp->te + LEDE_QUOTE_CLAUSE_MAX)
        e = sp->te + LEDE_QUOTE_CLAUSE_MAX;
    for (uint32_t k = b; k < e; k++)
        if (lede_qw_is(q, k, LEDE_QW_ANONYMITY) || lede_qw_is(q, k, LEDE_QW_ANONYMOUSLY) ||
            ((lede_qw_is(q, k, LEDE_QW_NAMED) || lede_qw_is(q, k, LEDE_QW_IDENTIFIED)) && k >= 2 &&
             (lede_qw_is(q, k - 2, LEDE_QW_NOT) || lede_qw_is(q, k - 2, LEDE_QW_NT) ||
              lede_qw_is(q, k - 1, LEDE_QW_BE))) ||
            (lede_qw_is(q, k, LEDE_QW_AUTHORIZED) && k >= 1 && lede_qw_is(q, k - 1, LEDE_QW_NOT)))
            sp->anonymous = src || sp->anonymous || sp->nominal;
}

/* The token after k, stepping over "( ... )" or ", ... ," asides. */
static uint32_t after_aside(const lede_doc *d, uint32_t k, uint32_t hi)
{
    uint32_t n = k + 1;
    if (n < hi && (is_punct(d, n, '(') || is_punct(d, n, ','))) {
        char close = is_punct(d, n, '(') ? ')' : ',';
        uint32_t m = n + 1;
        while (m < hi && m < n + 10 && !is_punct(d, m, close))
            m++;
        if (m < hi && is_punct(d, m, close))
            return m + 1;
        return hi;
    }
    return n;
}

/* The first noun phrase of the clause starting at lo, past an opening
 * adverbial ("In a statement released Thursday, Rep. Jeffries reacted"). */
static bool first_subject(const lede_qctx *q, uint32_t lo, uint32_t hi, lede_speaker *sp)
{
    const lede_doc *d = q->d;
    uint32_t k = lo;
    while (k < hi && (lede_qw_is(q, k, LEDE_QW_AND) || lede_qw_is(q, k, LEDE_QW_BUT) || lede_qw_is(q, k, LEDE_QW_SO) ||
                      (tok(d, k)->flags & LEDE_TF_QUOTE)))
        k++;
    if (k < hi && (lede_qw_function(q, k) || lede_qw_aux_adverb(q, k)) && !lede_qw_pronoun(q, k)) {
        /* an introductory phrase ends at the first comma */
        uint32_t m = k;
        while (m < hi && m < k + 20 && !is_punct(d, m, ','))
            m++;
        if (m >= hi || m >= k + 20)
            return false;
        k = m + 1;
    }
    if (k >= hi)
        return false;
    if (lede_qw_pronoun(q, k) && !lede_qw_is(q, k, LEDE_QW_IT) && !lede_qw_is(q, k, LEDE_QW_WHO) &&
        !lede_qw_is(q, k, LEDE_QW_WHICH)) {
        *sp = (lede_speaker){k, k + 1, k + 1, 1, 0, 0, 0};
        return true;
    }
    if (!lede_speaker_after(q, k, hi, sp) || !(sp->named || sp->nominal))
        return false;
    uint32_t n = after_aside(d, sp->np_te - 1, hi);
    return n < hi && (tok(d, n)->flags & LEDE_TF_ALPHA) && !(tok(d, n)->flags & LEDE_TF_UPPER_INIT);
}

bool lede_speaker_subject(const lede_qctx *q, uint32_t lo, uint32_t hi, lede_speaker *sp)
{
    const lede_doc *d = q->d;
    memset(sp, 0, sizeof *sp);
    /* a cue earlier in the clause names the speaker: "X said ..., adding" */
    for (uint32_t k = hi; k-- > lo && hi - k < LEDE_QUOTE_APPOS_MAX * 2;) {
        lede_cue c;
        if (tok(d, k)->flags & LEDE_TF_QUOTE)
            break;
        if (!lede_cue_at(q, k, hi, &c) || !(c.cls & LEDE_CUE_SPEECH) || c.form == LEDE_CUE_ING)
            continue;
        if (lede_speaker_before(q, lo, c.tb, sp))
            return true;
        /* "..." said Virginia delegate Beau Correll, angered that ... */
        if (k > lo && (tok(d, k - 1)->flags & LEDE_TF_QCLOSE || is_punct(d, k - 1, ',')) &&
            lede_speaker_after(q, c.te, hi, sp))
            return true;
    }
    if (first_subject(q, lo, hi, sp))
        return true;
    memset(sp, 0, sizeof *sp);
    uint32_t stop = hi > lo + LEDE_QUOTE_NP_MAX * 4 ? hi - LEDE_QUOTE_NP_MAX * 4 : lo;
    for (uint32_t k = hi; k-- > stop;) {
        const lede_token *t = tok(d, k);
        if (t->flags & LEDE_TF_QUOTE)
            return false;
        bool pron = lede_qw_pronoun(q, k) && !lede_qw_is(q, k, LEDE_QW_WHO) && !lede_qw_is(q, k, LEDE_QW_WHICH) &&
                    !lede_qw_is(q, k, LEDE_QW_IT) && !lede_qw_is(q, k, LEDE_QW_YOU);
        bool name = capitalised(d, k) && np_word(q, k) && !lede_qw_time(q, k) && !lede_qw_title(q, k);
        if (!pron && !name)
            continue;
        uint32_t n = after_aside(d, k, hi);
        if (n >= hi)
            continue;
        const lede_token *v = tok(d, n);
        bool verb = (v->flags & LEDE_TF_ALPHA) && !(v->flags & (LEDE_TF_UPPER_INIT | LEDE_TF_ALL_UPPER)) &&
                    (!lede_qw_function(q, n) || lede_qw_aux_adverb(q, n));
        if (!verb || (v->flags & LEDE_TF_POSSESSIVE))
            continue;
        if (pron) {
            *sp = (lede_speaker){k, k + 1, k + 1, 1, 0, 0, 0};
            return true;
        }
        int64_t s = np_left(q, lo, k + 1);
        if (s < 0)
            continue;
        head_of(q, (uint32_t)s, k + 1, sp);
        sp->np_te = k + 1;
        return sp->te > sp->tb;
    }
    return false;
}
