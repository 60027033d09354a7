package se.coompanion.sesi.application.actor;

import java.time.Clock;
import se.coompanion.sesi.application.SesiPorts;
import se.coompanion.sesi.application.actor.port.in.AddActor;
import se.coompanion.sesi.application.actor.port.in.AddContact;
import se.coompanion.sesi.application.actor.port.in.ImportActors;
import se.coompanion.sesi.application.actor.port.in.ListActors;
import se.coompanion.sesi.application.actor.port.in.ListContacts;
import se.coompanion.sesi.application.actor.port.in.ShowActor;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.UseCaseBoundary;

/**
 * The register of actors (organisations) and their contact persons.
 *
 * <p>This area's use cases, each behind its in-port and guarded by {@link UseCaseBoundary}; built by
 * {@link #create} from the out-ports. A new use case of this area is added here and nowhere else in the
 * application.
 */
public final class ActorUseCases {

    private final ImportActors importActors;
    private final AddActor addActor;
    private final ListActors listActors;
    private final ShowActor showActor;
    private final AddContact addContact;
    private final ListContacts listContacts;

    private ActorUseCases(ActorService actor, ContactService contact) {
        this.importActors = UseCaseBoundary.guard(ImportActors.class, actor);
        this.addActor = UseCaseBoundary.guard(AddActor.class, actor);
        this.listActors = UseCaseBoundary.guard(ListActors.class, actor);
        this.showActor = UseCaseBoundary.guard(ShowActor.class, actor);
        this.addContact = UseCaseBoundary.guard(AddContact.class, contact);
        this.listContacts = UseCaseBoundary.guard(ListContacts.class, contact);
    }

    /** This area's use cases over the out-ports, validating with {@code commands}, dating by {@code clock}. */
    public static ActorUseCases create(SesiPorts ports, CommandValidator commands, Clock clock) {
        ActorService actor = new ActorService(ports.actors(), ports.contacts(), ports.importLog(), ports.transactions(),
                commands, clock);
        ContactService contact = new ContactService(ports.actors(), ports.contacts(), ports.transactions(), commands,
                clock);
        return new ActorUseCases(actor, contact);
    }

    public ImportActors importActors() {
        return importActors;
    }

    public AddActor addActor() {
        return addActor;
    }

    public ListActors listActors() {
        return listActors;
    }

    public ShowActor showActor() {
        return showActor;
    }

    public AddContact addContact() {
        return addContact;
    }

    public ListContacts listContacts() {
        return listContacts;
    }
}
