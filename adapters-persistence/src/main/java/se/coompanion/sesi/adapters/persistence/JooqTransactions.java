package se.coompanion.sesi.adapters.persistence;

import java.util.function.Supplier;
import org.jooq.ContextTransactionalCallable;
import org.jooq.DSLContext;
import se.coompanion.sesi.application.shared.port.out.Transactions;

/**
 * Transactions with jOOQ's thread-bound transaction provider: every repository that uses the same
 * {@link DSLContext} on this thread takes part. A nested call joins the outer transaction. After the
 * outermost commit the adapter makes the data durable (see {@link SesiDatabase}).
 */
final class JooqTransactions implements Transactions {

    private final DSLContext dsl;
    private final Runnable afterCommit;
    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);

    JooqTransactions(DSLContext dsl, Runnable afterCommit) {
        this.dsl = dsl;
        this.afterCommit = afterCommit;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        int level = depth.get();
        if (level > 0) {
            return work.get();
        }
        depth.set(1);
        T result;
        try {
            result = dsl.transactionResult((ContextTransactionalCallable<T>) work::get);
        } catch (RuntimeException e) {
            throw DatabaseErrors.translate(e);
        } finally {
            depth.remove();
        }
        afterCommit.run();
        return result;
    }
}
