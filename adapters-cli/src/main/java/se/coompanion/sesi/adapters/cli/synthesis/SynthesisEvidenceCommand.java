package se.coompanion.sesi.adapters.cli.synthesis;

import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.adapters.documents.render.Cell;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.synthesis.port.in.ListRecommendations;
import se.coompanion.sesi.application.synthesis.port.in.ResolvedEvidence;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.adapters.documents.synthesis.EvidenceText;
import se.coompanion.sesi.adapters.documents.synthesis.SynthesisTables;

/**
 * {@code sesi synthesis evidence [N]}: every reference of the recommendations (or of one) with what it resolves to
 * in the records now.
 */
@Command(name = "evidence", resourceBundle = "se.coompanion.sesi.adapters.cli.synthesis.messages",
        mixinStandardHelpOptions = true)
public final class SynthesisEvidenceCommand extends CliCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "N", descriptionKey = "evidence.number")
    private Integer number;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        List<ListRecommendations.Listed> listed = sesi().synthesis().listRecommendations().list();
        Optional<Integer> only = Optional.ofNullable(number);
        if (only.isPresent() && listed.stream().noneMatch(l -> l.recommendation().number() == only.get())) {
            throw new NotFoundException(Message.of(SynthesisEvidenceCommand.class, "evidence.noRecommendation",
                    only.get()));
        }
        EvidenceText texts = new EvidenceText(context().locale());
        Table table = SynthesisTables.table("recommendation", "position", "reference", "kind", "resolved",
                "summary");
        for (ListRecommendations.Listed l : listed) {
            if (only.isPresent() && l.recommendation().number() != only.get()) {
                continue;
            }
            for (int i = 0; i < l.evidence().size(); i++) {
                ResolvedEvidence e = l.evidence().get(i);
                table.row(Cell.number(l.recommendation().number()), Cell.number(i + 1),
                        Cell.text(e.reference().code()), Cell.coded(e.reference().kind(), e.reference().kind().title()),
                        Cell.bool(e.resolves()), Cell.text(texts.summary(e)));
            }
        }
        print(table, format.format());
        return ExitCode.OK;
    }
}
