package se.coompanion.sesi.benchmarks;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import se.coompanion.sesi.adapters.documents.DocumentFormat;
import se.coompanion.sesi.adapters.documents.SesiDocuments;
import se.coompanion.sesi.adapters.persistence.DatabaseConfig;
import se.coompanion.sesi.adapters.persistence.SesiDatabase;
import se.coompanion.sesi.application.SesiApplication;

/**
 * The final report (slutrapport) of the demo pre-study. Warm: the work of {@code sesi report --out DIR} run again and
 * again in this JVM on the demo database through the library, as an embedding program does it (open the database,
 * gather with the use case, render and write the file with {@code SesiDocuments}, close), the first runs a warm-up;
 * goal under 2 s. For information, the command itself as a cold process through the launcher (with its CDS archive),
 * which is what a user waits for once.
 */
final class ReportBenchmark {

    static final String NAME = "report: the demo's final report through SesiDocuments, warm";

    /** Runs before the measured ones, so that the JIT has compiled the report's code. */
    private static final int WARM_UP = 5;

    private final Path work;
    private final Distribution distribution;
    private final int runs;

    ReportBenchmark(Path work, Distribution sesi, int runs) {
        this.work = work;
        this.distribution = sesi;
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
            try (SesiDatabase db = SesiDatabase.open(DatabaseConfig.h2File(demoDatabase))) {
                SesiApplication sesi = SesiApplication.create(db.ports(), Benchmarks.validator(),
                        Clock.systemDefaultZone());
                SesiDocuments.over(sesi).finalReport(DocumentFormat.HTML, Locale.ENGLISH).writeInto(out);
            }
            Stopwatch.Lap lap = watch.stop();
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
            ChildProcess.Outcome outcome = ChildProcess.run(distribution.sesi(args), distribution.environment(true, ""),
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
