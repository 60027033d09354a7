package se.coompanion.sesi.adapters.cli.synthesis;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.synthesis.port.in.Evidence;
import se.coompanion.sesi.application.synthesis.port.in.RecordRecommendation;
import se.coompanion.sesi.adapters.documents.synthesis.EvidenceText;

/** {@code sesi synthesis recommend}: a recommendation with the evidence it rests on. */
@Command(name = "recommend", resourceBundle = "se.coompanion.sesi.adapters.cli.synthesis.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class SynthesisRecommendCommand extends CliCommand {

    @Option(names = "--statement", required = true, descriptionKey = "recommend.statement")
    private String statement;

    @Option(names = "--priority", required = true, paramLabel = "HIGH|MEDIUM|LOW",
            descriptionKey = "recommend.priority")
    private String priority;

    @Option(names = "--evidence", required = true, paramLabel = "KIND:WHAT", descriptionKey = "recommend.evidence")
    private List<String> evidence = new ArrayList<>();

    @Option(names = "--rationale", descriptionKey = "recommend.rationale")
    private String rationale;

    @Override
    public Integer call() {
        RecordRecommendation.Result result =
                sesi().synthesis().recordRecommendation().record(new RecordRecommendation.Command(
                statement, priority, rationale, evidence));
        out().println(text("recommend.done", result.recommendation().number(), result.evidence().size()));
        EvidenceText texts = new EvidenceText(context().locale());
        for (Evidence e : result.evidence()) {
            out().println("  " + e.reference().code() + ": " + texts.summary(e));
        }
        return ExitCode.OK;
    }
}
