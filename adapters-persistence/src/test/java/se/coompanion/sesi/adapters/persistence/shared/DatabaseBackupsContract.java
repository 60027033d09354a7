package se.coompanion.sesi.adapters.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.adapters.persistence.TestDatabase;
import se.coompanion.sesi.application.shared.BackupSummary;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.port.out.BackupsContract;
import se.coompanion.sesi.application.testing.PortsUnderTest;

/**
 * The {@link BackupsContract} on a database, and what is particular to databases: a backup has a file per table
 * and restores into the other database kind; a backup from a newer schema is refused.
 */
abstract class DatabaseBackupsContract extends BackupsContract {

    protected abstract TestDatabase kind();

    @Override
    protected PortsUnderTest open() {
        return kind().open();
    }

    @Test
    void a_backup_counts_the_rows_of_each_table_and_restores_into_h2() {
        fill(ports());
        Path file = directory.resolve("sesi.zip");

        BackupSummary written = ports().backups().write(file, NOW);

        assertThat(written.rows()).containsEntry("prestudy", 1L).containsEntry("import_log", 2L)
                .containsEntry("prestudy_activity", 8L);
        try (PortsUnderTest h2 = TestDatabase.H2.open()) {
            assertRestores(file, written, h2.ports());
        }
    }

    @Test
    void a_backup_from_a_newer_schema_is_refused() throws IOException {
        Path file = directory.resolve("sesi.zip");
        ports().backups().write(file, NOW);
        Path newer = directory.resolve("newer.zip");
        try (ZipFile zip = new ZipFile(file.toFile()); OutputStream out = Files.newOutputStream(newer);
                ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
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
        try (PortsUnderTest empty = open()) {
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
