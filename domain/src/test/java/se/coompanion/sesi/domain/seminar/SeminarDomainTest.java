package se.coompanion.sesi.domain.seminar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.actor.ContactId;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Gender;
import se.coompanion.sesi.domain.shared.GenderCounts;
import se.coompanion.sesi.domain.shared.Mean;

class SeminarDomainTest {

    private static final LocalDate DAY = LocalDate.of(2024, 10, 15);
    private static final Instant T1 = Instant.parse("2024-10-16T08:00:00Z");
    private static final Instant T2 = Instant.parse("2024-10-20T08:00:00Z");
    private static final Instant T3 = Instant.parse("2024-11-02T08:00:00Z");

    private static SeminarFacts facts(Optional<LocalDate> answerBy) {
        return SeminarFacts.of("Metoder för jobb och kompetens", DAY, answerBy, Optional.of("Folkets hus, Sundsvall"),
                Optional.empty(), List.of("Hörslinga", " Rullstolsanpassad lokal ", "Hörslinga"));
    }

    @Test
    void ratings_are_tallied_and_the_mean_comes_with_its_n() {
        RatingTally tally = RatingTally.parse("5, 4 4;3 5 1");

        assertThat(tally).isEqualTo(new RatingTally(1, 0, 1, 2, 2));
        // N = 6; sum = 1x1 + 3x1 + 4x2 + 5x2 = 1 + 3 + 8 + 10 = 22; mean = 22 / 6 = 3.6666666667
        assertThat(tally.mean()).isEqualTo(new Mean(6, 22));
        assertThat(tally.mean().value()).contains(new BigDecimal("3.6666666667"));
        // adding 2 and 2: N = 8, sum = 22 + 4 = 26, mean = 26 / 8 = 3.25
        assertThat(tally.plus(RatingTally.of(List.of(2, 2))).mean().value()).contains(new BigDecimal("3.2500000000"));
        assertThat(RatingTally.NONE.mean().value()).isEmpty();
        assertThat(tally.count(4)).isEqualTo(2);
    }

    @Test
    void a_rating_outside_1_to_5_is_named_with_every_other_wrong_value() {
        assertThatThrownBy(() -> RatingTally.parse("5,6,0,x,3")).isInstanceOf(DomainException.class)
                .hasMessage("Rating 6, 0, x: each rating is a whole number from 1 to 5");
        assertThatThrownBy(() -> RatingTally.parse(" , ")).hasMessageStartingWith("No rating given");
        assertThatThrownBy(() -> RatingTally.NONE.plus(7)).isInstanceOf(DomainException.class);
    }

    @Test
    void a_seminar_has_a_place_or_a_link_and_answers_by_the_day_before_unless_told() {
        SeminarFacts facts = facts(Optional.empty());

        assertThat(facts.answerBy()).isEqualTo(LocalDate.of(2024, 10, 14));
        assertThat(facts.accessibility()).containsExactly("Hörslinga", "Rullstolsanpassad lokal");
        assertThat(facts.digital()).isFalse();
        assertThat(SeminarFacts.of("Digitalt", DAY, Optional.of(DAY), Optional.empty(),
                Optional.of("https://meet.example/sesi-seminarium"), List.of()).digital()).isTrue();
        assertThatThrownBy(() -> SeminarFacts.of("Var?", DAY, Optional.empty(), Optional.empty(), Optional.empty(),
                List.of())).hasMessage("A seminar needs a place, a digital link, or both");
        assertThatThrownBy(() -> SeminarFacts.of("Länk", DAY, Optional.empty(), Optional.empty(),
                Optional.of("meet.example/x"), List.of())).hasMessageStartingWith("Link meet.example/x: give");
        assertThatThrownBy(() -> facts(Optional.of(DAY.plusDays(1))))
                .hasMessage("Answer day 2024-10-16 is after the seminar (2024-10-15): answers must be asked for by the "
                        + "seminar's day");
        assertThatThrownBy(() -> SeminarFacts.of(" ", DAY, Optional.empty(), Optional.of("Sundsvall"),
                Optional.empty(), List.of())).hasMessage("Title: a value is required");
    }

    @Test
    void an_invitation_is_invited_until_the_answer_day_then_no_answer_and_a_late_answer_still_counts() {
        SeminarFacts facts = facts(Optional.of(LocalDate.of(2024, 10, 1)));
        Invitation sent = Invitation.sent(new ContactId(3), LocalDate.of(2024, 9, 10));

        assertThat(sent.status(LocalDate.of(2024, 10, 1), facts.answerBy())).isEqualTo(InvitationStatus.INVITED);
        assertThat(sent.status(LocalDate.of(2024, 10, 2), facts.answerBy())).isEqualTo(InvitationStatus.NO_ANSWER);
        Invitation late = sent.answered(new Answer(InvitationStatus.ACCEPTED, LocalDate.of(2024, 10, 4),
                Optional.of(AnswerChannel.PHONE)));
        assertThat(late.status(LocalDate.of(2024, 10, 5), facts.answerBy())).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(late.status(LocalDate.of(2024, 10, 3), facts.answerBy())).as("the answer came on the 4th")
                .isEqualTo(InvitationStatus.NO_ANSWER);
        assertThatThrownBy(() -> sent.answered(new Answer(InvitationStatus.DECLINED, LocalDate.of(2024, 9, 9),
                Optional.empty())))
                .hasMessage("Answer dated 2024-09-09 is before the invitation was sent (2024-09-10)");
        assertThatThrownBy(() -> new Answer(InvitationStatus.NO_ANSWER, DAY, Optional.empty()))
                .hasMessageStartingWith("Answer NO_ANSWER: an answer is ACCEPTED or DECLINED");
        assertThat(sent.reminded(LocalDate.of(2024, 9, 30)).reminded(LocalDate.of(2024, 9, 20)).lastReminder())
                .contains(LocalDate.of(2024, 9, 30));
    }

    @Test
    void answers_are_read_as_codes_or_as_yes_and_no() {
        assertThat(InvitationStatus.parseAnswer("ja")).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(InvitationStatus.parseAnswer("declined")).isEqualTo(InvitationStatus.DECLINED);
        assertThatThrownBy(() -> InvitationStatus.parseAnswer("invited")).hasMessageStartingWith("Answer INVITED");
        assertThatThrownBy(() -> InvitationStatus.parseAnswer("kanske"))
                .hasMessage("Invitation status kanske: allowed are INVITED, ACCEPTED, DECLINED, NO_ANSWER");
        assertThat(InvitationStatus.NO_ANSWER.title().format(Locale.forLanguageTag("sv"))).isEqualTo("inget svar");
    }

    @Test
    void a_draft_changes_in_place_and_a_final_version_is_locked_so_a_change_makes_a_new_version() {
        Minutes minutes = Minutes.NONE;
        MinutesVersion first = minutes.write("Utkast\r\nrad två", T1).orElseThrow();
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.text()).isEqualTo("Utkast\nrad två");
        minutes = minutes.with(first);

        MinutesVersion edited = minutes.write("Utkast 2", T2).orElseThrow();
        assertThat(edited.version()).as("a draft is a working copy").isEqualTo(1);
        minutes = minutes.with(edited);
        assertThat(minutes.isFinal()).isFalse();

        minutes = minutes.with(minutes.finalise(T2).orElseThrow());
        assertThat(minutes.isFinal()).isTrue();
        assertThat(minutes.finalise(T3)).as("nothing left to finalise").isEmpty();
        assertThat(minutes.write("Utkast 2", T3)).as("the same text changes nothing").isEmpty();

        MinutesVersion revision = minutes.write("Rättad version", T3).orElseThrow();
        assertThat(revision.version()).isEqualTo(2);
        minutes = minutes.with(revision);
        assertThat(minutes.versions()).extracting(MinutesVersion::status)
                .containsExactly(MinutesStatus.FINAL, MinutesStatus.DRAFT);
        assertThat(minutes.latestFinal().orElseThrow().text()).isEqualTo("Utkast 2");
        assertThat(minutes.version(1).orElseThrow().finalisedAt()).contains(T2);
        Minutes revised = minutes;
        assertThatThrownBy(() -> revised.write("  ", T3)).hasMessage("Minutes: a value is required");
    }

    @Test
    void a_seminar_is_held_when_attendance_is_recorded_and_some_minutes_are_final() {
        Seminar seminar = new Seminar(new SeminarId(1), facts(Optional.empty()), ImmutableList.of(
                AgendaItem.planned(1, "IOP", Optional.of(MethodModel.IOP), Optional.empty())),
                new GenderCounts(1, 0, 0, 1), SeminarEvaluation.NONE);
        ImmutableList<Invitation> invitations = ImmutableList.of(
                Invitation.sent(new ContactId(1), LocalDate.of(2024, 9, 1)).answered(new Answer(
                        InvitationStatus.ACCEPTED, LocalDate.of(2024, 9, 2), Optional.empty())),
                Invitation.sent(new ContactId(2), LocalDate.of(2024, 9, 1)).answered(new Answer(
                        InvitationStatus.DECLINED, LocalDate.of(2024, 9, 3), Optional.of(AnswerChannel.LETTER))),
                Invitation.sent(new ContactId(3), LocalDate.of(2024, 9, 1)));
        ImmutableList<CheckIn> checkIns = ImmutableList.of(new CheckIn(new ContactId(1), Gender.WOMAN),
                new CheckIn(new ContactId(9), Gender.MAN));
        Minutes draft = Minutes.NONE.with(Minutes.NONE.write("Anteckningar", T1).orElseThrow());

        SeminarDossier documented = new SeminarDossier(seminar, invitations, checkIns, draft);
        assertThat(documented.held()).as("draft minutes only").isFalse();
        // checked in: 1 woman + 1 man; walk-ins: 1 woman + 1 not stated; total 4
        assertThat(documented.attendees()).isEqualTo(new GenderCounts(2, 1, 0, 1));
        assertThat(documented.uninvitedCheckIns()).isEqualTo(1);
        assertThat(documented.invitationsByStatus(LocalDate.of(2024, 10, 14)))
                .containsEntry(InvitationStatus.INVITED, 1)
                .containsEntry(InvitationStatus.ACCEPTED, 1).containsEntry(InvitationStatus.DECLINED, 1)
                .containsEntry(InvitationStatus.NO_ANSWER, 0);
        assertThat(documented.invitationsByStatus(LocalDate.of(2024, 10, 15)))
                .containsEntry(InvitationStatus.INVITED, 0).containsEntry(InvitationStatus.NO_ANSWER, 1);

        SeminarDossier finalised = new SeminarDossier(seminar, invitations, checkIns,
                draft.with(draft.finalise(T2).orElseThrow()));
        assertThat(finalised.held()).isTrue();
        assertThat(new SeminarDossier(new Seminar(seminar.id(), seminar.facts(), seminar.agenda(), GenderCounts.ZERO,
                seminar.evaluation()), invitations, ImmutableList.of(), finalised.minutes()).held())
                .as("nobody recorded as attending").isFalse();
    }

    @Test
    void an_agenda_item_gathers_ratings_and_conclusions() {
        AgendaItem item = AgendaItem.planned(2, "Sociala hänsyn i upphandling", Optional.of(
                MethodModel.SOCIAL_PROCUREMENT), Optional.of("Reserverade kontrakt"));
        assertThat(item.hasOutcome()).isFalse();

        AgendaItem rated = item.withOutcomeAdded(RatingTally.parse("5,5,4"), List.of("Pröva reserverade kontrakt"))
                .withOutcomeAdded(RatingTally.parse("3"), List.of("Utbilda upphandlare"));
        // N = 4; sum = 5 + 5 + 4 + 3 = 17; mean = 17 / 4 = 4.25
        assertThat(rated.relevance().mean().value()).contains(new BigDecimal("4.2500000000"));
        assertThat(rated.conclusions()).containsExactly("Pröva reserverade kontrakt", "Utbilda upphandlare");
        assertThat(rated.withOutcome(RatingTally.NONE, List.of()).hasOutcome()).isFalse();
        assertThatThrownBy(() -> item.withOutcomeAdded(RatingTally.NONE, List.of(" ")))
                .hasMessage("Conclusion: a value is required");
        assertThat(MethodModel.parse("iop")).isEqualTo(MethodModel.IOP);
    }
}
