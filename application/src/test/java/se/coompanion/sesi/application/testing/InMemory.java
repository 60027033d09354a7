package se.coompanion.sesi.application.testing;

/**
 * An in-memory out-port whose state can be saved and put back, so that {@link InMemoryTransactions} can roll
 * back like a database does.
 */
public interface InMemory {

    Object snapshot();

    void restore(Object snapshot);
}
