package se.coompanion.sesi.application.learning.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static se.coompanion.sesi.application.learning.port.out.LearningFixtures.PILOT;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.testing.PortContract;
import se.coompanion.sesi.domain.learning.ModuleKey;
import se.coompanion.sesi.domain.learning.PilotRun;
import se.coompanion.sesi.domain.shared.GenderCounts;

/** The contract of the {@link PilotRuns} out-port, for every implementation. */
public abstract class PilotRunsContract extends PortContract {

    private static final Instant NOW = Instant.parse("2024-03-05T08:00:00Z");

    private PilotRuns pilots() {
        return ports().pilotRuns();
    }

    @Test
    void pilot_runs_keep_their_modules_in_the_order_given_and_their_participants_by_gender() {
        PilotRun second = new PilotRun(2, 1, LocalDate.of(2024, 2, 6), ImmutableList.of(new ModuleKey("M1")),
                new GenderCounts(0, 0, 2, 0), Optional.empty());
        ports().transactions().run(() -> {
            ports().learningProgrammes().add(LearningFixtures.V1, LearningFixtures.modules(), NOW);
            pilots().add(PILOT, NOW);
            pilots().add(second, NOW);
        });

        assertThat(tx(pilots()::all)).containsExactly(PILOT, second);
    }
}
