package se.coompanion.sesi.adapters.cli.learning;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;

/** {@code sesi learning version list}: every version with what changed and why, and its pilot runs. */
@Command(name = "list", resourceBundle = "se.coompanion.sesi.adapters.cli.learning.messages",
        mixinStandardHelpOptions = true)
public final class VersionListCommand extends CliCommand {

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        print(LearningTables.versions(sesi().learning().listProgrammeVersions().list()), format.format());
        return ExitCode.OK;
    }
}
