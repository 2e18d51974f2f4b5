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
static const char *const event_types[] = {
    "ArtifactExistence.DamageDestroyDisableDismantle.Damage",
    "ArtifactExistence.DamageDestroyDisableDismantle.Destroy",
    "ArtifactExistence.DamageDestroyDisableDismantle.Unspecified",
    "ArtifactExistence.ManufactureAssemble.Unspecified",
    "Cognitive.IdentifyCategorize.Unspecified",
    "Cognitive.Inspection.SensoryObserve",
    "Conflict.Attack.DetonateExplode",
    "Conflict.Attack.Unspecified",
    "Conflict.Defeat.Unspecified",
    "Conflict.Demonstrate.DemonstrateWithViolence",
    "Conflict.Demonstrate.Unspecified",
    "Conflict.Yield.Unspecified",
    "Contact.Agreement.Unspecified",
    "Contact.Contact.Broadcast",
    "Contact.Contact.Correspondence",
    "Contact.Contact.Meet",
    "Contact.Contact.Unspecified",
    "Contact.Prevarication.Unspecified",
    "Contact.RequestCommand.Broadcast",
    "Contact.RequestCommand.Meet",
    "Contact.RequestCommand.Unspecified",
    "Contact.ThreatenCoerce.Broadcast",
    "Contact.ThreatenCoerce.Unspecified",
    "Control.ImpedeInterfereWith.Unspecified",
    "Disaster.Crash.Unspecified",
    "Disaster.DiseaseOutbreak.Unspecified",
    "GenericCrime.GenericCrime.GenericCrime",
    "Government.Formation.Unspecified",
    "Government.Legislate.Unspecified",
    "Government.Spy.Unspecified",
    "Government.Vote.Unspecified",
    "Justice.ArrestJailDetain.Unspecified",
    "Justice.ChargeIndict.Unspecified",
    "Justice.Convict.Unspecified",
    "Justice.InvestigateCrime.Unspecified",
    "Justice.ReleaseParole.Unspecified",
    "Justice.Sentence.Unspecified",
    "Justice.TrialHearing.Unspecified",
    "Life.Die.Unspecified",
    "Life.Injure.Unspecified",
    "Medical.Intervention.Unspecified",
    "Movement.Transportation.Evacuation",
    "Movement.Transportation.IllegalTransportation",
    "Movement.Transportation.Unspecified",
    "Personnel.Elect.Unspecified",
    "Personnel.EndPosition.Unspecified",
    "Personnel.StartPosition.Unspecified",
    "Transaction.Donation.Unspecified",
    "Transaction.ExchangeBuySell.Unspecified",
};

const char *const *lede_event_types(size_t *n)
{
    *n = sizeof event_types / sizeof *event_types;
    return event_types;
}

const char *lede_event_type_intern(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof event_types / sizeof *event_types; i++)
        if (strlen(event_types[i]) == n && memcmp(event_types[i], s, n) == 0)
            return event_types[i];
    return NULL;
}
