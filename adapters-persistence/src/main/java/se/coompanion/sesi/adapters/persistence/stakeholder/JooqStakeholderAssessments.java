package se.coompanion.sesi.adapters.persistence.stakeholder;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.ACTOR;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.STAKEHOLDER_ASSESSMENT;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import se.coompanion.sesi.application.stakeholder.port.out.StakeholderAssessments;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.stakeholder.Attitude;
import se.coompanion.sesi.domain.stakeholder.Candidacy;
import se.coompanion.sesi.domain.stakeholder.SalienceAttributes;
import se.coompanion.sesi.domain.stakeholder.Score;
import se.coompanion.sesi.domain.stakeholder.StakeholderAssessment;

/** Stakeholder assessments in table {@code stakeholder_assessment}, in the order recorded (by id). */
public final class JooqStakeholderAssessments implements StakeholderAssessments {

    private final DSLContext dsl;

    public JooqStakeholderAssessments(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(StakeholderAssessment a, Instant recordedAt) {
        Optional<SalienceAttributes> salience = a.salience();
        dsl.insertInto(STAKEHOLDER_ASSESSMENT)
                .set(STAKEHOLDER_ASSESSMENT.ACTOR_ID, DSL.select(ACTOR.ID).from(ACTOR)
                        .where(ACTOR.ACTOR_KEY.eq(a.actor().value())))
                .set(STAKEHOLDER_ASSESSMENT.ASSESSED_ON, a.assessedOn())
                .set(STAKEHOLDER_ASSESSMENT.POWER_SCORE, a.power().value())
                .set(STAKEHOLDER_ASSESSMENT.INTEREST_SCORE, a.interest().value())
                .set(STAKEHOLDER_ASSESSMENT.ATTITUDE, a.attitude().value())
                .set(STAKEHOLDER_ASSESSMENT.SALIENCE_POWER, salience.map(SalienceAttributes::power).orElse(null))
                .set(STAKEHOLDER_ASSESSMENT.SALIENCE_LEGITIMACY, salience.map(SalienceAttributes::legitimacy)
                        .orElse(null))
                .set(STAKEHOLDER_ASSESSMENT.SALIENCE_URGENCY, salience.map(SalienceAttributes::urgency).orElse(null))
                .set(STAKEHOLDER_ASSESSMENT.CANDIDACY, a.candidacy().name())
                .set(STAKEHOLDER_ASSESSMENT.RATIONALE, a.rationale().orElse(null))
                .set(STAKEHOLDER_ASSESSMENT.RECORDED_AT, recordedAt.atOffset(ZoneOffset.UTC))
                .execute();
    }

    @Override
    public List<StakeholderAssessment> all() {
        return assessments(DSL.noCondition());
    }

    @Override
    public List<StakeholderAssessment> of(ActorKey actor) {
        return assessments(ACTOR.ACTOR_KEY.eq(actor.value()));
    }

    private List<StakeholderAssessment> assessments(Condition condition) {
        return dsl.select(STAKEHOLDER_ASSESSMENT.fields()).select(ACTOR.ACTOR_KEY)
                .from(STAKEHOLDER_ASSESSMENT).join(ACTOR).on(ACTOR.ID.eq(STAKEHOLDER_ASSESSMENT.ACTOR_ID))
                .where(condition)
                .orderBy(STAKEHOLDER_ASSESSMENT.ID)
                .fetch(JooqStakeholderAssessments::toAssessment);
    }

    private static StakeholderAssessment toAssessment(Record r) {
        var a = STAKEHOLDER_ASSESSMENT;
        Optional<SalienceAttributes> salience = r.get(a.SALIENCE_POWER) == null ? Optional.empty()
                : Optional.of(new SalienceAttributes(r.get(a.SALIENCE_POWER), r.get(a.SALIENCE_LEGITIMACY),
                        r.get(a.SALIENCE_URGENCY)));
        return new StakeholderAssessment(new ActorKey(r.get(ACTOR.ACTOR_KEY)), r.get(a.ASSESSED_ON),
                new Score(r.get(a.POWER_SCORE)), new Score(r.get(a.INTEREST_SCORE)), new Attitude(r.get(a.ATTITUDE)),
                salience, Candidacy.valueOf(r.get(a.CANDIDACY)), Optional.ofNullable(r.get(a.RATIONALE)));
    }
}
