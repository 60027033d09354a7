package se.coompanion.sesi.adapters.cli.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static se.coompanion.sesi.adapters.cli.statistics.StatisticsCommandsTest.EXAMPLE;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.SesiCli;
import se.coompanion.sesi.adapters.documents.render.HeadlessChromium;
import se.coompanion.sesi.adapters.documents.render.PdfDocument;

/**
 * The material's HTML page in a real browser (headless chromium): it prints to A4 pages that are not empty, and
 * it renders on screen. Skipped with a warning where chromium is not installed; CI installs it.
 */
class MaterialBrowserTest {

    @TempDir
    Path directory;

    private Path material(String language) {
        SesiCli sesi = new SesiCli(directory);
        assertThat(sesi.run("init").exitCode()).isZero();
        assertThat(sesi.run("stats", "import", EXAMPLE.toString()).exitCode()).isZero();
        SesiCli.Result written = sesi.run("material", "--out", directory.resolve("out").toString(), "--lang", language);
        assertThat(written.exitCode()).as(written.toString()).isZero();
        return directory.resolve("out").resolve("informationsmaterial-" + language + ".html");
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
