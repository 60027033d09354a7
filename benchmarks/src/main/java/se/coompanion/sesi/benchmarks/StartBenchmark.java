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
 * class-data sharing archive and without (SESI_CDS=off), answered from the summary of the unchanged database and
 * computed from the database (the summary removed before the run), and {@code sesi --version} (a trivial command),
 * against a bare JVM printing "hello" (the same JVM binary and the launcher's JIT option) measured alternately in the
 * same run.
 *
 * <p>The demo database is made first with {@code sesi demo}, the README's first command, in a CDS cache of the
 * benchmark's own: that first run records the launcher's archive, as it does for a new user.
 */
final class StartBenchmark {

    /** The JIT option bin/sesi passes: the bare JVM gets it too (the CDS archive is the flag that does not apply). */
    static final String LAUNCHER_JIT = "-XX:TieredStopAtLevel=1";

    private final Path work;
    private final Distribution sesi;
    private final int runs;
    private final List<String> notes = new ArrayList<>();
    private Path demoDatabase;

    StartBenchmark(Path work, Distribution sesi, int runs) {
        this.work = work;
        this.sesi = sesi;
        this.runs = runs;
    }

    List<String> notes() {
        return notes;
    }

    /**
     * Makes the demo database with {@code sesi demo} in a fresh CDS cache, as a new user's first command (the
     * README's): that run also records the launcher's archive. Returns the database; the run is a figure of its own.
     */
    Path prepareDemo(List<Figure> figures) {
        Path demo = work.resolve("demo");
        Benchmarks.delete(demo);
        Benchmarks.delete(sesi.cache());
        Benchmarks.progress("sesi demo (records the launcher's CDS archive)");
        ChildProcess.Outcome made = ChildProcess.run(sesi.sesi("demo", "--out", demo.toString()),
                sesi.environment(true, ""), work.resolve("demo.out"), false).expectSuccess("sesi demo");
        figures.add(new Figure("sesi demo, first run (records the CDS archive)", made.millis(), Double.NaN, "",
                "info", "one run, cold, including the archive's recording"));
        demoDatabase = demo.resolve("sesi-demo");
        return demoDatabase;
    }

    /** The start figures; {@link #prepareDemo} first. */
    List<Figure> run() {
        List<Figure> figures = new ArrayList<>();
        Path database = java.util.Objects.requireNonNull(demoDatabase, "prepareDemo first");
        if (sesi.archives().isEmpty()) {
            notes.add("the launcher made no CDS archive: the 'with CDS' figures are without one");
        }
        Path out = work.resolve("start.out");
        List<String> helloCommand = List.of(Distribution.java(), LAUNCHER_JIT, "-cp", harnessJar(),
                Hello.class.getName());
        String db = database.toString();
        Path summary = Path.of(db + ".mv.db.summary");
        Runnable computed = () -> {
            try {
                Files.deleteIfExists(summary);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        Runnable nothing = () -> { };
        List<String> status = sesi.sesi("--db", db, "status");
        // In each round a computed run leaves the summary that the next run from the summary answers with.
        List<Subject> subjects = List.of(
                new Subject("hello", helloCommand, Map.of(), nothing),
                new Subject("start: sesi status, database unchanged since the last status (its summary), CDS vs bare JVM",
                        status, sesi.environment(true, ""), nothing, 2.5),
                new Subject("start: sesi status computed from the database (summary removed), CDS vs bare JVM",
                        status, sesi.environment(true, ""), computed, Double.NaN),
                new Subject("start: sesi status from its summary, no CDS vs bare JVM", status,
                        sesi.environment(false, ""), nothing, Double.NaN),
                new Subject("start: sesi status computed, no CDS vs bare JVM", status, sesi.environment(false, ""),
                        computed, Double.NaN),
                new Subject("start: sesi --version, CDS vs bare JVM", sesi.sesi("--version"),
                        sesi.environment(true, ""), nothing, Double.NaN));
        for (int i = 0; i <= runs; i++) {
            for (Subject subject : subjects) {
                subject.before().run();
                ChildProcess.Outcome outcome = ChildProcess.run(subject.command(), subject.environment(), out, false)
                        .expectSuccess(subject.name());
                if (i > 0) {
                    subject.wall().add(outcome.millis());
                    subject.cpu().add(outcome.cpuMillis());
                }
            }
            Benchmarks.progress("start run " + i + (i > 0 ? "" : " (warm-up)"));
        }
        Subject hello = subjects.get(0);
        for (Subject subject : subjects.subList(1, subjects.size())) {
            figures.add(Figure.ratio(subject.name(), subject.wall(), hello.wall(), subject.goal()));
            figures.add(Figure.ratio("  the same in CPU time of the process", subject.cpu(), hello.cpu(),
                    Double.NaN));
        }
        if (!Files.exists(summary)) {
            notes.add("the computed sesi status left no summary beside the demo database");
        }
        classLoading(database, true, nothing, "from its summary");
        computed.run();
        classLoading(database, true, computed, "computed");
        computed.run();
        classLoading(database, false, computed, "computed");
        return figures;
    }

    /** How many classes {@code sesi status} loads, from the archive and from each jar: where its start goes. */
    private void classLoading(Path database, boolean cds, Runnable before, String how) {
        Path log = work.resolve("classes-" + (cds ? "cds" : "plain") + "-" + how.replace(' ', '-') + ".log");
        before.run();
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
            notes.add(String.format(Locale.ROOT, "sesi status %s, %s CDS, loads %,d classes: %,d from the archives, "
                    + "the rest from: %s", how, cds ? "with" : "without", total, shared, top));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A command started cold, with its wall-clock and CPU times. */
    private record Subject(String name, List<String> command, Map<String, String> environment, Runnable before,
            double goal, Samples wall, Samples cpu) {

        Subject(String name, List<String> command, Map<String, String> environment, Runnable before) {
            this(name, command, environment, before, Double.NaN);
        }

        Subject(String name, List<String> command, Map<String, String> environment, Runnable before, double goal) {
            this(name, command, environment, before, goal, new Samples(), new Samples());
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
