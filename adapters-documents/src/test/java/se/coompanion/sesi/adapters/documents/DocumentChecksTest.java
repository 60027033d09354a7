package se.coompanion.sesi.adapters.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.documents.render.HeadlessChromium;
import se.coompanion.sesi.adapters.documents.render.LayoutCheck;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;
import se.coompanion.sesi.adapters.documents.render.RawKeys;
import se.coompanion.sesi.adapters.documents.render.pdf.PdfLayout;
import se.coompanion.sesi.adapters.documents.render.pdf.PdfPages;
import se.coompanion.sesi.adapters.documents.render.pdf.PdfText;
import se.coompanion.sesi.application.survey.port.in.ComputeSurveyResults;
import se.coompanion.sesi.domain.survey.results.ResultGrouping;

/**
 * Every document of the example pre-study (the documents module's mirror of the demo), in Swedish and English, as
 * its reader gets it: no raw key in its text (issue 18, point 4) and, in a real browser at A4 width, no chart label cut
 * by its picture and no table wider than the page (point 2). Each check is proven on a page that has the defect.
 */
class DocumentChecksTest {

    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("sv-SE"),
            Locale.forLanguageTag("en-GB"));

    @TempDir
    Path directory;

    /** Every document, both languages, written into the directory. */
    private List<Path> documents() {
        SesiDocuments documents = SesiDocuments.over(ExamplePreStudy.withEvidence().sesi);
        List<Path> written = new ArrayList<>();
        for (Locale locale : LANGUAGES) {
            Path dir = directory.resolve(locale.getLanguage());
            written.add(documents.finalReport(DocumentFormat.HTML, locale).writeInto(dir));
            written.add(documents.finalReport(DocumentFormat.MARKDOWN, locale).writeInto(dir));
            written.add(documents.informationMaterial(DocumentFormat.HTML, locale).writeInto(dir));
            written.add(documents.informationMaterial(DocumentFormat.MARKDOWN, locale).writeInto(dir));
            for (ResultGrouping grouping : List.of(ResultGrouping.NONE, ResultGrouping.COUNTY,
                    ResultGrouping.LEGAL_FORM)) {
                written.add(documents.surveyResults(new ComputeSurveyResults.Query(Optional.empty(), grouping), locale)
                        .writeInto(dir));
            }
            written.add(documents.gapMatrix(PictureFormat.HTML, locale).writeInto(dir));
            written.add(documents.stakeholderGrid(PictureFormat.HTML, locale).writeInto(dir));
            written.add(documents.status(OutputFormat.TABLE, locale).writeInto(dir));
        }
        return written;
    }

    /** Every PDF, both languages: the final report in both editions and the information material. */
    private List<Path> pdfs() {
        SesiDocuments documents = SesiDocuments.over(ExamplePreStudy.withEvidence().sesi);
        List<Path> written = new ArrayList<>();
        for (Locale locale : LANGUAGES) {
            Path dir = directory.resolve("pdf-" + locale.getLanguage());
            for (Edition edition : Edition.values()) {
                written.add(documents.finalReport(DocumentFormat.PDF, locale, edition).writeInto(dir));
            }
            written.add(documents.informationMaterial(DocumentFormat.PDF, locale).writeInto(dir));
        }
        return written;
    }

    private static String text(Path document) throws IOException {
        if (document.getFileName().toString().endsWith(".pdf")) {
            return RawKeys.textOfPdf(PdfText.of(Files.readAllBytes(document)).text());
        }
        String content = Files.readString(document, StandardCharsets.UTF_8);
        String name = document.getFileName().toString();
        return name.endsWith(".html") ? RawKeys.textOfHtml(content)
                : name.endsWith(".md") ? RawKeys.textOfMarkdown(content) : content;
    }

    @Test
    void no_document_shows_a_raw_key_in_either_language() throws IOException {
        List<Path> documents = documents();
        List<String> found = new ArrayList<>();
        for (Path document : documents) {
            RawKeys.in(text(document)).forEach(f -> found.add(directory.relativize(document) + ": " + f));
        }
        assertThat(documents).hasSize(20);
        assertThat(found).as("raw keys in the documents' text").isEmpty();
    }

    @Test
    void no_pdf_shows_a_raw_key_in_either_language() throws IOException {
        List<Path> pdfs = pdfs();
        List<String> found = new ArrayList<>();
        for (Path pdf : pdfs) {
            RawKeys.in(text(pdf)).forEach(f -> found.add(directory.relativize(pdf) + ": " + f));
        }
        assertThat(pdfs).hasSize(2 * (Edition.values().length + 1));
        assertThat(found).as("raw keys in the PDFs' text").isEmpty();
    }

    @Test
    void the_raw_key_check_finds_the_keys_in_the_text_of_a_pdf() throws IOException {
        PdfLayout layout = new PdfLayout(Locale.forLanguageTag("sv-SE"), "Prov", "Projektägaren", "En sida med nycklar",
                Optional.empty(), false, "Prov", Optional.empty());
        Path pdf = directory.resolve("nycklar.pdf");
        try (var out = Files.newOutputStream(pdf)) {
            PdfPages.write("<h1>Prov</h1><p>Behovet work_environment enligt need:PUBLIC_PROCUREMENT, se "
                    + "docs/synthesis.md och kör sesi competence ranking.</p>", layout, out);
        }

        List<String> found = RawKeys.in(text(pdf));

        assertThat(found).as("what the check finds in the PDF's text").hasSize(5)
                .anySatisfy(f -> assertThat(f).startsWith("snake_case word \"work_environment\""))
                .anySatisfy(f -> assertThat(f).startsWith("UPPER_SNAKE constant \"PUBLIC_PROCUREMENT\""))
                .anySatisfy(f -> assertThat(f).startsWith("kind:value reference \"need:PUBLIC_PROCUREMENT\""))
                .anySatisfy(f -> assertThat(f).startsWith("file path \"docs/synthesis.md\""))
                .anySatisfy(f -> assertThat(f).startsWith("command \"sesi"));
    }

    @Test
    void no_document_cuts_a_chart_label_or_spills_a_table_past_the_page() {
        HeadlessChromium chromium = HeadlessChromium.required();
        List<String> problems = new ArrayList<>();
        List<Path> pages = documents().stream().filter(p -> p.toString().endsWith(".html")).toList();
        for (Path page : pages) {
            problems.addAll(LayoutCheck.problems(chromium, page));
        }
        assertThat(pages).hasSize(14);
        assertThat(problems).as("clipped labels and tables wider than the page").isEmpty();
    }

    @Test
    void the_layout_check_finds_a_clipped_label_and_a_table_wider_than_its_container() throws IOException {
        HeadlessChromium chromium = HeadlessChromium.required();
        Path page = directory.resolve("defects.html");
        Files.writeString(page, """
                <!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Fel</title>
                <style>main { width: 600px; } svg text { font-size: 12px; }</style></head><body><main>
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 60" width="300" height="60">
                <title>Borich</title>
                <text x="100" y="30" text-anchor="end">Offentlig upphandling och reserverade kontrakt</text>
                <text x="110" y="30">11,04</text></svg>
                <div><table style="border-collapse: collapse"><caption>Bred</caption><tr><td style="white-space: nowrap">
                Föreningen behöver stöd för att delta i offentlig upphandling och reserverade kontrakt, och mer text
                </td><td style="white-space: nowrap">Rådgivning och affärsutveckling; Utbildning; Nätverk</td></tr>
                </table></div>
                </main></body></html>
                """, StandardCharsets.UTF_8);

        List<String> problems = LayoutCheck.problems(chromium, page);

        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).contains("chart 1 \"Borich\"", "Offentlig upphandling", "is cut by its picture");
        assertThat(problems.get(1)).contains("table 1 \"Bred\"", "px wide in");
    }

    @Test
    void the_raw_key_check_finds_the_keys_of_a_page_that_has_them() {
        String page = "<html><body><main><p>Kompetenser: work_integration_supervision</p>"
                + "<ol><li><code>need:PUBLIC_PROCUREMENT</code> (docs/synthesis.md)</li></ol>"
                + "<p>Se (sesi competence ranking). behov_finansiering (SINGLE)</p>"
                + "<p class=\"variable\">Variabel: <code>stod_onskat</code></p></main></body></html>";

        List<String> found = RawKeys.in(RawKeys.textOfHtml(page));

        assertThat(found).anyMatch(f -> f.contains("work_integration_supervision"))
                .anyMatch(f -> f.contains("need:PUBLIC_PROCUREMENT"))
                .anyMatch(f -> f.contains("PUBLIC_PROCUREMENT") && f.startsWith("UPPER_SNAKE"))
                .anyMatch(f -> f.startsWith("file path"))
                .anyMatch(f -> f.startsWith("command"))
                .anyMatch(f -> f.startsWith("question type"))
                .anyMatch(f -> f.contains("behov_finansiering"))
                .noneMatch(f -> f.contains("stod_onskat"));
    }
}
