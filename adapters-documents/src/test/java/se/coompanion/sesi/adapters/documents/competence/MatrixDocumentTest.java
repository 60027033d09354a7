package se.coompanion.sesi.adapters.documents.competence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.adapters.documents.render.HtmlStructure;
import se.coompanion.sesi.domain.competence.BorichRanking;
import se.coompanion.sesi.domain.competence.CompetenceFramework;
import se.coompanion.sesi.domain.competence.CompetenceKey;
import se.coompanion.sesi.domain.competence.GapMatrix;
import se.coompanion.sesi.domain.competence.Level;
import se.coompanion.sesi.domain.competence.Rating;
import se.coompanion.sesi.domain.shared.OrganisationNumber;
import se.coompanion.sesi.adapters.documents.competence.MatrixDocument;

class MatrixDocumentTest {

    static final OrganisationNumber GRONA = OrganisationNumber.parse("769637-4128");
    static final OrganisationNumber CAFE = OrganisationNumber.parse("769639-0181");

    private static Rating rating(OrganisationNumber enterprise, String key, int current, int required) {
        return new Rating(enterprise, CompetenceKey.parse(key), Level.of(current), Level.of(required));
    }

    private final List<Rating> ratings = List.of(
            // public_procurement: gaps 4 and 3, sum 7; required 5+5=10, N=2: MWDS = 7 * 5 / 2 = 17.5
            rating(GRONA, "public_procurement", 1, 5), rating(CAFE, "public_procurement", 2, 5),
            // creativity: gap 3-4=-1; required 3, N=1: MWDS = -1 * 3 / 1 = -3
            rating(GRONA, "creativity", 4, 3),
            // digital_skills: gap 4-2=2; required 4, N=1: MWDS = 2 * 4 / 1 = 8
            rating(CAFE, "digital_skills", 2, 4));

    private MatrixDocument document(Locale locale) {
        CompetenceFramework framework = CompetenceFramework.standard();
        List<CompetenceKey> ranked = BorichRanking.rank(framework, ratings).stream()
                .map(r -> r.score().competence().key()).toList();
        return new MatrixDocument(GapMatrix.of(framework, ratings), Map.of(GRONA, "Gröna Händer <ASF>",
                CAFE, "Café Fjällsippan"), ranked, locale);
    }

    @Test
    void the_page_is_self_contained_accessible_and_shows_the_numbers_in_a_table() {
        String html = document(Locale.forLanguageTag("sv")).html();

        assertThat(HtmlStructure.problems(html, null)).isEmpty();
        assertThat(html).contains("<html lang=\"sv\"", "De sociala företagens kompetensgap",
                "<th scope=\"row\">Gröna Händer &lt;ASF&gt;</th>");
        // the table has the map's shape: enterprises by name down (Café before Gröna), competences across numbered by
        // rank (1 procurement 17.5, 2 digital 8, 3 creativity -3), each number's name its abbreviation title and
        // listed below the table
        assertThat(html).contains("<th scope=\"col\">Företag</th><th scope=\"col\" class=\"number\"><abbr title=\""
                + "Offentlig upphandling och reserverade kontrakt\">1</abbr></th>");
        assertThat(html).contains("<tr><th scope=\"row\">Café Fjällsippan</th><td class=\"number\">3</td>"
                + "<td class=\"number\">2</td><td class=\"number\">–</td></tr>");
        assertThat(html).contains("<tr><th scope=\"row\">Gröna Händer &lt;ASF&gt;</th><td class=\"number\">4</td>"
                + "<td class=\"number\">–</td><td class=\"number\">\u22121</td></tr>");
        assertThat(html.indexOf("Café Fjällsippan</th><td")).isLessThan(html.indexOf("Gröna Händer &lt;ASF&gt;</th><td"));
        assertThat(html).contains("<li>Offentlig upphandling och reserverade kontrakt (public_procurement)</li>\n"
                + "<li>Digital kompetens (digital_skills)</li>\n<li>Kreativitet (creativity)</li>");
    }

    @Test
    void the_picture_alone_is_an_svg_heat_map_of_the_rated_competences_in_english_on_request() {
        String svg = document(Locale.ROOT).svg();

        assertThat(svg).startsWith("<svg").contains("Competence gaps of the social enterprises</title>",
                "Public procurement and reserved contracts", "Digital skills", "Creativity", "– not rated")
                .doesNotContain("Impact measurement");
        assertThat(svg).contains("<title>Gröna Händer &lt;ASF&gt; – Public procurement and reserved contracts: 4"
                + "</title>");
    }
}
