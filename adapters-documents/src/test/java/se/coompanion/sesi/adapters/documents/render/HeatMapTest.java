package se.coompanion.sesi.adapters.documents.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.adapters.documents.render.chart.HeatMap;

class HeatMapTest {

    private static final List<String> LEGEND = List.of("≤ 0", "1", "2", "3", "≥ 4");
    private static final List<String> FILLS = List.of("#f7fbff", "#c6dbef", "#6baed6", "#2171b5", "#08306b");

    private static Optional<HeatMap.Value> value(int gap) {
        return Optional.of(new HeatMap.Value(gap, HeatMap.shown(gap)));
    }

    private HeatMap map() {
        return new HeatMap("Kompetensgap", "Gap per företag och kompetens", List.of("Upphandling", "<Digital & AI>"),
                List.of(new HeatMap.Row("Gröna Händer", List.of(value(4), value(-1))),
                        new HeatMap.Row("Café \"Fjällsippan\"", List.of(value(2), Optional.empty()))),
                0, 4, LEGEND, "ej bedömd");
    }

    @Test
    void a_heat_map_is_accessible_svg_with_escaped_labels_and_a_tooltip_per_cell() {
        String svg = map().svg();

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("role=\"img\"",
                "aria-labelledby=\"", "Kompetensgap</title>", "Gap per företag och kompetens</desc>")
                .contains("&lt;Digital &amp; AI&gt;").doesNotContain("<Digital")
                .contains("Café &quot;Fjällsippan&quot;")
                .contains("<title>Gröna Händer – Upphandling: 4</title>",
                        "<title>Café &quot;Fjällsippan&quot; – &lt;Digital &amp; AI&gt;: ej bedömd</title>")
                .doesNotContain("<script", "href", "class=");
    }

    @Test
    void each_value_is_written_in_its_cell_on_the_colour_of_its_step() {
        String svg = map().svg();

        // scale 0..4 in five steps: 4 is the darkest (white text), -1 is below 0 (lightest), 2 the middle step
        assertThat(cell(svg, "Gröna Händer – Upphandling")).contains("fill=\"#08306b\"");
        // the number's colour is an inline style, so that a page's style sheet for svg text cannot override it
        assertThat(svg).contains("style=\"fill: #ffffff\">4</text>");
        assertThat(cell(svg, "Gröna Händer – &lt;Digital &amp; AI&gt;")).contains("fill=\"#f7fbff\"");
        assertThat(svg).contains("style=\"fill: #1a1a1a\">\u22121</text>");
        assertThat(cell(svg, "Café &quot;Fjällsippan&quot; – Upphandling")).contains("fill=\"#6baed6\"");
        // an empty cell: white, dashed border, a dash
        assertThat(cell(svg, "Café &quot;Fjällsippan&quot; – &lt;Digital &amp; AI&gt;"))
                .contains("fill=\"#ffffff\"", "stroke-dasharray=\"4 2\"");
        assertThat(svg).contains(">–</text>");
        // the legend names the five steps and the empty cell
        assertThat(svg).contains(">≤ 0</text>", ">≥ 4</text>", ">– ej bedömd</text>");
    }

    @Test
    void the_scale_reads_in_greyscale_every_step_darker_than_the_one_before_and_numbers_stay_legible() {
        List<Double> luminance = FILLS.stream().map(HeatMapTest::luminance).toList();

        for (int i = 1; i < luminance.size(); i++) {
            // at least 0.08 of relative luminance between steps: distinct shades of grey
            assertThat(luminance.get(i - 1) - luminance.get(i)).as("step %d", i).isGreaterThan(0.08);
        }
        // dark text (#1a1a1a) on the three light steps and white text on the two dark ones: contrast >= 4.5 : 1
        double dark = luminance("#1a1a1a");
        for (int i = 0; i < 3; i++) {
            assertThat(contrast(luminance.get(i), dark)).as("step %d", i).isGreaterThanOrEqualTo(4.5);
        }
        for (int i = 3; i < 5; i++) {
            assertThat(contrast(1.0, luminance.get(i))).as("step %d", i).isGreaterThanOrEqualTo(4.5);
        }
        String svg = map().svg();
        assertThat(FILLS).allSatisfy(fill -> assertThat(svg).contains("fill=\"" + fill + "\""));
    }

    @Test
    void rows_must_fit_the_columns_and_the_scale_must_rise() {
        assertThatThrownBy(() -> new HeatMap("t", "d", List.of("a", "b"), List.of(new HeatMap.Row("r",
                List.of(value(1)))), 0, 4, LEGEND, "-")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HeatMap("t", "d", List.of("a"), List.of(), 4, 4, LEGEND, "-"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String cell(String svg, String tip) {
        Matcher m = Pattern.compile("<rect [^>]*><title>" + Pattern.quote(tip) + ": ").matcher(svg);
        assertThat(m.find()).as(tip).isTrue();
        return m.group();
    }

    /** Relative luminance (WCAG 2). */
    private static double luminance(String hex) {
        List<Double> c = new ArrayList<>();
        for (int i = 1; i < 7; i += 2) {
            double v = Integer.parseInt(hex.substring(i, i + 2), 16) / 255.0;
            c.add(v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
        }
        return 0.2126 * c.get(0) + 0.7152 * c.get(1) + 0.0722 * c.get(2);
    }

    private static double contrast(double lighter, double darker) {
        return (lighter + 0.05) / (darker + 0.05);
    }
}
