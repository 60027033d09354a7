package se.coompanion.sesi.adapters.cli.survey.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.SesiCli;
import se.coompanion.sesi.adapters.documents.render.HeadlessChromium;
import se.coompanion.sesi.adapters.documents.render.PdfDocument;
import se.coompanion.sesi.adapters.cli.survey.SurveyFixture;

/**
 * The results page in a real browser (headless chromium): it prints to A4 pages that hold its charts and tables.
 * Skipped with a warning where chromium is not installed; CI installs it.
 */
class ResultsBrowserTest {

    @TempDir
    Path directory;

    @Test
    void the_results_page_prints_on_a4_pages() {
        HeadlessChromium chromium = HeadlessChromium.required();
        SurveyFixture survey = new SurveyFixture(new SesiCli(directory)).keyed(directory);
        survey.ok("survey", "results", "--by", "legal-form", "--out", directory.resolve("out").toString());

        PdfDocument pdf = chromium.printToPdf(directory.resolve("out").resolve("enkatresultat-legal-form-sv.html"),
                directory.resolve("results.pdf"));

        assertThat(pdf.isPdf()).isTrue();
        // 17 questions, 8 charts and their tables: several pages, far from a runaway layout
        assertThat(pdf.pageCount()).isBetween(5, 30);
        assertThat(pdf.allPagesA4()).isTrue();
        assertThat(pdf.size()).isGreaterThan(30_000);
    }
}
