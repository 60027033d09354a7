package se.coompanion.sesi.application.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Finds rows of one file that are the same by a key (the second and later rows are the duplicates). Fed
 * while the rows are checked, asked once at the end.
 *
 * @param <T> the row's object
 */
public interface DuplicateCheck<T> {

    void add(T item, int line);

    /** The duplicates found, in line order. */
    List<Duplicate> duplicates();

    /**
     * A row that repeats an earlier one.
     *
     * @param line      the repeating row's line
     * @param firstLine the line of the first row with the key
     * @param key       the key as text
     */
    record Duplicate(int line, int firstLine, String key) {
    }

    /** No check. */
    static <T> DuplicateCheck<T> none() {
        return new DuplicateCheck<>() {
            @Override
            public void add(T item, int line) {
                // every row is welcome
            }

            @Override
            public List<Duplicate> duplicates() {
                return List.of();
            }
        };
    }

    /** A check by any key (null keys are never duplicates); for files of a modest size. */
    static <T> DuplicateCheck<T> byKey(Function<T, ?> key) {
        return new DuplicateCheck<>() {
            private final Map<Object, Integer> firstLines = new HashMap<>();
            private final List<Duplicate> found = new ArrayList<>();

            @Override
            public void add(T item, int line) {
                Object k = key.apply(item);
                if (k == null) {
                    return;
                }
                Integer first = firstLines.putIfAbsent(k, line);
                if (first != null) {
                    found.add(new Duplicate(line, first, String.valueOf(k)));
                }
            }

            @Override
            public List<Duplicate> duplicates() {
                return List.copyOf(found);
            }
        };
    }

    /**
     * A check by a numeric key below 2^34 (such as an organisationsnummer) that keeps 8 bytes per row, so that
     * a file of a million rows is checked in a few megabytes. Lines must be below 2^28.
     */
    static <T> DuplicateCheck<T> byCompactKey(ToLongFunction<T> key, Function<Long, String> shown) {
        return new DuplicateCheck<>() {
            private static final int LINE_BITS = 28;
            private long[] packed = new long[1024];
            private int size;

            @Override
            public void add(T item, int line) {
                long k = key.applyAsLong(item);
                if (k < 0 || k >= (1L << 34) || line < 0 || line >= (1 << LINE_BITS)) {
                    throw new IllegalArgumentException("key or line out of range: " + k + ", " + line);
                }
                if (size == packed.length) {
                    packed = Arrays.copyOf(packed, size * 2);
                }
                packed[size++] = (k << LINE_BITS) | line;
            }

            @Override
            public List<Duplicate> duplicates() {
                long[] sorted = Arrays.copyOf(packed, size);
                Arrays.sort(sorted);
                List<Duplicate> found = new ArrayList<>();
                int i = 0;
                while (i < sorted.length) {
                    long k = sorted[i] >>> LINE_BITS;
                    int first = (int) (sorted[i] & ((1L << LINE_BITS) - 1));
                    int j = i + 1;
                    while (j < sorted.length && (sorted[j] >>> LINE_BITS) == k) {
                        found.add(new Duplicate((int) (sorted[j] & ((1L << LINE_BITS) - 1)), first, shown.apply(k)));
                        j++;
                    }
                    i = j;
                }
                found.sort((a, b) -> Integer.compare(a.line(), b.line()));
                return found;
            }
        };
    }
}
