package se.coompanion.sesi.adapters.cli.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.scan.port.in.RecordFinding;
import se.coompanion.sesi.domain.scan.RecordedFinding;
import se.coompanion.sesi.domain.scan.SourceId;

/** {@code sesi scan finding add}: records a finding that cites registered sources. */
@Command(name = "add", resourceBundle = "se.coompanion.sesi.adapters.cli.scan.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class ScanFindingAddCommand extends CliCommand {

    @Option(names = "--statement", required = true, descriptionKey = "finding.statement")
    private String statement;

    @Option(names = "--theme", required = true, split = ",", paramLabel = "THEME", descriptionKey = "finding.theme")
    private List<String> themes = new ArrayList<>();

    @Option(names = "--relevance", required = true, paramLabel = "1-3", descriptionKey = "finding.relevance")
    private int relevance;

    @Option(names = "--source", required = true, split = ",", paramLabel = "ID", descriptionKey = "finding.source")
    private List<String> sources = new ArrayList<>();

    @Option(names = "--lesson", descriptionKey = "finding.lesson")
    private String lesson;

    @Override
    public Integer call() {
        RecordedFinding finding = sesi().scan().recordFinding().record(new RecordFinding.Command(statement, themes,
                relevance, lesson, sources));
        out().println(text("finding.done", finding.id(), finding.finding().sources().stream()
                .map(SourceId::toString).collect(Collectors.joining(", "))));
        return ExitCode.OK;
    }
}
