package se.coompanion.sesi.adapters.documents.render.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.adapters.documents.render.Templates;

/**
 * A heat map as inline SVG: rows by columns of cells, each coloured by its value on a scale of five steps and with
 * the value written in it. The scale is one hue from very light to very dark, so that it reads in greyscale and for
 * people who do not see colours (the darker, the higher), and the written numbers carry the values anyway; on the
 * two darkest steps the number is white for contrast. An empty cell (no value) is white with a dashed border and a
 * dash. Every cell has a tooltip with its row, column and value. The SVG has {@code role="img"}, a {@code <title>}
 * and a {@code <desc>}; a page should also show the numbers in a table. The colours are written into the SVG, so
 * that it also stands alone as a file.
 *
 * @param title       what the map shows
 * @param description one sentence for people who cannot see it
 * @param columns     the column labels, in order
 * @param rows        the rows, in order, each with one cell per column
 * @param lowest      a value at or below this gets the lightest step
 * @param highest     a value at or above this gets the darkest step
 * @param legend      the labels of the five steps, lightest first
 * @param emptyLabel  what an empty cell means ("not rated")
 */
public record HeatMap(String title, String description, List<String> columns, List<Row> rows, double lowest,
        double highest, List<String> legend, String emptyLabel) {

    /** The five steps, lightest first (ColorBrewer "Blues"): luminance falls with each step. */
    static final List<String> FILLS = List.of("#f7fbff", "#c6dbef", "#6baed6", "#2171b5", "#08306b");
    private static final List<String> TEXT = List.of("#1a1a1a", "#1a1a1a", "#1a1a1a", "#ffffff", "#ffffff");
    private static final int STEPS = 5;
    private static final int CELL_WIDTH = 34;
    private static final int CELL_HEIGHT = 24;
    private static final double CHAR_WIDTH = 6.6;
    private static final int GAP = 8;
    private static final int MAX_LABEL = 320;
    private static final int LEGEND_SWATCH = 28;

    /**
     * One row.
     *
     * @param label the row's label
     * @param cells one per column; empty where there is no value
     */
    public record Row(String label, List<Optional<Value>> cells) {

        public Row {
            Objects.requireNonNull(label, "label");
            cells = List.copyOf(cells);
        }
    }

    /**
     * A cell's value.
     *
     * @param value the number that decides the colour
     * @param shown the number as written in the cell ("2", "−1")
     */
    public record Value(double value, String shown) {

        public Value {
            Objects.requireNonNull(shown, "shown");
            if (Double.isNaN(value)) {
                throw new IllegalArgumentException("a heat map cell needs a number");
            }
        }
    }

    public HeatMap {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(emptyLabel, "emptyLabel");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        legend = List.copyOf(legend);
        if (legend.size() != STEPS) {
            throw new IllegalArgumentException("a heat map's legend names its " + STEPS + " steps");
        }
        if (!(highest > lowest)) {
            throw new IllegalArgumentException("the scale needs highest above lowest: " + lowest + ", " + highest);
        }
        for (Row row : rows) {
            if (row.cells().size() != columns.size()) {
                throw new IllegalArgumentException("row " + row.label() + " has " + row.cells().size()
                        + " cells for " + columns.size() + " columns");
            }
        }
    }

    /** The step of a value: 0 (lightest) to 4 (darkest), in equal parts of lowest..highest. */
    int step(double value) {
        double share = (value - lowest) / (highest - lowest);
        return (int) Math.max(0, Math.min(STEPS - 1, Math.round(share * (STEPS - 1))));
    }

    /** The map as an SVG element. */
    public String svg() {
        int labelWidth = textWidth(rows.stream().map(Row::label).toList());
        int headerHeight = textWidth(columns);
        int top = GAP + headerHeight + GAP;
        List<Header> headers = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            int x = labelWidth + c * CELL_WIDTH + CELL_WIDTH / 2 + 4;
            headers.add(new Header(columns.get(c), x, top - GAP));
        }
        List<Line> lines = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            int y = top + r * CELL_HEIGHT;
            List<Drawn> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                int x = labelWidth + c * CELL_WIDTH;
                Optional<Value> value = row.cells().get(c);
                String tip = row.label() + " – " + columns.get(c) + ": " + value.map(Value::shown).orElse(emptyLabel);
                cells.add(value.map(v -> new Drawn(x, y, FILLS.get(step(v.value())), "none",
                                TEXT.get(step(v.value())), v.shown(), tip, x + CELL_WIDTH / 2, y + CELL_HEIGHT / 2 + 4))
                        .orElse(new Drawn(x, y, "#ffffff", "4 2", "#4a4a4a", "–", tip, x + CELL_WIDTH / 2,
                                y + CELL_HEIGHT / 2 + 4)));
            }
            lines.add(new Line(row.label(), labelWidth - GAP, y + CELL_HEIGHT / 2 + 4, cells));
        }
        int legendY = top + rows.size() * CELL_HEIGHT + 2 * GAP;
        List<Key> keys = new ArrayList<>();
        int x = GAP;
        for (int i = 0; i <= STEPS; i++) {
            String label = i < STEPS ? legend.get(i) : "– " + emptyLabel;
            keys.add(new Key(x, legendY, i < STEPS ? FILLS.get(i) : "#ffffff", i < STEPS ? "none" : "4 2", label));
            x += LEGEND_SWATCH + GAP + (int) Math.ceil(label.length() * CHAR_WIDTH) + 3 * GAP;
        }
        int width = Math.max(labelWidth + columns.size() * CELL_WIDTH + GAP, x);
        int height = legendY + CELL_HEIGHT + GAP;
        return Templates.render("chart/heatmap.svg", new View(title, description, width, height, CELL_WIDTH,
                CELL_HEIGHT, LEGEND_SWATCH, headers, lines, keys, "heatmap-" + Integer.toHexString(
                        Objects.hash(title, columns, rows))));
    }

    private static int textWidth(List<String> labels) {
        int longest = labels.stream().mapToInt(String::length).max().orElse(0);
        return (int) Math.min(MAX_LABEL, Math.ceil(longest * CHAR_WIDTH) + 2 * GAP);
    }

    /** The number as a heat map cell writes it: a true minus sign for negative values. */
    public static String shown(long value) {
        return value < 0 ? "\u2212" + Math.abs(value) : String.format(Locale.ROOT, "%d", value);
    }

    record Header(String label, int x, int y) {
    }

    record Drawn(int x, int y, String fill, String dash, String textColour, String shown, String tip, int textX,
            int textY) {
    }

    record Line(String label, int labelX, int labelY, List<Drawn> cells) {
    }

    record Key(int x, int y, String fill, String dash, String label) {

        public int textX() {
            return x + LEGEND_SWATCH + GAP;
        }

        public int textY() {
            return y + 13;
        }
    }

    record View(String title, String description, int width, int height, int cellWidth, int cellHeight,
            int swatch, List<Header> headers, List<Line> lines, List<Key> keys, String id) {
    }
}
