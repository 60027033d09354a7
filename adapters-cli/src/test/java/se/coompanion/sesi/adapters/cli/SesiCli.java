package se.coompanion.sesi.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import se.coompanion.sesi.adapters.cli.bootstrap.Main;

/**
 * Runs {@code sesi} in this JVM as a user would from a shell, against a database in a test's directory, and
 * keeps what it printed.
 */
public final class SesiCli {

    /** 2024-05-02 10:00 in Sundsvall: a day inside the SESI project's period. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-02T08:00:00Z"), ZoneId.of("Europe/Stockholm"));

    private final Map<String, String> environment = new HashMap<>();

    /** A command line whose default database ({@code SESI_DB}) is {@code directory/sesi}. */
    public SesiCli(Path directory) {
        environment.put("SESI_DB", directory.resolve("sesi").toString());
    }

    public SesiCli env(String name, String value) {
        if (value == null) {
            environment.remove(name);
        } else {
            environment.put(name, value);
        }
        return this;
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, environment, new PrintWriter(out), new PrintWriter(err), false, CLOCK);
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs {@code sesi} and fails the test, showing what was printed, unless the exit code is 0. */
    public Result ok(String... args) {
        Result result = run(args);
        if (result.exitCode() != 0) {
            throw new AssertionError("sesi " + String.join(" ", args) + " failed:\n" + result);
        }
        return result;
    }

    /**
     * Checks that each command prints its help in Swedish and in English: exit 0, the usage line in the language, no
     * resource key left unresolved (a usage key, or a text matching {@code unresolvedKey}, such as
     * {@code "(create|list)\\.[a-zA-Z]"} for the command's option keys).
     */
    public void assertHelpInBothLanguages(String unresolvedKey, String[]... commands) {
        for (String[] command : commands) {
            for (String lang : new String[] {"sv", "en"}) {
                String[] args = new String[command.length + 3];
                args[0] = "--lang";
                args[1] = lang;
                System.arraycopy(command, 0, args, 2, command.length);
                args[args.length - 1] = "--help";
                Result help = run(args);
                assertThat(help.exitCode()).as(String.join(" ", args) + "\n" + help.err()).isZero();
                assertThat(help.out()).as(String.join(" ", args))
                        .contains(lang.equals("sv") ? "Användning" : "Usage")
                        .doesNotContain("usage.description", "usage.header")
                        .doesNotContainPattern(unresolvedKey);
            }
        }
    }

    /**
     * @param exitCode the exit code
     * @param out      what went to stdout
     * @param err      what went to stderr
     */
    public record Result(int exitCode, String out, String err) {

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
