package se.coompanion.sesi.benchmarks;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import se.coompanion.sesi.adapters.cli.bootstrap.Main;

/**
 * The final report (slutrapport) of the demo pre-study. Warm: {@code sesi report --out DIR} run again and again in
 * this JVM on the demo database (the command's whole work: open the database, gather, render, write the file, close),
 * the first runs a warm-up; goal under 2 s. For information, the same command as a cold process through the launcher
 * (with its CDS archive), which is what a user waits for once.
 */
final class ReportBenchmark {

    static final String NAME = "report: sesi report of the demo pre-study, warm";

    /** Runs before the measured ones, so that the JIT has compiled the report's code. */
    private static final int WARM_UP = 5;

    private final Path work;
    private final Distribution sesi;
    private final int runs;

    ReportBenchmark(Path work, Distribution sesi, int runs) {
        this.work = work;
        this.sesi = sesi;
        this.runs = runs;
    }

    List<Figure> run(Path demoDatabase) {
        Path out = work.resolve("report");
        String[] args = {"--lang", "en", "--db", demoDatabase.toString(), "report", "--out", out.toString()};
        Samples warm = new Samples();
        Samples warmCpu = new Samples();
        for (int i = 0; i < WARM_UP + runs; i++) {
            Benchmarks.delete(out);
            Stopwatch watch = Stopwatch.start();
            int code = Main.run(args, Map.of(), new PrintWriter(Writer.nullWriter()),
                    new PrintWriter(Writer.nullWriter()), false, Clock.systemDefaultZone());
            Stopwatch.Lap lap = watch.stop();
            if (code != 0) {
                throw new IllegalStateException("sesi report exited with " + code);
            }
            if (i >= WARM_UP) {
                warm.add(lap.wallMillis());
                warmCpu.add(lap.cpuMillis());
            }
            Benchmarks.progress("report run " + i + (i >= WARM_UP ? "" : " (warm-up)"));
        }
        Samples cold = new Samples();
        Samples coldCpu = new Samples();
        for (int i = 0; i <= runs; i++) {
            Benchmarks.delete(out);
            ChildProcess.Outcome outcome = ChildProcess.run(sesi.sesi(args), sesi.environment(true, ""),
                    work.resolve("report.out"), false).expectSuccess("sesi report");
            if (i > 0) {
                cold.add(outcome.millis());
                coldCpu.add(outcome.cpuMillis());
            }
            Benchmarks.progress("cold report run " + i + (i > 0 ? "" : " (warm-up)"));
        }
        return List.of(Figure.limit(NAME + " (" + WARM_UP + " warm-up runs)", warm, 2000),
                Figure.info("  the same in CPU time of the JVM", warmCpu),
                Figure.info("report: the same as a cold process (bin/sesi, CDS), information", cold),
                Figure.info("  the same in CPU time of the process", coldCpu));
    }
}
