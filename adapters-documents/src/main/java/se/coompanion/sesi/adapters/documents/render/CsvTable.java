package se.coompanion.sesi.adapters.documents.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table for programs (cli.md): UTF-8, comma, the fixed header row, {@code .} as decimal separator, codes
 * instead of words. Safe to open in a spreadsheet: a text cell that starts with {@code = + - @}, a tab or a
 * carriage return gets a leading apostrophe, so that no spreadsheet runs it as a formula (CSV injection).
 * Numbers are typed cells and are never changed, so a negative number stays a number.
 */
public final class CsvTable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private CsvTable() {
    }

    public static void print(Table table, Writer out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, FORMAT);
            printer.printRecord(table.columns().stream().map(Table.Column::csvName).toList());
            for (List<Cell> row : table.rows()) {
                printer.printRecord(row.stream().map(CsvTable::safe).toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell's CSV text, neutralised when it is text that a spreadsheet would read as a formula. */
    static String safe(Cell cell) {
        String text = cell.csv();
        if ((cell instanceof Cell.Text || cell instanceof Cell.Phrases) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
