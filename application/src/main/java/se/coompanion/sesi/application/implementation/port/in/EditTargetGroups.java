package se.coompanion.sesi.application.implementation.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Describes a target group of the draft (ORGANISATIONS, INDIVIDUALS, MUNICIPALITIES) and what it rests on beside
 * the figures that size it. A {@code NotFoundException} without a draft or for evidence that names nothing.
 */
public interface EditTargetGroups {

    Edited edit(Command command);

    /**
     * @param group       the target group's code
     * @param description its new description; null to keep it
     * @param grounds     what to add to and take from what it rests on
     */
    record Command(@Size(max = 100) String group, @Size(max = 10_000) String description,
            @NotNull GroundsChange grounds) {
    }
}
