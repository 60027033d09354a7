package se.coompanion.sesi.adapters.cli.learning;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.ImportFile;
import se.coompanion.sesi.application.learning.port.in.ImportEvaluations;

/** {@code sesi learning evaluate import FILE}: the participants' evaluation forms (docs/learning.md). */
@Command(name = "import", resourceBundle = "se.coompanion.sesi.adapters.cli.learning.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class EvaluateImportCommand extends CliCommand {

    @Mixin
    private ImportFile importFile;

    @Override
    public Integer call() {
        importFile.run((rows, options) -> sesi().learning().importEvaluations().importEvaluations(
                new ImportEvaluations.Command(rows, options)), context().locale(), out(), err());
        return ExitCode.OK;
    }
}
