package se.coompanion.sesi.adapters.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;
import se.coompanion.sesi.adapters.documents.render.HtmlStructure;
import se.coompanion.sesi.adapters.documents.report.ReportBuilder;
import se.coompanion.sesi.adapters.documents.report.UntranslatedText;

/** {@code sesi report} on a pre-study that has only its plan: the report renders and says what is missing. */
class ReportCommandTest {

    @TempDir
    Path directory;

    private SesiCli initialised() {
        SesiCli sesi = new SesiCli(directory);
        sesi.ok("init");
        return sesi;
    }

    private String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void a_pre_study_with_only_its_plan_gets_a_report_that_says_what_is_missing() throws IOException {
        SesiCli sesi = initialised();

        SesiCli.Result written = sesi.run("report", "--out", directory.resolve("rapport").toString());

        assertThat(written.exitCode()).as(written.toString()).isZero();
        Path file = directory.resolve("rapport").resolve("slutrapport-sv.html");
        assertThat(written.out()).contains(file.toString());
        assertThat(written.err()).contains("Förstudien är inte klar");
        String html = read(file);
        assertThat(HtmlStructure.problems(html, ReportBuilder.SOURCES_ID)).isEmpty();
        assertThat(HtmlStructure.headings(html)).contains("h1 Slutrapport: Socialt entreprenörskap social innovation "
                + "- SESI", "h2 Vad som saknas", "h2 Projektfakta", "h2 Aktiviteterna: mål, utfall och avvikelse",
                "h2 Omvärldsanalys", "h2 Intressentanalys", "h2 Behovsanalys", "h2 Kartläggning av kompetensbehov",
                "h2 Enkätundersökning per post", "h2 Analysseminarium", "h2 Informationsmaterial",
                "h2 Prototyp på lärprogram", "h2 Korsanalys", "h2 Horisontella principer", "h2 Partnerlista",
                "h2 Rekommendationer", "h2 Bilaga: Underlag", "h2 Bilaga: Källor");
        // every activity with a target is missing something, and so are the survey, the material and the synthesis
        assertThat(html).contains("Behovsanalys: 0 av 15 kommuner, 15 återstår",
                "Kartläggning av kompetensbehov: 0 av 10 företag, 10 återstår",
                "Enkätundersökningen: ingen enkät är laddad", "Informationsmaterialet: ingen statistik",
                "Rekommendationer: inga är registrerade ännu", "Inget är registrerat för Omvärldsanalys ännu",
                "23-032-S01", "Mellersta Norrland (NUTS-2 SE32)", "40\u00a0%");
        assertThat(HtmlStructure.figureCount(html)).as("progress and gender charts, each with its table")
                .isEqualTo(2);
        assertThat(html).doesNotContain("missing.", "report.", "column.", "evidence.");
    }

    @Test
    void the_english_report_is_complete_and_the_markdown_has_the_same_content() throws IOException {
        SesiCli sesi = initialised();

        sesi.ok("--lang", "en", "report", "--out", directory.toString());
        sesi.ok("--lang", "en", "report", "--out", directory.toString(), "--format", "md");
        sesi.ok("report", "--out", directory.toString(), "--format", "md");

        String html = read(directory.resolve("slutrapport-en.html"));
        String markdown = read(directory.resolve("slutrapport-en.md"));
        String swedishMarkdown = read(directory.resolve("slutrapport-sv.md"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\"",
                "h2 id=\"missing\">What is missing",
                "Needs analysis: 0 of 15 municipalities, 15 to go");
        assertThat(UntranslatedText.in(html, "sv", UntranslatedText.REPORT_BUNDLES)).isEmpty();
        assertThat(UntranslatedText.in(markdown, "sv", UntranslatedText.REPORT_BUNDLES)).isEmpty();
        assertThat(UntranslatedText.in(swedishMarkdown, "en", UntranslatedText.REPORT_BUNDLES)).isEmpty();
        assertThat(markdown).startsWith("# Final report: Socialt entreprenörskap social innovation - SESI")
                .contains("## What is missing", "| Activity | Target | Result |", "## Annex: Sources")
                .doesNotContain("<svg", "<table");
    }

    @Test
    void without_a_pre_study_a_wrong_format_or_a_file_as_directory_the_report_is_refused() throws IOException {
        SesiCli sesi = new SesiCli(directory);
        assertThat(sesi.run("report", "--out", directory.toString()).exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        sesi.ok("init");

        SesiCli.Result pdf = sesi.run("--lang", "en", "report", "--out", directory.toString(), "--format", "pdf");
        Path file = Files.writeString(directory.resolve("a-file"), "x");
        SesiCli.Result onFile = sesi.run("--lang", "en", "report", "--out", file.toString());

        assertThat(pdf.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(pdf.err()).contains("pdf");
        assertThat(onFile.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(onFile.err()).contains("is a file");
        assertThat(directory.resolve("slutrapport-sv.html")).doesNotExist();
    }

    @Test
    void the_report_has_help_in_both_languages() {
        SesiCli sesi = new SesiCli(directory);

        assertThat(sesi.ok("report", "--help").out()).contains("Användning", "slutrapport", "--format");
        assertThat(sesi.ok("--lang", "en", "report", "--help").out()).contains("Usage", "final report");
    }
}
