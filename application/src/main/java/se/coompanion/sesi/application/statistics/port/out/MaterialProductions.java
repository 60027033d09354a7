package se.coompanion.sesi.application.statistics.port.out;

import java.util.Optional;
import se.coompanion.sesi.domain.statistics.MaterialProduction;

/** The times the information material was produced. */
public interface MaterialProductions {

    void add(MaterialProduction production);

    /** The most recent production (the latest time; the last recorded among equal times). */
    Optional<MaterialProduction> latest();

    int count();
}
