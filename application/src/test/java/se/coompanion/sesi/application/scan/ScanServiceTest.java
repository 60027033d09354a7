package se.coompanion.sesi.application.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.prestudy.port.in.StartPreStudy;
import se.coompanion.sesi.application.scan.port.in.ListFindings;
import se.coompanion.sesi.application.scan.port.in.ListSources;
import se.coompanion.sesi.application.scan.port.in.RecordFinding;
import se.coompanion.sesi.application.scan.port.in.RegisterSource;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.testing.InMemorySesiPorts;
import se.coompanion.sesi.application.testing.TestValidation;
import se.coompanion.sesi.domain.prestudy.ActivityKey;
import se.coompanion.sesi.domain.prestudy.ActivityProgress;
import se.coompanion.sesi.domain.prestudy.ProgressStatus;
import se.coompanion.sesi.domain.scan.RecordedFinding;
import se.coompanion.sesi.domain.scan.RegisteredSource;
import se.coompanion.sesi.domain.scan.SourceId;
import se.coompanion.sesi.domain.scan.SourceKind;
import se.coompanion.sesi.domain.shared.Theme;

class ScanServiceTest {

    private final InMemorySesiPorts ports = new InMemorySesiPorts();
    private final SesiApplication sesi = TestValidation.application(ports);

    private RegisteredSource source(String kind, String title) {
        return sesi.scan().registerSource().register(new RegisterSource.Command(kind, title, "Tillväxtanalys", 2023,
                null, null, null, false, null));
    }

    private ActivityProgress progress() {
        return sesi.preStudy().showProgress().show().activities().stream()
                .filter(a -> a.key() == ActivityKey.ENVIRONMENTAL_SCAN).findFirst().orElseThrow();
    }

    @Test
    void sources_and_findings_are_numbered_and_listed_with_their_citations() {
        RegisteredSource statistics = source("statistics", "Nystartade företag 2022");
        RegisteredSource project = sesi.scan().registerSource().register(new RegisterSource.Command("PROJECT",
                "Exempelprojekt Socialt företagande i glesbygd", "Exempelkommunen", 2022, null, "ESF+ 2021-2027",
                "2022/00017", true, null));
        RecordedFinding finding = sesi.scan().recordFinding().record(new RecordFinding.Command(
                "31 % av nya företag 2022 startades av kvinnor", List.of("WOMENS_ENTREPRENEURSHIP", "business-development"),
                3, "Rikta stödet även till kvinnor som startar", List.of("1")));

        assertThat(statistics.id()).isEqualTo(new SourceId(1));
        assertThat(project.source().caseNumber()).hasValueSatisfying(c -> assertThat(c.value()).isEqualTo("2022/00017"));
        assertThat(finding.finding().themes()).containsExactly(Theme.BUSINESS_DEVELOPMENT,
                Theme.WOMENS_ENTREPRENEURSHIP);
        assertThat(sesi.scan().listSources().sources(Optional.empty())).extracting(ListSources.Listed::findings)
                .containsExactly(1, 0);
        assertThat(sesi.scan().listSources().sources(Optional.of(SourceKind.PROJECT))).singleElement()
                .satisfies(l -> assertThat(l.source().source().example()).isTrue());
        assertThat(sesi.scan().listFindings().findings(Optional.of(Theme.WOMENS_ENTREPRENEURSHIP))).singleElement()
                .satisfies(l -> assertThat(l.sources()).containsExactly(statistics));
        assertThat(sesi.scan().listFindings().findings(Optional.of(Theme.FINANCING))).isEmpty();
    }

    @Test
    void a_finding_must_cite_registered_sources() {
        source("REPORT", "En rapport");

        assertThatThrownBy(() -> sesi.scan().recordFinding().record(new RecordFinding.Command("Utan källor",
                List.of("OTHER"), 2, null, List.of())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("must cite at least one source");
        assertThatThrownBy(() -> sesi.scan().recordFinding().record(new RecordFinding.Command("Med okända källor",
                List.of("OTHER"), 2, null, List.of("1", "7", "9"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).containsExactly(
                                "sources: source 7 is not registered: \"sesi scan source list\" shows the sources "
                                        + "and their numbers",
                                "sources: source 9 is not registered: \"sesi scan source list\" shows the sources "
                                        + "and their numbers"));
        assertThatThrownBy(() -> sesi.scan().recordFinding().record(new RecordFinding.Command("Fel överallt",
                List.of("FINANCE"), 4, null, List.of("x"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly("themes", "relevance", "sources"));
        assertThat(ports.findings().all()).isEmpty();
    }

    @Test
    void a_source_reports_every_problem_and_only_a_project_has_a_programme() {
        assertThatThrownBy(() -> sesi.scan().registerSource().register(new RegisterSource.Command("BOOK", "", "", 2023,
                null, null, null, false, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).containsExactly(
                                "kind: Source kind BOOK: allowed are PROJECT, RESEARCH, REPORT, STATISTICS, POLICY, "
                                        + "OTHER",
                                "Title: a value is required"));
        assertThatThrownBy(() -> sesi.scan().registerSource().register(new RegisterSource.Command("REPORT", "Titel",
                "Utgivare", 2023, null, "ESF+", null, false, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("belong to a source of kind PROJECT");
    }

    @Test
    void progress_counts_findings_against_the_target_and_shows_sources_and_findings() {
        sesi.preStudy().startPreStudy().start(StartPreStudy.Command.sesi());
        assertThat(progress().status()).isEqualTo(ProgressStatus.NOT_STARTED);

        source("REPORT", "En rapport");
        ActivityProgress started = progress();
        sesi.scan().recordFinding().record(new RecordFinding.Command("En iakttagelse", List.of("OTHER"), 1, null,
                List.of("1")));
        ActivityProgress done = progress();

        assertThat(started.status()).isEqualTo(ProgressStatus.IN_PROGRESS);
        assertThat(started.actual()).isZero();
        assertThat(done.target()).isEqualTo(1);
        assertThat(done.actual()).isEqualTo(1);
        assertThat(done.status()).isEqualTo(ProgressStatus.DONE);
        assertThat(done.details()).extracting(m -> m.format(java.util.Locale.ROOT))
                .containsExactly("one finding from one source");
        assertThat(done.details()).extracting(m -> m.format(java.util.Locale.forLanguageTag("sv")))
                .containsExactly("en iakttagelse ur en källa");
    }
}
