package se.coompanion.sesi.domain.survey;

import se.coompanion.sesi.domain.shared.Message;

/**
 * Why a row of the sampling frame is outside the survey population (domain.md, Postal survey: eligibility). Such a
 * unit is kept in the frame, flagged, and gets no response id: it is never mailed and is in no response-rate
 * denominator. (Units found ineligible after contact are a different thing: the disposition NOT_ELIGIBLE.)
 */
public enum ExclusionReason {
    /** Neither an ekonomisk förening nor an ideell förening. */
    LEGAL_FORM,
    /** An ideell förening that the frame says runs no business. */
    NO_BUSINESS_ACTIVITY,
    /** Its municipality lies outside the pre-study's region. */
    OUTSIDE_REGION;

    public Message title() {
        return Message.of(ExclusionReason.class, "exclusion." + name());
    }
}
