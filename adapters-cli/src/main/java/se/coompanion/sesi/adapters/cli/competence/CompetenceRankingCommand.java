package se.coompanion.sesi.adapters.cli.competence;

import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;
import se.coompanion.sesi.application.competence.port.in.RankCompetences;

/** {@code sesi competence ranking [--format table|csv]}: the competences by Borich MWDS, highest first. */
@Command(name = "ranking", resourceBundle = "se.coompanion.sesi.adapters.cli.competence.messages",
        mixinStandardHelpOptions = true)
public final class CompetenceRankingCommand extends CliCommand {

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        RankCompetences.Result result = sesi().competence().rankCompetences().rank();
        boolean forPeople = format.format() == OutputFormat.TABLE;
        if (forPeople && result.ranking().isEmpty()) {
            out().println(text("ranking.empty"));
            return ExitCode.OK;
        }
        if (forPeople) {
            out().println(text("ranking.heading", result.enterprises()));
            out().println();
        }
        print(CompetenceTables.ranking(result.ranking(), context().locale(), forPeople), format.format());
        if (forPeople) {
            out().println();
            out().println(text("ranking.note"));
            if (!result.unrated().isEmpty()) {
                out().println(text("ranking.unrated", result.unrated().size(), result.unrated().stream()
                        .map(c -> c.name(context().locale())).collect(Collectors.joining(", "))));
            }
        }
        return ExitCode.OK;
    }
}
