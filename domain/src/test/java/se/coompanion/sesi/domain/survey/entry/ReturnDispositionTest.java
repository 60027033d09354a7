package se.coompanion.sesi.domain.survey.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.survey.Disposition;
import se.coompanion.sesi.domain.survey.DispositionEvent;
import se.coompanion.sesi.domain.survey.ResponseId;

class ReturnDispositionTest {

    private static Optional<DispositionEvent> last(Disposition disposition, DispositionEvent.Source source) {
        return Optional.of(new DispositionEvent(ResponseId.of(1), disposition, LocalDate.of(2024, 3, 20),
                Instant.parse("2024-03-20T10:00:00Z"), source));
    }

    @Test
    void a_unit_with_nothing_returned_gets_the_disposition_of_its_form() {
        assertThat(ReturnDisposition.toRecord(Optional.empty(), Completeness.PARTIAL)).contains(Disposition.PARTIAL);
        assertThat(ReturnDisposition.toRecord(last(Disposition.UNKNOWN_NO_RETURN, DispositionEvent.Source.MANUAL),
                Completeness.BREAK_OFF)).contains(Disposition.REFUSAL);
    }

    @Test
    void a_receipt_recorded_by_hand_is_corrected_by_the_keyed_data_and_an_equal_one_records_nothing() {
        assertThat(ReturnDisposition.toRecord(last(Disposition.COMPLETE, DispositionEvent.Source.MANUAL),
                Completeness.PARTIAL)).contains(Disposition.PARTIAL);
        assertThat(ReturnDisposition.toRecord(last(Disposition.COMPLETE, DispositionEvent.Source.MANUAL),
                Completeness.COMPLETE)).isEmpty();
        assertThat(ReturnDisposition.toRecord(last(Disposition.PARTIAL, DispositionEvent.Source.DATA_ENTRY),
                Completeness.BREAK_OFF)).contains(Disposition.REFUSAL);
    }

    @Test
    void a_break_off_found_by_data_entry_may_become_a_return_again_but_a_refusal_by_hand_is_kept() {
        assertThat(ReturnDisposition.toRecord(last(Disposition.REFUSAL, DispositionEvent.Source.DATA_ENTRY),
                Completeness.COMPLETE)).contains(Disposition.COMPLETE);
        assertThat(ReturnDisposition.mayKey(last(Disposition.REFUSAL, DispositionEvent.Source.MANUAL))).isFalse();
        assertThat(ReturnDisposition.toRecord(last(Disposition.REFUSAL, DispositionEvent.Source.MANUAL),
                Completeness.COMPLETE)).isEmpty();
    }

    @Test
    void other_final_dispositions_change_only_on_purpose() {
        for (Disposition set : new Disposition[] {Disposition.NOT_ELIGIBLE, Disposition.UNKNOWN_UNDELIVERABLE,
                Disposition.NON_CONTACT, Disposition.OTHER}) {
            assertThat(ReturnDisposition.mayKey(last(set, DispositionEvent.Source.MANUAL))).as(set.name()).isFalse();
        }
    }
}
