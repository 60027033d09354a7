package se.coompanion.sesi.adapters.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.documents.render.HeadlessChromium;
import se.coompanion.sesi.adapters.documents.render.LayoutCheck;
import se.coompanion.sesi.adapters.documents.render.PdfDocument;
import se.coompanion.sesi.adapters.documents.render.RawKeys;
import se.coompanion.sesi.adapters.documents.render.pdf.PdfText;

/**
 * The demo's final report in a real browser (headless chromium): the longest document the command line writes prints
 * to A4 pages that hold its content; every HTML page of the demo, Swedish and English, cuts no chart label and spills
 * no table past an A4 page ({@link LayoutCheck}); and no document of the demo shows a raw key, a file path or a
 * command in its text ({@link RawKeys}). Skipped with a warning where chromium is not installed; CI installs it.
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

    /** The demo's documents for people with the given endings: HTML pages, Markdown files, PDFs (not its data files). */
    private static List<Path> documents(String... extensions) throws IOException {
        try (Stream<Path> files = Files.walk(DemoRun.shared().out())) {
            return files.filter(Files::isRegularFile).filter(f -> Stream.of(extensions)
                    .anyMatch(e -> f.getFileName().toString().endsWith(e)))
                    .filter(f -> !f.getFileName().toString().equals("minnesanteckningar.md")).sorted().toList();
        }
    }

    @Test
    void no_page_of_the_demo_cuts_a_chart_label_or_spills_a_table_past_the_page() throws IOException {
        HeadlessChromium chromium = HeadlessChromium.required();
        List<Path> pages = documents(".html");
        List<String> problems = new ArrayList<>();
        pages.forEach(page -> problems.addAll(LayoutCheck.problems(chromium, page)));

        assertThat(pages).as("the report, the material, the results pages, the grid and the heat map, sv and en")
                .hasSizeGreaterThanOrEqualTo(12);
        assertThat(problems).isEmpty();
    }

    @Test
    void no_document_of_the_demo_shows_a_raw_key() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> documents = documents(".html", ".md", ".pdf");
        for (Path document : documents) {
            RawKeys.in(text(document)).forEach(f -> found.add(document.getFileName() + ": " + f));
        }
        assertThat(documents).as("the demo's PDFs are read too: the report, the material and the draft, sv and en")
                .filteredOn(d -> d.toString().endsWith(".pdf")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(found).isEmpty();
    }

    /** The text a reader sees: a page's text without markup, a PDF's text as PDFBox extracts it. */
    private static String text(Path document) throws IOException {
        String name = document.getFileName().toString();
        if (name.endsWith(".pdf")) {
            return RawKeys.textOfPdf(PdfText.of(Files.readAllBytes(document)).text());
        }
        String content = Files.readString(document, StandardCharsets.UTF_8);
        return name.endsWith(".md") ? RawKeys.textOfMarkdown(content) : RawKeys.textOfHtml(content);
    }
}
