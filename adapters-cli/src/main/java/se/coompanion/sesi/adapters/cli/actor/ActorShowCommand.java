package se.coompanion.sesi.adapters.cli.actor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;
import se.coompanion.sesi.application.actor.port.in.ShowActor;

/** {@code sesi actor show ACTOR}: one actor's facts and, for people, its contact persons. */
@Command(name = "show", resourceBundle = "se.coompanion.sesi.adapters.cli.actor.messages",
        mixinStandardHelpOptions = true)
public final class ActorShowCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "ACTOR", descriptionKey = "actor.reference")
    private String actor;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        ShowActor.Result result = sesi().actors().showActor().show(actor);
        print(ActorTables.facts(result.actor(), context().locale(), result.contacts().size()), format.format());
        if (format.format() == OutputFormat.TABLE && !result.contacts().isEmpty()) {
            out().println();
            out().println(text("show.contacts"));
            print(ActorTables.contacts(result.contacts().stream()
                    .map(c -> new ActorTables.ContactRow(c, result.actor())).toList()), OutputFormat.TABLE);
        }
        return ExitCode.OK;
    }
}
