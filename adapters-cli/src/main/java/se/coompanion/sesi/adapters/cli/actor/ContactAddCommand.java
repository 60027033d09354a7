package se.coompanion.sesi.adapters.cli.actor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.actor.port.in.AddContact;

/** {@code sesi contact add ACTOR --name NAME ...}: registers a contact person of an actor. */
@Command(name = "add", resourceBundle = "se.coompanion.sesi.adapters.cli.actor.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class ContactAddCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "ACTOR", descriptionKey = "actor.reference")
    private String actor;

    @Option(names = "--name", required = true, descriptionKey = "contact.name")
    private String name;

    @Option(names = "--title", descriptionKey = "contact.title")
    private String title;

    @Option(names = "--email", descriptionKey = "contact.email")
    private String email;

    @Option(names = "--phone", descriptionKey = "contact.phone")
    private String phone;

    @Option(names = "--lawful-basis", paramLabel = "BASIS", descriptionKey = "contact.lawfulBasis")
    private String lawfulBasis;

    @Override
    public Integer call() {
        AddContact.Result result = sesi().actors().addContact().add(new AddContact.Command(actor, name, title, email,
                phone, lawfulBasis));
        out().println(text("contact.done", result.contact().id(), result.contact().details().name(),
                result.actor().name(), text(result.contact().details().lawfulBasis().title())));
        return ExitCode.OK;
    }
}
