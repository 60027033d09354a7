package se.coompanion.sesi.adapters.documents.render;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** A table for people: titles in their language, columns aligned, a column of numbers to the right. */
public final class PlainTable {

    private static final String GAP = "  ";

    private PlainTable() {
    }

    public static void print(Table table, Locale locale, PrintWriter out) {
        int width = table.columns().size();
        String[] titles = new String[width];
        int[] widths = new int[width];
        boolean[] right = new boolean[width];
        boolean[] text = new boolean[width];
        for (int c = 0; c < width; c++) {
            titles[c] = table.columns().get(c).title().format(locale);
            widths[c] = titles[c].length();
        }
        List<List<Cell>> rows = table.rows();
        String[][] texts = new String[rows.size()][width];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < width; c++) {
                Cell cell = rows.get(r).get(c);
                texts[r][c] = oneLine(cell.plain(locale));
                widths[c] = Math.max(widths[c], texts[r][c].length());
                if (!texts[r][c].isEmpty()) {
                    right[c] |= cell.numeric();
                    text[c] |= !cell.numeric();
                }
            }
        }
        for (int c = 0; c < width; c++) {
            right[c] &= !text[c];
        }
        out.println(line(titles, widths, right));
        for (String[] row : texts) {
            out.println(line(row, widths, right));
        }
        out.flush();
    }

    private static String line(String[] cells, int[] widths, boolean[] right) {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                text.append(GAP);
            }
            String pad = " ".repeat(widths[c] - cells[c].length());
            text.append(right[c] ? pad + cells[c] : cells[c] + (c == cells.length - 1 ? "" : pad));
        }
        return text.toString().stripTrailing();
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ");
    }
}
