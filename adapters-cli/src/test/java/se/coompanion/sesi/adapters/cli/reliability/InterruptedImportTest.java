package se.coompanion.sesi.adapters.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.SesiCli;

/**
 * The next command after a killed import says that the import was interrupted and that the database is as it was
 * before it, in the user's language. (The kills themselves are in {@link CrashSafetyTest}; here the rollback copy
 * such a kill leaves behind is made by hand.)
 */
class InterruptedImportTest {

    @TempDir
    Path directory;

    @Test
    void the_next_command_puts_the_database_back_and_says_so() throws Exception {
        SesiCli sesi = new SesiCli(directory);
        sesi.ok("init");
        Path file = directory.resolve("sesi.mv.db");
        Path before = Files.copy(file, directory.resolve("before.mv.db"));
        // What a process wrote in a bulk transaction before it was killed ...
        sesi.ok("project", "target", "ANALYSIS_SEMINAR", "--quantity", "7");
        // ... and the rollback copy it had made before, which it could not remove.
        Files.copy(before, directory.resolve("sesi.mv.db.rollback"));

        SesiCli.Result swedish = sesi.ok("status", "--format", "csv");
        assertThat(swedish.err()).contains("avbröts").contains("Databasen är som den var före importen");
        assertThat(swedish.out()).contains("ANALYSIS_SEMINAR,1,").doesNotContain("ANALYSIS_SEMINAR,7,");
        assertThat(directory.resolve("sesi.mv.db.rollback")).doesNotExist();

        SesiCli.Result next = sesi.ok("--lang", "en", "status", "--format", "csv");
        assertThat(next.err()).as("said once, when it happened").isEmpty();

        Files.copy(before, directory.resolve("sesi.mv.db.rollback"));
        assertThat(sesi.ok("--lang", "en", "status").err()).contains("was interrupted")
                .contains("run the import again");
    }
}
