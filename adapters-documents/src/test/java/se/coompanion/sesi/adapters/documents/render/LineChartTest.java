package se.coompanion.sesi.adapters.documents.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.adapters.documents.render.chart.LineChart;

class LineChartTest {

    private static final List<LineChart.Tick> TICKS = List.of(new LineChart.Tick(0, "0 %"),
            new LineChart.Tick(0.2, "20 %"), new LineChart.Tick(0.4, "40 %"));

    private LineChart chart() {
        return new LineChart("Kvinnors andel", "Andel över åren", List.of("2013", "2016", "2019"), List.of(
                new LineChart.Series("Sverige", List.of(new LineChart.Point(0, 0.2825, "28,3 %")), true),
                new LineChart.Series("<Län & kommun>", List.of(new LineChart.Point(0, 0.2, "20,0 %"),
                        new LineChart.Point(2, 0.4, "40,0 %")), false)), TICKS, 0.4);
    }

    @Test
    void a_line_chart_is_accessible_svg_with_a_title_a_description_and_escaped_labels() {
        String svg = chart().svg();

        assertThat(svg).startsWith("<svg").contains("role=\"img\"", "aria-labelledby=\"")
                .contains("Kvinnors andel</title>", "<desc id=\"", "Andel över åren</desc>")
                .contains("&lt;Län &amp; kommun&gt;").doesNotContain("<Län")
                .contains("<title>Sverige, 2013: 28,3 %</title>")
                .doesNotContain("<script", "href");
    }

    @Test
    void points_are_placed_by_category_and_value() {
        String svg = chart().svg();

        // plot: x from 64 + 24 = 88 to 640 - 24 - 24 = 592 over three years: 2013 at 88, 2019 at 592;
        // y: top 14, height 220, maximum 0.4: 0.2 -> 14 + 220 * (1 - 0.5) = 124, 0.4 -> 14
        assertThat(svg).contains("<polyline points=\"88.0,124.0 592.0,14.0\"");
        // Sweden has one point: a marker and no line; 0.2825 -> 14 + 220 * (1 - 0.70625) = 78.6
        assertThat(svg).contains("cx=\"88.0\" cy=\"78.6\"");
        assertThat(count(svg, "<polyline")).isEqualTo(1);
        assertThat(count(svg, "<circle")).as("3 markers and 2 legend marks").isEqualTo(5);
        // grid at 0 %, 20 %, 40 %: y 234, 124, 14
        assertThat(svg).contains("y1=\"234.0\"", "y1=\"124.0\"", "y1=\"14.0\"");
    }

    @Test
    void series_differ_by_dash_pattern_not_only_colour_and_the_highlight_is_solid() {
        String svg = chart().svg();

        assertThat(svg).contains("stroke=\"#a8432b\" stroke-width=\"3.5\" stroke-dasharray=\"none\"")
                .contains("stroke-dasharray=\"8 4\"");
    }

    @Test
    void a_point_outside_the_categories_is_refused() {
        assertThatThrownBy(() -> new LineChart("t", "d", List.of("2013"), List.of(new LineChart.Series("x",
                List.of(new LineChart.Point(1, 0.1, "10 %")), false)), TICKS, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LineChart.Point(0, Double.NaN, "")).isInstanceOf(IllegalArgumentException.class);
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
