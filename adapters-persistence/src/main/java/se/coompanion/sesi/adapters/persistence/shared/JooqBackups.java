package se.coompanion.sesi.adapters.persistence.shared;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jooq.BatchBindStep;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.DataTypeException;
import org.jooq.impl.DSL;
import se.coompanion.sesi.adapters.persistence.jooq.DefaultSchema;
import se.coompanion.sesi.application.shared.BackupSummary;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.shared.port.out.Backups;
import se.coompanion.sesi.domain.shared.Message;

/**
 * Backups as zip files: {@code sesi-backup.properties} (format, time, source database, schema versions, and per table
 * its row count and the SHA-256 of its entry) and {@code tables/<table>.csv} per table. Values are written by Java
 * type, so a backup of H2 restores into PostgreSQL and back. In a cell, an empty field is NULL and any value starts
 * with {@code '} ({@code "'"} is the empty text): a spreadsheet shows such a cell as text and never runs it as a
 * formula. A backup of format 1 (the releases before) marked values with {@code =} and had no checksums; it is still
 * read.
 *
 * <p>The backup reads every table in one repeatable-read transaction of its own connection: a consistent
 * snapshot while other sessions write. The restore first checks the whole file without writing anything: every entry
 * within its size and no zip bomb, every table of the manifest there and no other, each table's checksum and row
 * count as the manifest says, every cell a value of its column (type, length, required), each problem named with the
 * table, line and column. Only then does it write every table in one transaction (parents before children), and move
 * each identity column past its largest value; a row the database still refuses (a key twice, a reference to nothing)
 * is reported with its table and lines, and nothing is kept.
 */
public final class JooqBackups implements Backups {

    static final String MANIFEST = "sesi-backup.properties";
    /** Tables of the machinery, not of the data: filled by their migration, never backed up or restored. */
    static final Set<String> MACHINERY = Set.of("import_lock");
    static final String FORMAT = "2";
    /** The format of the releases before, read still: values marked with {@code =}, no checksums. */
    static final String FORMAT_1 = "1";
    /** What starts every value of a cell (format 2). */
    static final char MARKER = '\'';
    private static final char MARKER_1 = '=';
    /** Largest entry read: a pre-study's largest table is a few tens of megabytes. */
    static final long MAX_ENTRY_BYTES = 1L << 30;
    /** Largest manifest read. */
    static final long MAX_MANIFEST_BYTES = 1L << 20;
    /** Most an entry of more than {@link #RATIO_FROM_BYTES} may expand: a backup's tables compress a few times. */
    static final long MAX_RATIO = 200;
    static final long RATIO_FROM_BYTES = 1L << 20;
    /** Longest cell read: the longest column (minutes) holds 200,000 characters. */
    static final int MAX_CELL_CHARS = 1_000_000;
    /** Most problems of a backup's cells reported one by one. */
    static final int MAX_PROBLEMS = 50;
    private static final int BATCH = 1_000;
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private final DataSource dataSource;
    private final DSLContext dsl;
    private final SchemaVersions versions;
    private final Predicate<Path> ownFiles;

    /** The versions applied in this database, from Flyway's history. */
    @FunctionalInterface
    public interface SchemaVersions {
        Set<String> applied();
    }

    /** @param ownFiles whether a path names a file of this database, which a backup must never replace */
    public JooqBackups(DataSource dataSource, DSLContext dsl, SchemaVersions versions, Predicate<Path> ownFiles) {
        this.dataSource = dataSource;
        this.dsl = dsl;
        this.versions = versions;
        this.ownFiles = ownFiles;
    }

    @Override
    public BackupSummary write(Path file, Instant now) {
        Path target = file.toAbsolutePath();
        if (ownFiles.test(target)) {
            throw InvalidInputException.of(Message.of(JooqBackups.class, "backup.databaseFile", target));
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw InvalidInputException.of(Message.of(JooqBackups.class, "backup.notRegular", target));
        }
        Path partial = null;
        try (Connection connection = dataSource.getConnection()) {
            Path directory = target.getParent();
            Files.createDirectories(directory);
            partial = Files.createTempFile(directory, ".sesi-backup-", ".partial");
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            DSLContext snapshot = DSL.using(connection, dsl.dialect(), dsl.settings());
            Map<String, Long> rows = new LinkedHashMap<>();
            Map<String, String> checksums = new LinkedHashMap<>();
            String product;
            try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Table<?> table : tables()) {
                    zip.putNextEntry(new ZipEntry(entryName(table.getName())));
                    MessageDigest digest = sha256();
                    rows.put(table.getName(), writeTable(snapshot, table, new DigestOutputStream(
                            new KeptOpen(zip), digest)));
                    checksums.put(table.getName(), HexFormat.of().formatHex(digest.digest()));
                    zip.closeEntry();
                }
                product = connection.getMetaData().getDatabaseProductName() + " "
                        + connection.getMetaData().getDatabaseProductVersion();
                BackupSummary summary = new BackupSummary(now, product, new TreeSet<>(versions.applied()).stream()
                        .toList(), rows, true);
                zip.putNextEntry(new ZipEntry(MANIFEST));
                manifest(summary, checksums).store(new OutputStreamWriter(zip, StandardCharsets.UTF_8) {
                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                }, "SESI Förstudie backup");
                zip.closeEntry();
            }
            connection.commit();
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return read(target).summary();
        } catch (IOException e) {
            throw InvalidInputException.of(Message.of(JooqBackups.class, "backup.cannotWrite", target,
                    String.valueOf(e.getMessage())));
        } catch (SQLException e) {
            throw new IllegalStateException("backup failed: " + e.getMessage(), e);
        } finally {
            deleteQuietly(partial);
        }
    }

    @Override
    public BackupSummary restore(Path file) {
        Path source = file.toAbsolutePath();
        Backup backup = read(source);
        Set<String> newer = new TreeSet<>(backup.summary().schemaVersions());
        newer.removeAll(versions.applied());
        if (!newer.isEmpty()) {
            throw new ConflictException(Message.of(JooqBackups.class, "restore.newer", file, String.join(", ", newer)));
        }
        try (ZipFile zip = new ZipFile(source.toFile(), StandardCharsets.UTF_8)) {
            List<Table<?>> tables = verify(zip, source, backup);
            Map<String, Long> rows = new LinkedHashMap<>();
            dsl.transaction(() -> {
                List<String> filled = tables().stream().filter(dsl::fetchExists).map(Table::getName).toList();
                if (!filled.isEmpty()) {
                    throw new ConflictException(Message.of(JooqBackups.class, "restore.notEmpty",
                            String.join(", ", filled)));
                }
                for (Table<?> table : tables) {
                    try (InputStream in = bounded(zip, zip.getEntry(entryName(table.getName())), source)) {
                        rows.put(table.getName(), new TableReading(table, source, backup.marker()).insert(in));
                    }
                }
                restartIdentities();
            });
            return new BackupSummary(backup.summary().createdAt(), backup.summary().product(),
                    backup.summary().schemaVersions(), rows, backup.summary().checksums());
        } catch (IOException e) {
            throw notABackup(file, e);
        }
    }

    /**
     * Checks a backup without writing anything: its entries (sizes, no zip bomb, nothing the manifest does not list),
     * then every table the manifest lists (there, its checksum and row count as written, every cell a value of its
     * column).
     *
     * @return the tables to restore, parents first
     */
    private List<Table<?>> verify(ZipFile zip, Path source, Backup backup) throws IOException {
        Map<String, Table<?>> known = new LinkedHashMap<>();
        tables().forEach(t -> known.put(t.getName(), t));
        List<Problem> problems = new ArrayList<>();
        Set<String> entries = new TreeSet<>();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            entries.add(entry.getName());
            checkSize(entry, source);
            if (entry.getName().equals(MANIFEST)) {
                continue;
            }
            String table = tableOf(entry.getName());
            if (table == null || !known.containsKey(table) || !backup.summary().rows().containsKey(table)) {
                problems.add(problem(source, entry.getName(), "restore.unlisted", entry.getName()));
            }
        }
        for (Map.Entry<String, Long> listed : backup.summary().rows().entrySet()) {
            String table = listed.getKey();
            if (!known.containsKey(table)) {
                problems.add(problem(source, MANIFEST, "restore.unknownTable", table));
            } else if (!entries.contains(entryName(table))) {
                problems.add(problem(source, entryName(table), "restore.missingTable", table, listed.getValue()));
            }
        }
        if (backup.summary().schemaVersions().containsAll(versions.applied())) {
            for (String table : known.keySet()) {
                if (!backup.summary().rows().containsKey(table)) {
                    problems.add(problem(source, MANIFEST, "restore.tableNotListed", table));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Table<?>> restored = new ArrayList<>();
        Cells cells = new Cells();
        for (Table<?> table : tables()) {
            if (!backup.summary().rows().containsKey(table.getName())) {
                continue;
            }
            restored.add(table);
            ZipEntry entry = zip.getEntry(entryName(table.getName()));
            MessageDigest digest = sha256();
            long rows;
            try (InputStream in = new DigestInputStream(bounded(zip, entry, source), digest)) {
                rows = new TableReading(table, source, backup.marker()).check(new FilterInputStream(in) {
                    @Override
                    public void close() {
                        // the rest is read below, for the checksum of the whole entry
                    }
                }, cells);
                in.transferTo(OutputStream.nullOutputStream());
            }
            String checksum = HexFormat.of().formatHex(digest.digest());
            Optional<String> expected = Optional.ofNullable(backup.checksums().get(table.getName()));
            if (expected.isPresent() && !expected.get().equalsIgnoreCase(checksum)) {
                cells.problems.add(0, problem(source, entry.getName(), "restore.checksum", table.getName()));
            } else if (rows != backup.summary().rows().get(table.getName())) {
                cells.problems.add(0, problem(source, entry.getName(), "restore.rowCount", table.getName(), rows,
                        backup.summary().rows().get(table.getName())));
            }
        }
        if (!cells.problems.isEmpty()) {
            int kept = Math.min(cells.problems.size(), MAX_PROBLEMS);
            throw new InvalidInputException(cells.problems.subList(0, kept), cells.count - kept);
        }
        return restored;
    }

    /** Refuses an entry too large, or one that would expand far beyond its compressed size, before reading it. */
    private static void checkSize(ZipEntry entry, Path source) {
        long size = entry.getSize();
        long compressed = entry.getCompressedSize();
        long limit = entry.getName().equals(MANIFEST) ? MAX_MANIFEST_BYTES : MAX_ENTRY_BYTES;
        if (size > limit) {
            throw InvalidInputException.of(problem(source, entry.getName(), "restore.tooLarge", entry.getName(), size,
                    limit));
        }
        if (size > RATIO_FROM_BYTES && compressed > 0 && size / compressed > MAX_RATIO) {
            throw InvalidInputException.of(problem(source, entry.getName(), "restore.bomb", entry.getName(),
                    compressed, size, size / compressed));
        }
    }

    /** The entry's bytes, refused beyond the size its directory gives (a zip that lies about it) or the limit. */
    private static InputStream bounded(ZipFile zip, ZipEntry entry, Path source) throws IOException {
        long declared = entry.getSize() < 0 ? MAX_ENTRY_BYTES : entry.getSize();
        return new BoundedStream(zip.getInputStream(entry), declared, () -> InvalidInputException.of(problem(source,
                entry.getName(), "restore.longerThanDeclared", entry.getName(), declared)));
    }

    /** {@code tables/actor.csv} is table {@code actor}; anything else is no table. */
    private static String tableOf(String entry) {
        return entry.startsWith("tables/") && entry.endsWith(".csv") && entry.indexOf('/', 7) < 0
                ? entry.substring(7, entry.length() - 4) : null;
    }

    private static String entryName(String table) {
        return "tables/" + table + ".csv";
    }

    /** A problem of a backup's entry: {@code BACKUP.zip:tables/actor.csv}. */
    private static Problem problem(Path source, String entry, String key, Object... args) {
        return new Problem(source + ":" + entry, 0, "", "", Message.of(JooqBackups.class, key, args));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Every table of the schema, parents before the tables that refer to them, by name otherwise. */
    static List<Table<?>> tables() {
        List<Table<?>> all = new ArrayList<>(DefaultSchema.DEFAULT_SCHEMA.getTables());
        all.removeIf(table -> MACHINERY.contains(table.getName()));
        all.sort(Comparator.comparing(Table::getName));
        List<Table<?>> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (ordered.size() < all.size()) {
            boolean progress = false;
            for (Table<?> table : all) {
                if (!placed.contains(table.getName()) && parents(table).stream()
                        .allMatch(p -> placed.contains(p) || p.equals(table.getName()))) {
                    ordered.add(table);
                    placed.add(table.getName());
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("foreign keys form a cycle: " + all);
            }
        }
        return ordered;
    }

    private static Set<String> parents(Table<?> table) {
        return table.getReferences().stream().map(ForeignKey::getKey).map(k -> k.getTable().getName())
                .collect(Collectors.toSet());
    }

    private static long writeTable(DSLContext snapshot, Table<?> table, OutputStream entry) throws IOException {
        Writer writer = new OutputStreamWriter(entry, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSV);
        Field<?>[] fields = table.fields();
        printer.printRecord(Arrays.stream(fields).map(Field::getName).toList());
        long count = 0;
        var query = snapshot.selectFrom(table);
        var ordered = table.getPrimaryKey() == null ? query : query.orderBy(table.getPrimaryKey().getFields());
        try (Cursor<? extends Record> cursor = ordered.fetchSize(BATCH).fetchLazy()) {
            for (Record record : cursor) {
                List<String> cells = new ArrayList<>(fields.length);
                for (Field<?> field : fields) {
                    cells.add(encode(record.get(field)));
                }
                printer.printRecord(cells);
                count++;
            }
        }
        printer.flush();
        return count;
    }

    /** The problems found in the cells of a backup: the first kept, all counted. */
    private static final class Cells {
        final List<Problem> problems = new ArrayList<>();
        int count;

        void add(Problem problem) {
            count++;
            if (problems.size() < MAX_PROBLEMS) {
                problems.add(problem);
            }
        }
    }

    /** One table's CSV entry, read to check it or to insert it. */
    private final class TableReading {

        private final Table<?> table;
        private final String source;
        private final char marker;

        TableReading(Table<?> table, Path zip, char marker) {
            this.table = table;
            this.source = zip + ":" + entryName(table.getName());
            this.marker = marker;
        }

        /** Checks every cell; returns the rows. */
        long check(InputStream in, Cells cells) throws IOException {
            return read(in, cells, null);
        }

        /** Inserts every row (checked before); returns the rows. */
        long insert(InputStream in) throws IOException {
            Cells cells = new Cells();
            long rows = read(in, cells, new Inserts());
            if (!cells.problems.isEmpty()) {
                throw new InvalidInputException(cells.problems, cells.count - cells.problems.size());
            }
            return rows;
        }

        private long read(InputStream in, Cells cells, Inserts inserts) throws IOException {
            Reader reader = new CellLimit(new InputStreamReader(in, StandardCharsets.UTF_8), MAX_CELL_CHARS);
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSV).get()) {
                var records = parser.iterator();
                if (!next(records, 1, cells)) {
                    return 0;
                }
                CSVRecord head = records.next();
                List<Field<?>> fields = new ArrayList<>();
                for (String name : head) {
                    Field<?> field = table.field(name);
                    if (field == null) {
                        cells.add(new Problem(source, 1, name, "", Message.of(JooqBackups.class,
                                "restore.unknownColumn", table.getName() + "." + name)));
                        return 0;
                    }
                    fields.add(field);
                }
                long count = 0;
                long linesBefore = parser.getCurrentLineNumber();
                while (next(records, (int) linesBefore + 1, cells)) {
                    CSVRecord record = records.next();
                    int line = (int) linesBefore + 1;
                    linesBefore = parser.getCurrentLineNumber();
                    count++;
                    if (record.size() != fields.size()) {
                        cells.add(new Problem(source, line, "", "", Message.of(JooqBackups.class, "restore.width",
                                record.size(), fields.size())));
                        continue;
                    }
                    Object[] values = new Object[fields.size()];
                    boolean ok = true;
                    for (int i = 0; i < fields.size(); i++) {
                        Field<?> field = fields.get(i);
                        try {
                            values[i] = decode(field, record.get(i), marker);
                        } catch (CellException e) {
                            ok = false;
                            cells.add(new Problem(source, line, field.getName(), shortened(record.get(i)),
                                    e.message));
                        }
                    }
                    if (ok && inserts != null) {
                        inserts.add(fields, values, line);
                    }
                }
                if (inserts != null) {
                    inserts.flush();
                }
                return count;
            }
        }

        /** Whether there is another record; a record that cannot be read (a quote never closed) is a problem. */
        private boolean next(Iterator<CSVRecord> records, int line, Cells cells) {
            try {
                return records.hasNext();
            } catch (UncheckedIOException | IllegalStateException e) {
                cells.add(new Problem(source, line, "", "", Message.of(JooqBackups.class, "restore.broken",
                        String.valueOf(e.getMessage()).lines().findFirst().orElse(""))));
                return false;
            }
        }

        /** The rows of the table in batches; a batch the database refuses is reported with its lines. */
        private final class Inserts {
            private BatchBindStep batch;
            private int size;
            private int firstLine;
            private int lastLine;

            void add(List<Field<?>> fields, Object[] values, int line) {
                if (batch == null) {
                    batch = dsl.batch(dsl.insertInto(table).columns(fields)
                            .values(fields.stream().map(f -> (Object) null).toList()));
                    firstLine = line;
                }
                batch.bind(values);
                lastLine = line;
                if (++size == BATCH) {
                    flush();
                }
            }

            void flush() {
                if (batch == null) {
                    return;
                }
                try {
                    batch.execute();
                } catch (DataAccessException e) {
                    SQLException sql = e.getCause(SQLException.class);
                    String reason = String.valueOf(sql == null ? e.getMessage()
                            : sql.getNextException() != null ? sql.getNextException().getMessage() : sql.getMessage());
                    throw InvalidInputException.of(new Problem(source, firstLine, "", "", Message.of(
                            JooqBackups.class, "restore.rejected", firstLine, lastLine,
                            reason.lines().findFirst().orElse(""))));
                } finally {
                    batch = null;
                    size = 0;
                }
            }
        }
    }

    private void restartIdentities() {
        for (Table<?> table : tables()) {
            if (table.getIdentity() == null) {
                continue;
            }
            Field<?> column = table.getIdentity().getField();
            Object max = dsl.select(DSL.max(column)).from(table).fetchOne(0);
            if (max == null) {
                continue;
            }
            long next = ((Number) max).longValue() + 1;
            if (dsl.dialect().family() == SQLDialect.POSTGRES) {
                dsl.execute("select setval(pg_get_serial_sequence('" + table.getName() + "', '" + column.getName()
                        + "'), " + (next - 1) + ")");
            } else {
                dsl.execute("alter table " + table.getName() + " alter column " + column.getName()
                        + " restart with " + next);
            }
        }
    }

    static String encode(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return MARKER + decimal.toPlainString();
        }
        if (value instanceof byte[] bytes) {
            return MARKER + Base64.getEncoder().encodeToString(bytes);
        }
        return MARKER + value.toString();
    }

    /**
     * A cell's value for its column: NULL for an empty field; otherwise the text after the marker, read as the
     * column's type and checked against it (a required column, the longest text, the number's digits).
     *
     * @throws CellException saying what is wrong
     */
    static Object decode(Field<?> field, String cell, char marker) {
        DataType<?> type = field.getDataType();
        if (cell.isEmpty()) {
            if (!type.nullable()) {
                throw new CellException(Message.of(JooqBackups.class, "cell.required"));
            }
            return null;
        }
        if (cell.charAt(0) != marker) {
            throw new CellException(Message.of(JooqBackups.class, "cell.marker", marker));
        }
        String text = cell.substring(1);
        Class<?> kind = field.getType();
        try {
            if (kind == String.class) {
                if (type.hasLength() && type.length() > 0 && text.length() > type.length()) {
                    throw new CellException(Message.of(JooqBackups.class, "cell.tooLong", text.length(),
                            type.length()));
                }
                return text;
            } else if (kind == Integer.class) {
                return Integer.valueOf(text);
            } else if (kind == Long.class) {
                return Long.valueOf(text);
            } else if (kind == Short.class) {
                return Short.valueOf(text);
            } else if (kind == BigDecimal.class) {
                BigDecimal number = new BigDecimal(text);
                if (type.hasPrecision() && type.precision() > 0 && number.precision() - number.scale()
                        > type.precision() - (type.hasScale() ? type.scale() : 0)) {
                    throw new CellException(Message.of(JooqBackups.class, "cell.tooManyDigits", text));
                }
                return number;
            } else if (kind == Double.class) {
                return Double.valueOf(text);
            } else if (kind == Float.class) {
                return Float.valueOf(text);
            } else if (kind == Boolean.class) {
                if (!text.equals("true") && !text.equals("false")) {
                    throw new CellException(Message.of(JooqBackups.class, "cell.boolean"));
                }
                return Boolean.valueOf(text);
            } else if (kind == LocalDate.class) {
                return LocalDate.parse(text);
            } else if (kind == LocalDateTime.class) {
                return LocalDateTime.parse(text);
            } else if (kind == LocalTime.class) {
                return LocalTime.parse(text);
            } else if (kind == OffsetDateTime.class) {
                return OffsetDateTime.parse(text);
            } else if (kind == byte[].class) {
                return Base64.getDecoder().decode(text);
            } else if (kind == UUID.class) {
                return UUID.fromString(text);
            }
            return type.convert(text);
        } catch (NumberFormatException e) {
            throw new CellException(Message.of(JooqBackups.class, "cell.number", typeName(kind)));
        } catch (DateTimeParseException e) {
            throw new CellException(Message.of(JooqBackups.class, "cell.time", typeName(kind)));
        } catch (IllegalArgumentException | DataTypeException e) {
            throw new CellException(Message.of(JooqBackups.class, "cell.value", typeName(kind)));
        }
    }

    /** A cell's value as a problem quotes it: never more than a line's worth is kept. */
    private static String shortened(String value) {
        return value.length() <= 100 ? value : value.substring(0, 100);
    }

    private static String typeName(Class<?> kind) {
        return kind.getSimpleName();
    }

    /** A cell that is no value of its column. */
    static final class CellException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        final transient Message message;

        CellException(Message message) {
            super(message.toString(), null, false, false);
            this.message = message;
        }
    }

    private static Properties manifest(BackupSummary summary, Map<String, String> checksums) {
        Properties properties = new Properties();
        properties.setProperty("format", FORMAT);
        properties.setProperty("created_at", summary.createdAt().toString());
        properties.setProperty("product", summary.product());
        properties.setProperty("schema_versions", String.join(",", summary.schemaVersions()));
        summary.rows().forEach((table, count) -> properties.setProperty("rows." + table, Long.toString(count)));
        checksums.forEach((table, sha) -> properties.setProperty("sha256." + table, sha));
        return properties;
    }

    /** A backup file's manifest; anything else is not a SESI backup. */
    static Backup read(Path file) {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw InvalidInputException.of(Message.of(JooqBackups.class, "backup.notRegular", file));
        }
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry entry = zip.getEntry(MANIFEST);
            if (entry == null) {
                throw notABackup(file, null);
            }
            checkSize(entry, file);
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(bounded(zip, entry, file), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            String format = properties.getProperty("format");
            if (!FORMAT.equals(format) && !FORMAT_1.equals(format)) {
                throw notABackup(file, null);
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            Map<String, String> checksums = new LinkedHashMap<>();
            for (String key : new TreeSet<>(properties.stringPropertyNames())) {
                if (key.startsWith("rows.")) {
                    rows.put(key.substring(5), Long.valueOf(properties.getProperty(key)));
                } else if (key.startsWith("sha256.")) {
                    checksums.put(key.substring(7), properties.getProperty(key));
                }
            }
            boolean current = FORMAT.equals(format);
            if (current && !checksums.keySet().equals(rows.keySet())) {
                throw InvalidInputException.of(problem(file, MANIFEST, "restore.checksumsMissing"));
            }
            String schema = properties.getProperty("schema_versions", "");
            return new Backup(new BackupSummary(Instant.parse(properties.getProperty("created_at")),
                    properties.getProperty("product", ""),
                    schema.isEmpty() ? List.of() : List.of(schema.split(",")), rows, current), checksums,
                    current ? MARKER : MARKER_1);
        } catch (NoSuchFileException e) {
            throw InvalidInputException.of(Message.of(JooqBackups.class, "backup.missing", file));
        } catch (ZipException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw notABackup(file, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InvalidInputException notABackup(Path file, Exception cause) {
        InvalidInputException e = InvalidInputException.of(Message.of(JooqBackups.class, "backup.notABackup", file));
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a leftover temporary file is harmless and named as such
            }
        }
    }

    /**
     * A backup's manifest.
     *
     * @param summary   what it holds
     * @param checksums the SHA-256 of each table's entry (none in a backup of format 1)
     * @param marker    what starts every value of a cell
     */
    record Backup(BackupSummary summary, Map<String, String> checksums, char marker) {
    }

    /** An entry's bytes up to its declared size: more is a problem, never read into memory. */
    private static final class BoundedStream extends FilterInputStream {
        private final long limit;
        private final Supplier<InvalidInputException> tooLong;
        private long read;

        BoundedStream(InputStream in, long limit, Supplier<InvalidInputException> tooLong) {
            super(in);
            this.limit = limit;
            this.tooLong = tooLong;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++read > limit) {
                throw tooLong.get();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, (int) Math.min(length, Math.max(1, limit - read + 1)));
            if (n > 0) {
                read += n;
                if (read > limit) {
                    throw tooLong.get();
                }
            }
            return n;
        }
    }

    /**
     * Stops a cell that grows beyond a limit before the CSV parser holds it: counts the characters since the last
     * separator or line end outside quotes.
     */
    private static final class CellLimit extends FilterReader {
        private final int limit;
        private boolean quoted;
        private int length;

        CellLimit(Reader in, int limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                see((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int count) throws IOException {
            int n = super.read(buffer, offset, count);
            for (int i = 0; i < n; i++) {
                see(buffer[offset + i]);
            }
            return n;
        }

        private void see(char c) throws IOException {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == ',' || c == '\n' || c == '\r')) {
                length = 0;
                return;
            }
            if (++length > limit) {
                throw new IOException("a cell of more than " + limit + " characters");
            }
        }
    }

    /** Lets a table's entry be written through a stream that is closed without closing the zip. */
    private static final class KeptOpen extends FilterOutputStream {
        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
