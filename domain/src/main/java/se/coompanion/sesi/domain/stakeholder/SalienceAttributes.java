package se.coompanion.sesi.domain.stakeholder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * Which of Mitchell, Agle and Wood's three attributes a stakeholder has: power (P), legitimacy (L), urgency (U).
 *
 * @param power      the stakeholder can impose its will
 * @param legitimacy its claim is seen as proper
 * @param urgency    its claim calls for immediate attention
 */
public record SalienceAttributes(boolean power, boolean legitimacy, boolean urgency) {

    public static final SalienceAttributes NONE = new SalienceAttributes(false, false, false);

    /**
     * Reads the letters present, in any order and case, separated by commas, spaces or nothing: {@code P,L,U},
     * {@code pu}, {@code L}; {@code none} or {@code -} for none of them.
     */
    public static SalienceAttributes parse(String text) {
        String trimmed = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (trimmed.equals("NONE") || trimmed.equals("-") || trimmed.equals("INGEN")) {
            return NONE;
        }
        String letters = trimmed.replaceAll("[\\s,+]+", "");
        if (letters.isEmpty() || !letters.matches("[PLU]+") || letters.chars().distinct().count() != letters.length()) {
            throw new DomainException(Message.of(SalienceAttributes.class, "salience.shape",
                    text == null ? "" : text.strip()));
        }
        return new SalienceAttributes(letters.contains("P"), letters.contains("L"), letters.contains("U"));
    }

    public SalienceClass salienceClass() {
        return SalienceClass.of(power, legitimacy, urgency);
    }

    /** The attributes as written on the command line: {@code P,L,U}, {@code L}, or {@code none}. */
    public String code() {
        List<String> letters = new ArrayList<>();
        if (power) {
            letters.add("P");
        }
        if (legitimacy) {
            letters.add("L");
        }
        if (urgency) {
            letters.add("U");
        }
        return letters.isEmpty() ? "none" : String.join(",", letters);
    }

    @Override
    public String toString() {
        return code();
    }
}
