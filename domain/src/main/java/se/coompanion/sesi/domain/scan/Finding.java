package se.coompanion.sesi.domain.scan;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.TextField;
import se.coompanion.sesi.domain.shared.Theme;

/**
 * A statement the environmental scan draws from one or more sources, with its themes (the list the needs
 * analysis uses), its relevance and the lesson for the implementation project. A finding cites at least one
 * source: a finding without a source is invalid.
 *
 * @param statement what was found
 * @param themes    at least one theme
 * @param relevance 1 (low) to 3 (high)
 * @param lesson    the lesson for the implementation project, when drawn
 * @param sources   the sources it rests on, at least one
 */
public record Finding(String statement, ImmutableSortedSet<Theme> themes, Relevance relevance,
        Optional<String> lesson, ImmutableSortedSet<SourceId> sources) {

    public static final int MAX_TEXT = 4000;

    public Finding {
        statement = TextField.required(Message.of(Finding.class, "field.statement"), statement, MAX_TEXT);
        themes = ImmutableSortedSet.copyOf(Objects.requireNonNull(themes, "themes"));
        if (themes.isEmpty()) {
            throw new DomainException(Message.of(Finding.class, "finding.noTheme"));
        }
        Objects.requireNonNull(relevance, "relevance");
        lesson = TextField.optional(Message.of(Finding.class, "field.lesson"), lesson, MAX_TEXT);
        sources = ImmutableSortedSet.copyOf(Objects.requireNonNull(sources, "sources"));
        if (sources.isEmpty()) {
            throw new DomainException(Message.of(Finding.class, "finding.noSource"));
        }
    }
}
