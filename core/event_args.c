/*
 * event_args.c - the participants of each trigger, from the verb's (or the
 * event noun's) arguments rather than proximity: subject (object of a
 * passive), object, "by" agent, prepositional phrases (in/at -> Place,
 * from/to -> Origin/Destination, with -> co-participant, on/against ->
 * Target, of -> the affected), premodifiers and possessors of event nouns
 * ("Taliban attacks", "Washington-Taliban deal"), the subject of a light verb
 * ("carried out an attack") and of attendance ("were present during the
 * meeting").  Slots become KAIROS roles by event type (role_table).
 * Coordinated lists are expanded, "officials from X, Y and Z" adds X, Y, Z,
 * and negation ("No representatives from ...", "did not attend") keeps the
 * participant with present = 0.
 * Owned by the events engineer.  Reentrant; arrays in the workspace arena.
 */
#include <string.h>

#include "event_int.h"

/* Most participants a single trigger may collect (lists can be long). */
#define LEDE_EV_MAX_ARGS_PER_TRIGGER 24
/* How far back (tokens) a subject is looked for. */
#define LEDE_EV_SUBJECT_REACH 40
/* How far (tokens) prepositional arguments are looked for after a trigger. */
#define LEDE_EV_PP_WINDOW 12

typedef struct role_row { const char *prefix; const char *r[EV_SLOTS]; } role_row;
/* AGENT, PATIENT, INSTR, WITH, RECIP, ORIGIN, DEST, PLACE; first matching prefix wins. */
static const role_row role_table[] = {
    {"Conflict.Attack.DetonateExplode", {"Attacker", "Target", "ExplosiveDevice", NULL, NULL, NULL, NULL, "Place"}},
    {"Conflict.Attack", {"Attacker", "Target", "Instrument", "Attacker", NULL, NULL, NULL, "Place"}},
    {"Conflict.Demonstrate", {"Demonstrator", "Target", NULL, "Demonstrator", NULL, NULL, NULL, "Place"}},
    {"Conflict.Yield", {"Yielder", "Recipient", NULL, NULL, "Recipient", "Origin", "Destination", "Place"}},
    {"Conflict.Defeat", {"Victor", "Defeated", NULL, NULL, NULL, NULL, NULL, "Place"}},
    {"Life.Die", {"Killer", "Victim", "Instrument", NULL, NULL, NULL, NULL, "Place"}},
    {"Life.Injure", {"Injurer", "Victim", "Instrument", NULL, NULL, NULL, NULL, "Place"}},
    {"Contact.Contact.Meet", {"Participant", "Participant", NULL, "Participant", "Participant", NULL, NULL, "Place"}},
    {"Contact.Agreement", {"Participant", "Participant", NULL, "Participant", "Participant", NULL, NULL, "Place"}},
    {"Contact", {"Communicator", "Recipient", NULL, "Recipient", "Recipient", NULL, NULL, "Place"}},
    {"Justice.ArrestJailDetain", {"Jailer", "Detainee", NULL, NULL, NULL, NULL, NULL, "Place"}},
    {"Justice.ReleaseParole", {"Jailer", "Detainee", NULL, NULL, NULL, "Origin", NULL, "Place"}},
    {"Justice.ChargeIndict", {"Prosecutor", "Defendant", NULL, NULL, NULL, NULL, NULL, "Place"}},
    {"Justice.TrialHearing", {"Prosecutor", "Defendant", NULL, NULL, NULL, NULL, NULL, "Place"}},
    {"Justice.Convict", {"JudgeCourt", "Defendant", NULL, NULL, NULL, NULL, NULL, "Place"}},
    {"Justice.Sentence", {"JudgeCourt", "Defendant", NULL, NULL, NULL, NULL, NULL, "Place"}},
    {"Justice.InvestigateCrime", {"Investigator", "Defendant", NULL, NULL, NULL, NULL, NULL, "Place"}},
    {"Movement.Transportation", {"Transporter", "PassengerArtifact", "Vehicle", "PassengerArtifact", NULL, "Origin",
                                 "Destination", "Place"}},
    {"Transaction.Donation", {"Giver", "ArtifactMoney", NULL, NULL, "Recipient", NULL, NULL, "Place"}},
    {"Transaction", {"Giver", "AcquiredEntity", "PaymentBarter", NULL, "Recipient", NULL, NULL, "Place"}},
    {"Personnel.EndPosition", {"PlaceOfEmployment", "Employee", NULL, NULL, NULL, NULL, NULL, "Place"}},
    {"Personnel.StartPosition", {"PlaceOfEmployment", "Employee", NULL, NULL, NULL, NULL, NULL, "Place"}},
    {"Personnel.Elect", {"Voter", "Candidate", NULL, NULL, NULL, NULL, NULL, "Place"}},
    {"GenericCrime", {"Perpetrator", "Victim", NULL, NULL, NULL, NULL, NULL, "Place"}},
    {"Control.ImpedeInterfereWith", {"Impeder", "ImpededEvent", NULL, NULL, NULL, NULL, NULL, "Place"}},
    {"Disaster.DiseaseOutbreak", {NULL, "Victim", "Disease", NULL, NULL, NULL, NULL, "Place"}},
    {"Disaster", {NULL, "Victim", "CrashObject", NULL, NULL, NULL, NULL, "Place"}},
    {"ArtifactExistence.DamageDestroyDisableDismantle",
     {"DamagerDestroyer", "Artifact", "Instrument", NULL, NULL, NULL, NULL, "Place"}},
    {"ArtifactExistence.ManufactureAssemble", {"ManufacturerAssembler", "Artifact", NULL, NULL, NULL, NULL, NULL, "Place"}},
    {"Medical", {"Treater", "Patient", "Instrument", NULL, NULL, NULL, NULL, "Place"}},
    {"Cognitive.Inspection", {"Inspector", "InspectedEntity", NULL, NULL, NULL, NULL, NULL, "Place"}},
    {"Cognitive", {"Identifier", "IdentifiedObject", NULL, NULL, NULL, NULL, NULL, "Place"}},
    {"Government.Vote", {"Voter", "Candidate", NULL, NULL, NULL, NULL, NULL, "Place"}},
    {"Government.Legislate", {"GovernmentBody", "Law", NULL, NULL, NULL, NULL, NULL, "Place"}},
    {"Government", {"Participant", "Participant", NULL, "Participant", NULL, NULL, NULL, "Place"}},
    {"", {"Participant", "Participant", NULL, "Participant", "Participant", "Origin", "Destination", "Place"}},
};

/* The roles of the first row whose prefix starts type, NULL if none. */
const char *const *lede_ev_roles_of(const char *type)
{
    for (size_t k = 0; k < sizeof role_table / sizeof *role_table; k++)
        if (strncmp(type, role_table[k].prefix, strlen(role_table[k].prefix)) == 0)
            return role_table[k].r;
    return NULL;
}

const char *lede_ev_role(const char *type, int slot)
{
    const char *const *r = lede_ev_roles_of(type);
    return r ? r[slot] : NULL;
}

uint8_t lede_ev_type_flags(const char *type)
{
    return (strncmp(type, "Movement.", 9) == 0 ? EVT_MOVEMENT : 0) |
           (strncmp(type, "Conflict.Attack", 15) == 0 ? EVT_ATTACK : 0) |
           (strncmp(type, "Contact.", 8) == 0 ? EVT_CONTACT : 0) |
           (strncmp(type, "Contact.Contact.", 16) == 0 ? EVT_CC : 0) |
           (strncmp(type, "Contact.Contact.Meet", 20) == 0 ? EVT_MEET_PREFIX : 0) |
           (strcmp(type, "Contact.Contact.Meet") == 0 ? EVT_MEET : 0) |
           (strncmp(type, "Life.", 5) == 0 || strncmp(type, "Justice.", 8) == 0 ||
                    strncmp(type, "Personnel.", 10) == 0
                ? EVT_PATIENT_PREMOD
                : 0);
}

/* Verbs whose subject undergoes the event ("died", "exploded"). */
static const char *const unaccusative[] = {"die", "perish", "dead", "drown", "collapse", "explode", "crash",
                                          "detonate", "burn", "sink", NULL};
/* Verbs that make an event noun their object's event ("carried out an attack"). */
static const char *const light_verbs[] = {"carried", "carry", "carries", "launched", "launch", "launches",
                                          "staged", "stage", "held", "hold", "holds", "holding", "conducted",
                                          "conduct", "claimed", "mounted", "committed", "signed", "sign",
                                          "reached", "struck", "made", "organized", "organised", "attended",
                                          "attend", "joined", "join", "boycotted", "skipped", "missed",
                                          "renegotiate", "negotiated", "hosted", "host", NULL};
static const char *const absence_verbs[] = {"boycotted", "skipped", "missed", "absent", "boycott", "skip", NULL};
static const char *const include_verbs[] = {"had", "has", "have", "included", "includes", "include", "brought",
                                            "gathered", "drew", "attracted", "involved", "involves", NULL};
static const char *const attend_words[] = {"present", "attended", "attend", "participated", "took", "joined",
                                           "absent", "boycotted", "skipped", "missed", NULL};

/* The lists above are loaded into the lexicon as flags (event_model.c): a
 * token is in one when its lexicon entry has the list's flag. */
void lede_ev_arg_words(void (*add)(void *arg, const char *w, uint8_t flag), void *arg)
{
    static const struct { const char *const *list; uint8_t flag; } lists[] = {
        {light_verbs, EVF_LIGHT}, {attend_words, EVF_ATTEND}, {absence_verbs, EVF_ABSENCE},
        {include_verbs, EVF_INCLUDE}};
    for (size_t k = 0; k < sizeof lists / sizeof *lists; k++)
        for (const char *const *w = lists[k].list; *w; w++)
            add(arg, *w, lists[k].flag);
}

/* Token i is a word of list `flag` (EVF_*). */
static bool word_in(const lede_evctx *c, size_t i, uint8_t flag)
{
    return i < c->d->toks.n && c->lex[i] && (c->lex[i]->flags & flag);
}

/* Asked once per lexicon entry at load (lede_ev_trig_prepare: EVK_UNACC). */
bool lede_ev_unaccusative(const char *lemma)
{
    for (const char *const *w = unaccusative; *w; w++)
        if (strcmp(lemma, *w) == 0)
            return true;
    return false;
}

static lede_evarg *new_arg(lede_evctx *c)
{
    if (c->nargs == c->args_cap) {
        size_t cap = c->args_cap ? c->args_cap * 2 : 256;
        lede_evarg *a = lede_arena_alloc(&c->ws->arena, cap * sizeof *a);
        if (!a)
            return NULL;
        if (c->nargs)
            memcpy(a, c->args, c->nargs * sizeof *a);
        c->args = a;
        c->args_cap = cap;
    }
    return &c->args[c->nargs++];
}


typedef struct job {
    lede_evctx *c;
    uint32_t trig;
    const char *const *roles; /* roles_of the trigger's type, looked up once */
    const lede_sentence *s;
    size_t count;
    bool failed;
    int32_t marked[LEDE_EV_MAX_MARKED];
    size_t nmarked;
    size_t *first;            /* the first real phrase headed in the previous trigger's window */
} job;

/* Adds one span as an argument unless this trigger already has it. */
static void add_span(job *j, int32_t chunk, uint32_t a, uint32_t z, int slot, bool present)
{
    lede_evctx *c = j->c;
    const char *role = j->roles ? j->roles[slot] : NULL;
    if (!role || j->count >= LEDE_EV_MAX_ARGS_PER_TRIGGER)
        return;
    for (size_t k = c->nargs; k-- > 0 && c->args[k].trig == j->trig;)
        if (c->args[k].start < z && a < c->args[k].end) {
            if (!present)
                c->args[k].present = 0;
            return;
        }
    lede_evarg *r = new_arg(c);
    if (!r) {
        j->failed = true;
        return;
    }
    const lede_doc *d = c->d;
    int32_t m = chunk >= 0 ? c->chunks[chunk].mention : -1;
    *r = (lede_evarg){.trig = j->trig, .chunk = chunk, .start = a, .end = z, .role = role, .slot = (uint8_t)slot,
                      .present = present, .entity = m >= 0 ? d->mentions.v[m].entity : -1};
    j->count++;
}

/* The rules' verdict on a whole phrase: its slot, and whether it was absent. */
static void mark(job *j, int32_t ch, int slot, bool present, int via)
{
    lede_evctx *c = j->c;
    if (c->slot_of[ch] < 0) {
        if (j->nmarked == LEDE_EV_MAX_MARKED)
            return;
        j->marked[j->nmarked++] = ch;
        c->slot_of[ch] = (int8_t)slot;
        c->via_of[ch] = (uint8_t)via;
    }
    if (!present)
        c->absent_of[ch] = 1;
}

/* A chunk headed by an event word names an event, not a participant. */
static bool is_trigger_tok(const lede_evctx *c, size_t t) { return c->trig_of[t] >= 0; }

/* "representatives from the US, Pakistan and ...", "officials of X's
 * neighbours — A, B —": the people noun's origin list, one level deep. */
static void add_origin_list(job *j, const lede_evchunk *x, int slot, bool pres, int depth)
{
    lede_evctx *c = j->c;
    size_t yb = x->e + 1;
    while (yb < j->s->tok_end && c->cls[yb] == EC_DET)
        yb++;
    if (depth > 1 || (x->sem != 'P' && x->sem != 'G') || x->pron || yb >= j->s->tok_end ||
        !(lede_ev_tok_is(c, x->e, "from") || lede_ev_tok_is(c, x->e, "of")) || c->chunk_of[yb] < 0)
        return;
    int32_t y = c->chunk_of[yb];
    if (c->chunks[y].poss && y + 1 < (int32_t)c->nchunks)
        y++;
    for (int32_t z = c->chunks[y].list; z >= 0; z = c->chunks[z].next) {
        const lede_evchunk *w = &c->chunks[z];
        if (w->appos >= 0) {
            for (int32_t a = w->appos; a >= 0; a = c->chunks[a].next)
                mark(j, a, slot, pres, VIA_ORIGIN);
        } else {
            mark(j, z, slot, pres, VIA_ORIGIN);
            add_origin_list(j, w, slot, pres, depth + 1);
        }
    }
}

/* A whole chunk (and its coordination, appositive list, and "from/of"
 * complements of a people noun) as arguments. */
static void add_chunk(job *j, int32_t ch, int slot, bool present, int via)
{
    lede_evctx *c = j->c;
    if (ch < 0)
        return;
    const lede_evchunk *k = &c->chunks[ch];
    if (k->sem == 'T' || k->sem == 'E' || is_trigger_tok(c, k->head))
        return; /* times and other events are not participants */
    for (int32_t q = k->list; q >= 0; q = c->chunks[q].next) {
        const lede_evchunk *x = &c->chunks[q];
        bool pres = present && !x->neg;
        mark(j, q, slot, pres, q == ch || via == VIA_ATTEND || via == VIA_INCLUDE ? via : VIA_LIST);
        for (int32_t a = x->appos; a >= 0; a = c->chunks[a].next)
            mark(j, a, slot, pres && !c->chunks[a].neg, VIA_APPOS);
        add_origin_list(j, x, slot, pres, 0);
    }
}

/* The subject of the verb at v: the nearest chunk to its left within the clause,
 * past auxiliaries and adverbs, past "who/which" to its antecedent, past a
 * prepositional modifier to its head ("officials from X met"). */
static int32_t subject_of(const lede_evctx *c, size_t v, size_t sb, bool *neg)
{
    size_t k = v;
    if (v > sb + LEDE_EV_SUBJECT_REACH)
        sb = v - LEDE_EV_SUBJECT_REACH; /* a bounded look back keeps long sentences linear */
    while (k > sb) {
        uint8_t kc = c->cls[k - 1];
        if (kc == EC_ADV || kc == EC_MODAL || kc == EC_BE || kc == EC_AUX || kc == EC_NEG || kc == EC_TIME ||
            (kc == EC_VERB && lede_ev_tok_is(c, k - 1, "got"))) {
            if (kc == EC_NEG)
                *neg = true;
            k--;
            continue;
        }
        if (kc == EC_DASH || lede_ev_tok_is(c, k - 1, ")")) {
            /* an aside between dashes or brackets: continue before it */
            bool paren = kc != EC_DASH;
            size_t q = k - 1;
            while (q > sb && !(paren ? lede_ev_tok_is(c, q - 1, "(") : c->cls[q - 1] == EC_DASH))
                q--;
            if (q <= sb + 1)
                break;
            k = q - 1;
            continue;
        }
        if (kc == EC_REL || (kc == EC_DET && lede_ev_tok_is(c, k - 1, "that"))) {
            k--;
            if (k > sb && c->cls[k - 1] == EC_COMMA)
                k--;
            continue;
        }
        break;
    }
    if (k == sb || c->chunk_of[k - 1] < 0)
        return -1;
    int32_t ch = c->chunk_of[k - 1];
    /* walk back over "X from/of/in Y" to X, and over a list to its first member */
    for (int hops = 0; hops < 3; hops++) {
        const lede_evchunk *x = &c->chunks[c->chunks[ch].list];
        if (x->b >= sb + 2 && c->cls[x->b - 1] == EC_POSS && c->chunk_of[x->b - 2] >= 0) {
            ch = c->chunk_of[x->b - 2]; /* "Afghanistan 's neighbors": go on from the possessor */
            x = &c->chunks[c->chunks[ch].list];
        }
        size_t pb = x->b;
        while (pb > sb && c->cls[pb - 1] == EC_DET)
            pb--;
        if (pb < sb + 2 || c->cls[pb - 1] != EC_PREP || c->chunk_of[pb - 2] < 0)
            break;
        x = &c->chunks[c->chunk_of[pb - 2]];
        (void)x;
        if (!(lede_ev_tok_is(c, pb - 1, "from") || lede_ev_tok_is(c, pb - 1, "of") ||
              lede_ev_tok_is(c, pb - 1, "in") || lede_ev_tok_is(c, pb - 1, "at")))
            break;
        ch = c->chunk_of[pb - 2];
    }
    return c->chunks[ch].list;
}

static bool placeish(const lede_evchunk *k) { return k->sem == 'L' || k->sem == 'F' || k->sem == 'N'; }

/* Prepositional arguments after token `from` up to the clause's end. */
static void pp_args(job *j, size_t from, bool passive, bool verbal)
{
    lede_evctx *c = j->c;
    const lede_sentence *s = j->s;
    uint8_t tf = c->trigs[j->trig].tflags;
    bool move = tf & EVT_MOVEMENT, attack = tf & EVT_ATTACK;
    size_t end = from + LEDE_EV_PP_WINDOW < s->tok_end ? from + LEDE_EV_PP_WINDOW : s->tok_end;
    for (size_t p = from; p + 1 < end; p++) {
        uint8_t kp = c->cls[p];
        if (kp == EC_VERB && p > from + 1)
            break; /* another clause */
        if (kp == EC_REL || (kp == EC_PUNCT && !lede_ev_tok_is(c, p, "(")))
            break;
        if (kp != EC_PREP && kp != EC_TO)
            continue;
        size_t q = p + 1;
        while (q < end && c->cls[q] == EC_DET)
            q++;
        int32_t ch = q < end ? c->chunk_of[q] : -1;
        if (ch < 0)
            continue;
        const lede_evchunk *k = &c->chunks[ch];
        if (k->poss && ch + 1 < (int32_t)c->nchunks)
            k = &c->chunks[++ch];
        if (lede_ev_tok_is(c, p, "by") && (passive || !verbal))
            add_chunk(j, ch, k->sem == 'W' || k->sem == 'V' ? EV_INSTR : EV_AGENT, true, VIA_BY);
        else if ((lede_ev_tok_is(c, p, "in") || lede_ev_tok_is(c, p, "at") || lede_ev_tok_is(c, p, "near") ||
                  lede_ev_tok_is(c, p, "outside") || lede_ev_tok_is(c, p, "inside")) && placeish(k))
            add_chunk(j, ch, EV_PLACE, true, VIA_PP);
        else if (lede_ev_tok_is(c, p, "from") && move)
            add_chunk(j, ch, EV_ORIGIN, true, VIA_PP);
        else if ((lede_ev_tok_is(c, p, "to") || lede_ev_tok_is(c, p, "into") || lede_ev_tok_is(c, p, "toward")) &&
                 move)
            add_chunk(j, ch, EV_DEST, true, VIA_PP);
        else if (lede_ev_tok_is(c, p, "to") && !move && (k->sem == 'P' || k->sem == 'G' || k->pron))
            add_chunk(j, ch, EV_RECIP, true, VIA_PP);
        else if (lede_ev_tok_is(c, p, "with") && k->sem == 'W')
            add_chunk(j, ch, EV_INSTR, true, VIA_PP);
        else if (lede_ev_tok_is(c, p, "with") && (k->sem == 'P' || k->sem == 'G' || k->sem == 'N' || k->pron))
            add_chunk(j, ch, EV_WITH, true, VIA_PP);
        else if ((lede_ev_tok_is(c, p, "on") || lede_ev_tok_is(c, p, "against")) && attack)
            add_chunk(j, ch, EV_PATIENT, true, VIA_PP);
        else if (lede_ev_tok_is(c, p, "of") && !verbal && p == from)
            add_chunk(j, ch, EV_PATIENT, true, VIA_OF);
        p = c->chunks[ch].e - 1;
    }
}

/* The entity whose canonical name is exactly this text, -1.  Only compound
 * parts need it (few per document), so a scan of the entities is fine. */
static int32_t entity_named(const lede_doc *d, const char *s, size_t n)
{
    for (size_t e = 0; e < d->entities.n; e++) {
        const lede_entity *en = &d->entities.v[e];
        if (en->name.n == n && en->name.p && memcmp(en->name.p, s, n) == 0)
            return (int32_t)e;
    }
    return -1;
}

/* Spans of a compound premodifier: "Washington-Taliban" gives two names. */
static void add_compound(job *j, size_t t, int slot)
{
    const lede_doc *d = j->c->d;
    const lede_token *tk = &d->toks.v[t];
    const char *s = d->text;
    uint32_t a = tk->start;
    for (uint32_t k = tk->start; k <= tk->end; k++) {
        if (k == tk->end || s[k] == '-') {
            unsigned char ch = (unsigned char)s[a];
            if (k > a && ((ch >= 'A' && ch <= 'Z') || ch >= 0xC0 || (tk->flags & LEDE_TF_DIGIT) == 0)) {
                size_t before = j->c->nargs;
                add_span(j, -1, a, k, slot, true);
                if (j->c->nargs > before)
                    j->c->args[before].entity = entity_named(d, s + a, k - a);
            }
            a = k + 1;
        }
    }
}

/* "Washington-Taliban": capitalised names joined by a hyphen. */
static bool joined_names(const lede_doc *d, size_t t)
{
    const lede_token *tk = &d->toks.v[t];
    const char *s = d->text + tk->start;
    size_t n = tk->end - tk->start;
    const char *h = memchr(s, '-', n);
    return h && h + 1 < s + n && h[1] >= 'A' && h[1] <= 'Z' && s[0] >= 'A' && s[0] <= 'Z';
}

/* A premodifier token of an event noun as a one-token phrase for the classifier. */
static void premod_phrase(job *j, size_t t, int slot)
{
    lede_evctx *c = j->c;
    const lede_doc *d = c->d;
    if (c->nchunks >= 2 * (d->toks.n + 1))
        return;
    int32_t id = (int32_t)c->nchunks++;
    lede_evchunk *ch = &c->chunks[id];
    int32_t m = d->toks.v[t].mention;
    *ch = (lede_evchunk){.b = (uint32_t)t, .e = (uint32_t)t + 1, .head = (uint32_t)t, .mention = -1, .list = id,
                         .next = -1, .appos = -1};
    if (m >= 0 && d->mentions.v[m].kind != LEDE_MK_VALUE) {
        uint8_t mt = d->mentions.v[m].type;
        ch->mention = m;
        ch->sem = mt == LEDE_ET_PERSON ? 'P' : mt == LEDE_ET_ORG ? 'G' : mt == LEDE_ET_LOC ? 'L' : 'N';
    } else {
        ch->sem = c->cls[t] == EC_PROPN ? 'N' : c->ncls[t];
    }
    c->slot_of[id] = -1;
    c->absent_of[id] = 0;
    mark(j, id, ch->sem == 'L' ? EV_PLACE : slot, true, VIA_PREMOD);
}

static int premod_slot(const lede_evtrigger *g) { return g->tflags & EVT_PATIENT_PREMOD ? EV_PATIENT : EV_AGENT; }

static void verbal_args(job *j, const lede_evtrigger *g)
{
    lede_evctx *c = j->c;
    const lede_sentence *s = j->s;
    size_t v = g->tok;
    bool neg = g->negated;
    bool unacc = g->kind & EVK_UNACC; /* lede_ev_unaccusative(g->lemma), asked at load */
    int32_t subj = subject_of(c, v, s->tok_begin, &neg);
    /* object: past particles and adverbs */
    size_t o = v + 1;
    while (o < s->tok_end && (c->cls[o] == EC_ADV || lede_ev_tok_is(c, o, "up") || lede_ev_tok_is(c, o, "out") ||
                              lede_ev_tok_is(c, o, "off") || lede_ev_tok_is(c, o, "down")))
        o++;
    int32_t obj = o < s->tok_end && c->cls[o] != EC_PREP ? c->chunk_of[o] : -1;
    if (obj >= 0 && c->chunks[obj].b != o && !(o > 0 && c->cls[o - 1] == EC_DET))
        obj = c->chunk_of[o];
    /* “...,” said the source: an inverted reporting clause */
    bool inverted = (g->tflags & EVT_CONTACT) && v > s->tok_begin &&
                    (c->cls[v - 1] == EC_QUOTE || c->cls[v - 1] == EC_COMMA);
    if (inverted) {
        add_chunk(j, obj, EV_AGENT, !neg, VIA_INVERTED);
        obj = -1;
    } else if (g->passive) {
        add_chunk(j, subj, EV_PATIENT, !neg, VIA_SUBJ);
    } else if (unacc && obj < 0) {
        int slot = g->tflags & EVT_ATTACK ? EV_INSTR : EV_PATIENT;
        add_chunk(j, subj, slot, !neg, VIA_UNACC);
    } else {
        add_chunk(j, subj, EV_AGENT, !neg, VIA_SUBJ);
    }
    if (obj >= 0 && !g->passive)
        add_chunk(j, obj, EV_PATIENT, !neg, VIA_OBJ);
    pp_args(j, obj >= 0 ? c->chunks[obj].e : o, g->passive, true);
}

static void nominal_args(job *j, const lede_evtrigger *g)
{
    lede_evctx *c = j->c;
    const lede_sentence *s = j->s;
    size_t t = g->tok;
    int32_t ch = c->chunk_of[t];
    int pslot = premod_slot(g);
    if (ch >= 0) {
        const lede_evchunk *k = &c->chunks[ch];
        /* premodifiers: "Taliban attacks" (a phrase of their own for the
         * classifier), "Washington-Taliban deal" (two parties, always kept) */
        for (size_t q = k->b; q < t; q++)
            if (c->cls[q] == EC_PROPN || c->ncls[q] == 'P' || c->ncls[q] == 'G') {
                if (joined_names(c->d, q))
                    add_compound(j, q, pslot);
                else
                    premod_phrase(j, q, pslot);
            }
        /* possessor: "the Taliban's attack" */
        size_t b = k->b;
        while (b > s->tok_begin && c->cls[b - 1] == EC_DET)
            b--;
        if (b > s->tok_begin + 1 && c->cls[b - 1] == EC_POSS && c->chunk_of[b - 2] >= 0)
            add_chunk(j, c->chunk_of[b - 2], pslot, true, VIA_POSS);
        /* subject of a light verb ("carried out an attack", "attended the meeting") */
        size_t v = b;
        while (v > s->tok_begin && v + 6 > b &&
               (c->cls[v - 1] == EC_ADV || lede_ev_tok_is(c, v - 1, "out") || c->cls[v - 1] == EC_PREP ||
                c->cls[v - 1] == EC_DET))
            v--;
        if (v > s->tok_begin && (word_in(c, v - 1, EVF_LIGHT) || word_in(c, v - 1, EVF_ATTEND))) {
            bool neg = false;
            bool absent = word_in(c, v - 1, EVF_ABSENCE);
            int32_t sj = subject_of(c, v - 1, s->tok_begin, &neg);
            int slot = g->tflags & EVT_MEET_PREFIX ? EV_WITH : EV_AGENT;
            add_chunk(j, sj, slot, !neg && !absent, word_in(c, v - 1, EVF_ATTEND) ? VIA_ATTEND : VIA_LIGHT);
        }
        /* "the conference had representatives from ..." */
        size_t e = k->e;
        if (e < s->tok_end && word_in(c, e, EVF_INCLUDE) && e + 1 < s->tok_end) {
            size_t o = e + 1;
            while (o < s->tok_end && c->cls[o] == EC_DET)
                o++;
            if (o < s->tok_end)
                add_chunk(j, c->chunk_of[o], EV_WITH, true, VIA_INCLUDE);
        }
        pp_args(j, e, false, false);
    } else {
        pp_args(j, t + 1, false, false);
    }
}

/* Adjectival triggers: "three were dead", "the dead soldiers". */
static void adjective_args(job *j, const lede_evtrigger *g)
{
    lede_evctx *c = j->c;
    bool neg = false;
    size_t t = g->tok;
    if (t + 1 < j->s->tok_end && c->chunk_of[t + 1] >= 0 && c->chunk_of[t + 1] == c->chunk_of[t])
        add_chunk(j, c->chunk_of[t], EV_PATIENT, true, VIA_ADJ);
    else
        add_chunk(j, subject_of(c, t, j->s->tok_begin, &neg), EV_PATIENT, !neg, VIA_ADJ);
}

/* The role of a phrase the rules did not place: by side and preposition. */
static int fallback_slot(const lede_evctx *c, const lede_evtrigger *g, const lede_evchunk *k)
{
    size_t pb = k->b;
    while (pb > 0 && c->cls[pb - 1] == EC_DET)
        pb--;
    bool loc = k->sem == 'L' || k->sem == 'F';
    if (loc && pb > 0 && (lede_ev_tok_is(c, pb - 1, "in") || lede_ev_tok_is(c, pb - 1, "at") ||
                          lede_ev_tok_is(c, pb - 1, "near")))
        return EV_PLACE;
    if (k->head < g->tok)
        return g->passive ? EV_PATIENT : EV_AGENT;
    return EV_PATIENT;
}

static bool strong_slot(const lede_evctx *c, int32_t ch) { return lede_ev_strong(c, ch); }

/* Adds candidate phrase ch when chosen (`take`: the classifier's verdict,
 * or the rules' when no classifier is loaded). */
static void consider(job *j, int32_t ch, bool take)
{
    lede_evctx *c = j->c;
    const lede_evtrigger *g = &c->trigs[j->trig];
    const lede_evchunk *k = &c->chunks[ch];
    int slot = c->slot_of[ch];
    if (c->dump) {
        char buf[LEDE_EV_FEAT_BUF];
        const char *feats[LEDE_EV_MAX_FEATS];
        size_t nf = lede_ev_features(c, g, ch, slot, buf, feats);
        c->dump(c->dump_arg, c, j->trig, ch, feats, nf);
    }
    if (!take)
        return;
    const char *const *roles = j->roles;
    if (slot < 0 || !roles || !roles[slot])
        slot = fallback_slot(c, g, k);
    if (!roles || !roles[slot])
        slot = k->head < g->tok ? EV_AGENT : EV_PATIENT;
    if (!roles || !roles[slot])
        slot = slot == EV_AGENT ? EV_PATIENT : EV_AGENT;
    const lede_doc *d = c->d;
    add_span(j, ch, d->toks.v[k->b].start, d->toks.v[k->e - 1].end, slot, !k->neg && !c->absent_of[ch]);
}


/* A trigger's candidates in order (cand), whether the classifier decides
 * each (need), and those it scores (scored). */
typedef struct candlist {
    int32_t cand[LEDE_EV_MAX_CANDS], scored[LEDE_EV_MAX_CANDS];
    bool need[LEDE_EV_MAX_CANDS];
    size_t n, ns;
} candlist;

/* Adds phrase ch unless it is a time or an event phrase. */
static inline void push_cand(const lede_evctx *c, int32_t ch, bool has_args, candlist *cl)
{
    const lede_evchunk *k = &c->chunks[ch];
    if (k->sem == 'T' || is_trigger_tok(c, k->head))
        return;
    bool need = has_args && !strong_slot(c, ch);
    cl->need[cl->n] = need;
    cl->cand[cl->n++] = ch;
    if (need)
        cl->scored[cl->ns++] = ch;
}

/* The rules' marks of this trigger undone for the next. */
static void unmark(job *j)
{
    for (size_t m = 0; m < j->nmarked; m++) {
        j->c->slot_of[j->marked[m]] = -1;
        j->c->absent_of[j->marked[m]] = 0;
    }
}

/* Candidates: phrases within LEDE_EV_CAND_WINDOW tokens in the trigger's
 * sentence and its neighbours, and whatever the rules marked; times and
 * event phrases are none.  The classifier scores them all at once
 * (lede_ev_take_all), then they are added in that order. */
static void choose(job *j)
{
    lede_evctx *c = j->c;
    const lede_doc *d = c->d;
    const lede_evtrigger *g = &c->trigs[j->trig];
    size_t sb = d->sents.v[g->sent > 0 ? g->sent - 1 : 0].tok_begin;
    size_t se = d->sents.v[g->sent + 1 < d->sents.n ? g->sent + 1 : g->sent].tok_end;
    size_t lo = g->tok > LEDE_EV_CAND_WINDOW ? g->tok - LEDE_EV_CAND_WINDOW : 0;
    size_t hi = g->tok + LEDE_EV_CAND_WINDOW + 1;
    lo = lo > sb ? lo : sb;
    hi = hi < se ? hi : se;
    /* candidates in order, without times and event phrases; the classifier
     * scores those the rules do not keep outright (strong expansions) */
    candlist cl;
    cl.n = cl.ns = 0;
    bool has_args = lede_evmodel_has_args(c->em), verdict[LEDE_EV_MAX_CANDS];
    /* the real phrases headed in [lo, hi): their heads rise with their
     * index (one pass per sentence, left to right), and so does lo with
     * the triggers (in text order), so the first is found by going on from
     * the previous trigger's first; the rest follow it */
    size_t a = *j->first;
    while (a < c->nreal && c->chunks[a].head < lo)
        a++;
    *j->first = a;
    if (has_args && !c->dump) {
        /* the service: each candidate decided and added as it comes, in the
         * same order (a verdict depends on the rules' marks, not on what was
         * added before it) */
        lede_evscorer sc;
        lede_ev_scorer_init(c, g, &sc);
        int32_t taken[LEDE_EV_MAX_CANDS];
        size_t nt = lede_ev_taken(c, &sc, a, lo, hi, j->marked, j->nmarked, taken);
        for (size_t i = 0; i < nt; i++)
            consider(j, taken[i], true);
        unmark(j);
        return;
    }
    /* the trainer's dump (every candidate with its verdict), or no classifier */
    for (; a < c->nreal && c->chunks[a].head < hi; a++)
        push_cand(c, (int32_t)a, has_args, &cl);
    for (size_t m = 0; m < j->nmarked; m++) {
        int32_t ch = j->marked[m];
        size_t h = c->chunks[ch].head;
        if (h < lo || h >= hi || (size_t)ch >= c->nreal)
            push_cand(c, ch, has_args, &cl);
    }
    lede_ev_take_all(c, g, cl.scored, cl.ns, verdict);
    for (size_t i = 0, q = 0; i < cl.n; i++) {
        int32_t ch = cl.cand[i];
        /* without a classifier the rules decide; with one, what it says of
         * the phrases it scored, and the rules' strong expansions */
        bool take = !has_args ? c->slot_of[ch] >= 0 : cl.need[i] ? verdict[q++] : true;
        if (take || c->dump)
            consider(j, ch, take);
    }
    unmark(j);
}

lede_status lede_ev_args(lede_evctx *c)
{
    if (c->ntrigs == 0)
        return LEDE_OK; /* no trigger, no participant */
    size_t cap = 2 * (c->d->toks.n + 1); /* real phrases and premodifier pseudo-phrases */
    c->slot_of = lede_arena_alloc(&c->ws->arena, cap);
    c->absent_of = lede_arena_alloc(&c->ws->arena, cap);
    c->via_of = lede_arena_alloc(&c->ws->arena, cap);
    if (!c->slot_of || !c->absent_of || !c->via_of)
        return lede_fail(c->ws, LEDE_ERR_NOMEM, "out of memory collecting event participants");
    /* the real phrases; a premodifier's pseudo-phrase sets its own when made */
    memset(c->slot_of, -1, c->nreal);
    memset(c->absent_of, 0, c->nreal);
    size_t first = 0; /* choose()'s window start, rising with the triggers */
    for (size_t k = 0; k < c->ntrigs; k++) {
        const lede_evtrigger *g = &c->trigs[k];
        job j; /* field by field: marked[] is read only below nmarked, so it is not zeroed */
        j.c = c;
        j.trig = (uint32_t)k;
        j.roles = lede_evmodel_roles(c->em, g->type_id, g->type);
        j.s = &c->d->sents.v[g->sent];
        j.count = 0;
        j.failed = false;
        j.nmarked = 0;
        j.first = &first;
        if (g->verbal)
            verbal_args(&j, g);
        else if (c->cls[g->tok] == EC_ADJ)
            adjective_args(&j, g);
        else
            nominal_args(&j, g);
        choose(&j);
        if (j.failed)
            return lede_fail(c->ws, LEDE_ERR_NOMEM, "out of memory collecting event participants");
        if ((k & 255) == 255) {
            lede_status st = lede_check_deadline(c->ws);
            if (st != LEDE_OK)
                return st;
        }
    }
    return LEDE_OK;
}
