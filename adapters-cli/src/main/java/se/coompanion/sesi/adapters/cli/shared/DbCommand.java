package se.coompanion.sesi.adapters.cli.shared;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sesi db}: the database itself. */
@Command(name = "db", resourceBundle = "se.coompanion.sesi.adapters.cli.shared.messages",
        mixinStandardHelpOptions = true, subcommands = {DbInfoCommand.class, DbBackupCommand.class, DbRestoreCommand.class})
public final class DbCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
