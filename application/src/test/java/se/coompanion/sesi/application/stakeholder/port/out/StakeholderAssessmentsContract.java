package se.coompanion.sesi.application.stakeholder.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSortedSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.testing.PortContract;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.actor.ActorRole;
import se.coompanion.sesi.domain.stakeholder.Attitude;
import se.coompanion.sesi.domain.stakeholder.Candidacy;
import se.coompanion.sesi.domain.stakeholder.SalienceAttributes;
import se.coompanion.sesi.domain.stakeholder.Score;
import se.coompanion.sesi.domain.stakeholder.StakeholderAssessment;

/** The contract of the {@link StakeholderAssessments} out-port, for every implementation. */
public abstract class StakeholderAssessmentsContract extends PortContract {

    private static final Instant NOW = Instant.parse("2024-03-15T08:00:00Z");
    private static final ActorKey REGION = new ActorKey("region-vasternorrland");
    private static final ActorKey KOMMUN = new ActorKey("timra-kommun");

    private StakeholderAssessments assessments() {
        return ports().stakeholderAssessments();
    }

    private static Actor actor(ActorKey key) {
        return new Actor(key, key.value(), Optional.empty(), Optional.empty(), ImmutableSortedSet.of(ActorRole.OTHER),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void every_assessment_is_kept_in_the_order_recorded() {
        ports().transactions().run(() -> ports().actors().addAll(List.of(actor(REGION),
                actor(KOMMUN)), NOW));
        StakeholderAssessment may = new StakeholderAssessment(REGION, LocalDate.of(2024, 5, 2), new Score(5),
                new Score(4), new Attitude(2), Optional.of(new SalienceAttributes(true, false, true)),
                Candidacy.CO_FINANCIER, Optional.of("Medfinansierar gärna"));
        StakeholderAssessment march = new StakeholderAssessment(REGION, LocalDate.of(2024, 3, 1), new Score(4),
                new Score(2), new Attitude(-2), Optional.empty(), Candidacy.NONE, Optional.empty());
        StakeholderAssessment kommun = new StakeholderAssessment(KOMMUN, LocalDate.of(2024, 3, 1), new Score(1),
                new Score(1), new Attitude(0), Optional.of(SalienceAttributes.NONE), Candidacy.REFERENCE_GROUP,
                Optional.empty());

        ports().transactions().run(() -> {
            assessments().add(may, NOW);
            assessments().add(kommun, NOW);
            assessments().add(march, NOW);
        });

        assertThat(tx(assessments()::all)).containsExactly(may, kommun, march);
        assertThat(tx(() -> assessments().of(REGION))).containsExactly(may, march);
        assertThat(tx(() -> assessments().of(new ActorKey("okand")))).isEmpty();
    }
}
