package se.coompanion.sesi.adapters.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.SesiCli;
import se.coompanion.sesi.adapters.cli.demo.DemoRun;
import se.coompanion.sesi.adapters.persistence.TestDatabase;

/**
 * The whole demo pre-study backed up and restored into a fresh database, H2 and PostgreSQL: the same status, the
 * same response rates and survey results, and every table holding the same rows.
 */
class BackupRestoreTest {

    /** What a user compares after a restore: progress, response rates, results tables, the double-entry review. */
    private static final List<List<String>> LISTINGS = List.of(
            List.of("status", "--format", "csv"),
            List.of("survey", "rates", "--by", "county", "--format", "csv"),
            List.of("survey", "rates", "--by", "legal-form", "--format", "csv"),
            List.of("survey", "results", "--format", "csv"),
            List.of("survey", "results", "stodstruktur", "--by", "county", "--format", "csv"),
            List.of("survey", "entry", "compare", "--format", "csv"),
            List.of("competence", "ranking", "--format", "csv"),
            List.of("needs", "themes", "--format", "csv"));

    @TempDir
    static Path directory;

    private static Path backup;

    @BeforeAll
    static void backUpTheDemo() {
        backup = directory.resolve("demo-backup.zip");
        new SesiCli(directory).ok("--db", DemoRun.shared().database().toString(), "db", "backup", backup.toString());
    }

    @Test
    void restored_into_a_fresh_h2_file_the_demo_gives_the_same_figures_and_rows() {
        Path restored = directory.resolve("h2").resolve("sesi");
        SesiCli sesi = new SesiCli(directory);
        sesi.ok("--db", restored.toString(), "db", "restore", backup.toString());

        assertSameListings(new SesiCli(directory).env("SESI_DB", restored.toString()));
        assertThat(DatabaseFingerprint.ofH2(DemoRun.shared().database())
                .differences(DatabaseFingerprint.ofH2(restored)))
                .as("every table holds the same rows; Flyway's history records when the restored schema was made")
                .allMatch(difference -> difference.startsWith("flyway_schema_history: "));
    }

    @Test
    void restored_into_postgresql_the_demo_gives_the_same_figures_and_rows() throws Exception {
        try (TestDatabase.Fresh fresh = TestDatabase.POSTGRES.fresh()) {
            SesiCli postgres = new SesiCli(directory).env("SESI_DB", fresh.config().jdbcUrl())
                    .env("SESI_DB_USER", fresh.config().user()).env("SESI_DB_PASSWORD", fresh.config().password());
            postgres.ok("db", "restore", backup.toString());

            assertSameListings(postgres);
            try (Connection connection = DriverManager.getConnection(fresh.config().jdbcUrl(), fresh.config().user(),
                    fresh.config().password())) {
                assertThat(DatabaseFingerprint.ofH2(DemoRun.shared().database()).tables().keySet())
                        .isEqualTo(DatabaseFingerprint.of(connection).tables().keySet());
            }
        }
    }

    private static void assertSameListings(SesiCli restored) {
        SesiCli original = new SesiCli(directory).env("SESI_DB", DemoRun.shared().database().toString());
        for (List<String> listing : LISTINGS) {
            String[] args = listing.toArray(String[]::new);
            assertThat(restored.ok(args).out()).as(String.join(" ", listing)).isEqualTo(original.ok(args).out());
        }
    }
}
