package se.coompanion.sesi.adapters.cli;

import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code sesi} main command: the global options; the subcommands are added by the composition root.
 * Without a subcommand it prints its help.
 */
@Command(name = "sesi",
        resourceBundle = "se.coompanion.sesi.adapters.cli.messages",
        mixinStandardHelpOptions = true,
        versionProvider = VersionText.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        showAtFileInUsageHelp = false)
public final class SesiCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", paramLabel = "URL|PATH", scope = ScopeType.INHERIT, descriptionKey = "option.db")
    private String database;

    @Option(names = "--lang", paramLabel = "sv|en", scope = ScopeType.INHERIT, descriptionKey = "option.lang")
    private Language language;

    @Option(names = "--debug", scope = ScopeType.INHERIT, descriptionKey = "option.debug")
    private boolean debug;

    private CommandContext context;

    /** Called once by the composition root before the command line runs. */
    public void attach(CommandContext context) {
        this.context = Objects.requireNonNull(context);
    }

    public CommandContext context() {
        if (context == null) {
            throw new IllegalStateException("no context attached to the sesi command");
        }
        return context;
    }

    /** The {@code --db} value, or null. */
    public String database() {
        return database;
    }

    public boolean debug() {
        return debug;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
