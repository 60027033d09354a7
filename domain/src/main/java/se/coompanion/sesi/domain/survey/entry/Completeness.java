package se.coompanion.sesi.domain.survey.entry;

import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.Disposition;

/**
 * How much of a returned form was answered (domain.md, Postal survey: data entry), counted over the questions the
 * form shows for its own answers (a question hidden by its show-if condition does not count):
 * <ul>
 * <li>{@link #COMPLETE}: every required question that is shown is answered;</li>
 * <li>{@link #PARTIAL}: at least one required question that is shown is empty, and at least half of the shown
 *     questions are answered ({@code 2 x answered >= shown});</li>
 * <li>{@link #BREAK_OFF}: a required question that is shown is empty and fewer than half of the shown questions are
 *     answered: not a usable return. AAPOR counts such a break-off as a refusal (R).</li>
 * </ul>
 */
public enum Completeness {
    COMPLETE, PARTIAL, BREAK_OFF;

    /** The AAPOR disposition the completeness gives the unit: I, P, or R for a break-off. */
    public Disposition disposition() {
        return switch (this) {
            case COMPLETE -> Disposition.COMPLETE;
            case PARTIAL -> Disposition.PARTIAL;
            case BREAK_OFF -> Disposition.REFUSAL;
        };
    }

    /** True for a usable return (complete or partial), whose answers may enter the analysis. */
    public boolean isUsable() {
        return this != BREAK_OFF;
    }

    /**
     * The completeness of a form.
     *
     * @param shown            the questions shown for its answers
     * @param answered         how many of them are answered
     * @param requiredUnanswered how many required questions that are shown are empty
     */
    public static Completeness of(int shown, int answered, int requiredUnanswered) {
        if (shown < 0 || answered < 0 || requiredUnanswered < 0 || answered > shown
                || requiredUnanswered > shown - answered) {
            throw new IllegalArgumentException("shown " + shown + ", answered " + answered + ", required unanswered "
                    + requiredUnanswered);
        }
        if (requiredUnanswered == 0) {
            return COMPLETE;
        }
        return 2L * answered >= shown ? PARTIAL : BREAK_OFF;
    }

    public Message title() {
        return Message.of(Completeness.class, "completeness." + name());
    }

    /** "3 complete", "2 partial", "1 break-off(s)". */
    public Message count(long forms) {
        return Message.of(Completeness.class, "count." + name(), forms);
    }
}
