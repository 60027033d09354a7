package se.coompanion.sesi.adapters.persistence;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.ContextTransactionalCallable;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.domain.shared.Message;

/**
 * Transactions with jOOQ's thread-bound transaction provider: every repository that uses the same
 * {@link DSLContext} on this thread takes part. A nested call joins the outer transaction. After the
 * outermost commit the adapter makes the data durable (see {@link SesiDatabase}).
 *
 * <p>On an embedded H2 file a bulk transaction is guarded by a {@link RollbackJournal}: the file is copied before
 * it and the copy removed after its commit. Meanwhile no other transaction of this process on that file runs (they
 * wait, see {@link FileGuard}), so that putting the copy back after a killed bulk transaction cannot undo anybody
 * else's commit.
 */
final class JooqTransactions implements Transactions {

    private final DSLContext dsl;
    private final Runnable afterCommit;
    private final Optional<Journaled> journaled;
    private final Runnable compaction;
    private final Optional<Path> readOnlyFile;
    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);

    /**
     * @param compaction   rewrites the storage without earlier versions ({@link #forgetEarlierVersions})
     * @param readOnlyFile the embedded file, when it is read-only: a write is then refused with its name
     */
    JooqTransactions(DSLContext dsl, Runnable afterCommit, Optional<Journaled> journaled, Runnable compaction,
            Optional<Path> readOnlyFile) {
        this.dsl = dsl;
        this.afterCommit = afterCommit;
        this.journaled = journaled;
        this.compaction = compaction;
        this.readOnlyFile = readOnlyFile;
    }

    @Override
    public void forgetEarlierVersions() {
        if (depth.get() > 0) {
            throw new IllegalStateException("the storage is rewritten after a transaction, never inside one");
        }
        compaction.run();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (depth.get() > 0 || journaled.isEmpty()) {
            return run(work);
        }
        ReadWriteLock writers = journaled.get().writers();
        writers.readLock().lock();
        try {
            return run(work);
        } finally {
            writers.readLock().unlock();
        }
    }

    @Override
    public <T> T inBulkTransaction(Supplier<T> work) {
        if (depth.get() > 0 || journaled.isEmpty()) {
            return run(work);
        }
        Journaled guard = journaled.get();
        ReadWriteLock writers = guard.writers();
        writers.writeLock().lock();
        try {
            try (Connection connection = guard.dataSource().getConnection()) {
                guard.journal().save(connection);
            } catch (SQLException | UncheckedIOException e) {
                throw DatabaseErrors.translate(new DataAccessException("saving the rollback copy failed", e));
            }
            T result;
            try {
                result = run(work);
            } finally {
                // Committed and durable (WRITE_DELAY 0), or rolled back: either way the copy is not needed.
                guard.journal().discard();
            }
            return result;
        } finally {
            writers.writeLock().unlock();
        }
    }

    private <T> T run(Supplier<T> work) {
        int level = depth.get();
        if (level > 0) {
            return work.get();
        }
        depth.set(1);
        T result;
        try {
            result = dsl.transactionResult((ContextTransactionalCallable<T>) work::get);
        } catch (RuntimeException e) {
            if (readOnlyFile.isPresent() && DatabaseErrors.readOnly(e)) {
                throw new ConflictException(Message.of(SesiDatabase.class, "db.readOnly", readOnlyFile.get()), e);
            }
            throw DatabaseErrors.translate(e);
        } finally {
            depth.remove();
        }
        afterCommit.run();
        return result;
    }

    /**
     * An embedded H2 file, its rollback journal, and the lock that lets a bulk transaction run alone in this process.
     */
    record Journaled(DataSource dataSource, RollbackJournal journal, ReadWriteLock writers) {
    }
}
