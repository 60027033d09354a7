package se.coompanion.sesi.adapters.cli.learning;

import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;

/** {@code sesi learning module list [--programme-version N]}: the modules of a version (the latest by default). */
@Command(name = "list", resourceBundle = "se.coompanion.sesi.adapters.cli.learning.messages",
        mixinStandardHelpOptions = true)
public final class ModuleListCommand extends CliCommand {

    @Option(names = "--programme-version", paramLabel = "N", descriptionKey = "module.version")
    private Integer version;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        print(LearningTables.modules(sesi().learning().showProgrammeVersion().show(Optional.ofNullable(
                version)).programme()), format.format());
        return ExitCode.OK;
    }
}
