package se.coompanion.sesi.adapters.documents.statistics;

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
 * The material's HTML page in a real browser (headless chromium), made from the example statistics
 * (docs/examples/statistik.csv): it prints to A4 pages that are not empty, and it renders on screen. Skipped with a
 * warning where chromium is not installed; CI installs it.
 */
class MaterialBrowserTest {

    @TempDir
    Path directory;

    private Path material(String language) {
        return SesiDocuments.over(ExamplePreStudy.withEvidence().sesi)
                .informationMaterial(DocumentFormat.HTML, Locale.forLanguageTag(language)).writeInto(directory);
    }

    @Test
    void the_swedish_page_prints_on_a4_pages_that_hold_its_content() {
        HeadlessChromium chromium = HeadlessChromium.required();
        Path html = material("sv");

        PdfDocument pdf = chromium.printToPdf(html, directory.resolve("material.pdf"));

        assertThat(pdf.isPdf()).isTrue();
        // two indicators with a bar chart of 18 and 3 regions, two line charts, their tables, key figures, sources:
        // more than a page, and far from a runaway layout
        assertThat(pdf.pageCount()).isBetween(3, 10);
        assertThat(pdf.allPagesA4()).as("every page is A4").isTrue();
        assertThat(pdf.size()).as("text, fonts and charts, not an empty shell").isGreaterThan(30_000);
    }

    @Test
    void the_english_page_renders_on_screen() {
        HeadlessChromium chromium = HeadlessChromium.required();
        Path html = material("en");

        BufferedImage top = chromium.screenshot(html, directory.resolve("material.png"), 1000, 1400);
        PdfDocument pdf = chromium.printToPdf(html, directory.resolve("material-en.pdf"));

        assertThat(top.getWidth()).isEqualTo(1000);
        assertThat(HeadlessChromium.inkedShare(top)).as("text and key figures drawn, not a blank page")
                .isGreaterThan(0.01);
        assertThat(pdf.pageCount()).isBetween(3, 10);
    }
}
