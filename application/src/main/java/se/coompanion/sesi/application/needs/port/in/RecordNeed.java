package se.coompanion.sesi.application.needs.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import se.coompanion.sesi.domain.needs.NeedTheme;
import se.coompanion.sesi.domain.needs.Priority;
import se.coompanion.sesi.domain.needs.TargetGroup;
import se.coompanion.sesi.domain.shared.Municipality;

/**
 * Records a need a municipality raised. The municipality's assessment is planned first if it has none; a validated
 * assessment takes no new needs ({@code ConflictException}: reopen it first), and the same need (theme and
 * description) twice is bad input.
 */
public interface RecordNeed {

    Recorded record(Command command);

    /**
     * @param municipality    the municipality
     * @param theme           the theme (OTHER may carry a label)
     * @param priority        high, medium or low
     * @param targetGroups    the ESF+ target groups it concerns
     * @param description     what the need is
     * @param existingSupport the support the municipality has today, or null
     * @param evidence        what the need rests on, or null
     */
    record Command(@NotNull Municipality municipality, @NotNull NeedTheme theme, @NotNull Priority priority,
            @NotNull Set<@NotNull TargetGroup> targetGroups, @NotBlank @Size(max = 4000) String description,
            @Size(max = 4000) String existingSupport, @Size(max = 4000) String evidence) {

        public Command {
            targetGroups = targetGroups == null ? null : Set.copyOf(targetGroups);
        }
    }
}
