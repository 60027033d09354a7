package se.coompanion.sesi.adapters.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The check of every file read by path (the CSV files of {@link se.coompanion.sesi.adapters.documents.csv}, and the
 * command line's minutes and backups): an existing path must be a regular file. A file is read more than once (its
 * checksum and encoding, then its rows), so a named pipe would wait forever for a writer, a device such as
 * {@code /dev/zero} never ends, and a process substitution ({@code <(cat f)}) is empty the second time. A path that
 * does not exist, or is a directory, is left for the reader to report in its own words.
 */
public final class InputGuard {

    private InputGuard() {
    }

    /**
     * Checks a file about to be read.
     *
     * @param file the file to read
     * @throws InvalidInputException that says what to do instead, when the file exists and is not a regular file
     */
    public static void check(Path file) {
        if (Files.exists(file) && !Files.isDirectory(file) && !Files.isRegularFile(file)) {
            throw InvalidInputException.of(new Problem(file.toString(), 0, "", "", Message.of(InputGuard.class,
                    "input.notRegular", file)));
        }
    }
}
