package se.coompanion.sesi.adapters.cli.actor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.ImportFile;
import se.coompanion.sesi.application.actor.port.in.ImportActors;

/** {@code sesi actor import FILE}: actors from a CSV file (docs/actors.md). */
@Command(name = "import", resourceBundle = "se.coompanion.sesi.adapters.cli.actor.messages",
        mixinStandardHelpOptions = true)
public final class ActorImportCommand extends CliCommand {

    @Mixin
    private ImportFile file;

    @Override
    public Integer call() {
        file.run((rows, options) -> sesi().actors().importActors().importActors(new ImportActors.Command(rows,
                options)), context().locale(), out(), err());
        return ExitCode.OK;
    }
}
