package se.coompanion.sesi.adapters.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Inserts many rows into one table: one prepared statement, JDBC batches of {@value #CHUNK} rows, on the connection
 * of the caller's transaction. jOOQ renders the statement from the generated table and fields, so names stay checked
 * by the compiler; the values are bound straight to the prepared statement. That spares the objects jOOQ's
 * {@code batch(...).bind(...)} makes for every value, which cost about a third of a frame import's time
 * (docs/benchmarks.md).
 *
 * @param <T> what a row is made from
 */
public final class BatchInsert<T> {

    /** Rows sent to the database in one JDBC batch. */
    public static final int CHUNK = 1000;

    private final DSLContext dsl;
    private final Table<?> table;
    private final List<Field<?>> fields;
    private final Function<? super T, Object[]> values;
    /** The statement, rendered on first use: opening the database (every command) renders nothing. */
    private volatile Statement statement;

    private BatchInsert(DSLContext dsl, Table<?> table, List<Field<?>> fields, Function<? super T, Object[]> values) {
        this.dsl = Objects.requireNonNull(dsl);
        this.table = Objects.requireNonNull(table);
        this.fields = List.copyOf(fields);
        this.values = Objects.requireNonNull(values);
    }

    /**
     * @param dsl    the database (its transaction is used)
     * @param table  the table
     * @param fields the columns, in the order of the values
     * @param values a row's values in the order of the fields; null for SQL NULL
     */
    public static <T> BatchInsert<T> into(DSLContext dsl, Table<?> table, List<? extends Field<?>> fields,
            Function<? super T, Object[]> values) {
        return new BatchInsert<>(dsl, table, List.copyOf(fields), values);
    }

    /** Inserts the rows (part of the caller's transaction). */
    public void insert(Collection<? extends T> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Statement insert = statement();
        dsl.connection(connection -> {
            try (PreparedStatement prepared = connection.prepareStatement(insert.sql())) {
                int pending = 0;
                for (T row : rows) {
                    bind(prepared, insert.sqlTypes(), values.apply(row));
                    prepared.addBatch();
                    if (++pending == CHUNK) {
                        prepared.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    prepared.executeBatch();
                }
            }
        });
    }

    private Statement statement() {
        Statement rendered = statement;
        if (rendered == null) {
            rendered = new Statement(dsl.render(dsl.insertInto(table, fields)
                    .values(Collections.nCopies(fields.size(), null))),
                    fields.stream().mapToInt(f -> f.getDataType().getSQLType()).toArray());
            statement = rendered;
        }
        return rendered;
    }

    private static void bind(PreparedStatement statement, int[] sqlTypes, Object[] row) throws SQLException {
        if (row.length != sqlTypes.length) {
            throw new IllegalArgumentException(row.length + " values for " + sqlTypes.length + " columns");
        }
        for (int i = 0; i < row.length; i++) {
            Object value = row[i];
            int index = i + 1;
            if (value == null) {
                statement.setNull(index, sqlTypes[i]);
            } else if (value instanceof String text) {
                statement.setString(index, text);
            } else if (value instanceof Integer number) {
                statement.setInt(index, number);
            } else if (value instanceof Long number) {
                statement.setLong(index, number);
            } else if (value instanceof Boolean truth) {
                statement.setBoolean(index, truth);
            } else {
                statement.setObject(index, value, sqlTypes[i]);
            }
        }
    }

    /** The insert statement as SQL with a parameter per field, and the fields' JDBC types (for NULL). */
    private record Statement(String sql, int[] sqlTypes) {
    }
}
