package se.coompanion.sesi.adapters.cli.bootstrap;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.Language;

/**
 * The composition root of the {@code sesi} command: the only code that knows both the command line and the
 * persistence adapter. A plain {@code sesi status} on an unchanged database is answered from its summary
 * ({@link QuickStatus}); every other run goes through picocli ({@link CommandRun}), which picks the language first
 * (so that help is in it), builds the command tree, runs it, and closes the database.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, false, StandardCharsets.UTF_8);
        Map<String, String> environment = System.getenv();
        // The clock only when a command runs: the system's time zone takes a twentieth of a second to load.
        int code = answeredFromSummary(args, environment, out) ? ExitCode.OK
                : CommandRun.run(args, environment, out, err, System.console() != null, Clock.systemDefaultZone());
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs {@code sesi} with the arguments and returns the exit code.
     *
     * @param terminal true when progress may be shown on stderr
     */
    public static int run(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err,
            boolean terminal, Clock clock) {
        return answeredFromSummary(args, environment, out) ? ExitCode.OK
                : CommandRun.run(args, environment, out, err, terminal, clock);
    }

    /**
     * First, before any class of picocli, H2 or jOOQ is loaded: a plain "sesi status" on an unchanged database is
     * printed from its summary.
     */
    private static boolean answeredFromSummary(String[] args, Map<String, String> environment, PrintWriter out) {
        Optional<String> answered = QuickStatus.answer(args, environment);
        if (answered.isEmpty()) {
            return false;
        }
        out.print(answered.get());
        out.flush();
        return true;
    }

    /**
     * The language before parsing, so that even {@code --help} speaks it: {@code --lang}, else {@code SESI_LANG},
     * else Swedish. A {@code --lang} that is not a language is left for the parser to report, in the language of
     * {@code SESI_LANG} (else Swedish).
     */
    static Language language(String[] args, Map<String, String> environment) {
        String given = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                given = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                given = args[i].substring("--lang=".length());
            }
        }
        Language fallback = parsed(environment.get("SESI_LANG"), Language.SV);
        return parsed(given, fallback);
    }

    private static Language parsed(String text, Language otherwise) {
        try {
            return text == null ? otherwise : Language.parse(text);
        } catch (IllegalArgumentException e) {
            return otherwise;
        }
    }
}
