package se.coompanion.sesi.application.shared.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.application.SesiPorts;
import se.coompanion.sesi.application.shared.BackupSummary;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.ImportRecord;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.testing.PortContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;
import se.coompanion.sesi.domain.prestudy.ActivityKey;
import se.coompanion.sesi.domain.prestudy.PreStudy;
import se.coompanion.sesi.domain.prestudy.SesiPlan;
import se.coompanion.sesi.domain.prestudy.Target;
import se.coompanion.sesi.domain.prestudy.TargetUnit;

/**
 * The contract of the {@link Backups} out-port, for every implementation: what is backed up comes back into a fresh
 * store of the same kind; a store that holds data, or a file that is no backup, is refused and nothing changes.
 * (The in-memory fakes have no backups; the database adapter adds what is particular to databases.)
 */
public abstract class BackupsContract extends PortContract {

    protected static final Instant NOW = Instant.parse("2024-06-01T10:00:00Z");
    protected static final PreStudy CHANGED = SesiPlan.preStudy()
            .withTarget(ActivityKey.COMPETENCE_MAPPING, Target.fixed(12, TargetUnit.ENTERPRISES));

    @TempDir
    protected Path directory;

    /** A pre-study and two imports. */
    protected static void fill(SesiPorts ports) {
        ports.transactions().run(() -> {
            ports.preStudies().add(CHANGED, NOW);
            ports.importLog().add(new ImportRecord("actors", "b".repeat(64), "aktörer.csv", 3, 3, 0, NOW));
            ports.importLog().add(new ImportRecord("survey-frame", "c".repeat(64), "ram \"2024\".csv", 2, 1, 1,
                    NOW.plusSeconds(60)));
        });
    }

    /** Restores the backup into the store and checks that it holds what was backed up, and takes new work. */
    protected void assertRestores(Path file, BackupSummary written, SesiPorts into) {
        BackupSummary read = into.backups().restore(file);

        assertThat(read.totalRows()).isEqualTo(written.totalRows());
        assertThat(into.transactions().inTransaction(into.preStudies()::find)).contains(CHANGED);
        assertThat(into.transactions().inTransaction(into.importLog()::all))
                .isEqualTo(tx(ports().importLog()::all));
        into.transactions().run(() -> into.importLog().add(new ImportRecord("needs", "d".repeat(64), "behov.csv", 1,
                1, 0, NOW)));
        assertThat(into.transactions().inTransaction(into.importLog()::all)).hasSize(3);
    }

    @Test
    void a_backup_restores_into_a_fresh_store_of_the_same_kind() {
        fill(ports());
        Path file = directory.resolve("backups").resolve("sesi.zip");

        BackupSummary written = ports().backups().write(file, NOW);

        assertThat(written.createdAt()).isEqualTo(NOW);
        assertThat(written.totalRows()).isPositive();
        try (PortsUnderTest fresh = open()) {
            assertRestores(file, written, fresh.ports());
        }
    }

    @Test
    void a_restore_into_a_store_that_holds_data_is_refused_and_changes_nothing() {
        fill(ports());
        Path file = directory.resolve("sesi.zip");
        ports().backups().write(file, NOW);

        assertThatThrownBy(() -> ports().backups().restore(file))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already holds data");
        assertThat(tx(ports().importLog()::all)).hasSize(2);
    }

    @Test
    void a_file_that_is_not_a_backup_is_invalid_input() throws IOException {
        Path text = Files.writeString(directory.resolve("notes.zip"), "not a zip");

        assertThatThrownBy(() -> ports().backups().restore(text))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is not a SESI backup");
        assertThatThrownBy(() -> ports().backups().restore(directory.resolve("missing.zip")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no such file");
    }
}
