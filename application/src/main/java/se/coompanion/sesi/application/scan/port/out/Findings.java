package se.coompanion.sesi.application.scan.port.out;

import java.time.Instant;
import java.util.List;
import se.coompanion.sesi.domain.scan.Finding;
import se.coompanion.sesi.domain.scan.RecordedFinding;

/** The findings of the environmental scan. */
public interface Findings {

    /** Stores a new finding (its sources exist) and gives it its number. */
    RecordedFinding add(Finding finding, Instant recordedAt);

    /** Every finding, in number order. */
    List<RecordedFinding> all();

    int count();
}
