package se.coompanion.sesi.adapters.persistence;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import se.coompanion.sesi.application.SesiPorts;
import se.coompanion.sesi.application.testing.PortsUnderTest;

/**
 * The database kinds the contract tests run on: an H2 file in a fresh temporary directory always, and
 * PostgreSQL when {@code SESI_TEST_POSTGRES_URL} names a server (CI sets it; see .ci/run). Each PostgreSQL test
 * gets a schema of its own, dropped afterwards.
 */
public enum TestDatabase {
    H2, POSTGRES;

    /** The variable that names the PostgreSQL server for tests, e.g. jdbc:postgresql://127.0.0.1:5433/sesi_test. */
    public static final String POSTGRES_URL_VARIABLE = "SESI_TEST_POSTGRES_URL";

    private static final java.util.concurrent.atomic.AtomicBoolean WARNED = new java.util.concurrent.atomic.AtomicBoolean();

    /** A fresh, empty database of this kind; skipped (with the reason shown) when PostgreSQL is not configured. */
    public Fresh fresh() {
        return switch (this) {
            case H2 -> {
                try {
                    Path directory = Files.createTempDirectory("sesi-test-");
                    yield new Fresh(DatabaseConfig.h2File(directory.resolve("sesi")), directory, null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            case POSTGRES -> {
                String url = postgresUrl();
                if (url == null && !WARNED.getAndSet(true)) {
                    System.err.println("WARNING: " + POSTGRES_URL_VARIABLE + " is not set: every PostgreSQL run of "
                            + "the contract tests is SKIPPED. Run .ci/run, or eval \"$(.ci/postgres-start)\" first.");
                }
                assumeTrue(url != null, POSTGRES_URL_VARIABLE + " is not set: the PostgreSQL runs of the contract "
                        + "tests are skipped (CI sets it, see .ci/run)");
                String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                        .toLowerCase(Locale.ROOT);
                String separator = url.contains("?") ? "&" : "?";
                yield new Fresh(DatabaseConfig.jdbcUrl(url + separator + "currentSchema=" + schema, user(), password()),
                        null, schema);
            }
        };
    }

    /** A fresh, empty database of this kind, opened, as the ports under test of a port contract. */
    public Open open() {
        return new Open(fresh());
    }

    public static String postgresUrl() {
        String url = System.getenv(POSTGRES_URL_VARIABLE);
        return url == null || url.isBlank() ? null : url;
    }

    static String user() {
        return System.getenv().getOrDefault("SESI_DB_USER", "");
    }

    static String password() {
        return System.getenv().getOrDefault("SESI_DB_PASSWORD", "");
    }

    /**
     * A fresh database: its config, and what to remove afterwards.
     *
     * @param config    how to open it
     * @param directory the H2 temporary directory, or null
     * @param schema    the PostgreSQL schema, or null
     */
    public record Fresh(DatabaseConfig config, Path directory, String schema) implements AutoCloseable {

        @Override
        public void close() {
            if (schema != null) {
                try (var connection = DriverManager.getConnection(postgresUrl(), user(), password());
                        var statement = connection.createStatement()) {
                    statement.execute("drop schema if exists " + schema + " cascade");
                } catch (SQLException e) {
                    throw new IllegalStateException("could not drop test schema " + schema, e);
                }
            }
            if (directory != null) {
                try (var files = Files.walk(directory)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** A fresh database opened with {@link SesiDatabase}: the ports of a contract test; closing drops it. */
    public static final class Open implements PortsUnderTest {

        private final Fresh fresh;
        private SesiDatabase database;

        Open(Fresh fresh) {
            this.fresh = fresh;
            this.database = SesiDatabase.open(fresh.config());
        }

        /** The database itself, for tests that look at its tables. */
        public SesiDatabase database() {
            return database;
        }

        public Fresh fresh() {
            return fresh;
        }

        @Override
        public SesiPorts ports() {
            return database.ports();
        }

        @Override
        public void reopen() {
            database.close();
            database = SesiDatabase.open(fresh.config());
        }

        @Override
        public void close() {
            try {
                database.close();
            } finally {
                fresh.close();
            }
        }
    }
}
