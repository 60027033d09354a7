package se.coompanion.sesi.application.shared;

import java.util.List;

/**
 * One data row of a table read from a file.
 *
 * @param line   the line number in the file where the row starts (1 is the first line)
 * @param values the fields as text, in header order
 */
public record TabularRow(int line, List<String> values) {

    public TabularRow {
        values = List.copyOf(values);
    }
}
