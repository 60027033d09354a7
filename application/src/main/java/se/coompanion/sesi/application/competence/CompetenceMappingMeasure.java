package se.coompanion.sesi.application.competence;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import se.coompanion.sesi.application.competence.port.out.CompetenceRatings;
import se.coompanion.sesi.application.prestudy.ActivityMeasure;
import se.coompanion.sesi.domain.competence.Rating;
import se.coompanion.sesi.domain.prestudy.ActivityKey;
import se.coompanion.sesi.domain.prestudy.Measurement;
import se.coompanion.sesi.domain.prestudy.PreStudy;
import se.coompanion.sesi.domain.shared.Message;

/**
 * COMPETENCE_MAPPING: the distinct social enterprises with at least one rating, against the plan's number (10 for
 * SESI). The details give the number of ratings and of competences rated.
 */
public final class CompetenceMappingMeasure implements ActivityMeasure {

    private final CompetenceRatings ratings;

    public CompetenceMappingMeasure(CompetenceRatings ratings) {
        this.ratings = Objects.requireNonNull(ratings);
    }

    @Override
    public ActivityKey activity() {
        return ActivityKey.COMPETENCE_MAPPING;
    }

    @Override
    public Measurement measure(PreStudy preStudy) {
        List<Rating> all = ratings.all();
        int enterprises = CompetenceService.enterprises(all);
        ImmutableList<Message> details = all.isEmpty() ? ImmutableList.of()
                : ImmutableList.of(Message.of(CompetenceMappingMeasure.class, "measure.ratings", all.size(),
                        all.stream().map(Rating::competence).distinct().count()));
        return new Measurement(enterprises, OptionalInt.empty(), enterprises > 0, true, details);
    }
}
