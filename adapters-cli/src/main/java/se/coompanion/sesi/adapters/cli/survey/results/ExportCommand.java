package se.coompanion.sesi.adapters.cli.survey.results;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.documents.survey.results.SurveyExport;

/**
 * {@code sesi survey export --out DIR}: the cleaned data as {@code data.csv} with {@code codebook.csv}, and the SPSS
 * syntax {@code labels.sps} and the R script {@code labels.R} that read it and apply variable and value labels.
 */
@Command(name = "export", resourceBundle = "se.coompanion.sesi.adapters.cli.survey.results.messages",
        mixinStandardHelpOptions = true)
public final class ExportCommand extends CliCommand {

    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "export.out")
    private Path out;

    @Override
    public Integer call() {
        SurveyExport.Written written = documents().surveyExport(context().locale()).writeInto(out);
        out().println(text("export.done", written.returns(), written.files().get(0).getParent()));
        written.files().forEach(f -> out().println("  " + f.getFileName()));
        return ExitCode.OK;
    }
}
