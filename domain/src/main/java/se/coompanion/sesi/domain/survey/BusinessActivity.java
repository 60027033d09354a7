package se.coompanion.sesi.domain.survey;

import java.util.Locale;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/** Whether an association runs a business (näringsverksamhet), as the sampling frame says. */
public enum BusinessActivity {
    YES, NO, UNKNOWN;

    /** Reads ja/nej, yes/no, true/false or 1/0 in any case; an empty value is {@link #UNKNOWN}. */
    public static BusinessActivity parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "ja", "yes", "true", "1" -> YES;
            case "nej", "no", "false", "0" -> NO;
            case "" -> UNKNOWN;
            default -> throw new DomainException(Message.of(BusinessActivity.class, "businessActivity.unknown",
                    text.strip()));
        };
    }

    /** As a nullable boolean: null for unknown. */
    public Boolean asBoolean() {
        return switch (this) {
            case YES -> Boolean.TRUE;
            case NO -> Boolean.FALSE;
            case UNKNOWN -> null;
        };
    }

    public static BusinessActivity of(Boolean value) {
        return value == null ? UNKNOWN : value ? YES : NO;
    }

    public Message title() {
        return Message.of(BusinessActivity.class, "businessActivity." + name());
    }
}
