package se.coompanion.sesi.application.implementation.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Writes the implementation project's aims, each resting on recommendations and evidence. Every recommendation must
 * exist and every reference must resolve when cited (a {@code NotFoundException} naming each that does not); an aim
 * that does not exist is a {@code NotFoundException}.
 */
public interface EditAims {

    Edited edit(Command command);

    /** A change of the aims. */
    sealed interface Command {
    }

    /**
     * @param text            the aim
     * @param recommendations the numbers of the recommendations it rests on
     * @param evidence        references to evidence it rests on ({@code need:WORK_INTEGRATION} ...)
     */
    record Add(@Size(max = 10_000) String text, @NotNull @Size(max = 100) List<@NotNull Integer> recommendations,
            @NotNull @Size(max = 100) List<@NotNull @Size(max = 1000) String> evidence) implements Command {

        public Add {
            recommendations = recommendations == null ? null : List.copyOf(recommendations);
            evidence = evidence == null ? null : List.copyOf(evidence);
        }
    }

    /**
     * @param number   the aim
     * @param text     its new text; null to keep it
     * @param grounds  what to add to and take from what it rests on
     */
    record Change(@Positive int number, @Size(max = 10_000) String text, @NotNull GroundsChange grounds)
            implements Command {
    }

    /** @param number the aim to remove */
    record Remove(@Positive int number) implements Command {
    }
}
