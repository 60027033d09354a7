package se.coompanion.sesi.domain.actor;

import java.util.Objects;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.OrganisationNumber;

/**
 * How a person names an actor (cli.md, "ACTOR anywhere"): its organisationsnummer or its short key. The one place
 * that tells the two apart: text of digits (with or without a hyphen, with or without the prefix 16) is an
 * organisationsnummer, anything else a key. A key starts with a letter, so the two never overlap.
 */
public sealed interface ActorReference {

    /** @param number the actor's organisationsnummer */
    record ByNumber(OrganisationNumber number) implements ActorReference {
        public ByNumber {
            Objects.requireNonNull(number, "number");
        }

        @Override
        public String toString() {
            return number.formatted();
        }
    }

    /** @param key the actor's short key */
    record ByKey(ActorKey key) implements ActorReference {
        public ByKey {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public String toString() {
            return key.value();
        }
    }

    /** Reads {@code 212000-2411}, {@code 2120002411}, {@code 162120002411} or {@code sundsvalls-kommun}. */
    static ActorReference parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new DomainException(Message.of(ActorReference.class, "actorReference.empty"));
        }
        if (trimmed.matches("[0-9][0-9 -]*")) {
            return new ByNumber(OrganisationNumber.parse(trimmed));
        }
        try {
            return new ByKey(ActorKey.parse(trimmed));
        } catch (DomainException e) {
            throw new DomainException(Message.of(ActorReference.class, "actorReference.shape", trimmed));
        }
    }

    static ActorReference of(Actor actor) {
        return new ByKey(actor.key());
    }

    /** True when this reference names the actor. */
    default boolean names(Actor actor) {
        if (this instanceof ByNumber byNumber) {
            return actor.number().map(byNumber.number()::equals).orElse(false);
        }
        return actor.key().equals(((ByKey) this).key());
    }
}
