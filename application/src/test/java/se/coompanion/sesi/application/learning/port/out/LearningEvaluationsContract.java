package se.coompanion.sesi.application.learning.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.testing.PortContract;
import se.coompanion.sesi.domain.learning.Applied;
import se.coompanion.sesi.domain.learning.FollowUp;
import se.coompanion.sesi.domain.learning.ModuleEvaluation;
import se.coompanion.sesi.domain.learning.ModuleKey;
import se.coompanion.sesi.domain.learning.ParticipantCode;
import se.coompanion.sesi.domain.learning.SelfAssessment;

/** The contract of the {@link LearningEvaluations} out-port, for every implementation. */
public abstract class LearningEvaluationsContract extends PortContract {

    private static final Instant NOW = Instant.parse("2024-03-05T08:00:00Z");
    private static final ModuleEvaluation P01_M1 = new ModuleEvaluation(1, new ParticipantCode("P01"),
            new ModuleKey("M1"), Optional.of(5), Optional.of(4), ImmutableList.of(new SelfAssessment(2, 1, 3),
                    new SelfAssessment(1, 2, 4)), FollowUp.NONE.withPlanned(LocalDate.of(2024, 5, 15)));
    private static final ModuleEvaluation P02_M2 = new ModuleEvaluation(1, new ParticipantCode("P02"),
            new ModuleKey("M2"), Optional.empty(), Optional.of(3), ImmutableList.of(), FollowUp.NONE);
    private static final ModuleEvaluation P01_M2 = new ModuleEvaluation(1, new ParticipantCode("P01"),
            new ModuleKey("M2"), Optional.empty(), Optional.empty(), ImmutableList.of(new SelfAssessment(1, 4, 3)),
            FollowUp.NONE);

    private LearningEvaluations evaluations() {
        return ports().learningEvaluations();
    }

    @BeforeEach
    void a_piloted_version() {
        ports().transactions().run(() -> {
            ports().learningProgrammes().add(LearningFixtures.V1, LearningFixtures.modules(), NOW);
            ports().pilotRuns().add(LearningFixtures.PILOT, NOW);
        });
    }

    @Test
    void evaluations_keep_every_level_and_a_follow_up_is_written_as_it_now_is() {
        ports().transactions().run(() -> {
            evaluations().addAll(List.of(P01_M1, P02_M2), NOW);
            evaluations().addAll(List.of(P01_M2), NOW);
        });
        ModuleEvaluation followedUp = P01_M1.withFollowUp(P01_M1.followUp().withDone(LocalDate.of(2024, 5, 2),
                Optional.of(Applied.PARTLY), Optional.of("Använder anbudsmallen")));

        ports().transactions().run(() -> evaluations().updateFollowUp(followedUp));

        assertThat(tx(evaluations()::all)).containsExactly(followedUp, P02_M2, P01_M2);
        assertThat(tx(evaluations()::all).get(0).assessments()).extracting(SelfAssessment::objective)
                .containsExactly(1, 2);
    }

    @Test
    void a_participant_evaluates_a_module_of_a_run_once_and_only_a_module_given_in_it() {
        ports().transactions().run(() -> evaluations().addAll(List.of(P01_M1), NOW));

        assertThatThrownBy(() -> ports().transactions().run(() -> evaluations().addAll(List.of(P01_M1),
                NOW))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ports().transactions().run(() -> evaluations().addAll(List.of(
                new ModuleEvaluation(1, new ParticipantCode("P03"), new ModuleKey("M9"), Optional.of(3),
                        Optional.empty(), ImmutableList.of(), FollowUp.NONE)), NOW))).isNotNull();
        assertThat(tx(evaluations()::all)).containsExactly(P01_M1);
    }
}
