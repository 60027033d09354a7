package se.coompanion.sesi.application.implementation.port.out;

import java.util.Optional;
import se.coompanion.sesi.domain.implementation.ImplementationDraft;

/** The pre-study's draft of the implementation project: at most one, stored whole. */
public interface ImplementationDrafts {

    /** The draft; empty before {@code sesi implementation draft}. */
    Optional<ImplementationDraft> find();

    /** Stores the draft whole, in place of the one stored (its aims, activities, partners ... as given). */
    void save(ImplementationDraft draft);
}
