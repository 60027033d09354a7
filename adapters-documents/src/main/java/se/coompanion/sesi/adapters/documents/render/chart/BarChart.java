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
    private static final int LABEL_WIDTH_LEAST = 120;
    private static final int LABEL_WIDTH_MOST = 240;
    private static final int LABEL_GAP = 8;
    private static final int PLOT_LEAST = 240;
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

    /**
     * The chart as an SVG element. A label wider than the label column is wrapped onto more lines (the bar's row grows
     * to hold them); the column grows, up to {@link #LABEL_WIDTH_MOST}, for labels that fit on one line, and beyond it
     * for a single word wider than that, so that no label is cut.
     */
    public String svg() {
        double longest = bars.stream().mapToDouble(b -> TextWidth.of(b.label())).max().orElse(0);
        double labelWidth = Math.min(LABEL_WIDTH_MOST, Math.max(LABEL_WIDTH_LEAST, longest));
        List<List<String>> labels = new ArrayList<>();
        for (Bar bar : bars) {
            List<String> lines = TextWidth.wrap(bar.label(), labelWidth);
            labelWidth = Math.max(labelWidth, TextWidth.widest(lines));
            labels.add(lines);
        }
        int labelColumn = (int) Math.ceil(labelWidth) + LABEL_GAP;
        double widestValue = bars.stream().mapToDouble(b -> TextWidth.of(b.shown())).max().orElse(0);
        int valueColumn = Math.max(VALUE_WIDTH, (int) Math.ceil(widestValue) + 10);
        int width = Math.max(WIDTH, labelColumn + PLOT_LEAST + valueColumn);
        int plot = width - labelColumn - valueColumn;
        List<Drawn> drawn = new ArrayList<>();
        int y = TOP;
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            List<String> lines = labels.get(i);
            int row = Math.max(BAR_HEIGHT, lines.size() * TextWidth.LINE_HEIGHT + 4);
            int barY = y + (row - BAR_HEIGHT) / 2;
            int middle = barY + BAR_HEIGHT / 2 + 4;
            int first = middle - (lines.size() - 1) * TextWidth.LINE_HEIGHT / 2;
            List<Line> texts = new ArrayList<>();
            for (int l = 0; l < lines.size(); l++) {
                texts.add(new Line(lines.get(l), first + l * TextWidth.LINE_HEIGHT));
            }
            int length = (int) Math.round(plot * bar.value() / maximum);
            drawn.add(new Drawn(bar.label(), texts, bar.shown(), barY, middle, labelColumn, length,
                    labelColumn + length + 6, bar.highlight() ? "bar accent" : "bar"));
            y += row + GAP;
        }
        int height = y - GAP + TOP;
        return Templates.render("chart/bar.svg", new View(title, description, width, height, labelColumn - LABEL_GAP,
                BAR_HEIGHT, drawn, "chart-" + Integer.toHexString(Objects.hash(title, bars))));
    }

    record Line(String text, int y) {
    }

    record Drawn(String label, List<Line> lines, String shown, int y, int textY, int x, int length, int valueX,
            String css) {
    }

    record View(String title, String description, int width, int height, int labelX, int barHeight,
            List<Drawn> bars, String id) {
    }
}
