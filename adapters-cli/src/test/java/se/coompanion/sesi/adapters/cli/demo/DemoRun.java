package se.coompanion.sesi.adapters.cli.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
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
