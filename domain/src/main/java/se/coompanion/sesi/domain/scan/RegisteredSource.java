package se.coompanion.sesi.domain.scan;

import java.util.Objects;

/**
 * A knowledge source as registered, with its number.
 *
 * @param id     the source's number
 * @param source the source
 */
public record RegisteredSource(SourceId id, KnowledgeSource source) {

    public RegisteredSource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
    }
}
