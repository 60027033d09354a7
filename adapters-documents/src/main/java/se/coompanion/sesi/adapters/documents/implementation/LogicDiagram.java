package se.coompanion.sesi.adapters.documents.implementation;

import java.util.ArrayList;
import java.util.List;
import se.coompanion.sesi.adapters.documents.render.Templates;

/**
 * The project logic as an SVG picture: one band per activity, four columns (the activity, its outputs, its
 * short-term and its long-term results), an arrow from each column to the next. Texts are wrapped to their box and
 * cut with "…" after {@value #MAX_LINES} lines; the table under the picture has them whole.
 */
final class LogicDiagram {

    static final int MAX_LINES = 6;
    private static final int COLUMN = 160;
    private static final int GAP = 28;
    private static final int WIDTH = 4 * COLUMN + 3 * GAP;
    private static final int LINE = 14;
    private static final int PAD = 6;
    private static final int TOP = 28;
    private static final int BAND_GAP = 16;
    private static final int BOX_GAP = 6;
    /** Characters on a line of a box at 11 px (about 6 px a character). */
    private static final int CHARS = 24;

    /**
     * One activity's band.
     *
     * @param activity  the activity's text
     * @param outputs   its outputs
     * @param shortTerm its short-term results
     * @param longTerm  its long-term results
     */
    record Band(String activity, List<String> outputs, List<String> shortTerm, List<String> longTerm) {
    }

    private LogicDiagram() {
    }

    /**
     * @param id          the picture's id (for its title and description)
     * @param title       its title
     * @param description what it shows, for a screen reader
     * @param headers     the four columns' headings
     * @param bands       the activities
     * @param none        the text of an empty column
     */
    static String svg(String id, String title, String description, List<String> headers, List<Band> bands,
            String none) {
        List<Text> heads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            heads.add(new Text(x(i), 16, headers.get(i)));
        }
        List<Box> boxes = new ArrayList<>();
        List<Arrow> arrows = new ArrayList<>();
        List<Separator> separators = new ArrayList<>();
        int y = TOP;
        for (Band band : bands) {
            List<List<String>> columns = List.of(List.of(band.activity()), band.outputs(), band.shortTerm(),
                    band.longTerm());
            int height = 0;
            List<List<Box>> placed = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                List<Box> column = new ArrayList<>();
                int top = y;
                List<String> items = columns.get(i).isEmpty() ? List.of(none) : columns.get(i);
                String css = i == 0 ? "logic-activity" : columns.get(i).isEmpty() ? "logic-empty" : "logic-box";
                for (String item : items) {
                    List<String> lines = wrap(item);
                    int boxHeight = lines.size() * LINE + 2 * PAD;
                    List<Text> texts = new ArrayList<>();
                    for (int l = 0; l < lines.size(); l++) {
                        texts.add(new Text(x(i) + PAD, top + PAD + LINE * (l + 1) - 3, lines.get(l)));
                    }
                    column.add(new Box(css, x(i), top, COLUMN, boxHeight, texts));
                    top += boxHeight + BOX_GAP;
                }
                height = Math.max(height, top - BOX_GAP - y);
                placed.add(column);
            }
            placed.forEach(boxes::addAll);
            int middle = y + Math.min(height, placed.get(0).get(0).height()) / 2;
            for (int i = 0; i < 3; i++) {
                int from = x(i) + COLUMN + 2;
                int to = x(i + 1) - 2;
                arrows.add(new Arrow(from, to - 7, middle, (to - 8) + "," + (middle - 4) + " " + to + "," + middle
                        + " " + (to - 8) + "," + (middle + 4)));
            }
            y += height + BAND_GAP;
            separators.add(new Separator(y - BAND_GAP / 2));
        }
        if (!separators.isEmpty()) {
            separators.remove(separators.size() - 1);
        }
        int height = Math.max(y, TOP + LINE);
        return Templates.render("implementation/logic.svg", new View(id, WIDTH, height, title, description, heads,
                separators, boxes, arrows));
    }

    private static int x(int column) {
        return column * (COLUMN + GAP);
    }

    /** The text in lines of at most {@link #CHARS} characters, broken between words, at most {@link #MAX_LINES}. */
    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > CHARS) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, CHARS - 1) + "-");
                word = word.substring(CHARS - 1);
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > CHARS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() > MAX_LINES) {
            List<String> cut = new ArrayList<>(lines.subList(0, MAX_LINES));
            String last = cut.get(MAX_LINES - 1);
            cut.set(MAX_LINES - 1, (last.length() >= CHARS ? last.substring(0, CHARS - 1) : last) + "…");
            return cut;
        }
        return lines;
    }

    record View(String id, int width, int height, String title, String description, List<Text> headers,
            List<Separator> separators, List<Box> boxes, List<Arrow> arrows) {
    }

    record Text(int x, int y, String text) {
    }

    record Separator(int y) {
    }

    record Box(String css, int x, int y, int width, int height, List<Text> lines) {
    }

    record Arrow(int x1, int x2, int y, String head) {
    }
}
