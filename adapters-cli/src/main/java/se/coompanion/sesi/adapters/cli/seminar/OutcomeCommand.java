package se.coompanion.sesi.adapters.cli.seminar;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.seminar.port.in.RecordOutcome;
import se.coompanion.sesi.domain.seminar.AgendaItem;

/**
 * {@code sesi seminar outcome ITEM [--ratings 5,4,4,3] [--conclusion T]... [--replace]}: the participants' ratings
 * of an agenda item's relevance for the region and the conclusions drawn, added to those recorded before.
 */
@Command(name = "outcome", resourceBundle = "se.coompanion.sesi.adapters.cli.seminar.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class OutcomeCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "ITEM", descriptionKey = "outcome.item")
    private int item;

    @Option(names = "--ratings", paramLabel = "R,R,...", descriptionKey = "outcome.ratings")
    private String ratings;

    @Option(names = "--conclusion", paramLabel = "TEXT", descriptionKey = "outcome.conclusion")
    private List<String> conclusions = new ArrayList<>();

    @Option(names = "--replace", descriptionKey = "outcome.replace")
    private boolean replace;

    @Mixin
    private SeminarOption seminar;

    @Override
    public Integer call() {
        RecordOutcome.Result result =
                sesi().seminar().recordOutcome().record(new RecordOutcome.Command(seminar.seminar(), item,
                ratings, conclusions, replace));
        AgendaItem recorded = result.item();
        out().println(text("outcome.done", recorded.number(), recorded.title(), recorded.relevance().n(),
                SeminarTables.mean(recorded.relevance().mean()).plain(context().locale()),
                recorded.conclusions().size()));
        return ExitCode.OK;
    }
}
