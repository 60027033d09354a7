package se.coompanion.sesi.adapters.documents.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.adapters.documents.DocumentFormat;
import se.coompanion.sesi.adapters.documents.DocumentText;
import se.coompanion.sesi.adapters.documents.Edition;
import se.coompanion.sesi.adapters.documents.ExamplePreStudy;
import se.coompanion.sesi.adapters.documents.SesiDocuments;
import se.coompanion.sesi.adapters.documents.render.pdf.PdfText;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.actor.port.in.AddContact;
import se.coompanion.sesi.application.stakeholder.port.in.AssessStakeholder;

/**
 * The public and internal editions of the final report. The example pre-study gets a contact person whom an
 * assessment quotes by name ("Enligt Karin Ålund ...") and a stakeholder whose salience class is "farlig" (dangerous:
 * power and urgency without legitimacy). The public edition, the default, must have neither in its HTML, Markdown or
 * PDF text, in Swedish or English, and must say that it is the public edition; the internal edition has both, and
 * "Internt arbetsmaterial" on every page.
 */
class EditionTest {

    private static final Locale SV = Locale.forLanguageTag("sv");
    private static final Locale EN = Locale.forLanguageTag("en");
    private static final String NAME = "Karin Ålund";
    private static final String EMAIL = "karin.alund@ornskoldsvik.example";

    private static SesiDocuments documents;

    @BeforeAll
    static void aContactQuotedByNameAndADangerousStakeholder() {
        SesiApplication sesi = ExamplePreStudy.withEvidence().sesi;
        sesi.actors().addContact().add(new AddContact.Command("212000-2411", NAME, "Enhetschef", EMAIL, "070-123 45 67",
                null));
        // power and urgency, no legitimacy: Mitchell's "dangerous" stakeholder
        sesi.stakeholders().assessStakeholder().assess(new AssessStakeholder.Command("212000-2411", 5, 4, 1, "P,U",
                "CO_FINANCIER",
                "Enligt " + NAME + " äger kommunen arbetsmarknadsenheten; fråga Karin om avtalet (" + EMAIL + ").",
                LocalDate.of(2024, 3, 12)));
        documents = SesiDocuments.over(sesi);
    }

    @Test
    void the_internal_edition_has_the_name_and_the_salience_class_so_the_public_test_can_fail() {
        String html = documents.finalReport(DocumentFormat.HTML, SV, Edition.INTERNAL).text();
        PdfText pdf = PdfText.of(DocumentText.bytes(documents.finalReport(DocumentFormat.PDF, SV, Edition.INTERNAL)));

        assertThat(html).contains(NAME, "farlig", EMAIL, "Internt arbetsmaterial", "interna utgåva");
        assertThat(pdf.text().replaceAll("\\s+", " ")).contains(NAME, "farlig", "Intressentklass", "Inställning");
        assertThat(pdf.pages()).allSatisfy(page -> assertThat(page).contains("Internt arbetsmaterial"));
        assertThat(pdf.pages().get(0)).contains("Intern utgåva");
        assertThat(documents.finalReport(DocumentFormat.PDF, SV, Edition.INTERNAL).fileName())
                .isEqualTo("slutrapport-intern-sv.pdf");
    }

    @Test
    void the_public_edition_has_no_personal_name_no_salience_class_and_no_attitude_in_any_form_or_language() {
        for (Locale locale : List.of(SV, EN)) {
            for (DocumentFormat format : DocumentFormat.values()) {
                ReportDocument report = documents.finalReport(format, locale);
                String text = DocumentText.of(report).replaceAll("\\s+", " ");

                assertThat(report.edition()).isEqualTo(Edition.PUBLIC);
                assertThat(text).as(report.fileName()).doesNotContain("Karin", "Ålund", EMAIL, "070-123",
                        "farlig", "dangerous", "Intressentklass", "Salience", "Inställning", "Attitude",
                        "Internt arbetsmaterial", "Internal working material");
                assertThat(text).as(report.fileName()).contains(locale == SV
                        ? "Enligt en kontaktperson äger kommunen arbetsmarknadsenheten"
                        : "Enligt a contact person äger kommunen arbetsmarknadsenheten");
            }
        }
    }

    @Test
    void the_public_edition_says_so_in_its_foreword_and_on_its_cover() {
        String html = documents.finalReport(DocumentFormat.HTML, SV).text();
        PdfText pdf = PdfText.of(DocumentText.bytes(documents.finalReport(DocumentFormat.PDF, EN)));

        assertThat(html).contains("Det här är slutrapportens offentliga utgåva");
        assertThat(pdf.pages().get(0)).contains("Public edition");
        assertThat(pdf.text().replaceAll("\\s+", " ")).contains("This is the public edition of the final report");
    }
}
