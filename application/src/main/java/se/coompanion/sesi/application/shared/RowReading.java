package se.coompanion.sesi.application.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * Reads the fields of one row and gathers every problem in it, so that a row reports all its problems at
 * once. Every cell is first checked by {@link CellText} (no control characters, nothing a spreadsheet would run
 * as a formula). The parse methods turn a {@link DomainException} into a problem of the column and return null or
 * empty; a mapper checks {@link #ok()} before it builds its object.
 */
public final class RowReading {

    private final String source;
    private final ColumnLayout layout;
    private final TabularRow row;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    public RowReading(String source, ColumnLayout layout, TabularRow row) {
        this.source = source;
        this.layout = layout;
        this.row = row;
        if (row.values().size() != layout.width()) {
            problem(Message.of(RowReading.class, "row.width", row.values().size(), layout.width()));
        }
        List<Column> columns = layout.columns();
        for (int i = 0; i < columns.size(); i++) {
            String raw = layout.raw(row.values(), i);
            if (raw != null) {
                Column column = columns.get(i);
                CellText.check(raw).ifPresent(message -> problem(column, message));
            }
        }
    }

    public int line() {
        return row.line();
    }

    public TabularRow row() {
        return row;
    }

    /** The value without surrounding white space; empty when blank or when the file lacks the column. */
    public String text(Column column) {
        String raw = layout.raw(row.values(), column);
        return raw == null ? "" : raw.strip();
    }

    public boolean isBlank(Column column) {
        return text(column).isEmpty();
    }

    /** The value; a blank value is a problem ("required"). */
    public String required(Column column) {
        String value = text(column);
        if (value.isEmpty()) {
            problem(column, Message.of(RowReading.class, "value.required"));
        }
        return value;
    }

    /** The parsed value, or null after recording the problem (blank counts as a problem). */
    public <T> T required(Column column, Function<String, T> parser) {
        String value = required(column);
        if (value.isEmpty()) {
            return null;
        }
        return parse(column, value, parser);
    }

    /** The parsed value, empty when blank; a value that does not parse is a problem. */
    public <T> Optional<T> optional(Column column, Function<String, T> parser) {
        String value = text(column);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(parse(column, value, parser));
    }

    /** Records a problem with a column's value. */
    public void problem(Column column, Message message) {
        problems.add(new Problem(source, row.line(), column.toString(), text(column), message));
    }

    /** Records a problem with the row as a whole. */
    public void problem(Message message) {
        problems.add(new Problem(source, row.line(), "", "", message));
    }

    /** Records something worth a look that does not stop the row. */
    public void warn(Column column, Message message) {
        warnings.add(new Problem(source, row.line(), column.toString(), text(column), message));
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public List<Problem> warnings() {
        return List.copyOf(warnings);
    }

    private <T> T parse(Column column, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (DomainException e) {
            problems.add(new Problem(source, row.line(), column.toString(), value, e.text()));
            return null;
        }
    }
}
