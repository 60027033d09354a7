package se.coompanion.sesi.adapters.cli.report;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.DocumentFormatConverter;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.documents.DocumentFormat;
import se.coompanion.sesi.adapters.documents.report.ReportDocument;

/** {@code sesi report --out DIR [--format html|md]}: the final report (slutrapport) in the language of --lang. */
@Command(name = "report", resourceBundle = "se.coompanion.sesi.adapters.cli.report.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class ReportCommand extends CliCommand {

    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "report.out")
    private Path directory;

    @Option(names = "--format", paramLabel = "html|md", defaultValue = "html", converter = DocumentFormatConverter.class,
            descriptionKey = "report.format")
    private DocumentFormat format = DocumentFormat.HTML;

    @Override
    public Integer call() {
        ReportDocument report = documents().finalReport(format, context().locale());
        out().println(text("report.written", report.writeInto(directory)));
        if (!report.missing().isEmpty()) {
            err().println(text("report.missing", report.missing().size()));
        }
        return ExitCode.OK;
    }
}
