package se.coompanion.sesi.adapters.cli.scan;

import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.CodeConverter;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.adapters.documents.render.Cell;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.application.scan.port.in.ListFindings;
import se.coompanion.sesi.domain.scan.Finding;
import se.coompanion.sesi.domain.scan.SourceId;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.Theme;

/**
 * {@code sesi scan finding list [--theme THEME]}: the findings and the sources they cite. CSV
 * {@code id,statement,themes,relevance,sources,lesson}; themes and source numbers are joined with |.
 */
@Command(name = "list", resourceBundle = "se.coompanion.sesi.adapters.cli.scan.messages",
        mixinStandardHelpOptions = true)
public final class ScanFindingListCommand extends CliCommand {

    @Option(names = "--theme", paramLabel = "THEME", converter = ThemeConverter.class, descriptionKey = "list.theme")
    private Theme theme;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        Table table = Table.of(ScanTables.columns("id", "statement", "themes", "relevance", "sources", "lesson"));
        for (ListFindings.Listed listed : sesi().scan().listFindings().findings(Optional.ofNullable(theme))) {
            Finding f = listed.finding().finding();
            table.row(Cell.number(listed.finding().id().value()), Cell.text(f.statement()),
                    Cell.coded(f.themes().stream().map(Theme::name).collect(Collectors.joining("|")),
                            Message.literal(f.themes().stream().map(t -> text(t.title()))
                                    .collect(Collectors.joining(", ")))),
                    Cell.number(f.relevance().value()),
                    Cell.coded(f.sources().stream().map(SourceId::toString).collect(Collectors.joining("|")),
                            Message.literal(f.sources().stream().map(SourceId::toString)
                                    .collect(Collectors.joining(", ")))),
                    Cell.text(f.lesson()));
        }
        print(table, format.format());
        return ExitCode.OK;
    }

    /** Reads a theme. */
    static final class ThemeConverter extends CodeConverter<Theme> {
        ThemeConverter() {
            super(Theme::parse);
        }
    }
}
