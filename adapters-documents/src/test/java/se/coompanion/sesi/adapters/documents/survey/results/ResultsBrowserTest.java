package se.coompanion.sesi.adapters.documents.survey.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.documents.ExamplePreStudy;
import se.coompanion.sesi.adapters.documents.SesiDocuments;
import se.coompanion.sesi.adapters.documents.render.HeadlessChromium;
import se.coompanion.sesi.adapters.documents.render.PdfDocument;
import se.coompanion.sesi.application.survey.port.in.ComputeSurveyResults;
import se.coompanion.sesi.domain.survey.results.ResultGrouping;

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
        Path page = SesiDocuments.over(ExamplePreStudy.withEvidence().sesi).surveyResults(
                new ComputeSurveyResults.Query(Optional.empty(), ResultGrouping.LEGAL_FORM),
                Locale.forLanguageTag("sv-SE")).writeInto(directory);

        PdfDocument pdf = chromium.printToPdf(page, directory.resolve("results.pdf"));

        assertThat(page.getFileName().toString()).isEqualTo("enkatresultat-legal-form-sv.html");
        assertThat(pdf.isPdf()).isTrue();
        // 17 questions, 8 charts and their tables: several pages, far from a runaway layout
        assertThat(pdf.pageCount()).isBetween(5, 30);
        assertThat(pdf.allPagesA4()).isTrue();
        assertThat(pdf.size()).isGreaterThan(30_000);
    }
}
