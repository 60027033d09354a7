package se.coompanion.sesi.adapters.cli.reliability;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22, defect 6: a crafted backup is bad input, never a crash. Every cell is checked against its column before
 * anything is written, and a problem names the table, the line and the column (exit 2); an entry too large, or one
 * that expands far beyond its compressed size (a zip bomb), is refused before it is read. Nothing is kept: the same
 * database takes the good backup afterwards.
 */
class CraftedBackupTest {

    @TempDir
    static Path directory;

    private static BackupZip good;
    private static Restores restores;

    @BeforeAll
    static void backup() throws Exception {
        SmallPreStudy study = SmallPreStudy.in(directory.resolve("study"));
        Path backup = directory.resolve("good.zip");
        study.sesi().ok("db", "backup", backup.toString());
        good = BackupZip.read(backup);
        restores = new Restores(directory, backup);
    }

    @Test
    void a_cell_that_is_not_a_number_names_its_table_line_and_column() throws Exception {
        refused(good.withLine("prestudy_activity", 3, l -> l.replace(m() + "10,", m() + "tio,")),
                "prestudy_activity.csv:3: target_quantity");
    }

    @Test
    void a_row_with_a_cell_missing_names_its_line() throws Exception {
        refused(good.withLine("prestudy_activity", 2, l -> l.substring(0, l.lastIndexOf(','))),
                "prestudy_activity.csv:2:");
    }

    @Test
    void a_date_that_is_no_date_names_its_table_line_and_column() throws Exception {
        refused(good.withLine("survey_wave", 2, l -> l.replace(m() + "2024-03-11", m() + "2024-13-45")),
                "survey_wave.csv:2: sent_on");
    }

    @Test
    void an_empty_cell_in_a_required_column_names_its_table_line_and_column() throws Exception {
        refused(good.withLine("survey_wave", 2, l -> l.replace(m() + "QUESTIONNAIRE", "")),
                "survey_wave.csv:2: wave_type");
    }

    @Test
    void a_text_longer_than_its_column_names_its_table_line_and_column() throws Exception {
        refused(good.withLine("actor", 2, l -> l.replace(m() + "Sundsvalls kommun", m() + "x".repeat(5000))),
                "actor.csv:2: name");
    }

    @Test
    void a_zip_bomb_is_refused_before_it_is_read() throws Exception {
        // 64 MB of one letter compress to some 64 KB: a thousandfold expansion, where a backup's tables compress
        // a few times at the most.
        Path bomb = restores.crafted();
        try (OutputStream file = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry(BackupZip.MANIFEST));
            zip.write(good.text(BackupZip.MANIFEST).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("tables/actor.csv"));
            String header = good.lines("tables/actor.csv").get(0);
            zip.write(header.concat("\n").concat(m()).getBytes(StandardCharsets.UTF_8));
            byte[] block = "x".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 1024; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        restores.refused(bomb, "tables/actor.csv");
    }

    private static String m() {
        return good.marker();
    }

    private static void refused(BackupZip crafted, String named) throws Exception {
        restores.refused(crafted.resealed().write(restores.crafted()), named);
    }
}
