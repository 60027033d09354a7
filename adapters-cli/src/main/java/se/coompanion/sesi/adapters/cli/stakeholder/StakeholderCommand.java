package se.coompanion.sesi.adapters.cli.stakeholder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sesi stakeholder}: the stakeholder analysis (intressentanalys). */
@Command(name = "stakeholder", resourceBundle = "se.coompanion.sesi.adapters.cli.stakeholder.messages",
        mixinStandardHelpOptions = true,
        subcommands = {StakeholderAssessCommand.class, StakeholderGridCommand.class,
            StakeholderShortlistCommand.class, StakeholderHistoryCommand.class})
public final class StakeholderCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
