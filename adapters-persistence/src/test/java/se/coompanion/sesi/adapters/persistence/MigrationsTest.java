package se.coompanion.sesi.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    @TempDir
    Path directory;

    @Test
    void the_scripts_on_the_class_path_are_listed_by_version() {
        assertThat(Migrations.scriptVersions()).hasValueSatisfying(v -> assertThat(v).contains("1"));
        assertThat(Migrations.normalise("010")).isEqualTo("10");
        assertThat(Migrations.normalise("1_2")).isEqualTo("1.2");
    }

    @Test
    void a_new_database_is_migrated_and_an_up_to_date_one_is_left_alone() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + directory.resolve("m"));
        dataSource.setUser("sa");

        assertThat(Migrations.applied(dataSource)).isEmpty();
        Migrations.migrate(dataSource);
        assertThat(Migrations.applied(dataSource)).containsAll(Migrations.scriptVersions().orElseThrow());

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("update \"flyway_schema_history\" set \"description\" = 'marker'");
        }
        Migrations.migrate(dataSource);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from \"flyway_schema_history\" "
                        + "where \"description\" = 'marker'")) {
            rows.next();
            assertThat(rows.getInt(1)).as("Flyway did not run again on an up-to-date database").isPositive();
        }
    }

    @Test
    void opening_a_new_database_leaves_no_trace_file_behind() {
        try (SesiDatabase database = SesiDatabase.open(DatabaseConfig.h2File(directory.resolve("fresh")))) {
            assertThat(database.config().h2File()).isPresent();
        }
        assertThat(directory.resolve("fresh.trace.db")).doesNotExist();
    }

    @Test
    void a_database_missing_a_script_is_migrated_even_when_a_later_one_is_applied() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + directory.resolve("gap"));
        dataSource.setUser("sa");
        Migrations.migrate(dataSource);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("update \"flyway_schema_history\" set \"version\" = '999' where \"version\" = '1'");
        }

        assertThat(Migrations.applied(dataSource)).doesNotContain("1");
        assertThat(Migrations.applied(dataSource).containsAll(Migrations.scriptVersions().orElseThrow())).isFalse();
    }
}
