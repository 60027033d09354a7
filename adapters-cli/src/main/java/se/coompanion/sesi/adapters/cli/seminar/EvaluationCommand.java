package se.coompanion.sesi.adapters.cli.seminar;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.seminar.port.in.RecordSeminarEvaluation;
import se.coompanion.sesi.domain.seminar.SeminarEvaluation;

/**
 * {@code sesi seminar evaluation [--ratings 5,4,...] [--comment T]...}: the participants' evaluation of the seminar.
 */
@Command(name = "evaluation", resourceBundle = "se.coompanion.sesi.adapters.cli.seminar.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class EvaluationCommand extends CliCommand {

    @Option(names = "--ratings", paramLabel = "R,R,...", descriptionKey = "evaluation.ratings")
    private String ratings;

    @Option(names = "--comment", paramLabel = "TEXT", descriptionKey = "evaluation.comment")
    private List<String> comments = new ArrayList<>();

    @Mixin
    private SeminarOption seminar;

    @Override
    public Integer call() {
        RecordSeminarEvaluation.Result result = sesi().seminar().recordSeminarEvaluation().record(
                new RecordSeminarEvaluation.Command(seminar.seminar(), ratings, comments));
        SeminarEvaluation evaluation = result.evaluation();
        out().println(text("evaluation.done", result.seminar().id(), evaluation.ratings().n(),
                SeminarTables.mean(evaluation.ratings().mean()).plain(context().locale()),
                evaluation.comments().size()));
        return ExitCode.OK;
    }
}
