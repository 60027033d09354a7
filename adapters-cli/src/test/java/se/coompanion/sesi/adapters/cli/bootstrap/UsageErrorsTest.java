package se.coompanion.sesi.adapters.cli.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;
import se.coompanion.sesi.adapters.cli.SesiCommand;

/**
 * Mistakes on the command line are reported in the user's language, in a few lines, with exit 2: every command of the
 * tree is run with an unknown option, an unknown or unexpected word, without what it requires, and with a value its
 * options cannot take, in Swedish and in English. No English word may be left in Swedish output nor the reverse, and
 * no report may be longer than five lines (picocli's own printed the whole help, forty lines and more).
 */
class UsageErrorsTest {

    private static final int MOST_LINES = 5;

    /** Words of picocli's and sesi's English messages that Swedish output must not have ("argument" is Swedish too). */
    private static final Set<String> ENGLISH = Set.of("the", "and", "or", "is", "are", "not", "of", "for", "at", "to",
            "missing", "required", "parameter", "parameters", "invalid", "value", "values", "option", "options",
            "unknown", "unmatched", "arguments", "did", "you", "mean", "usage", "see", "allowed", "expected",
            "but", "was", "should", "specified", "only", "once", "exclusive", "mutually", "given", "together", "needs",
            "command", "commands", "give", "one", "may", "be", "unexpected", "error", "possible", "solutions", "index",
            "number", "whole", "date", "neither", "nor", "could", "read", "choose", "grouping", "run", "database");

    /** Words of sesi's Swedish messages that English output must not have. */
    private static final Set<String> SWEDISH = Set.of("och", "eller", "är", "inte", "saknas", "krävs", "flaggan",
            "flaggor", "flaggorna", "flagga", "argumentet", "argumenten", "okänd", "okända", "ogiltigt", "värde", "för",
            "menade", "du", "användning", "se", "tillåtna", "tillåtet", "kommando", "behöver", "ett", "inget", "heltal",
            "tal", "datum", "anges", "tillsammans", "välj", "får", "bara", "gång", "oväntat", "oväntade", "ange", "av",
            "det", "här", "kunde", "tolkas", "värden", "gruppering", "databas", "kör");

    /** What is neither language: option names, quoted values, placeholders in capitals, paths. */
    private static final Pattern NOT_WORDS = Pattern.compile("--?[\\w-]+(=[^\\s,]+)?|'[^']*'|\"[^\"]*\"|"
            + "\\b[A-Z][A-Z0-9_|=.-]*\\b|\\S*/\\S*|\\[[A-ZÅÄÖ|_-]+]");

    @TempDir
    Path directory;

    @Test
    void every_command_reports_every_kind_of_mistake_in_the_language_of_the_user_in_a_few_lines() {
        SoftAssertions softly = new SoftAssertions();
        Set<String> names = new LinkedHashSet<>();
        List<CommandSpec> commands = commands(names);
        int checked = 0;
        for (CommandSpec command : commands) {
            List<String> path = path(command);
            // picocli's help command takes any word, options too, as the name of a command to show the help of
            boolean help = command.helpCommand();
            for (String lang : List.of("sv", "en")) {
                if (!help) {
                    checked += check(softly, lang, names, plus(path, "--no-such-option"), "unknown option",
                            lang.equals("sv") ? "Okänd flagga" : "Unknown option");
                }
                if (group(command)) {
                    checked += check(softly, lang, names, plus(path, "no-such-command"), "unknown command",
                            lang.equals("sv") ? "är inget kommando i" : "is not a command of");
                } else if (command.positionalParameters().isEmpty()) {
                    checked += check(softly, lang, names, plus(path, "extra"), "unexpected argument",
                            lang.equals("sv") ? "Oväntat argument" : "Unexpected argument");
                }
                if (group(command) && !(command.userObject() instanceof CliCommand) && command.parent() != null) {
                    checked += check(softly, lang, names, path, "missing command",
                            lang.equals("sv") ? "behöver ett kommando" : "needs a command");
                } else if (requires(command)) {
                    checked += check(softly, lang, names, path, "missing argument",
                            lang.equals("sv") ? "(saknas|krävs|Ange en av)" : "(missing|required|Give one of)");
                }
                for (OptionSpec option : command.options()) {
                    if (typed(option) && (!option.inherited() || command.parent() == null)) {
                        checked += check(softly, lang, names, plus(path, option.longestName(), "x-invalid"),
                                "invalid value of " + option.longestName(),
                                lang.equals("sv") ? "Ogiltigt värde för " : "Invalid value for ");
                    }
                }
            }
        }
        softly.assertAll();
        assertThat(commands).as("the whole tree").hasSizeGreaterThan(100);
        assertThat(checked).as("mistakes tried").isGreaterThan(500);
    }

    @Test
    void the_frame_import_without_its_file_is_five_lines_at_most_in_swedish_and_in_english() {
        SesiCli.Result swedish = new SesiCli(directory).run("survey", "frame", "import");
        SesiCli.Result english = new SesiCli(directory).run("--lang", "en", "survey", "frame", "import");

        assertThat(swedish.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(swedish.out()).isEmpty();
        assertThat(swedish.err()).isEqualTo("""
                Argumentet FILE saknas
                Användning: sesi survey frame import [FLAGGOR] FILE
                Se 'sesi survey frame import --help'.
                """);
        assertThat(english.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(english.err()).isEqualTo("""
                The argument FILE is missing
                Usage: sesi survey frame import [OPTIONS] FILE
                See 'sesi survey frame import --help'.
                """);
    }

    @Test
    void a_mistyped_command_is_named_with_the_nearest_ones() {
        SesiCli.Result result = new SesiCli(directory).run("survey", "fram");

        assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.err()).startsWith("fram är inget kommando i 'sesi survey'\nMenade du frame?\n");
        assertThat(new SesiCli(directory).run("--lang", "en", "stauts").err())
                .startsWith("stauts is not a command of 'sesi'\nDid you mean stats or status?\n");
        assertThat(new SesiCli(directory).run("status", "--fromat", "csv").err())
                .startsWith("Okänd flagga: --fromat\nMenade du --format?\n");
    }

    @Test
    void an_unknown_language_is_a_usage_error_that_names_the_languages() {
        SesiCli.Result result = new SesiCli(directory).run("--lang", "fr", "status");

        assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.err()).isEqualTo("""
                Ogiltigt värde för --lang: "fr"; tillåtna är sv och en
                Användning: sesi [FLAGGOR] KOMMANDO
                Se 'sesi --help'.
                """);
        assertThat(new SesiCli(directory).env("SESI_LANG", "en").run("status", "--lang", "fr").err())
                .startsWith("Invalid value for --lang: \"fr\"; allowed are sv and en\nUsage: sesi status [OPTIONS]\n");
    }

    @Test
    void a_converter_speaks_one_language_and_the_value_it_refused_is_named() {
        assertThat(new SesiCli(directory).run("survey", "rates", "--by", "kommun").err()).startsWith(
                "Ogiltigt värde för --by: Gruppering kommun: tillåtna är county och legal-form (eller län och "
                        + "juridisk-form)\n");
        assertThat(new SesiCli(directory).run("--lang", "en", "survey", "rates", "--by", "kommun").err())
                .startsWith("Invalid value for --by: Grouping kommun: allowed are county and legal-form\n");
        assertThat(new SesiCli(directory).run("survey", "wave", "QUESTIONNAIRE", "--date", "2024-13-01").err())
                .startsWith("Ogiltigt värde för --date: \"2024-13-01\" är inget datum (ÅÅÅÅ-MM-DD, till exempel "
                        + "2024-03-11)\n");
    }

    @Test
    void exclusive_and_required_choices_are_named() {
        assertThat(new SesiCli(directory).run("project", "target", "NEEDS_ANALYSIS", "--all", "--none").err())
                .startsWith("--all och --none kan inte anges tillsammans: välj en av dem\n"
                        + "Användning: sesi project target [FLAGGOR] (--quantity=N | --all | --none) ACTIVITY\n");
        assertThat(new SesiCli(directory).run("project", "target", "NEEDS_ANALYSIS").err())
                .startsWith("Ange en av --quantity=N, --all eller --none\n");
        assertThat(new SesiCli(directory).run("survey", "wave", "QUESTIONNAIRE", "--date", "--out", "x.csv").err())
                .startsWith("Flaggan --date behöver ett värde: --date=YYYY-MM-DD\n");
        assertThat(new SesiCli(directory).run("status", "--format", "csv", "--format", "table").err())
                .startsWith("--format får anges bara en gång\n");
    }

    @Test
    void a_group_without_its_command_is_a_usage_error_and_sesi_alone_prints_its_help() {
        SesiCli.Result group = new SesiCli(directory).run("db");
        SesiCli.Result alone = new SesiCli(directory).run();

        assertThat(group.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(group.err()).startsWith("'sesi db' behöver ett kommando: info, backup och restore\n");
        assertThat(alone.exitCode()).isZero();
        assertThat(alone.out()).contains("Användning: sesi", "Kommandon:");
    }

    @Test
    void the_language_check_of_this_test_finds_picocli_s_own_messages() {
        // picocli's messages, as sesi printed them before: the check must fail on them, or it proves nothing
        assertThat(foreignWords("Missing required parameter: 'FILE'", ENGLISH)).contains("missing", "required");
        assertThat(foreignWords("Invalid value for option '--by': --by kommun: tillåtna är county och legal-form",
                ENGLISH)).contains("invalid", "value", "for", "option");
        assertThat(foreignWords("Did you mean: survey frame or survey rates?", ENGLISH)).contains("did", "or");
        assertThat(foreignWords("Okänd flagga: --x", SWEDISH)).contains("okänd", "flagga");
        assertThat(foreignWords("Ogiltigt värde för --lang: \"fr\"; tillåtna är sv och en", ENGLISH)).isEmpty();
    }

    /** Runs the arguments in the language; checks exit 2, the message, the language and the length. */
    private int check(SoftAssertions softly, String lang, Set<String> names, List<String> args, String mistake,
            String expected) {
        // The language from the environment, so that a mistake in --lang itself is tried in both languages too.
        SesiCli.Result result = new SesiCli(directory).env("SESI_LANG", lang).run(args.toArray(String[]::new));
        String shown = "SESI_LANG=" + lang + " sesi " + String.join(" ", args) + " (" + mistake + ")\n" + result;
        softly.assertThat(result.exitCode()).as(shown).isEqualTo(ExitCode.INVALID_INPUT);
        softly.assertThat(result.out()).as(shown).isEmpty();
        softly.assertThat(result.err()).as(shown).containsPattern(expected);
        softly.assertThat(result.err().lines().count()).as(shown).isBetween(3L, (long) MOST_LINES);
        softly.assertThat(foreignWords(without(result.err(), names), lang.equals("sv") ? ENGLISH : SWEDISH))
                .as(shown).isEmpty();
        softly.assertThat(Files.exists(directory.resolve("sesi.mv.db"))).as(shown).isFalse();
        return 1;
    }

    private static List<String> foreignWords(String text, Set<String> foreign) {
        List<String> found = new ArrayList<>();
        for (String word : NOT_WORDS.matcher(text).replaceAll(" ").split("[^\\p{L}]+")) {
            if (foreign.contains(word.toLowerCase(Locale.ROOT))) {
                found.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return found;
    }

    /** The text without the names of commands (a command named "import" is not an English word of a message). */
    private static String without(String text, Set<String> names) {
        String result = " " + text + " ";
        for (String name : names) {
            result = result.replaceAll("(?<=[\\s'])" + Pattern.quote(name) + "(?=[\\s',.?:])", " ");
        }
        return result;
    }

    /** Every command of the tree, as the user can name it; their names into {@code names}. */
    private static List<CommandSpec> commands(Set<String> names) {
        CommandLine tree = CommandRun.commands(new SesiCommand(), new String[0]);
        List<CommandSpec> all = new ArrayList<>(List.of(tree.getCommandSpec()));
        for (int i = 0; i < all.size(); i++) {
            CommandSpec spec = all.get(i);
            names.add(spec.name());
            new LinkedHashSet<>(spec.subcommands().values()).stream().map(CommandLine::getCommandSpec)
                    .filter(sub -> !sub.name().equals("help") || spec.parent() == null)
                    .forEach(all::add);
        }
        return all;
    }

    private static List<String> path(CommandSpec command) {
        List<String> path = new ArrayList<>(List.of(command.qualifiedName().split(" ")));
        path.remove(0);
        return path;
    }

    private static boolean group(CommandSpec command) {
        return !command.subcommands().isEmpty();
    }

    /** Whether the command has a required option, group or parameter. */
    private static boolean requires(CommandSpec command) {
        return command.args().stream().anyMatch(ArgSpec::required)
                || command.argGroups().stream().anyMatch(g -> g.multiplicity().min() > 0)
                || command.positionalParameters().stream().anyMatch(p -> p.arity().min() > 0);
    }

    /** An option whose value is converted (an enum, a number, a date, a code of the domain): "x-invalid" is refused. */
    private static boolean typed(OptionSpec option) {
        if (option.arity().max() == 0 || option.usageHelp() || option.versionHelp()) {
            return false;
        }
        Class<?> type = option.auxiliaryTypes().length > 0 ? option.auxiliaryTypes()[0] : option.type();
        return type.isEnum() || option.converters().length > 0 || type == int.class || type == Integer.class
                || type == LocalDate.class || type == BigDecimal.class;
    }

    private static List<String> plus(List<String> path, String... more) {
        List<String> args = new ArrayList<>(path);
        args.addAll(List.of(more));
        return args;
    }
}
