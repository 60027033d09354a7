package se.coompanion.sesi.adapters.cli.implementation;

import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.implementation.port.in.DraftImplementation;
import se.coompanion.sesi.domain.implementation.ActivityId;

/** {@code sesi implementation draft}: the draft made from the synthesis, in the language of {@code --lang}. */
@Command(name = "draft", resourceBundle = "se.coompanion.sesi.adapters.cli.implementation.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class DraftCommand extends CliCommand {

    @Option(names = "--title", descriptionKey = "draft.title")
    private String title;

    @Option(names = "--update", descriptionKey = "draft.update")
    private boolean update;

    @Override
    public Integer call() {
        DraftImplementation.Result result =
                sesi().implementation().draftImplementation().draft(new DraftImplementation.Command(
                title, update, context().locale().getLanguage().equals("en") ? "en" : "sv"));
        String proposed = result.proposed().stream().map(ActivityId::toString).collect(Collectors.joining(", "));
        if (result.updated()) {
            out().println(result.proposed().isEmpty() ? text("draft.nothingNew")
                    : text("draft.updated", result.proposed().size(), proposed));
        } else {
            out().println(text("draft.made", result.draft().title(), result.proposed().size(), proposed,
                    result.partners()));
        }
        out().println(text("draft.next"));
        return ExitCode.OK;
    }
}
