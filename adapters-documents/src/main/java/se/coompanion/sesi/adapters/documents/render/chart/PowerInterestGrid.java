package se.coompanion.sesi.adapters.documents.render.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.coompanion.sesi.adapters.documents.render.Templates;

/**
 * Mendelow's power/interest grid as SVG: interest from 1 to 5 across, power from 1 to 5 up, the four quadrants
 * split between 3 and 4 (HIGH is 4 or 5), each stakeholder a numbered dot in its cell, and a legend with the
 * numbers' names. Self-contained (colours are attributes, not page CSS), so it stands alone as an .svg file and
 * inside a page. The SVG has {@code role="img"}, a {@code <title>} and a {@code <desc>}; each dot has its own
 * title; every text is HTML-escaped.
 *
 * @param title       what the chart shows
 * @param description one or two sentences for people who cannot see it
 * @param labels      the axis and quadrant names, in the reader's language
 * @param points      the stakeholders, numbered in this order
 */
public record PowerInterestGrid(String title, String description, Labels labels, List<Point> points) {

    private static final int CELL = 80;
    private static final int SCALE = 5;
    private static final int PLOT = CELL * SCALE;
    private static final int LEFT = 70;
    private static final int TOP = 20;
    private static final int LEGEND_X = LEFT + PLOT + 30;
    private static final int LEGEND_LINE = 18;
    private static final int WIDTH = LEGEND_X + 330;
    private static final int LEGEND_CHARACTERS = 44;
    /** The highest LOW score: the quadrants split after it. */
    private static final int LOW_UP_TO = 3;

    /**
     * @param power          the vertical axis ("Power")
     * @param interest       the horizontal axis ("Interest")
     * @param manageClosely  high power, high interest
     * @param keepSatisfied  high power, low interest
     * @param keepInformed   low power, high interest
     * @param monitor        low power, low interest
     */
    public record Labels(String power, String interest, String manageClosely, String keepSatisfied,
            String keepInformed, String monitor) {
    }

    /**
     * @param name     the stakeholder
     * @param power    1-5
     * @param interest 1-5
     * @param detail   what its dot's tooltip adds ("manage closely; co-financier")
     */
    public record Point(String name, int power, int interest, String detail) {

        public Point {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(detail, "detail");
            if (power < 1 || power > SCALE || interest < 1 || interest > SCALE) {
                throw new IllegalArgumentException("power and interest are 1-5: " + power + ", " + interest);
            }
        }
    }

    public PowerInterestGrid {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(labels, "labels");
        points = List.copyOf(points);
    }

    /** The chart as an SVG element. */
    public String svg() {
        int split = LOW_UP_TO * CELL;
        int highRows = (SCALE - LOW_UP_TO) * CELL;
        List<Area> areas = List.of(
                new Area(LEFT, TOP, split, highRows, "#fbe9e3", labels.keepSatisfied(), LEFT + 6, TOP + 16, "start"),
                new Area(LEFT + split, TOP, PLOT - split, highRows, "#f6d5ca", labels.manageClosely(),
                        LEFT + PLOT - 6, TOP + 16, "end"),
                new Area(LEFT, TOP + highRows, split, PLOT - highRows, "#f3f5f7", labels.monitor(), LEFT + 6,
                        TOP + PLOT - 8, "start"),
                new Area(LEFT + split, TOP + highRows, PLOT - split, PLOT - highRows, "#e3ecf4", labels.keepInformed(),
                        LEFT + PLOT - 6, TOP + PLOT - 8, "end"));
        List<Tick> ticks = new ArrayList<>();
        for (int score = 1; score <= SCALE; score++) {
            ticks.add(new Tick(String.valueOf(score), LEFT + (score - 1) * CELL + CELL / 2, TOP + PLOT + 16,
                    LEFT - 8, TOP + (SCALE - score) * CELL + CELL / 2 + 4, LEFT + score * CELL, TOP + score * CELL));
        }
        List<Dot> dots = dots();
        List<Legend> legend = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            legend.add(new Legend(String.valueOf(i + 1), shortened(p.name()), LEGEND_X + 24,
                    TOP + 14 + i * LEGEND_LINE, LEGEND_X + 8, "(" + p.power() + ", " + p.interest() + ")"));
        }
        int height = Math.max(TOP + PLOT + 50, TOP + 20 + points.size() * LEGEND_LINE);
        return Templates.render("chart/grid.svg", new View(title, description,
                "grid-" + Integer.toHexString(Objects.hash(title, points)), WIDTH, height, LEFT, TOP, PLOT,
                LEFT + PLOT, TOP + PLOT, LEFT + split, TOP + highRows, areas, ticks, dots, legend, labels.interest(), LEFT + PLOT / 2,
                TOP + PLOT + 38, labels.power(), TOP + PLOT / 2, LEFT - 40));
    }

    /** The dots, grouped by cell and spread evenly inside it. */
    private List<Dot> dots() {
        Map<Integer, List<Integer>> byCell = new LinkedHashMap<>();
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            byCell.computeIfAbsent(p.power() * 10 + p.interest(), c -> new ArrayList<>()).add(i);
        }
        List<Dot> dots = new ArrayList<>();
        for (List<Integer> cell : byCell.values()) {
            int columns = (int) Math.ceil(Math.sqrt(cell.size()));
            int rows = (int) Math.ceil(cell.size() / (double) columns);
            double step = CELL / (double) (Math.max(columns, rows) + 1);
            double radius = Math.min(11, step * 0.45);
            for (int k = 0; k < cell.size(); k++) {
                int index = cell.get(k);
                Point p = points.get(index);
                double x = LEFT + (p.interest() - 1) * CELL + step * (k % columns + 1)
                        + (CELL - step * (columns + 1)) / 2;
                double y = TOP + (SCALE - p.power()) * CELL + step * (k / columns + 1)
                        + (CELL - step * (rows + 1)) / 2;
                dots.add(new Dot(String.valueOf(index + 1), p.name() + ": " + labels.power() + " " + p.power()
                        + ", " + labels.interest() + " " + p.interest() + " (" + p.detail() + ")", round(x),
                        round(y), round(radius), round(y + radius * 0.4), round(radius * 1.05)));
            }
        }
        return dots;
    }

    private static String shortened(String name) {
        return name.length() <= LEGEND_CHARACTERS ? name : name.substring(0, LEGEND_CHARACTERS - 1) + "…";
    }

    private static String round(double value) {
        return String.valueOf(Math.round(value * 10) / 10.0);
    }

    record Area(int x, int y, int width, int height, String fill, String label, int labelX, int labelY,
            String anchor) {
    }

    record Tick(String text, int x, int xLabelY, int yLabelX, int y, int lineX, int lineY) {
    }

    record Dot(String number, String tooltip, String x, String y, String radius, String textY, String fontSize) {
    }

    record Legend(String number, String name, int x, int y, int numberX, String scores) {
    }

    record View(String title, String description, String id, int width, int height, int left, int top, int plot,
            int plotRight, int plotBottom, int splitX, int splitY, List<Area> areas, List<Tick> ticks, List<Dot> dots, List<Legend> legend,
            String interest, int interestX, int interestY, String power, int powerY, int powerX) {
    }
}
