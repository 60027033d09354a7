package se.coompanion.sesi.application.competence.port.out;

import java.util.Collection;
import java.util.List;
import se.coompanion.sesi.domain.competence.Rating;

/**
 * The social enterprises' ratings of competences, one per enterprise and competence. An enterprise is an actor of the
 * register, named by its organisationsnummer.
 */
public interface CompetenceRatings {

    /** Every rating, by enterprise and then competence key. */
    List<Rating> all();

    /** Stores new ratings; one whose enterprise and competence is stored already is a {@code ConflictException}. */
    void addAll(List<Rating> ratings);

    /** Removes the ratings with these keys, where stored. */
    void removeAll(Collection<Rating.Key> keys);
}
