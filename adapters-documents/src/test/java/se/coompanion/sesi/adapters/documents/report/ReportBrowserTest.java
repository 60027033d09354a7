package se.coompanion.sesi.adapters.documents.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.documents.DocumentFormat;
import se.coompanion.sesi.adapters.documents.ExamplePreStudy;
import se.coompanion.sesi.adapters.documents.SesiDocuments;
import se.coompanion.sesi.adapters.documents.render.HeadlessChromium;
import se.coompanion.sesi.adapters.documents.render.PdfDocument;

/**
 * The final report in a real browser (headless chromium), as the information material is tested: the report of the
 * example pre-study prints to A4 pages that hold its content and renders on screen; the report of a pre-study with
 * only its plan prints too. Skipped with a warning where chromium is not installed; CI installs it. (The demo's
 * report is printed by DemoBrowserTest of the command line.)
 */
class ReportBrowserTest {

    @TempDir
    Path directory;

    @Test
    void the_report_of_the_example_pre_study_prints_on_a4_pages_that_hold_its_content() {
        HeadlessChromium chromium = HeadlessChromium.required();
        Path html = SesiDocuments.over(ExamplePreStudy.withEvidence().sesi)
                .finalReport(DocumentFormat.HTML, Locale.forLanguageTag("sv-SE")).writeInto(directory);

        PdfDocument pdf = chromium.printToPdf(html, directory.resolve("slutrapport.pdf"));

        assertThat(pdf.isPdf()).isTrue();
        // ten charts with their tables, the cross-analysis, a recommendation and two annexes: many pages, and far
        // from a runaway layout
        assertThat(pdf.pageCount()).isBetween(10, 50);
        assertThat(pdf.allPagesA4()).as("every page is A4").isTrue();
        assertThat(pdf.size()).as("text, fonts and charts, not an empty shell").isGreaterThan(100_000);
    }

    @Test
    void the_english_report_renders_on_screen() {
        HeadlessChromium chromium = HeadlessChromium.required();
        Path html = SesiDocuments.over(ExamplePreStudy.withEvidence().sesi)
                .finalReport(DocumentFormat.HTML, Locale.forLanguageTag("en-GB")).writeInto(directory);

        BufferedImage top = chromium.screenshot(html, directory.resolve("slutrapport.png"), 1000, 1400);

        assertThat(top.getWidth()).isEqualTo(1000);
        assertThat(HeadlessChromium.inkedShare(top)).as("text and tables drawn, not a blank page")
                .isGreaterThan(0.01);
    }

    @Test
    void the_report_of_a_pre_study_with_only_its_plan_prints_too() {
        HeadlessChromium chromium = HeadlessChromium.required();
        Path html = SesiDocuments.over(ExamplePreStudy.planOnly().sesi)
                .finalReport(DocumentFormat.HTML, Locale.forLanguageTag("en-GB")).writeInto(directory);

        PdfDocument pdf = chromium.printToPdf(html, directory.resolve("r.pdf"));

        assertThat(pdf.pageCount()).isBetween(3, 15);
        assertThat(pdf.allPagesA4()).isTrue();
    }
}
