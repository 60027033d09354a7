package se.coompanion.sesi.domain.synthesis;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * What a recommendation's evidence can be (domain.md, "Synthesis and the final report"): a record of one of the
 * pre-study's activities. Each kind is written with its prefix, {@code need:2281/WORK_INTEGRATION}; a Swedish prefix
 * is read too ({@code behov:}).
 */
public enum EvidenceKind {
    /** Needs a theme was raised with by the municipalities (all, or one). */
    NEED("need", "behov"),
    /** A finding of the environmental scan. */
    FINDING("finding", "iakttagelse"),
    /** A table of the survey's results: a variable in a group of returns. */
    SURVEY_TABLE("survey", "enkat"),
    /** The outcome of an agenda item of the analysis seminar. */
    SEMINAR_OUTCOME("seminar", "seminarium"),
    /** A competence's place in the Borich ranking of the competence gaps. */
    BORICH_RANK("borich", "kompetensgap"),
    /** The pilot results of a module of the learning programme. */
    PILOT_RESULT("pilot", "pilot"),
    /** An actor on the partner shortlist. */
    PARTNER_CANDIDATE("partner", "partner");

    private final String prefix;
    private final String swedishPrefix;

    EvidenceKind(String prefix, String swedishPrefix) {
        this.prefix = prefix;
        this.swedishPrefix = swedishPrefix;
    }

    /** The prefix a reference is written with: {@code need}, {@code survey}, ... */
    public String prefix() {
        return prefix;
    }

    /** The kind for people ("Behov i kommunerna" / "Needs of the municipalities"). */
    public Message title() {
        return Message.of(EvidenceKind.class, "kind." + name());
    }

    /** The kind a reference's prefix names (English or Swedish, any case, accents ignored). */
    public static EvidenceKind ofPrefix(String text) {
        String wanted = text == null ? "" : java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return find(wanted).orElseThrow(() -> new DomainException(Message.of(EvidenceKind.class, "kind.unknown",
                text == null ? "" : text.strip(), Arrays.stream(values()).map(EvidenceKind::prefix)
                        .collect(Collectors.joining(", ")))));
    }

    private static Optional<EvidenceKind> find(String prefix) {
        return Arrays.stream(values()).filter(k -> k.prefix.equals(prefix) || k.swedishPrefix.equals(prefix))
                .findFirst();
    }
}
