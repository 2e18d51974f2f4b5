/*
 * types.c - names of entity types and the event types lede can emit.
 * Read-only tables; thread-safe.
 */
#include "doc.h"

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

static const char *const event_types[] = {
    "ArtifactExistence.DamageDestroyDisableDismantle.Unspecified",
    "Cognitive.IdentifyCategorize.Unspecified",
    "Conflict.Attack.DetonateExplode",
    "Conflict.Attack.Unspecified",
    "Conflict.Defeat.Unspecified",
    "Conflict.Demonstrate.Unspecified",
    "Contact.Contact.Broadcast",
    "Contact.Contact.Correspondence",
    "Contact.Contact.Meet",
    "Contact.Contact.Unspecified",
    "Contact.Prevarication.Unspecified",
    "Contact.ThreatenCoerce.Unspecified",
    "Contact.Agreement.Unspecified",
    "Control.ImpedeInterfereWith.Unspecified",
    "Disaster.DiseaseOutbreak.Unspecified",
    "GenericCrime.GenericCrime.GenericCrime",
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
    "Movement.Transportation.Unspecified",
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
