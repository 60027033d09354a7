package se.coompanion.sesi.application.actor.port.in;

import java.util.List;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.actor.ContactPerson;

/** One actor and its contact persons, named by organisationsnummer or key; unknown is a NotFoundException. */
public interface ShowActor {

    Result show(String actor);

    /**
     * @param actor    the actor
     * @param contacts its contact persons
     */
    record Result(Actor actor, List<ContactPerson> contacts) {

        public Result {
            contacts = List.copyOf(contacts);
        }
    }
}
