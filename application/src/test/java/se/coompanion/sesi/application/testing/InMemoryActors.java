package se.coompanion.sesi.application.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.coompanion.sesi.application.actor.port.out.Actors;
import se.coompanion.sesi.application.privacy.port.out.DataSubject;
import se.coompanion.sesi.application.privacy.port.out.PersonalDataHolder;
import se.coompanion.sesi.application.privacy.port.in.PersonalRecord;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.OrganisationNumber;

/** The actor register in memory; as a personal data holder it covers mentions of a person in actors' notes. */
public final class InMemoryActors implements Actors, PersonalDataHolder, InMemory {

    private final TreeMap<ActorKey, Actor> actors = new TreeMap<>();

    @Override
    public void addAll(List<Actor> added, Instant registeredAt) {
        for (Actor actor : added) {
            if (actors.containsKey(actor.key()) || actor.number().flatMap(this::findByNumber).isPresent()) {
                throw new ConflictException(Message.literal("duplicate actor " + actor.label()));
            }
            actors.put(actor.key(), actor);
        }
    }

    @Override
    public Optional<Actor> find(ActorKey key) {
        return Optional.ofNullable(actors.get(key));
    }

    @Override
    public Optional<Actor> findByNumber(OrganisationNumber number) {
        return actors.values().stream().filter(a -> a.number().filter(number::equals).isPresent()).findFirst();
    }

    @Override
    public List<Actor> all() {
        return List.copyOf(actors.values());
    }

    @Override
    public int count() {
        return actors.size();
    }

    @Override
    public List<String> stores() {
        return List.of("actor");
    }

    @Override
    public List<PersonalRecord> export(DataSubject subject) {
        return InMemoryMentions.export("actor", actors, subject, InMemoryActors::notes);
    }

    @Override
    public List<Erased> erase(DataSubject subject, Instant erasedAt) {
        return List.of(new Erased("actor", InMemoryMentions.erase(actors, subject, InMemoryActors::notes,
                (a, t) -> new Actor(a.key(), a.name(), a.number(), a.legalForm(), a.roles(), a.municipality(),
                        a.address(), Optional.of(t.get("note"))))));
    }

    private static Map<String, String> notes(Actor actor) {
        return Map.of("note", actor.note().orElse(""));
    }

    @Override
    public Object snapshot() {
        return new TreeMap<>(actors);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        actors.clear();
        actors.putAll((Map<ActorKey, Actor>) snapshot);
    }
}
