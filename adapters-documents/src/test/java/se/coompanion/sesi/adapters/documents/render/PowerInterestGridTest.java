package se.coompanion.sesi.adapters.documents.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.adapters.documents.render.chart.PowerInterestGrid;

class PowerInterestGridTest {

    private static final PowerInterestGrid.Labels LABELS = new PowerInterestGrid.Labels("Power", "Interest",
            "manage closely", "keep satisfied", "keep informed", "monitor");

    private static PowerInterestGrid grid(PowerInterestGrid.Point... points) {
        return new PowerInterestGrid("Stakeholders", "Four actors, one per quadrant", LABELS, List.of(points));
    }

    /** The centre of dot number n. */
    private static double[] centre(String svg, int n) {
        Matcher m = Pattern.compile("<title>" + n + "\\. [^<]*</title><circle cx=\"([0-9.]+)\" cy=\"([0-9.]+)\"")
                .matcher(svg);
        assertThat(m.find()).as("dot %d", n).isTrue();
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
    }

    @Test
    void each_actor_is_placed_in_its_cell_and_the_quadrants_split_between_3_and_4() {
        String svg = grid(new PowerInterestGrid.Point("A", 5, 5, "x"), new PowerInterestGrid.Point("B", 1, 1, "x"),
                new PowerInterestGrid.Point("C", 4, 3, "x"), new PowerInterestGrid.Point("D", 3, 4, "x")).svg();

        // The plot starts at x=70, y=20; cells are 80 wide; interest 1-5 across, power 5 at the top.
        // A (power 5, interest 5): cell x 390-470, y 20-100, centre (430, 60).
        assertThat(centre(svg, 1)).containsExactly(430.0, 60.0);
        // B (1, 1): x 70-150, y 340-420, centre (110, 380).
        assertThat(centre(svg, 2)).containsExactly(110.0, 380.0);
        // C (power 4, interest 3): x 230-310, y 100-180: left of the interest split at x=310, above y=180.
        assertThat(centre(svg, 3)).containsExactly(270.0, 140.0);
        // D (power 3, interest 4): x 310-390, y 180-260: right of the split, below it.
        assertThat(centre(svg, 4)).containsExactly(350.0, 220.0);
        assertThat(svg).contains("x1=\"310\" y1=\"20\" x2=\"310\" y2=\"420\" stroke=\"#1a1a1a\"",
                "x1=\"70\" y1=\"180\" x2=\"470\" y2=\"180\" stroke=\"#1a1a1a\"");
    }

    @Test
    void actors_in_the_same_cell_do_not_overlap() {
        String svg = grid(new PowerInterestGrid.Point("A", 5, 5, "x"), new PowerInterestGrid.Point("B", 5, 5, "x"),
                new PowerInterestGrid.Point("C", 5, 5, "x")).svg();

        double[] a = centre(svg, 1);
        double[] b = centre(svg, 2);
        double[] c = centre(svg, 3);
        assertThat(Math.hypot(a[0] - b[0], a[1] - b[1])).isGreaterThan(20);
        assertThat(Math.hypot(a[0] - c[0], a[1] - c[1])).isGreaterThan(20);
        for (double[] dot : List.of(a, b, c)) {
            assertThat(dot[0]).isBetween(390.0, 470.0);
            assertThat(dot[1]).isBetween(20.0, 100.0);
        }
    }

    @Test
    void the_svg_is_accessible_and_escapes_every_text() {
        String svg = grid(new PowerInterestGrid.Point("<Bolaget & Co>", 2, 2, "\"monitor\"")).svg();

        assertThat(svg).startsWith("<svg").contains("role=\"img\"", "<title id=\"", ">Stakeholders</title>",
                "<desc id=\"", "Four actors, one per quadrant</desc>", "&lt;Bolaget &amp; Co&gt;")
                .doesNotContain("<Bolaget", "\"monitor\"");
        assertThat(svg).contains("manage closely", "keep satisfied", "keep informed", "monitor");
    }

    @Test
    void scores_outside_1_to_5_cannot_be_drawn() {
        assertThatThrownBy(() -> new PowerInterestGrid.Point("X", 6, 1, "")).isInstanceOf(
                IllegalArgumentException.class);
    }
}
