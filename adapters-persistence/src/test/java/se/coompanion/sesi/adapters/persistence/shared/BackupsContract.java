package se.coompanion.sesi.adapters.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.persistence.DatabaseContractTest;
import se.coompanion.sesi.adapters.persistence.SesiDatabase;
import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.SesiPorts;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.BackupSummary;
import se.coompanion.sesi.application.shared.ImportRecord;
import se.coompanion.sesi.domain.prestudy.ActivityKey;
import se.coompanion.sesi.domain.prestudy.PreStudy;
import se.coompanion.sesi.domain.prestudy.SesiPlan;
import se.coompanion.sesi.domain.prestudy.Target;
import se.coompanion.sesi.domain.prestudy.TargetUnit;

/** The contract of the Backups out-port: what is backed up comes back, into either database kind. */
abstract class BackupsContract extends DatabaseContractTest {

    private static final Instant NOW = Instant.parse("2024-06-01T10:00:00Z");
    private static final PreStudy CHANGED = SesiPlan.preStudy()
            .withTarget(ActivityKey.COMPETENCE_MAPPING, Target.fixed(12, TargetUnit.ENTERPRISES));

    @TempDir
    Path directory;

    private void fill(SesiPorts ports) {
        ports.transactions().run(() -> {
            ports.preStudies().add(CHANGED, NOW);
            ports.importLog().add(new ImportRecord("actors", "b".repeat(64), "aktörer.csv", 3, 3, 0, NOW));
            ports.importLog().add(new ImportRecord("survey-frame", "c".repeat(64), "ram \"2024\".csv", 2, 1, 1,
                    NOW.plusSeconds(60)));
        });
    }

    @Test
    void a_backup_restores_into_a_fresh_database_of_the_same_kind_and_into_h2() {
        fill(database.ports());
        Path file = directory.resolve("backups").resolve("sesi.zip");

        BackupSummary written = database.ports().backups().write(file, NOW);

        assertThat(written.rows()).containsEntry("prestudy", 1L).containsEntry("import_log", 2L)
                .containsEntry("prestudy_activity", 8L);
        for (TestDatabase target : new TestDatabase[] {kind(), TestDatabase.H2}) {
            try (TestDatabase.Fresh fresh = target.fresh(); SesiDatabase restored = SesiDatabase.open(fresh.config())) {
                BackupSummary read = restored.ports().backups().restore(file);

                assertThat(read.totalRows()).isEqualTo(written.totalRows());
                SesiPorts ports = restored.ports();
                assertThat(ports.transactions().inTransaction(ports.preStudies()::find)).contains(CHANGED);
                assertThat(ports.transactions().inTransaction(ports.importLog()::all))
                        .isEqualTo(database.ports().transactions().inTransaction(database.ports().importLog()::all));
                ports.transactions().run(() -> ports.importLog().add(new ImportRecord("needs", "d".repeat(64),
                        "behov.csv", 1, 1, 0, NOW)));
                assertThat(ports.transactions().inTransaction(ports.importLog()::all)).hasSize(3);
            }
        }
    }

    @Test
    void a_restore_into_a_database_that_holds_data_is_refused_and_changes_nothing() {
        fill(database.ports());
        Path file = directory.resolve("sesi.zip");
        database.ports().backups().write(file, NOW);

        assertThatThrownBy(() -> database.ports().backups().restore(file))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already holds data");
        assertThat(database.ports().transactions().inTransaction(database.ports().importLog()::all)).hasSize(2);
    }

    @Test
    void a_file_that_is_not_a_backup_is_invalid_input() throws IOException {
        Path text = Files.writeString(directory.resolve("notes.zip"), "not a zip");

        assertThatThrownBy(() -> database.ports().backups().restore(text))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is not a SESI backup");
        assertThatThrownBy(() -> database.ports().backups().restore(directory.resolve("missing.zip")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no such file");
    }

    @Test
    void a_backup_from_a_newer_schema_is_refused() throws IOException {
        Path file = directory.resolve("sesi.zip");
        database.ports().backups().write(file, NOW);
        Path newer = directory.resolve("newer.zip");
        try (ZipFile zip = new ZipFile(file.toFile()); OutputStream out = Files.newOutputStream(newer);
                ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                copy.putNextEntry(new ZipEntry(entry.getName()));
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("sesi-backup.properties")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replaceAll("schema_versions=(.*)",
                            "schema_versions=$1,9999").getBytes(StandardCharsets.UTF_8);
                }
                copy.write(bytes);
                copy.closeEntry();
            }
        }
        try (TestDatabase.Fresh fresh = kind().fresh(); SesiDatabase empty = SesiDatabase.open(fresh.config())) {
            assertThatThrownBy(() -> empty.ports().backups().restore(newer))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("newer version of sesi (schema 9999)");
        }
    }

    /** A value starts with an apostrophe, so that a spreadsheet shows a table of a backup as text, never a formula. */
    @Test
    void values_survive_the_text_encoding() {
        assertThat(JooqBackups.encode(null)).isEmpty();
        assertThat(JooqBackups.encode("")).isEqualTo("'");
        assertThat(JooqBackups.encode("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(JooqBackups.encode(new java.math.BigDecimal("40.00"))).isEqualTo("'40.00");
    }
}
