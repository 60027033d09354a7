package se.coompanion.sesi.application.testing;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;

/**
 * Records numbered 1, 2, 3, ... in memory, as a database's identity column numbers them, with a snapshot for
 * {@link InMemoryTransactions}.
 *
 * @param <V> the record
 */
final class NumberedRecords<V> {

    private final TreeMap<Long, V> records = new TreeMap<>();
    private long next = 1;

    /** Stores the record the maker makes from the next number. */
    V add(LongFunction<V> maker) {
        V record = maker.apply(next);
        records.put(next++, record);
        return record;
    }

    V get(long number) {
        return records.get(number);
    }

    void put(long number, V record) {
        records.put(number, record);
    }

    /** By number, as a live view: changes through {@link Map#replaceAll} are kept. */
    Map<Long, V> byNumber() {
        return records;
    }

    List<V> all() {
        return List.copyOf(records.values());
    }

    Object snapshot() {
        return new Object[] {new TreeMap<>(records), next};
    }

    @SuppressWarnings("unchecked")
    void restore(Object snapshot) {
        Object[] saved = (Object[]) snapshot;
        records.clear();
        records.putAll((Map<Long, V>) saved[0]);
        next = (long) saved[1];
    }
}
