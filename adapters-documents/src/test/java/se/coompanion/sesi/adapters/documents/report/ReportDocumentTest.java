package se.coompanion.sesi.adapters.documents.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.adapters.documents.DocumentFormat;
import se.coompanion.sesi.adapters.documents.ExamplePreStudy;
import se.coompanion.sesi.adapters.documents.RecordingHints;
import se.coompanion.sesi.adapters.documents.SesiDocuments;
import se.coompanion.sesi.adapters.documents.render.HtmlStructure;

/**
 * The final report of a pre-study that has only its plan: it renders, says what is missing, in both languages and
 * both forms, and names a program's commands only when the program gives hints.
 */
class ReportDocumentTest {

    private static final Locale SV = Locale.forLanguageTag("sv-SE");
    private static final Locale EN = Locale.forLanguageTag("en-GB");

    private final SesiDocuments documents = SesiDocuments.over(ExamplePreStudy.planOnly().sesi);

    @Test
    void a_pre_study_with_only_its_plan_gets_a_report_that_says_what_is_missing() {
        ReportDocument report = documents.finalReport(DocumentFormat.HTML, SV);

        String html = report.text();
        assertThat(report.fileName()).isEqualTo("slutrapport-sv.html");
        assertThat(report.mediaType()).isEqualTo("text/html; charset=UTF-8");
        assertThat(HtmlStructure.problems(html, ReportBuilder.SOURCES_ID)).isEmpty();
        assertThat(HtmlStructure.headings(html)).contains("h1 Slutrapport: Socialt entreprenörskap social innovation "
                + "- SESI", "h2 Vad som saknas", "h2 Projektfakta", "h2 Aktiviteterna: mål, utfall och avvikelse",
                "h2 Omvärldsanalys", "h2 Intressentanalys", "h2 Behovsanalys", "h2 Kartläggning av kompetensbehov",
                "h2 Enkätundersökning per post", "h2 Analysseminarium", "h2 Informationsmaterial",
                "h2 Prototyp på lärprogram", "h2 Korsanalys", "h2 Horisontella principer", "h2 Partnerlista",
                "h2 Rekommendationer", "h2 Bilaga: Underlag", "h2 Bilaga: Källor");
        // every activity with a target is missing something, and so are the survey, the material and the synthesis
        assertThat(html).contains("Behovsanalys: 0 av 15 kommuner, 15 återstår",
                "Kartläggning av kompetensbehov: 0 av 10 företag, 10 återstår",
                "Enkätundersökningen: ingen enkät är laddad", "Informationsmaterialet: ingen statistik",
                "Rekommendationer: inga är registrerade ännu", "Inget är registrerat för Omvärldsanalys ännu",
                "23-032-S01", "Mellersta Norrland (NUTS-2 SE32)", "40\u00a0%");
        assertThat(report.missing()).hasSizeGreaterThan(8)
                .contains("Rekommendationer: inga är registrerade ännu");
        assertThat(HtmlStructure.figureCount(html)).as("progress and gender charts, each with its table")
                .isEqualTo(2);
        assertThat(html).doesNotContain("missing.", "report.", "column.", "evidence.");
    }

    @Test
    void the_english_report_is_complete_and_the_markdown_has_the_same_content() {
        String html = documents.finalReport(DocumentFormat.HTML, EN).text();
        String markdown = documents.finalReport(DocumentFormat.MARKDOWN, EN).text();
        String swedishMarkdown = documents.finalReport(DocumentFormat.MARKDOWN, SV).text();

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\"",
                "h2 id=\"missing\">What is missing",
                "Needs analysis: 0 of 15 municipalities, 15 to go");
        assertThat(UntranslatedText.in(html, "sv", UntranslatedText.REPORT_BUNDLES)).isEmpty();
        assertThat(UntranslatedText.in(markdown, "sv", UntranslatedText.REPORT_BUNDLES)).isEmpty();
        assertThat(UntranslatedText.in(swedishMarkdown, "en", UntranslatedText.REPORT_BUNDLES)).isEmpty();
        assertThat(documents.finalReport(DocumentFormat.MARKDOWN, EN).fileName()).isEqualTo("slutrapport-en.md");
        assertThat(markdown).startsWith("# Final report: Socialt entreprenörskap social innovation - SESI")
                .contains("## What is missing", "| Activity | Target | Result |", "## Annex: Sources")
                .doesNotContain("<svg", "<table");
    }

    @Test
    void without_hints_the_report_names_no_command_and_still_reads_as_sentences() {
        for (Locale locale : new Locale[] {SV, EN}) {
            for (DocumentFormat format : DocumentFormat.values()) {
                String text = documents.finalReport(format, locale).text();

                assertThat(text).as(format + " " + locale).doesNotContainPattern("sesi [a-z]")
                        .doesNotContain("\"\"", "()");
            }
        }
        assertThat(documents.finalReport(DocumentFormat.HTML, SV).text())
                .contains("med samma beräkning som förstudiens statusöversikt.</p>",
                        "<p>Inga rekommendationer är registrerade ännu.</p>",
                        "Inget är registrerat för Intressentanalys ännu. (bedömda aktörer: 0 av 0; "
                                + "partnerlista: 0)</p>");
    }

    @Test
    void a_programs_hints_follow_the_sentences_they_belong_to() {
        RecordingHints hints = (topic, locale) -> Optional.of("[" + topic + " " + locale.getLanguage() + "].");
        String html = documents.withHints(hints).finalReport(DocumentFormat.HTML, SV).text();

        assertThat(html).contains("förstudiens statusöversikt.</p>",
                "Inget är registrerat för Omvärldsanalys ännu. (källor: 0; iakttagelser: 0) [SCAN sv].</p>",
                "ännu. (bedömda aktörer: 0 av 0; partnerlista: 0) [STAKEHOLDERS sv].</p>",
                "<li>Rekommendationer: inga är registrerade ännu. [RECOMMENDATIONS sv].</li>",
                "<p>Inga rekommendationer är registrerade ännu. [RECOMMENDATIONS sv].</p>");
        assertThat(documents.withHints(RecordingHints.NONE).finalReport(DocumentFormat.HTML, SV).text())
                .isEqualTo(documents.finalReport(DocumentFormat.HTML, SV).text());
    }
}
