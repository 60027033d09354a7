package se.coompanion.sesi.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.coompanion.sesi.application.shared.InvalidInputException;

/**
 * {@link SesiDatabase#openExisting} makes nothing: a missing embedded file leaves no directory, no file and no lock
 * behind, and a database without SESI's tables (an empty PostgreSQL schema, or one that does not exist) gets none.
 * Only {@link SesiDatabase#open} starts a database.
 */
class OpenExistingTest {

    @TempDir
    Path directory;

    @Test
    void a_missing_embedded_file_is_missing_and_nothing_is_left_behind() {
        Path file = directory.resolve("none").resolve("deeper").resolve("sesi");

        assertThatThrownBy(() -> SesiDatabase.openExisting(DatabaseConfig.h2File(file)))
                .isInstanceOfSatisfying(MissingDatabaseException.class, e -> {
                    assertThat(e.reason()).isEqualTo(MissingDatabaseException.Reason.NO_FILE);
                    assertThat(e.location()).isEqualTo(file.resolveSibling("sesi.mv.db").toString());
                });
        assertThat(directory.resolve("none")).doesNotExist();
    }

    @Test
    void a_missing_file_in_a_directory_that_exists_leaves_the_directory_as_it_was() throws Exception {
        Path file = directory.resolve("sesi");

        assertThatThrownBy(() -> SesiDatabase.openExisting(DatabaseConfig.h2File(file)))
                .isInstanceOf(MissingDatabaseException.class);
        try (var files = Files.list(directory)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void a_path_that_is_a_directory_is_a_mistake_of_the_path_not_a_missing_database() throws Exception {
        Files.createDirectories(directory.resolve("sesi"));

        assertThatThrownBy(() -> SesiDatabase.openExisting(DatabaseConfig.h2File(directory.resolve("sesi"))))
                .isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void a_database_made_by_open_is_opened_by_open_existing(TestDatabase kind) {
        try (TestDatabase.Fresh fresh = kind.fresh()) {
            SesiDatabase.open(fresh.config()).close();
            try (SesiDatabase existing = SesiDatabase.openExisting(fresh.config())) {
                assertThat(existing.dsl().fetchCount(DSL.table("\"flyway_schema_history\""))).isPositive();
            }
        }
    }

    @Test
    void an_embedded_database_without_sesi_tables_gets_none() throws Exception {
        Path file = directory.resolve("other");
        try (Connection other = DriverManager.getConnection("jdbc:h2:" + file.toAbsolutePath(), "sa", "");
                Statement statement = other.createStatement()) {
            statement.execute("create table someone_elses(id int)");
        }

        assertThatThrownBy(() -> SesiDatabase.openExisting(DatabaseConfig.h2File(file)))
                .isInstanceOfSatisfying(MissingDatabaseException.class,
                        e -> assertThat(e.reason()).isEqualTo(MissingDatabaseException.Reason.NO_SCHEMA));
        try (Connection other = DriverManager.getConnection("jdbc:h2:" + file.toAbsolutePath(), "sa", "")) {
            assertThat(tables(other, "PUBLIC")).isEqualTo(1);
        }
    }

    @Test
    void an_empty_postgres_schema_is_not_migrated_and_a_missing_one_is_not_made() throws Exception {
        TestDatabase.Fresh fresh = TestDatabase.POSTGRES.fresh(); // skipped without PostgreSQL
        fresh.close();
        String url = TestDatabase.postgresUrl();
        String separator = url.contains("?") ? "&" : "?";
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        DatabaseConfig config = DatabaseConfig.jdbcUrl(url + separator + "currentSchema=" + schema,
                TestDatabase.user(), TestDatabase.password());
        try (Connection admin = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
                Statement statement = admin.createStatement()) {
            assertThatThrownBy(() -> SesiDatabase.openExisting(config)).isInstanceOf(MissingDatabaseException.class);
            assertThat(schemaExists(admin, schema)).as("a missing schema is not made").isFalse();

            statement.execute("create schema " + schema);
            try {
                assertThatThrownBy(() -> SesiDatabase.openExisting(config))
                        .isInstanceOfSatisfying(MissingDatabaseException.class,
                                e -> assertThat(e.reason()).isEqualTo(MissingDatabaseException.Reason.NO_SCHEMA));
                assertThat(tables(admin, schema)).as("an empty schema gets no tables").isZero();

                SesiDatabase.open(config).close();
                assertThat(tables(admin, schema)).as("open makes them").isPositive();
            } finally {
                statement.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    private static boolean schemaExists(Connection connection, String schema) throws SQLException {
        try (ResultSet schemas = connection.getMetaData().getSchemas(null, schema)) {
            return schemas.next();
        }
    }

    private static int tables(Connection connection, String schema) throws SQLException {
        int count = 0;
        try (ResultSet tables = connection.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                count++;
            }
        }
        return count;
    }
}
