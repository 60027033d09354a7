package se.coompanion.sesi.application.shared;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import se.coompanion.sesi.domain.shared.Message;

/**
 * Where each known column is in a file's header. Resolving checks the header as a whole and reports every
 * problem at once: unknown columns (a typo must not lose data silently), missing required columns, a column
 * named twice, an empty column name.
 */
public final class ColumnLayout {

    private final List<Column> columns;
    private final Map<Column, Integer> positions;
    /** The position of each of {@link #columns} in the file, or -1: every cell of every row is read through it. */
    private final int[] positionByIndex;
    private final int width;

    private ColumnLayout(List<Column> columns, Map<Column, Integer> positions, int width) {
        this.columns = ImmutableList.copyOf(columns);
        this.positions = Map.copyOf(positions);
        this.positionByIndex = this.columns.stream().mapToInt(c -> positions.getOrDefault(c, -1)).toArray();
        this.width = width;
    }

    /** The layout of the source's header, or an {@link InvalidInputException} listing every header problem. */
    public static ColumnLayout resolve(TabularSource source, List<Column> columns) {
        List<Problem> problems = new ArrayList<>();
        Map<Column, Integer> positions = new HashMap<>();
        List<String> header = source.header();
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i);
            if (cell == null || cell.isBlank()) {
                problems.add(headerProblem(source, "", "header.emptyName", i + 1));
                continue;
            }
            Optional<Column> known = columns.stream().filter(c -> c.matches(cell)).findFirst();
            if (known.isEmpty()) {
                problems.add(headerProblem(source, cell, "header.unknown", Problem.abbreviate(cell.strip()),
                        allowed(columns)));
            } else if (positions.containsKey(known.get())) {
                problems.add(headerProblem(source, cell, "header.twice", Problem.abbreviate(cell.strip())));
            } else {
                positions.put(known.get(), i);
            }
        }
        for (Column column : columns) {
            if (column.required() && !positions.containsKey(column)) {
                problems.add(headerProblem(source, "", "header.missing", column.toString()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ColumnLayout(columns, positions, header.size());
    }

    /** True when the file has the column. */
    public boolean has(Column column) {
        return positions.containsKey(column);
    }

    /** The number of columns in the header. */
    public int width() {
        return width;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The raw value of the column in the row, or null when the file lacks the column. */
    String raw(List<String> values, Column column) {
        Integer position = positions.get(column);
        if (position == null || position >= values.size()) {
            return null;
        }
        return values.get(position);
    }

    /** The raw value of the {@code index}th of {@link #columns()} in the row, or null when the file lacks it. */
    String raw(List<String> values, int index) {
        int position = positionByIndex[index];
        return position < 0 || position >= values.size() ? null : values.get(position);
    }

    private static Problem headerProblem(TabularSource source, String field, String key, Object... args) {
        return new Problem(source.name(), source.headerLine(), field, "", Message.of(ColumnLayout.class, key, args));
    }

    private static String allowed(List<Column> columns) {
        return columns.stream().map(Column::toString).collect(Collectors.joining(", "));
    }
}
