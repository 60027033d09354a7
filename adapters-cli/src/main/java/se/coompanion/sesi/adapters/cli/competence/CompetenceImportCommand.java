package se.coompanion.sesi.adapters.cli.competence;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.ImportFile;
import se.coompanion.sesi.application.competence.port.in.ImportRatings;

/** {@code sesi competence import FILE [--replace]}: the enterprises' ratings of competences, from a CSV file. */
@Command(name = "import", resourceBundle = "se.coompanion.sesi.adapters.cli.competence.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class CompetenceImportCommand extends CliCommand {

    @Mixin
    private ImportFile importFile;

    @Option(names = "--replace", descriptionKey = "import.replace")
    private boolean replace;

    @Override
    public Integer call() {
        importFile.run((rows, options) -> sesi().competence().importRatings().importRatings(new ImportRatings.Command(
                rows, options, replace)), context().locale(), out(), err());
        return ExitCode.OK;
    }
}
