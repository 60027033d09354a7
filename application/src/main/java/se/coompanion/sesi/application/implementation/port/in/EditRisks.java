package se.coompanion.sesi.application.implementation.port.in;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** The risks of the implementation project, each with likelihood, impact and mitigation. */
public interface EditRisks {

    Edited edit(Command command);

    /** A change of the risks. */
    sealed interface Command {
    }

    /**
     * @param description what could happen
     * @param likelihood  LOW, MEDIUM or HIGH (låg, medel, hög, or 1 to 3)
     * @param impact      LOW, MEDIUM or HIGH
     * @param mitigation  what the project does about it
     */
    record Add(@Size(max = 10_000) String description, @Size(max = 100) String likelihood,
            @Size(max = 100) String impact, @Size(max = 10_000) String mitigation) implements Command {
    }

    /** The risk with each field that is not null changed. */
    record Change(@Positive int number, @Size(max = 10_000) String description, @Size(max = 100) String likelihood,
            @Size(max = 100) String impact, @Size(max = 10_000) String mitigation) implements Command {
    }

    /** @param number the risk to remove */
    record Remove(@Positive int number) implements Command {
    }
}
