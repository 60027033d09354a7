package se.coompanion.sesi.application.testing;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.coompanion.sesi.application.competence.port.out.CompetenceRatings;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.domain.competence.Rating;
import se.coompanion.sesi.domain.shared.Message;

public final class InMemoryCompetenceRatings implements CompetenceRatings, InMemory {

    private final Map<Rating.Key, Rating> ratings = new LinkedHashMap<>();
    private final InMemoryActors actors;

    @Override
    public List<Rating> all() {
        return ratings.values().stream().sorted(Comparator.comparing(Rating::enterprise)
                .thenComparing(Rating::competence)).toList();
    }

    /** Ratings of enterprises of this register (an enterprise is an actor, found by its organisationsnummer). */
    public InMemoryCompetenceRatings(InMemoryActors actors) {
        this.actors = actors;
    }

    @Override
    public void addAll(List<Rating> added) {
        for (Rating rating : added) {
            if (actors.findByNumber(rating.enterprise()).isEmpty()) {
                throw new ConflictException(Message.literal("no actor with organisationsnummer "
                        + rating.enterprise() + " in the register"));
            }
        }
        for (Rating rating : added) {
            if (ratings.putIfAbsent(rating.key(), rating) != null) {
                throw new ConflictException(Message.literal("rating stored already: " + rating.key()));
            }
        }
    }

    @Override
    public void removeAll(Collection<Rating.Key> keys) {
        keys.forEach(ratings::remove);
    }

    @Override
    public Object snapshot() {
        return new LinkedHashMap<>(ratings);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        ratings.clear();
        ratings.putAll((Map<Rating.Key, Rating>) snapshot);
    }
}
