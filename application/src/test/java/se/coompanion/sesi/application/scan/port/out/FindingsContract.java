package se.coompanion.sesi.application.scan.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.testing.PortContract;
import se.coompanion.sesi.domain.scan.Finding;
import se.coompanion.sesi.domain.scan.RecordedFinding;
import se.coompanion.sesi.domain.scan.RegisteredSource;
import se.coompanion.sesi.domain.scan.Relevance;
import se.coompanion.sesi.domain.scan.SourceId;
import se.coompanion.sesi.domain.shared.Theme;

/** The contract of the {@link Findings} out-port, for every implementation. */
public abstract class FindingsContract extends PortContract {

    private Findings findings() {
        return ports().findings();
    }

    @Test
    void findings_keep_their_themes_and_sources() {
        RegisteredSource a = tx(() -> ports().knowledgeSources().add(KnowledgeSourcesContract.STATISTICS,
                KnowledgeSourcesContract.NOW));
        RegisteredSource b = tx(() -> ports().knowledgeSources().add(KnowledgeSourcesContract.PROJECT,
                KnowledgeSourcesContract.NOW));
        Finding women = new Finding("31 % av nya företag leddes av kvinnor", ImmutableSortedSet.of(
                Theme.WOMENS_ENTREPRENEURSHIP, Theme.BUSINESS_DEVELOPMENT), new Relevance(3),
                Optional.of("Rikta stödet"), ImmutableSortedSet.of(a.id(), b.id()));
        Finding plain = new Finding("Utan lärdom", ImmutableSortedSet.of(Theme.OTHER), new Relevance(1),
                Optional.empty(), ImmutableSortedSet.of(b.id()));

        RecordedFinding first = tx(() -> findings().add(women, KnowledgeSourcesContract.NOW));
        RecordedFinding second = tx(() -> findings().add(plain, KnowledgeSourcesContract.NOW));

        assertThat(tx(findings()::all)).containsExactly(first, second);
        assertThat(tx(findings()::all).get(0).finding()).isEqualTo(women);
        assertThat(tx(findings()::count)).isEqualTo(2);
    }

    @Test
    void a_finding_cannot_cite_a_source_that_does_not_exist() {
        Finding orphan = new Finding("Källa saknas", ImmutableSortedSet.of(Theme.OTHER), new Relevance(1),
                Optional.empty(), ImmutableSortedSet.of(new SourceId(42)));

        assertThatThrownBy(() -> tx(() -> findings().add(orphan, KnowledgeSourcesContract.NOW)))
                .isInstanceOf(RuntimeException.class);
        assertThat(tx(findings()::count)).isZero();
    }
}
