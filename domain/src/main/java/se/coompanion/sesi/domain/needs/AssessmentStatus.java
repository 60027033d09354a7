package se.coompanion.sesi.domain.needs;

import java.util.Arrays;
import java.util.Optional;
import se.coompanion.sesi.domain.shared.Codes;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Glossary;
import se.coompanion.sesi.domain.shared.Message;

/**
 * Where a municipality's needs assessment stands, in the order of the flow PLANNED, BOOKED, CONDUCTED, VALIDATED.
 * An assessment counts towards the needs analysis once it is CONDUCTED (the interview is done) or VALIDATED (the
 * municipality confirmed the written summary).
 */
public enum AssessmentStatus {
    /** The municipality is to be assessed. */
    PLANNED("planerad"),
    /** A meeting or interview is booked. */
    BOOKED("bokad"),
    /** The meeting or interview is held. */
    CONDUCTED("genomförd"),
    /** The municipality confirmed the written summary. */
    VALIDATED("validerad");

    private final String swedish;

    AssessmentStatus(String swedish) {
        this.swedish = swedish;
    }

    /** True for CONDUCTED and VALIDATED: the assessment counts towards the activity's target. */
    public boolean reached() {
        return compareTo(CONDUCTED) >= 0;
    }

    /** The status for people ("genomförd" / "conducted"). */
    public Message title() {
        return Glossary.term("assessment", this);
    }

    /** Reads the code in any case ("conducted") or the Swedish word ("genomförd", "genomford"). */
    public static AssessmentStatus parse(String text) {
        return find(text).orElseThrow(() -> new DomainException(Message.of(AssessmentStatus.class, "status.unknown",
                text == null ? "" : text.strip(), Codes.allowed(AssessmentStatus.class))));
    }

    private static Optional<AssessmentStatus> find(String text) {
        String wanted = Codes.normalise(text);
        return Codes.find(AssessmentStatus.class, text).or(() -> Arrays.stream(values())
                .filter(s -> Codes.normalise(s.swedish).equals(wanted)).findFirst());
    }
}
