package se.coompanion.sesi.adapters.documents.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.adapters.documents.render.chart.BarChart;
import se.coompanion.sesi.adapters.documents.render.HtmlPage;

class HtmlPageTest {

    @Test
    void a_page_is_self_contained_and_escapes_what_it_is_given() {
        String page = HtmlPage.render(Locale.forLanguageTag("sv-SE"), "Kvinnors <företagande>", "<p>ok</p>");

        assertThat(page).startsWith("<!DOCTYPE html>").contains("<html lang=\"sv\">")
                .contains("<title>Kvinnors &lt;företagande&gt;</title>")
                .contains("@page { size: A4;")
                .contains("<main>\n<p>ok</p>\n</main>")
                .doesNotContain("<script", "http://", "https://", "<link");
    }

    @Test
    void a_bar_chart_is_accessible_svg_with_bars_in_proportion() {
        BarChart chart = new BarChart("Andel kvinnor", "Kvinnors andel av företagarna per region", List.of(
                new BarChart.Bar("Sverige", 0.31, "31,0 %", true),
                new BarChart.Bar("<Region & län>", 0.155, "15,5 %", false)), 1.0);

        String svg = chart.svg();

        assertThat(svg).startsWith("<svg").contains("role=\"img\"")
                .contains("<title id=\"", "Andel kvinnor</title>", "<desc id=\"")
                .contains("&lt;Region &amp; län&gt;").doesNotContain("<Region")
                .contains("class=\"bar accent\"").contains("31,0 %");
        assertThat(svg).contains("width=\"109\"").contains("width=\"54\"");
    }

    @Test
    void a_bar_needs_a_value() {
        assertThatThrownBy(() -> new BarChart.Bar("x", Double.NaN, "", false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
