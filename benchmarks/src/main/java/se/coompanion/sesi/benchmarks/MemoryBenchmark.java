package se.coompanion.sesi.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.impl.DSL;
import se.coompanion.sesi.adapters.persistence.DatabaseConfig;
import se.coompanion.sesi.adapters.persistence.SesiDatabase;

/**
 * Streaming: frame imports of 100,000 and 1,000,000 rows through the sesi command (launcher, no CDS) with a heap of
 * 128 MB. Pass: the command succeeds and every row is stored. Reported with the wall-clock time of the cold process
 * and its peak resident memory (VmHWM).
 */
final class MemoryBenchmark {

    static final String HEAP = "-Xmx128m";

    private final Path work;
    private final Distribution sesi;

    MemoryBenchmark(Path work, Distribution sesi) {
        this.work = work;
        this.sesi = sesi;
    }

    List<Figure> run(int... sizes) {
        List<Figure> figures = new ArrayList<>();
        for (int rows : sizes) {
            figures.add(importWithSmallHeap(rows));
        }
        return figures;
    }

    private Figure importWithSmallHeap(int rows) {
        String name = String.format(Locale.ROOT, "memory: sesi survey frame import, %,d rows, %s", rows, HEAP);
        Path csv = FrameCsv.write(work.resolve("frame-" + rows + ".csv"), rows);
        Path directory = work.resolve("memory-" + rows);
        Benchmarks.delete(directory);
        Path database = directory.resolve("sesi");
        ChildProcess.run(sesi.sesi("--db", database.toString(), "init"), sesi.environment(false, ""),
                work.resolve("memory-init.out"), false).expectSuccess("sesi init");
        Benchmarks.progress(name);
        ChildProcess.Outcome run = ChildProcess.run(sesi.sesi("--db", database.toString(), "survey", "frame", "import",
                csv.toString()), sesi.environment(false, HEAP), work.resolve("memory-" + rows + ".out"), true);
        long stored = stored(database);
        boolean pass = run.exitCode() == 0 && stored == rows;
        String peak = run.peakRssKb() < 0 ? "peak RSS not readable"
                : String.format(Locale.ROOT, "peak RSS %,d MB", run.peakRssKb() / 1024);
        String detail = String.format(Locale.ROOT, "%s; exit %d; %,d rows stored; %,.0f rows/s", peak, run.exitCode(),
                stored, rows / (run.millis() / 1000));
        if (!pass) {
            detail += "; output: " + run.output().lines().limit(5).reduce((a, b) -> a + " / " + b).orElse("");
        }
        Benchmarks.delete(directory);
        return new Figure(name, run.millis(), Double.NaN, "passes", pass ? "pass" : "FAIL", detail);
    }

    private static long stored(Path database) {
        try (SesiDatabase db = SesiDatabase.open(DatabaseConfig.h2File(database))) {
            return db.dsl().fetchCount(DSL.table(DSL.name("survey_unit")));
        }
    }
}
