package se.coompanion.sesi.adapters.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.coompanion.sesi.adapters.cli.SesiCli;

/**
 * One run of {@code sesi demo} shared by the tests of a test JVM, since the demo takes a while: made on first use,
 * deleted when the JVM ends. Tests read its files and database but never change them; a test that writes works on
 * a {@link #copyDatabase copy}.
 *
 * @param out      the demo's output directory
 * @param database the demo database as sesi takes it ({@code out/sesi-demo}, without {@code .mv.db})
 * @param result   what the demo printed
 */
public record DemoRun(Path out, Path database, SesiCli.Result result) {

    private static DemoRun shared;

    /** The shared run, made on first use. */
    public static synchronized DemoRun shared() {
        if (shared == null) {
            try {
                Path directory = Files.createTempDirectory("sesi-demo-run");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(directory)));
                Path out = directory.resolve("demo");
                SesiCli.Result result = new SesiCli(directory).ok("demo", "--out", out.toString());
                shared = new DemoRun(out, out.resolve(DemoCommand.DATABASE_NAME), result);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** The command line on the demo database, run from {@code directory} (where a test's own files go). */
    public SesiCli cli(Path directory) {
        return new SesiCli(directory).env("SESI_DB", database.toString());
    }

    /** The rows of a listing {@code sesi} prints as CSV, without the header. */
    public static List<List<String>> csv(SesiCli sesi, String... args) {
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(sesi.ok(args).out()))) {
            return parser.getRecords().stream().skip(1).map(CSVRecord::toList).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Backs the demo database up, restores the backup into a new database in {@code directory} and checks that each
     * listing prints the same CSV there.
     *
     * @param listings the commands, without {@code --format csv}
     * @return the command line on the restored database
     */
    public SesiCli sameAfterRestore(Path directory, String[]... listings) {
        SesiCli demo = cli(directory);
        Path backup = directory.resolve("backup.zip");
        SesiCli restored = new SesiCli(directory.resolve("restored"));
        demo.ok("db", "backup", backup.toString());
        restored.ok("db", "restore", backup.toString());
        for (String[] listing : listings) {
            String[] csv = Arrays.copyOf(listing, listing.length + 2);
            csv[listing.length] = "--format";
            csv[listing.length + 1] = "csv";
            assertThat(restored.ok(csv).out()).as(String.join(" ", listing)).isEqualTo(demo.ok(csv).out());
        }
        return restored;
    }

    /** A copy of the demo database in the directory, as sesi takes it ({@code directory/sesi}). */
    public Path copyDatabase(Path directory) {
        try {
            Files.createDirectories(directory);
            Path copy = directory.resolve("sesi");
            Files.copy(database.resolveSibling(database.getFileName() + ".mv.db"),
                    directory.resolve("sesi.mv.db"));
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is no reason to fail the build
        }
    }
}
