package se.coompanion.sesi.application.scan.port.in;

import java.util.List;
import java.util.Optional;
import se.coompanion.sesi.domain.scan.RecordedFinding;
import se.coompanion.sesi.domain.scan.RegisteredSource;
import se.coompanion.sesi.domain.shared.Theme;

/** The findings of the environmental scan, optionally of one theme, with the sources they cite. */
public interface ListFindings {

    List<Listed> findings(Optional<Theme> theme);

    /**
     * @param finding the finding
     * @param sources the sources it cites, in number order
     */
    record Listed(RecordedFinding finding, List<RegisteredSource> sources) {

        public Listed {
            sources = List.copyOf(sources);
        }
    }
}
