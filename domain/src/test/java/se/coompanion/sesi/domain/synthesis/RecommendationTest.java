package se.coompanion.sesi.domain.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.needs.Priority;
import se.coompanion.sesi.domain.shared.DomainException;

class RecommendationTest {

    private static final EvidenceReference NEED = EvidenceReference.parse("need:PUBLIC_PROCUREMENT");
    private static final EvidenceReference GAP = EvidenceReference.parse("borich:public_procurement");

    @Test
    void a_recommendation_keeps_its_evidence_in_the_order_given() {
        Recommendation r = Recommendation.of("  Bygg ett lärprogram om upphandling ", Priority.HIGH,
                Optional.of(" Tre källor pekar åt samma håll "), List.of(GAP, NEED));

        assertThat(r.statement()).isEqualTo("Bygg ett lärprogram om upphandling");
        assertThat(r.rationale()).contains("Tre källor pekar åt samma håll");
        assertThat(r.evidence()).containsExactly(GAP, NEED);
    }

    @Test
    void a_recommendation_without_evidence_is_invalid() {
        assertThatThrownBy(() -> Recommendation.of("Något", Priority.LOW, Optional.empty(), List.of()))
                .isInstanceOf(DomainException.class).hasMessageContaining("at least one piece of evidence");
    }

    @Test
    void the_same_evidence_twice_is_refused_even_when_written_differently() {
        EvidenceReference same = EvidenceReference.parse("behov:public procurement");

        assertThatThrownBy(() -> Recommendation.of("Något", Priority.LOW, Optional.empty(), List.of(NEED, same)))
                .isInstanceOf(DomainException.class).hasMessageContaining("cites need:PUBLIC_PROCUREMENT twice");
    }

    @Test
    void a_statement_is_required_and_evidence_is_limited() {
        assertThatThrownBy(() -> Recommendation.of(" ", Priority.LOW, Optional.empty(), List.of(NEED)))
                .isInstanceOf(DomainException.class).hasMessageContaining("Statement");
        List<EvidenceReference> many = Collections.nCopies(31, NEED).stream().toList();
        assertThatThrownBy(() -> Recommendation.of("Något", Priority.LOW, Optional.empty(), many))
                .isInstanceOf(DomainException.class).hasMessageContaining("at most 30");
    }
}
