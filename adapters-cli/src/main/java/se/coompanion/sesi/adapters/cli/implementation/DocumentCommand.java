package se.coompanion.sesi.adapters.cli.implementation;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.documents.Document;
import se.coompanion.sesi.adapters.documents.OutputGuard;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft;

/**
 * {@code sesi implementation document --out DIR [--format html|md|pdf|json]}: the application draft in the language
 * of --lang, or its JSON export for other systems, written whole into DIR (checked by the output guard before the
 * draft is read).
 */
@Command(name = "document", mixinStandardHelpOptions = true, sortOptions = false)
final class DocumentCommand extends CliCommand {

    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "document.out")
    private Path directory;

    @Option(names = "--format", paramLabel = "html|md|pdf|json", defaultValue = "html",
            converter = DraftFormat.Converter.class,
            descriptionKey = "document.format")
    private DraftFormat format = DraftFormat.HTML;

    @Override
    public Integer call() {
        OutputGuard.checkDirectory(directory);
        ShowImplementationDraft.DraftView draft = sesi().implementation().showImplementationDraft().show();
        Document document = format.document()
                .<Document>map(form -> documents().implementationDraft(draft, form, context().locale()))
                .orElseGet(() -> documents().implementationDraftJson(draft, context().locale()));
        Path written = document.writeInto(directory);
        out().println(text("document.written", written));
        if (!draft.gaps().isEmpty()) {
            err().println(text("document.open", draft.gaps().size()));
        }
        return ExitCode.OK;
    }
}
