package se.coompanion.sesi.domain.implementation;

import se.coompanion.sesi.domain.shared.Message;

/** What the check of a draft finds missing, in the order it lists them (docs/implementation.md, "The check"). */
public enum GapKind {
    /** An aim, target group, activity or partner that no evidence that resolves supports. */
    UNSUPPORTED_CLAIM,
    /** A piece of evidence a claim cites (directly or through a recommendation) that no longer resolves. */
    BROKEN_EVIDENCE,
    /** A prioritised need (a theme raised with high priority) that no activity rests on. */
    NEED_UNANSWERED,
    /** One of the five largest competence gaps that no activity rests on or trains. */
    GAP_UNANSWERED,
    /** A county of the region without a partner. */
    COUNTY_WITHOUT_PARTNER,
    /** A municipality of the region without a partner. */
    MUNICIPALITY_WITHOUT_PARTNER,
    /** An indicator without a baseline, or whose baseline gives no value. */
    INDICATOR_WITHOUT_BASELINE,
    /** An indicator without a target. */
    INDICATOR_WITHOUT_TARGET,
    /** A horizontal principle that no activity answers. */
    PRINCIPLE_WITHOUT_ACTIVITY,
    /** An activity still proposed: neither accepted, merged nor dropped. */
    ACTIVITY_UNDECIDED,
    /** An activity without an output. */
    ACTIVITY_WITHOUT_OUTPUT,
    /** An activity without a short- or long-term result. */
    ACTIVITY_WITHOUT_RESULT,
    /** A module an activity trains with that the learning programme does not have. */
    MODULE_MISSING,
    /** A part of the application with nothing in it: aims, activities, partners or risks. */
    SECTION_EMPTY;

    public Message title() {
        return Message.of(GapKind.class, "kind." + name());
    }
}
