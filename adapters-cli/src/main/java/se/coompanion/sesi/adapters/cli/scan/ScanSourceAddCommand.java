package se.coompanion.sesi.adapters.cli.scan;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.scan.port.in.RegisterSource;
import se.coompanion.sesi.domain.scan.RegisteredSource;

/** {@code sesi scan source add}: registers a source of the environmental scan. */
@Command(name = "add", resourceBundle = "se.coompanion.sesi.adapters.cli.scan.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class ScanSourceAddCommand extends CliCommand {

    @Option(names = "--kind", required = true, paramLabel = "KIND", descriptionKey = "source.kind")
    private String kind;

    @Option(names = "--title", required = true, descriptionKey = "source.title")
    private String title;

    @Option(names = "--publisher", required = true, descriptionKey = "source.publisher")
    private String publisher;

    @Option(names = "--year", paramLabel = "YYYY", descriptionKey = "source.year")
    private Integer year;

    @Option(names = "--reference", paramLabel = "URL|CITATION", descriptionKey = "source.reference")
    private String reference;

    @Option(names = "--programme", descriptionKey = "source.programme")
    private String programme;

    @Option(names = "--case-number", descriptionKey = "source.caseNumber")
    private String caseNumber;

    @Option(names = "--example", descriptionKey = "source.example")
    private boolean example;

    @Option(names = "--note", descriptionKey = "source.note")
    private String note;

    @Override
    public Integer call() {
        RegisteredSource source = sesi().scan().registerSource().register(new RegisterSource.Command(kind, title,
                publisher, year, reference, programme, caseNumber, example, note));
        out().println(text(example ? "source.doneExample" : "source.done", source.id(), source.source().citation()));
        return ExitCode.OK;
    }
}
