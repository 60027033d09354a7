package se.coompanion.sesi.adapters.cli.scan;

import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.CodeConverter;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.adapters.documents.render.Cell;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.application.scan.port.in.ListSources;
import se.coompanion.sesi.domain.scan.KnowledgeSource;
import se.coompanion.sesi.domain.scan.SourceKind;
import se.coompanion.sesi.domain.shared.CaseNumber;

/**
 * {@code sesi scan source list [--kind KIND]}: the sources, with how many findings cite each. CSV
 * {@code id,kind,title,publisher,year,reference,programme,case_number,example,findings}.
 */
@Command(name = "list", resourceBundle = "se.coompanion.sesi.adapters.cli.scan.messages",
        mixinStandardHelpOptions = true)
public final class ScanSourceListCommand extends CliCommand {

    @Option(names = "--kind", paramLabel = "KIND", converter = KindConverter.class, descriptionKey = "list.kind")
    private SourceKind kind;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        Table table = Table.of(ScanTables.columns("id", "kind", "title", "publisher", "year", "reference", "programme",
                "case_number", "example", "findings"));
        for (ListSources.Listed listed : sesi().scan().listSources().sources(Optional.ofNullable(kind))) {
            KnowledgeSource s = listed.source().source();
            table.row(Cell.number(listed.source().id().value()), Cell.coded(s.kind(), s.kind().title()),
                    Cell.text(s.title()), Cell.text(s.publisher()),
                    s.year().map(y -> Cell.number(y.getValue())).orElse(Cell.empty()),
                    Cell.text(s.reference()), Cell.text(s.fundingProgramme()),
                    Cell.text(s.caseNumber().map(CaseNumber::value)), Cell.bool(s.example()),
                    Cell.number(listed.findings()));
        }
        print(table, format.format());
        return ExitCode.OK;
    }

    /** Reads a source kind. */
    static final class KindConverter extends CodeConverter<SourceKind> {
        KindConverter() {
            super(SourceKind::parse);
        }
    }
}
