package se.coompanion.sesi.adapters.cli.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;
import se.coompanion.sesi.adapters.cli.SesiCommand;

/**
 * Only {@code init}, {@code demo} and {@code db restore} may make a database. Every other command of the tree, run
 * with what it requires on a {@code --db} that is not there, exits 3 with "Ingen databas på ..." and leaves nothing
 * behind: no directory, no {@code .mv.db}, no {@code .lock}, no output.
 */
class NoAccidentalDatabaseTest {

    /** The commands that start a database (and those that need none: the shell's completion, the help). */
    private static final Set<String> MAKERS = Set.of("sesi init", "sesi demo", "sesi db restore", "sesi completion",
            "sesi help");

    /** What a command requires beyond what picocli knows (it checks the choice itself, before the database). */
    private static final Map<String, List<String>> MORE = Map.of("sesi seminar attend", List.of("1"));

    /** Values tried, in order, for an argument whose converter is sesi's own: the first it takes is used. */
    private static final List<String> CANDIDATES = List.of("1", "2281", "22", "212000-2411", "2024-05-02", "sesi",
            "county", "html", "on", "HIGH", "WORK_INTEGRATION", "NEEDS_ANALYSIS", "SOCIAL_ENTERPRISE", "PLANNED",
            "ON_SITE", "utf-8", "reaction", "x");

    @TempDir
    Path directory;

    @Test
    void every_command_that_does_not_start_a_database_refuses_a_missing_one_and_makes_nothing() throws IOException {
        Path input = Files.writeString(directory.resolve("input.csv"), "a,b\n1,2\n");
        Path missing = directory.resolve("none").resolve("x");
        Path out = directory.resolve("out");
        SoftAssertions softly = new SoftAssertions();
        int checked = 0;
        for (CommandSpec command : leaves()) {
            if (MAKERS.contains(command.qualifiedName())) {
                continue;
            }
            for (String lang : List.of("sv", "en")) {
                List<String> args = new ArrayList<>(List.of("--lang", lang, "--db", missing.toString()));
                args.addAll(List.of(command.qualifiedName().split(" ")).subList(1, command.qualifiedName()
                        .split(" ").length));
                args.addAll(required(command, input, out));
                args.addAll(MORE.getOrDefault(command.qualifiedName(), List.of()));
                SesiCli.Result result = new SesiCli(directory).run(args.toArray(String[]::new));
                String shown = "sesi " + String.join(" ", args) + "\n" + result;
                softly.assertThat(result.exitCode()).as(shown).isEqualTo(ExitCode.NOT_FOUND);
                softly.assertThat(result.err()).as(shown).startsWith((lang.equals("sv") ? "Ingen databas på "
                        : "No database at ") + missing.resolveSibling("x.mv.db"));
                softly.assertThat(result.err()).as(shown)
                        .contains(lang.equals("sv") ? "kör 'sesi init' (eller 'sesi demo'" : "run 'sesi init' (or 'sesi demo'");
                softly.assertThat(directory.resolve("none")).as(shown).doesNotExist();
                softly.assertThat(out).as(shown).doesNotExist();
                softly.assertThat(Files.readString(input)).as(shown).isEqualTo("a,b\n1,2\n");
                try (Stream<Path> files = Files.list(directory)) {
                    softly.assertThat(files.map(p -> p.getFileName().toString())).as(shown)
                            .containsExactly("input.csv");
                }
                checked++;
            }
        }
        softly.assertAll();
        assertThat(checked).as("commands tried in two languages").isGreaterThan(150);
    }

    @Test
    void init_makes_the_database_and_its_directory_and_then_reading_commands_work() {
        Path database = directory.resolve("new").resolve("sesi");
        SesiCli cli = new SesiCli(directory).env("SESI_DB", database.toString());

        assertThat(cli.run("status").exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(directory.resolve("new")).doesNotExist();
        cli.ok("init");
        assertThat(database.resolveSibling("sesi.mv.db")).isRegularFile();
        assertThat(cli.ok("status").out()).isNotBlank();
    }

    /** Every command that runs (not a group of commands), as the user can name it. */
    private static List<CommandSpec> leaves() {
        CommandLine tree = CommandRun.commands(new SesiCommand(), new String[0]);
        List<CommandSpec> all = new ArrayList<>(List.of(tree.getCommandSpec()));
        List<CommandSpec> leaves = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            CommandSpec spec = all.get(i);
            if (spec.userObject() instanceof CliCommand) {
                leaves.add(spec);
            }
            if (spec.parent() == null || !spec.name().equals("help")) {
                new LinkedHashSet<>(spec.subcommands().values()).stream().map(CommandLine::getCommandSpec)
                        .filter(sub -> !sub.name().equals("help") || spec.parent() == null)
                        .forEach(all::add);
            }
        }
        return leaves;
    }

    /** The command's required options, groups and parameters, each with a value it takes. */
    private static List<String> required(CommandSpec command, Path input, Path out) {
        List<String> args = new ArrayList<>();
        for (OptionSpec option : command.options()) {
            if (option.required() && option.group() == null) {
                args.addAll(option(option, input, out));
            }
        }
        for (ArgGroupSpec group : command.argGroups()) {
            if (group.multiplicity().min() > 0) {
                List<OptionSpec> options = group.exclusive() ? group.options().subList(0, 1) : group.options();
                options.stream().filter(o -> !group.exclusive() ? o.required() : true)
                        .forEach(o -> args.addAll(option(o, input, out)));
            }
        }
        for (ArgSpec positional : command.positionalParameters()) {
            if (positional.arity().min() > 0) {
                args.add(value(positional, input, out));
            }
        }
        return args;
    }

    private static List<String> option(OptionSpec option, Path input, Path out) {
        return option.arity().max() == 0 ? List.of(option.longestName())
                : List.of(option.longestName(), value(option, input, out));
    }

    /** A value the argument's type takes: a file that exists to read, a path that does not to write. */
    private static String value(ArgSpec arg, Path input, Path out) {
        Class<?> type = arg.auxiliaryTypes().length > 0 ? arg.auxiliaryTypes()[0] : arg.type();
        if (type == Path.class) {
            boolean written = arg instanceof OptionSpec option && option.longestName().equals("--out")
                    || arg.paramLabel().equals("DIR") || arg.command().qualifiedName().equals("sesi db backup");
            return written ? out.toString() : input.toString();
        }
        if (arg.paramLabel().equals("VARIABLE=VALUE")) {
            return "q1=1";
        }
        for (ITypeConverter<?> converter : arg.converters()) {
            for (String candidate : CANDIDATES) {
                if (converts(converter, candidate)) {
                    return candidate;
                }
            }
        }
        if (type.isEnum()) {
            return ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        if (type == LocalDate.class) {
            return "2024-05-02";
        }
        if (type == Year.class) {
            return "2024";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == BigDecimal.class || type == double.class) {
            return "1";
        }
        return "x";
    }

    private static boolean converts(ITypeConverter<?> converter, String value) {
        try {
            converter.convert(value);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
