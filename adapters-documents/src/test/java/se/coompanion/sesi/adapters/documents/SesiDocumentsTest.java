package se.coompanion.sesi.adapters.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.documents.prestudy.StatusTable;
import se.coompanion.sesi.adapters.documents.render.HtmlStructure;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;
import se.coompanion.sesi.adapters.documents.statistics.MaterialDocument;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.survey.port.in.ComputeSurveyResults;
import se.coompanion.sesi.domain.prestudy.ActivityKey;
import se.coompanion.sesi.domain.survey.results.ResultGrouping;

/**
 * Every document over one application, as an embedding program gets it: named, typed, the same bytes on a stream
 * and in a file, written whole or not at all, in Swedish and English, and naming no command unless the program gives
 * hints.
 */
class SesiDocumentsTest {

    private static final Locale SV = Locale.forLanguageTag("sv-SE");
    private static final Locale EN = Locale.forLanguageTag("en-GB");

    @TempDir
    Path directory;

    private final ExamplePreStudy study = ExamplePreStudy.withEvidence();
    private final SesiDocuments documents = SesiDocuments.over(study.sesi);

    /** Every single-file document of the pre-study in one language. */
    private List<Document> all(SesiDocuments documents, Locale locale) {
        List<Document> all = new ArrayList<>();
        for (DocumentFormat format : List.of(DocumentFormat.HTML, DocumentFormat.MARKDOWN)) {
            all.add(documents.finalReport(format, locale));
            all.add(documents.informationMaterial(format, locale));
        }
        for (ResultGrouping grouping : List.of(ResultGrouping.NONE, ResultGrouping.COUNTY, ResultGrouping.LEGAL_FORM)) {
            all.add(documents.surveyResults(new ComputeSurveyResults.Query(Optional.empty(), grouping), locale));
        }
        for (PictureFormat format : PictureFormat.values()) {
            all.add(documents.gapMatrix(format, locale));
            all.add(documents.stakeholderGrid(format, locale));
        }
        for (OutputFormat format : OutputFormat.values()) {
            all.add(documents.status(format, locale));
        }
        return all;
    }

    @Test
    void every_document_has_its_name_and_type_in_both_languages() {
        for (Locale locale : List.of(SV, EN)) {
            String lang = locale.getLanguage();
            assertThat(all(documents, locale)).extracting(Document::fileName).containsExactly(
                    "slutrapport-" + lang + ".html", "informationsmaterial-" + lang + ".html",
                    "slutrapport-" + lang + ".md", "informationsmaterial-" + lang + ".md",
                    "enkatresultat-" + lang + ".html", "enkatresultat-county-" + lang + ".html",
                    "enkatresultat-legal-form-" + lang + ".html",
                    "kompetensgap-" + lang + ".html", "intressentanalys-" + lang + ".html",
                    "kompetensgap-" + lang + ".svg", "intressentanalys-" + lang + ".svg",
                    "status-" + lang + ".txt", "status.csv");
            assertThat(all(documents, locale)).extracting(Document::mediaType).containsExactly(
                    "text/html; charset=UTF-8", "text/html; charset=UTF-8", "text/markdown; charset=UTF-8",
                    "text/markdown; charset=UTF-8", "text/html; charset=UTF-8", "text/html; charset=UTF-8",
                    "text/html; charset=UTF-8", "text/html; charset=UTF-8", "text/html; charset=UTF-8",
                    "image/svg+xml; charset=UTF-8", "image/svg+xml; charset=UTF-8", "text/plain; charset=UTF-8",
                    "text/csv; charset=UTF-8");
        }
    }

    @Test
    void every_page_is_a_self_contained_page_in_its_language_with_charts_and_their_tables() {
        for (Locale locale : List.of(SV, EN)) {
            for (Document document : all(documents, locale)) {
                if (!document.mediaType().startsWith("text/html")) {
                    continue;
                }
                String html = DocumentText.of(document);
                boolean cites = document.fileName().startsWith("slutrapport")
                        || document.fileName().startsWith("informationsmaterial");
                // the grid's page numbers its actors in a list beside the picture, not in a captioned figure table
                assertThat(HtmlStructure.problems(html, cites ? "sources" : null)).as(document.fileName())
                        .allMatch(p -> document.fileName().startsWith("intressentanalys") && p.startsWith("figure 1"));
                assertThat(html).as(document.fileName()).contains("<html lang=\"" + locale.getLanguage() + "\"");
                assertThat(HtmlStructure.figureCount(html)).as(document.fileName()).isPositive();
            }
        }
        assertThat(documents.finalReport(DocumentFormat.HTML, EN).text())
                .contains("<h1>Final report: Socialt entreprenörskap social innovation - SESI</h1>",
                        "<h2 id=\"recommendations\">Recommendations</h2>",
                        "Bygg lärprogrammet kring offentlig upphandling");
        assertThat(((TextDocument) documents.gapMatrix(PictureFormat.SVG, SV)).text()).startsWith("<svg")
                .contains("role=\"img\"");
    }

    @Test
    void the_status_document_is_the_status_table() {
        var progress = study.sesi.preStudy().showProgress().show();

        for (OutputFormat format : OutputFormat.values()) {
            assertThat(((TextDocument) documents.status(format, SV)).text())
                    .isEqualTo(StatusTable.render(progress, SV, format));
        }
        assertThat(((TextDocument) documents.status(OutputFormat.CSV, EN)).text())
                .startsWith("activity,target,actual,unit,progress_percent,status\n");
    }

    @Test
    void a_document_streams_the_same_bytes_it_writes_to_a_file() throws IOException {
        for (Document document : all(documents, SV)) {
            ByteArrayOutputStream streamed = new ByteArrayOutputStream();
            document.writeTo(streamed);

            Path file = document.writeInto(directory);

            assertThat(file).isEqualTo(directory.resolve(document.fileName()));
            assertThat(Files.readAllBytes(file)).as(document.fileName()).isEqualTo(streamed.toByteArray());
            assertThat(new String(streamed.toByteArray(), StandardCharsets.UTF_8)).as(document.fileName())
                    .isEqualTo(DocumentText.of(document));
        }
    }

    @Test
    void a_document_is_written_whole_or_not_at_all() throws IOException {
        Document report = documents.finalReport(DocumentFormat.HTML, SV);
        Path file = Files.writeString(directory.resolve("slutrapport-sv.html"), "the report before");
        Path folder = Files.createDirectories(directory.resolve("a-folder"));
        Path aFile = Files.writeString(directory.resolve("a-file"), "x");

        assertThatThrownBy(() -> report.writeTo(folder)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is a directory");
        assertThatThrownBy(() -> report.writeInto(aFile)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is a file, not a directory");
        OutputStream failing = new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 10_000) {
                    throw new IOException("the client went away");
                }
            }
        };
        assertThatThrownBy(() -> report.writeTo(failing)).isInstanceOf(IOException.class);

        assertThat(file).hasContent("the report before");
        assertThat(aFile).hasContent("x");
        try (Stream<Path> left = Files.list(directory)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("slutrapport-sv.html",
                    "a-folder", "a-file");
        }
        assertThat(report.writeInto(directory)).content().startsWith("<!DOCTYPE html>");
    }

    @Test
    void writing_the_material_whole_records_its_production_and_a_failed_write_does_not() throws IOException {
        MaterialDocument material = documents.informationMaterial(DocumentFormat.MARKDOWN, EN);
        Path aFile = Files.writeString(directory.resolve("a-file"), "x");
        assertThat(material.usesExampleData()).isTrue();
        assertThat(productions()).isZero();

        assertThatThrownBy(() -> material.writeInto(aFile)).isInstanceOf(InvalidInputException.class);
        assertThat(productions()).isZero();

        material.writeTo(new ByteArrayOutputStream());
        material.writeInto(directory);
        assertThat(productions()).isEqualTo(2);
        assertThat(study.sesi.preStudy().showProgress().show().activities().stream()
                .filter(a -> a.key() == ActivityKey.INFORMATION_MATERIAL).findFirst().orElseThrow().details())
                .anySatisfy(d -> assertThat(d.format(EN)).contains("as Markdown in English"));
    }

    private int productions() {
        return study.ports.materialProductions().count();
    }

    @Test
    void no_document_names_a_command_without_hints_and_the_programs_hints_appear_with_them() {
        SesiDocuments planOnly = SesiDocuments.over(ExamplePreStudy.planOnly().sesi);
        RecordingHints hints = (topic, locale) -> Optional.of("Use the menu \"" + topic.name().toLowerCase(Locale.ROOT)
                + "\".");

        for (SesiDocuments over : List.of(documents, planOnly)) {
            for (Locale locale : List.of(SV, EN)) {
                for (Document document : textDocuments(over, locale)) {
                    assertThat(DocumentText.of(document)).as(document.fileName())
                            .doesNotContainPattern("sesi [a-z]").doesNotContain("Use the menu");
                }
            }
        }
        assertThat(planOnly.withHints(hints).finalReport(DocumentFormat.MARKDOWN, EN).text())
                .contains("Use the menu \"needs\".", "Use the menu \"scan\".", "Use the menu \"recommendations\".");
        assertThat(((TextDocument) documents.withHints(hints).gapMatrix(PictureFormat.HTML, EN)).text())
                .as("a complete heat map needs no hint: it shows the ranking itself")
                .contains("with a gap of 2 or more.</p>").doesNotContain("Use the menu");
    }

    /** The documents of people (not the status table, which has no sentences). */
    private List<Document> textDocuments(SesiDocuments over, Locale locale) {
        List<Document> documents = new ArrayList<>();
        for (DocumentFormat format : DocumentFormat.values()) {
            documents.add(over.finalReport(format, locale));
        }
        if (over == this.documents) {
            documents.add(over.informationMaterial(DocumentFormat.HTML, locale));
            documents.add(over.surveyResults(new ComputeSurveyResults.Query(Optional.empty(), ResultGrouping.NONE),
                    locale));
            documents.add(over.gapMatrix(PictureFormat.HTML, locale));
            documents.add(over.stakeholderGrid(PictureFormat.HTML, locale));
        }
        return documents;
    }
}
