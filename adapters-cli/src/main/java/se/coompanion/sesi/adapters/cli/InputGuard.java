package se.coompanion.sesi.adapters.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The check of every file sesi reads (cli.md, "Input files"): an existing path must be a regular file. sesi reads a
 * file more than once (its checksum and encoding, then its rows), so a named pipe would wait forever for a writer, a
 * device such as {@code /dev/zero} never ends, and a process substitution ({@code <(cat f)}) is empty the second time.
 * A path that does not exist is left for the reader to report.
 */
public final class InputGuard {

    private InputGuard() {
    }

    /** Checks a file about to be read; an {@link InvalidInputException} (exit 2) says what to do instead. */
    public static void check(Path file) {
        if (Files.exists(file) && !Files.isDirectory(file) && !Files.isRegularFile(file)) {
            throw InvalidInputException.of(new Problem(file.toString(), 0, "", "", Message.of(InputGuard.class,
                    "input.notRegular", file)));
        }
    }
}
