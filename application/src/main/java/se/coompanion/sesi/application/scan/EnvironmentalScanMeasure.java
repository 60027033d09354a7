package se.coompanion.sesi.application.scan;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.OptionalInt;
import se.coompanion.sesi.application.prestudy.ActivityMeasure;
import se.coompanion.sesi.application.scan.port.out.Findings;
import se.coompanion.sesi.application.scan.port.out.KnowledgeSources;
import se.coompanion.sesi.domain.prestudy.ActivityKey;
import se.coompanion.sesi.domain.prestudy.Measurement;
import se.coompanion.sesi.domain.prestudy.PreStudy;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The environmental scan's progress: the findings drawn count against the target; it has started as soon as a
 * source is registered. Details: the findings counted and the sources they
 * were drawn from ("11 findings from 13 sources").
 */
public final class EnvironmentalScanMeasure implements ActivityMeasure {

    private final KnowledgeSources sources;
    private final Findings findings;

    public EnvironmentalScanMeasure(KnowledgeSources sources, Findings findings) {
        this.sources = Objects.requireNonNull(sources);
        this.findings = Objects.requireNonNull(findings);
    }

    @Override
    public ActivityKey activity() {
        return ActivityKey.ENVIRONMENTAL_SCAN;
    }

    @Override
    public Measurement measure(PreStudy preStudy) {
        int sourceCount = sources.count();
        int findingCount = findings.count();
        return new Measurement(findingCount, OptionalInt.empty(), sourceCount > 0 || findingCount > 0, true,
                ImmutableList.of(Message.of(EnvironmentalScanMeasure.class, "progress.counted", findingCount,
                        sourceCount)));
    }
}
