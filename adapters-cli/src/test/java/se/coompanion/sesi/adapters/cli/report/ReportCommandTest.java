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

/**
 * {@code sesi report} on a pre-study that has only its plan: the command writes the report with the command line's
 * hints and says that it is not finished (the report's content: ReportDocumentTest of the documents module).
 */
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
    void a_pre_study_with_only_its_plan_gets_a_report_that_says_what_is_missing_with_the_commands() throws IOException {
        SesiCli sesi = initialised();

        SesiCli.Result written = sesi.run("report", "--out", directory.resolve("rapport").toString());

        assertThat(written.exitCode()).as(written.toString()).isZero();
        Path file = directory.resolve("rapport").resolve("slutrapport-sv.html");
        assertThat(written.out()).contains(file.toString());
        assertThat(written.err()).contains("Förstudien är inte klar");
        String html = read(file);
        assertThat(HtmlStructure.headings(html)).contains("h2 Vad som saknas", "h2 Bilaga: Källor");
        // the command line's hints name its commands where the report says what is missing
        assertThat(html).contains("Rekommendationer: inga är registrerade ännu. Registrera dem med "
                + "&quot;sesi synthesis recommend&quot;.", "Inget är registrerat för Omvärldsanalys ännu. (källor: 0; "
                + "iakttagelser: 0) Registrera källor och iakttagelser med &quot;sesi scan source add&quot;");
    }

    @Test
    void the_markdown_report_is_written_in_the_language_of_lang() throws IOException {
        SesiCli sesi = initialised();

        sesi.ok("--lang", "en", "report", "--out", directory.toString(), "--format", "md");

        assertThat(read(directory.resolve("slutrapport-en.md"))).startsWith("# Final report: ")
                .contains("## What is missing", "Record them with \"sesi synthesis recommend\".");
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
