package se.coompanion.sesi.domain.scan;

import java.util.Objects;

/**
 * A finding as recorded, with its number.
 *
 * @param id      the finding's number
 * @param finding the finding
 */
public record RecordedFinding(FindingId id, Finding finding) {

    public RecordedFinding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(finding, "finding");
    }
}
