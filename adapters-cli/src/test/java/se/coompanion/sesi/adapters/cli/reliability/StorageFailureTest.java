package se.coompanion.sesi.adapters.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;
import se.coompanion.sesi.adapters.cli.bootstrap.Main;

/**
 * When the database cannot be written (a full disk, here a file-size limit of the process; a directory nobody may
 * write in), sesi says so clearly and leaves nothing half written.
 */
class StorageFailureTest {

    @TempDir
    Path directory;

    @Test
    void a_disk_that_fills_up_during_an_import_gives_a_clear_message_and_stores_nothing() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs /bin/bash for ulimit");
        SesiCli sesi = new SesiCli(directory).env("SESI_LANG", "en");
        assertThat(sesi.run("init").exitCode()).isZero();
        Path frame = SesiProcess.frame(directory.resolve("frame.csv"), 1, 20_000);
        long size = Files.size(directory.resolve("sesi.mv.db"));

        // The process may grow no file beyond the database's size now plus 256 KB: a disk about to be full.
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--lang", "en", "--db",
                directory.resolve("sesi").toString(), "survey", "frame", "import", frame.toString()));
        String command = "ulimit -f " + (size / 1024 + 256) + "; exec \"$@\"";
        List<String> bash = new ArrayList<>(List.of("/bin/bash", "-c", command, "sesi"));
        bash.addAll(java);
        Process process = new ProcessBuilder(bash).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isEqualTo(ExitCode.CONFLICT);
        assertThat(output).contains("could not write its file").contains("Nothing of this command was stored")
                .doesNotContain("\tat ", "Internal error");
        SesiCli.Result status = sesi.run("status", "--format", "csv");
        assertThat(status.exitCode()).as(status.toString()).isZero();
        assertThat(status.out()).contains("POSTAL_SURVEY,,0,");
        assertThat(directory.resolve("sesi.trace.db")).doesNotExist();
    }

    @Test
    void a_directory_that_cannot_be_written_gives_a_clear_message() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc: a directory even root cannot write");
        SesiCli sesi = new SesiCli(directory).env("SESI_LANG", "en");

        SesiCli.Result newDirectory = sesi.run("--db", "/proc/sesi-test/sesi", "init");
        SesiCli.Result existingDirectory = sesi.run("--db", "/proc/sesi", "init");

        assertThat(newDirectory.exitCode()).as(newDirectory.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(newDirectory.err()).contains("Cannot create the database directory /proc/sesi-test");
        assertThat(existingDirectory.exitCode()).as(existingDirectory.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(existingDirectory.err()).contains("/proc/sesi").doesNotContain("\tat ");
    }
}
