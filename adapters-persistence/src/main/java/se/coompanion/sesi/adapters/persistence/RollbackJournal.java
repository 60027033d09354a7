package se.coompanion.sesi.adapters.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A rollback copy of an embedded H2 file, taken before a bulk transaction and removed after its commit.
 *
 * <p>Why: H2 2.5 writes the uncommitted rows of a big transaction to the file before the commit (it cannot keep
 * them in memory), and when the process is killed at that moment it does not roll all of them back when the
 * file is opened again: part of a killed import stays visible (measured here: 17,697 of 50,000 rows), or a dead
 * transaction's lock blocks every later write. So a bulk transaction on an H2 file first saves the file as it is
 * ({@code NAME.mv.db.rollback}); if the process dies before the commit has reached the file and the copy has been
 * removed, the next open puts the copy back before H2 reads the file. The database is then exactly as it was
 * before the killed import. Small transactions do not need this: H2 writes them to the file only after their
 * commit.
 *
 * <p>The copy is a plain file copy, taken after a checkpoint while no other transaction of this process writes
 * ({@link JooqTransactions} holds every other transaction back meanwhile). Where the file cannot be read beside
 * H2 (a platform with mandatory file locks), H2's own online {@code BACKUP} makes the copy instead, as a zip.
 * The copy is written under a temporary name, forced to disk and then renamed, so that a half-written copy is
 * never taken for a complete one. Like the database, it is readable by its owner only.
 *
 * <p>A copy is never put back over work done after the import died. While the bulk transaction runs, its process
 * touches the copy every {@value #HEARTBEAT_MILLIS} ms (its modification time; the content stays as it was), so the
 * copy's time says when the import last lived. The database file changes only while a process writes it: if its
 * modification time is later than the copy's by more than {@value #TOLERANCE_MILLIS} ms, something wrote it after
 * the import died (a program that does not put copies back: H2's own tools, an earlier sesi). Then nothing is put
 * back: opening is refused with both files left for the person to choose ({@link StaleCopy}).
 */
final class RollbackJournal {

    private static final String DATABASE_SUFFIX = ".mv.db";
    private static final String JOURNAL_SUFFIX = ".mv.db.rollback";
    private static final String PARTIAL_SUFFIX = ".mv.db.rollback.partial";
    private static final String RESTORING_SUFFIX = ".mv.db.restoring";
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /** How often a running bulk transaction touches its copy. */
    static final long HEARTBEAT_MILLIS = 1_000;
    /** How much later than the copy's last touch the database may have changed and still be the import's work. */
    static final long TOLERANCE_MILLIS = 10_000;

    private final Path database;
    private final Path journal;
    private final Path partial;
    private final Path restoring;
    private boolean viaBackup;
    private Thread heartbeat;

    /** @param base the H2 file path without {@code .mv.db} */
    RollbackJournal(Path base) {
        this.database = sibling(base, DATABASE_SUFFIX);
        this.journal = sibling(base, JOURNAL_SUFFIX);
        this.partial = sibling(base, PARTIAL_SUFFIX);
        this.restoring = sibling(base, RESTORING_SUFFIX);
    }

    /**
     * Before H2 opens the file: a rollback copy left by a killed process replaces the file, and leftovers of a
     * copy or restore that did not finish are removed.
     *
     * @return true when the file was put back to its state before an interrupted bulk transaction
     */
    boolean recover() {
        try {
            Files.deleteIfExists(partial);
            if (!Files.exists(journal)) {
                Files.deleteIfExists(restoring);
                return false;
            }
            Files.deleteIfExists(restoring);
            checkNotStale();
            if (isZip(journal)) {
                unzipDatabase(journal, restoring);
            } else {
                copyDurably(journal, restoring);
            }
            Files.move(restoring, database, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.delete(journal);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot put back the rollback copy " + journal + ": " + e.getMessage(), e);
        }
    }

    /**
     * Saves the rollback copy. Called with a connection of the open database while no transaction writes.
     */
    void save(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
            Files.deleteIfExists(partial);
            if (viaBackup) {
                backup(statement);
            } else {
                try {
                    copyDurably(database, partial);
                } catch (IOException e) {
                    if (String.valueOf(e.getMessage()).contains("No space left")) {
                        throw e;
                    }
                    // The file is locked against other readers on this platform: let H2 copy it.
                    viaBackup = true;
                    Files.deleteIfExists(partial);
                    backup(statement);
                }
            }
            Files.move(partial, journal, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            startHeartbeat();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the rollback copy " + journal + ": " + e.getMessage(), e);
        }
    }

    /** After the commit reached the file, or after a rollback: the copy is no longer needed. */
    void discard() {
        stopHeartbeat();
        try {
            Files.deleteIfExists(journal);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the rollback copy " + journal + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the rollback copy and the leftovers of an unfinished copy or restore. */
    static void deleteAll(Path base) throws IOException {
        for (String suffix : new String[] {JOURNAL_SUFFIX, PARTIAL_SUFFIX, RESTORING_SUFFIX}) {
            Files.deleteIfExists(sibling(base, suffix));
        }
    }

    /** Whether a rollback copy lies beside the database (left by a process that died in a bulk transaction). */
    boolean exists() {
        return Files.exists(journal);
    }

    /**
     * Refuses a copy that the database has outlived: the file changed after the import that made the copy last
     * touched it (beyond {@value #TOLERANCE_MILLIS} ms).
     */
    private void checkNotStale() throws IOException {
        if (!Files.exists(database)) {
            return;
        }
        Instant lastAlive = Files.getLastModifiedTime(journal).toInstant();
        Instant changed = Files.getLastModifiedTime(database).toInstant();
        if (changed.isAfter(lastAlive.plusMillis(TOLERANCE_MILLIS))) {
            throw new StaleCopy(database, journal, lastAlive, changed);
        }
    }

    /** Touches the copy while the bulk transaction runs, so that its time says when the import last lived. */
    private synchronized void startHeartbeat() {
        stopHeartbeat();
        Thread beat = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(HEARTBEAT_MILLIS);
                    Files.setLastModifiedTime(journal, FileTime.from(Instant.now()));
                } catch (InterruptedException e) {
                    return;
                } catch (IOException e) {
                    // the copy is gone (discarded, or put back by a test): nothing left to touch
                    return;
                }
            }
        }, "sesi-rollback-heartbeat");
        beat.setDaemon(true);
        heartbeat = beat;
        beat.start();
    }

    /**
     * Stops touching the copy: after the transaction, and in tests, to leave a copy as a killed process does. Waits
     * for a touch under way, so that none comes after this returns.
     */
    synchronized void stopHeartbeat() {
        Thread beat = heartbeat;
        heartbeat = null;
        if (beat != null) {
            beat.interrupt();
            try {
                beat.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * A rollback copy left by an import that died before the database last changed: putting it back would undo that
     * later work.
     */
    static final class StaleCopy extends RuntimeException {

        private static final long serialVersionUID = 1L;

        final Path database;
        final Path copy;
        final Instant lastAlive;
        final Instant changed;

        StaleCopy(Path database, Path copy, Instant lastAlive, Instant changed) {
            super("the database " + database + " changed at " + changed + ", after the import of the copy " + copy
                    + " last lived at " + lastAlive);
            this.database = database;
            this.copy = copy;
            this.lastAlive = lastAlive;
            this.changed = changed;
        }
    }

    /** For tests: make the copy with H2's BACKUP, as on a platform with mandatory file locks. */
    void useBackup() {
        viaBackup = true;
    }

    Path journal() {
        return journal;
    }

    private void backup(Statement statement) throws SQLException, IOException {
        statement.execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
        if (SesiDatabase.posix()) {
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
        }
        force(partial);
    }

    private static void copyDurably(Path from, Path to) throws IOException {
        createOwnerOnly(to);
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
                FileChannel out = FileChannel.open(to, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            long size = in.size();
            long position = 0;
            while (position < size) {
                position += in.transferTo(position, size - position, out);
            }
            out.force(true);
        }
    }

    private static void unzipDatabase(Path zip, Path to) throws IOException {
        createOwnerOnly(to);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().endsWith(DATABASE_SUFFIX)) {
                    Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
                    force(to);
                    return;
                }
            }
        }
        throw new IOException("no " + DATABASE_SUFFIX + " file in " + zip);
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(ZIP_MAGIC.length);
            return Arrays.equals(head, ZIP_MAGIC);
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    static void createOwnerOnly(Path file) throws IOException {
        Files.deleteIfExists(file);
        if (SesiDatabase.posix()) {
            FileAttribute<?> ownerOnly = PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------"));
            Files.createFile(file, ownerOnly);
        } else {
            Files.createFile(file);
        }
    }

    private static Path sibling(Path base, String suffix) {
        return Path.of(base + suffix);
    }
}
