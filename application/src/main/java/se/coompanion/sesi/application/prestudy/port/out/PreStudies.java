package se.coompanion.sesi.application.prestudy.port.out;

import java.time.Instant;
import java.util.Optional;
import se.coompanion.sesi.domain.prestudy.PreStudy;

/** The pre-study of this database (there is at most one). */
public interface PreStudies {

    Optional<PreStudy> find();

    /** Stores the first and only pre-study; a second is a {@code ConflictException}. */
    void add(PreStudy preStudy, Instant createdAt);

    /** Stores changed targets and facts of the existing pre-study. */
    void update(PreStudy preStudy);
}
