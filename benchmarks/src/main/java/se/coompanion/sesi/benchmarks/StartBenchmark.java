package se.coompanion.sesi.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The start of a command: {@code sesi status} on the demo database as a cold process through the launcher, with its
 * class-data sharing archive and without (SESI_CDS=off), and {@code sesi --version} (a trivial command), against a
 * bare JVM printing "hello" (the same JVM binary and options) measured alternately in the same run.
 *
 * <p>The demo database is made first with {@code sesi demo}, the README's first command, in a CDS cache of the
 * benchmark's own: that first run records the launcher's archive, as it does for a new user.
 */
final class StartBenchmark {

    private final Path work;
    private final Distribution sesi;
    private final int runs;
    private final List<String> notes = new ArrayList<>();

    StartBenchmark(Path work, Distribution sesi, int runs) {
        this.work = work;
        this.sesi = sesi;
        this.runs = runs;
    }

    List<String> notes() {
        return notes;
    }

    /** The demo database (made on first use). */
    Path demoDatabase(List<Figure> figures) {
        Path demo = work.resolve("demo");
        Path database = demo.resolve("sesi-demo");
        if (!Files.exists(Path.of(database + ".mv.db"))) {
            Benchmarks.delete(sesi.cache());
            Benchmarks.progress("sesi demo (records the launcher's CDS archive)");
            ChildProcess.Outcome made = ChildProcess.run(sesi.sesi("demo", "--out", demo.toString()),
                    sesi.environment(true, ""), work.resolve("demo.out"), true).expectSuccess("sesi demo");
            figures.add(new Figure("sesi demo, first run (records the CDS archive)", made.millis(), Double.NaN, "",
                    "info", "peak RSS " + made.peakRssKb() / 1024 + " MB"));
        }
        return database;
    }

    List<Figure> run() {
        List<Figure> figures = new ArrayList<>();
        Path database = demoDatabase(figures);
        if (sesi.archives().isEmpty()) {
            notes.add("the launcher made no CDS archive: the 'with CDS' figures are without one");
        }
        Samples hello = new Samples();
        Samples status = new Samples();
        Samples statusPlain = new Samples();
        Samples version = new Samples();
        Path out = work.resolve("start.out");
        List<String> helloCommand = List.of(Distribution.java(), "-cp", harnessJar(), Hello.class.getName());
        for (int i = 0; i <= runs; i++) {
            boolean counted = i > 0;
            double h = ChildProcess.run(helloCommand, Map.of(), out, false).expectSuccess("hello").millis();
            double s = ChildProcess.run(sesi.sesi("--db", database.toString(), "status"), sesi.environment(true, ""),
                    out, false).expectSuccess("sesi status").millis();
            double p = ChildProcess.run(sesi.sesi("--db", database.toString(), "status"), sesi.environment(false, ""),
                    out, false).expectSuccess("sesi status without CDS").millis();
            double v = ChildProcess.run(sesi.sesi("--version"), sesi.environment(true, ""), out, false)
                    .expectSuccess("sesi --version").millis();
            if (counted) {
                hello.add(h);
                status.add(s);
                statusPlain.add(p);
                version.add(v);
            }
            Benchmarks.progress("start run " + i + (counted ? "" : " (warm-up)"));
        }
        figures.add(Figure.ratio("start: sesi status on the demo database, CDS vs bare JVM", status, hello, 2.5));
        figures.add(Figure.ratio("start: sesi status on the demo database, no CDS vs bare JVM", statusPlain, hello,
                Double.NaN));
        figures.add(Figure.ratio("start: sesi --version, CDS vs bare JVM", version, hello, Double.NaN));
        classLoading(database, true);
        classLoading(database, false);
        return figures;
    }

    /** How many classes {@code sesi status} loads, from the archive and from each jar: where its start goes. */
    private void classLoading(Path database, boolean cds) {
        Path log = work.resolve("classes-" + (cds ? "cds" : "plain") + ".log");
        try {
            Files.deleteIfExists(log);
            ChildProcess.run(sesi.sesi("--db", database.toString(), "status"),
                    sesi.environment(cds, "-Xlog:class+load=info:file=" + log), work.resolve("start.out"), false)
                    .expectSuccess("sesi status with a class-loading log");
            List<String> lines = Files.readAllLines(log);
            Map<String, Integer> bySource = new TreeMap<>();
            int shared = 0;
            for (String line : lines) {
                int at = line.indexOf("source: ");
                if (at < 0) {
                    continue;
                }
                String source = line.substring(at + "source: ".length());
                if (source.startsWith("shared objects file")) {
                    shared++;
                    continue;
                }
                String jar = source.contains("/") ? source.substring(source.lastIndexOf('/') + 1) : source;
                bySource.merge(jar.replaceAll("-[0-9][0-9.]*.*\\.jar$", ""), 1, Integer::sum);
            }
            int total = shared + bySource.values().stream().mapToInt(Integer::intValue).sum();
            String top = bySource.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(8)
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
            notes.add(String.format(Locale.ROOT, "sesi status %s CDS loads %,d classes: %,d from the archives, "
                    + "the rest from: %s", cds ? "with" : "without", total, shared, top));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The harness's own jar (Hello is in it). */
    private static String harnessJar() {
        try {
            return Path.of(Hello.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
