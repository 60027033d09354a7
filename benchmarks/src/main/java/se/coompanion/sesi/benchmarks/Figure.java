package se.coompanion.sesi.benchmarks;

import java.util.Locale;

/**
 * One line of the summary: what was measured, its median, the baseline's median measured in the same run, their
 * ratio, the goal and whether it was met. A figure without a baseline (memory, the report) has a plain verdict.
 *
 * @param name     what was measured
 * @param median   the subject's median in ms (NaN when not measured)
 * @param baseline the baseline's median in ms (NaN when there is none)
 * @param goal     the goal as text, e.g. "<= 1.3"; empty for information only
 * @param verdict  "ok", "MISSED", "pass", "FAIL", "info" or why it was not measured
 * @param note     the runs or other detail
 */
record Figure(String name, double median, double baseline, String goal, String verdict, String note) {

    /** A figure against a baseline, with a goal on the ratio (NaN: information only). */
    static Figure ratio(String name, Samples subject, Samples base, double goal) {
        double ratio = subject.median() / base.median();
        String verdict = Double.isNaN(goal) ? "info" : ratio <= goal ? "ok" : "MISSED";
        return new Figure(name, subject.median(), base.median(),
                Double.isNaN(goal) ? "" : String.format(Locale.ROOT, "<= %.1f", goal), verdict,
                "runs " + subject.runs() + " | baseline " + base.runs());
    }

    /** A figure with a limit in milliseconds. */
    static Figure limit(String name, Samples subject, double limitMillis) {
        return new Figure(name, subject.median(), Double.NaN, String.format(Locale.ROOT, "< %.0f ms", limitMillis),
                subject.median() < limitMillis ? "ok" : "MISSED", "runs " + subject.runs());
    }

    /** A figure for information: a median without a baseline or goal. */
    static Figure info(String name, Samples subject) {
        return new Figure(name, subject.median(), Double.NaN, "", "info", "runs " + subject.runs());
    }

    /** A figure that could not be measured, saying why. */
    static Figure notMeasured(String name, String why) {
        return new Figure(name, Double.NaN, Double.NaN, "", "not measured", why);
    }

    double ratio() {
        return median / baseline;
    }

    String line() {
        return String.format(Locale.ROOT, "%-66s %10s %10s %6s %9s  %s", name, ms(median), ms(baseline),
                Double.isNaN(ratio()) ? "" : String.format(Locale.ROOT, "%.2f", ratio()), goal, verdict);
    }

    static String header() {
        return String.format(Locale.ROOT, "%-66s %10s %10s %6s %9s  %s", "figure", "median", "baseline", "ratio",
                "goal", "verdict");
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%,.0f ms", value);
    }
}
