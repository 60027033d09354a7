package se.coompanion.sesi.adapters.documents.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.adapters.documents.DocumentFormat;
import se.coompanion.sesi.adapters.documents.DocumentText;
import se.coompanion.sesi.adapters.documents.ExamplePreStudy;
import se.coompanion.sesi.adapters.documents.SesiDocuments;
import se.coompanion.sesi.adapters.documents.render.HtmlStructure;
import se.coompanion.sesi.adapters.documents.render.pdf.PdfText;
import se.coompanion.sesi.adapters.documents.render.pdf.PdfUa;

/**
 * The final report as a PDF, read back with PDFBox as a reader and a screen reader get it: A4, the cover with the case
 * number, a table of contents whose page numbers are right, "Sida N av M" on every page, a bookmark for every heading,
 * fonts embedded, tagged with the language and title, every chart a figure with its data in words, and the PDF/UA
 * claim checked by veraPDF.
 */
class ReportPdfTest {

    private static final Locale SV = Locale.forLanguageTag("sv");
    private static final Locale EN = Locale.forLanguageTag("en");
    /** A line of the table of contents: the heading, the dot leader, the page number. */
    private static final Pattern CONTENTS_LINE = Pattern.compile("(?m)^(.+?)\\s*\\.{4,}\\s*(\\d+)\\s*$");

    private static SesiDocuments documents;
    private static byte[] swedish;
    private static PdfText sv;

    @BeforeAll
    static void write() {
        documents = SesiDocuments.over(ExamplePreStudy.withEvidence().sesi);
        swedish = DocumentText.bytes(documents.finalReport(DocumentFormat.PDF, SV));
        sv = PdfText.of(swedish);
    }

    @Test
    void the_cover_has_the_project_its_case_number_owner_period_date_and_edition() {
        assertThat(documents.finalReport(DocumentFormat.PDF, SV).fileName()).isEqualTo("slutrapport-sv.pdf");
        assertThat(sv.a4()).isTrue();
        assertThat(sv.pages().get(0)).contains("Slutrapport", "Socialt entreprenörskap social", "Diarienummer",
                "23-032-S01", "Projektägare", "Coompanion - Kooperativ Utveckling Västernorrland", "Period",
                "2024-01-01 till 2024-12-31", "Datum", "Utgåva", "Offentlig utgåva");
    }

    @Test
    void every_page_says_which_page_it_is_of_how_many() {
        int count = sv.pages().size();
        assertThat(count).isGreaterThan(10);
        for (int page = 1; page <= count; page++) {
            assertThat(sv.pages().get(page - 1)).as("page " + page)
                    .contains("Sida " + page + " av " + count, "Slutrapport 23-032-S01, Offentlig utgåva");
        }
    }

    @Test
    void the_table_of_contents_lists_every_section_with_the_page_it_starts_on() {
        List<String> sections = sections(documents.finalReport(DocumentFormat.HTML, SV).text());
        Map<String, Integer> contents = new LinkedHashMap<>();
        Matcher line = CONTENTS_LINE.matcher(sv.pages().get(1));
        while (line.find()) {
            contents.put(line.group(1).strip(), Integer.parseInt(line.group(2)));
        }

        assertThat(sv.pages().get(1)).contains("Innehåll");
        assertThat(contents.keySet()).containsExactlyElementsOf(sections);
        contents.forEach((heading, page) -> assertThat(sv.pages().get(page - 1)).as(heading + " on page " + page)
                .contains(heading));
    }

    @Test
    void every_heading_is_a_bookmark_nested_as_the_headings_are() {
        List<String> sections = sections(documents.finalReport(DocumentFormat.HTML, SV).text());

        assertThat(sv.bookmarks()).startsWith("Socialt entreprenörskap social innovation - SESI", "  Innehåll");
        for (String section : sections) {
            assertThat(sv.bookmarks()).as(section).contains("  " + section);
        }
        // the h3 of a section are under it
        assertThat(sv.bookmarks()).containsSubsequence("  Kartläggning av kompetensbehov",
                "    Kompetensgapen rangordnade efter Borich MWDS", "  Enkätundersökning per post");
    }

    @Test
    void the_pdf_is_tagged_in_its_language_with_its_title_the_fonts_embedded_and_every_chart_described() {
        String html = documents.finalReport(DocumentFormat.HTML, SV).text();
        PdfText en = PdfText.of(DocumentText.bytes(documents.finalReport(DocumentFormat.PDF, EN)));

        assertThat(sv.tagged()).isTrue();
        assertThat(sv.language()).isEqualTo("sv");
        assertThat(sv.title()).isEqualTo("Slutrapport: Socialt entreprenörskap social innovation - SESI");
        assertThat(en.language()).isEqualTo("en");
        assertThat(en.title()).isEqualTo("Final report: Socialt entreprenörskap social innovation - SESI");
        assertThat(en.pages().get(0)).contains("Final report", "Case number", "23-032-S01", "Public edition");
        assertThat(en.pages().get(en.pages().size() - 1)).contains("Page " + en.pages().size() + " of "
                + en.pages().size());
        assertThat(sv.unembedded()).isEmpty();
        assertThat(sv.fonts()).allSatisfy(font -> assertThat(font).contains("DejaVuSansCondensed"));
        // one figure per chart, its alternative text the chart's title and data in words
        assertThat(sv.figures()).hasSize(HtmlStructure.figureCount(html))
                .allSatisfy(alt -> assertThat(alt).hasSizeGreaterThan(40));
        assertThat(sv.figures()).anySatisfy(alt -> assertThat(alt).contains("Offentlig upphandling"));
    }

    @Test
    void the_text_is_searchable_as_written_without_ligature_characters() {
        assertThat(sv.text()).contains("offentlig upphandling").doesNotContainPattern("[\\uFB00-\\uFB06]");
    }

    @Test
    void the_last_page_is_not_near_empty() {
        String last = sv.pages().get(sv.pages().size() - 1);
        List<String> lines = new ArrayList<>(last.lines().filter(l -> !l.isBlank()).toList());

        assertThat(lines).as("the last page's lines beside the footer").hasSizeGreaterThan(8);
    }

    @Test
    void the_pdf_ua_conformance_it_claims_holds_for_verapdf() {
        assertThat(sv.claimsPdfUa()).isTrue();
        assertThat(PdfUa.failures(swedish)).isEmpty();
    }

    /** The report's sections: every h2 of its HTML page. */
    private static List<String> sections(String html) {
        return HtmlStructure.headings(html).stream().filter(h -> h.startsWith("h2 ")).map(h -> h.substring(3))
                .toList();
    }
}
