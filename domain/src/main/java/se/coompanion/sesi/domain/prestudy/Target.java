package se.coompanion.sesi.domain.prestudy;

import java.util.Objects;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * What an activity aims at: a fixed number ("10 social enterprises"), all of a set that the evidence
 * defines ("every municipality of the region", "the whole sampling frame"), or no target yet.
 *
 * @param kind     fixed number, all of a set, or none
 * @param quantity the number for {@link Kind#FIXED}; 0 otherwise
 * @param unit     what is counted
 */
public record Target(Kind kind, int quantity, TargetUnit unit) {

    /** How the target's number is known. */
    public enum Kind {
        /** A number set in the plan. */
        FIXED,
        /** All units of a set the evidence defines; the number is the size of that set. */
        ALL,
        /** No target set (a blank pre-study before its plan is written). */
        NONE
    }

    public Target {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        if (kind == Kind.FIXED && quantity < 1) {
            throw new DomainException(Message.of(Target.class, "target.quantity", quantity));
        }
        if (kind != Kind.FIXED && quantity != 0) {
            throw new DomainException(Message.of(Target.class, "target.quantityOnlyFixed", kind, quantity));
        }
    }

    public static Target fixed(int quantity, TargetUnit unit) {
        return new Target(Kind.FIXED, quantity, unit);
    }

    public static Target all(TargetUnit unit) {
        return new Target(Kind.ALL, 0, unit);
    }

    public static Target none(TargetUnit unit) {
        return new Target(Kind.NONE, 0, unit);
    }
}
