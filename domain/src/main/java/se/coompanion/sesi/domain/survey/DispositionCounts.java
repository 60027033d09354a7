package se.coompanion.sesi.domain.survey;

import java.util.Map;
import java.util.OptionalDouble;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * How many units of the survey population have each final disposition, and the AAPOR response rates computed from
 * them exactly as domain.md gives them. Units outside the population (excluded by the frame's eligibility rules)
 * are never counted here.
 *
 * <pre>
 * RR1   = I / ((I+P) + (R+NC+O) + (UH+UO))
 * RR2   = (I+P) / ((I+P) + (R+NC+O) + (UH+UO))
 * RR3   = I / ((I+P) + (R+NC+O) + e(UH+UO)),  e = (I+P+R+NC+O) / (I+P+R+NC+O+NE)
 * COOP1 = I / ((I+P) + R + O)
 * </pre>
 *
 * A rate whose denominator is 0 (or, for RR3, whose e cannot be estimated because no unit's eligibility is known)
 * is not defined: it is empty, never 0 and never a division by zero.
 *
 * @param complete              I
 * @param partial               P
 * @param refusal               R
 * @param nonContact            NC
 * @param other                 O
 * @param unknownNoReturn       UH
 * @param unknownUndeliverable  UO
 * @param notEligible           NE
 */
public record DispositionCounts(long complete, long partial, long refusal, long nonContact, long other,
        long unknownNoReturn, long unknownUndeliverable, long notEligible) {

    public static final DispositionCounts NONE = new DispositionCounts(0, 0, 0, 0, 0, 0, 0, 0);

    public DispositionCounts {
        for (long count : new long[] {complete, partial, refusal, nonContact, other, unknownNoReturn,
                unknownUndeliverable, notEligible}) {
            if (count < 0) {
                throw new DomainException(Message.of(DispositionCounts.class, "counts.negative", count));
            }
        }
    }

    /** The counts of a map from disposition to number of units (missing codes count 0). */
    public static DispositionCounts of(Map<Disposition, Long> counts) {
        DispositionCounts result = NONE;
        for (Map.Entry<Disposition, Long> entry : counts.entrySet()) {
            result = result.plus(entry.getKey(), entry.getValue());
        }
        return result;
    }

    public long count(Disposition disposition) {
        return switch (disposition) {
            case COMPLETE -> complete;
            case PARTIAL -> partial;
            case REFUSAL -> refusal;
            case NON_CONTACT -> nonContact;
            case OTHER -> other;
            case UNKNOWN_NO_RETURN -> unknownNoReturn;
            case UNKNOWN_UNDELIVERABLE -> unknownUndeliverable;
            case NOT_ELIGIBLE -> notEligible;
        };
    }

    /** These counts with {@code n} more units of a disposition. */
    public DispositionCounts plus(Disposition disposition, long n) {
        return new DispositionCounts(
                complete + (disposition == Disposition.COMPLETE ? n : 0),
                partial + (disposition == Disposition.PARTIAL ? n : 0),
                refusal + (disposition == Disposition.REFUSAL ? n : 0),
                nonContact + (disposition == Disposition.NON_CONTACT ? n : 0),
                other + (disposition == Disposition.OTHER ? n : 0),
                unknownNoReturn + (disposition == Disposition.UNKNOWN_NO_RETURN ? n : 0),
                unknownUndeliverable + (disposition == Disposition.UNKNOWN_UNDELIVERABLE ? n : 0),
                notEligible + (disposition == Disposition.NOT_ELIGIBLE ? n : 0));
    }

    public DispositionCounts plus(DispositionCounts other) {
        DispositionCounts sum = this;
        for (Disposition disposition : Disposition.values()) {
            sum = sum.plus(disposition, other.count(disposition));
        }
        return sum;
    }

    /** Every unit of the population counted here. */
    public long total() {
        return complete + partial + refusal + nonContact + other + unknownNoReturn + unknownUndeliverable + notEligible;
    }

    /** I+P+R+NC+O: the units known to be eligible. */
    public long knownEligible() {
        return complete + partial + refusal + nonContact + other;
    }

    /** UH+UO: the units whose eligibility is unknown. */
    public long unknownEligibility() {
        return unknownNoReturn + unknownUndeliverable;
    }

    /** e = (I+P+R+NC+O) / (I+P+R+NC+O+NE): the eligible share among units whose eligibility is known. */
    public OptionalDouble e() {
        return ratio(knownEligible(), knownEligible() + notEligible);
    }

    /** RR1 = I / ((I+P) + (R+NC+O) + (UH+UO)). */
    public OptionalDouble rr1() {
        return ratio(complete, knownEligible() + unknownEligibility());
    }

    /** RR2 = (I+P) / ((I+P) + (R+NC+O) + (UH+UO)). */
    public OptionalDouble rr2() {
        return ratio(complete + partial, knownEligible() + unknownEligibility());
    }

    /** RR3 = I / ((I+P) + (R+NC+O) + e(UH+UO)); not defined when e is not. */
    public OptionalDouble rr3() {
        OptionalDouble e = e();
        if (e.isEmpty()) {
            return OptionalDouble.empty();
        }
        double denominator = knownEligible() + e.getAsDouble() * unknownEligibility();
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of(complete / denominator);
    }

    /** COOP1 = I / ((I+P) + R + O). */
    public OptionalDouble coop1() {
        return ratio(complete, complete + partial + refusal + other);
    }

    private static OptionalDouble ratio(long numerator, long denominator) {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
    }
}
