package se.coompanion.sesi.adapters.cli.learning;

import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.application.learning.port.in.ShowLearningResults;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.domain.shared.Message;

/**
 * {@code sesi learning results [reaction|gain|coverage|followup] [--programme-version N]}: Kirkpatrick levels 1-3
 * of a version's pilot runs and the coverage of the top-5 Borich competence gaps by the latest version's modules. For
 * people every part, for programs ({@code --format csv}) one part at a time.
 */
@Command(name = "results", resourceBundle = "se.coompanion.sesi.adapters.cli.learning.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class ResultsCommand extends CliCommand {

    /** The parts of the results, each a table of its own. */
    enum Part {
        REACTION, GAIN, COVERAGE, FOLLOWUP
    }

    @Parameters(index = "0", arity = "0..1", paramLabel = "reaction|gain|coverage|followup",
            descriptionKey = "results.part")
    private Part part;

    @Option(names = "--programme-version", paramLabel = "N", descriptionKey = "results.version")
    private Integer version;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        if (part == null && format.format() == OutputFormat.CSV) {
            throw InvalidInputException.of(Problem.ofField("part", "", Message.of(ResultsCommand.class,
                    "results.partForCsv")));
        }
        ShowLearningResults.Result results =
                sesi().learning().showLearningResults().results(Optional.ofNullable(version));
        if (part != null) {
            print(table(part, results), format.format());
            return ExitCode.OK;
        }
        results.evaluated().ifPresent(p -> out().println(text("results.heading", p.number(), p.version().title(),
                results.pilots().size())));
        for (Part each : Part.values()) {
            out().println();
            out().println(text("results.part." + each.name()));
            print(table(each, results), OutputFormat.TABLE);
        }
        if (results.enterprises() == 0) {
            out().println(text("results.noRanking"));
        } else {
            long open = results.coverage().stream().filter(c -> !c.covered()).count();
            out().println(text("results.open", open, results.coverage().size(), results.enterprises()));
        }
        out().flush();
        return ExitCode.OK;
    }

    private Table table(Part which, ShowLearningResults.Result results) {
        return switch (which) {
            case REACTION -> LearningTables.reaction(results);
            case GAIN -> LearningTables.gain(results);
            case COVERAGE -> LearningTables.coverage(results, context().locale());
            case FOLLOWUP -> LearningTables.followUps(results);
        };
    }
}
