/*
 * ent_lexicon.c - the lexicon's part in resolving entities: which lexicon
 * senses a mention has, the countries a story mentions, places and
 * nationalities the tagger missed (capitalised gazetteer matches outside
 * other mentions and boilerplate), acronyms defined in parentheses and
 * their later uses, and typing mentions with lexicon priority (countries,
 * subdivisions, cities -> LOCATION with subtype; demonyms -> NORP).
 * Reentrant; writes only the document and the lede_rs.
 * Owner: entities engineer.
 */
#include <stdlib.h>
#include <string.h>

#include "resolve.h"

/* Longest acronym accepted in "(NDS)" definitions, in bytes. */
#define RS_ACRONYM_MAX 10
/* Most words of a long form spelled out before its acronym. */
#define RS_ACRONYM_RUN 12
/* Most surnames sorted by insertion rather than qsort. */
#define RS_SURNAMES_SMALL 32
/* Marks a mention replaced by a longer one, until it is dropped. */
#define RS_DELETED 0xFF

/* Words that may stand capitalised right before a name at the start of a
 * sentence without being part of it. */
static const char *const openers[] = {
    "the", "a", "an", "in", "on", "at", "for", "from", "by", "with", "to", "as", "after", "before", "but",
    "and", "or", "of", "if", "when", "while", "under", "over", "during", "since", "like", "unlike", "both",
    "all", "many", "most", "some", "no", "this", "that", "these", "those", "his", "her", "their", "its",
    "our", "former", "senior", "top", "new", "two", "three", "several", "other", "another", "among",
    "about", "against", "between", "without", "through", "across", "into", "near", "outside", "inside",
    "pro", "anti", "fellow", "young", "local", "then", "now", "yet", "so", "also", "even", "only", "every",
    "each", "one", "once", "where", "why", "how", "what", "which", "who", "said", "says", "later", "earlier",
    "meanwhile", "however", "yesterday", "today", "tomorrow", "last", "next", "according", "despite", "although",
    "because", "until", "there", "here", "it", "we", "they", "he", "she", "i", "you", "not", NULL};

/* Lowercase words allowed inside a multi-word place name. */
static const char *const inner[] = {"of", "and", "the", "de", "da", "du", "del", "la", "le", "al", "el",
                                    "do", "dos", "das", "y", "upon", "on", "en", "for", NULL};

static bool word_in(const char *const *list, const char *s, size_t n)
{
    for (; *list; list++)
        if (n && (*list)[0] == s[0] && strlen(*list) == n && memcmp(*list, s, n) == 0)
            return true;
    return false;
}

/* Both flag tests as one branch, not two: lede_rs_fallback asks it of
 * every token, and whether a token is capitalised is a toss-up that the
 * second of two branches mispredicted (callgrind --branch-sim). */
static bool capitalised(const lede_token *t)
{
    uint32_t f = t->flags;
    return (unsigned)((f & LEDE_TF_ALPHA) != 0) & (unsigned)((f & (LEDE_TF_UPPER_INIT | LEDE_TF_ALL_UPPER)) != 0);
}

const lede_lex_entry *lede_rs_lookup(const lede_rs *rs, const lede_mention *m)
{
    const lede_doc *d = rs->d;
    if (!rs->lex || m->tok_end <= m->tok_begin)
        return NULL;
    const lede_lex_entry *e = lede_lexicon_span(rs->lex, d, m->tok_begin, m->tok_end);
    if (e || m->tok_end - m->tok_begin < 2)
        return e;
    /* "Wardak Province": the name before a subdivision type word */
    const lede_token *last = &d->toks.v[m->tok_end - 1];
    const lede_lex_entry *w = lede_lexicon_get(rs->lex, lede_tok_norm(d, last), last->norm_len);
    if (!w || !(w->all_classes & LEDE_LEX_REGION_WORD))
        return NULL;
    e = lede_lexicon_span(rs->lex, d, m->tok_begin, m->tok_end - 1);
    return e && (e->all_classes & LEDE_LEX_REGION) ? lede_lex_sense(e, LEDE_LEX_REGION) : NULL;
}

const lede_lex_entry *lede_rs_lookup_cached(lede_rs *rs, const lede_mention *m)
{
    if (!rs->lk_end || m->tok_begin >= rs->d->toks.n || m->tok_end <= m->tok_begin)
        return lede_rs_lookup(rs, m);
    if (rs->lk_end[m->tok_begin] == m->tok_end)
        return rs->lk_e[m->tok_begin];
    const lede_lex_entry *e = lede_rs_lookup(rs, m);
    rs->lk_end[m->tok_begin] = m->tok_end;
    rs->lk_e[m->tok_begin] = e;
    return e;
}

const lede_lex_entry *lede_rs_place_sense(const lede_rs *rs, const lede_lex_entry *e, uint32_t classes)
{
    const lede_lex_entry *first = NULL;
    for (; e; e = e->next) {
        if (!(e->classes & classes))
            continue;
        if (e->classes & LEDE_LEX_COUNTRY)
            return e;
        if (!first)
            first = e;
        if (lede_rs_country_known(rs, e->country))
            return e;
    }
    return first;
}

/* Countries named, or implied by a demonym, anywhere in the story. */
void lede_rs_context(lede_rs *rs)
{
    const lede_doc *d = rs->d;
    for (size_t i = 0; i < d->mentions.n; i++) {
        const lede_mention *m = &d->mentions.v[i];
        if (m->kind != LEDE_MK_NAME)
            continue;
        const lede_lex_entry *e = rs->lexe && i + 1 < rs->n_alloc ? rs->lexe[i] : lede_rs_lookup_cached(rs, m);
        if (!e)
            continue;
        if (e->classes & LEDE_LEX_COUNTRY)
            lede_rs_country_add(rs, e->code);
        else if (e->classes & LEDE_LEX_DEMONYM)
            lede_rs_country_add(rs, e->country);
    }
}

/* Is tokens [b, e) a name on its own in the sentence [sb, se)? */
static bool stands_alone(const lede_doc *d, size_t b, size_t e, size_t sb, size_t se, bool allow_region_word,
                         const lede_lexicon *lex)
{
    const lede_token *first = &d->toks.v[b], *last = &d->toks.v[e - 1];
    if (!capitalised(first) || !capitalised(last))
        return false;
    for (size_t k = b + 1; k + 1 < e; k++) {
        const lede_token *t = &d->toks.v[k];
        if (!capitalised(t) && (t->flags & LEDE_TF_ALPHA) && !word_in(inner, lede_tok_norm(d, t), t->norm_len))
            return false;
    }
    bool headline = (first->flags & LEDE_TF_HEADLINE) != 0;
    if (b > sb && !headline) {
        const lede_token *p = &d->toks.v[b - 1];
        bool opener = b - 1 == sb && word_in(openers, lede_tok_norm(d, p), p->norm_len);
        if (capitalised(p) && !opener)
            return false;
    }
    if (e < se && !headline) {
        const lede_token *n = &d->toks.v[e];
        if (capitalised(n)) {
            const lede_lex_entry *w = lede_lexicon_get(lex, lede_tok_norm(d, n), n->norm_len);
            if (!allow_region_word || !w || !(w->all_classes & LEDE_LEX_REGION_WORD))
                return false;
        }
    }
    /* "LET US": a two-letter word in a shouted line is no country code */
    if ((first->flags & LEDE_TF_ALL_UPPER) && e - b == 1 && first->norm_len <= 3) {
        bool shout = (b > sb && (d->toks.v[b - 1].flags & LEDE_TF_ALL_UPPER)) ||
                     (e < se && (d->toks.v[e].flags & LEDE_TF_ALL_UPPER));
        if (shout)
            return false;
    }
    return true;
}

static bool next_is_region_word(const lede_rs *rs, size_t e, size_t se)
{
    if (e >= se)
        return false;
    const lede_token *t = &rs->d->toks.v[e];
    const lede_lex_entry *w = lede_lexicon_get(rs->lex, lede_tok_norm(rs->d, t), t->norm_len);
    return w && (w->all_classes & LEDE_LEX_REGION_WORD);
}

/* The sense a gazetteer match may add as a mention in this pass, or NULL.
 * Pass 0: countries, nationalities, groups, continents.  Pass 1 (the
 * story's countries known): cities and subdivisions. */
static const lede_lex_entry *fallback_sense(const lede_rs *rs, const lede_lex_entry *e, size_t b, size_t n,
                                            size_t sb, size_t se, int pass)
{
    const lede_doc *d = rs->d;
    /* "Who" is not the WHO */
    if ((e->flags & LEDE_LEXF_UPPER) && !(d->toks.v[b].flags & LEDE_TF_ALL_UPPER))
        return NULL;
    bool headline = (d->toks.v[b].flags & LEDE_TF_HEADLINE) != 0;
    if (pass == 0) {
        const lede_lex_entry *s =
            lede_lex_sense(e, LEDE_LEX_COUNTRY | LEDE_LEX_DEMONYM | LEDE_LEX_NORP | LEDE_LEX_PLACE | LEDE_LEX_ORG);
        if (!s || s != e)
            return NULL; /* a stronger sense comes first: leave it */
        if ((s->classes & LEDE_LEX_ORG) && (s->flags & LEDE_LEXF_AMBIG))
            return NULL;
        if ((s->classes & LEDE_LEX_PLACE) && headline)
            return NULL;
        return stands_alone(d, b, b + n, sb, se, false, rs->lex) ? s : NULL;
    }
    if (headline)
        return NULL;
    const lede_lex_entry *s = lede_rs_place_sense(rs, e, LEDE_LEX_CITY | LEDE_LEX_REGION);
    if (!s || (s->flags & LEDE_LEXF_AMBIG) || (e->all_classes & (LEDE_LEX_COUNTRY | LEDE_LEX_DEMONYM)))
        return NULL;
    bool known = lede_rs_country_known(rs, s->country);
    if (s->classes & LEDE_LEX_CITY) {
        /* "Paris" is also a person: only with France in the story */
        if ((s->flags & LEDE_LEXF_PERSON) && !known)
            return NULL;
    } else if (!known && !next_is_region_word(rs, b + n, se)) {
        return NULL;
    } else if (s->flags & LEDE_LEXF_PERSON) {
        return NULL;
    }
    return stands_alone(d, b, b + n, sb, se, true, rs->lex) ? s : NULL;
}

/* Looks for a gazetteer mention at token i of sentence [sb, se) and adds
 * it; *matched says whether the lexicon had any phrase there at all,
 * *added how many tokens the mention added covers (0: none added). */
static lede_status fallback_at(lede_rs *rs, size_t i, size_t sb, size_t se, int pass, bool *matched,
                               size_t *added)
{
    lede_doc *d = rs->d;
    *matched = false;
    *added = 0;
    size_t limit = i;
    while (limit < se && limit - i < LEDE_LEX_MAX_WORDS && rs->cover[limit] < 0 && d->toks.v[limit].mention < 0)
        limit++;
    const lede_lex_entry *e = NULL;
    size_t n = lede_lexicon_longest(rs->lex, d, i, limit, &e);
    if (!n || !e)
        return LEDE_OK;
    *matched = true;
    const lede_lex_entry *sense = fallback_sense(rs, e, i, n, sb, se, pass);
    if (!sense)
        return LEDE_OK;
    int type = (sense->classes & (LEDE_LEX_DEMONYM | LEDE_LEX_NORP)) ? LEDE_ET_NORP
               : (sense->classes & LEDE_LEX_ORG)                     ? LEDE_ET_ORG
                                                                     : LEDE_ET_LOC;
    int sub = (sense->classes & LEDE_LEX_COUNTRY)  ? LEDE_LOC_COUNTRY
              : (sense->classes & LEDE_LEX_CITY)   ? LEDE_LOC_CITY
              : (sense->classes & LEDE_LEX_REGION) ? LEDE_LOC_REGION
              : (sense->classes & LEDE_LEX_PLACE)  ? LEDE_LOC_OTHER
                                                   : LEDE_LOC_NONE;
    lede_status st = lede_rs_push(rs, i, i + n, type, sub, LEDE_MK_NAME, 0.6f);
    if (st != LEDE_OK)
        return st;
    if (pass == 0)
        lede_rs_country_add(rs, (sense->classes & LEDE_LEX_COUNTRY) ? sense->code : sense->country);
    *added = n;
    return LEDE_OK;
}

/* Pass 0 scans every token and keeps those where the lexicon had a phrase;
 * pass 1 tries only those.  Between and during the passes tokens only
 * become covered, which shortens the run a lookup may use, and a shorter
 * run finds a phrase only where the longer one did: no other token can
 * match in pass 1.  A token inside a mention pass 1 adds is covered, as
 * the scan's jump past the mention skipped it.  (Without room for the
 * list, pass 1 scans everything.) */
lede_status lede_rs_fallback(lede_rs *rs, int pass)
{
    lede_doc *d = rs->d;
    if (pass == 1 && rs->fb_tok) {
        for (size_t c = 0; c < rs->fb_n; c++) {
            size_t i = rs->fb_tok[c], s = rs->fb_sent[c];
            if (rs->cover[i] >= 0 || d->toks.v[i].mention >= 0)
                continue;
            bool matched;
            size_t added;
            lede_status st =
                fallback_at(rs, i, d->sents.v[s].tok_begin, d->sents.v[s].tok_end, pass, &matched, &added);
            if (st != LEDE_OK)
                return st;
        }
        return LEDE_OK;
    }
    if (pass == 0) {
        rs->fb_n = 0;
        rs->fb_tok = lede_arena_alloc(&rs->ws->arena, (d->toks.n + 1) * sizeof *rs->fb_tok);
        rs->fb_sent = rs->fb_tok ? lede_arena_alloc(&rs->ws->arena, (d->toks.n + 1) * sizeof *rs->fb_sent) : NULL;
        if (!rs->fb_sent)
            rs->fb_tok = NULL;
    }
    for (size_t s = 0; s < d->sents.n; s++) {
        if (lede_rs_skipped_para(d, s))
            continue;
        size_t sb = d->sents.v[s].tok_begin, se = d->sents.v[s].tok_end;
        for (size_t i = sb; i < se; i++) {
            /* most tokens are lowercase: their flags turn them away first,
             * in a loop of their own */
            const lede_token *tv = d->toks.v;
            while (i < se && !capitalised(&tv[i]))
                i++;
            if (i >= se)
                break;
            const lede_token *t = &tv[i];
            if (rs->cover[i] >= 0 || t->mention >= 0)
                continue;
            bool matched;
            size_t added;
            lede_status st = fallback_at(rs, i, sb, se, pass, &matched, &added);
            if (st != LEDE_OK)
                return st;
            if (pass == 0 && matched && rs->fb_tok && rs->fb_n < d->toks.n) {
                rs->fb_tok[rs->fb_n] = (uint32_t)i;
                rs->fb_sent[rs->fb_n++] = (uint32_t)s;
            }
            if (added)
                i += added - 1;
        }
    }
    return LEDE_OK;
}

static bool tok_is(const lede_doc *d, size_t i, char c)
{
    return i < d->toks.n && lede_tok_len(&d->toks.v[i]) == 1 && d->text[d->toks.v[i].start] == c;
}

/* The next token, in text order from byte *pos on, that is the single
 * character c (tok_is), or SIZE_MAX; *pos moves past it.  The rules that
 * start at a "(" or a "/" visit those tokens only, in the order a scan of
 * every token would, instead of testing every token. */
static size_t next_tok_is(const lede_doc *d, char c, size_t *pos)
{
    while (*pos < d->len) {
        const char *p = memchr(d->text + *pos, c, d->len - *pos);
        if (!p)
            break;
        size_t at = (size_t)(p - d->text), lo = 0, hi = d->toks.n;
        *pos = at + 1;
        while (lo < hi) { /* first token starting at or after the byte */
            size_t mid = lo + (hi - lo) / 2;
            if (d->toks.v[mid].start < at)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (; lo < d->toks.n && d->toks.v[lo].start == at; lo++)
            if (tok_is(d, lo, c))
                return lo;
    }
    *pos = d->len;
    return SIZE_MAX;
}

/* ---- photo credits --------------------------------------------------------------- */

/* "(Thomas Watkins / AFP via Getty Images)": the photographer of a credit
 * line, which the tagger leaves alone in captions.  Two or three
 * capitalised words after "(" or ":" or at the start of a sentence, then
 * "/" and a capitalised word. */
lede_status lede_rs_credits(lede_rs *rs)
{
    lede_doc *d = rs->d;
    size_t pos = 0;
    for (size_t k; (k = next_tok_is(d, '/', &pos)) != SIZE_MAX;) {
        size_t s = d->toks.v[k].sent;
        if (s >= d->sents.n || lede_rs_skipped_para(d, s))
            continue;
        size_t sb = d->sents.v[s].tok_begin, se = d->sents.v[s].tok_end;
        if (k < sb + 2 || k + 1 >= se || !capitalised(&d->toks.v[k + 1]))
            continue;
        size_t b = k;
        while (b > sb && k - b < 3 && capitalised(&d->toks.v[b - 1]) &&
               !(d->toks.v[b - 1].flags & LEDE_TF_ALL_UPPER) && rs->cover[b - 1] < 0)
            b--;
        bool opened = b == sb || tok_is(d, b - 1, '(') || tok_is(d, b - 1, ':');
        if (k - b < 2 || !opened)
            continue;
        lede_status st = lede_rs_push(rs, b, k, LEDE_ET_PERSON, LEDE_LOC_NONE, LEDE_MK_NAME, 0.6f);
        if (st != LEDE_OK)
            return st;
    }
    return LEDE_OK;
}

/* ---- acronyms ------------------------------------------------------------------ */

static bool acronym_token(const lede_doc *d, size_t i)
{
    const lede_token *t = &d->toks.v[i];
    size_t n = lede_tok_len(t);
    return (t->flags & LEDE_TF_ALL_UPPER) && (t->flags & LEDE_TF_ALPHA) && n >= 2 && n <= RS_ACRONYM_MAX;
}


static bool same_text(const lede_doc *d, size_t a, size_t b)
{
    const lede_token *x = &d->toks.v[a], *y = &d->toks.v[b];
    return lede_tok_len(x) == lede_tok_len(y) && memcmp(d->text + x->start, d->text + y->start, lede_tok_len(x)) == 0;
}

static bool org_word(const lede_rs *rs, const lede_token *t)
{
    const lede_lex_entry *e = lede_lexicon_get(rs->lex, lede_tok_norm(rs->d, t), t->norm_len);
    return e && (e->all_classes & LEDE_LEX_ORG_SUFFIX);
}

/* Where in [b, p) the name the acronym at token a spells starts, or p:
 * the capitalised words' initials equal its letters (from some word on),
 * or the words hold an organisation word and every letter of the acronym
 * ("Afghan Directorate of National Security" for NDS). */
static size_t spelled_from(const lede_rs *rs, size_t b, size_t p, size_t a)
{
    const lede_doc *d = rs->d;
    const lede_token *at = &d->toks.v[a];
    const char *acr = lede_tok_norm(d, at);
    size_t an = at->norm_len;
    if (p - b > RS_ACRONYM_RUN)
        b = p - RS_ACRONYM_RUN;
    for (size_t s = b; s < p; s++) {
        if (!capitalised(&d->toks.v[s]))
            continue;
        size_t k = 0;
        bool ok = true;
        for (size_t i = s; i < p && ok; i++) {
            if (!capitalised(&d->toks.v[i]))
                continue;
            ok = k < an && lede_tok_norm(d, &d->toks.v[i])[0] == acr[k];
            k++;
        }
        if (ok && k == an)
            return s;
    }
    bool org = false;
    char ini[RS_ACRONYM_RUN];
    size_t ni = 0;
    for (size_t i = b; i < p; i++) {
        org = org || org_word(rs, &d->toks.v[i]);
        if (capitalised(&d->toks.v[i]))
            ini[ni++] = lede_tok_norm(d, &d->toks.v[i])[0];
    }
    if (!org)
        return p;
    for (size_t k = 0; k < an; k++) {
        size_t j = 0;
        while (j < ni && ini[j] != acr[k])
            j++;
        if (j == ni)
            return p;
        ini[j] = 0; /* each initial spells one letter */
    }
    return b;
}

/* Where the name an acronym stands for starts, given the "(" at p: the
 * run of capitalised words before it, as far as it spells the acronym. */
static size_t acronym_long_form(const lede_rs *rs, size_t sb, size_t p, size_t a)
{
    const lede_doc *d = rs->d;
    size_t b = p;
    while (b > sb && p - b < RS_ACRONYM_RUN) {
        const lede_token *t = &d->toks.v[b - 1];
        if (capitalised(t))
            b--;
        else if (b - 1 > sb && word_in(inner, lede_tok_norm(d, t), t->norm_len) && capitalised(&d->toks.v[b - 2]))
            b--;
        else
            break;
    }
    /* "The National Bank of Romania (BNR)": not the sentence's "The" */
    while (b < p && (!capitalised(&d->toks.v[b]) ||
                     (b == sb && word_in(openers, lede_tok_norm(d, &d->toks.v[b]), d->toks.v[b].norm_len))))
        b++;
    if (b == p || (d->toks.v[b].flags & LEDE_TF_HEADLINE))
        return p;
    return spelled_from(rs, b, p, a);
}

/* An acronym token that is a name of its own ("U.S.", "UK"). */
static bool lexical_acronym(const lede_rs *rs, size_t a)
{
    const lede_token *t = &rs->d->toks.v[a];
    const lede_lex_entry *e = lede_lexicon_get(rs->lex, lede_tok_norm(rs->d, t), t->norm_len);
    return e && (e->all_classes & (LEDE_LEX_PLACES | LEDE_LEX_DEMONYM));
}

/* Replaces the name mentions over [b, p) by one mention; false when a
 * number or date mention is in the way.  Mentions do not overlap, so the
 * tokens' cover finds them. */
static bool claim_long_form(lede_rs *rs, size_t b, size_t p, int *type)
{
    lede_doc *d = rs->d;
    size_t best = 0;
    *type = LEDE_ET_ORG;
    for (size_t t = b; t < p; t++) {
        int32_t c = rs->cover[t];
        if (c < 0)
            continue;
        const lede_mention *m = &d->mentions.v[c];
        if (m->kind != LEDE_MK_NAME || m->tok_begin < b || m->tok_end > p)
            return false;
        if (m->tok_end - m->tok_begin > best) {
            best = m->tok_end - m->tok_begin;
            *type = m->type;
        }
    }
    bool org = false;
    for (size_t i = b; i < p; i++)
        org = org || org_word(rs, &d->toks.v[i]);
    if (org || *type == LEDE_ET_NORP || *type == LEDE_ET_LOC || *type == LEDE_ET_NONE)
        *type = LEDE_ET_ORG;
    for (size_t t = b; t < p; t++) {
        if (rs->cover[t] >= 0)
            d->mentions.v[rs->cover[t]].kind = RS_DELETED;
        rs->cover[t] = -1;
    }
    return true;
}

static void drop_deleted(lede_rs *rs)
{
    lede_doc *d = rs->d;
    size_t w = 0;
    for (size_t i = 0; i < d->mentions.n; i++)
        if (d->mentions.v[i].kind != RS_DELETED)
            d->mentions.v[w++] = d->mentions.v[i];
    d->mentions.n = w;
    for (size_t t = 0; t < d->toks.n; t++)
        rs->cover[t] = -1;
    for (size_t i = 0; i < w; i++)
        for (uint32_t t = d->mentions.v[i].tok_begin; t < d->mentions.v[i].tok_end && t < d->toks.n; t++)
            rs->cover[t] = (int32_t)i;
}

/* Long forms spelled out before "(ACR)", whatever the tagger made of
 * them: "Afghan Centre for Strategic Studies and Research (ACSSR)". */
static lede_status long_forms(lede_rs *rs)
{
    lede_doc *d = rs->d;
    bool deleted = false;
    size_t pos = 0;
    for (size_t p; (p = next_tok_is(d, '(', &pos)) != SIZE_MAX;) {
        size_t s = d->toks.v[p].sent;
        if (s >= d->sents.n || lede_rs_skipped_para(d, s))
            continue;
        size_t sb = d->sents.v[s].tok_begin, se = d->sents.v[s].tok_end;
        if (p < sb + 1 || p + 2 >= se || !tok_is(d, p + 2, ')') || !acronym_token(d, p + 1) ||
            lexical_acronym(rs, p + 1))
            continue;
        size_t b = acronym_long_form(rs, sb, p, p + 1);
        int type;
        if (b == p || !claim_long_form(rs, b, p, &type))
            continue;
        deleted = true;
        lede_status st = lede_rs_push(rs, b, p, type, LEDE_LOC_NONE, LEDE_MK_NAME, 0.7f);
        if (st != LEDE_OK)
            return st;
    }
    if (deleted)
        drop_deleted(rs);
    return LEDE_OK;
}

/* "Afghan Directorate of National Security (NDS)": the acronym becomes a
 * mention of the long form's type, and so do its later uses. */
lede_status lede_rs_acronyms(lede_rs *rs)
{
    lede_doc *d = rs->d;
    lede_status st0 = rs->lex ? long_forms(rs) : LEDE_OK;
    if (st0 != LEDE_OK)
        return st0;
    size_t n0 = d->mentions.n;
    for (size_t i = 0; i < n0 && rs->n_acros < LEDE_RS_MAX_ACRONYMS; i++) {
        lede_mention m = d->mentions.v[i];
        if (m.kind != LEDE_MK_NAME || m.tok_end - m.tok_begin < 2 || m.type >= LEDE_ET_DATE)
            continue;
        size_t a = m.tok_end + 1;
        if (!tok_is(d, m.tok_end, '(') || !tok_is(d, a + 1, ')') || !acronym_token(d, a))
            continue;
        /* "Sara Thorsett ( U.S. )" in a results table is no definition */
        if (rs->lex && (lexical_acronym(rs, a) || spelled_from(rs, m.tok_begin, m.tok_end, a) == m.tok_end))
            continue;
        int32_t c = rs->cover[a];
        if (c >= 0) {
            lede_mention *x = &d->mentions.v[c];
            if (x->tok_end - x->tok_begin != 1 || x->kind != LEDE_MK_NAME)
                continue;
            x->kind = LEDE_MK_ACRONYM;
            x->type = m.type;
        } else {
            lede_status st = lede_rs_push(rs, a, a + 1, m.type, m.subtype, LEDE_MK_ACRONYM, m.conf);
            if (st != LEDE_OK)
                return st;
        }
        bool known = false; /* the first definition speaks for later ones */
        for (size_t k = 0; k < rs->n_acros && !known; k++)
            known = same_text(d, rs->acros[k].tok, a);
        if (!known)
            rs->acros[rs->n_acros++] = (lede_rs_acro){(uint32_t)a, m.tok_begin, m.type};
    }
    if (!rs->n_acros)
        return LEDE_OK;
    for (size_t s = 0; s < d->sents.n; s++) {
        if (lede_rs_skipped_para(d, s))
            continue;
        for (size_t i = d->sents.v[s].tok_begin; i < d->sents.v[s].tok_end; i++) {
            if (!acronym_token(d, i))
                continue;
            for (size_t k = 0; k < rs->n_acros; k++) {
                const lede_rs_acro *ac = &rs->acros[k];
                if (ac->tok == i || !same_text(d, ac->tok, i))
                    continue;
                int32_t c = rs->cover[i];
                if (c < 0) {
                    lede_status st = lede_rs_push(rs, i, i + 1, ac->type, LEDE_LOC_NONE, LEDE_MK_ACRONYM, 0.8f);
                    if (st != LEDE_OK)
                        return st;
                } else if (d->mentions.v[c].tok_end - d->mentions.v[c].tok_begin == 1 &&
                           d->mentions.v[c].kind == LEDE_MK_NAME) {
                    d->mentions.v[c].kind = LEDE_MK_ACRONYM;
                }
                break;
            }
        }
    }
    return LEDE_OK;
}

/* ---- typing ---------------------------------------------------------------------- */

/* Last words of multi-word person names, hashed and sorted, so a
 * country-named mention can ask whether it is someone's surname. */
typedef struct surnames { uint64_t *h; size_t n; } surnames;

static int cmp_u64(const void *a, const void *z)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)z;
    return x < y ? -1 : x > y;
}

static surnames collect_surnames(const lede_rs *rs)
{
    const lede_doc *d = rs->d;
    surnames s = {lede_arena_alloc(&rs->ws->arena, (d->mentions.n + 1) * sizeof(uint64_t)), 0};
    if (!s.h)
        return s;
    for (size_t i = 0; i < d->mentions.n; i++) {
        const lede_mention *p = &d->mentions.v[i];
        if (lede_rs_full_person(d, p))
            s.h[s.n++] = lede_rs_hash_tokens(d, p->tok_end - 1, p->tok_end, 0);
    }
    if (s.n > RS_SURNAMES_SMALL) {
        qsort(s.h, s.n, sizeof *s.h, cmp_u64);
        return s;
    }
    for (size_t i = 1; i < s.n; i++) { /* a story names a few people: qsort's setup cost more */
        uint64_t x = s.h[i];
        size_t j = i;
        for (; j > 0 && s.h[j - 1] > x; j--)
            s.h[j] = s.h[j - 1];
        s.h[j] = x;
    }
    return s;
}

/* Is the one-word mention the last word of a person's name in the story
 * ("Jordan" after "Eddie Jordan")? */
static bool surname(const lede_rs *rs, const surnames *sn, const lede_mention *m)
{
    if (m->tok_end - m->tok_begin != 1 || !sn->n)
        return false;
    uint64_t h = lede_rs_hash_tokens(rs->d, m->tok_begin, m->tok_end, 0);
    return bsearch(&h, sn->h, sn->n, sizeof h, cmp_u64) != NULL;
}

/* Lexicon priority: a country name is a LOCATION whatever the tagger said
 * (unless it read a person named like one); a demonym is NORP; cities and
 * subdivisions become LOCATION unless the tagger saw an organisation or a
 * person there (sports clubs, "Lincoln"). */
void lede_rs_type_mentions(lede_rs *rs)
{
    lede_doc *d = rs->d;
    surnames sn = collect_surnames(rs);
    for (size_t i = 0; i < d->mentions.n; i++) {
        lede_mention *m = &d->mentions.v[i];
        const lede_lex_entry *e = rs->lexe[i];
        rs->sense[i] = NULL;
        if (lede_rs_type_by_form(rs, m))
            continue;
        if (!e && lede_rs_type_by_name(rs, m))
            continue;
        if (!e || m->kind != LEDE_MK_NAME)
            continue;
        /* "Jordan" after "Neil Jordan", "Washington" after "MaliVai
         * Washington": the person's short name, whatever the tagger said */
        if ((e->all_classes & (LEDE_LEX_PLACES | LEDE_LEX_DEMONYM)) && surname(rs, &sn, m))
            continue;
        if (e->classes & LEDE_LEX_COUNTRY) {
            if (m->type == LEDE_ET_PERSON && (e->flags & LEDE_LEXF_PERSON))
                continue;
            m->type = LEDE_ET_LOC;
            m->subtype = LEDE_LOC_COUNTRY;
            rs->sense[i] = e;
        } else if (e->classes & LEDE_LEX_DEMONYM) {
            m->type = LEDE_ET_NORP;
            m->subtype = LEDE_LOC_NONE;
            rs->sense[i] = e;
        } else if (e->classes & LEDE_LEX_ORG) {
            /* a known organisation ("Taliban", "NATO") the tagger called
             * something vaguer */
            if ((e->flags & LEDE_LEXF_AMBIG) || m->type == LEDE_ET_PERSON)
                continue;
            m->type = LEDE_ET_ORG;
            rs->sense[i] = e;
        } else if (e->classes & LEDE_LEX_NORP) {
            if (m->type == LEDE_ET_ORG)
                continue;
            m->type = LEDE_ET_NORP;
            rs->sense[i] = e;
        } else if (e->all_classes & LEDE_LEX_PLACES) {
            const lede_lex_entry *s = lede_rs_place_sense(rs, e, LEDE_LEX_PLACES);
            /* "North" is a Cameroonian region only in a story about Cameroon */
            if (!s || ((s->flags & LEDE_LEXF_AMBIG) && !lede_rs_country_known(rs, s->country)))
                continue;
            if (m->type == LEDE_ET_ORG || m->type == LEDE_ET_PERSON || m->type == LEDE_ET_EVENT ||
                m->type == LEDE_ET_WORK || m->type == LEDE_ET_PRODUCT)
                continue;
            m->type = LEDE_ET_LOC;
            m->subtype = (s->classes & LEDE_LEX_CITY)     ? LEDE_LOC_CITY
                         : (s->classes & LEDE_LEX_REGION) ? LEDE_LOC_REGION
                                                          : LEDE_LOC_OTHER;
            rs->sense[i] = s;
        }
    }
}
