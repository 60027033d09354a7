package se.coompanion.sesi.adapters.documents.render;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import se.coompanion.sesi.domain.shared.Message;

/**
 * A listing: columns with a fixed CSV name (cli.md) and a title for people, and rows of typed cells. The same
 * table is printed for people ({@link PlainTable}) or for programs ({@link CsvTable}).
 */
public final class Table {

    /**
     * @param csvName the fixed CSV header name
     * @param title   the column's title for people
     */
    public record Column(String csvName, Message title) {

        public Column {
            Objects.requireNonNull(csvName, "csvName");
            Objects.requireNonNull(title, "title");
        }
    }

    private final ImmutableList<Column> columns;
    private final List<List<Cell>> rows = new ArrayList<>();

    public Table(List<Column> columns) {
        this.columns = ImmutableList.copyOf(columns);
    }

    public static Table of(Column... columns) {
        return new Table(Arrays.asList(columns));
    }

    /** Adds a row; it must have one cell per column. */
    public Table row(Cell... cells) {
        return row(Arrays.asList(cells));
    }

    public Table row(List<Cell> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, table has " + columns.size()
                    + " columns");
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    public ImmutableList<Column> columns() {
        return columns;
    }

    public List<List<Cell>> rows() {
        return List.copyOf(rows);
    }
}
