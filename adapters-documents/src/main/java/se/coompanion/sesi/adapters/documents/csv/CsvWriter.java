package se.coompanion.sesi.adapters.documents.csv;

import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way sesi writes CSV (cli.md, "Output files"): RFC 4180, comma, {@code \n} between records; every CSV file
 * and listing goes through it (the tables for programs, the rejects file, the mail-merge and reminder lists, the
 * survey export's data.csv and codebook.csv, the privacy export). It is safe to open in a spreadsheet: a text cell
 * that begins with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so that no spreadsheet runs
 * it as a formula (CSV injection); what the program made itself and a spreadsheet must read as it is (a number, a
 * code, a date, a line number) is given as {@link #verbatim} and written unchanged, so a negative number stays a
 * number.
 */
public final class CsvWriter implements Flushable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private final CSVPrinter printer;

    /**
     * @param out where the records go; flushed by {@link #flush()}, never closed
     */
    public CsvWriter(Writer out) {
        try {
            this.printer = new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A value the program made, written as it is: a number, a code, a date.
     *
     * @param text the value as text
     */
    public record Verbatim(String text) {
    }

    /**
     * A cell written as it is.
     *
     * @param text a value the program made
     * @return the cell
     */
    public static Verbatim verbatim(String text) {
        return new Verbatim(text);
    }

    /**
     * Writes a record. A {@link Verbatim} cell is written as it is; any other cell is text, neutralised when a
     * spreadsheet would take it for a formula; null is an empty cell.
     */
    public void record(List<?> cells) {
        List<String> written = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            written.add(cell == null ? "" : cell instanceof Verbatim v ? v.text() : neutralised(cell.toString()));
        }
        try {
            printer.printRecord(written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text as a spreadsheet may safely open it: a leading apostrophe before = + - @, a tab or a carriage return. */
    public static String neutralised(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    @Override
    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
