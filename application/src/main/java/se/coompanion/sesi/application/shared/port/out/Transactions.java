package se.coompanion.sesi.application.shared.port.out;

import java.util.function.Supplier;

/**
 * Runs work as one unit: all of it is stored, or nothing. When {@code inTransaction} returns, the work is
 * durable (a command that says "done" has its data on disk). Nested calls join the outer transaction.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
