package se.coompanion.sesi.domain.stakeholder;

import se.coompanion.sesi.domain.shared.Glossary;
import se.coompanion.sesi.domain.shared.Message;

/**
 * Mitchell, Agle and Wood's (1997) stakeholder classes, from which of the three attributes power (P),
 * legitimacy (L) and urgency (U) a stakeholder has.
 */
public enum SalienceClass {
    /** None of the three. */
    NON_STAKEHOLDER,
    /** P only. */
    DORMANT,
    /** L only. */
    DISCRETIONARY,
    /** U only. */
    DEMANDING,
    /** P and L. */
    DOMINANT,
    /** P and U. */
    DANGEROUS,
    /** L and U. */
    DEPENDENT,
    /** P, L and U. */
    DEFINITIVE;

    /** The class of a combination of the three attributes. */
    public static SalienceClass of(boolean power, boolean legitimacy, boolean urgency) {
        if (power) {
            if (legitimacy) {
                return urgency ? DEFINITIVE : DOMINANT;
            }
            return urgency ? DANGEROUS : DORMANT;
        }
        if (legitimacy) {
            return urgency ? DEPENDENT : DISCRETIONARY;
        }
        return urgency ? DEMANDING : NON_STAKEHOLDER;
    }

    public Message title() {
        return Glossary.term("salience", this);
    }
}
