package se.coompanion.sesi.application.prestudy;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import se.coompanion.sesi.application.prestudy.port.in.ShowProgress;
import se.coompanion.sesi.application.prestudy.port.out.PreStudies;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.domain.prestudy.Activity;
import se.coompanion.sesi.domain.prestudy.ActivityKey;
import se.coompanion.sesi.domain.prestudy.ActivityProgress;
import se.coompanion.sesi.domain.prestudy.Measurement;
import se.coompanion.sesi.domain.prestudy.PreStudy;

/**
 * The progress of every activity, from the measures the areas provide. An activity whose area has no
 * measure yet shows nothing recorded.
 */
public final class ProgressService implements ShowProgress {

    private final PreStudies preStudies;
    private final Transactions transactions;
    private final ImmutableMap<ActivityKey, ActivityMeasure> measures;

    public ProgressService(PreStudies preStudies, Transactions transactions, Collection<ActivityMeasure> measures) {
        this.preStudies = Objects.requireNonNull(preStudies);
        this.transactions = Objects.requireNonNull(transactions);
        this.measures = measures.stream().collect(ImmutableMap.toImmutableMap(ActivityMeasure::activity,
                Function.identity()));
    }

    @Override
    public Result show() {
        return transactions.inTransaction(() -> {
            PreStudy preStudy = preStudies.find().orElseThrow(PreStudyService::missing);
            List<ActivityProgress> progress = new ArrayList<>();
            for (Activity activity : preStudy.activities()) {
                ActivityMeasure measure = measures.get(activity.key());
                Measurement measurement = measure == null ? Measurement.nothing() : measure.measure(preStudy);
                progress.add(ActivityProgress.of(activity, measurement,
                        preStudy.knownPopulation(activity.target().unit())));
            }
            return new Result(preStudy, progress);
        });
    }
}
