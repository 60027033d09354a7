package se.coompanion.sesi.application.scan.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.testing.PortContract;
import se.coompanion.sesi.domain.scan.KnowledgeSource;
import se.coompanion.sesi.domain.scan.RegisteredSource;
import se.coompanion.sesi.domain.scan.SourceId;
import se.coompanion.sesi.domain.scan.SourceKind;
import se.coompanion.sesi.domain.shared.CaseNumber;

/** The contract of the {@link KnowledgeSources} out-port, for every implementation. */
public abstract class KnowledgeSourcesContract extends PortContract {

    static final Instant NOW = Instant.parse("2024-03-15T08:00:00Z");
    static final KnowledgeSource STATISTICS = new KnowledgeSource(SourceKind.STATISTICS, "Nystartade företag 2022",
            "Tillväxtanalys", Optional.of(Year.of(2023)), Optional.of("Statistik 2023:04"), Optional.empty(),
            Optional.empty(), false, Optional.empty());
    static final KnowledgeSource PROJECT = new KnowledgeSource(SourceKind.PROJECT, "Exempelprojekt i glesbygd",
            "Exempelkommunen", Optional.empty(), Optional.empty(), Optional.of("ESF+ 2021-2027"),
            Optional.of(CaseNumber.parse("2022/00017")), true, Optional.of("Påhittat exempel"));

    private KnowledgeSources sources() {
        return ports().knowledgeSources();
    }

    @Test
    void sources_are_numbered_and_come_back_as_stored() {
        RegisteredSource first = tx(() -> sources().add(STATISTICS, NOW));
        RegisteredSource second = tx(() -> sources().add(PROJECT, NOW));

        assertThat(first.source()).isEqualTo(STATISTICS);
        assertThat(tx(sources()::all)).containsExactly(first, second);
        assertThat(tx(() -> sources().find(List.of(second.id(), new SourceId(999))))).containsExactly(second);
        assertThat(tx(() -> sources().find(List.of()))).isEmpty();
        assertThat(tx(sources()::count)).isEqualTo(2);
    }
}
