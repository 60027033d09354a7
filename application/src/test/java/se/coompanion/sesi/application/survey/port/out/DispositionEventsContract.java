package se.coompanion.sesi.application.survey.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static se.coompanion.sesi.application.survey.port.out.SurveyUnits.member;
import static se.coompanion.sesi.application.survey.port.out.SurveyUnits.outside;
import static se.coompanion.sesi.application.survey.port.out.SurveyUnits.unconfirmed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.testing.PortContract;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.survey.ContactWave;
import se.coompanion.sesi.domain.survey.Disposition;
import se.coompanion.sesi.domain.survey.DispositionEvent;
import se.coompanion.sesi.domain.survey.ExclusionReason;
import se.coompanion.sesi.domain.survey.QuestionnaireVersion;
import se.coompanion.sesi.domain.survey.ResponseId;
import se.coompanion.sesi.domain.survey.WaveType;

/** The contract of the {@link DispositionEvents} out-port, for every implementation. */
public abstract class DispositionEventsContract extends PortContract {

    private static final Instant NOW = Instant.parse("2024-03-20T09:00:00Z");

    private DispositionEvents events() {
        return ports().dispositionEvents();
    }

    private void add(int unit, Disposition disposition, String date, DispositionEvent.Source source) {
        ports().transactions().run(() -> events().add(new DispositionEvent(ResponseId.of(unit), disposition,
                LocalDate.parse(date), NOW, source)));
    }

    /** Units 1-3 in Sundsvall (ekonomiska föreningar), 4 in Östersund (ideell), and a row outside the population. */
    @BeforeEach
    void frame() {
        ports().transactions().run(() -> ports().samplingFrames().addAll(List.of(
                member(1, "2281"), member(2, "2281"), member(3, "2281"), unconfirmed(4, "2380"),
                outside(5, 6, Set.of(ExclusionReason.LEGAL_FORM)))));
    }

    @Test
    void the_history_is_kept_in_the_order_recorded_and_the_last_event_is_the_disposition() {
        add(1, Disposition.UNKNOWN_UNDELIVERABLE, "2024-03-14", DispositionEvent.Source.MANUAL);
        add(1, Disposition.COMPLETE, "2024-03-12", DispositionEvent.Source.DATA_ENTRY);
        add(2, Disposition.REFUSAL, "2024-03-13", DispositionEvent.Source.MANUAL);

        assertThat(tx(() -> events().history(ResponseId.of(1)))).containsExactly(
                new DispositionEvent(ResponseId.of(1), Disposition.UNKNOWN_UNDELIVERABLE, LocalDate.of(2024, 3, 14), NOW,
                        DispositionEvent.Source.MANUAL),
                new DispositionEvent(ResponseId.of(1), Disposition.COMPLETE, LocalDate.of(2024, 3, 12), NOW,
                        DispositionEvent.Source.DATA_ENTRY));
        assertThat(tx(events()::current)).isEqualTo(Map.of(ResponseId.of(1), Disposition.COMPLETE,
                ResponseId.of(2), Disposition.REFUSAL));
        assertThat(tx(() -> events().history(ResponseId.of(3)))).isEmpty();
        assertThat(tx(events()::latest)).isEqualTo(Map.of(
                ResponseId.of(1), new DispositionEvent(ResponseId.of(1), Disposition.COMPLETE,
                        LocalDate.of(2024, 3, 12), NOW, DispositionEvent.Source.DATA_ENTRY),
                ResponseId.of(2), new DispositionEvent(ResponseId.of(2), Disposition.REFUSAL,
                        LocalDate.of(2024, 3, 13), NOW, DispositionEvent.Source.MANUAL)));
    }

    @Test
    void outcomes_count_the_population_by_place_form_and_disposition_now_with_no_event_as_no_return() {
        add(1, Disposition.COMPLETE, "2024-03-12", DispositionEvent.Source.MANUAL);
        add(2, Disposition.COMPLETE, "2024-03-12", DispositionEvent.Source.MANUAL);
        add(4, Disposition.REFUSAL, "2024-03-12", DispositionEvent.Source.MANUAL);
        add(4, Disposition.NOT_ELIGIBLE, "2024-03-13", DispositionEvent.Source.MANUAL);

        assertThat(tx(events()::outcomes)).containsExactlyInAnyOrder(
                new OutcomeCount(Municipality.of("2281"), LegalForm.EKONOMISK_FORENING, Disposition.COMPLETE, 2),
                new OutcomeCount(Municipality.of("2281"), LegalForm.EKONOMISK_FORENING, Disposition.UNKNOWN_NO_RETURN, 1),
                new OutcomeCount(Municipality.of("2380"), LegalForm.IDEELL_FORENING, Disposition.NOT_ELIGIBLE, 1));
    }

    @Test
    void units_settled_now_without_a_wave_of_a_kind_are_counted_by_their_last_event() {
        // pre-notice to units 1-4, the questionnaire to 2 and 3 only
        ports().transactions().run(() -> {
            ports().questionnaires().add(new QuestionnaireVersion(1, QuestionnairesContract.everyType(),
                    "enkat.csv", NOW));
            ports().contactWaves().add(new ContactWave(1, WaveType.PRE_NOTICE, LocalDate.of(2024, 3, 4), 4,
                    OptionalInt.empty(), NOW), List.of(ResponseId.of(1), ResponseId.of(2), ResponseId.of(3),
                    ResponseId.of(4)));
            ports().contactWaves().add(new ContactWave(2, WaveType.QUESTIONNAIRE, LocalDate.of(2024, 3, 11),
                    2, OptionalInt.of(1), NOW), List.of(ResponseId.of(2), ResponseId.of(3)));
        });
        add(1, Disposition.UNKNOWN_UNDELIVERABLE, "2024-03-08", DispositionEvent.Source.MANUAL);
        add(2, Disposition.REFUSAL, "2024-03-15", DispositionEvent.Source.MANUAL);
        add(3, Disposition.REFUSAL, "2024-03-15", DispositionEvent.Source.MANUAL);
        add(4, Disposition.REFUSAL, "2024-03-08", DispositionEvent.Source.MANUAL);
        add(4, Disposition.UNKNOWN_NO_RETURN, "2024-03-09", DispositionEvent.Source.MANUAL);
        Set<Disposition> settled = EnumSet.complementOf(EnumSet.of(Disposition.UNKNOWN_NO_RETURN));

        // unit 1 only: 2 and 3 were sent the questionnaire, 4's last event is no return
        assertThat(tx(() -> events().countNeverSent(settled, WaveType.QUESTIONNAIRE))).isEqualTo(1);
        assertThat(tx(() -> events().countNeverSent(Set.of(Disposition.REFUSAL), WaveType.QUESTIONNAIRE))).isZero();
        assertThat(tx(() -> events().countNeverSent(settled, WaveType.PRE_NOTICE))).isZero();
        // units 1, 2 and 3: none was sent a reminder
        assertThat(tx(() -> events().countNeverSent(settled, WaveType.REMINDER_POSTCARD))).isEqualTo(3);
        assertThat(tx(() -> events().countNeverSent(Set.of(), WaveType.REMINDER_POSTCARD))).isZero();
    }

    @Test
    void events_added_together_keep_their_order_and_the_last_one_of_a_unit_is_its_disposition() {
        add(3, Disposition.REFUSAL, "2024-03-11", DispositionEvent.Source.MANUAL);
        DispositionEvent first = new DispositionEvent(ResponseId.of(1), Disposition.PARTIAL, LocalDate.of(2024, 3, 12),
                NOW, DispositionEvent.Source.DATA_ENTRY);
        DispositionEvent second = new DispositionEvent(ResponseId.of(2), Disposition.COMPLETE,
                LocalDate.of(2024, 3, 12), NOW, DispositionEvent.Source.DATA_ENTRY);
        DispositionEvent again = new DispositionEvent(ResponseId.of(1), Disposition.COMPLETE, LocalDate.of(2024, 3, 13),
                NOW, DispositionEvent.Source.DATA_ENTRY);
        ports().transactions().run(() -> events().addAll(List.of(first, second, again)));

        assertThat(tx(() -> events().history(ResponseId.of(1)))).containsExactly(first, again);
        assertThat(tx(events()::current)).isEqualTo(Map.of(ResponseId.of(1), Disposition.COMPLETE,
                ResponseId.of(2), Disposition.COMPLETE, ResponseId.of(3), Disposition.REFUSAL));
        assertThat(tx(events()::latest).get(ResponseId.of(2))).isEqualTo(second);
    }
}
