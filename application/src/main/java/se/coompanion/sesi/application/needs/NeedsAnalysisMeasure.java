package se.coompanion.sesi.application.needs;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import se.coompanion.sesi.application.needs.port.out.NeedsAssessments;
import se.coompanion.sesi.application.prestudy.ActivityMeasure;
import se.coompanion.sesi.domain.needs.AssessmentStatus;
import se.coompanion.sesi.domain.needs.NeedsAssessment;
import se.coompanion.sesi.domain.needs.NeedsCoverage;
import se.coompanion.sesi.domain.prestudy.ActivityKey;
import se.coompanion.sesi.domain.prestudy.Measurement;
import se.coompanion.sesi.domain.prestudy.PreStudy;
import se.coompanion.sesi.domain.shared.Message;

/**
 * NEEDS_ANALYSIS: the municipalities of the target set whose assessment is CONDUCTED or VALIDATED. The size of the
 * set (15 for SESI) comes from the plan ({@link PreStudy#knownPopulation}), not from the evidence. Started as soon
 * as any assessment exists. The details split the target set into conducted, validated, planned or booked, and
 * missing, and count the assessments outside the target set.
 */
public final class NeedsAnalysisMeasure implements ActivityMeasure {

    private final NeedsAssessments assessments;

    public NeedsAnalysisMeasure(NeedsAssessments assessments) {
        this.assessments = Objects.requireNonNull(assessments);
    }

    @Override
    public ActivityKey activity() {
        return ActivityKey.NEEDS_ANALYSIS;
    }

    @Override
    public Measurement measure(PreStudy preStudy) {
        List<NeedsAssessment> all = assessments.all();
        NeedsCoverage coverage = NeedsCoverage.of(preStudy.targetMunicipalities(), all);
        ImmutableList.Builder<Message> details = ImmutableList.builder();
        if (!all.isEmpty()) {
            details.add(Message.of(NeedsAnalysisMeasure.class, "measure.split",
                    coverage.count(AssessmentStatus.CONDUCTED), coverage.count(AssessmentStatus.VALIDATED),
                    coverage.count(AssessmentStatus.PLANNED) + coverage.count(AssessmentStatus.BOOKED),
                    coverage.missing().size()));
        }
        if (!coverage.outside().isEmpty()) {
            details.add(Message.of(NeedsAnalysisMeasure.class, "measure.outside", coverage.outside().size()));
        }
        return new Measurement(coverage.reached(), OptionalInt.empty(), !all.isEmpty(), true, details.build());
    }
}
