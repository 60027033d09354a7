package se.coompanion.sesi.adapters.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * The files of one embedded database, {@code NAME.mv.db} and every file H2 and sesi keep beside it: the lock, the
 * status summary, the rollback copy, and their temporary names (all {@code NAME.mv.db.*}), H2's trace, lock and
 * temporary files ({@code NAME.*.db}). A writer that replaced one of them would replace the database or its
 * protection, so every writer refuses them (cli.md, "Output files"). Paths are compared as the operating system
 * resolves them: through symbolic links and linked directories, for a file that does not exist yet by its directory;
 * names without regard to case, as on the file systems of macOS and Windows.
 */
final class DatabaseFiles {

    private final Path directory;
    private final String name;

    private DatabaseFiles(Path directory, String name) {
        this.directory = directory;
        this.name = name;
    }

    /** @param base the H2 file path without {@code .mv.db} */
    static DatabaseFiles of(Path base) {
        Path absolute = base.toAbsolutePath().normalize();
        return new DatabaseFiles(resolved(absolute.getParent()), absolute.getFileName().toString()
                .toLowerCase(Locale.ROOT));
    }

    /** Whether the path, as the operating system would resolve it, names one of the files. */
    boolean owns(Path candidate) {
        Path target = resolved(candidate.toAbsolutePath());
        if (target.getParent() == null || target.getFileName() == null || !target.getParent().equals(directory)) {
            return false;
        }
        String file = target.getFileName().toString().toLowerCase(Locale.ROOT);
        return file.startsWith(name + ".mv.db") || file.startsWith(name + ".") && file.endsWith(".db");
    }

    /**
     * The path with every symbolic link of its existing part resolved; the parts that do not exist (yet) are added as
     * written. A path that cannot be resolved is taken as written.
     */
    static Path resolved(Path path) {
        Path absolute = path.toAbsolutePath();
        Deque<Path> missing = new ArrayDeque<>();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            if (existing.getFileName() != null) {
                missing.push(existing.getFileName());
            }
            existing = existing.getParent();
        }
        Path real;
        try {
            real = existing == null ? absolute.getRoot() : existing.toRealPath();
        } catch (IOException e) {
            return absolute.normalize();
        }
        while (!missing.isEmpty()) {
            real = real.resolve(missing.pop());
        }
        return real.normalize();
    }
}
