package se.coompanion.sesi.application.survey.port.in;

import java.util.List;
import java.util.Objects;
import se.coompanion.sesi.domain.survey.FrameEntry;
import se.coompanion.sesi.domain.survey.FrameSize;
import se.coompanion.sesi.domain.survey.Disposition;
import se.coompanion.sesi.domain.survey.FrameUnit;

/** The sampling frame: the survey population with each unit's disposition, and the rows kept outside it. */
public interface ListSamplingFrame {

    /** The population in response-id order. */
    List<Member> population();

    /** The rows outside the population, in import order. */
    List<FrameEntry> excluded();

    FrameSize size();

    /**
     * @param unit        the unit
     * @param disposition its disposition now
     */
    record Member(FrameUnit unit, Disposition disposition) {

        public Member {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(disposition, "disposition");
        }
    }
}
