package se.coompanion.sesi.application.scan.port.in;

import java.util.List;
import java.util.Optional;
import se.coompanion.sesi.domain.scan.RegisteredSource;
import se.coompanion.sesi.domain.scan.SourceKind;

/** The sources of the environmental scan, optionally of one kind, with how many findings cite each. */
public interface ListSources {

    List<Listed> sources(Optional<SourceKind> kind);

    /**
     * @param source   the source
     * @param findings how many findings cite it
     */
    record Listed(RegisteredSource source, int findings) {
    }
}
