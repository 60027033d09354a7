package se.coompanion.sesi.application.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.coompanion.sesi.application.statistics.StatisticsServiceTest.NEW_FIRMS_2022;
import static se.coompanion.sesi.application.statistics.StatisticsServiceTest.SCB_2013;
import static se.coompanion.sesi.application.statistics.StatisticsServiceTest.SWEDISH;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.prestudy.port.in.StartPreStudy;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.statistics.port.in.ImportStatistics;
import se.coompanion.sesi.application.statistics.port.in.RecordMaterialProduction;
import se.coompanion.sesi.application.testing.InMemorySesiPorts;
import se.coompanion.sesi.application.testing.TestValidation;
import se.coompanion.sesi.domain.prestudy.ActivityKey;
import se.coompanion.sesi.domain.prestudy.ActivityProgress;
import se.coompanion.sesi.domain.prestudy.ProgressStatus;
import se.coompanion.sesi.domain.statistics.InformationMaterial;
import se.coompanion.sesi.domain.statistics.MaterialFormat;
import se.coompanion.sesi.domain.statistics.MaterialProduction;

class MaterialServiceTest {

    private final InMemorySesiPorts ports = new InMemorySesiPorts();
    private final SesiApplication sesi = TestValidation.application(ports);

    private void importFigures(List<List<String>> rows) {
        sesi.statistics().importStatistics().importStatistics(new ImportStatistics.Command(
                StatisticsServiceTest.table("statistik.csv", SWEDISH, rows), ImportOptions.ALL_OR_NOTHING));
    }

    private ActivityProgress material() {
        return sesi.preStudy().showProgress().show().activities().stream()
                .filter(a -> a.key() == ActivityKey.INFORMATION_MATERIAL).findFirst().orElseThrow();
    }

    @Test
    void the_material_is_about_the_pre_studys_region_and_dated_by_the_clock() {
        sesi.preStudy().startPreStudy().start(StartPreStudy.Command.sesi());
        importFigures(List.of(SCB_2013, NEW_FIRMS_2022,
                List.of("företagare", "2281", "2013", "1500", "3500", "COUNT", "Exempeldata", "Påhittat", "", ""),
                List.of("företagare", "0180", "2013", "1", "3", "COUNT", "Exempeldata", "Påhittat", "", "")));

        InformationMaterial material = sesi.statistics().prepareInformationMaterial().prepare();

        assertThat(material.subject().regionName()).contains("Mellersta Norrland");
        assertThat(material.subject().caseNumber()).isEqualTo("23-032-S01");
        assertThat(material.subject().counties()).extracting(c -> c.code()).containsExactly("22", "23");
        assertThat(material.producedOn()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(material.sections()).hasSize(2);
        assertThat(material.sections().get(0).byRegion().orElseThrow().regions())
                .as("Stockholm (0180) is outside the region").extracting(f -> f.region().code()).containsExactly("2281");
        assertThat(material.usesExampleData()).as("no row is flagged as example data").isFalse();
    }

    @Test
    void without_a_pre_study_or_statistics_there_is_no_material() {
        assertThatThrownBy(() -> sesi.statistics().prepareInformationMaterial().prepare())
                .isInstanceOf(NotFoundException.class).hasMessageContaining("sesi init");

        sesi.preStudy().startPreStudy().start(StartPreStudy.Command.sesi());
        assertThatThrownBy(() -> sesi.statistics().prepareInformationMaterial().prepare())
                .isInstanceOf(NotFoundException.class).hasMessageContaining("sesi stats import");

        importFigures(List.of(List.of("företagare", "0180", "2013", "1", "3", "COUNT", "X", "Y", "", "")));
        assertThatThrownBy(() -> sesi.statistics().prepareInformationMaterial().prepare())
                .isInstanceOf(NotFoundException.class).hasMessageContaining("no figures for Sweden or the pre-study's region");
    }

    @Test
    void progress_starts_with_the_statistics_and_is_done_once_the_material_is_produced() {
        sesi.preStudy().startPreStudy().start(StartPreStudy.Command.sesi());
        assertThat(material().status()).isEqualTo(ProgressStatus.NOT_STARTED);

        importFigures(List.of(SCB_2013, NEW_FIRMS_2022));
        assertThat(material().status()).isEqualTo(ProgressStatus.IN_PROGRESS);
        assertThat(material().actual()).isZero();
        assertThat(material().details()).extracting(m -> m.format(Locale.ROOT)).containsExactly("2 statistical figures");

        MaterialProduction html = sesi.statistics().recordMaterialProduction().record(
                new RecordMaterialProduction.Command(MaterialFormat.HTML, "sv"));
        sesi.statistics().recordMaterialProduction().record(new RecordMaterialProduction.Command(
                MaterialFormat.MARKDOWN, "en"));

        assertThat(html.producedAt()).isEqualTo(TestValidation.CLOCK.instant());
        ActivityProgress done = material();
        assertThat(done.status()).isEqualTo(ProgressStatus.DONE);
        assertThat(done.actual()).as("producing it again is still one material").isEqualTo(1);
        assertThat(done.target()).isEqualTo(1);
        assertThat(done.details()).extracting(m -> m.format(Locale.ROOT)).containsExactly("2 statistical figures",
                "last produced 2024-03-15 as Markdown in English; produced 2 times");
        assertThat(done.details().get(1).format(Locale.forLanguageTag("sv")))
                .isEqualTo("senast framtaget 2024-03-15 som Markdown på engelska; framtaget 2 gånger");
    }

    @Test
    void a_production_needs_a_format_and_a_language_code() {
        assertThatThrownBy(() -> sesi.statistics().recordMaterialProduction().record(
                new RecordMaterialProduction.Command(null, "svenska")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("format", "language"));
        assertThat(ports.materialProductions().count()).isZero();
    }
}
