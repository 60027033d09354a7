package se.coompanion.sesi.adapters.cli.bootstrap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import se.coompanion.sesi.adapters.cli.SesiCommand;

/**
 * The picocli command tree, with only the top-level command that the arguments name. picocli reads every command's
 * annotations and resource bundle when it is added, and that was nine tenths of the start of {@code sesi --version}
 * (docs/benchmarks.md): a run of {@code sesi status} needs the status command only, {@code sesi --version} none.
 * Every command is added when the arguments name none, name {@code help}, or name one that does not exist (so that
 * help lists them all and picocli can suggest the nearest name).
 */
final class CommandTree {

    private final CommandLine commandLine;
    private final String wanted;
    private final List<Object> skipped = new ArrayList<>();
    private boolean found;

    private CommandTree(CommandLine commandLine, String wanted) {
        this.commandLine = commandLine;
        this.wanted = wanted;
    }

    /** The tree for a run with the arguments. */
    static CommandTree of(SesiCommand root, String[] args) {
        CommandLine commandLine = new CommandLine(root);
        return new CommandTree(commandLine, named(commandLine.getCommandSpec(), args));
    }

    /** Adds a top-level command (or group), unless the arguments name another one. */
    void addSubcommand(Object command) {
        if (wanted == null || names(command).contains(wanted)) {
            commandLine.addSubcommand(command);
            found |= wanted != null;
        } else {
            skipped.add(command);
        }
    }

    /** The tree, with every command if the named one is not among them. */
    CommandLine built() {
        if (wanted != null && !wanted.isEmpty() && !found) {
            skipped.forEach(commandLine::addSubcommand);
        }
        skipped.clear();
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    /**
     * The top-level command the arguments name: the first argument that is neither an option of the main command nor
     * its value. Empty (no command) for {@code --version} alone. Null (every command) when there is none, when it is
     * {@code help}, or when the arguments hold something this reading does not know (an unknown option, an
     * {@code @file}, {@code --}): picocli then sees the whole tree, as before.
     */
    static String named(CommandSpec root, String[] args) {
        boolean version = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("@") || arg.equals("--")) {
                return null;
            }
            if (arg.startsWith("-")) {
                int equals = arg.indexOf('=');
                OptionSpec option = root.findOption(equals < 0 ? arg : arg.substring(0, equals));
                if (option == null) {
                    return null;
                }
                version |= option.versionHelp();
                if (equals < 0 && option.arity().max() > 0) {
                    i++;
                }
                continue;
            }
            return arg.equals("help") ? null : arg;
        }
        return version ? "" : null;
    }

    private static List<String> names(Object command) {
        Command annotation = command.getClass().getAnnotation(Command.class);
        if (annotation == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>(Arrays.asList(annotation.aliases()));
        names.add(annotation.name());
        return names;
    }
}
