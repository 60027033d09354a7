package se.coompanion.sesi.adapters.cli.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;

/** A second process on the same embedded database gets a clear message and exit 4, and nothing is lost. */
class SecondProcessTest {

    @TempDir
    Path directory;

    @Test
    void a_database_held_by_another_process_is_in_use_and_stays_intact() throws Exception {
        SesiCli sesi = new SesiCli(directory).env("SESI_LANG", "en");
        assertThat(sesi.run("init").exitCode()).isZero();

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                HoldDatabase.class.getName(), directory.resolve("sesi").toString())).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(other.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(said.readLine()).startsWith("holding");

            SesiCli.Result blocked = sesi.run("status");

            assertThat(blocked.exitCode()).isEqualTo(ExitCode.CONFLICT);
            assertThat(blocked.err()).contains("is in use by another sesi process").doesNotContain("\tat ");
        } finally {
            other.getOutputStream().close();
            assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        SesiCli.Result after = sesi.run("status", "--format", "csv");
        assertThat(after.exitCode()).as(after.toString()).isZero();
        assertThat(after.out()).contains("COMPETENCE_MAPPING,10,0");
    }
}
