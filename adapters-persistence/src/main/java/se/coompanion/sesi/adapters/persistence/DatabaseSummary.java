package se.coompanion.sesi.adapters.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A summary of an embedded H2 database in a file beside it ({@code NAME.mv.db.summary}): figures that a short
 * command (the command line's {@code sesi status}) would otherwise open the whole database to compute. Opening a
 * database of some 70 tables costs a new process far more than the answer itself; reading this file costs next to
 * nothing, and it needs none of H2's or jOOQ's classes.
 *
 * <p>A summary is only ever used for the database file exactly as it was when the summary was written:
 * <ul>
 *   <li>It is written by {@link SesiDatabase#closeWithSummary} after H2 has closed the file and while this process
 *       still holds the file's lock ({@code FileGuard}), so no other sesi process can have changed the file in
 *       between. It records the file's size, modification time and file key (device and inode).</li>
 *   <li>Every open of the database through {@link SesiDatabase#open} deletes the summary, after taking the lock and
 *       before H2 reads the file, whether or not that process goes on to change anything.</li>
 *   <li>{@link #read} compares the recorded size, time and key with the file as it is now, so that a change by any
 *       other program (H2's own tools, an earlier sesi) makes the summary void as well; and it gives nothing while a
 *       rollback copy of an interrupted import lies beside the file (only a real open puts that back).</li>
 * </ul>
 * What the summary holds is the caller's business: this class keeps bytes.
 */
public final class DatabaseSummary {

    private static final String DATABASE_SUFFIX = ".mv.db";
    private static final String SUFFIX = ".mv.db.summary";
    private static final String WRITING_SUFFIX = ".mv.db.summary.writing";
    private static final String ROLLBACK_SUFFIX = ".mv.db.rollback";
    private static final String MAGIC = "sesi-summary-1";

    private DatabaseSummary() {
    }

    /**
     * The summary of the embedded database, if there is one and the database file has not changed since it was
     * written.
     *
     * @param base the H2 file path without {@code .mv.db}
     */
    public static Optional<byte[]> read(Path base) {
        Objects.requireNonNull(base, "base");
        Path database = sibling(base, DATABASE_SUFFIX);
        if (Files.exists(sibling(base, ROLLBACK_SUFFIX))) {
            return Optional.empty();
        }
        byte[] file;
        String stampNow;
        try {
            file = Files.readAllBytes(sibling(base, SUFFIX));
            stampNow = stamp(database);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            // Unreadable: the command computes its answer from the database instead, which reports a real problem.
            return Optional.empty();
        }
        int header = indexOf(file, (byte) '\n');
        if (header < 0) {
            return Optional.empty();
        }
        String recorded = new String(file, 0, header, StandardCharsets.UTF_8);
        if (!recorded.equals(MAGIC.concat(" ").concat(stampNow))) {
            return Optional.empty();
        }
        return Optional.of(Arrays.copyOfRange(file, header + 1, file.length));
    }

    /**
     * Writes the summary for the database file as it is now. Only while this process holds the file's lock and H2
     * has closed it: the summary would otherwise describe a file that is still changing.
     */
    static void write(Path base, byte[] content) throws IOException {
        Path writing = sibling(base, WRITING_SUFFIX);
        RollbackJournal.createOwnerOnly(writing);
        byte[] header = MAGIC.concat(" ").concat(stamp(sibling(base, DATABASE_SUFFIX))).concat("\n")
                .getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(writing)) {
            out.write(header);
            out.write(content);
        }
        // A reader sees the old file or the whole new one, never a part. No fsync: a summary lost in a crash is
        // simply computed again.
        Files.move(writing, sibling(base, SUFFIX), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes the summary (and one left half-written): the database is about to be used and may change. */
    static void delete(Path base) {
        try {
            Files.deleteIfExists(sibling(base, SUFFIX));
            Files.deleteIfExists(sibling(base, WRITING_SUFFIX));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the summary " + sibling(base, SUFFIX) + ": "
                    + e.getMessage(), e);
        }
    }

    /** Size, modification time to the nanosecond, and file key of the database file. */
    private static String stamp(Path database) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(database, BasicFileAttributes.class);
        Instant modified = attributes.lastModifiedTime().toInstant();
        Object key = attributes.fileKey();
        return new StringBuilder().append(attributes.size()).append(' ').append(modified.getEpochSecond()).append('.')
                .append(modified.getNano()).append(' ').append(key == null ? "-" : key.toString().replace(' ', '_'))
                .toString();
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    /** (No + here: the summary is read in the start of a command, where + costs its first-use bootstrap.) */
    private static Path sibling(Path base, String suffix) {
        return Path.of(base.toString().concat(suffix));
    }
}
