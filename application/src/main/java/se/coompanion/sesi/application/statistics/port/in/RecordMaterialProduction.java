package se.coompanion.sesi.application.statistics.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import se.coompanion.sesi.domain.statistics.MaterialFormat;
import se.coompanion.sesi.domain.statistics.MaterialProduction;

/**
 * Records that the information material was produced (written to a file), with the time, format and language:
 * the evidence of the activity INFORMATION_MATERIAL.
 */
public interface RecordMaterialProduction {

    MaterialProduction record(Command command);

    /**
     * @param format   HTML or MARKDOWN
     * @param language the language code of the material, "sv" or "en"
     */
    record Command(@NotNull MaterialFormat format, @NotNull @Pattern(regexp = "[a-z]{2}") String language) {
    }
}
