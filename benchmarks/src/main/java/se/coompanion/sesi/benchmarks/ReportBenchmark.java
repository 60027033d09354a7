package se.coompanion.sesi.benchmarks;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import se.coompanion.sesi.adapters.cli.bootstrap.Main;

/**
 * The final report (slutrapport) of the demo pre-study, warm: {@code sesi report --out DIR} run in this JVM on the
 * demo database, after two warm-up runs. Goal: under 2 s. The report is issue 9: until the distribution has a
 * {@code report} command this figure says so and measures nothing.
 */
final class ReportBenchmark {

    static final String NAME = "report: sesi report of the demo pre-study, warm";

    private final Path work;
    private final Distribution sesi;
    private final int runs;

    ReportBenchmark(Path work, Distribution sesi, int runs) {
        this.work = work;
        this.sesi = sesi;
        this.runs = runs;
    }

    List<Figure> run(Path demoDatabase) {
        // without a report command, "sesi report --help" is the main command's help (exit 0): look at what it says
        ChildProcess.Outcome help = ChildProcess.run(sesi.sesi("report", "--help"), sesi.environment(false, ""),
                work.resolve("report-help.out"), false);
        if (help.exitCode() != 0 || !help.output().contains("Usage: sesi report")) {
            return List.of(Figure.notMeasured(NAME, "the distribution has no 'sesi report' yet (issue 9): "
                    + "measured once it exists"));
        }
        Samples report = new Samples();
        Path out = work.resolve("report");
        for (int i = 0; i < runs + 2; i++) {
            Benchmarks.delete(out);
            long start = System.nanoTime();
            int code = Main.run(new String[] {"--db", demoDatabase.toString(), "report", "--out", out.toString()},
                    Map.of(), new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()), false,
                    Clock.systemDefaultZone());
            double ms = (System.nanoTime() - start) / 1e6;
            if (code != 0) {
                throw new IllegalStateException("sesi report exited with " + code);
            }
            if (i >= 2) {
                report.add(ms);
            }
            Benchmarks.progress("report run " + i);
        }
        return List.of(Figure.limit(NAME, report, 2000));
    }
}
