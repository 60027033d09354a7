package se.coompanion.sesi.benchmarks;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The benchmark harness (docs/benchmarks.md). Every figure is measured against its baseline in the same run, several
 * times, alternately; the summary gives medians and ratios. Usage:
 *
 * <pre>
 * benchmarks/run [--runs N] [--only frame,results,report,start,memory] [--rows N] [--big-rows N]
 *                [--work DIR] [--dist DIR]
 * </pre>
 */
public final class Benchmarks {

    private static final List<String> ALL = List.of("frame", "results", "report", "start", "memory");

    private Benchmarks() {
    }

    public static void main(String[] args) {
        int runs = 5;
        int rows = 100_000;
        int bigRows = 1_000_000;
        Path work = Path.of("benchmarks", "target", "work");
        Path dist = Path.of("adapters-cli", "target", "sesi");
        Set<String> only = new LinkedHashSet<>(ALL);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--rows" -> rows = Integer.parseInt(args[++i]);
                case "--big-rows" -> bigRows = Integer.parseInt(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--dist" -> dist = Path.of(args[++i]);
                case "--only" -> only = new LinkedHashSet<>(Arrays.asList(args[++i].split(",")));
                default -> {
                    System.err.println("usage: benchmarks/run [--runs N] [--only " + String.join(",", ALL)
                            + "] [--rows N] [--big-rows N] [--work DIR] [--dist DIR]");
                    System.exit(2);
                }
            }
        }
        work = work.toAbsolutePath().normalize();
        // Flyway's INFO lines (a migration per fresh database) would drown the progress lines.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        for (var handler : java.util.logging.Logger.getLogger("").getHandlers()) {
            handler.setLevel(java.util.logging.Level.WARNING);
        }
        try {
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Distribution sesi = new Distribution(dist.toAbsolutePath().normalize(), work.resolve("cds-cache"));
        String loadBefore = loadAverage();
        List<Figure> figures = new ArrayList<>();
        List<String> notes = new ArrayList<>();

        final int size = rows;
        final int bigSize = bigRows;
        final Path dir = work;
        final int n = runs;
        if (only.contains("frame")) {
            FrameImportBenchmark frame = new FrameImportBenchmark(work, rows, runs, validator());
            section(figures, "frame import on H2", () -> frame.run(BenchDatabase.H2));
            if (BenchDatabase.postgresUrl().isPresent()) {
                section(figures, "frame import on PostgreSQL", () -> frame.run(BenchDatabase.POSTGRES));
            } else {
                figures.add(Figure.notMeasured("frame import on PostgreSQL", "SESI_TEST_POSTGRES_URL is not set"));
            }
        }
        if (only.contains("results")) {
            ResultsBenchmark results = new ResultsBenchmark(work, rows, runs, validator());
            section(figures, "results on H2", () -> results.run(BenchDatabase.H2));
            if (BenchDatabase.postgresUrl().isPresent()) {
                section(figures, "results on PostgreSQL", () -> results.run(BenchDatabase.POSTGRES));
            }
        }
        StartBenchmark start = new StartBenchmark(work, sesi, runs);
        if (only.contains("report") || only.contains("start")) {
            List<Path> demo = new ArrayList<>();
            section(figures, "sesi demo", () -> {
                List<Figure> made = new ArrayList<>();
                demo.add(start.prepareDemo(made));
                return made;
            });
            if (only.contains("report") && !demo.isEmpty()) {
                section(figures, ReportBenchmark.NAME, () -> new ReportBenchmark(dir, sesi, n).run(demo.get(0)));
            }
            if (only.contains("start") && !demo.isEmpty()) {
                section(figures, "start", start::run);
                notes.addAll(start.notes());
            }
        }
        if (only.contains("memory")) {
            section(figures, "memory", () -> new MemoryBenchmark(dir, sesi).run(size, bigSize));
        }

        System.out.println();
        System.out.println("SESI benchmarks, " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                .substring(0, 16));
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores (" + cpuModel() + "), "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + "; load average before "
                + loadBefore + ", after " + loadAverage());
        System.out.println("medians of " + runs + " runs (after a warm-up run) unless said otherwise; ratio = median "
                + "/ baseline median, both measured in this run");
        System.out.println();
        System.out.println(Figure.header());
        for (Figure figure : figures) {
            System.out.println(figure.line());
        }
        System.out.println();
        for (Figure figure : figures) {
            if (!figure.note().isEmpty()) {
                System.out.println("- " + figure.name().strip() + ": " + figure.note());
            }
        }
        for (String note : notes) {
            System.out.println("- " + note);
        }
    }

    private interface Section {
        List<Figure> run() throws Exception;
    }

    /** Runs one benchmark; a failure becomes a line of the summary (with its trace on stderr), not the end of all. */
    private static void section(List<Figure> figures, String name, Section section) {
        try {
            figures.addAll(section.run());
        } catch (Exception | Error e) {
            e.printStackTrace();
            figures.add(new Figure(name, Double.NaN, Double.NaN, "", "FAILED", String.valueOf(e)));
        }
    }

    /** A line of progress on stderr. */
    static void progress(String text) {
        System.err.println("[bench] " + text);
    }

    /** Removes a file or directory tree, if there. */
    static void delete(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Validator validator() {
        return Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator();
    }

    /** The CPU's model name from /proc/cpuinfo, or "CPU unknown". */
    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("CPU unknown");
        } catch (IOException | UncheckedIOException e) {
            return "CPU unknown";
        }
    }

    private static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load);
    }
}
