/*
 * types.c - names of entity types and the event types lede can emit.
 * Read-only tables; thread-safe.
 */
#include <string.h>

#include "doc.h"
#include "event_int.h"

static const char *const etype_names[LEDE_ET_COUNT] = {
    [LEDE_ET_NONE] = "NONE",       [LEDE_ET_PERSON] = "PERSON",   [LEDE_ET_ORG] = "ORGANIZATION",
    [LEDE_ET_LOC] = "LOCATION",    [LEDE_ET_NORP] = "NORP",       [LEDE_ET_EVENT] = "EVENT",
    [LEDE_ET_WORK] = "WORK_OF_ART", [LEDE_ET_LAW] = "LAW",        [LEDE_ET_PRODUCT] = "PRODUCT",
    [LEDE_ET_MISC] = "MISC",       [LEDE_ET_DATE] = "DATE",       [LEDE_ET_TIME] = "TIME",
    [LEDE_ET_MONEY] = "MONEY",     [LEDE_ET_PERCENT] = "PERCENT", [LEDE_ET_QUANTITY] = "QUANTITY",
};

const char *lede_etype_name(lede_etype t) { return (unsigned)t < LEDE_ET_COUNT ? etype_names[t] : "NONE"; }

const char *lede_etype_coarse(lede_etype t)
{
    switch (t) {
    case LEDE_ET_PERSON: return "PERSON";
    case LEDE_ET_ORG: return "ORGANIZATION";
    case LEDE_ET_LOC: return "LOCATION";
    case LEDE_ET_NORP: case LEDE_ET_EVENT: case LEDE_ET_WORK: case LEDE_ET_LAW:
    case LEDE_ET_PRODUCT: case LEDE_ET_MISC:
        return "MISC";
    default:
        return NULL;
    }
}

const char *const *lede_entity_types(size_t *n)
{
    *n = LEDE_ET_COUNT - 1;
    return etype_names + 1;
}

/* KAIROS event types as the corpora spell them (WikiEvents), plus the few the
 * RAMS mapping of tools/events/train_events.py adds (Government.*,
 * Personnel.Elect, Disaster.Crash, Contact.Agreement).  Sorted. */
#define EVENT_TYPES(X) \
    X("ArtifactExistence.DamageDestroyDisableDismantle.Damage") \
    X("ArtifactExistence.DamageDestroyDisableDismantle.Destroy") \
    X("ArtifactExistence.DamageDestroyDisableDismantle.Unspecified") \
    X("ArtifactExistence.ManufactureAssemble.Unspecified") \
    X("Cognitive.IdentifyCategorize.Unspecified") \
    X("Cognitive.Inspection.SensoryObserve") \
    X("Conflict.Attack.DetonateExplode") \
    X("Conflict.Attack.Unspecified") \
    X("Conflict.Defeat.Unspecified") \
    X("Conflict.Demonstrate.DemonstrateWithViolence") \
    X("Conflict.Demonstrate.Unspecified") \
    X("Conflict.Yield.Unspecified") \
    X("Contact.Agreement.Unspecified") \
    X("Contact.Contact.Broadcast") \
    X("Contact.Contact.Correspondence") \
    X("Contact.Contact.Meet") \
    X("Contact.Contact.Unspecified") \
    X("Contact.Prevarication.Unspecified") \
    X("Contact.RequestCommand.Broadcast") \
    X("Contact.RequestCommand.Meet") \
    X("Contact.RequestCommand.Unspecified") \
    X("Contact.ThreatenCoerce.Broadcast") \
    X("Contact.ThreatenCoerce.Unspecified") \
    X("Control.ImpedeInterfereWith.Unspecified") \
    X("Disaster.Crash.Unspecified") \
    X("Disaster.DiseaseOutbreak.Unspecified") \
    X("GenericCrime.GenericCrime.GenericCrime") \
    X("Government.Formation.Unspecified") \
    X("Government.Legislate.Unspecified") \
    X("Government.Spy.Unspecified") \
    X("Government.Vote.Unspecified") \
    X("Justice.ArrestJailDetain.Unspecified") \
    X("Justice.ChargeIndict.Unspecified") \
    X("Justice.Convict.Unspecified") \
    X("Justice.InvestigateCrime.Unspecified") \
    X("Justice.ReleaseParole.Unspecified") \
    X("Justice.Sentence.Unspecified") \
    X("Justice.TrialHearing.Unspecified") \
    X("Life.Die.Unspecified") \
    X("Life.Injure.Unspecified") \
    X("Medical.Intervention.Unspecified") \
    X("Movement.Transportation.Evacuation") \
    X("Movement.Transportation.IllegalTransportation") \
    X("Movement.Transportation.Unspecified") \
    X("Personnel.Elect.Unspecified") \
    X("Personnel.EndPosition.Unspecified") \
    X("Personnel.StartPosition.Unspecified") \
    X("Transaction.Donation.Unspecified") \
    X("Transaction.ExchangeBuySell.Unspecified")

#define EVENT_NAME(s) s,
#define EVENT_LEN(s) (uint8_t)(sizeof(s) - 1),
static const char *const event_types[] = {EVENT_TYPES(EVENT_NAME)};
/* their lengths, so interning (once per trigger) compares a byte before
 * calling memcmp, instead of measuring every name */
static const uint8_t event_type_lens[] = {EVENT_TYPES(EVENT_LEN)};

const char *const *lede_event_types(size_t *n)
{
    *n = sizeof event_types / sizeof *event_types;
    return event_types;
}

const char *lede_event_type_intern(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof event_types / sizeof *event_types; i++)
        if (event_type_lens[i] == n && memcmp(event_types[i], s, n) == 0)
            return event_types[i];
    return NULL;
}
