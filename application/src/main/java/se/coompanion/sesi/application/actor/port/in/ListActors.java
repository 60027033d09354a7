package se.coompanion.sesi.application.actor.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.actor.ActorRole;

/** The actor register, optionally only the actors with a role. */
public interface ListActors {

    List<Listed> list(Query query);

    /** @param role only actors with this role; empty for all */
    record Query(Optional<ActorRole> role) {

        public static final Query ALL = new Query(Optional.empty());

        public Query {
            Objects.requireNonNull(role, "role");
        }
    }

    /**
     * @param actor    the actor
     * @param contacts how many contact persons it has
     */
    record Listed(Actor actor, int contacts) {
    }
}
