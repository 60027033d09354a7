package se.coompanion.sesi.benchmarks;

import java.lang.management.ManagementFactory;

/**
 * Times a step in wall-clock time and in the CPU time of this whole JVM (every thread: the database's, the JIT's,
 * the collector's). CPU time is much less disturbed by other processes on a shared machine; wall-clock time is what
 * the user waits for and what the goals are about.
 */
final class Stopwatch {

    private final long wallStart = System.nanoTime();
    private final long cpuStart = cpuNanos();

    private Stopwatch() {
    }

    static Stopwatch start() {
        return new Stopwatch();
    }

    Lap stop() {
        return new Lap((System.nanoTime() - wallStart) / 1e6, (cpuNanos() - cpuStart) / 1e6);
    }

    /** The CPU time this JVM has used (all its threads), in nanoseconds. */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * @param wallMillis wall-clock milliseconds
     * @param cpuMillis  CPU milliseconds of this JVM
     */
    record Lap(double wallMillis, double cpuMillis) {
    }
}
