package se.coompanion.sesi.adapters.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The one check of every file the documents and the command line write, made before any work is done and again by
 * each writer as it writes ({@link OutputFile}, the rejects file, the survey export, the command line's mail-merge
 * list and backups):
 * <ul>
 * <li>never a file of a database in use: the database, its lock, its status summary, its rollback copy or any
 *     temporary file beside it, also when the path reaches it through a symbolic link or a linked directory, or the
 *     file does not exist yet (writing it would replace the database or its protection);</li>
 * <li>never an existing directory;</li>
 * <li>never an existing file that is not a regular file (a device such as {@code /dev/null}, a named pipe, a
 *     socket): a file is written under a temporary name and renamed over its target, which would turn such a file
 *     into a regular one.</li>
 * </ul>
 * Each is an {@link InvalidInputException} that names the file and why (exit 2 at the command line).
 *
 * <p>The databases in use are those this process {@link #protect protects}. The command line protects the files of
 * the database of each run while it runs; a program that embeds the library protects its own database the same way,
 * for as long as it uses it, so that no document it writes (a path a user typed, say) can replace that database:
 * <pre>{@code
 * DatabaseConfig config = DatabaseConfig.h2File(file);
 * try (SesiDatabase db = SesiDatabase.open(config);
 *         OutputGuard.Protection protection = OutputGuard.protect(config::ownsFile)) {
 *     SesiApplication sesi = SesiApplication.create(db.ports(), validator, clock);
 *     SesiDocuments.over(sesi).finalReport(DocumentFormat.HTML, locale).writeInto(directory);
 * }
 * }</pre>
 * ({@code DatabaseConfig.ownsFile} of the persistence adapter knows every file of an embedded H2 database.)
 */
public final class OutputGuard {

    private static final List<Predicate<Path>> DATABASES = new CopyOnWriteArrayList<>();

    private OutputGuard() {
    }

    /** The protection of a database's files; {@link #close()} ends it. */
    @FunctionalInterface
    public interface Protection extends AutoCloseable {

        /** Ends the protection; the files may be written again. */
        @Override
        void close();
    }

    /**
     * Protects the files of a database while it is in use: from now until the protection is closed, {@link #check}
     * refuses every path the predicate accepts.
     *
     * @param databaseFiles whether an absolute path names a file of the database (or one that would be one)
     * @return the protection, to close when the database is no longer used
     */
    public static Protection protect(Predicate<Path> databaseFiles) {
        DATABASES.add(databaseFiles);
        return () -> DATABASES.remove(databaseFiles);
    }

    /**
     * Checks a file about to be written.
     *
     * @param file the file to write
     * @throws InvalidInputException naming the file and why it may not be written
     */
    public static void check(Path file) {
        Path target = file.toAbsolutePath().normalize();
        if (protectedFile(file)) {
            throw invalid(file, "output.databaseFile");
        }
        if (Files.isDirectory(target)) {
            throw invalid(target, "output.isDirectory");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw invalid(target, "output.notRegular");
        }
    }

    /**
     * Checks a directory files are about to be written in: never a file, nor the name of a database file.
     *
     * @param directory the directory, which need not exist yet
     * @throws InvalidInputException naming the directory and why not
     */
    public static void checkDirectory(Path directory) {
        if (protectedFile(directory)) {
            throw invalid(directory, "output.databaseFile");
        }
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw invalid(directory.toAbsolutePath().normalize(), "output.notDirectory");
        }
    }

    private static boolean protectedFile(Path file) {
        Path absolute = file.toAbsolutePath();
        return DATABASES.stream().anyMatch(d -> d.test(absolute));
    }

    private static InvalidInputException invalid(Path file, String key) {
        return InvalidInputException.of(Problem.ofField("", file.toString(), Message.of(OutputGuard.class, key,
                file)));
    }
}
