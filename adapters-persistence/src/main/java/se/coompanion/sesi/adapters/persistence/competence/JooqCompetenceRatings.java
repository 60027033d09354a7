package se.coompanion.sesi.adapters.persistence.competence;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.ACTOR;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.COMPETENCE_RATING;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record4;
import se.coompanion.sesi.application.competence.port.out.CompetenceRatings;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.domain.competence.CompetenceKey;
import se.coompanion.sesi.domain.competence.Level;
import se.coompanion.sesi.domain.competence.Rating;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.OrganisationNumber;

/**
 * The competence ratings in table {@code competence_rating}, each referring to its enterprise in {@code actor}; the
 * organisationsnummer of the rating is the actor's.
 */
public final class JooqCompetenceRatings implements CompetenceRatings {

    private static final int CHUNK = 1_000;

    private final DSLContext dsl;

    public JooqCompetenceRatings(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Rating> all() {
        return dsl.select(ACTOR.ORG_NUMBER, COMPETENCE_RATING.COMPETENCE_KEY, COMPETENCE_RATING.CURRENT_LEVEL,
                        COMPETENCE_RATING.REQUIRED_LEVEL)
                .from(COMPETENCE_RATING).join(ACTOR).on(ACTOR.ID.eq(COMPETENCE_RATING.ACTOR_ID))
                .orderBy(ACTOR.ORG_NUMBER, COMPETENCE_RATING.COMPETENCE_KEY)
                .fetch(JooqCompetenceRatings::toRating);
    }

    @Override
    public void addAll(List<Rating> ratings) {
        Map<String, Long> actors = actorIds(ratings.stream().map(r -> r.enterprise().digits())
                .collect(Collectors.toSet()));
        for (int from = 0; from < ratings.size(); from += CHUNK) {
            var batch = dsl.batch(dsl.insertInto(COMPETENCE_RATING, COMPETENCE_RATING.ACTOR_ID,
                    COMPETENCE_RATING.COMPETENCE_KEY, COMPETENCE_RATING.CURRENT_LEVEL, COMPETENCE_RATING.REQUIRED_LEVEL)
                    .values((Long) null, null, null, null));
            for (Rating r : ratings.subList(from, Math.min(from + CHUNK, ratings.size()))) {
                batch.bind(actors.get(r.enterprise().digits()), r.competence().value(), r.current().value(),
                        r.required().value());
            }
            batch.execute();
        }
    }

    @Override
    public void removeAll(Collection<Rating.Key> keys) {
        Map<String, Long> actors = actorIds(keys.stream().map(k -> k.enterprise().digits())
                .collect(Collectors.toSet()));
        for (Rating.Key key : keys) {
            dsl.deleteFrom(COMPETENCE_RATING).where(COMPETENCE_RATING.ACTOR_ID.eq(actors.get(key.enterprise().digits()))
                    .and(COMPETENCE_RATING.COMPETENCE_KEY.eq(key.competence().value()))).execute();
        }
    }

    /** The actors' ids by organisationsnummer; a number not in the register is a conflict (the use case checks first). */
    private Map<String, Long> actorIds(Collection<String> numbers) {
        Map<String, Long> ids = dsl.select(ACTOR.ORG_NUMBER, ACTOR.ID).from(ACTOR).where(ACTOR.ORG_NUMBER.in(numbers))
                .fetchMap(ACTOR.ORG_NUMBER, ACTOR.ID);
        numbers.stream().filter(n -> !ids.containsKey(n)).findFirst().ifPresent(n -> {
            throw new ConflictException(Message.of(JooqCompetenceRatings.class, "rating.noActor",
                    new OrganisationNumber(n).formatted()));
        });
        return ids;
    }

    private static Rating toRating(Record4<String, String, Integer, Integer> r) {
        return new Rating(new OrganisationNumber(r.value1()), new CompetenceKey(r.value2()), Level.of(r.value3()),
                Level.of(r.value4()));
    }
}
