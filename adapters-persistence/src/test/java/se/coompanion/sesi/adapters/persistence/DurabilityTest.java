package se.coompanion.sesi.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.domain.prestudy.SesiPlan;

/**
 * A use case that returned has its data on disk: a process that commits and is then stopped dead (no shutdown
 * hooks, no close) leaves the commit in the embedded database.
 */
class DurabilityTest {

    @TempDir
    Path directory;

    @Test
    void a_reported_commit_survives_a_process_that_dies_right_after() throws IOException, InterruptedException {
        Path database = directory.resolve("sesi");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                CommitThenHalt.class.getName(), database.toString()))
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(output).contains("committed");
        assertThat(child.exitValue()).isEqualTo(9);
        try (SesiDatabase reopened = SesiDatabase.open(DatabaseConfig.h2File(database))) {
            assertThat(reopened.ports().transactions().inTransaction(reopened.ports().preStudies()::find))
                    .contains(SesiPlan.preStudy());
        }
    }
}
