package se.coompanion.sesi.application.learning.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static se.coompanion.sesi.application.learning.port.out.LearningFixtures.M1;
import static se.coompanion.sesi.application.learning.port.out.LearningFixtures.M2;
import static se.coompanion.sesi.application.learning.port.out.LearningFixtures.V1;
import static se.coompanion.sesi.application.learning.port.out.LearningFixtures.V2;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.testing.PortContract;
import se.coompanion.sesi.domain.learning.DeliveryFormat;
import se.coompanion.sesi.domain.learning.LearningModule;
import se.coompanion.sesi.domain.learning.ModuleKey;
import se.coompanion.sesi.domain.learning.Programme;

/** The contract of the {@link LearningProgrammes} out-port, for every implementation. */
public abstract class LearningProgrammesContract extends PortContract {

    private static final Instant NOW = Instant.parse("2024-03-05T08:00:00Z");

    private LearningProgrammes programmes() {
        return ports().learningProgrammes();
    }

    @Test
    void versions_keep_their_modules_in_order_with_objectives_competences_hours_and_adaptations() {
        assertThat(tx(programmes()::all)).isEmpty();
        ports().transactions().run(() -> {
            programmes().add(V1, List.of(), NOW);
            programmes().put(1, M2);
            programmes().put(1, M1);
            programmes().add(V2, List.of(M2, M1), NOW);
        });

        assertThat(tx(programmes()::all)).containsExactly(
                new Programme(V1, ImmutableList.of(M2, M1)), new Programme(V2, ImmutableList.of(M2, M1)));
        assertThat(tx(() -> programmes().require(null)).number()).isEqualTo(2);
    }

    @Test
    void a_changed_module_keeps_its_place_and_a_removed_one_is_gone_from_its_version_only() {
        LearningModule changed = new LearningModule(M1.key(), "Upphandling och anbud", ImmutableList.of("Ett mål"),
                ImmutableSortedSet.of(), DeliveryFormat.CLASSROOM, new BigDecimal("1.5"), ImmutableList.of());
        ports().transactions().run(() -> {
            programmes().add(V1, List.of(M1, M2), NOW);
            programmes().add(V2, List.of(M1, M2), NOW);
            programmes().put(2, changed);
            programmes().remove(2, new ModuleKey("M2"));
            programmes().remove(2, new ModuleKey("M9"));
        });

        assertThat(tx(programmes()::all)).extracting(Programme::modules).containsExactly(ImmutableList.of(M1, M2),
                ImmutableList.of(changed));
    }
}
