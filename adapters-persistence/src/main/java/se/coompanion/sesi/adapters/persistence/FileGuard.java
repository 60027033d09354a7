package se.coompanion.sesi.adapters.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The claim of one process on an embedded H2 file ({@code NAME.mv.db.lock}, an operating-system lock that ends with
 * the process, also when it is killed), shared by every {@link SesiDatabase} of this process on that file.
 *
 * <p>It is taken before anything reads the file, so that putting back a {@link RollbackJournal rollback copy} can
 * never happen under a process that is still using the file. Its {@link #writers() writers} lock lets a bulk
 * transaction run alone: other transactions on the file, from any {@code SesiDatabase} of this process, wait.
 */
final class FileGuard {

    private static final Map<Path, FileGuard> HELD = new HashMap<>();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;
    private final ReadWriteLock writers = new ReentrantReadWriteLock(true);
    private int users;

    private FileGuard(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Claims the file for this process.
     *
     * @param base the H2 file path without {@code .mv.db}
     * @return the guard, or empty when another process holds the file
     */
    static Optional<FileGuard> claim(Path base) {
        Path key = base.toAbsolutePath().normalize();
        synchronized (HELD) {
            FileGuard held = HELD.get(key);
            if (held != null) {
                held.users++;
                return Optional.of(held);
            }
            Path file = Path.of(key + ".mv.db.lock");
            FileChannel channel = null;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    return Optional.empty();
                }
                FileGuard guard = new FileGuard(key, channel, lock);
                guard.users = 1;
                HELD.put(key, guard);
                return Optional.of(guard);
            } catch (IOException e) {
                closeQuietly(channel);
                throw new UncheckedIOException("cannot lock " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /** Other transactions share it; a bulk transaction holds it alone. */
    ReadWriteLock writers() {
        return writers;
    }

    /** Gives up this user's claim; the last one releases the lock. */
    void release() {
        release(() -> { });
    }

    /**
     * Gives up this user's claim; the last one runs {@code lastOut} while it still holds the lock (no other process
     * can have the file), then releases the lock. The lock is released even when {@code lastOut} fails.
     */
    void release(Runnable lastOut) {
        synchronized (HELD) {
            users--;
            if (users > 0) {
                return;
            }
            HELD.remove(key);
            try {
                lastOut.run();
            } finally {
                unlock();
            }
        }
    }

    private void unlock() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel is closed next, which releases the lock as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }
}
