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
 * Issue 22, defect 2: an H2 URL that names a file would open the file without sesi's guard (the process lock, the
 * rollback copy of imports, owner-only permissions). sesi refuses it, exit 2, and names the path to give instead;
 * nothing is created or opened. An H2 database in memory or on a server is no file of this machine and stays allowed.
 */
class H2UrlFormTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:file:%s", "jdbc:h2:%s", "jdbc:h2:file:%s;AUTO_SERVER=TRUE", "JDBC:H2:nio:%s",
            "jdbc:h2:split:%s;FILE_LOCK=NO", "jdbc:h2:file:%s.mv.db"})
    void an_h2_url_naming_a_file_is_refused_with_the_path_form(String form) throws Exception {
        Path base = directory.resolve("sesi");
        SesiCli sesi = new SesiCli(directory).env("SESI_LANG", "en");

        SesiCli.Result init = sesi.run("--db", form.formatted(base), "init");

        assertThat(init.exitCode()).as(init.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(init.err()).contains("--db " + base).doesNotContain("Exception");
        try (var files = Files.list(directory)) {
            assertThat(files).as("nothing created").isEmpty();
        }
    }

    @Test
    void an_existing_database_is_not_touched_through_the_url_form() {
        Path base = directory.resolve("sesi");
        SesiCli sesi = new SesiCli(directory).env("SESI_LANG", "en");
        sesi.ok("init");
        DatabaseFingerprint before = DatabaseFingerprint.ofH2(base);

        SesiCli.Result add = sesi.run("--db", "jdbc:h2:file:" + base, "actor", "add", "--name", "Sundsvalls kommun",
                "--role", "MUNICIPALITY");

        assertThat(add.exitCode()).as(add.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(before.differences(DatabaseFingerprint.ofH2(base))).isEmpty();
    }

    @Test
    void an_h2_database_in_memory_is_still_allowed() {
        SesiCli sesi = new SesiCli(directory).env("SESI_LANG", "en");

        SesiCli.Result init = sesi.run("--db", "jdbc:h2:mem:issue22", "init");

        assertThat(init.exitCode()).as(init.toString()).isZero();
    }
}
