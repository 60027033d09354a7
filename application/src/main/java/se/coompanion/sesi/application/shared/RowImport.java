package se.coompanion.sesi.application.shared;

import java.time.Clock;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import se.coompanion.sesi.application.shared.port.out.ImportLog;
import se.coompanion.sesi.application.shared.ImportRecord;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The one way every import works (cli.md, "Input files"):
 * <ol>
 * <li>the same content imported before for the same kind: nothing is stored, the report says when;</li>
 * <li>the header is checked as a whole (unknown, missing, doubled columns);</li>
 * <li>first pass: every row is read and checked, every problem of every row is gathered, duplicates are
 *     found; nothing is written;</li>
 * <li>any problem and not skip-invalid: an {@link InvalidInputException} lists them all, the database is
 *     untouched;</li>
 * <li>second pass, in one bulk transaction (all or nothing even if the process is killed) that first takes the
 *     import lock (so that imports in several processes write one after the other and each sees what the other
 *     stored): the valid rows are written in batches, rejected rows go to the reject sink with their reasons, and
 *     the import is recorded with its SHA-256 and counts. Content imported by another process in the meantime is
 *     not written again.</li>
 * </ol>
 * The file is streamed twice rather than held in memory, so that a file of a million rows imports in a
 * small heap.
 *
 * @param <T> what a valid row becomes
 */
public final class RowImport<T> {

    /** At most this many problems are kept for the report; the rest are counted. */
    public static final int MAX_PROBLEMS_KEPT = 10_000;

    /** Rows written per batch. */
    public static final int BATCH_SIZE = 1_000;

    private final String kind;
    private final List<Column> columns;
    private final Function<RowReading, T> mapper;
    private final Supplier<DuplicateCheck<T>> duplicateCheck;
    private final Function<DuplicateCheck.Duplicate, Message> duplicateMessage;

    /**
     * @param kind             names the import in the import log, e.g. "survey-frame"
     * @param columns          the columns of the file format
     * @param mapper           reads a row; returns the object, or null after recording problems on the reading
     * @param duplicateCheck   makes a fresh duplicate check per run
     * @param duplicateMessage says what a duplicate row is
     */
    public RowImport(String kind, List<Column> columns, Function<RowReading, T> mapper,
            Supplier<DuplicateCheck<T>> duplicateCheck, Function<DuplicateCheck.Duplicate, Message> duplicateMessage) {
        this.kind = Objects.requireNonNull(kind);
        this.columns = List.copyOf(columns);
        this.mapper = Objects.requireNonNull(mapper);
        this.duplicateCheck = Objects.requireNonNull(duplicateCheck);
        this.duplicateMessage = Objects.requireNonNull(duplicateMessage);
    }

    /** An import without a duplicate check. */
    public RowImport(String kind, List<Column> columns, Function<RowReading, T> mapper) {
        this(kind, columns, mapper, DuplicateCheck::none, d -> Message.literal(""));
    }

    /**
     * Runs the import.
     *
     * @param source       the rows
     * @param options      all-or-nothing, or skip-invalid with a reject sink
     * @param log          the import log (same content twice is a no-op)
     * @param transactions where the writing pass runs
     * @param clock        for the import record
     * @param writer       stores a batch of valid rows; called inside the transaction
     */
    public ImportReport run(TabularSource source, ImportOptions options, ImportLog log, Transactions transactions,
            Clock clock, Consumer<List<T>> writer) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(options, "options");
        if (options.skipInvalid() && options.rejects().isEmpty()) {
            throw InvalidInputException.of(Message.of(RowImport.class, "import.rejectsMissing"));
        }
        Optional<ImportRecord> previous = transactions.inTransaction(() -> log.find(kind, source.sha256()));
        if (previous.isPresent()) {
            ImportRecord p = previous.get();
            return new ImportReport(kind, source.name(), p.rowsRead(), 0, 0, Optional.of(p.importedAt()),
                    List.of(), 0);
        }
        ColumnLayout layout = ColumnLayout.resolve(source, columns);
        Check check = checkAll(source, layout);
        if (check.rows == 0) {
            throw InvalidInputException.of(new Problem(source.name(), source.headerLine(), "", "",
                    Message.of(RowImport.class, "import.noRows")));
        }
        if (check.problemCount > 0 && !options.skipInvalid()) {
            throw new InvalidInputException(check.problems, check.problemCount - check.problems.size());
        }
        int stored = check.rows - check.rejectedLines.cardinality();
        Optional<ImportRecord> meanwhile = transactions.inBulkTransaction(() -> {
            log.lockImports();
            Optional<ImportRecord> same = log.find(kind, source.sha256());
            if (same.isEmpty()) {
                write(source, layout, check, options.rejects().orElse(null), writer);
                log.add(new ImportRecord(kind, source.sha256(), source.name(), check.rows, stored,
                        check.rejectedLines.cardinality(), clock.instant()));
            }
            return same;
        });
        if (meanwhile.isPresent()) {
            return new ImportReport(kind, source.name(), meanwhile.get().rowsRead(), 0, 0,
                    Optional.of(meanwhile.get().importedAt()), List.of(), 0);
        }
        return new ImportReport(kind, source.name(), check.rows, stored, check.rejectedLines.cardinality(),
                Optional.empty(), check.warnings, check.warningCount - check.warnings.size());
    }

    private Check checkAll(TabularSource source, ColumnLayout layout) {
        Check check = new Check();
        DuplicateCheck<T> duplicates = duplicateCheck.get();
        try (TabularSource.Rows rows = source.rows()) {
            while (rows.hasNext()) {
                TabularRow row = rows.next();
                check.rows++;
                RowReading reading = new RowReading(source.name(), layout, row);
                T item = reading.ok() ? mapper.apply(reading) : null;
                check.warn(reading.warnings());
                if (!reading.ok() || item == null) {
                    check.reject(row.line(), reading.problems().isEmpty()
                            ? List.of(new Problem(source.name(), row.line(), "", "",
                                    Message.of(RowImport.class, "import.rowRejected")))
                            : reading.problems());
                } else {
                    duplicates.add(item, row.line());
                }
            }
        }
        for (DuplicateCheck.Duplicate duplicate : duplicates.duplicates()) {
            check.reject(duplicate.line(), List.of(new Problem(source.name(), duplicate.line(), "", duplicate.key(),
                    duplicateMessage.apply(duplicate))));
            check.duplicateProblems.put(duplicate.line(), duplicate);
        }
        check.problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return check;
    }

    private void write(TabularSource source, ColumnLayout layout, Check check, RejectSink rejects,
            Consumer<List<T>> writer) {
        List<T> batch = new ArrayList<>(BATCH_SIZE);
        try (TabularSource.Rows rows = source.rows()) {
            while (rows.hasNext()) {
                TabularRow row = rows.next();
                if (check.rejectedLines.get(row.line())) {
                    rejects.reject(source.header(), row, reasons(source, layout, check, row));
                    continue;
                }
                T item = mapper.apply(new RowReading(source.name(), layout, row));
                if (item == null) {
                    throw new IllegalStateException("row " + row.line() + " passed the check but not the second read");
                }
                batch.add(item);
                if (batch.size() == BATCH_SIZE) {
                    writer.accept(List.copyOf(batch));
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) {
            writer.accept(List.copyOf(batch));
        }
    }

    /** A rejected row's reasons, read again (only the first problems of a file are kept in memory). */
    private List<Problem> reasons(TabularSource source, ColumnLayout layout, Check check, TabularRow row) {
        List<Problem> reasons = new ArrayList<>();
        RowReading reading = new RowReading(source.name(), layout, row);
        if (reading.ok()) {
            mapper.apply(reading);
        }
        reasons.addAll(reading.problems());
        DuplicateCheck.Duplicate duplicate = check.duplicateProblems.get(row.line());
        if (duplicate != null) {
            reasons.add(new Problem(source.name(), row.line(), "", duplicate.key(), duplicateMessage.apply(duplicate)));
        }
        return reasons;
    }

    private static final class Check {
        int rows;
        final BitSet rejectedLines = new BitSet();
        final List<Problem> problems = new ArrayList<>();
        int problemCount;
        final List<Problem> warnings = new ArrayList<>();
        int warningCount;
        final Map<Integer, DuplicateCheck.Duplicate> duplicateProblems = new HashMap<>();

        void reject(int line, List<Problem> found) {
            rejectedLines.set(line);
            for (Problem problem : found) {
                problemCount++;
                if (problems.size() < MAX_PROBLEMS_KEPT) {
                    problems.add(problem);
                }
            }
        }

        void warn(List<Problem> found) {
            for (Problem warning : found) {
                warningCount++;
                if (warnings.size() < MAX_PROBLEMS_KEPT) {
                    warnings.add(warning);
                }
            }
        }
    }
}
