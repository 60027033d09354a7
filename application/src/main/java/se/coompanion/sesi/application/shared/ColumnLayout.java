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

    /** Most problems of a header that are reported one by one; the rest are counted. */
    public static final int MAX_HEADER_PROBLEMS = 20;

    /** Longest column name looked at: no column of any format has a name near this long. */
    public static final int MAX_NAME_CHARS = 200;

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

    /**
     * The layout of the source's header, or an {@link InvalidInputException} listing the header's problems: the
     * required columns that are missing, then the first of the others, {@value #MAX_HEADER_PROBLEMS} in all, then a
     * count of the rest. A name longer than {@value #MAX_NAME_CHARS} characters is no column's name: it is reported as
     * it is, without the accent and space folding names are matched with, so that a header of any size is checked in
     * bounded work.
     */
    public static ColumnLayout resolve(TabularSource source, List<Column> columns) {
        HeaderProblems problems = new HeaderProblems(source);
        Map<Column, Integer> positions = new HashMap<>();
        List<String> header = source.header();
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i);
            if (cell == null || cell.isBlank()) {
                problems.add("", "header.emptyName", i + 1);
                continue;
            }
            if (cell.length() > MAX_NAME_CHARS) {
                problems.add(cell, "header.tooLong", i + 1, cell.length(), Problem.abbreviate(cell.strip()));
                continue;
            }
            String normalised = Column.normalise(cell);
            Optional<Column> known = columns.stream().filter(c -> c.matchesNormalised(normalised)).findFirst();
            if (known.isEmpty()) {
                problems.add(cell, "header.unknown", Problem.abbreviate(cell.strip()), allowed(columns));
            } else if (positions.containsKey(known.get())) {
                problems.add(cell, "header.twice", Problem.abbreviate(cell.strip()));
            } else {
                positions.put(known.get(), i);
            }
        }
        List<Problem> missing = new ArrayList<>();
        for (Column column : columns) {
            if (column.required() && !positions.containsKey(column)) {
                missing.add(headerProblem(source, "", "header.missing", column.toString()));
            }
        }
        problems.throwIfAny(missing);
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

    /** The problems of a header: the first ones kept, the rest counted. */
    private static final class HeaderProblems {
        private final TabularSource source;
        private final List<Problem> kept = new ArrayList<>();
        private int count;

        HeaderProblems(TabularSource source) {
            this.source = source;
        }

        void add(String field, String key, Object... args) {
            count++;
            if (kept.size() < MAX_HEADER_PROBLEMS) {
                kept.add(headerProblem(source, field.length() > MAX_NAME_CHARS ? "" : field, key, args));
            }
        }

        /** Missing required columns first: they are what a person must fix, and there are few. */
        void throwIfAny(List<Problem> missing) {
            if (count == 0 && missing.isEmpty()) {
                return;
            }
            List<Problem> reported = new ArrayList<>(missing);
            reported.addAll(kept.subList(0, Math.min(kept.size(), Math.max(0, MAX_HEADER_PROBLEMS - missing.size()))));
            int more = missing.size() + count - reported.size();
            if (more > 0) {
                reported.add(headerProblem(source, "", "header.more", more));
            }
            throw new InvalidInputException(reported);
        }
    }

    private static String allowed(List<Column> columns) {
        return columns.stream().map(Column::toString).collect(Collectors.joining(", "));
    }
}
