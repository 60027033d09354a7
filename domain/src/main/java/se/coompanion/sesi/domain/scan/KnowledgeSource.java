package se.coompanion.sesi.domain.scan;

import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.shared.CaseNumber;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.TextField;
import se.coompanion.sesi.domain.shared.WebAddress;

/**
 * A source of the environmental scan (omvärldsanalys): a similar project, research, a report, statistics, a
 * policy. A source that only illustrates (the demo's invented projects) is marked as an example, so that no
 * document presents it as real.
 *
 * @param kind             what kind of source
 * @param title            its title
 * @param publisher        publisher or author
 * @param year             year of publication (or of the project's start)
 * @param reference        a web address (http or https, checked as {@link WebAddress}) or a citation
 * @param fundingProgramme for a project: its funding programme, when known (e.g. ESF+ 2021-2027)
 * @param caseNumber       for a project: its case number, when known
 * @param example          true for an illustrative, invented source
 * @param note             a note for the team
 */
public record KnowledgeSource(SourceKind kind, String title, String publisher, Optional<Year> year,
        Optional<String> reference, Optional<String> fundingProgramme, Optional<CaseNumber> caseNumber,
        boolean example, Optional<String> note) {

    public static final int MAX_TITLE = 500;
    public static final int MAX_PUBLISHER = 300;
    public static final int MAX_REFERENCE = 1000;
    public static final int MAX_PROGRAMME = 200;
    public static final int MAX_NOTE = 2000;
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    public KnowledgeSource {
        Objects.requireNonNull(kind, "kind");
        title = TextField.required(Message.of(KnowledgeSource.class, "field.title"), title, MAX_TITLE);
        publisher = TextField.required(Message.of(KnowledgeSource.class, "field.publisher"), publisher,
                MAX_PUBLISHER);
        Objects.requireNonNull(year, "year");
        year.ifPresent(y -> {
            if (y.getValue() < FIRST_YEAR || y.getValue() > LAST_YEAR) {
                throw new DomainException(Message.of(KnowledgeSource.class, "source.year", y.getValue(),
                        FIRST_YEAR, LAST_YEAR));
            }
        });
        reference = TextField.optional(Message.of(KnowledgeSource.class, "field.reference"), reference,
                MAX_REFERENCE);
        fundingProgramme = TextField.optional(Message.of(KnowledgeSource.class, "field.programme"),
                fundingProgramme, MAX_PROGRAMME);
        Objects.requireNonNull(caseNumber, "caseNumber");
        if (kind != SourceKind.PROJECT && (fundingProgramme.isPresent() || caseNumber.isPresent())) {
            throw new DomainException(Message.of(KnowledgeSource.class, "source.projectOnly", kind));
        }
        note = TextField.optional(Message.of(KnowledgeSource.class, "field.note"), note, MAX_NOTE);
    }

    /**
     * A reference as a person may give it: a citation, or a web address ({@link WebAddress}: http or https, no space,
     * quote or bracket) when it starts like one ({@code https://}). Checked where a source is registered; a reference
     * stored by an earlier release loads as it is, and the documents write it as text when it is no plain address.
     */
    public static String checkReference(String reference) {
        String stripped = reference.strip();
        if (WebAddress.looksLikeOne(stripped) && !WebAddress.isValid(stripped)) {
            throw new DomainException(Message.of(KnowledgeSource.class, "source.referenceAddress", stripped));
        }
        return stripped;
    }

    /** "Title (Publisher, 2023)" for lists and citations. */
    public String citation() {
        return title + " (" + publisher + year.map(y -> ", " + y).orElse("") + ")";
    }
}
