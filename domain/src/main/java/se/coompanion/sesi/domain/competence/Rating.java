package se.coompanion.sesi.domain.competence;

import java.util.Objects;
import se.coompanion.sesi.domain.shared.OrganisationNumber;

/**
 * How one social enterprise rates one competence: its current level and the level it requires (which is also the
 * competence's importance to it). One rating per enterprise and competence.
 *
 * @param enterprise the enterprise's organisationsnummer
 * @param competence the competence's key
 * @param current    the level today, 1-5
 * @param required   the level needed, 1-5
 */
public record Rating(OrganisationNumber enterprise, CompetenceKey competence, Level current, Level required) {

    public Rating {
        Objects.requireNonNull(enterprise, "enterprise");
        Objects.requireNonNull(competence, "competence");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(required, "required");
    }

    /** Required minus current: positive is a need, negative a level above what is needed. */
    public int gap() {
        return required.value() - current.value();
    }

    /** What makes two ratings the same rating: the enterprise and the competence. */
    public Key key() {
        return new Key(enterprise, competence);
    }

    /**
     * An enterprise and a competence.
     *
     * @param enterprise the enterprise
     * @param competence the competence
     */
    public record Key(OrganisationNumber enterprise, CompetenceKey competence) {

        @Override
        public String toString() {
            return enterprise.formatted() + " " + competence.value();
        }
    }
}
