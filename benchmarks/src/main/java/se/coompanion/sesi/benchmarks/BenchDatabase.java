package se.coompanion.sesi.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import se.coompanion.sesi.adapters.persistence.DatabaseConfig;
import se.coompanion.sesi.adapters.persistence.SesiDatabase;

/**
 * The database kinds a benchmark runs on: an H2 file (always) and PostgreSQL when {@code SESI_TEST_POSTGRES_URL}
 * names a server (user and password from {@code SESI_DB_USER} / {@code SESI_DB_PASSWORD}). Every run gets a fresh,
 * empty database: a new H2 directory, or a new PostgreSQL schema, removed afterwards.
 */
enum BenchDatabase {
    H2("H2"), POSTGRES("PostgreSQL");

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final String title;

    BenchDatabase(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }

    /** The PostgreSQL server, when one is configured. */
    static Optional<String> postgresUrl() {
        String url = System.getenv("SESI_TEST_POSTGRES_URL");
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url);
    }

    /** A fresh, empty database of this kind. */
    Fresh fresh(Path work) {
        int n = COUNTER.incrementAndGet();
        if (this == H2) {
            Path directory = work.resolve("db-" + ProcessHandle.current().pid() + "-" + n);
            return new Fresh(DatabaseConfig.h2File(directory.resolve("sesi")), directory, null);
        }
        String url = postgresUrl().orElseThrow();
        String schema = "bench_" + ProcessHandle.current().pid() + "_" + n;
        return new Fresh(DatabaseConfig.jdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                user(), password()), null, schema);
    }

    private static String user() {
        return System.getenv().getOrDefault("SESI_DB_USER", "");
    }

    private static String password() {
        return System.getenv().getOrDefault("SESI_DB_PASSWORD", "");
    }

    /**
     * A fresh database and what to remove afterwards.
     *
     * @param config    how to open it (the product's configuration)
     * @param directory the H2 directory, or null
     * @param schema    the PostgreSQL schema, or null
     */
    record Fresh(DatabaseConfig config, Path directory, String schema) implements AutoCloseable {

        /**
         * A plain JDBC connection to the database that {@code open} holds open (migrated, with the product's
         * settings such as H2's WRITE_DELAY 0), for the baselines.
         */
        static Connection connect(SesiDatabase open) throws SQLException {
            DatabaseConfig config = open.config();
            return DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
        }

        @Override
        public void close() {
            if (schema != null) {
                try (Connection connection = DriverManager.getConnection(postgresUrl().orElseThrow(), user(),
                        password()); var statement = connection.createStatement()) {
                    statement.execute("drop schema if exists " + schema + " cascade");
                } catch (SQLException e) {
                    throw new IllegalStateException("could not drop benchmark schema " + schema, e);
                }
            }
            if (directory != null && Files.exists(directory)) {
                try (Stream<Path> files = Files.walk(directory)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
