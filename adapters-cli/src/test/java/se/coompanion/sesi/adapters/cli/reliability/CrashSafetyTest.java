package se.coompanion.sesi.adapters.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.SesiCli;
import se.coompanion.sesi.adapters.cli.demo.DemoRun;
import se.coompanion.sesi.domain.survey.ResponseId;

/**
 * sesi killed with SIGKILL at random moments during big imports (50,000-row frames; data entry of 5,000 returned
 * questionnaires): afterwards the database opens, holds each import whole or not at all, and everything a command
 * reported done before the kill is there. A kill can come after an import's commit, while the process is still
 * closing: then the import is there whole. A killed import's file is imported again in the next round.
 */
class CrashSafetyTest {

    private static final int KILLS = 10;
    private static final int FRAME_ROWS = 50_000;
    private static final int FORMS = 5_000;
    private static final int FORM_BLOCKS = 8;
    /** One return as keyed: a business that answers most questions (the SESI questionnaire). */
    private static final String ANSWERS = ",1,1968,7,5.2,1|6,,9,4,4,1|4,1,Kommunen,1,,5,3,2024-03-15";

    @TempDir
    Path directory;

    @Test
    void a_killed_frame_import_leaves_all_or_nothing_and_keeps_what_was_reported_done() throws Exception {
        SesiCli sesi = initialised();
        killRepeatedly(sesi, block -> SesiProcess.frame(directory.resolve("frame-" + block + ".csv"),
                block * FRAME_ROWS + 1, FRAME_ROWS), List.of("survey", "frame", "import"),
                CrashSafetyTest::population, FRAME_ROWS, Integer.MAX_VALUE);
    }

    @Test
    void a_killed_data_entry_import_leaves_all_or_nothing_and_keeps_what_was_reported_done() throws Exception {
        SesiCli sesi = initialised();
        sesi.ok("survey", "questionnaire", "load", DemoRun.shared().out().resolve("enkat").resolve("sesi-enkat.csv")
                .toString());
        sesi.ok("survey", "frame", "import", SesiProcess.frame(directory.resolve("frame.csv"), 1,
                FORMS * FORM_BLOCKS).toString());
        sesi.ok("survey", "wave", "QUESTIONNAIRE", "--date", "2024-03-11", "--out",
                directory.resolve("utskick.csv").toString());

        killRepeatedly(sesi, this::returns, List.of("survey", "entry", "import"), CrashSafetyTest::keyedForms, FORMS,
                FORM_BLOCKS);
    }

    private SesiCli initialised() {
        SesiCli sesi = new SesiCli(directory);
        sesi.ok("init");
        return sesi;
    }

    /**
     * Imports block 0 whole to time it, then imports the next block again and again, killing the process after a
     * random time up to 1.1 times the whole import, until it has been killed {@link #KILLS} times. After each round
     * the count of stored rows must be exactly the blocks imported so far (a killed round: the same, or one block
     * more when the kill came after the commit), and a change reported done just before the round must be there.
     */
    private void killRepeatedly(SesiCli sesi, Block fileOfBlock, List<String> command, ToLongFunction<SesiCli> stored,
            int rows, int blocks) throws Exception {
        Map<String, String> env = Map.of("SESI_DB", directory.resolve("sesi").toString());
        Random random = new Random(20241127);
        Run baseline = importBlock(env, command, fileOfBlock.file(0), Long.MAX_VALUE);
        assertThat(baseline.finished()).isTrue();
        assertThat(baseline.exitCode()).as(baseline.output()).isZero();
        long fullRun = baseline.millis();
        int imported = 1;
        int killed = 0;
        for (int round = 1; killed < KILLS && round < 3 * KILLS; round++) {
            assertThat(imported).as("blocks left to import").isLessThan(blocks);
            int seminars = round + 1;
            sesi.ok("project", "target", "ANALYSIS_SEMINAR", "--quantity", Integer.toString(seminars));

            Run run = importBlock(env, command, fileOfBlock.file(imported),
                    (long) (random.nextDouble() * fullRun * 1.1));
            if (run.finished()) {
                assertThat(run.exitCode()).as(run.output()).isZero();
            } else {
                killed++;
            }
            String files = files();

            SesiCli.Result status = sesi.run("status", "--format", "csv");
            String what = "round " + round + ": " + run + "\nfiles before status: " + files + "\nstatus: " + status;
            assertThat(status.exitCode()).as("the database opens after " + what).isZero();
            assertThat(status.out()).as("what was reported done before the kill is kept, " + what)
                    .contains("ANALYSIS_SEMINAR," + seminars + ",");
            long count = stored.applyAsLong(sesi);
            if (run.finished() || count == (imported + 1L) * rows) {
                imported++;
            }
            assertThat(count).as("every import whole or not at all after " + what
                    + (run.finished() ? "" : "\n(killed: before its commit nothing, after it all)"))
                    .isEqualTo((long) imported * rows);
        }
        assertThat(killed).as("imports killed before they finished").isEqualTo(KILLS);
    }

    /** The survey population, POSTAL_SURVEY's target in {@code status --format csv}: every unit of the frames. */
    private static long population(SesiCli sesi) {
        return sesi.ok("status", "--format", "csv").out().lines().filter(line -> line.startsWith("POSTAL_SURVEY,"))
                .map(line -> Long.parseLong(line.split(",")[1])).findFirst().orElseThrow();
    }

    /** The returned forms keyed (one line each in {@code survey entry list}). */
    private static long keyedForms(SesiCli sesi) {
        return sesi.ok("survey", "entry", "list", "--format", "csv").out().lines().skip(1).count();
    }

    /** A data-entry file of the returns of block {@code block} of the frame's units. */
    private Path returns(int block) throws IOException {
        Path file = directory.resolve("inmatning-" + block + ".csv");
        if (Files.exists(file)) {
            return file;
        }
        List<String> lines = new ArrayList<>();
        lines.add("response_id,naringsverksamhet,bildad_ar,anstallda,omsattning,verksamhet,verksamhet_annat,"
                + "behov_finansiering,behov_upphandling,behov_handledning,stod_onskat,stod_idag,stod_fran,"
                + "stodstruktur,varfor_inte,ledamoter,ledamoter_kvinnor,ifylld");
        for (int unit = block * FORMS + 1; unit <= (block + 1) * FORMS; unit++) {
            lines.add(ResponseId.of(unit) + ANSWERS);
        }
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private Run importBlock(Map<String, String> env, List<String> command, Path file, long killAfterMillis)
            throws Exception {
        Path output = directory.resolve(file.getFileName() + "-" + System.nanoTime() + ".out");
        List<String> args = new ArrayList<>(command);
        args.add(file.toString());
        long start = System.nanoTime();
        Process process = SesiProcess.start(env, output, args.toArray(String[]::new));
        boolean finished = process.waitFor(Math.min(killAfterMillis, 600_000), TimeUnit.MILLISECONDS);
        if (!finished) {
            process.destroyForcibly();
            // The next command must not meet a process that still runs: it would find the file in use (and a test
            // that went on regardless would measure nothing). SIGKILL ends a process that sits in a slow disk call
            // only when the call returns, which on a loaded machine can take long.
            assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("sesi (pid " + process.pid()
                    + ") has ended ten minutes after SIGKILL").isTrue();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Run(finished, finished ? process.exitValue() : -1, killAfterMillis, millis,
                SesiProcess.output(output));
    }

    /** The database's files with size and modification time, to tell after a failure what the kill left. */
    private String files() throws IOException {
        try (var list = Files.list(directory)) {
            return list.filter(file -> file.getFileName().toString().startsWith("sesi.")).sorted()
                    .map(file -> {
                        try {
                            return file.getFileName() + " " + Files.size(file) + " B "
                                    + Files.getLastModifiedTime(file);
                        } catch (IOException e) {
                            return file.getFileName() + " (gone)";
                        }
                    }).toList().toString();
        }
    }

    /** The file of a block of rows. */
    private interface Block {
        Path file(int block) throws IOException;
    }

    private record Run(boolean finished, int exitCode, long killAfterMillis, long millis, String output) {

        @Override
        public String toString() {
            return (finished ? "finished, exit " + exitCode : "killed after " + killAfterMillis + " ms") + " (ran "
                    + millis + " ms)\n--- its output\n" + output;
        }
    }
}
