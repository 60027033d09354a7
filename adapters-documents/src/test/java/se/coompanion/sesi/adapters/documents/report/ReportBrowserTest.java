package se.coompanion.sesi.adapters.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.SesiCli;
import se.coompanion.sesi.adapters.cli.demo.DemoRun;
import se.coompanion.sesi.adapters.documents.render.HeadlessChromium;
import se.coompanion.sesi.adapters.documents.render.PdfDocument;

/**
 * The final report in a real browser (headless chromium), as the information material is tested: the demo's report
 * prints to A4 pages that hold its content and renders on screen; the report of a pre-study with only its plan
 * prints too. Skipped with a warning where chromium is not installed; CI installs it.
 */
class ReportBrowserTest {

    @TempDir
    Path directory;

    @Test
    void the_demo_report_prints_on_a4_pages_that_hold_its_content() {
        HeadlessChromium chromium = HeadlessChromium.required();
        Path html = DemoRun.shared().out().resolve("slutrapport-sv.html");

        PdfDocument pdf = chromium.printToPdf(html, directory.resolve("slutrapport.pdf"));

        assertThat(pdf.isPdf()).isTrue();
        // a dozen charts with their tables, the cross-analysis, seven recommendations and two annexes: many pages,
        // and far from a runaway layout
        assertThat(pdf.pageCount()).isBetween(12, 60);
        assertThat(pdf.allPagesA4()).as("every page is A4").isTrue();
        assertThat(pdf.size()).as("text, fonts and charts, not an empty shell").isGreaterThan(150_000);
    }

    @Test
    void the_english_demo_report_renders_on_screen() {
        HeadlessChromium chromium = HeadlessChromium.required();
        Path html = DemoRun.shared().out().resolve("slutrapport-en.html");

        BufferedImage top = chromium.screenshot(html, directory.resolve("slutrapport.png"), 1000, 1400);

        assertThat(top.getWidth()).isEqualTo(1000);
        assertThat(HeadlessChromium.inkedShare(top)).as("text and tables drawn, not a blank page")
                .isGreaterThan(0.01);
    }

    @Test
    void the_report_of_a_pre_study_with_only_its_plan_prints_too() {
        HeadlessChromium chromium = HeadlessChromium.required();
        SesiCli sesi = new SesiCli(directory);
        sesi.ok("init");
        sesi.ok("--lang", "en", "report", "--out", directory.toString());

        PdfDocument pdf = chromium.printToPdf(directory.resolve("slutrapport-en.html"), directory.resolve("r.pdf"));

        assertThat(pdf.pageCount()).isBetween(3, 15);
        assertThat(pdf.allPagesA4()).isTrue();
    }
}
