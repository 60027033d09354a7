package se.coompanion.sesi.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A command run as a child process: its exit code, wall-clock time, output and (where /proc shows it) peak RSS. */
final class ChildProcess {

    private ChildProcess() {
    }

    /**
     * @param exitCode  the exit code
     * @param millis    wall-clock time from start to exit
     * @param cpuMillis the CPU time (user and system) of the child and everything it waited for, or NaN where
     *                  /proc/self/stat does not tell (10 ms resolution)
     * @param peakRssKb the highest resident set size seen (VmHWM), or -1 when not watched or not readable
     * @param output    stdout and stderr together
     */
    record Outcome(int exitCode, double millis, double cpuMillis, long peakRssKb, String output) {

        Outcome expectSuccess(String what) {
            if (exitCode != 0) {
                throw new IllegalStateException(what + " exited with " + exitCode + ":\n" + output);
            }
            return this;
        }
    }

    /**
     * Runs the command to its end; a variable mapped to null is removed from the inherited environment. With
     * {@code watchMemory} the child's high-water mark of resident memory is read from /proc every 20 ms (the JVM is the
     * process itself where the launcher replaces its shell with exec).
     */
    static Outcome run(List<String> command, Map<String, String> environment, Path output, boolean watchMemory) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        environment.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        try {
            long childrenCpuBefore = childrenCpuTicks();
            long start = System.nanoTime();
            Process process = builder.start();
            long peak = -1;
            Path status = Path.of("/proc", Long.toString(process.pid()), "status");
            if (watchMemory) {
                while (!process.waitFor(20, TimeUnit.MILLISECONDS)) {
                    peak = Math.max(peak, highWaterMark(status));
                }
            }
            int exit = process.waitFor();
            double millis = (System.nanoTime() - start) / 1e6;
            // The JVM reaps the child on its own thread: wait until its CPU time has been added to ours.
            long childrenCpu = childrenCpuTicks();
            for (int i = 0; i < 50 && childrenCpu == childrenCpuBefore && childrenCpu >= 0; i++) {
                Thread.sleep(1);
                childrenCpu = childrenCpuTicks();
            }
            double cpu = childrenCpu < 0 ? Double.NaN : (childrenCpu - childrenCpuBefore) * 1000.0 / TICKS_PER_SECOND;
            return new Outcome(exit, millis, cpu, peak, Files.readString(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Linux's clock ticks per second (USER_HZ), in which /proc reports CPU times; 100 on every common system. */
    private static final int TICKS_PER_SECOND = 100;

    /**
     * The CPU time of this JVM's waited-for children (cutime + cstime of /proc/self/stat) in clock ticks, or -1. The
     * harness runs one child at a time, so the difference around a run is that run's CPU time.
     */
    private static long childrenCpuTicks() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": state is field 3 of the man page; cutime and cstime are fields 16 and 17
            return Long.parseLong(fields[16 - 3]) + Long.parseLong(fields[17 - 3]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** VmHWM of /proc/PID/status in kB, or -1. */
    private static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
