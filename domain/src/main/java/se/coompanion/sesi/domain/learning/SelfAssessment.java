package se.coompanion.sesi.domain.learning;

import se.coompanion.sesi.domain.shared.Message;

/**
 * Kirkpatrick level 2 for one learning objective: the participant's self-assessed level before and after the module,
 * each 1-5. Gain = after - before (from -4 to 4).
 *
 * @param objective the objective's number in the module, from 1
 * @param before    the level before, 1-5
 * @param after     the level after, 1-5
 */
public record SelfAssessment(int objective, int before, int after) {

    public SelfAssessment {
        if (objective < 1) {
            throw new IllegalArgumentException("objectives are numbered from 1: " + objective);
        }
        Scale.check(Message.of(SelfAssessment.class, "field.before", objective), before);
        Scale.check(Message.of(SelfAssessment.class, "field.after", objective), after);
    }

    public int gain() {
        return after - before;
    }
}
