package se.coompanion.sesi.domain.implementation;

import se.coompanion.sesi.domain.shared.Codes;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.stakeholder.Candidacy;

/**
 * The part a partner takes in the implementation project: the candidacies of the stakeholder analysis that put an
 * actor on the partner shortlist.
 */
public enum PartnerRole {
    CO_APPLICANT, CO_FINANCIER, COOPERATION_PARTNER, REFERENCE_GROUP;

    public Message title() {
        return Message.of(PartnerRole.class, "role." + name());
    }

    /** The role a shortlisted actor's candidacy proposes. */
    public static PartnerRole of(Candidacy candidacy) {
        return switch (candidacy) {
            case CO_APPLICANT -> CO_APPLICANT;
            case CO_FINANCIER -> CO_FINANCIER;
            case COOPERATION_PARTNER -> COOPERATION_PARTNER;
            case REFERENCE_GROUP -> REFERENCE_GROUP;
            case NONE -> throw new DomainException(Message.of(PartnerRole.class, "role.none"));
        };
    }

    public static PartnerRole parse(String text) {
        return Codes.parse(PartnerRole.class, text, PartnerRole.class, "role.unknown");
    }
}
