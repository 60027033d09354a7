package se.coompanion.sesi.domain.implementation;

import java.util.Objects;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.TextField;

/**
 * A risk to the implementation project, numbered 1, 2, 3 ... in the order written (a new risk gets one more than the
 * highest number, so removing one leaves the others' numbers as they were).
 *
 * @param number      its number
 * @param description what could happen
 * @param likelihood  how likely it is
 * @param impact      how much it would harm the project
 * @param mitigation  what the project does about it
 */
public record Risk(int number, String description, RiskLevel likelihood, RiskLevel impact, String mitigation) {

    public static final int MAX_DESCRIPTION = 1000;
    public static final int MAX_MITIGATION = 2000;

    public Risk {
        if (number < 1) {
            throw new IllegalArgumentException("risks are numbered from 1: " + number);
        }
        description = TextField.required(Message.of(Risk.class, "risk.description"), description, MAX_DESCRIPTION);
        Objects.requireNonNull(likelihood, "likelihood");
        Objects.requireNonNull(impact, "impact");
        mitigation = TextField.required(Message.of(Risk.class, "risk.mitigation"), mitigation, MAX_MITIGATION);
    }

    /** Likelihood times impact, 1 to 9: the order in which risks are worth attention. */
    public int score() {
        return likelihood.weight() * impact.weight();
    }
}
