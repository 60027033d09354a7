package se.coompanion.sesi.adapters.cli.competence;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.ImportFile;
import se.coompanion.sesi.adapters.documents.csv.CsvFileSource;
import se.coompanion.sesi.adapters.documents.csv.FileEncoding;
import se.coompanion.sesi.application.competence.port.in.ImportCompetenceFramework;

/**
 * {@code sesi competence framework import FILE [--encoding]}: a project's own competence framework. The file is the
 * whole framework (all or nothing: there is no --skip-invalid); the same framework again changes nothing.
 */
@Command(name = "import", resourceBundle = "se.coompanion.sesi.adapters.cli.competence.messages",
        mixinStandardHelpOptions = true)
public final class CompetenceFrameworkImportCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "framework.import.file")
    private Path file;

    @Option(names = "--encoding", paramLabel = "auto|utf-8|windows-1252", defaultValue = "auto",
            converter = ImportFile.EncodingConverter.class, descriptionKey = "import.encoding")
    private FileEncoding.Choice encoding = FileEncoding.Choice.AUTO;

    @Override
    public Integer call() {
        ImportCompetenceFramework.Result result = sesi().competence().importCompetenceFramework().importFramework(
                new ImportCompetenceFramework.Command(CsvFileSource.open(file, encoding)));
        out().println(text(result.unchanged() ? "framework.import.unchanged" : "framework.import.done", file,
                result.framework().competences().size(), result.framework().areas().size()));
        return ExitCode.OK;
    }
}
