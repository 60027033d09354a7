package se.coompanion.sesi.application.seminar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.actor.port.in.AddActor;
import se.coompanion.sesi.application.actor.port.in.AddContact;
import se.coompanion.sesi.application.prestudy.port.in.StartPreStudy;
import se.coompanion.sesi.application.privacy.port.in.ExportPersonalData;
import se.coompanion.sesi.application.privacy.port.in.PersonalRecord;
import se.coompanion.sesi.application.seminar.port.in.AddAgendaItem;
import se.coompanion.sesi.application.seminar.port.in.CheckInAttendee;
import se.coompanion.sesi.application.seminar.port.in.CreateSeminar;
import se.coompanion.sesi.application.seminar.port.in.FinaliseMinutes;
import se.coompanion.sesi.application.seminar.port.in.InviteContacts;
import se.coompanion.sesi.application.seminar.port.in.ListAttendance;
import se.coompanion.sesi.application.seminar.port.in.ListInvitations;
import se.coompanion.sesi.application.seminar.port.in.RecordAnswer;
import se.coompanion.sesi.application.seminar.port.in.RecordOutcome;
import se.coompanion.sesi.application.seminar.port.in.RecordSeminarEvaluation;
import se.coompanion.sesi.application.seminar.port.in.RecordWalkIns;
import se.coompanion.sesi.application.seminar.port.in.SendReminder;
import se.coompanion.sesi.application.seminar.port.in.WriteMinutes;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.testing.InMemorySesiPorts;
import se.coompanion.sesi.application.testing.TestValidation;
import se.coompanion.sesi.domain.prestudy.ActivityKey;
import se.coompanion.sesi.domain.prestudy.ActivityProgress;
import se.coompanion.sesi.domain.prestudy.ProgressStatus;
import se.coompanion.sesi.domain.seminar.InvitationStatus;
import se.coompanion.sesi.domain.seminar.MinutesStatus;
import se.coompanion.sesi.domain.seminar.MinutesVersion;
import se.coompanion.sesi.domain.shared.Gender;
import se.coompanion.sesi.domain.shared.GenderCounts;

/**
 * The analysis seminar over in-memory ports. The seminar is on 2024-04-10, answers by 2024-04-03; the tests look at
 * it on three days: 2024-03-15 (invitations out), 2024-04-05 (after the answer day) and 2024-04-11 (after the
 * seminar).
 */
class SeminarServiceTest {

    private static final LocalDate SEMINAR_DAY = LocalDate.of(2024, 4, 10);

    private final InMemorySesiPorts ports = new InMemorySesiPorts();
    private final SesiApplication march = TestValidation.application(ports);
    private final SesiApplication afterAnswerDay = on(LocalDate.of(2024, 4, 5));
    private final SesiApplication after = on(LocalDate.of(2024, 4, 11));

    private SesiApplication on(LocalDate day) {
        return SesiApplication.create(ports, TestValidation.validator(), Clock.fixed(day.atTime(9, 0)
                .atZone(ZoneId.of("Europe/Stockholm")).toInstant(), ZoneId.of("Europe/Stockholm")));
    }

    @BeforeEach
    void actors_with_contacts_and_a_planned_seminar() {
        march.preStudy().startPreStudy().start(StartPreStudy.Command.sesi());
        march.actors().addActor().add(new AddActor.Command("Sundsvalls kommun", "212000-2411", "82",
                List.of("MUNICIPALITY"), "2281", null, null, null, null, null));
        march.actors().addActor().add(new AddActor.Command("Gröna händer ek. för.", null, "51",
                List.of("SOCIAL_ENTERPRISE"), "2281", null, null, null, null, null));
        contact("sundsvalls-kommun", "Maria Sjödin", "maria.sjodin@sundsvall.example");
        contact("sundsvalls-kommun", "Olle Berg", null);
        contact("grona-hander-ek-for", "Ahmed Yusuf", "ahmed@gronahander.example");
        contact("grona-hander-ek-for", "Elin Persson", "elin@gronahander.example");
        march.seminar().createSeminar().create(new CreateSeminar.Command("Metoder för jobb och kompetens", SEMINAR_DAY,
                LocalDate.of(2024, 4, 3), "Folkets hus, Sundsvall", null, List.of("Hörslinga", "Teckentolk")));
        march.seminar().addAgendaItem().add(new AddAgendaItem.Command(null, "Sociala hänsyn i upphandling",
                "SOCIAL_PROCUREMENT", null));
        march.seminar().addAgendaItem().add(new AddAgendaItem.Command("1", "IOP i praktiken", "iop",
                "Exempel från Timrå"));
    }

    private void contact(String actor, String name, String email) {
        march.actors().addContact().add(new AddContact.Command(actor, name, null, email, null, null));
    }

    private void invite(SesiApplication sesi, List<String> contacts, List<String> actors) {
        sesi.seminar().inviteContacts().invite(new InviteContacts.Command(null, contacts, actors, null));
    }

    private RecordAnswer.Result answer(SesiApplication sesi, String contact, String answer, boolean replace) {
        return sesi.seminar().recordAnswer().answer(new RecordAnswer.Command(null, contact, answer, "phone", null,
                replace));
    }

    private List<InvitationStatus> statuses(SesiApplication sesi) {
        return sesi.seminar().listInvitations().list(null, List.of()).invitations().stream()
                .map(ListInvitations.Invited::status).toList();
    }

    private ActivityProgress progress() {
        return after.preStudy().showProgress().show().activities().stream()
                .filter(a -> a.key() == ActivityKey.ANALYSIS_SEMINAR).findFirst().orElseThrow();
    }

    @Test
    void a_seminar_needs_a_title_and_a_place_or_link_and_every_problem_is_listed() {
        assertThatThrownBy(() -> march.seminar().createSeminar().create(new CreateSeminar.Command(" ", SEMINAR_DAY,
                SEMINAR_DAY.plusDays(1), null, "teams", List.of())))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::toString)
                        .containsExactly("title: Title: a value is required",
                                "link: Link teams: give the address of the digital meeting, starting with https:// "
                                        + "or http://",
                                "Answer day 2024-04-11 is after the seminar (2024-04-10): answers must be asked for "
                                        + "by the seminar's day"));
        assertThatThrownBy(() -> march.seminar().createSeminar().create(new CreateSeminar.Command("Utan plats",
                SEMINAR_DAY,
                null, null, null, List.of()))).hasMessage("A seminar needs a place, a digital link, or both");
        assertThat(march.seminar().listSeminars().list().seminars()).hasSize(1);
        assertThat(march.seminar().showSeminar().show(null).dossier().seminar().facts().accessibility())
                .containsExactly("Hörslinga", "Teckentolk");
    }

    @Test
    void with_two_seminars_the_seminar_must_be_named_and_an_unknown_one_is_not_found() {
        march.seminar().createSeminar().create(new CreateSeminar.Command("Uppföljning", SEMINAR_DAY.plusMonths(2), null,
                null, "https://meet.example/sesi", List.of()));

        assertThatThrownBy(() -> march.seminar().showSeminar().show(null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("seminar: There are 2 seminars: name one with --seminar (1, 2)");
        assertThat(march.seminar().showSeminar().show("2").dossier().seminar().facts().answerBy())
                .isEqualTo(SEMINAR_DAY.plusMonths(2).minusDays(1));
        assertThatThrownBy(() -> march.seminar().showSeminar().show("3")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> march.seminar().showSeminar().show("x")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void contacts_are_invited_by_number_or_by_actor_and_never_twice() {
        march.seminar().inviteContacts().invite(new InviteContacts.Command(null, List.of("1"), List.of(), null));

        InviteContacts.Result second = march.seminar().inviteContacts().invite(new InviteContacts.Command(null,
                List.of(), List.of("sundsvalls-kommun", "grona-hander-ek-for"), LocalDate.of(2024, 3, 14)));

        assertThat(second.invited()).extracting(g -> g.contact().details().name())
                .containsExactly("Olle Berg", "Ahmed Yusuf", "Elin Persson");
        assertThat(second.alreadyInvited()).extracting(g -> g.contact().details().name()).containsExactly(
                "Maria Sjödin");
        assertThat(march.seminar().listInvitations().list(null, List.of()).invitations())
                .extracting(i -> i.invitation().invitedOn())
                .containsExactly(LocalDate.of(2024, 3, 15), LocalDate.of(2024, 3, 14), LocalDate.of(2024, 3, 14),
                        LocalDate.of(2024, 3, 14));
        assertThatThrownBy(() -> invite(march, List.of("1", "2"), List.of())).isInstanceOf(ConflictException.class)
                .hasMessage("Nothing new to invite to seminar 1: of 2 contact persons named, all are invited "
                        + "already (0 erased left out)");
        assertThatThrownBy(() -> invite(march, List.of("9"), List.of())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> invite(march, List.of(), List.of())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> march.seminar().inviteContacts().invite(new InviteContacts.Command(null, List.of("2"),
                List.of(), LocalDate.of(2024, 3, 16)))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Date 2024-03-16 is after today (2024-03-15)");
    }

    @Test
    void an_erased_contact_is_not_invited_and_named_by_number_is_a_conflict() {
        march.privacy().erasePersonalData().erase("2");

        InviteContacts.Result result = march.seminar().inviteContacts().invite(new InviteContacts.Command(null,
                List.of(), List.of("sundsvalls-kommun"), null));

        assertThat(result.invited()).extracting(g -> g.contact().id().value()).containsExactly(1L);
        assertThat(result.erased()).extracting(g -> g.contact().id().value()).containsExactly(2L);
        assertThatThrownBy(() -> invite(march, List.of("2"), List.of())).isInstanceOf(ConflictException.class)
                .hasMessage("Contact 2 is erased and cannot be invited");
    }

    @Test
    void unanswered_invitations_become_no_answer_after_the_answer_day_and_a_late_answer_still_counts() {
        invite(march, List.of("1", "2", "3", "4"), List.of());
        answer(march, "1", "ja", false);
        march.seminar().recordAnswer().answer(new RecordAnswer.Command(null, "2", "DECLINED", "letter",
                LocalDate.of(2024, 3, 15), false));

        assertThat(statuses(march)).containsExactly(InvitationStatus.ACCEPTED, InvitationStatus.DECLINED,
                InvitationStatus.INVITED, InvitationStatus.INVITED);
        assertThat(statuses(afterAnswerDay)).containsExactly(InvitationStatus.ACCEPTED, InvitationStatus.DECLINED,
                InvitationStatus.NO_ANSWER, InvitationStatus.NO_ANSWER);

        RecordAnswer.Result late = answer(afterAnswerDay, "3", "ACCEPTED", false);

        assertThat(late.before()).isEqualTo(InvitationStatus.NO_ANSWER);
        assertThat(late.now().answer().orElseThrow().on()).isEqualTo(LocalDate.of(2024, 4, 5));
        assertThat(afterAnswerDay.seminar().listInvitations().list(null, List.of("NO_ANSWER")).invitations())
                .extracting(i -> i.guest().contact().details().name()).containsExactly("Elin Persson");
    }

    @Test
    void an_answer_is_changed_only_with_replace_and_only_for_the_invited() {
        invite(march, List.of("1", "2"), List.of());
        answer(march, "1", "ACCEPTED", false);

        assertThatThrownBy(() -> answer(march, "1", "DECLINED", false)).isInstanceOf(ConflictException.class)
                .hasMessage("Contact 1 has already answered: accepted on 2024-03-15. Give --replace to change the "
                        + "answer");
        RecordAnswer.Result changed = answer(march, "1", "DECLINED", true);
        assertThat(changed.replaced()).contains(InvitationStatus.ACCEPTED);
        assertThatThrownBy(() -> answer(march, "3", "ACCEPTED", false)).isInstanceOf(NotFoundException.class)
                .hasMessage("Contact 3 (Ahmed Yusuf) is not invited to seminar 1");
        assertThatThrownBy(() -> answer(march, "2", "NO_ANSWER", false)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> march.seminar().recordAnswer().answer(new RecordAnswer.Command(null, "2", "ja", "fax",
                null, false))).isInstanceOf(InvalidInputException.class).hasMessageContaining("via: Answer channel "
                        + "fax: allowed are EMAIL, PHONE, LETTER, IN_PERSON, FORM, OTHER");
        assertThatThrownBy(() -> march.seminar().recordAnswer().answer(new RecordAnswer.Command(null, "2", "ja", null,
                LocalDate.of(2024, 3, 1), false))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Answer dated 2024-03-01 is before the invitation was sent (2024-03-15)");
    }

    @Test
    void a_reminder_goes_to_the_unanswered_by_default_or_to_a_chosen_subset_and_is_recorded() {
        invite(march, List.of("1", "2", "3", "4"), List.of());
        answer(march, "1", "ACCEPTED", false);
        answer(march, "4", "DECLINED", false);

        SendReminder.Result unanswered = afterAnswerDay.seminar().sendReminder().remind(new SendReminder.Command(null,
                null, List.of(), List.of()));
        SendReminder.Result accepted = afterAnswerDay.seminar().sendReminder().remind(new SendReminder.Command(null,
                LocalDate.of(2024, 4, 4), List.of("ACCEPTED"), List.of()));

        assertThat(unanswered.recipients()).extracting(r -> r.guest().contact().details().name())
                .containsExactly("Olle Berg", "Ahmed Yusuf");
        assertThat(unanswered.recipients()).extracting(ListInvitations.Invited::status)
                .containsOnly(InvitationStatus.NO_ANSWER);
        assertThat(unanswered.withoutEmail()).as("Olle Berg has no email address").isEqualTo(1);
        assertThat(accepted.recipients()).extracting(r -> r.guest().contact().details().name())
                .containsExactly("Maria Sjödin");
        assertThat(afterAnswerDay.seminar().listInvitations().list(null, List.of()).invitations())
                .extracting(i -> i.invitation().reminders().size()).containsExactly(1, 1, 1, 0);
        assertThatThrownBy(() -> afterAnswerDay.seminar().sendReminder().remind(new SendReminder.Command(null, null,
                List.of(), List.of("1")))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("Nobody to remind");
        assertThatThrownBy(() -> afterAnswerDay.seminar().sendReminder().remind(new SendReminder.Command(null, null,
                List.of("MAYBE"), List.of()))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void attendance_is_recorded_from_the_seminar_day_with_the_gender_given_and_walk_ins_by_gender() {
        invite(march, List.of("1", "2", "3"), List.of());

        assertThatThrownBy(() -> march.seminar().checkInAttendee().checkIn(new CheckInAttendee.Command(null, "1",
                "WOMAN", false))).isInstanceOf(ConflictException.class)
                .hasMessage("Seminar 1 is on 2024-04-10: attendance can be recorded from that day");
        after.seminar().checkInAttendee().checkIn(new CheckInAttendee.Command(null, "1", "kvinna", false));
        CheckInAttendee.Result uninvited = after.seminar().checkInAttendee().checkIn(new CheckInAttendee.Command(null,
                "4", null, false));
        after.seminar().recordWalkIns().record(new RecordWalkIns.Command(null, "MAN", 3));
        RecordWalkIns.Result corrected = after.seminar().recordWalkIns().record(new RecordWalkIns.Command(null, "MAN",
                -1));

        assertThat(uninvited.invited()).isFalse();
        assertThat(uninvited.gender()).isEqualTo(Gender.NOT_STATED);
        assertThat(corrected.walkIns()).isEqualTo(new GenderCounts(0, 2, 0, 0));
        assertThatThrownBy(() -> after.seminar().checkInAttendee().checkIn(new CheckInAttendee.Command(null, "1",
                "WOMAN", false))).isInstanceOf(ConflictException.class);
        CheckInAttendee.Result fixed = after.seminar().checkInAttendee().checkIn(new CheckInAttendee.Command(null, "4",
                "NON_BINARY", true));
        assertThat(fixed.corrected()).contains(Gender.NOT_STATED);
        assertThatThrownBy(() -> after.seminar().recordWalkIns().record(new RecordWalkIns.Command(null, "WOMAN", -1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("would leave fewer than none");

        ListAttendance.Result attendance = after.seminar().listAttendance().list(null);
        assertThat(attendance.attendees()).extracting(a -> a.guest().contact().details().name(), a -> a.invited(),
                a -> a.checkIn().gender()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Maria Sjödin", true, Gender.WOMAN),
                        org.assertj.core.groups.Tuple.tuple("Elin Persson", false, Gender.NON_BINARY));
        // checked in: 1 woman, 1 non-binary; walk-ins: 3 men - 1 = 2 men; total 4
        assertThat(attendance.total()).isEqualTo(new GenderCounts(1, 2, 1, 0));
    }

    @Test
    void outcomes_gather_ratings_and_conclusions_per_agenda_item_and_can_be_replaced() {
        assertThatThrownBy(() -> march.seminar().recordOutcome().record(new RecordOutcome.Command(null, 1, "5",
                List.of(), false))).isInstanceOf(ConflictException.class);

        after.seminar().recordOutcome().record(new RecordOutcome.Command(null, 1, "5,4,4",
                List.of("Pröva reserverade kontrakt"), false));
        RecordOutcome.Result more = after.seminar().recordOutcome().record(new RecordOutcome.Command(null, 1, "3 5",
                List.of("Utbilda upphandlare"), false));

        // N = 5; sum = 5 + 4 + 4 + 3 + 5 = 21; mean = 21 / 5 = 4.2
        assertThat(more.item().relevance().n()).isEqualTo(5);
        assertThat(more.item().relevance().mean().value()).contains(new BigDecimal("4.2000000000"));
        assertThat(more.item().conclusions()).containsExactly("Pröva reserverade kontrakt", "Utbilda upphandlare");
        RecordOutcome.Result replaced = after.seminar().recordOutcome().record(new RecordOutcome.Command(null, 1, "2",
                List.of("Omprövat"), true));
        assertThat(replaced.item().relevance().n()).isEqualTo(1);
        assertThat(replaced.item().conclusions()).containsExactly("Omprövat");
        assertThatThrownBy(() -> after.seminar().recordOutcome().record(new RecordOutcome.Command(null, 3, "5",
                List.of(), false))).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Seminar 1 has no agenda item 3: its items are numbered 1 to 2");
        assertThatThrownBy(() -> after.seminar().recordOutcome().record(new RecordOutcome.Command(null, 2, "6,0",
                List.of(), false))).isInstanceOf(InvalidInputException.class).hasMessageContaining("Rating 6, 0");
        assertThatThrownBy(() -> after.seminar().recordOutcome().record(new RecordOutcome.Command(null, 2, " ",
                List.of(), false))).isInstanceOf(InvalidInputException.class);
        assertThat(after.seminar().showSeminar().show(null).dossier().seminar().item(
                2).orElseThrow().hasOutcome()).isFalse();
    }

    @Test
    void the_evaluation_adds_ratings_and_comments() {
        after.seminar().recordSeminarEvaluation().record(new RecordSeminarEvaluation.Command(null, "5,4",
                List.of("Bra")));

        RecordSeminarEvaluation.Result result = after.seminar().recordSeminarEvaluation().record(
                new RecordSeminarEvaluation.Command(null, "3", List.of("För kort")));

        // N = 3; sum = 5 + 4 + 3 = 12; mean = 12 / 3 = 4
        assertThat(result.evaluation().ratings().mean().value()).contains(new BigDecimal("4.0000000000"));
        assertThat(result.evaluation().comments()).containsExactly("Bra", "För kort");
        assertThatThrownBy(() -> after.seminar().recordSeminarEvaluation().record(new RecordSeminarEvaluation.Command(
                null, null, List.of()))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void minutes_are_drafted_made_final_from_the_seminar_day_and_a_change_after_that_is_a_new_version() {
        WriteMinutes.Result draft = march.seminar().writeMinutes().write(new WriteMinutes.Command(null, "Utkast",
                false));
        WriteMinutes.Result edited = march.seminar().writeMinutes().write(new WriteMinutes.Command(null, "Utkast två",
                false));

        assertThat(draft.created()).isTrue();
        assertThat(edited.created()).isFalse();
        assertThat(edited.version().version()).isEqualTo(1);
        assertThatThrownBy(() -> march.seminar().finaliseMinutes().finalise(new FinaliseMinutes.Command(null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("final minutes can be recorded");

        FinaliseMinutes.Result finalised =
                after.seminar().finaliseMinutes().finalise(new FinaliseMinutes.Command(null));
        assertThat(finalised.version().status()).isEqualTo(MinutesStatus.FINAL);
        assertThatThrownBy(() -> after.seminar().finaliseMinutes().finalise(new FinaliseMinutes.Command(null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageStartingWith("The minutes of seminar 1 are final already (version 1)");
        assertThat(after.seminar().writeMinutes().write(new WriteMinutes.Command(null, "Utkast två",
                false)).unchanged())
                .isTrue();

        WriteMinutes.Result revision = after.seminar().writeMinutes().write(new WriteMinutes.Command(null, "Rättad",
                true));

        assertThat(revision.created()).isTrue();
        assertThat(revision.version().version()).isEqualTo(2);
        assertThat(after.seminar().showMinutes().show(null).minutes().versions()).extracting(MinutesVersion::text,
                MinutesVersion::status).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Utkast två", MinutesStatus.FINAL),
                        org.assertj.core.groups.Tuple.tuple("Rättad", MinutesStatus.FINAL));
    }

    @Test
    void the_seminar_counts_as_held_when_attendance_is_recorded_and_the_minutes_are_final() {
        assertThat(progress().status()).isEqualTo(ProgressStatus.IN_PROGRESS);
        invite(march, List.of("1", "2", "3", "4"), List.of());
        answer(march, "1", "ACCEPTED", false);
        answer(march, "3", "ACCEPTED", false);
        after.seminar().checkInAttendee().checkIn(new CheckInAttendee.Command(null, "1", "WOMAN", false));
        after.seminar().checkInAttendee().checkIn(new CheckInAttendee.Command(null, "3", "MAN", false));
        after.seminar().recordWalkIns().record(new RecordWalkIns.Command(null, "WOMAN", 2));
        after.seminar().writeMinutes().write(new WriteMinutes.Command(null, "Anteckningar", false));
        assertThat(progress().actual()).as("minutes still a draft").isZero();

        after.seminar().finaliseMinutes().finalise(new FinaliseMinutes.Command(null));

        ActivityProgress done = progress();
        assertThat(done.actual()).isEqualTo(1);
        assertThat(done.status()).isEqualTo(ProgressStatus.DONE);
        assertThat(done.details()).extracting(Object::toString).containsExactly(
                "one seminar planned, one held and documented", "4 invited, 2 accepted",
                "attendees of seminars held: 4 (women 3, men 1, non-binary 0, not stated 0)");
    }

    @Test
    void the_invitations_and_check_ins_of_a_person_are_exported_and_minutes_mentioning_them_are_erased() {
        invite(march, List.of("1"), List.of());
        answer(march, "1", "ACCEPTED", false);
        after.seminar().checkInAttendee().checkIn(new CheckInAttendee.Command(null, "1", "WOMAN", false));
        after.seminar().writeMinutes().write(new WriteMinutes.Command(null, "Maria Sjödin presenterade IOP.", true));

        ExportPersonalData.Result export = after.privacy().exportPersonalData().export("1");

        assertThat(export.records()).extracting(PersonalRecord::store).contains("seminar_invitation",
                "seminar_attendance", "seminar_minutes");
        after.privacy().erasePersonalData().erase("1");
        assertThat(after.seminar().showMinutes().show(null).minutes().latestFinal().orElseThrow().text())
                .isEqualTo("[erased] presenterade IOP.");
        assertThat(after.seminar().listAttendance().list(null).total()).as("counts stay").isEqualTo(new GenderCounts(1,
                0, 0, 0));
        assertThat(after.seminar().listInvitations().list(null, List.of()).invitations()).hasSize(1);
        assertThat(Optional.of(after.seminar().showSeminar().show(null).guests().size())).contains(1);
    }
}
