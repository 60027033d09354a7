package se.coompanion.sesi.domain.privacy;

import se.coompanion.sesi.domain.shared.Codes;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The lawful basis for holding a person's data (GDPR article 6(1)). Contact persons of actors are held on
 * legitimate interest by default: the pre-study needs to reach the organisations it maps.
 */
public enum LawfulBasis {
    /** 6(1)(a): the person has consented. */
    CONSENT,
    /** 6(1)(b): needed for a contract with the person. */
    CONTRACT,
    /** 6(1)(c): needed to meet a legal obligation. */
    LEGAL_OBLIGATION,
    /** 6(1)(d): needed to protect someone's vital interests. */
    VITAL_INTERESTS,
    /** 6(1)(e): a task in the public interest or in the exercise of official authority. */
    PUBLIC_TASK,
    /** 6(1)(f): the legitimate interests of the project, weighed against the person's rights (the default). */
    LEGITIMATE_INTEREST;

    public static final LawfulBasis DEFAULT = LEGITIMATE_INTEREST;

    /** The basis for people ("berättigat intresse" / "legitimate interest"). */
    public Message title() {
        return Message.of(LawfulBasis.class, "lawfulBasis." + name());
    }

    /** Reads the code, case-insensitively, with hyphens or underscores ("legitimate-interest"). */
    public static LawfulBasis parse(String text) {
        return Codes.parse(LawfulBasis.class, text, LawfulBasis.class, "lawfulBasis.unknown");
    }
}
