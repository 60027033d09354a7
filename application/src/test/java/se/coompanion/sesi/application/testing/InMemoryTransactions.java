package se.coompanion.sesi.application.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import se.coompanion.sesi.application.shared.port.out.Transactions;

/**
 * Transactions over in-memory ports: on an exception every port is put back as it was. Transactions run one at a
 * time (a transaction of another thread waits until the running one has ended), the strictest isolation a database
 * gives; so that, as on a database, an import's lock ({@code ImportLog.lockImports}) holds until the end of the
 * transaction that took it. A nested call joins the outer transaction.
 */
public final class InMemoryTransactions implements Transactions {

    private final List<InMemory> ports = new ArrayList<>();
    private final ReentrantLock running = new ReentrantLock(true);
    private int committed;
    private int rolledBack;
    private int bulk;
    private boolean inBulk;

    public void register(InMemory port) {
        ports.add(port);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return outermost(work, false);
    }

    @Override
    public <T> T inBulkTransaction(Supplier<T> work) {
        return outermost(work, true);
    }

    private <T> T outermost(Supplier<T> work, boolean asBulk) {
        if (running.isHeldByCurrentThread()) {
            return work.get();
        }
        running.lock();
        try {
            if (asBulk) {
                bulk++;
                inBulk = true;
            }
            List<Object> snapshots = ports.stream().map(InMemory::snapshot).toList();
            try {
                T result = work.get();
                committed++;
                return result;
            } catch (RuntimeException | Error e) {
                for (int i = 0; i < ports.size(); i++) {
                    ports.get(i).restore(snapshots.get(i));
                }
                rolledBack++;
                throw e;
            }
        } finally {
            inBulk = false;
            running.unlock();
        }
    }

    /** Whether the work running now is inside a bulk transaction. */
    public boolean inBulk() {
        return inBulk;
    }

    /** How many outermost bulk transactions ran. */
    public int bulk() {
        return bulk;
    }

    public int committed() {
        return committed;
    }

    public int rolledBack() {
        return rolledBack;
    }
}
