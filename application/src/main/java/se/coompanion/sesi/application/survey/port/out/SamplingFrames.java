package se.coompanion.sesi.application.survey.port.out;

import java.util.List;
import java.util.Optional;
import se.coompanion.sesi.domain.survey.FrameUnit;
import se.coompanion.sesi.domain.survey.ResponseId;
import se.coompanion.sesi.domain.survey.FrameEntry;
import se.coompanion.sesi.domain.survey.FrameSize;

/** The sampling frame: every imported row, the survey population flagged by having a response id. */
public interface SamplingFrames {

    /**
     * The organisationsnummer of every stored unit as numbers ({@code OrganisationNumber.asLong}), sorted: 8 bytes
     * a unit, so that an import can check a large frame against the stored one in a small heap.
     */
    long[] organisationNumbers();

    /** The highest response-id sequence given so far; 0 when none. */
    int lastResponseSequence();

    /** Stores a batch of new units (part of the caller's transaction). */
    void addAll(List<FrameEntry> entries);

    /** The population unit with the response id. */
    Optional<FrameUnit> find(ResponseId id);

    /** The units of the survey population, in response-id order. */
    List<FrameUnit> population();

    /** The rows kept outside the population, in import order. */
    List<FrameEntry> excluded();

    FrameSize size();
}
