package se.coompanion.sesi.adapters.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.UUID;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.domain.shared.Message;

/**
 * A file a command writes for people (a chart, a page, an export): UTF-8, its directory created, written whole
 * or not at all (a temporary file moved into place). A path that cannot be written is invalid input with a clear
 * message, never a stack trace; so is one {@link OutputGuard} refuses (a file of the database in use, a directory, a
 * device or pipe).
 */
public final class OutputFile {

    private OutputFile() {
    }

    /** Writes a file's content to a writer (a large file streamed rather than held as one text). */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer writer) throws IOException;
    }

    /** Writes the text to the file, replacing it. */
    public static void write(Path file, String text) {
        write(file, writer -> writer.write(text), false);
    }

    /** Writes the content to the file as it comes, replacing the file. */
    public static void write(Path file, Content content) {
        write(file, content, false);
    }

    /** Writes personal data: on POSIX systems only the owner may read the file. */
    public static void writePrivate(Path file, String text) {
        write(file, writer -> writer.write(text), true);
    }

    /** The file's extension in lower case ("html" for grid.HTML), or empty. */
    public static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * The file {@code name} in the directory, for a document written into it: a directory that exists and is not a
     * directory, or that names a file of a database in use, is invalid input ({@link OutputGuard#checkDirectory}).
     *
     * @param directory the directory, created by the writing when missing
     * @param name      the file's name
     * @return the file, as an absolute path
     */
    public static Path inDirectory(Path directory, String name) {
        OutputGuard.checkDirectory(directory);
        return directory.toAbsolutePath().normalize().resolve(name);
    }

    private static void write(Path file, Content content, boolean ownerOnly) {
        OutputGuard.check(file);
        Path target = file.toAbsolutePath().normalize();
        try {
            Path directory = target.getParent();
            Files.createDirectories(directory);
            // Not Files.createTempFile: its owner-only permissions would stick to a document meant to be shared.
            Path partial = directory.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".partial");
            try {
                if (ownerOnly && FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.createFile(partial, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")));
                }
                try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8,
                        ownerOnly ? StandardOpenOption.WRITE : StandardOpenOption.CREATE_NEW)) {
                    content.writeTo(writer);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                move(partial, target);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw invalid(target, "output.cannotWrite", target, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static InvalidInputException invalid(Path file, String key, Object... args) {
        return InvalidInputException.of(Problem.ofField("", file.toString(), Message.of(OutputFile.class, key, args)));
    }
}
