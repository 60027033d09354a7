package se.coompanion.sesi.application.actor;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.coompanion.sesi.application.actor.port.in.AddContact;
import se.coompanion.sesi.application.actor.port.in.ListContacts;
import se.coompanion.sesi.application.actor.port.out.Actors;
import se.coompanion.sesi.application.actor.port.out.Contacts;
import se.coompanion.sesi.application.shared.CommandReading;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.actor.ContactDetails;
import se.coompanion.sesi.domain.actor.ContactPerson;
import se.coompanion.sesi.domain.actor.EmailAddress;
import se.coompanion.sesi.domain.actor.PhoneNumber;
import se.coompanion.sesi.domain.privacy.LawfulBasis;

/** The contact persons of actors. */
public final class ContactService implements AddContact, ListContacts {

    private final Actors actors;
    private final Contacts contacts;
    private final Transactions transactions;
    private final CommandValidator validator;
    private final Clock clock;

    public ContactService(Actors actors, Contacts contacts, Transactions transactions, CommandValidator validator,
            Clock clock) {
        this.actors = Objects.requireNonNull(actors);
        this.contacts = Objects.requireNonNull(contacts);
        this.transactions = Objects.requireNonNull(transactions);
        this.validator = Objects.requireNonNull(validator);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public AddContact.Result add(AddContact.Command command) {
        validator.check(command);
        CommandReading fields = new CommandReading();
        Optional<EmailAddress> email = fields.optional("email", command.email(), EmailAddress::parse);
        Optional<PhoneNumber> phone = fields.optional("phone", command.phone(), PhoneNumber::parse);
        LawfulBasis basis = fields.optional("lawfulBasis", command.lawfulBasis(), LawfulBasis::parse)
                .orElse(LawfulBasis.DEFAULT);
        ContactDetails details = fields.build("name", command.name(), () -> new ContactDetails(command.name(),
                Optional.ofNullable(command.title()), email, phone, basis));
        fields.check();
        return transactions.inTransaction(() -> {
            Actor actor = actors.require("actor", command.actor());
            return new AddContact.Result(contacts.add(actor.key(), details, clock.instant()), actor);
        });
    }

    @Override
    public List<ListContacts.Listed> list(Optional<String> actor) {
        return transactions.inTransaction(() -> {
            if (actor.isPresent()) {
                Actor one = actors.require("actor", actor.get());
                return contacts.of(one.key()).stream().map(c -> new ListContacts.Listed(c, one)).toList();
            }
            Map<ActorKey, Actor> byKey = actors.all().stream()
                    .collect(Collectors.toMap(Actor::key, Function.identity()));
            return contacts.all().stream().map(c -> new ListContacts.Listed(c, byKey.get(c.actor()))).toList();
        });
    }
}
