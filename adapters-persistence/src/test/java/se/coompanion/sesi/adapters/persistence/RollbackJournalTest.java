package se.coompanion.sesi.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.coompanion.sesi.application.SesiPorts;

/**
 * A bulk transaction on an embedded H2 file is all or nothing even when the process dies inside it: the file is
 * copied before the transaction, the copy is removed after the commit, and a copy left by a dead process is put
 * back before H2 reads the file (H2 2.5 on its own leaves part of such a transaction visible).
 */
class RollbackJournalTest {

    @TempDir
    Path directory;

    @Test
    void a_process_killed_inside_a_bulk_transaction_leaves_nothing_of_it() throws IOException, InterruptedException {
        Path base = directory.resolve("sesi");
        try (SesiDatabase database = SesiDatabase.open(DatabaseConfig.h2File(base))) {
            add(database.ports(), 0);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                BulkThenHalt.class.getName(), base.toString())).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(output).contains("written, not committed");
        assertThat(child.exitValue()).isEqualTo(9);
        assertThat(Path.of(base + ".mv.db.rollback")).as("the copy the dead process left").exists();

        try (SesiDatabase reopened = SesiDatabase.open(DatabaseConfig.h2File(base))) {
            assertThat(reopened.restoredAfterInterruption()).isTrue();
            assertThat(records(reopened.ports())).as("only what was committed before the killed transaction")
                    .hasSize(1);
        }
        assertThat(Path.of(base + ".mv.db.rollback")).doesNotExist();
        try (SesiDatabase again = SesiDatabase.open(DatabaseConfig.h2File(base))) {
            assertThat(again.restoredAfterInterruption()).isFalse();
            assertThat(records(again.ports())).hasSize(1);
        }
    }

    @Test
    void a_committed_bulk_transaction_is_kept_and_leaves_no_copy() {
        Path base = directory.resolve("sesi");
        try (SesiDatabase database = SesiDatabase.open(DatabaseConfig.h2File(base))) {
            database.ports().transactions().inBulkTransaction(() -> {
                add(database.ports(), 1);
                assertThat(Path.of(base + ".mv.db.rollback")).as("the copy while the transaction runs").exists();
                add(database.ports(), 2);
                return null;
            });
            assertThat(Path.of(base + ".mv.db.rollback")).doesNotExist();
        }
        try (SesiDatabase reopened = SesiDatabase.open(DatabaseConfig.h2File(base))) {
            assertThat(reopened.restoredAfterInterruption()).isFalse();
            assertThat(records(reopened.ports())).hasSize(2);
        }
    }

    @Test
    void a_failed_bulk_transaction_stores_nothing_and_leaves_no_copy() {
        Path base = directory.resolve("sesi");
        try (SesiDatabase database = SesiDatabase.open(DatabaseConfig.h2File(base))) {
            add(database.ports(), 1);
            assertThatThrownBy(() -> database.ports().transactions().inBulkTransaction(() -> {
                add(database.ports(), 2);
                throw new IllegalStateException("failed half-way");
            })).hasMessageContaining("failed half-way");
            assertThat(Path.of(base + ".mv.db.rollback")).doesNotExist();
            assertThat(records(database.ports())).hasSize(1);
        }
    }

    /** The plain copy, and the zip H2's BACKUP makes where the file cannot be read beside H2. */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void a_copy_left_behind_is_put_back_before_the_file_is_read(boolean viaBackup) throws Exception {
        Path base = directory.resolve("sesi");
        try (SesiDatabase database = SesiDatabase.open(DatabaseConfig.h2File(base))) {
            add(database.ports(), 1);
            RollbackJournal journal = new RollbackJournal(base);
            if (viaBackup) {
                journal.useBackup();
            }
            try (Connection connection = DriverManager.getConnection(database.config().jdbcUrl(), "sa", "")) {
                journal.save(connection);
            }
            assertThat(new String(Files.readAllBytes(journal.journal()), 0, 3, StandardCharsets.ISO_8859_1))
                    .as("a zip from BACKUP, or the H2 file itself").startsWith(viaBackup ? "PK" : "H:2");
            // What a killed bulk transaction left in the file, as far as it got: here even committed.
            add(database.ports(), 2);
            add(database.ports(), 3);
        }
        try (SesiDatabase reopened = SesiDatabase.open(DatabaseConfig.h2File(base))) {
            assertThat(reopened.restoredAfterInterruption()).isTrue();
            assertThat(records(reopened.ports())).hasSize(1);
        }
        try (var files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("sesi.mv.db", "sesi.mv.db.lock");
        }
    }

    /**
     * Issue 22, defect 2: a copy left by an import that died long before the file last changed is not put back, since
     * that would undo the changes made after the import (by another program, or a sesi that did not put it back).
     * Opening is refused, exit 4, and both files are kept for the person to choose.
     */
    @Test
    void a_copy_left_behind_is_never_put_back_over_work_done_after_the_import_died() throws Exception {
        Path base = directory.resolve("sesi");
        Path copy;
        try (SesiDatabase database = SesiDatabase.open(DatabaseConfig.h2File(base))) {
            add(database.ports(), 1);
            RollbackJournal journal = new RollbackJournal(base);
            try (Connection connection = DriverManager.getConnection(database.config().jdbcUrl(), "sa", "")) {
                journal.save(connection);
            }
            journal.stopHeartbeat();
            copy = journal.journal();
        }
        // The import died an hour ago: its copy was last touched then.
        java.nio.file.attribute.FileTime anHourAgo = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(1)));
        Files.setLastModifiedTime(copy, anHourAgo);
        // Work done since, by a program that does not put copies back (H2's own tools, an older sesi).
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "");
                var statement = h2.createStatement()) {
            statement.execute("insert into import_log (kind, sha256, source_name, rows_read, rows_stored, "
                    + "rows_rejected, imported_at) select kind, 'later', source_name, rows_read, rows_stored, "
                    + "rows_rejected, imported_at from import_log");
        }
        byte[] live = Files.readAllBytes(Path.of(base + ".mv.db"));

        assertThatThrownBy(() -> SesiDatabase.open(DatabaseConfig.h2File(base)))
                .isInstanceOf(se.coompanion.sesi.application.shared.ConflictException.class)
                .hasMessageContaining("sesi.mv.db.rollback");

        assertThat(Files.readAllBytes(Path.of(base + ".mv.db"))).as("the database as it is").isEqualTo(live);
        assertThat(copy).as("the copy kept for the person to decide").exists();
        Files.delete(copy);
        try (SesiDatabase reopened = SesiDatabase.open(DatabaseConfig.h2File(base))) {
            assertThat(reopened.restoredAfterInterruption()).isFalse();
            assertThat(records(reopened.ports())).as("the work done after the import").hasSize(2);
        }
    }

    /**
     * The first open after a killed import puts its copy back and removes it, whatever the command: so a change
     * committed after that open (the crash test's "project target" after a killed import) can never be undone by that
     * copy on a later open.
     */
    @Test
    void a_change_committed_after_a_copy_was_put_back_is_kept_by_every_later_open() throws Exception {
        Path base = directory.resolve("sesi");
        try (SesiDatabase database = SesiDatabase.open(DatabaseConfig.h2File(base))) {
            add(database.ports(), 1);
            RollbackJournal journal = new RollbackJournal(base);
            try (Connection connection = DriverManager.getConnection(database.config().jdbcUrl(), "sa", "")) {
                journal.save(connection);
            }
            // What the killed import wrote before it died; its copy stays behind.
            add(database.ports(), 2);
            journal.stopHeartbeat();
        }
        try (SesiDatabase reading = SesiDatabase.open(DatabaseConfig.h2File(base))) {
            assertThat(reading.restoredAfterInterruption()).isTrue();
            assertThat(records(reading.ports())).hasSize(1);
        }
        assertThat(Path.of(base + ".mv.db.rollback")).as("removed by the open that put it back").doesNotExist();
        try (SesiDatabase writing = SesiDatabase.open(DatabaseConfig.h2File(base))) {
            add(writing.ports(), 3);
        }
        for (int open = 0; open < 2; open++) {
            try (SesiDatabase later = SesiDatabase.open(DatabaseConfig.h2File(base))) {
                assertThat(later.restoredAfterInterruption()).isFalse();
                assertThat(records(later.ports())).as("the change reported done after the copy was put back")
                        .hasSize(2);
            }
        }
    }

    @Test
    void leftovers_of_a_copy_that_did_not_finish_are_removed_and_the_file_kept() throws IOException {
        Path base = directory.resolve("sesi");
        try (SesiDatabase database = SesiDatabase.open(DatabaseConfig.h2File(base))) {
            add(database.ports(), 1);
        }
        Files.writeString(Path.of(base + ".mv.db.rollback.partial"), "half a copy");
        try (SesiDatabase reopened = SesiDatabase.open(DatabaseConfig.h2File(base))) {
            assertThat(reopened.restoredAfterInterruption()).isFalse();
            assertThat(records(reopened.ports())).hasSize(1);
        }
        assertThat(Path.of(base + ".mv.db.rollback.partial")).doesNotExist();
    }

    @Test
    void the_same_file_opened_twice_in_one_process_shares_the_claim() {
        Path base = directory.resolve("sesi");
        try (SesiDatabase first = SesiDatabase.open(DatabaseConfig.h2File(base));
                SesiDatabase second = SesiDatabase.open(DatabaseConfig.h2File(base))) {
            add(first.ports(), 1);
            assertThat(records(second.ports())).hasSize(1);
        }
        try (SesiDatabase reopened = SesiDatabase.open(DatabaseConfig.h2File(base))) {
            assertThat(records(reopened.ports())).hasSize(1);
        }
    }

    private static void add(SesiPorts ports, int i) {
        ports.transactions().run(() -> ports.importLog().add(BulkThenHalt.record(i)));
    }

    private static List<?> records(SesiPorts ports) {
        return ports.transactions().inTransaction(() -> ports.importLog().all());
    }
}
