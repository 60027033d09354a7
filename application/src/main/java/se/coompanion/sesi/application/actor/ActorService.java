package se.coompanion.sesi.application.actor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.coompanion.sesi.application.actor.port.in.AddActor;
import se.coompanion.sesi.application.actor.port.in.ImportActors;
import se.coompanion.sesi.application.actor.port.in.ListActors;
import se.coompanion.sesi.application.actor.port.in.ShowActor;
import se.coompanion.sesi.application.actor.port.out.Actors;
import se.coompanion.sesi.application.actor.port.out.Contacts;
import se.coompanion.sesi.application.shared.CommandReading;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.ImportReport;
import se.coompanion.sesi.application.shared.RowImport;
import se.coompanion.sesi.application.shared.port.out.ImportLog;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.actor.ActorRole;
import se.coompanion.sesi.domain.actor.ContactPerson;
import se.coompanion.sesi.domain.actor.PostalAddress;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.shared.OrganisationNumber;
import se.coompanion.sesi.domain.shared.PostalCode;

/** The actor register: importing, adding, listing and showing actors. */
public final class ActorService implements ImportActors, AddActor, ListActors, ShowActor {

    /** The import's name in the import log. */
    public static final String IMPORT_KIND = "actors";

    private final Actors actors;
    private final Contacts contacts;
    private final ImportLog importLog;
    private final Transactions transactions;
    private final CommandValidator validator;
    private final Clock clock;

    public ActorService(Actors actors, Contacts contacts, ImportLog importLog, Transactions transactions,
            CommandValidator validator, Clock clock) {
        this.actors = Objects.requireNonNull(actors);
        this.contacts = Objects.requireNonNull(contacts);
        this.importLog = Objects.requireNonNull(importLog);
        this.transactions = Objects.requireNonNull(transactions);
        this.validator = Objects.requireNonNull(validator);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public ImportReport importActors(ImportActors.Command command) {
        validator.check(command);
        List<Actor> registered = transactions.inTransaction(actors::all);
        Map<OrganisationNumber, Actor> byNumber = new HashMap<>();
        Map<String, Actor> byName = new HashMap<>();
        for (Actor actor : registered) {
            actor.number().ifPresent(n -> byNumber.put(n, actor));
            byName.putIfAbsent(ActorFile.nameKey(actor.name()), actor);
        }
        ActorFile file = new ActorFile(byNumber, byName);
        RowImport<Actor> rows = new RowImport<>(IMPORT_KIND, ActorFile.COLUMNS, file::read, ActorFile::duplicates,
                ActorFile::duplicateMessage);
        Set<ActorKey> taken = new HashSet<>();
        return rows.run(command.source(), command.options(), importLog, transactions, clock, batch -> {
            if (taken.isEmpty()) {
                actors.all().forEach(a -> taken.add(a.key()));
            }
            List<Actor> keyed = batch.stream().map(a -> a.withKey(unique(a.key(), taken))).toList();
            actors.addAll(keyed, clock.instant());
        });
    }

    @Override
    public AddActor.Result add(AddActor.Command command) {
        validator.check(command);
        CommandReading fields = new CommandReading();
        Optional<OrganisationNumber> number = fields.optional("orgNumber", command.orgNumber(),
                OrganisationNumber::parse);
        Optional<LegalForm> legalForm = fields.optional("legalForm", command.legalForm(), LegalForm::parse);
        List<ActorRole> roles = fields.each("roles", command.roles(), ActorRole::parse);
        Optional<Municipality> municipality = fields.optional("municipalityCode", command.municipalityCode(),
                Municipality::of);
        Optional<PostalAddress> address = address(command, fields);
        Optional<ActorKey> key = fields.optional("key", command.key(), ActorKey::parse);
        Actor actor = fields.ok() ? fields.build("", "", () -> Actor.register(command.name(), number, legalForm,
                roles, municipality, address, Optional.ofNullable(command.note()))) : null;
        fields.check();
        return transactions.inTransaction(() -> {
            key.flatMap(actors::find).ifPresent(holder -> {
                throw new ConflictException(Message.of(ActorService.class, "actor.keyTaken", holder.key(),
                        holder.label()));
            });
            Optional<Actor> same = number.isPresent() ? actors.findByNumber(number.get())
                    : actors.all().stream().filter(a -> ActorFile.nameKey(a.name())
                            .equals(ActorFile.nameKey(actor.name()))).findFirst();
            same.ifPresent(registered -> {
                throw new ConflictException(Message.of(ActorFile.class, number.isPresent()
                        ? "import.numberRegistered" : "import.nameRegistered", registered.label()));
            });
            Actor stored = key.map(actor::withKey).orElseGet(() -> actor.withKey(unique(actor.key(),
                    actors.all().stream().map(Actor::key).collect(Collectors.toSet()))));
            actors.add(stored, clock.instant());
            return new AddActor.Result(stored, stored.groupWarning().stream().toList());
        });
    }

    @Override
    public List<ListActors.Listed> list(ListActors.Query query) {
        return transactions.inTransaction(() -> {
            Map<ActorKey, Long> counts = contacts.all().stream()
                    .collect(Collectors.groupingBy(ContactPerson::actor, Collectors.counting()));
            List<ListActors.Listed> listed = new ArrayList<>();
            for (Actor actor : actors.all()) {
                if (query.role().map(actor::hasRole).orElse(true)) {
                    listed.add(new ListActors.Listed(actor, counts.getOrDefault(actor.key(), 0L).intValue()));
                }
            }
            return listed;
        });
    }

    @Override
    public ShowActor.Result show(String reference) {
        return transactions.inTransaction(() -> {
            Actor actor = actors.require("actor", reference);
            return new ShowActor.Result(actor, contacts.of(actor.key()));
        });
    }

    /** The key, or the first of key-2, key-3, ... that is not taken; the one returned is then taken. */
    static ActorKey unique(ActorKey key, Set<ActorKey> taken) {
        ActorKey candidate = key;
        for (int suffix = 2; taken.contains(candidate); suffix++) {
            candidate = key.withSuffix(suffix);
        }
        taken.add(candidate);
        return candidate;
    }

    /** With any address field given, the postal code and the town are required. */
    private static Optional<PostalAddress> address(AddActor.Command command, CommandReading fields) {
        if (blank(command.street()) && blank(command.postalCode()) && blank(command.town())) {
            return Optional.empty();
        }
        PostalCode postalCode = fields.required("postalCode", command.postalCode(), PostalCode::parse);
        String town = fields.required("town", command.town(), Function.identity());
        if (postalCode == null || town == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(fields.build("town", town, () -> new PostalAddress(
                Optional.ofNullable(command.street()), postalCode, town)));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
