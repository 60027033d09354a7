package se.coompanion.sesi.adapters.documents.render.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import se.coompanion.sesi.adapters.documents.render.Templates;

/**
 * A line chart as inline SVG: categories along the x axis (years), one line per series with a marker at each
 * point, grid lines at the given ticks, and a legend below. Series differ by colour and by dash pattern, so that
 * colour is not the only cue; a highlighted series (e.g. the national figure) is drawn solid in the accent colour.
 * A series with one point shows as a marker. The SVG has {@code role="img"}, a {@code <title>} and a
 * {@code <desc>}, and each marker a title with its value; the page should also show the numbers in a table.
 *
 * @param title       what the chart shows
 * @param description one or two sentences for people who cannot see it
 * @param categories  the x axis labels, in order (e.g. the years)
 * @param series      the lines, in legend order
 * @param ticks       the y values with a grid line and a label (e.g. 0 %, 10 %, 20 %)
 * @param maximum     the value at the top; at least every point's value
 */
public record LineChart(String title, String description, List<String> categories, List<Series> series,
        List<Tick> ticks, double maximum) {

    private static final int WIDTH = 640;
    private static final int LEFT = 64;
    private static final int RIGHT = 24;
    private static final int TOP = 14;
    private static final int PLOT_HEIGHT = 220;
    private static final int X_LABELS = 26;
    private static final int LEGEND_ROW = 22;
    private static final int MOST_X_LABELS = 12;
    private static final String ACCENT = "#a8432b";
    /** Colours with a contrast of at least 4.5:1 on white, the accent kept for the highlighted series. */
    private static final List<String> COLOURS = List.of("#2f5d8a", "#2d6a3e", "#6b4c9a", "#7a5a00", "#1a1a1a",
            "#8a2f6b");
    private static final List<String> DASHES = List.of("8 4", "2 4", "12 4 2 4", "4 4", "none", "12 3");

    /**
     * @param category the index of the point's category
     * @param value    the value in the chart's unit
     * @param shown    the value as people read it ("28,3 %")
     */
    public record Point(int category, double value, String shown) {

        public Point {
            Objects.requireNonNull(shown, "shown");
            if (Double.isNaN(value) || value < 0 || category < 0) {
                throw new IllegalArgumentException("a point needs a category and a value of 0 or more: " + category
                        + ", " + value);
            }
        }
    }

    /**
     * @param label     the series' name in the legend
     * @param points    its points, in category order
     * @param highlight true to draw it solid in the accent colour
     */
    public record Series(String label, List<Point> points, boolean highlight) {

        public Series {
            Objects.requireNonNull(label, "label");
            points = List.copyOf(points);
        }
    }

    /**
     * @param value the y value of the grid line
     * @param shown its label
     */
    public record Tick(double value, String shown) {

        public Tick {
            Objects.requireNonNull(shown, "shown");
        }
    }

    public LineChart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        ticks = List.copyOf(ticks);
        double largest = series.stream().flatMap(s -> s.points().stream()).mapToDouble(Point::value).max().orElse(0);
        if (maximum < largest || maximum <= 0) {
            maximum = largest > 0 ? largest : 1;
        }
        for (Series s : series) {
            for (Point p : s.points()) {
                if (p.category() >= categories.size()) {
                    throw new IllegalArgumentException("point of " + s.label() + " outside the categories: "
                            + p.category());
                }
            }
        }
    }

    /** The chart as an SVG element. */
    public String svg() {
        int plotWidth = WIDTH - LEFT - RIGHT;
        int bottom = TOP + PLOT_HEIGHT;
        List<Grid> grid = ticks.stream().filter(t -> t.value() >= 0 && t.value() <= maximum)
                .map(t -> new Grid(LEFT, y(t.value()), LEFT + plotWidth, LEFT - 6, y(t.value()) + 4, t.shown()))
                .toList();
        int step = Math.max(1, (int) Math.ceil(categories.size() / (double) MOST_X_LABELS));
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < categories.size(); i += step) {
            labels.add(new Label(x(i), bottom + 18, categories.get(i)));
        }
        List<Drawn> lines = new ArrayList<>();
        List<Legend> legend = new ArrayList<>();
        int plain = 0;
        int legendTop = bottom + X_LABELS + 10;
        for (int s = 0; s < series.size(); s++) {
            Series one = series.get(s);
            String colour = one.highlight() ? ACCENT : COLOURS.get(plain % COLOURS.size());
            String dash = one.highlight() ? "none" : DASHES.get(plain % DASHES.size());
            if (!one.highlight()) {
                plain++;
            }
            String width = one.highlight() ? "3.5" : "2.5";
            List<Marker> markers = one.points().stream()
                    .map(p -> new Marker(x(p.category()), y(p.value()), one.label() + ", " + categories.get(p.category())
                            + ": " + p.shown()))
                    .toList();
            String path = markers.stream().map(m -> m.cx() + "," + m.cy()).collect(Collectors.joining(" "));
            lines.add(new Drawn(markers.size() > 1, path, colour, width, dash, markers));
            int rowY = legendTop + s * LEGEND_ROW;
            legend.add(new Legend(LEFT, rowY, LEFT + 36, LEFT + 18, LEFT + 46, rowY + 4, colour, width, dash,
                    one.label()));
        }
        int height = legendTop + series.size() * LEGEND_ROW + 6;
        return Templates.render("chart/line.svg", new View(title, description, WIDTH, height, grid, LEFT, bottom,
                LEFT + plotWidth, labels, lines, legend, "chart-" + Integer.toHexString(Objects.hash(title, series))));
    }

    private String x(int category) {
        int plotWidth = WIDTH - LEFT - RIGHT;
        int inset = 24;
        if (categories.size() == 1) {
            return number(LEFT + plotWidth / 2.0);
        }
        return number(LEFT + inset + category * (plotWidth - 2.0 * inset) / (categories.size() - 1));
    }

    private String y(double value) {
        return number(TOP + PLOT_HEIGHT * (1 - value / maximum));
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    record Grid(int x1, String y, int x2, int labelX, String labelY, String shown) {
    }

    record Label(String x, int y, String text) {
    }

    record Marker(String cx, String cy, String title) {
    }

    record Drawn(boolean hasPath, String points, String colour, String width, String dash, List<Marker> markers) {
    }

    record Legend(int x1, int y, int x2, int markerX, int textX, int textY, String colour, String width, String dash,
            String label) {
    }

    record View(String title, String description, int width, int height, List<Grid> grid, int axisX1, int axisY,
            int axisX2, List<Label> labels, List<Drawn> lines, List<Legend> legend, String id) {
    }
}
