package se.coompanion.sesi.domain.prestudy;

import java.util.Locale;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/** The plans a pre-study can start from. */
public enum PreStudyTemplate {
    /** The SESI pre-study of the seed: its ESF+ facts, its region and the targets of its eight activities. */
    SESI,
    /** An empty pre-study for another project: the eight activities without targets, facts given by the user. */
    BLANK;

    public static PreStudyTemplate parse(String text) {
        String normalised = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        try {
            return valueOf(normalised);
        } catch (IllegalArgumentException e) {
            throw new DomainException(Message.of(PreStudyTemplate.class, "template.unknown", text));
        }
    }
}
