package se.coompanion.sesi.adapters.documents.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.adapters.documents.render.chart.BarChart;
import se.coompanion.sesi.adapters.documents.render.HtmlPage;

/** The structure check itself: it passes a good page and names what is wrong with a bad one. */
class HtmlStructureTest {

    private static final String CHART = new BarChart("Andel", "Kvinnors andel per region",
            List.of(new BarChart.Bar("Sverige", 0.31, "31 %", true)), 1).svg();
    private static final String TABLE = "<table>\n<caption>Data</caption>\n<thead><tr><th scope=\"col\">Region</th>"
            + "</tr></thead><tbody><tr><td>31 %</td></tr></tbody>\n</table>\n";

    private static String page(String body) {
        return HtmlPage.render(Locale.forLanguageTag("sv"), "Titel", body);
    }

    private static String good() {
        return "<h1>Titel</h1>\n<section aria-labelledby=\"s\"><h2 id=\"s\">Del</h2>\n<h3 id=\"c\">Andel</h3>\n"
                + "<figure aria-labelledby=\"c\">\n" + CHART + "\n</figure>\n" + TABLE + "</section>\n"
                + "<section aria-labelledby=\"sources\"><h2 id=\"sources\">Källor</h2><ul><li>"
                + "<a href=\"https://example.org/a\">https://example.org/a</a></li></ul></section>\n";
    }

    @Test
    void a_good_page_has_no_problems() {
        String html = page(good());

        assertThat(HtmlStructure.problems(html, "sources")).isEmpty();
        assertThat(HtmlStructure.headings(html)).containsExactly("h1 Titel", "h2 Del", "h3 Andel", "h2 Källor");
        assertThat(HtmlStructure.figureCount(html)).isEqualTo(1);
    }

    @Test
    void a_chart_without_its_table_or_title_is_named() {
        String withoutTable = page(good().replace(TABLE, "<p>no table</p>\n"));
        String withoutTitle = page(good().replaceAll("<title id=\"[^\"]+\">Andel</title>", ""));

        assertThat(HtmlStructure.problems(withoutTable, "sources"))
                .containsExactly("figure 1: no data table right after the chart");
        assertThat(HtmlStructure.problems(withoutTitle, "sources"))
                .containsExactly("figure 1: no <svg role=\"img\"> with a <title> and a <desc>");
    }

    @Test
    void scripts_external_requests_and_addresses_outside_the_sources_are_named() {
        String bad = page(good().replace("<h2 id=\"s\">Del</h2>", "<h2 id=\"s\">Del</h2><script>x()</script>"
                + "<p onclick=\"y\">Se https://example.com/x</p><div style=\"background:url(a.png)\"></div>"));

        assertThat(HtmlStructure.problems(bad, "sources")).containsExactly("forbidden content: <script",
                "forbidden content:  onclick=", "forbidden content: url(", "web address outside the source list: "
                        + "https://example.com");
    }

    @Test
    void headings_start_with_one_h1_and_do_not_skip_levels() {
        String skipping = page(good().replace("<h2 id=\"s\">Del</h2>", "<h4>Del</h4>").replace("<h1>Titel</h1>", ""));

        assertThat(HtmlStructure.problems(skipping, "sources")).contains("the page has 0 <h1> headings, not one",
                "heading level jumps from h0 to h4 Del");
    }
}
