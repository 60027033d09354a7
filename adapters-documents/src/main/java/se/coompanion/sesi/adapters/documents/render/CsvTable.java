package se.coompanion.sesi.adapters.documents.render;

import java.io.Writer;
import java.util.List;
import se.coompanion.sesi.adapters.documents.csv.CsvWriter;

/**
 * A table for programs (cli.md): UTF-8, comma, the fixed header row, {@code .} as decimal separator, codes
 * instead of words. Safe to open in a spreadsheet: a text cell that starts with {@code = + - @}, a tab or a
 * carriage return gets a leading apostrophe, so that no spreadsheet runs it as a formula (CSV injection).
 * Numbers are typed cells and are never changed, so a negative number stays a number. Written by {@link CsvWriter},
 * as every CSV of the tool.
 */
public final class CsvTable {

    private CsvTable() {
    }

    public static void print(Table table, Writer out) {
        CsvWriter csv = new CsvWriter(out);
        csv.record(table.columns().stream().map(Table.Column::csvName).map(CsvWriter::verbatim).toList());
        for (List<Cell> row : table.rows()) {
            csv.record(row.stream().map(c -> CsvWriter.verbatim(safe(c))).toList());
        }
        csv.flush();
    }

    /** The cell's CSV text, neutralised when it is text that a spreadsheet would read as a formula. */
    static String safe(Cell cell) {
        String text = cell.csv();
        return cell instanceof Cell.Text || cell instanceof Cell.Phrases ? CsvWriter.neutralised(text) : text;
    }
}
