package se.coompanion.sesi.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.application.SesiPorts;

/**
 * A summary beside an embedded database is given back only for the file exactly as it was when the summary was
 * written: every open through {@link SesiDatabase} removes it, and a change by any other program makes it void.
 */
class DatabaseSummaryTest {

    private static final byte[] SUMMARY = "status: 3 of 8 done\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path directory;

    @Test
    void a_summary_left_at_close_is_read_back_while_the_file_is_unchanged() {
        Path base = directory.resolve("sesi");
        try (SesiDatabase database = SesiDatabase.open(DatabaseConfig.h2File(base))) {
            add(database.ports(), 1);
            database.closeWithSummary(SUMMARY);
        }

        assertThat(DatabaseSummary.read(base)).hasValueSatisfying(read -> assertThat(read).isEqualTo(SUMMARY));
        assertThat(DatabaseSummary.read(base)).as("reading changes nothing").isPresent();
        assertThat(DatabaseSummary.read(directory.resolve("other"))).isEmpty();
    }

    @Test
    void opening_the_database_removes_the_summary_even_when_nothing_is_written() {
        Path base = directory.resolve("sesi");
        try (SesiDatabase database = SesiDatabase.open(DatabaseConfig.h2File(base))) {
            database.closeWithSummary(SUMMARY);
        }
        assertThat(DatabaseSummary.read(base)).isPresent();

        try (SesiDatabase reader = SesiDatabase.open(DatabaseConfig.h2File(base))) {
            assertThat(Path.of(base + ".mv.db.summary")).as("gone as soon as a process has the file").doesNotExist();
            assertThat(DatabaseSummary.read(base)).isEmpty();
        }
        assertThat(DatabaseSummary.read(base)).as("a plain close writes none").isEmpty();
    }

    @Test
    void a_change_by_another_program_makes_the_summary_void() throws SQLException, IOException {
        Path base = directory.resolve("sesi");
        try (SesiDatabase database = SesiDatabase.open(DatabaseConfig.h2File(base))) {
            database.closeWithSummary(SUMMARY);
        }
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "");
                Statement statement = h2.createStatement()) {
            statement.execute("CREATE TABLE not_sesi (x INT)");
        }
        assertThat(DatabaseSummary.read(base)).as("after a write with H2's own JDBC driver").isEmpty();

        try (SesiDatabase database = SesiDatabase.open(DatabaseConfig.h2File(base))) {
            database.closeWithSummary(SUMMARY);
        }
        Path file = Path.of(base + ".mv.db");
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() - 1000));
        assertThat(DatabaseSummary.read(base)).as("after the file's time changed").isEmpty();
    }

    @Test
    void no_summary_while_a_rollback_copy_of_an_interrupted_import_lies_beside_the_file() throws IOException {
        Path base = directory.resolve("sesi");
        try (SesiDatabase database = SesiDatabase.open(DatabaseConfig.h2File(base))) {
            database.closeWithSummary(SUMMARY);
        }
        Files.copy(Path.of(base + ".mv.db"), Path.of(base + ".mv.db.rollback"));

        assertThat(DatabaseSummary.read(base)).isEmpty();
    }

    @Test
    void a_summary_that_is_not_one_is_ignored() throws IOException {
        Path base = directory.resolve("sesi");
        try (SesiDatabase database = SesiDatabase.open(DatabaseConfig.h2File(base))) {
            database.closeWithSummary(SUMMARY);
        }
        Path summary = Path.of(base + ".mv.db.summary");
        byte[] written = Files.readAllBytes(summary);

        Files.write(summary, new byte[] {'s', 'e', 's', 'i'});
        assertThat(DatabaseSummary.read(base)).as("no header line").isEmpty();
        Files.write(summary, ("sesi-summary-1 1 2 3\n" + "text").getBytes(StandardCharsets.UTF_8));
        assertThat(DatabaseSummary.read(base)).as("the stamp of another file").isEmpty();
        Files.write(summary, written);
        assertThat(DatabaseSummary.read(base)).isPresent();
    }

    @Test
    void only_the_last_database_of_the_process_on_the_file_leaves_a_summary() {
        Path base = directory.resolve("sesi");
        try (SesiDatabase first = SesiDatabase.open(DatabaseConfig.h2File(base));
                SesiDatabase second = SesiDatabase.open(DatabaseConfig.h2File(base))) {
            first.closeWithSummary(SUMMARY);
            assertThat(DatabaseSummary.read(base)).as("the second one still has the file open").isEmpty();
            add(second.ports(), 2);
            second.closeWithSummary(SUMMARY);
        }
        assertThat(DatabaseSummary.read(base)).isPresent();
    }

    @Test
    void the_summary_is_owner_only_and_the_demo_reset_removes_it() throws IOException {
        assumeTrue(SesiDatabase.posix());
        Path base = directory.resolve("sesi");
        try (SesiDatabase database = SesiDatabase.open(DatabaseConfig.h2File(base))) {
            database.closeWithSummary(SUMMARY);
        }
        Path summary = Path.of(base + ".mv.db.summary");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(summary))).isEqualTo("rw-------");

        SesiDatabase.deleteEmbedded(base);
        assertThat(summary).doesNotExist();
    }

    @Test
    void a_database_that_is_not_an_embedded_file_gets_no_summary() throws IOException {
        try (SesiDatabase database = SesiDatabase.open(DatabaseConfig.jdbcUrl("jdbc:h2:mem:summary", "sa", ""))) {
            database.closeWithSummary(SUMMARY);
        }
        try (var files = Files.list(directory)) {
            assertThat(files).isEmpty();
        }
    }

    private static void add(SesiPorts ports, int i) {
        ports.transactions().run(() -> ports.importLog().add(BulkThenHalt.record(i)));
    }
}
