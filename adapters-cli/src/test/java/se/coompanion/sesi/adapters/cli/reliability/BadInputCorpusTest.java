package se.coompanion.sesi.adapters.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.SesiCli;
import se.coompanion.sesi.adapters.cli.demo.DemoRun;

/**
 * The bad-input corpus (test resources {@code bad-input/}, described in its README.md): every file of it, given to
 * its import on a copy of the demo database, ends with exit 2, an error report that names the file and the lines
 * listed in the kind's {@code expected.txt}, no stack trace, and a database whose fingerprint is the one it had.
 * Three cases per import are made here rather than kept as files: a field of 150,000 characters, a data row of 10 MB,
 * and a file that is a single line of 10 MB.
 */
class BadInputCorpusTest {

    /** An import and the command that runs it; the directory of the same name holds its corpus. */
    enum Kind {
        ACTORS("actors", "actor", "import"),
        FRAME("frame", "survey", "frame", "import"),
        DICTIONARY("dictionary", "survey", "questionnaire", "load"),
        NEEDS("needs", "needs", "import"),
        COMPETENCE("competence", "competence", "import"),
        STATISTICS("statistics", "stats", "import"),
        DATA_ENTRY("entry", "survey", "entry", "import"),
        EVALUATIONS("evaluations", "learning", "evaluate", "import");

        final String directory;
        final List<String> command;

        Kind(String directory, String... command) {
            this.directory = directory;
            this.command = List.of(command);
        }
    }

    private static final int TEN_MB = 10 * 1024 * 1024;

    @TempDir
    static Path work;

    private static DemoRun demo;
    private static DatabaseFingerprint before;

    @BeforeAll
    static void demoDatabase() {
        demo = DemoRun.shared();
        before = DatabaseFingerprint.ofH2(demo.database());
    }

    @TestFactory
    Stream<DynamicNode> every_bad_file_is_refused_with_its_lines_and_changes_nothing() {
        return Arrays.stream(Kind.values()).map(kind -> DynamicContainer.dynamicContainer(kind.directory,
                cases(kind).stream().map(c -> DynamicTest.dynamicTest(c.file().getFileName().toString(),
                        () -> check(kind, c)))));
    }

    /** A file, the lines its report must name (0: the file as a whole), and arguments after the file. */
    record Case(Path file, List<Integer> lines, List<String> arguments) {
    }

    private static List<Case> cases(Kind kind) {
        Path directory = corpus().resolve(kind.directory);
        List<Case> cases = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(directory.resolve("expected.txt"), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|");
                List<Integer> lines = Arrays.stream(parts[1].strip().split(",")).map(Integer::valueOf).toList();
                List<String> arguments = parts.length > 2 ? List.of(parts[2].strip().split(" ")) : List.of();
                cases.add(new Case(directory.resolve(parts[0].strip()), lines, arguments));
            }
            try (Stream<Path> files = Files.list(directory)) {
                assertThat(files.filter(f -> f.toString().endsWith(".csv")).count())
                        .as("every file of %s is listed in its expected.txt", directory).isEqualTo(cases.size());
            }
            cases.addAll(generated(kind, Files.readAllLines(directory.resolve("header-only.csv")).get(0)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    /** The cases too large to keep as files, made from the kind's header. */
    private static List<Case> generated(Kind kind, String header) throws IOException {
        Path directory = Files.createDirectories(work.resolve("generated").resolve(kind.directory));
        char separator = header.contains(";") ? ';' : ',';
        int columns = header.split(String.valueOf(separator)).length;
        String rest = String.valueOf(separator).repeat(columns - 1);

        Path longField = directory.resolve("long-field.csv");
        Files.writeString(longField, header + "\n\"" + "å".repeat(150_000) + "\"" + rest + "\n");

        Path tenMbRow = directory.resolve("ten-mb-row.csv");
        try (OutputStream out = Files.newOutputStream(tenMbRow)) {
            out.write((header + "\n").getBytes(StandardCharsets.UTF_8));
            writeRepeated(out, 'x', TEN_MB);
            out.write((rest + "\n").getBytes(StandardCharsets.UTF_8));
        }

        Path tenMbLine = directory.resolve("ten-mb-single-line.csv");
        try (OutputStream out = Files.newOutputStream(tenMbLine)) {
            writeRepeated(out, 'x', TEN_MB);
        }
        return List.of(new Case(longField, List.of(2), List.of()), new Case(tenMbRow, List.of(2), List.of()),
                new Case(tenMbLine, List.of(1), List.of()));
    }

    private static void writeRepeated(OutputStream out, char c, int count) throws IOException {
        byte[] block = String.valueOf(c).repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        for (int written = 0; written < count; written += block.length) {
            out.write(block, 0, Math.min(block.length, count - written));
        }
    }

    private static void check(Kind kind, Case c) {
        Path copy = demo.copyDatabase(work.resolve("db").resolve(kind.directory + "-" + c.file().getFileName()));
        List<String> args = new ArrayList<>(List.of("--db", copy.toString(), "--lang", "en"));
        args.addAll(kind.command);
        args.add(c.file().toString());
        args.addAll(c.arguments());

        SesiCli.Result result = new SesiCli(work).run(args.toArray(String[]::new));

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        String file = c.file().toString();
        for (int line : c.lines()) {
            assertThat(result.err()).as(result.toString()).contains(line == 0 ? file + ": " : file + ":" + line + ":");
        }
        Matcher named = Pattern.compile(Pattern.quote(file) + ":(\\d+):").matcher(result.err());
        while (named.find()) {
            assertThat(Integer.valueOf(named.group(1))).as("only the wrong lines are named: " + result)
                    .isIn(c.lines());
        }
        assertThat(result.err()).as("no stack trace").doesNotContain("Exception", "\tat ");
        assertThat(result.err().length()).as("the report quotes values briefly").isLessThan(20_000);
        assertThat(result.out()).as("nothing reported as done").isEmpty();
        assertThat(before.differences(DatabaseFingerprint.ofH2(copy))).as("database unchanged").isEmpty();
    }

    private static Path corpus() {
        try (InputStream readme = BadInputCorpusTest.class.getResourceAsStream("/bad-input/README.md")) {
            assertThat(readme).as("bad-input/README.md on the test class path").isNotNull();
            return Path.of(BadInputCorpusTest.class.getResource("/bad-input").toURI());
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
