package se.coompanion.sesi.adapters.cli.report;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.DocumentFormatConverter;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.documents.DocumentFormat;
import se.coompanion.sesi.adapters.documents.Edition;
import se.coompanion.sesi.adapters.documents.report.ReportDocument;
import se.coompanion.sesi.domain.shared.Message;

/**
 * {@code sesi report --out DIR [--format html|md|pdf] [--edition public|internal]}: the final report (slutrapport) in
 * the language of --lang, the public edition unless --edition internal asks for the internal working material.
 */
@Command(name = "report", resourceBundle = "se.coompanion.sesi.adapters.cli.report.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class ReportCommand extends CliCommand {

    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "report.out")
    private Path directory;

    @Option(names = "--format", paramLabel = "html|md|pdf", defaultValue = "html",
            converter = DocumentFormatConverter.class,
            descriptionKey = "report.format")
    private DocumentFormat format = DocumentFormat.HTML;

    @Option(names = "--edition", paramLabel = "public|internal", defaultValue = "public",
            converter = EditionConverter.class, descriptionKey = "report.edition")
    private Edition edition = Edition.PUBLIC;

    @Override
    public Integer call() {
        ReportDocument report = documents().finalReport(format, context().locale(), edition);
        out().println(text("report.written", report.writeInto(directory)));
        if (!report.missing().isEmpty()) {
            err().println(text("report.missing", report.missing().size()));
        }
        return ExitCode.OK;
    }

    /** Reads public or internal (or the Swedish offentlig, intern). */
    static final class EditionConverter implements ITypeConverter<Edition> {
        @Override
        public Edition convert(String value) {
            return Edition.parse(value).orElseThrow(() -> new TypeConversionException(
                    Message.of(ReportCommand.class, "report.editionUnknown", value).localized()));
        }
    }
}
