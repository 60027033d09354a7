package se.coompanion.sesi.adapters.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The one check of every file sesi writes (cli.md, "Output files"), made before any work is done and again by each
 * writer as it writes:
 * <ul>
 * <li>never a file of a database in use: the database, its lock, its status summary, its rollback copy or any
 *     temporary file beside it, also when the path reaches it through a symbolic link or a linked directory, or the
 *     file does not exist yet (writing it would replace the database or its protection);</li>
 * <li>never an existing directory;</li>
 * <li>never an existing file that is not a regular file (a device such as {@code /dev/null}, a named pipe, a
 *     socket): a file is written under a temporary name and renamed over its target, which would turn such a file
 *     into a regular one.</li>
 * </ul>
 * Each is invalid input (exit 2). The databases in use are those of the runs of this process: each run
 * {@link #protect protects} the files of the database it uses while it runs.
 */
public final class OutputGuard {

    private static final List<Predicate<Path>> DATABASES = new CopyOnWriteArrayList<>();

    private OutputGuard() {
    }

    /** The protection of a run's database files; closed when the run ends. */
    @FunctionalInterface
    public interface Protection extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Protects the files of a database while a run uses it.
     *
     * @param databaseFiles whether a path names a file of the database
     * @return closes the protection when the run ends
     */
    public static Protection protect(Predicate<Path> databaseFiles) {
        DATABASES.add(databaseFiles);
        return () -> DATABASES.remove(databaseFiles);
    }

    /** Checks a file about to be written; an {@link InvalidInputException} names the file and why not. */
    public static void check(Path file) {
        Path target = file.toAbsolutePath().normalize();
        if (DATABASES.stream().anyMatch(d -> d.test(file.toAbsolutePath()))) {
            throw invalid(file, "output.databaseFile");
        }
        if (Files.isDirectory(target)) {
            throw invalid(target, "output.isDirectory");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw invalid(target, "output.notRegular");
        }
    }

    /** Checks a folder files are about to be written in: never a file, nor the name of a database file. */
    public static void checkDirectory(Path directory) {
        if (DATABASES.stream().anyMatch(d -> d.test(directory.toAbsolutePath()))) {
            throw invalid(directory, "output.databaseFile");
        }
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw invalid(directory, "output.notDirectory");
        }
    }

    private static InvalidInputException invalid(Path file, String key) {
        return InvalidInputException.of(Problem.ofField("", file.toString(), Message.of(OutputGuard.class, key,
                file)));
    }
}
