package se.coompanion.sesi.application.synthesis.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.testing.PortContract;
import se.coompanion.sesi.domain.needs.Priority;
import se.coompanion.sesi.domain.synthesis.EvidenceReference;
import se.coompanion.sesi.domain.synthesis.Recommendation;
import se.coompanion.sesi.domain.synthesis.RecordedRecommendation;

/** The contract of the {@link Recommendations} out-port, for every implementation. */
public abstract class RecommendationsContract extends PortContract {

    private static final Instant NOW = Instant.parse("2024-10-01T08:00:00Z");

    private Recommendations recommendations() {
        return ports().recommendations();
    }

    private static Recommendation recommendation(String statement, String... evidence) {
        return Recommendation.of(statement, Priority.MEDIUM, Optional.empty(),
                List.of(evidence).stream().map(EvidenceReference::parse).toList());
    }

    @Test
    void recommendations_are_numbered_in_order_and_keep_every_reference_in_the_order_cited() {
        Recommendation first = Recommendation.of("Bygg en regional stödstruktur", Priority.HIGH,
                Optional.of("Tre källor pekar åt samma håll"), List.of(
                        EvidenceReference.parse("survey:stodstruktur/23"),
                        EvidenceReference.parse("need:OTHER: Bostäder"),
                        EvidenceReference.parse("need:2281/WORK_INTEGRATION"), EvidenceReference.parse("finding:3"),
                        EvidenceReference.parse("seminar:1/2"), EvidenceReference.parse("borich:public_procurement"),
                        EvidenceReference.parse("pilot:1/M1"), EvidenceReference.parse("partner:sundsvalls-kommun")));
        Recommendation second = recommendation("Lärprogram om upphandling", "borich:public_procurement");

        RecordedRecommendation one = tx(() -> recommendations().add(first, NOW));
        RecordedRecommendation two = tx(() -> recommendations().add(second, NOW.plusSeconds(60)));

        assertThat(one.number()).isEqualTo(1);
        assertThat(two.number()).isEqualTo(2);
        assertThat(tx(recommendations()::all)).containsExactly(one, two);
        assertThat(tx(recommendations()::all).get(0).recommendation()).isEqualTo(first);
        assertThat(tx(recommendations()::all).get(1).recordedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void a_failed_transaction_leaves_no_recommendation_and_no_number_used() {
        assertThatThrownBy(() -> tx(() -> {
            recommendations().add(recommendation("Först", "finding:1"), NOW);
            throw new IllegalStateException("stop");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(tx(recommendations()::all)).isEmpty();
        assertThat(tx(() -> recommendations().add(recommendation("Sedan", "finding:1"), NOW)).number()).isEqualTo(1);
    }
}
