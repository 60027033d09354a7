package se.coompanion.sesi.adapters.cli.bootstrap;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.coompanion.sesi.adapters.cli.Language;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;
import se.coompanion.sesi.adapters.cli.prestudy.StatusSummary;
import se.coompanion.sesi.adapters.persistence.DatabaseConfig;
import se.coompanion.sesi.adapters.persistence.DatabaseSummary;

/**
 * {@code sesi status} answered from the summary that the last {@code sesi status} (or {@code sesi demo}) left beside
 * an embedded database, when the database file has not changed since ({@link DatabaseSummary}). It runs before
 * anything else, so that such a run loads neither picocli, H2 nor jOOQ: a new process answers in about the time the
 * JVM takes to start, where opening the database takes ten times that (docs/benchmarks.md, "Start").
 *
 * <p>Only the plain forms of the command are answered here: {@code status} with at most {@code --db}, {@code --lang}
 * (before or after it, as picocli allows) and {@code --format} (after it), each once, and a valid value. Anything
 * else (help, {@code --debug}, another or repeated option, an {@code @file}, a value that is not {@code sv}/{@code en}
 * or {@code table}/{@code csv}, a database on a server, no summary, a summary of a changed file or another build)
 * takes the ordinary way, which computes the status from the database and reports every mistake.
 *
 * <p>The system property {@code sesi.statusSummary=off} turns this off (the launcher does so in the run that records
 * its class-data archive, so that the archive holds the classes of a real start).
 */
final class QuickStatus {

    static final String SWITCH = "sesi.statusSummary";

    private QuickStatus() {
    }

    /** The text to print for these arguments, or empty when the ordinary way must answer. */
    static Optional<String> answer(String[] args, Map<String, String> environment) {
        if ("off".equals(System.getProperty(SWITCH))) {
            return Optional.empty();
        }
        String database = null;
        String language = null;
        String format = null;
        boolean status = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-")) {
                if (status || !arg.equals("status")) {
                    return Optional.empty();
                }
                status = true;
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return Optional.empty();
            }
            if (value.isBlank() || value.startsWith("-") || value.startsWith("@")) {
                return Optional.empty();
            }
            switch (name) {
                case "--db" -> {
                    if (database != null) {
                        return Optional.empty();
                    }
                    database = value;
                }
                case "--lang" -> {
                    if (language != null || !oneOf(value, "sv", "en")) {
                        return Optional.empty();
                    }
                    language = value;
                }
                case "--format" -> {
                    if (format != null || !status || !oneOf(value, "table", "csv")) {
                        return Optional.empty();
                    }
                    format = value;
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        if (!status) {
            return Optional.empty();
        }
        String location = database != null ? database : environment.get("SESI_DB");
        if (location != null && location.isBlank()) {
            return Optional.empty();
        }
        Optional<Path> file;
        try {
            file = DatabaseConfig.parse(location, "", "").h2File();
        } catch (RuntimeException e) {
            // a --db that sesi refuses: the run through picocli reports it
            return Optional.empty();
        }
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Language chosen = Main.language(args, environment);
        OutputFormat shape = format == null ? OutputFormat.TABLE
                : OutputFormat.valueOf(format.toUpperCase(Locale.ROOT));
        Optional<byte[]> summary = DatabaseSummary.read(file.get());
        return summary.isPresent() ? StatusSummary.text(summary.get(), chosen, shape) : Optional.empty();
    }

    private static boolean oneOf(String value, String... allowed) {
        for (String candidate : allowed) {
            if (candidate.equalsIgnoreCase(value)) {
                return true;
            }
        }
        return false;
    }
}
