package se.coompanion.sesi.adapters.cli.implementation;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.CodeConverter;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.documents.DocumentFormat;
import se.coompanion.sesi.adapters.documents.OutputGuard;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * {@code sesi implementation document --out DIR [--format html|md]}: the application draft in the language of
 * --lang, written whole into DIR (checked by the output guard before the draft is read).
 */
@Command(name = "document", mixinStandardHelpOptions = true, sortOptions = false)
final class DocumentCommand extends CliCommand {

    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "document.out")
    private Path directory;

    @Option(names = "--format", paramLabel = "html|md", defaultValue = "html", converter = FormatConverter.class,
            descriptionKey = "document.format")
    private DocumentFormat format = DocumentFormat.HTML;

    @Override
    public Integer call() {
        OutputGuard.checkDirectory(directory);
        ShowImplementationDraft.DraftView draft = sesi().showImplementationDraft().show();
        Path written = documents().implementationDraft(draft, format, context().locale()).writeInto(directory);
        out().println(text("document.written", written));
        if (!draft.gaps().isEmpty()) {
            err().println(text("document.open", draft.gaps().size()));
        }
        return ExitCode.OK;
    }

    /** Reads html or md: the application draft is a page to edit further, not a PDF (yet). */
    static final class FormatConverter extends CodeConverter<DocumentFormat> {
        FormatConverter() {
            super(DocumentCommand::textFormat);
        }
    }

    private static DocumentFormat textFormat(String text) {
        DocumentFormat format = DocumentFormat.parse(text);
        if (format == DocumentFormat.PDF) {
            throw new DomainException(Message.of(DocumentCommand.class, "document.noPdf"));
        }
        return format;
    }
}
