package se.coompanion.sesi.domain.actor;

import java.util.Locale;
import java.util.Optional;
import se.coompanion.sesi.domain.shared.Codes;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * What an actor is in the social economy of the region (domain.md). An actor may have several roles; a
 * work-integration social enterprise (ASF) is a role, not a legal form.
 */
public enum ActorRole {
    MUNICIPALITY,
    REGION,
    /** For example Arbetsförmedlingen, Försäkringskassan. */
    PUBLIC_AGENCY,
    /** Samordningsförbund. */
    COORDINATION_ASSOCIATION,
    SOCIAL_ENTERPRISE,
    /** Arbetsintegrerande socialt företag, ASF. */
    WORK_INTEGRATION_SOCIAL_ENTERPRISE,
    ECONOMIC_ASSOCIATION,
    NON_PROFIT_WITH_BUSINESS,
    COOPERATIVE_DEVELOPMENT,
    ACADEMIA,
    COMPANY,
    FUNDER,
    OTHER;

    /** The role for people ("Kommun" / "Municipality"). */
    public Message title() {
        return Message.of(ActorRole.class, "role." + name());
    }

    /**
     * Reads the code in any case, with hyphens or spaces ("social-enterprise"), the Swedish or English title
     * ("Samordningsförbund"), or "ASF".
     */
    public static ActorRole parse(String text) {
        return find(text).orElseThrow(() -> new DomainException(Message.of(ActorRole.class, "role.unknown",
                text == null ? "" : text.strip(), Codes.allowed(ActorRole.class))));
    }

    /** Like {@link #parse} but empty for text that names no role. */
    public static Optional<ActorRole> find(String text) {
        String wanted = Codes.normalise(text);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        if (wanted.equals("asf")) {
            return Optional.of(WORK_INTEGRATION_SOCIAL_ENTERPRISE);
        }
        for (ActorRole role : values()) {
            if (wanted.equals(Codes.normalise(role.name()))
                    || wanted.equals(Codes.normalise(role.title().format(Locale.ROOT)))
                    || wanted.equals(Codes.normalise(role.title().format(Locale.forLanguageTag("sv"))))) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
