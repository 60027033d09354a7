package se.coompanion.sesi.domain.survey;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Glossary;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The final disposition codes of the AAPOR Standard Definitions for a mail survey of named organisations, with
 * the letters of the response-rate formulas (domain.md). A unit of the population with no event is
 * {@link #UNKNOWN_NO_RETURN}; every other code finalises the unit.
 */
public enum Disposition {
    /** I: a returned questionnaire, complete. */
    COMPLETE("I"),
    /** P: a returned questionnaire, partial. */
    PARTIAL("P"),
    /** R: the unit refused (or broke off). */
    REFUSAL("R"),
    /** NC: eligible, but never reached (for example the contact person away all the field period). */
    NON_CONTACT("NC"),
    /** O: eligible, other reason for no return (for example language, illness). */
    OTHER("O"),
    /** UH: unknown eligibility, nothing came back. */
    UNKNOWN_NO_RETURN("UH"),
    /** UO: unknown eligibility, returned by the post office as undeliverable. */
    UNKNOWN_UNDELIVERABLE("UO"),
    /** NE: not eligible after all: dissolved, no business activity, outside the region. */
    NOT_ELIGIBLE("NE");

    private final String letters;

    Disposition(String letters) {
        this.letters = letters;
    }

    /** The letters of the AAPOR formulas: I, P, R, NC, O, UH, UO, NE. */
    public String letters() {
        return letters;
    }

    /** Finalised: any code other than UNKNOWN_NO_RETURN. Follow-up mailings skip finalised units. */
    public boolean isFinal() {
        return this != UNKNOWN_NO_RETURN;
    }

    /** A returned questionnaire (complete or partial). */
    public boolean isReturn() {
        return this == COMPLETE || this == PARTIAL;
    }

    public Message title() {
        return Glossary.term("disposition", this);
    }

    /** Reads the name ({@code REFUSAL}, {@code not-eligible}) or the letters ({@code R}, {@code NE}) in any case. */
    public static Disposition parse(String text) {
        String normalised = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Disposition disposition : values()) {
            if (disposition.name().equals(normalised) || disposition.letters.equals(normalised)) {
                return disposition;
            }
        }
        throw new DomainException(Message.of(Disposition.class, "disposition.unknown",
                text == null ? "" : text.strip(), Arrays.stream(values())
                        .map(d -> d.name() + " (" + d.letters + ")").collect(Collectors.joining(", "))));
    }

    /** What recording {@code requested} does to a unit whose disposition is this one. */
    public Change change(Disposition requested, boolean replace) {
        if (requested == this) {
            return Change.UNCHANGED;
        }
        if (isFinal() && !replace) {
            return Change.NEEDS_REPLACE;
        }
        return Change.RECORD;
    }

    /** The outcome of asking for a new disposition. */
    public enum Change {
        /** A new event is recorded and becomes the unit's disposition. */
        RECORD,
        /** The unit already has that disposition: nothing to record. */
        UNCHANGED,
        /**
         * The unit is finalised with another code (for example COMPLETE, and then an undeliverable reminder comes
         * back): a final disposition is changed only on purpose, with replace.
         */
        NEEDS_REPLACE
    }
}
