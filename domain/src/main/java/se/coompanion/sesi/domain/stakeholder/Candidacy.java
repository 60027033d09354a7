package se.coompanion.sesi.domain.stakeholder;

import se.coompanion.sesi.domain.shared.Codes;
import se.coompanion.sesi.domain.shared.Glossary;
import se.coompanion.sesi.domain.shared.Message;

/**
 * What part an actor could take in the implementation project. The weight orders the partner shortlist: the more
 * an actor would commit, the higher it stands. A co-applicant shares the responsibility for the project (4), a
 * co-financier commits money (3), a cooperation partner commits work (2), a reference group member gives advice
 * (1); NONE is not on the shortlist (0).
 */
public enum Candidacy {
    NONE(0),
    REFERENCE_GROUP(1),
    COOPERATION_PARTNER(2),
    CO_FINANCIER(3),
    CO_APPLICANT(4);

    private final int weight;

    Candidacy(int weight) {
        this.weight = weight;
    }

    /** The candidacy weight: 4 co-applicant, 3 co-financier, 2 cooperation partner, 1 reference group, 0 none. */
    public int weight() {
        return weight;
    }

    /** True for every candidacy but NONE: the actor belongs on the partner shortlist. */
    public boolean isCandidate() {
        return weight > 0;
    }

    public Message title() {
        return Glossary.term("candidacy", this);
    }

    /** Reads the code in any case, with hyphens or underscores ("co-applicant"). */
    public static Candidacy parse(String text) {
        return Codes.parse(Candidacy.class, text, Candidacy.class, "candidacy.unknown");
    }
}
