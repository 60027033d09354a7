package se.coompanion.sesi.adapters.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.SesiCli;

/**
 * sesi killed with SIGKILL at random moments during 50,000-row frame imports: afterwards the database opens,
 * holds each import whole or not at all, and everything a command reported done before the kill is there. A kill
 * can come after an import's commit, while the process is still closing: then the import is there whole.
 */
class CrashSafetyTest {

    private static final int ROWS = 50_000;
    private static final int KILLS = 10;

    @TempDir
    Path directory;

    @Test
    void a_killed_import_leaves_all_or_nothing_and_keeps_what_was_reported_done() throws Exception {
        Path database = directory.resolve("sesi");
        Map<String, String> env = Map.of("SESI_DB", database.toString());
        SesiCli sesi = new SesiCli(directory);
        assertThat(sesi.run("init").exitCode()).isZero();
        Random random = new Random(20241127);

        Run baseline = importFrame(env, 0, Long.MAX_VALUE);
        assertThat(baseline.finished()).isTrue();
        assertThat(baseline.exitCode()).as(baseline.output()).isZero();
        long fullRun = baseline.millis();
        int imported = 1;
        int killed = 0;
        for (int round = 1; killed < KILLS && round < 3 * KILLS; round++) {
            int seminars = round + 1;
            SesiCli.Result target = sesi.run("project", "target", "ANALYSIS_SEMINAR", "--quantity",
                    Integer.toString(seminars));
            assertThat(target.exitCode()).as(target.toString()).isZero();

            Run run = importFrame(env, round, (long) (random.nextDouble() * fullRun * 1.1));
            if (run.finished()) {
                assertThat(run.exitCode()).as(run.output()).isZero();
            } else {
                killed++;
            }

            SesiCli.Result status = sesi.run("status", "--format", "csv");
            assertThat(status.exitCode()).as("the database opens after round " + round + "\n" + status).isZero();
            assertThat(status.out()).as("what was reported done before the kill is kept")
                    .contains("ANALYSIS_SEMINAR," + seminars + ",");
            long units = populationOf(status.out());
            if (run.finished() || units == (imported + 1L) * ROWS) {
                imported++;
            }
            assertThat(units).as("every import whole or not at all after round " + round
                    + (run.finished() ? "" : " (killed: before its commit nothing, after it all)"))
                    .isEqualTo((long) imported * ROWS);
        }
        assertThat(killed).as("imports killed before they finished").isEqualTo(KILLS);
    }

    /** The survey population, POSTAL_SURVEY's target in {@code status --format csv}: every unit of the frames. */
    private static long populationOf(String statusCsv) {
        return statusCsv.lines().filter(line -> line.startsWith("POSTAL_SURVEY,"))
                .map(line -> Long.parseLong(line.split(",")[1])).findFirst().orElseThrow();
    }

    private Run importFrame(Map<String, String> env, int round, long killAfterMillis) throws Exception {
        Path file = SesiProcess.frame(directory.resolve("frame-" + round + ".csv"), round * ROWS + 1, ROWS);
        Path output = directory.resolve("import-" + round + ".out");
        long start = System.nanoTime();
        Process process = SesiProcess.start(env, output, "survey", "frame", "import", file.toString());
        boolean finished = process.waitFor(Math.min(killAfterMillis, 600_000), TimeUnit.MILLISECONDS);
        if (!finished) {
            process.destroyForcibly();
            process.waitFor(60, TimeUnit.SECONDS);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Run(finished, finished ? process.exitValue() : -1, millis, SesiProcess.output(output));
    }

    private record Run(boolean finished, int exitCode, long millis, String output) {
    }
}
