package se.coompanion.sesi.domain.statistics;

import java.time.Instant;
import java.util.Objects;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * That the information material was produced: when, in which format and language. The activity
 * INFORMATION_MATERIAL counts as done once there is one.
 *
 * @param producedAt when it was written
 * @param format     HTML or Markdown
 * @param language   the language code, "sv" or "en"
 */
public record MaterialProduction(Instant producedAt, MaterialFormat format, String language) {

    public MaterialProduction {
        Objects.requireNonNull(producedAt, "producedAt");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(language, "language");
        if (!language.matches("[a-z]{2}")) {
            throw new DomainException(Message.of(MaterialProduction.class, "production.language", language));
        }
    }
}
