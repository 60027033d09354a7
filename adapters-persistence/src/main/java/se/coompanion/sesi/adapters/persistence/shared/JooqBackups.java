package se.coompanion.sesi.adapters.persistence.shared;

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
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
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
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import se.coompanion.sesi.adapters.persistence.jooq.DefaultSchema;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.BackupSummary;
import se.coompanion.sesi.application.shared.port.out.Backups;
import se.coompanion.sesi.domain.shared.Message;

/**
 * Backups as zip files: {@code sesi-backup.properties} (format, time, source database, schema versions, row
 * counts) and {@code tables/<table>.csv} per table. Values are written by Java type, so a backup of H2 restores
 * into PostgreSQL and back. In a cell, an empty field is NULL and any value starts with {@code =}
 * ({@code "="} is the empty text).
 *
 * <p>The backup reads every table in one repeatable-read transaction of its own connection: a consistent
 * snapshot while other sessions write. The restore writes every table in one transaction (parents before
 * children), then moves each identity column past its largest value.
 */
public final class JooqBackups implements Backups {

    static final String MANIFEST = "sesi-backup.properties";
    /** Tables of the machinery, not of the data: filled by their migration, never backed up or restored. */
    static final Set<String> MACHINERY = Set.of("import_lock");
    static final String FORMAT = "1";
    private static final int BATCH = 1_000;
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private final DataSource dataSource;
    private final DSLContext dsl;
    private final SchemaVersions versions;

    /** The versions applied in this database, from Flyway's history. */
    @FunctionalInterface
    public interface SchemaVersions {
        Set<String> applied();
    }

    public JooqBackups(DataSource dataSource, DSLContext dsl, SchemaVersions versions) {
        this.dataSource = dataSource;
        this.dsl = dsl;
        this.versions = versions;
    }

    @Override
    public BackupSummary write(Path file, Instant now) {
        Path target = file.toAbsolutePath();
        Path partial = null;
        try (Connection connection = dataSource.getConnection()) {
            Path directory = target.getParent();
            Files.createDirectories(directory);
            partial = Files.createTempFile(directory, ".sesi-backup-", ".partial");
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            DSLContext snapshot = DSL.using(connection, dsl.dialect(), dsl.settings());
            Map<String, Long> rows = new LinkedHashMap<>();
            String product;
            try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Table<?> table : tables()) {
                    zip.putNextEntry(new ZipEntry("tables/" + table.getName() + ".csv"));
                    rows.put(table.getName(), writeTable(snapshot, table, zip));
                    zip.closeEntry();
                }
                product = connection.getMetaData().getDatabaseProductName() + " "
                        + connection.getMetaData().getDatabaseProductVersion();
                BackupSummary summary = new BackupSummary(now, product, new TreeSet<>(versions.applied()).stream()
                        .toList(), rows);
                zip.putNextEntry(new ZipEntry(MANIFEST));
                manifest(summary).store(new OutputStreamWriter(zip, StandardCharsets.UTF_8) {
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
        Backup backup = read(file.toAbsolutePath());
        Set<String> newer = new TreeSet<>(backup.summary().schemaVersions());
        newer.removeAll(versions.applied());
        if (!newer.isEmpty()) {
            throw new ConflictException(Message.of(JooqBackups.class, "restore.newer", file, String.join(", ", newer)));
        }
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            Map<String, Long> rows = new LinkedHashMap<>();
            dsl.transaction(() -> {
                List<String> filled = tables().stream().filter(dsl::fetchExists).map(Table::getName).toList();
                if (!filled.isEmpty()) {
                    throw new ConflictException(Message.of(JooqBackups.class, "restore.notEmpty",
                            String.join(", ", filled)));
                }
                for (Table<?> table : tables()) {
                    ZipEntry entry = zip.getEntry("tables/" + table.getName() + ".csv");
                    if (entry != null) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            rows.put(table.getName(), readTable(table, in, file));
                        }
                    }
                }
                restartIdentities();
            });
            return new BackupSummary(backup.summary().createdAt(), backup.summary().product(),
                    backup.summary().schemaVersions(), rows);
        } catch (IOException e) {
            throw notABackup(file, e);
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

    private static long writeTable(DSLContext snapshot, Table<?> table, OutputStream zip) throws IOException {
        Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
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

    private long readTable(Table<?> table, InputStream in, Path file) throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSV).get()) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                return 0;
            }
            List<Field<?>> fields = new ArrayList<>();
            for (String name : records.next()) {
                Field<?> field = table.field(name);
                if (field == null) {
                    throw new ConflictException(Message.of(JooqBackups.class, "restore.unknownColumn", file,
                            table.getName() + "." + name));
                }
                fields.add(field);
            }
            long count = 0;
            BatchBindStep batch = null;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (batch == null) {
                    batch = dsl.batch(dsl.insertInto(table).columns(fields)
                            .values(fields.stream().map(f -> (Object) null).toList()));
                }
                Object[] values = new Object[fields.size()];
                for (int i = 0; i < fields.size(); i++) {
                    values[i] = decode(fields.get(i), record.get(i));
                }
                batch.bind(values);
                count++;
                if (count % BATCH == 0) {
                    batch.execute();
                    batch = null;
                }
            }
            if (batch != null) {
                batch.execute();
            }
            return count;
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
            return "=" + decimal.toPlainString();
        }
        if (value instanceof byte[] bytes) {
            return "=" + Base64.getEncoder().encodeToString(bytes);
        }
        return "=" + value;
    }

    static Object decode(Field<?> field, String cell) {
        if (cell.isEmpty()) {
            return null;
        }
        String text = cell.substring(1);
        Class<?> type = field.getType();
        if (type == String.class) {
            return text;
        } else if (type == Integer.class) {
            return Integer.valueOf(text);
        } else if (type == Long.class) {
            return Long.valueOf(text);
        } else if (type == Short.class) {
            return Short.valueOf(text);
        } else if (type == BigDecimal.class) {
            return new BigDecimal(text);
        } else if (type == Double.class) {
            return Double.valueOf(text);
        } else if (type == Float.class) {
            return Float.valueOf(text);
        } else if (type == Boolean.class) {
            return Boolean.valueOf(text);
        } else if (type == LocalDate.class) {
            return LocalDate.parse(text);
        } else if (type == LocalDateTime.class) {
            return LocalDateTime.parse(text);
        } else if (type == LocalTime.class) {
            return LocalTime.parse(text);
        } else if (type == OffsetDateTime.class) {
            return OffsetDateTime.parse(text);
        } else if (type == byte[].class) {
            return Base64.getDecoder().decode(text);
        } else if (type == UUID.class) {
            return UUID.fromString(text);
        }
        return field.getDataType().convert(text);
    }

    private static Properties manifest(BackupSummary summary) {
        Properties properties = new Properties();
        properties.setProperty("format", FORMAT);
        properties.setProperty("created_at", summary.createdAt().toString());
        properties.setProperty("product", summary.product());
        properties.setProperty("schema_versions", String.join(",", summary.schemaVersions()));
        summary.rows().forEach((table, count) -> properties.setProperty("rows." + table, Long.toString(count)));
        return properties;
    }

    /** A backup file's manifest; anything else is not a SESI backup. */
    static Backup read(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry entry = zip.getEntry(MANIFEST);
            if (entry == null) {
                throw notABackup(file, null);
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            if (!FORMAT.equals(properties.getProperty("format"))) {
                throw notABackup(file, null);
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            properties.stringPropertyNames().stream().filter(k -> k.startsWith("rows.")).sorted()
                    .forEach(k -> rows.put(k.substring(5), Long.valueOf(properties.getProperty(k))));
            String schema = properties.getProperty("schema_versions", "");
            return new Backup(new BackupSummary(Instant.parse(properties.getProperty("created_at")),
                    properties.getProperty("product", ""),
                    schema.isEmpty() ? List.of() : List.of(schema.split(",")), rows));
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

    /** A backup's manifest. */
    record Backup(BackupSummary summary) {
    }
}
