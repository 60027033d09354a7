package se.coompanion.sesi.application.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import se.coompanion.sesi.application.shared.port.out.Transactions;

/** Transactions over in-memory ports: on an exception every port is put back as it was. */
public final class InMemoryTransactions implements Transactions {

    private final List<InMemory> ports = new ArrayList<>();
    private int depth;
    private int committed;
    private int rolledBack;
    private int bulk;
    private boolean inBulk;

    public void register(InMemory port) {
        ports.add(port);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (depth > 0) {
            return work.get();
        }
        List<Object> snapshots = ports.stream().map(InMemory::snapshot).toList();
        depth++;
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
        } finally {
            depth--;
        }
    }

    @Override
    public <T> T inBulkTransaction(Supplier<T> work) {
        if (depth > 0) {
            return work.get();
        }
        bulk++;
        inBulk = true;
        try {
            return inTransaction(work);
        } finally {
            inBulk = false;
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
