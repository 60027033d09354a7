package se.coompanion.sesi.application.shared.port.out;

import java.util.function.Supplier;

/**
 * Runs work as one unit: all of it is stored, or nothing. When {@code inTransaction} returns, the work is
 * durable (a command that says "done" has its data on disk). Nested calls join the outer transaction.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    /**
     * Like {@link #inTransaction}, for work that may write more than memory holds (an import's rows): the adapter
     * keeps it all or nothing even when the process is killed in the middle, and on an embedded database no other
     * work of this process writes meanwhile. A nested call joins the outer transaction.
     */
    default <T> T inBulkTransaction(Supplier<T> work) {
        return inTransaction(work);
    }

    /**
     * After a commit that removed or overwrote data that must be gone (an erasure of personal data): makes sure the
     * storage keeps no earlier version of it. An embedded database file keeps the pages of earlier versions until
     * later writes reuse them; the adapter rewrites the file without them. A database server keeps them until its own
     * maintenance (PostgreSQL: VACUUM) reuses the space, which is the server's business: nothing is done here.
     */
    default void forgetEarlierVersions() {
    }

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
