package se.coompanion.sesi.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The wall-clock times of the measured runs of one thing, in milliseconds. */
final class Samples {

    private final List<Double> millis = new ArrayList<>();

    /** Runs the work once and records its time; returns what it returned. */
    <T> T time(java.util.function.Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        add((System.nanoTime() - start) / 1e6);
        return result;
    }

    void add(double ms) {
        millis.add(ms);
    }

    boolean isEmpty() {
        return millis.isEmpty();
    }

    double median() {
        if (millis.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(millis);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Every run, in the order measured, e.g. "812 790 845". */
    String runs() {
        StringBuilder text = new StringBuilder();
        for (double ms : millis) {
            text.append(text.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.0f", ms));
        }
        return text.toString();
    }
}
