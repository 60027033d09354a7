package se.coompanion.sesi.adapters.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.documents.render.HeadlessChromium;
import se.coompanion.sesi.adapters.documents.render.PdfDocument;

/**
 * The demo's final report in a real browser (headless chromium): the longest document the command line writes prints
 * to A4 pages that hold its content (the documents themselves are tested in the documents module). Skipped with a
 * warning where chromium is not installed; CI installs it.
 */
class DemoBrowserTest {

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
}
