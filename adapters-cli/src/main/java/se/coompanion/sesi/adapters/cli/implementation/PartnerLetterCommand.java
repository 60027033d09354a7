package se.coompanion.sesi.adapters.cli.implementation;

import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.implementation.port.in.EditPartners;
import se.coompanion.sesi.application.implementation.port.in.Edited;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.implementation.LetterOfIntent;

/** {@code sesi implementation partner letter ACTOR STATE}: the partner's letter of intent, asked for or answered. */
@Command(name = "letter", resourceBundle = "se.coompanion.sesi.adapters.cli.implementation.messages",
        mixinStandardHelpOptions = true)
public final class PartnerLetterCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "ACTOR", descriptionKey = "partner.actor")
    private String actor;

    @Parameters(index = "1", paramLabel = "REQUESTED|SIGNED|DECLINED", descriptionKey = "letter.state")
    private String state;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "letter.date")
    private LocalDate date;

    @Override
    public Integer call() {
        Edited edited = sesi().implementation().editPartners().edit(new EditPartners.Letter(actor, state, date));
        LetterOfIntent letter = edited.draft().partner(new ActorKey(edited.changed())).letter().orElseThrow();
        out().println(text("letter.done", edited.changed(), text(letter.state().title()),
                letter.answeredOn().or(letter::requestedOn).orElseThrow()));
        return ExitCode.OK;
    }
}
