package se.coompanion.sesi.adapters.cli.seminar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.seminar.port.in.Guest;
import se.coompanion.sesi.application.seminar.port.in.InviteContacts;

/**
 * {@code sesi seminar invite [--contact ID,..] [--actor ACTOR,..] [--date D]}: invites contact persons, named or
 * every contact person of an actor. The software sends nothing: it records who was invited and when.
 */
@Command(name = "invite", resourceBundle = "se.coompanion.sesi.adapters.cli.seminar.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class InviteCommand extends CliCommand {

    @Option(names = "--contact", split = ",", paramLabel = "ID", descriptionKey = "invite.contact")
    private List<String> contacts = new ArrayList<>();

    @Option(names = "--actor", split = ",", paramLabel = "ACTOR", descriptionKey = "invite.actor")
    private List<String> actors = new ArrayList<>();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "invite.date")
    private LocalDate date;

    @Mixin
    private SeminarOption seminar;

    @Override
    public Integer call() {
        InviteContacts.Result result =
                sesi().seminar().inviteContacts().invite(new InviteContacts.Command(seminar.seminar(),
                contacts, actors, date));
        out().println(text("invite.done", result.invited().size(), result.seminar().id(), result.date()));
        if (!result.alreadyInvited().isEmpty()) {
            out().println(text("invite.already", names(result.alreadyInvited())));
        }
        if (!result.erased().isEmpty()) {
            out().println(text("invite.erased", result.erased().size()));
        }
        return ExitCode.OK;
    }

    private static String names(List<Guest> guests) {
        return guests.stream().map(g -> g.contact().id() + " " + g.contact().details().name())
                .collect(Collectors.joining(", "));
    }
}
