package se.coompanion.sesi.domain.competence;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import se.coompanion.sesi.domain.shared.OrganisationNumber;

/**
 * The enterprise x competence matrix of gaps (required - current): one row per enterprise that rated anything, in
 * organisationsnummer order; one column per competence of the framework, in its order; no value where the
 * enterprise did not rate the competence.
 */
public final class GapMatrix {

    private final CompetenceFramework framework;
    private final ImmutableList<OrganisationNumber> enterprises;
    private final ImmutableMap<Rating.Key, Rating> ratings;

    private GapMatrix(CompetenceFramework framework, ImmutableList<OrganisationNumber> enterprises,
            ImmutableMap<Rating.Key, Rating> ratings) {
        this.framework = framework;
        this.enterprises = enterprises;
        this.ratings = ratings;
    }

    /** The matrix of the ratings; two ratings of one enterprise and competence are an error. */
    public static GapMatrix of(CompetenceFramework framework, Collection<Rating> ratings) {
        Objects.requireNonNull(framework, "framework");
        ratings.forEach(r -> framework.require(r.competence()));
        return new GapMatrix(framework, ratings.stream().map(Rating::enterprise).distinct().sorted()
                .collect(ImmutableList.toImmutableList()),
                ratings.stream().collect(ImmutableMap.toImmutableMap(Rating::key, r -> r)));
    }

    public CompetenceFramework framework() {
        return framework;
    }

    /** The enterprises that rated at least one competence, in organisationsnummer order. */
    public ImmutableList<OrganisationNumber> enterprises() {
        return enterprises;
    }

    /** The gap of an enterprise for a competence; empty where it did not rate it. */
    public OptionalInt gap(OrganisationNumber enterprise, CompetenceKey competence) {
        Rating rating = ratings.get(new Rating.Key(enterprise, competence));
        return rating == null ? OptionalInt.empty() : OptionalInt.of(rating.gap());
    }

    /** The rating of an enterprise for a competence. */
    public Optional<Rating> rating(OrganisationNumber enterprise, CompetenceKey competence) {
        return Optional.ofNullable(ratings.get(new Rating.Key(enterprise, competence)));
    }

    public boolean isEmpty() {
        return enterprises.isEmpty();
    }
}
