package se.coompanion.sesi.adapters.cli.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;

class DbCommandsTest {

    @TempDir
    Path directory;

    @Test
    void db_info_names_the_database_and_its_schema() {
        SesiCli sesi = new SesiCli(directory);
        sesi.run("init");

        SesiCli.Result info = sesi.run("db", "info", "--format", "csv");

        assertThat(info.exitCode()).as(info.toString()).isZero();
        assertThat(info.out()).startsWith("field,value\n").contains("product,H2 ")
                .contains("location," + directory.resolve("sesi") + ".mv.db").contains("schema_version,");
    }

    @Test
    void db_info_shows_its_imports_in_words_at_local_times() {
        SesiCli sesi = new SesiCli(directory);
        sesi.run("init");
        Path example = Path.of("..", "docs", "examples", "aktorer.csv").toAbsolutePath().normalize();
        sesi.run("actor", "import", example.toString());

        SesiCli.Result sv = sesi.run("db", "info");
        SesiCli.Result en = sesi.run("--lang", "en", "db", "info");
        SesiCli.Result csv = sesi.run("db", "info", "--format", "csv");

        assertThat(sv.exitCode()).as(sv.toString()).isZero();
        assertThat(sv.out()).as("the kind from the glossary, the time in the local zone to the minute")
                .contains("aktörsregister").containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} ")
                .doesNotContain("actors").doesNotContainPattern("\\d{2}:\\d{2}:\\d{2}");
        assertThat(en.out()).contains("actor register").doesNotContain("aktörsregister");
        assertThat(csv.out()).as("programs keep the raw fields").doesNotContain("aktörsregister");
    }

    @Test
    void a_backup_restores_into_a_new_database_with_the_same_status() {
        SesiCli sesi = new SesiCli(directory).env("SESI_LANG", "en");
        sesi.run("init");
        sesi.run("project", "target", "ANALYSIS_SEMINAR", "--quantity", "2");
        Path backup = directory.resolve("backup.zip");

        SesiCli.Result written = sesi.run("db", "backup", backup.toString());
        SesiCli.Result restored = sesi.run("--db", directory.resolve("restored").resolve("sesi").toString(),
                "db", "restore", backup.toString());

        assertThat(written.exitCode()).as(written.toString()).isZero();
        assertThat(written.out()).contains("Backup written to " + backup);
        assertThat(restored.exitCode()).as(restored.toString()).isZero();
        String original = sesi.run("status", "--format", "csv").out();
        String copy = sesi.run("--db", directory.resolve("restored").resolve("sesi").toString(), "status",
                "--format", "csv").out();
        assertThat(copy).isEqualTo(original).contains("ANALYSIS_SEMINAR,2,0");
    }

    @Test
    void restoring_over_existing_data_is_a_conflict_and_a_bad_file_is_invalid_input() {
        SesiCli sesi = new SesiCli(directory).env("SESI_LANG", "en");
        sesi.run("init");
        Path backup = directory.resolve("backup.zip");
        sesi.run("db", "backup", backup.toString());

        SesiCli.Result over = sesi.run("db", "restore", backup.toString());
        SesiCli.Result missing = sesi.run("db", "restore", directory.resolve("nope.zip").toString());

        assertThat(over.exitCode()).isEqualTo(ExitCode.CONFLICT);
        assertThat(over.err()).contains("already holds data");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(missing.err()).contains("no such file");
    }
}
