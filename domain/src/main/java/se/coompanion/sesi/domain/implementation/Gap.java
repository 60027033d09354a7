package se.coompanion.sesi.domain.implementation;

import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.shared.Message;

/**
 * Something the check finds missing in the draft.
 *
 * @param kind     what is missing
 * @param subject  what it concerns, as a code: {@code activity:A1}, {@code aim:2}, {@code partner:KEY},
 *                 {@code group:ORGANISATIONS} for a claim; {@code A1} for an activity; {@code A1/2} for an
 *                 indicator; a theme, competence, county or municipality code, a principle, a section
 * @param evidence the evidence, baseline or module concerned, when there is one
 * @param text     what is missing, for people
 */
public record Gap(GapKind kind, String subject, Optional<String> evidence, Message text) {

    public Gap {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(text, "text");
    }
}
