package se.coompanion.sesi.domain.implementation;

import se.coompanion.sesi.domain.shared.Codes;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/** How likely a risk is, or how much it would harm the project: low 1, medium 2, high 3. */
public enum RiskLevel {
    LOW(1, "låg"), MEDIUM(2, "medel"), HIGH(3, "hög");

    private final int weight;
    private final String swedish;

    RiskLevel(int weight, String swedish) {
        this.weight = weight;
        this.swedish = swedish;
    }

    public int weight() {
        return weight;
    }

    public Message title() {
        return Message.of(RiskLevel.class, "risk." + name());
    }

    /** Reads LOW, MEDIUM, HIGH in any case, the Swedish låg, medel, hög, or 1, 2, 3. */
    public static RiskLevel parse(String text) {
        return Codes.find(RiskLevel.class, text, l -> l.swedish)
                .or(() -> Codes.find(RiskLevel.class, text, l -> String.valueOf(l.weight)))
                .orElseThrow(() -> new DomainException(Message.of(RiskLevel.class, "risk.unknown",
                        text == null ? "" : text.strip())));
    }
}
