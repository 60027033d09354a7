package se.coompanion.sesi.application.scan.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import se.coompanion.sesi.domain.scan.KnowledgeSource;
import se.coompanion.sesi.domain.scan.RegisteredSource;
import se.coompanion.sesi.domain.scan.SourceId;

/** The sources of the environmental scan. */
public interface KnowledgeSources {

    /** Stores a new source and gives it its number. */
    RegisteredSource add(KnowledgeSource source, Instant registeredAt);

    /** Every source, in number order. */
    List<RegisteredSource> all();

    /** The sources with these numbers that exist, in number order. */
    List<RegisteredSource> find(Collection<SourceId> ids);

    int count();
}
