package se.coompanion.sesi.domain.survey.entry;

import java.util.Optional;
import se.coompanion.sesi.domain.survey.Disposition;
import se.coompanion.sesi.domain.survey.DispositionEvent;

/**
 * What data entry does to a unit's disposition (part 1 keeps the history; a final disposition changes only on
 * purpose). A keyed form sets COMPLETE, PARTIAL or, for a break-off, REFUSAL (AAPOR's break-off is a refusal),
 * recorded as an event of source DATA_ENTRY, when the unit:
 * <ul>
 * <li>has nothing returned yet (UNKNOWN_NO_RETURN);</li>
 * <li>is already COMPLETE or PARTIAL (recorded by hand as a receipt, or by data entry): the keyed data are the better
 *     evidence of how complete the return is;</li>
 * <li>is a REFUSAL that data entry itself recorded for a break-off (a correction can make it a return again).</li>
 * </ul>
 * Any other final disposition (a refusal, an undeliverable envelope, a unit found not eligible, all recorded by
 * hand) is not changed by keying: a form that came back from such a unit is keyed after the disposition was changed
 * on purpose ({@code survey disposition ID COMPLETE --replace}).
 */
public final class ReturnDisposition {

    private ReturnDisposition() {
    }

    /** True when data entry may set the disposition of a unit whose last event is {@code last}. */
    public static boolean mayKey(Optional<DispositionEvent> last) {
        if (last.isEmpty()) {
            return true;
        }
        Disposition now = last.get().disposition();
        return now == Disposition.UNKNOWN_NO_RETURN || now.isReturn()
                || now == Disposition.REFUSAL && last.get().source() == DispositionEvent.Source.DATA_ENTRY;
    }

    /** The disposition data entry records for a form of this completeness, if it changes anything. */
    public static Optional<Disposition> toRecord(Optional<DispositionEvent> last, Completeness completeness) {
        if (!mayKey(last)) {
            return Optional.empty();
        }
        Disposition wanted = completeness.disposition();
        Disposition now = last.map(DispositionEvent::disposition).orElse(Disposition.UNKNOWN_NO_RETURN);
        return now == wanted ? Optional.empty() : Optional.of(wanted);
    }
}
