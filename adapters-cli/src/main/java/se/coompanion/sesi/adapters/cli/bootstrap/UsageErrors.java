package se.coompanion.sesi.adapters.cli.bootstrap;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.domain.shared.Message;

/**
 * A mistake on the command line, as git reports one: what is wrong, in the user's language (with "did you mean" when a
 * name is close to one that exists), the command's synopsis on one line, and where the whole help is; exit 2. picocli's
 * own messages are English and are followed by the whole help (forty lines for {@code sesi survey frame import}), so
 * every kind of {@link ParameterException} is rendered here from its parts (the arguments it names, the value, the
 * allowed values) and the bundle of this package; a converter's own message (a domain parser's) is already in the
 * user's language and is kept.
 */
final class UsageErrors implements IParameterExceptionHandler {

    private static final Pattern UNKNOWN_OPTION = Pattern.compile("Unknown option: '([^']*)'");
    private static final Pattern EXPECTED_FOR = Pattern.compile("for option '([^']*)'");

    private final Locale locale;
    private final boolean debug;

    UsageErrors(Locale locale, boolean debug) {
        this.locale = locale;
        this.debug = debug;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine commandLine = ex.getCommandLine();
        CommandSpec spec = commandLine.getCommandSpec();
        PrintWriter err = commandLine.getErr();
        for (String line : problem(ex, spec, List.of(args))) {
            err.println(line);
        }
        err.println(text("parse.usage", synopsis(spec)));
        err.println(text("parse.help", spec.qualifiedName()));
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCode.INVALID_INPUT;
    }

    /** The problem, in one line or two (the second a suggestion). */
    private List<String> problem(ParameterException ex, CommandSpec spec, List<String> args) {
        if (ex instanceof MissingSubcommand) {
            return List.of(text("parse.missingCommand", spec.qualifiedName(), and(visibleSubcommands(spec))));
        }
        List<String> unmatchedSoFar = ex.getCommandLine().getUnmatchedArguments();
        if (ex instanceof MissingParameterException && !unmatchedSoFar.isEmpty()) {
            // "sesi report --outt x": picocli finds --out missing before it reports --outt; the slip comes first
            return unmatched(unmatchedSoFar, spec);
        }
        if (ex instanceof MissingParameterException missing) {
            return List.of(missing(missing.getMissing(), args));
        }
        if (ex instanceof UnmatchedArgumentException unmatched) {
            return unmatched.getUnmatched().isEmpty() ? unknownAsValue(unmatched, spec)
                    : unmatched(unmatched.getUnmatched(), spec);
        }
        if (ex instanceof MutuallyExclusiveArgsException) {
            List<String> given = givenOfExclusiveGroups(spec, args);
            return List.of(given.size() > 1 ? text("parse.exclusive", and(given)) : generic(ex));
        }
        if (ex instanceof OverwrittenOptionException overwritten && overwritten.getOverwritten() != null) {
            return List.of(text("parse.once", name(overwritten.getOverwritten())));
        }
        if (ex.getArgSpec() != null && ex.getValue() != null && ex.getCause() != null) {
            return List.of(invalid(ex.getArgSpec(), ex.getValue(), ex.getCause()));
        }
        if (ex.getValue() != null && ex.getMessage() != null && ex.getMessage().startsWith("Unknown subcommand")) {
            return List.of(text("parse.unknownCommand", ex.getValue(), spec.qualifiedName()));
        }
        return List.of(generic(ex));
    }

    /** A required option or parameter not given, or an option given without its value. */
    private String missing(List<ArgSpec> reported, List<String> args) {
        if (reported.size() == 1 && reported.get(0) instanceof OptionSpec option && given(option, args)) {
            return text("parse.noValue", option.longestName(), withLabel(option));
        }
        List<ArgSpec> missing = reported.size() == 1 && reported.get(0).isPositional()
                ? positionalsFrom(reported.get(0)) : reported;
        ArgGroupSpec firstGroup = missing.get(0).group();
        if (missing.size() > 1 && firstGroup != null && firstGroup.exclusive()
                && missing.stream().allMatch(a -> a.group() == firstGroup)) {
            return text("parse.oneOf", or(missing.stream().map(this::withLabel).toList()));
        }
        List<String> names = missing.stream().map(this::withLabel).toList();
        boolean options = missing.stream().allMatch(ArgSpec::isOption);
        boolean positionals = missing.stream().allMatch(ArgSpec::isPositional);
        String kind = options ? "option" : positionals ? "argument" : "mixed";
        return text("parse.missing." + kind + (names.size() == 1 ? "" : "s"), and(names));
    }

    /** "--date --nonsense": the value of --date would be an option that does not exist. */
    private List<String> unknownAsValue(UnmatchedArgumentException ex, CommandSpec spec) {
        Matcher unknown = UNKNOWN_OPTION.matcher(String.valueOf(ex.getMessage()));
        Matcher expected = EXPECTED_FOR.matcher(String.valueOf(ex.getMessage()));
        if (!unknown.find()) {
            return List.of(generic(ex));
        }
        List<String> lines = new ArrayList<>();
        OptionSpec option = expected.find() ? spec.findOption(expected.group(1)) : null;
        if (option != null) {
            lines.add(text("parse.noValue", option.longestName(), withLabel(option)));
        }
        lines.add(text("parse.unknownOption", unknown.group(1)));
        return lines;
    }

    /** A missing parameter and the required ones after it: parameters are taken in order, so they are missing too. */
    private static List<ArgSpec> positionalsFrom(ArgSpec first) {
        List<ArgSpec> missing = new ArrayList<>();
        boolean from = false;
        for (ArgSpec positional : first.command().positionalParameters()) {
            from |= positional == first;
            if (from && (positional == first || positional.arity().min() > 0)) {
                missing.add(positional);
            }
        }
        return missing.isEmpty() ? List.of(first) : missing;
    }

    /** Arguments that fit nowhere: unknown options, an unknown command of a group, or one argument too many. */
    private List<String> unmatched(List<String> unmatched, CommandSpec spec) {
        String first = unmatched.get(0);
        List<String> lines = new ArrayList<>();
        List<String> candidates;
        if (first.startsWith("-")) {
            // "--dbb x": picocli counts the value after an unknown option as unmatched too
            List<String> options = unmatched.stream().filter(u -> u.startsWith("-")).toList();
            lines.add(text(options.size() == 1 ? "parse.unknownOption" : "parse.unknownOptions", and(options)));
            candidates = optionNames(spec);
        } else if (!spec.subcommands().isEmpty()) {
            lines.add(text("parse.unknownCommand", first, spec.qualifiedName()));
            candidates = visibleSubcommands(spec);
        } else {
            lines.add(text(unmatched.size() == 1 ? "parse.unexpected" : "parse.unexpectedMany", and(unmatched)));
            candidates = List.of();
        }
        List<String> near = Suggestions.nearest(first, candidates);
        if (!near.isEmpty()) {
            lines.add(text("parse.didYouMean", or(near)));
        }
        return lines;
    }

    /** A value that its converter refused: the converter's own message, or one for the type. */
    private String invalid(ArgSpec arg, String value, Throwable cause) {
        String name = name(arg);
        Class<?> type = arg.auxiliaryTypes().length > 0 ? arg.auxiliaryTypes()[0] : arg.type();
        if (arg.converters().length > 0 && cause instanceof TypeConversionException) {
            // sesi's converters say what is wrong in the user's language (a domain parser's message)
            return text("parse.invalid", name, cause.getMessage());
        }
        if (type.isEnum()) {
            return text("parse.invalid.enum", name, value, and(allowed(arg, type)));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return text("parse.invalid.integer", name, value);
        }
        if (type == double.class || type == Double.class || type == BigDecimal.class) {
            return text("parse.invalid.number", name, value);
        }
        if (type == LocalDate.class) {
            return text("parse.invalid.date", name, value);
        }
        if (type == boolean.class || type == Boolean.class) {
            return text("parse.invalid.boolean", name, value);
        }
        return text("parse.invalid.value", name, value);
    }

    /** The values an enum option takes: as its label lists them ({@code sv|en}), else its constants. */
    private static List<String> allowed(ArgSpec arg, Class<?> type) {
        String label = arg.paramLabel();
        if (label.contains("|") && !label.matches(".*[A-Z].*")) {
            return List.of(label.split("\\|"));
        }
        List<String> values = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            values.add(((Enum<?>) constant).name());
        }
        return values;
    }

    /** The options of the command's exclusive groups that the arguments name. */
    private static List<String> givenOfExclusiveGroups(CommandSpec spec, List<String> args) {
        Set<String> given = new LinkedHashSet<>();
        List<ArgGroupSpec> groups = new ArrayList<>(spec.argGroups());
        for (int i = 0; i < groups.size(); i++) {
            ArgGroupSpec group = groups.get(i);
            groups.addAll(group.subgroups());
            if (group.exclusive()) {
                for (OptionSpec option : group.options()) {
                    if (given(option, args)) {
                        given.add(option.longestName());
                    }
                }
            }
        }
        return List.copyOf(given);
    }

    /** Whether an option is among the arguments ({@code --date}, {@code --date=...}). */
    private static boolean given(OptionSpec option, List<String> args) {
        for (String arg : args) {
            for (String name : option.names()) {
                if (arg.equals(name) || arg.startsWith(name + "=")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** picocli's message in English; in Swedish a sentence of our own with the argument it names, if any. */
    private String generic(ParameterException ex) {
        if (locale.getLanguage().equals("en") && ex.getMessage() != null) {
            return ex.getMessage().replaceFirst("^Error: ", "");
        }
        return ex.getValue() == null ? text("parse.generic") : text("parse.generic.value", ex.getValue());
    }

    /**
     * The synopsis on one line: the command, {@code [OPTIONS]} for the optional options, the required options with
     * their value, the parameters, and {@code COMMAND} for a group.
     */
    private String synopsis(CommandSpec spec) {
        StringBuilder line = new StringBuilder(spec.qualifiedName());
        boolean optional = false;
        List<String> required = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            if (option.hidden() || option.group() != null) {
                continue;
            }
            if (option.required()) {
                required.add(withLabel(option));
            } else {
                optional = true;
            }
        }
        for (ArgGroupSpec group : spec.argGroups()) {
            if (group.multiplicity().min() > 0) {
                List<String> members = group.options().stream().map(this::withLabel).toList();
                required.add(group.exclusive() ? "(" + String.join(" | ", members) + ")" : String.join(" ", members));
            } else {
                optional = true;
            }
        }
        if (optional) {
            line.append(' ').append(text("parse.synopsis.options"));
        }
        required.forEach(r -> line.append(' ').append(r));
        spec.positionalParameters().stream().filter(p -> !p.hidden()).forEach(p -> {
            String label = p.paramLabel() + (p.arity().max() > 1 ? "..." : "");
            line.append(' ').append(p.arity().min() == 0 ? "[" + label + "]" : label);
        });
        if (!spec.subcommands().isEmpty()) {
            String command = text("parse.synopsis.command");
            line.append(' ').append(spec.userObject() instanceof CliCommand ? "[" + command + "]" : command);
        }
        return line.toString();
    }

    /** An option as {@code --date=D} (a flag alone), a parameter by its label. */
    private String withLabel(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.arity().max() == 0 ? option.longestName() : option.longestName() + "=" + option.paramLabel();
        }
        return arg.paramLabel();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    private static List<String> visibleSubcommands(CommandSpec spec) {
        List<String> names = new ArrayList<>();
        spec.subcommands().forEach((name, sub) -> {
            if (!sub.getCommandSpec().usageMessage().hidden() && !names.contains(sub.getCommandName())) {
                names.add(sub.getCommandName());
            }
        });
        return names;
    }

    private static List<String> optionNames(CommandSpec spec) {
        List<String> names = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            if (!option.hidden()) {
                names.addAll(Arrays.asList(option.names()));
            }
        }
        return names;
    }

    /** "a, b och c" / "a, b and c". */
    private String and(Collection<String> items) {
        return joined(items, text("parse.and"));
    }

    /** "a, b eller c" / "a, b or c". */
    private String or(Collection<String> items) {
        return joined(items, text("parse.or"));
    }

    private static String joined(Collection<String> items, String last) {
        List<String> list = List.copyOf(items);
        if (list.size() < 2) {
            return String.join("", list);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + " " + last + " " + list.get(list.size() - 1);
    }

    private String text(String key, Object... args) {
        return Message.of(UsageErrors.class, key, args).format(locale);
    }

    /**
     * A group command ({@code sesi survey}) run without one of its commands: a usage error like any other, so that it
     * is reported in the same few lines rather than with the whole help.
     */
    static final class MissingSubcommand extends ParameterException {

        MissingSubcommand(CommandLine commandLine) {
            super(commandLine, "Missing required subcommand");
        }
    }
}
