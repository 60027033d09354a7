package se.coompanion.sesi.application.scan.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import se.coompanion.sesi.domain.scan.RecordedFinding;

/** Records a finding drawn from registered sources. A source number that is not registered is invalid input. */
public interface RecordFinding {

    RecordedFinding record(Command command);

    /**
     * @param statement what was found
     * @param themes    theme codes, at least one
     * @param relevance 1 (low) to 3 (high)
     * @param lesson    the lesson for the implementation project, optional
     * @param sources   numbers of registered sources, at least one
     */
    record Command(
            @Size(max = 10_000) String statement,
            @NotNull List<@NotNull @Size(max = 100) String> themes,
            int relevance,
            @Size(max = 10_000) String lesson,
            @NotNull List<@NotNull @Size(max = 40) String> sources) {

        public Command {
            themes = themes == null ? null : List.copyOf(themes);
            sources = sources == null ? null : List.copyOf(sources);
        }
    }
}
