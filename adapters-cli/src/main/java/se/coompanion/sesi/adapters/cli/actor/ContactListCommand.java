package se.coompanion.sesi.adapters.cli.actor;

import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;

/** {@code sesi contact list [ACTOR]}: the contact persons, with their numbers for {@code privacy --contact}. */
@Command(name = "list", resourceBundle = "se.coompanion.sesi.adapters.cli.actor.messages",
        mixinStandardHelpOptions = true)
public final class ContactListCommand extends CliCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "ACTOR", descriptionKey = "contact.listActor")
    private String actor;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        print(ActorTables.contacts(sesi().actors().listContacts().list(Optional.ofNullable(actor)).stream()
                .map(l -> new ActorTables.ContactRow(l.contact(), l.actor())).toList()), format.format());
        return ExitCode.OK;
    }
}
