package se.coompanion.sesi.domain.survey.entry;

import se.coompanion.sesi.domain.shared.Message;

/** Where a keyed form stands on its way into the analysis. */
public enum FormState {
    /** Its data are settled and it is a return (complete or partial): its answers are analysed and exported. */
    USABLE,
    /** Double entry is on and only one pass has been keyed. */
    AWAITING_SECOND_PASS,
    /** Both passes are keyed and at least one disagreement between them is not resolved. */
    OPEN_DISAGREEMENTS,
    /** Its data are settled, but fewer than half of its shown questions are answered: a break-off, not analysed. */
    BREAK_OFF,
    /** Its unit's disposition was changed by hand to one that is no return (for example NOT_ELIGIBLE). */
    NOT_A_RETURN;

    public Message title() {
        return Message.of(FormState.class, "state." + name());
    }

    /** "3 in the analysis", "2 with unresolved disagreements". */
    public Message count(long forms) {
        return Message.of(FormState.class, "count." + (this == BREAK_OFF ? "BREAK_OFF_FORMS" : name()), forms);
    }
}
