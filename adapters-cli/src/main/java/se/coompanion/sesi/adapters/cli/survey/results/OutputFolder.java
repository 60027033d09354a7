package se.coompanion.sesi.adapters.cli.survey.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The folder of {@code --out DIR}: created when missing; each file written whole or not at all (to a temporary file
 * beside it, then moved into place), UTF-8.
 */
final class OutputFolder {

    /** Writes a file's text. */
    @FunctionalInterface
    interface Content {
        void write(Writer writer) throws IOException;
    }

    private final Path directory;

    OutputFolder(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
        if (Files.exists(this.directory) && !Files.isDirectory(this.directory)) {
            throw InvalidInputException.of(Problem.ofField("--out", directory.toString(),
                    Message.of(OutputFolder.class, "out.notDirectory", directory.toString())));
        }
        try {
            Files.createDirectories(this.directory);
        } catch (IOException e) {
            throw cannotWrite(this.directory, e);
        }
    }

    Path directory() {
        return directory;
    }

    /** Writes {@code name} in the folder and returns its path. */
    Path write(String name, Content content) {
        Path target = directory.resolve(name);
        // Not Files.createTempFile: its owner-only permissions would stick to files meant to be shared.
        Path temporary = directory.resolve("." + name + "." + UUID.randomUUID() + ".tmp");
        try {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW)) {
                content.write(writer);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw cannotWrite(target, e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the write failed already, or the file was moved: nothing to clean
            }
        }
        return target;
    }

    private static InvalidInputException cannotWrite(Path path, IOException e) {
        return InvalidInputException.of(Problem.ofField("--out", path.toString(), Message.of(OutputFolder.class,
                "out.cannotWrite", path.toString(), e.getClass().getSimpleName() + ": " + e.getMessage())));
    }
}
