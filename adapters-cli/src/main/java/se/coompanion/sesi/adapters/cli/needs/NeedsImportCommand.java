package se.coompanion.sesi.adapters.cli.needs;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.ImportFile;
import se.coompanion.sesi.application.needs.port.in.ImportNeeds;

/** {@code sesi needs import FILE}: needs raised by municipalities, from a CSV file. */
@Command(name = "import", resourceBundle = "se.coompanion.sesi.adapters.cli.needs.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class NeedsImportCommand extends CliCommand {

    @Mixin
    private ImportFile importFile;

    @Override
    public Integer call() {
        importFile.run((rows, options) -> sesi().needs().importNeeds().importNeeds(new ImportNeeds.Command(rows,
                options)), context().locale(), out(), err());
        return ExitCode.OK;
    }
}
