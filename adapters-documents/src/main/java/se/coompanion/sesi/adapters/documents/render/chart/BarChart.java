package se.coompanion.sesi.adapters.documents.render.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.coompanion.sesi.adapters.documents.render.Templates;

/**
 * A horizontal bar chart as inline SVG, one bar per category, with its value written beside the bar. The SVG has
 * {@code role="img"}, a {@code <title>} and a {@code <desc>}; the page should also show the numbers in a table.
 *
 * @param title       what the chart shows
 * @param description one sentence for people who cannot see it
 * @param bars        the bars, in the order shown
 * @param maximum     the value at the right edge (for example 1.0 for shares); at least every bar's value
 */
public record BarChart(String title, String description, List<Bar> bars, double maximum) {

    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 220;
    private static final int VALUE_WIDTH = 70;
    private static final int BAR_HEIGHT = 22;
    private static final int GAP = 8;
    private static final int TOP = 10;

    /**
     * @param label     the category
     * @param value     the bar's length in the chart's unit
     * @param shown     the value as people read it ("31,0 %")
     * @param highlight true to draw the bar in the accent colour (e.g. the national figure)
     */
    public record Bar(String label, double value, String shown, boolean highlight) {

        public Bar {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(shown, "shown");
            if (Double.isNaN(value) || value < 0) {
                throw new IllegalArgumentException("a bar needs a value of 0 or more: " + value);
            }
        }
    }

    public BarChart {
        bars = List.copyOf(bars);
        double largest = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        if (maximum < largest || maximum <= 0) {
            maximum = largest > 0 ? largest : 1;
        }
    }

    /** The chart as an SVG element. */
    public String svg() {
        int plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        List<Drawn> drawn = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = TOP + i * (BAR_HEIGHT + GAP);
            int length = (int) Math.round(plot * bar.value() / maximum);
            drawn.add(new Drawn(bar.label(), bar.shown(), y, y + BAR_HEIGHT / 2 + 5, LABEL_WIDTH, length,
                    LABEL_WIDTH + length + 6, bar.highlight() ? "bar accent" : "bar"));
        }
        int height = TOP * 2 + bars.size() * (BAR_HEIGHT + GAP);
        return Templates.render("chart/bar.svg", new View(title, description, WIDTH, height, LABEL_WIDTH - 8,
                BAR_HEIGHT, drawn, "chart-" + Integer.toHexString(Objects.hash(title, bars))));
    }

    record Drawn(String label, String shown, int y, int textY, int x, int length, int valueX, String css) {
    }

    record View(String title, String description, int width, int height, int labelX, int barHeight,
            List<Drawn> bars, String id) {
    }
}
