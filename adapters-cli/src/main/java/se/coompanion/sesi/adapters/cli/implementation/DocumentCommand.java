package se.coompanion.sesi.adapters.cli.implementation;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.DocumentFormatConverter;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.documents.DocumentFormat;
import se.coompanion.sesi.adapters.documents.OutputGuard;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft;

/**
 * {@code sesi implementation document --out DIR [--format html|md|pdf]}: the application draft in the language of
 * --lang, written whole into DIR (checked by the output guard before the draft is read).
 */
@Command(name = "document", mixinStandardHelpOptions = true, sortOptions = false)
final class DocumentCommand extends CliCommand {

    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "document.out")
    private Path directory;

    @Option(names = "--format", paramLabel = "html|md|pdf", defaultValue = "html",
            converter = DocumentFormatConverter.class,
            descriptionKey = "document.format")
    private DocumentFormat format = DocumentFormat.HTML;

    @Override
    public Integer call() {
        OutputGuard.checkDirectory(directory);
        ShowImplementationDraft.DraftView draft = sesi().implementation().showImplementationDraft().show();
        Path written = documents().implementationDraft(draft, format, context().locale()).writeInto(directory);
        out().println(text("document.written", written));
        if (!draft.gaps().isEmpty()) {
            err().println(text("document.open", draft.gaps().size()));
        }
        return ExitCode.OK;
    }
}
