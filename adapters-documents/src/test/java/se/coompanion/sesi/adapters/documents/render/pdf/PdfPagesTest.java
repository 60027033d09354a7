package se.coompanion.sesi.adapters.documents.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How {@link PdfPages} lays tables on pages: a table's header is never left alone at the foot of a page when its first
 * row is too tall to follow it (the application draft's project logic had its header alone on page 3), and the table
 * takes its caption along.
 */
class PdfPagesTest {

    private static final PdfLayout LAYOUT = new PdfLayout(Locale.forLanguageTag("sv-SE"), "Prov", "Projektägaren",
            "Tabeller på sidor", Optional.empty(), false, "Prov", Optional.empty());

    /** Paragraphs that fill most of the first page, then a table whose first row is many lines tall. */
    private static String pageWithATallFirstRowNearTheFoot(int paragraphs) {
        StringBuilder body = new StringBuilder("<h1>Prov</h1>");
        for (int i = 1; i <= paragraphs; i++) {
            body.append("<p>Stycke ").append(i).append(" fyller sidan med vanlig text som läsaren bläddrar förbi.</p>");
        }
        StringBuilder tall = new StringBuilder();
        for (int line = 1; line <= 20; line++) {
            tall.append("<span class=\"line\">Rad ").append(line).append(" i den höga cellen</span><br>");
        }
        return body + "<table><caption>Tabellen med hög första rad</caption><thead><tr><th scope=\"col\">Rubrik A"
                + "</th><th scope=\"col\">Rubrik B</th></tr></thead><tbody><tr><td>Första raden</td><td>" + tall
                + "</td></tr><tr><td>Andra raden</td><td>kort</td></tr></tbody></table>";
    }

    private static PdfText pdf(String body, List<String> warnings) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfPages.write(body, LAYOUT, out, warnings);
        return PdfText.of(out.toByteArray());
    }

    @Test
    void a_table_whose_first_row_does_not_fit_under_its_header_starts_on_the_next_page() throws IOException {
        // the number of paragraphs that leave a gap of a few centimetres at the foot of page 1 depends on the font's
        // measure: try a range, every one must keep the header with the first row
        List<String> problems = new ArrayList<>();
        boolean headerNearFoot = false;
        for (int paragraphs = 24; paragraphs <= 40; paragraphs += 2) {
            PdfText pdf = pdf(pageWithATallFirstRowNearTheFoot(paragraphs), new ArrayList<>());
            for (int page = 0; page < pdf.pages().size(); page++) {
                String text = pdf.pages().get(page);
                if (text.contains("Tabellen med hög första rad") && !text.contains("Rubrik A")) {
                    problems.add(paragraphs + " paragraphs: the caption without its table on page " + (page + 1));
                }
                if (text.contains("Rubrik A")) {
                    headerNearFoot |= page > 0 && !pdf.pages().get(page - 1).contains("Rubrik A")
                            && pdf.pages().get(page - 1).contains("Stycke " + paragraphs);
                    if (!text.contains("Första raden") && !text.contains("Andra raden")) {
                        problems.add(paragraphs + " paragraphs: the header alone on page " + (page + 1));
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(headerNearFoot).as("at least one layout moved the table past the page it would have started on")
                .isTrue();
    }

    @Test
    void a_table_that_fits_stays_where_it_is() throws IOException {
        PdfText pdf = pdf("<h1>Prov</h1><p>Kort text.</p><table><caption>Liten</caption><thead><tr><th scope=\"col\">"
                + "Rubrik A</th></tr></thead><tbody><tr><td>Första raden</td></tr></tbody></table>", new ArrayList<>());

        assertThat(pdf.pages()).hasSize(1);
        assertThat(pdf.pages().get(0)).contains("Kort text.", "Rubrik A", "Första raden");
    }
}
