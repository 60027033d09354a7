package se.coompanion.sesi.adapters.cli.synthesis;

import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.adapters.documents.render.Cell;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.application.synthesis.port.in.ListRecommendations;
import se.coompanion.sesi.domain.synthesis.Recommendation;
import se.coompanion.sesi.adapters.documents.synthesis.SynthesisTables;

/** {@code sesi synthesis list}: the recommendations with the references of their evidence. */
@Command(name = "list", resourceBundle = "se.coompanion.sesi.adapters.cli.synthesis.messages",
        mixinStandardHelpOptions = true)
public final class SynthesisListCommand extends CliCommand {

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        Table table = SynthesisTables.table("number", "priority", "statement", "evidence", "unresolved",
                "rationale");
        for (ListRecommendations.Listed listed : sesi().synthesis().listRecommendations().list()) {
            Recommendation r = listed.recommendation().recommendation();
            table.row(Cell.number(listed.recommendation().number()), Cell.coded(r.priority(), r.priority().title()),
                    Cell.text(r.statement()), Cell.text(r.evidence().stream().map(e -> e.code())
                            .collect(Collectors.joining("|"))),
                    Cell.number(listed.evidence().stream().filter(e -> !e.resolves()).count()),
                    Cell.text(r.rationale()));
        }
        print(table, format.format());
        return ExitCode.OK;
    }
}
