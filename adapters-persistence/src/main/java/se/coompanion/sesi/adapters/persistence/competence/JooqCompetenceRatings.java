package se.coompanion.sesi.adapters.persistence.competence;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.COMPETENCE_RATING;

import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.CompetenceRatingRecord;
import se.coompanion.sesi.application.competence.port.out.CompetenceRatings;
import se.coompanion.sesi.domain.competence.CompetenceKey;
import se.coompanion.sesi.domain.competence.Level;
import se.coompanion.sesi.domain.competence.Rating;
import se.coompanion.sesi.domain.shared.OrganisationNumber;

/** The competence ratings in table {@code competence_rating}. */
public final class JooqCompetenceRatings implements CompetenceRatings {

    private static final int CHUNK = 1_000;

    private final DSLContext dsl;

    public JooqCompetenceRatings(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Rating> all() {
        return dsl.selectFrom(COMPETENCE_RATING)
                .orderBy(COMPETENCE_RATING.ORG_NUMBER, COMPETENCE_RATING.COMPETENCE_KEY)
                .fetch(JooqCompetenceRatings::toRating);
    }

    @Override
    public void addAll(List<Rating> ratings) {
        for (int from = 0; from < ratings.size(); from += CHUNK) {
            var batch = dsl.batch(dsl.insertInto(COMPETENCE_RATING, COMPETENCE_RATING.ORG_NUMBER,
                    COMPETENCE_RATING.COMPETENCE_KEY, COMPETENCE_RATING.CURRENT_LEVEL, COMPETENCE_RATING.REQUIRED_LEVEL)
                    .values((String) null, null, null, null));
            for (Rating r : ratings.subList(from, Math.min(from + CHUNK, ratings.size()))) {
                batch.bind(r.enterprise().digits(), r.competence().value(), r.current().value(), r.required().value());
            }
            batch.execute();
        }
    }

    @Override
    public void removeAll(Collection<Rating.Key> keys) {
        for (Rating.Key key : keys) {
            dsl.deleteFrom(COMPETENCE_RATING).where(COMPETENCE_RATING.ORG_NUMBER.eq(key.enterprise().digits())
                    .and(COMPETENCE_RATING.COMPETENCE_KEY.eq(key.competence().value()))).execute();
        }
    }

    private static Rating toRating(CompetenceRatingRecord r) {
        return new Rating(new OrganisationNumber(r.getOrgNumber()), new CompetenceKey(r.getCompetenceKey()),
                Level.of(r.getCurrentLevel()), Level.of(r.getRequiredLevel()));
    }
}
