package se.coompanion.sesi.adapters.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;

/**
 * Issue 22, "also seen": {@code --db x.png} made a database {@code x.png.mv.db}. A path whose name ends like a
 * document, a picture or one of the files sesi keeps beside a database is a slip and is refused (exit 2), with nothing
 * created; a name without an extension, or the database's own {@code .mv.db} file, is the database.
 */
class DatabaseNameTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"x.png", "rapport.html", "aktorer.csv", "sesi.MV.DB.lock", "sesi.mv.db.summary", "x.zip"})
    void a_name_that_is_no_database_is_refused(String name) throws Exception {
        SesiCli sesi = new SesiCli(directory).env("SESI_LANG", "en");

        SesiCli.Result init = sesi.run("--db", directory.resolve(name).toString(), "init");

        assertThat(init.exitCode()).as(init.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(init.err()).contains("a database is named without an extension");
        try (var files = Files.list(directory)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void a_name_without_extension_and_the_mv_db_file_are_the_same_database() {
        SesiCli sesi = new SesiCli(directory).env("SESI_LANG", "en");

        sesi.ok("--db", directory.resolve("sesi-2024.v2").toString(), "init");
        SesiCli.Result status = sesi.run("--db", directory.resolve("sesi-2024.v2.mv.db").toString(), "project",
                "show");

        assertThat(status.exitCode()).as(status.toString()).isZero();
        assertThat(directory.resolve("sesi-2024.v2.mv.db")).exists();
    }
}
