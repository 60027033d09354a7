package se.coompanion.sesi.adapters.cli.survey.entry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sesi survey entry}: data entry of the returned questionnaires, and double entry. */
@Command(name = "entry", resourceBundle = "se.coompanion.sesi.adapters.cli.survey.entry.messages",
        mixinStandardHelpOptions = true,
        subcommands = {EntryImportCommand.class, EntryAddCommand.class, EntryListCommand.class,
            EntrySettingsCommand.class, EntryCompareCommand.class, EntryResolveCommand.class})
public final class EntryCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
