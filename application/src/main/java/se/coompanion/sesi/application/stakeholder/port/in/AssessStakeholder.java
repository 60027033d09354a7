package se.coompanion.sesi.application.stakeholder.port.in;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.stakeholder.StakeholderAssessment;

/**
 * Assesses an actor as a stakeholder of the implementation project. A re-assessment adds to the history; the
 * latest by date is the current one.
 */
public interface AssessStakeholder {

    Result assess(Command command);

    /**
     * @param actor     organisationsnummer or key
     * @param power     1-5
     * @param interest  1-5
     * @param attitude  -2 to 2; neutral (0) when null
     * @param salience  the attributes present, e.g. "P,L,U", "L" or "none"; not assessed when null
     * @param candidacy NONE, REFERENCE_GROUP, COOPERATION_PARTNER, CO_FINANCIER, CO_APPLICANT; NONE when null
     * @param rationale why, optional
     * @param date      the day of the assessment; today when null
     */
    record Command(
            @Size(max = 100) String actor,
            int power,
            int interest,
            Integer attitude,
            @Size(max = 40) String salience,
            @Size(max = 40) String candidacy,
            @Size(max = 10_000) String rationale,
            LocalDate date) {
    }

    /**
     * @param actor      the assessed actor
     * @param assessment the new assessment
     * @param previous   the actor's current assessment before this one, if any
     * @param current    false when the new assessment is dated before the current one (it only joins the history)
     */
    record Result(Actor actor, StakeholderAssessment assessment, Optional<StakeholderAssessment> previous,
            boolean current) {
    }
}
