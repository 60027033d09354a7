package se.coompanion.sesi.domain.stakeholder;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.TextField;

/**
 * One dated assessment of an actor as a stakeholder of the implementation project. A re-assessment is a new
 * assessment: the history is kept and the latest counts (stakeholders move between quadrants). The quadrant and
 * the salience class are computed, never stored.
 *
 * @param actor      the assessed actor
 * @param assessedOn the day of the assessment
 * @param power      power over the project, 1-5
 * @param interest   interest in the project, 1-5
 * @param attitude   -2 (opposes) to +2 (champions)
 * @param salience   Mitchell, Agle and Wood's attributes; empty when not assessed
 * @param candidacy  the part the actor could take in the implementation project
 * @param rationale  why, in words
 */
public record StakeholderAssessment(ActorKey actor, LocalDate assessedOn, Score power, Score interest,
        Attitude attitude, Optional<SalienceAttributes> salience, Candidacy candidacy, Optional<String> rationale) {

    public static final int MAX_RATIONALE = 4000;

    public StakeholderAssessment {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(assessedOn, "assessedOn");
        Objects.requireNonNull(power, "power");
        Objects.requireNonNull(interest, "interest");
        Objects.requireNonNull(attitude, "attitude");
        Objects.requireNonNull(salience, "salience");
        Objects.requireNonNull(candidacy, "candidacy");
        rationale = TextField.optional(Message.of(StakeholderAssessment.class, "field.rationale"), rationale,
                MAX_RATIONALE);
    }

    /** Mendelow's quadrant from power and interest. */
    public Quadrant quadrant() {
        return Quadrant.of(power, interest);
    }

    /** The salience class, when the attributes were assessed. */
    public Optional<SalienceClass> salienceClass() {
        return salience.map(SalienceAttributes::salienceClass);
    }
}
