package se.coompanion.sesi.domain.actor;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.shared.OrganisationNumber;
import se.coompanion.sesi.domain.shared.TextField;

/**
 * An organisation of the region (or, rarely, a named informal group) that the pre-study maps: who it is, what
 * roles it plays, where it is. Identified by its short key; its organisationsnummer, when known, is unique in the
 * register.
 *
 * @param key          the short key, stable once registered
 * @param name         the organisation's name
 * @param number       the organisationsnummer; empty when not known
 * @param legalForm    the legal form; empty when not known
 * @param roles        at least one role (OTHER when none fits)
 * @param municipality where the organisation is; empty for a national body or when not known
 * @param address      the postal address; empty when not known
 * @param note         a note for the team (for example that a demo organisation is fictional)
 */
public record Actor(ActorKey key, String name, Optional<OrganisationNumber> number, Optional<LegalForm> legalForm,
        ImmutableSortedSet<ActorRole> roles, Optional<Municipality> municipality, Optional<PostalAddress> address,
        Optional<String> note) {

    public static final int MAX_NAME = 300;
    public static final int MAX_NOTE = 2000;

    public Actor {
        Objects.requireNonNull(key, "key");
        name = TextField.required(Message.of(Actor.class, "field.name"), name, MAX_NAME);
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(legalForm, "legalForm");
        roles = ImmutableSortedSet.copyOf(Objects.requireNonNull(roles, "roles"));
        if (roles.isEmpty()) {
            throw new DomainException(Message.of(Actor.class, "actor.noRole"));
        }
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(address, "address");
        note = TextField.optional(Message.of(Actor.class, "field.note"), note, MAX_NOTE);
    }

    /** A new actor whose key is made from its name (the register makes it unique when it is stored). */
    public static Actor register(String name, Optional<OrganisationNumber> number, Optional<LegalForm> legalForm,
            Collection<ActorRole> roles, Optional<Municipality> municipality, Optional<PostalAddress> address,
            Optional<String> note) {
        return new Actor(ActorKey.fromName(name), name, number, legalForm, ImmutableSortedSet.copyOf(roles),
                municipality, address, note);
    }

    /** The same actor under another key. */
    public Actor withKey(ActorKey other) {
        return new Actor(other, name, number, legalForm, roles, municipality, address, note);
    }

    public boolean hasRole(ActorRole role) {
        return roles.contains(role);
    }

    /**
     * A warning when the organisationsnummer's group digit is not the usual one for the legal form (an ideell
     * förening with a number starting with 7, say). Never an error: näringsdrivande ideella föreningar often have
     * such numbers.
     */
    public Optional<Message> groupWarning() {
        if (number.isEmpty() || legalForm.isEmpty() || legalForm.get().usualGroup(number.get())) {
            return Optional.empty();
        }
        LegalForm form = legalForm.get();
        return Optional.of(Message.of(Actor.class, "actor.unusualGroup", number.get().formatted(),
                number.get().group(), form.swedishName(), form.usualGroups().iterator().next()));
    }

    /** "Sundsvalls kommun (sundsvalls-kommun, 212000-2411)" for messages. */
    public String label() {
        return name + " (" + key + number.map(n -> ", " + n.formatted()).orElse("") + ")";
    }
}
