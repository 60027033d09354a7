package se.coompanion.sesi.adapters.documents.render.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;
import se.coompanion.sesi.adapters.documents.render.Templates;

/**
 * Answers on an agreement scale as diverging stacked bars (Heiberger and Robbins, "Design of Diverging Stacked Bar
 * Charts for Likert Scales and Other Applications", Journal of Statistical Software 57(5), 2014): one bar of 100 %
 * per group, the disagreeing answers left of the centre line, the agreeing ones right of it, the middle answer split
 * across it, so that the groups compare at a glance. A non-substantive answer ("Vet ej") is not on the scale: it is
 * drawn apart, right of the bars, as its share of all valid answers. The full answer labels are in a legend under the
 * bars. Inline SVG with {@code role="img"}, a title and a description; the page shows the numbers in a table too.
 *
 * @param title       what the chart shows
 * @param description one sentence with every number, for people who cannot see it
 * @param scale       the labels of the scale's answers, from most disagreeing to most agreeing
 * @param apart       the label of the answer drawn apart ("Vet ej"), or null when the question has none
 * @param groups      the bars, one per group, in the order shown
 * @param percent     how a share (0 to 1) is written ("26 %")
 */
public record LikertChart(String title, String description, List<String> scale, String apart, List<Group> groups,
        DoubleFunction<String> percent) {

    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH_LEAST = 60;
    private static final int LABEL_WIDTH_MOST = 160;
    private static final int APART_WIDTH = 90;
    private static final int BAR_HEIGHT = 22;
    private static final int GAP = 10;
    private static final int TOP = 24;
    private static final int SWATCH = 12;
    /** A segment narrower than this (in pixels) has no number written in it: the table has it. */
    private static final int LABELLED_SEGMENT = 30;
    private static final String[] COLOURS = {"likert-d2", "likert-d1", "likert-n", "likert-a1", "likert-a2"};

    /**
     * @param label  the group ("Alla", "Jämtlands län")
     * @param shares each scale answer's share of the group's answers on the scale, in the scale's order (they add up
     *               to 1 when the group has answers)
     * @param apart  the share of all the group's valid answers that gave the answer drawn apart, 0 without one
     */
    public record Group(String label, List<Double> shares, double apart) {

        public Group {
            Objects.requireNonNull(label, "label");
            shares = List.copyOf(shares);
        }
    }

    public LikertChart {
        scale = List.copyOf(scale);
        groups = List.copyOf(groups);
        if (scale.size() < 2) {
            throw new IllegalArgumentException("a scale has at least two answers: " + scale);
        }
        for (Group group : groups) {
            if (group.shares().size() != scale.size()) {
                throw new IllegalArgumentException("group " + group.label() + " has " + group.shares().size()
                        + " shares for " + scale.size() + " answers");
            }
        }
    }

    /** The chart as an SVG element. */
    public String svg() {
        int middle = scale.size() % 2 == 1 ? scale.size() / 2 : -1;
        int half = scale.size() / 2;
        double left = 0;
        double right = 0;
        for (Group g : groups) {
            left = Math.max(left, side(g, 0, half) + (middle >= 0 ? g.shares().get(middle) / 2 : 0));
            right = Math.max(right, side(g, scale.size() - half, scale.size())
                    + (middle >= 0 ? g.shares().get(middle) / 2 : 0));
        }
        left = Math.max(0.5, Math.ceil(left * 5) / 5);
        right = Math.max(0.5, Math.ceil(right * 5) / 5);
        double longest = groups.stream().mapToDouble(g -> TextWidth.of(g.label())).max().orElse(0);
        double labelWidth = Math.min(LABEL_WIDTH_MOST, Math.max(LABEL_WIDTH_LEAST, longest));
        List<List<String>> labels = new ArrayList<>();
        for (Group g : groups) {
            List<String> lines = TextWidth.wrap(g.label(), labelWidth);
            labelWidth = Math.max(labelWidth, TextWidth.widest(lines));
            labels.add(lines);
        }
        int plotX = (int) Math.ceil(labelWidth) + 10;
        int apartWidth = apart == null ? 0 : APART_WIDTH;
        // the last tick's label is centred on the plot's right edge: half of it must end before "Vet ej" begins
        int rightMargin = apart == null ? 10 : (int) Math.ceil(TextWidth.of("100\u00a0%") / 2) + 8;
        int plot = WIDTH - plotX - apartWidth - rightMargin;
        double perShare = plot / (left + right);
        double centre = plotX + left * perShare;

        List<Tick> ticks = new ArrayList<>();
        for (int step = (int) -Math.round(left * 5); step <= Math.round(right * 5); step++) {
            // a line every 20 %, written as whole per cent on both sides of the centre ("40 %", "0", "40 %")
            ticks.add(new Tick(round(centre + step * 0.2 * perShare), step == 0 ? "0"
                    : Math.abs(step) * 20 + "\u00a0%"));
        }
        List<Row> rows = new ArrayList<>();
        int y = TOP;
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            List<String> lines = labels.get(i);
            int height = Math.max(BAR_HEIGHT, lines.size() * TextWidth.LINE_HEIGHT + 4);
            int barY = y + (height - BAR_HEIGHT) / 2;
            int textY = barY + BAR_HEIGHT / 2 + 4;
            double start = centre - (side(g, 0, half) + (middle >= 0 ? g.shares().get(middle) / 2 : 0)) * perShare;
            List<Segment> segments = new ArrayList<>();
            double x = start;
            for (int s = 0; s < scale.size(); s++) {
                double share = g.shares().get(s);
                double w = share * perShare;
                boolean dark = s == 0 || s == scale.size() - 1;
                String shown = percent.apply(share);
                boolean fits = w >= LABELLED_SEGMENT && TextWidth.of(shown) + 6 <= w;
                segments.add(new Segment(round(x), round(w), COLOURS[colour(s)], scale.get(s), shown,
                        fits ? shown : null, round(x + w / 2), dark));
                x += w;
            }
            List<Line> texts = new ArrayList<>();
            int first = textY - (lines.size() - 1) * TextWidth.LINE_HEIGHT / 2;
            for (int l = 0; l < lines.size(); l++) {
                texts.add(new Line(lines.get(l), first + l * TextWidth.LINE_HEIGHT));
            }
            Apart drawnApart = apart == null ? null : new Apart(WIDTH - apartWidth + 4,
                    round(Math.min(g.apart() * perShare, apartWidth - 50)), percent.apply(g.apart()),
                    WIDTH - apartWidth + 8 + round(Math.min(g.apart() * perShare, apartWidth - 50)));
            rows.add(new Row(g.label(), texts, plotX - 10, barY, textY, segments, drawnApart));
            y += height + GAP;
        }
        int axisBottom = y - GAP + 4;
        // the legend: the full labels, flowing onto as many lines as they need
        List<Legend> legend = new ArrayList<>();
        int lx = plotX;
        int ly = axisBottom + 24;
        List<String> entries = new ArrayList<>(scale);
        if (apart != null) {
            entries.add(apart);
        }
        for (int e = 0; e < entries.size(); e++) {
            int itemWidth = SWATCH + 6 + (int) Math.ceil(TextWidth.of(entries.get(e))) + 16;
            if (lx + itemWidth > WIDTH && lx > plotX) {
                lx = plotX;
                ly += 20;
            }
            if (lx + itemWidth > WIDTH) {
                lx = 4;
            }
            legend.add(new Legend(lx, ly - SWATCH + 2, lx + SWATCH + 6, ly, entries.get(e),
                    e < scale.size() ? COLOURS[colour(e)] : "likert-apart"));
            lx += itemWidth;
        }
        int height = ly + 10;
        return Templates.render("chart/likert.svg", new View(title, description, WIDTH, height,
                round(centre), TOP - 6, axisBottom, BAR_HEIGHT, ticks, rows, legend,
                apart == null ? null : new ApartHeading(WIDTH - apartWidth + 4, apart),
                "chart-" + Integer.toHexString(Objects.hash(title, groups))));
    }

    /** The sum of the shares from {@code from} to {@code to} (exclusive). */
    private static double side(Group g, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += g.shares().get(i);
        }
        return sum;
    }

    /** The colour class of answer {@code s}: the two ends strong, the middle grey. */
    private int colour(int s) {
        int n = scale.size();
        if (n % 2 == 1 && s == n / 2) {
            return 2;
        }
        if (s < n / 2) {
            return s == 0 ? 0 : 1;
        }
        return s == n - 1 ? 4 : 3;
    }

    private static int round(double value) {
        return (int) Math.round(value);
    }

    record Tick(int x, String label) {
    }

    record Line(String text, int y) {
    }

    record Segment(int x, int width, String css, String answer, String share, String shown, int textX,
            boolean dark) {
    }

    record Apart(int x, int width, String shown, int textX) {
    }

    record ApartHeading(int x, String label) {
    }

    record Row(String label, List<Line> lines, int labelX, int y, int textY, List<Segment> segments, Apart apart) {
    }

    record Legend(int x, int y, int textX, int textY, String label, String css) {
    }

    record View(String title, String description, int width, int height, int centre, int axisTop, int axisBottom,
            int barHeight, List<Tick> ticks, List<Row> rows, List<Legend> legend, ApartHeading apartHeading,
            String id) {

        public int tickY() {
            return axisTop - 4;
        }

        public int swatch() {
            return SWATCH;
        }
    }
}
