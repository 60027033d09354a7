package se.coompanion.sesi.adapters.documents.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.documents.DocumentFormat;
import se.coompanion.sesi.adapters.documents.ExamplePreStudy;
import se.coompanion.sesi.adapters.documents.SesiDocuments;
import se.coompanion.sesi.adapters.documents.render.HtmlStructure;
import se.coompanion.sesi.adapters.documents.render.pdf.PdfText;
import se.coompanion.sesi.application.implementation.port.in.DraftImplementation;
import se.coompanion.sesi.application.shared.NotFoundException;

/**
 * The application draft from {@link SesiDocuments} over the documents' example pre-study (one recommendation, on
 * public procurement): a page of the application form's sections that a stream and a file receive alike, and the final
 * report's note that points to it once the draft exists.
 */
class ApplicationDraftDocumentTest {

    private static final Locale SV = Locale.forLanguageTag("sv");
    private static final Locale EN = Locale.ENGLISH;

    @TempDir
    Path directory;

    /** The example pre-study with the draft made from its one recommendation. */
    static ExamplePreStudy drafted() {
        ExamplePreStudy study = ExamplePreStudy.withEvidence();
        study.sesi.implementation().draftImplementation().draft(new DraftImplementation.Command(
                "Upphandling som väg till arbete", false, "sv"));
        return study;
    }

    @Test
    void the_draft_is_a_page_in_the_form_order_with_its_claims_numbered_to_the_annex() {
        SesiDocuments documents = SesiDocuments.over(drafted().sesi);
        String html = documents.implementationDraft(DocumentFormat.HTML, SV).text();

        assertThat(HtmlStructure.problems(html, null)).isEmpty();
        List<String> order = List.of("id=\"problem\"", "id=\"target-groups\"", "id=\"aims\"", "id=\"logic\"",
                "id=\"indicators\"", "id=\"principles\"", "id=\"partners\"", "id=\"risks\"", "id=\"spreading\"",
                "id=\"organisation\"", "id=\"budget\"", "id=\"evidence\"", "id=\"open-points\"");
        for (int i = 1; i < order.size(); i++) {
            assertThat(html.indexOf(order.get(i))).as(order.get(i)).isGreaterThan(html.indexOf(order.get(i - 1)));
        }
        // the one recommendation became activity A1, which cites the annex's first two pieces of evidence
        assertThat(html).contains("A1 Bygg lärprogrammet kring offentlig upphandling")
                .contains("<a href=\"#evidence-1\">[1]</a>").contains("id=\"evidence-1\"")
                .contains("id=\"evidence-2\"").doesNotContain("need:PUBLIC_PROCUREMENT")
                .doesNotContain("borich:public_procurement");
        assertThat(html.split("class=\"to-write\"", -1)).hasSize(1 + 5);
        assertThat(html).contains("<svg").contains("role=\"img\"").contains("Projektlogik för Upphandling som väg "
                + "till arbete");
    }

    @Test
    void a_stream_and_a_file_receive_the_same_text_in_each_language_and_form() throws IOException {
        SesiDocuments documents = SesiDocuments.over(drafted().sesi);
        for (Locale locale : List.of(SV, EN)) {
            for (DocumentFormat format : List.of(DocumentFormat.HTML, DocumentFormat.MARKDOWN)) {
                var document = documents.implementationDraft(format, locale);
                ByteArrayOutputStream stream = new ByteArrayOutputStream();
                document.writeTo(stream);
                Path file = document.writeInto(directory);

                assertThat(file.getFileName().toString()).isEqualTo("ansokningsutkast-" + locale.getLanguage() + "."
                        + format.extension());
                assertThat(Files.readString(file, StandardCharsets.UTF_8))
                        .isEqualTo(stream.toString(StandardCharsets.UTF_8)).isEqualTo(document.text());
            }
        }
        assertThat(documents.implementationDraft(DocumentFormat.MARKDOWN, EN).text())
                .startsWith("# Upphandling som väg till arbete").contains("## 4\\. Project logic")
                .contains("**To be written:**").contains("## Annex A. Evidence");
    }

    @Test
    void the_pdf_holds_the_same_draft_on_numbered_a4_pages_tagged_in_its_language() throws IOException {
        SesiDocuments documents = SesiDocuments.over(drafted().sesi);
        var document = documents.implementationDraft(DocumentFormat.PDF, SV);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        document.writeTo(stream);
        Path file = document.writeInto(directory);

        assertThat(file.getFileName().toString()).isEqualTo("ansokningsutkast-sv.pdf");
        PdfText pdf = PdfText.of(stream.toByteArray());
        assertThat(PdfText.of(Files.readAllBytes(file)).pages()).as("the file holds what the stream got")
                .isEqualTo(pdf.pages());
        assertThat(pdf.tagged()).isTrue();
        assertThat(pdf.a4()).isTrue();
        assertThat(pdf.language()).isEqualTo("sv");
        assertThat(pdf.title()).isEqualTo("Upphandling som väg till arbete");
        for (int page = 1; page <= pdf.pages().size(); page++) {
            assertThat(pdf.pages().get(page - 1)).as("page " + page)
                    .contains("Sida " + page + " av " + pdf.pages().size());
        }
        assertThat(pdf.text()).contains("A1 Bygg lärprogrammet kring offentlig upphandling", "Att skriva")
                .doesNotContain("need:PUBLIC_PROCUREMENT");
        assertThat(pdf.figures()).as("the project logic's diagram, described in words").hasSize(1);
        assertThatThrownBy(document::text).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_final_report_points_to_the_draft_once_there_is_one() {
        ExamplePreStudy study = ExamplePreStudy.withEvidence();
        SesiDocuments documents = SesiDocuments.over(study.sesi);
        assertThat(documents.finalReport(DocumentFormat.HTML, SV).text()).doesNotContain("ansokningsutkast");
        assertThatThrownBy(() -> documents.implementationDraft(DocumentFormat.HTML, SV))
                .isInstanceOf(NotFoundException.class);

        study.sesi.implementation().draftImplementation().draft(new DraftImplementation.Command(
                "Upphandling som väg till arbete", false, "sv"));

        assertThat(documents.finalReport(DocumentFormat.HTML, SV).text())
                .contains("”Upphandling som väg till arbete”").contains("ansokningsutkast-sv.html");
        assertThat(documents.finalReport(DocumentFormat.MARKDOWN, EN).text()).contains("ansokningsutkast-en.md");
    }
}
