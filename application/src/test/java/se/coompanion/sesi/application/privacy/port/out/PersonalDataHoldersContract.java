package se.coompanion.sesi.application.privacy.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.actor.port.in.AddContact;
import se.coompanion.sesi.application.actor.port.in.ImportActors;
import se.coompanion.sesi.application.actor.port.in.ListActors;
import se.coompanion.sesi.application.learning.port.in.AddModule;
import se.coompanion.sesi.application.learning.port.in.CreateProgrammeVersion;
import se.coompanion.sesi.application.learning.port.in.ImportEvaluations;
import se.coompanion.sesi.application.learning.port.in.RecordFollowUp;
import se.coompanion.sesi.application.learning.port.in.RecordPilotRun;
import se.coompanion.sesi.application.prestudy.port.in.StartPreStudy;
import se.coompanion.sesi.application.privacy.port.in.ErasePersonalData;
import se.coompanion.sesi.application.privacy.port.in.ExportPersonalData;
import se.coompanion.sesi.application.privacy.port.in.PersonalRecord;
import se.coompanion.sesi.application.scan.port.in.RecordFinding;
import se.coompanion.sesi.application.scan.port.in.RegisterSource;
import se.coompanion.sesi.application.seminar.port.in.AddAgendaItem;
import se.coompanion.sesi.application.seminar.port.in.CheckInAttendee;
import se.coompanion.sesi.application.seminar.port.in.CreateSeminar;
import se.coompanion.sesi.application.seminar.port.in.InviteContacts;
import se.coompanion.sesi.application.seminar.port.in.RecordAnswer;
import se.coompanion.sesi.application.seminar.port.in.RecordOutcome;
import se.coompanion.sesi.application.seminar.port.in.RecordSeminarEvaluation;
import se.coompanion.sesi.application.seminar.port.in.SendReminder;
import se.coompanion.sesi.application.seminar.port.in.WriteMinutes;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.application.shared.TabularSource;
import se.coompanion.sesi.application.stakeholder.port.in.AssessStakeholder;
import se.coompanion.sesi.application.synthesis.port.in.RecordRecommendation;
import se.coompanion.sesi.application.testing.PortContract;
import se.coompanion.sesi.application.testing.TestValidation;
import se.coompanion.sesi.domain.actor.ContactId;

/**
 * The contract of the {@link PersonalDataHolder}s of the out-ports, for every implementation: a person held and
 * mentioned across the areas is exported from every holder, and after erasure no holder gives out the person's
 * name, email or phone, while every other record, and every other person, is as it was. (The database adapter adds
 * a check of every text column of every table, so that an area added later cannot forget its holder.)
 */
public abstract class PersonalDataHoldersContract extends PortContract {

    protected static final String NAME = "Karin Lindqvist";
    protected static final String EMAIL = "karin.lindqvist@sundsvall.example";
    protected static final String PHONE = "070-174 06 05";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-02T08:00:00Z"),
            ZoneId.of("Europe/Stockholm"));

    protected SesiApplication sesi;

    @BeforeEach
    void a_person_held_and_mentioned_across_the_areas() {
        sesi = SesiApplication.create(ports(), TestValidation.validator(), CLOCK);
        sesi.preStudy().startPreStudy().start(StartPreStudy.Command.sesi());
        sesi.actors().importActors().importActors(new ImportActors.Command(TabularSource.of("aktorer.csv",
                List.of("organisationsnummer", "namn", "juridisk_form", "roller", "kommunkod", "anteckning"), List.of(
                        List.of("212000-2411", "Sundsvalls kommun", "82", "MUNICIPALITY", "2281",
                                "Nås via " + EMAIL.toUpperCase(Locale.ROOT)),
                        List.of("", "Timrå kommun", "82", "MUNICIPALITY", "2262", ""))), ImportOptions.ALL_OR_NOTHING));
        sesi.actors().addContact().add(new AddContact.Command("212000-2411", NAME, "Näringslivsutvecklare", EMAIL,
                PHONE, null));
        sesi.actors().addContact().add(new AddContact.Command("timra-kommun", "Per Holm", "Kommunchef",
                "per.holm@timra.example", "070-174 06 06", null));
        sesi.stakeholders().assessStakeholder().assess(new AssessStakeholder.Command("sundsvalls-kommun", 5, 5, 2,
                "P,L,U", "CO_FINANCIER", "Enligt karin lindqvist (" + PHONE + ") kan kommunen medfinansiera",
                LocalDate.of(2024, 3, 1)));
        sesi.stakeholders().assessStakeholder().assess(new AssessStakeholder.Command("timra-kommun", 2, 4, 1, "L",
                "REFERENCE_GROUP", "Per Holm är positiv", LocalDate.of(2024, 3, 1)));
        sesi.scan().registerSource().register(new RegisterSource.Command("OTHER", "Samtal med " + NAME,
                "Sundsvalls kommun", 2024, "Anteckningar", null, null, true, "Ring " + PHONE));
        sesi.scan().recordFinding().record(new RecordFinding.Command("Kommunen vill samverka", List.of(
                "COLLABORATION_STRUCTURE"), 2, "Skriv till " + EMAIL, List.of("1")));
        sesi.seminar().createSeminar().create(new CreateSeminar.Command("Analysseminarium", LocalDate.of(2024, 4, 25),
                LocalDate.of(2024, 4, 15), "Folkets hus", null, List.of("Hörslinga")));
        sesi.seminar().addAgendaItem().add(new AddAgendaItem.Command(null, "IOP", "IOP", "Inledning av " + NAME));
        sesi.seminar().inviteContacts().invite(new InviteContacts.Command(null, List.of("1", "2"), List.of(),
                LocalDate.of(2024, 4, 1)));
        sesi.seminar().sendReminder().remind(new SendReminder.Command(null, LocalDate.of(2024, 4, 10), List.of(),
                List.of()));
        sesi.seminar().recordAnswer().answer(new RecordAnswer.Command(null, "1", "ACCEPTED", "PHONE", LocalDate.of(2024,
                4, 11), false));
        sesi.seminar().checkInAttendee().checkIn(new CheckInAttendee.Command(null, "1", "WOMAN", false));
        sesi.seminar().checkInAttendee().checkIn(new CheckInAttendee.Command(null, "2", "MAN", false));
        sesi.seminar().recordOutcome().record(new RecordOutcome.Command(null, 1, "5,4", List.of("Enligt " + EMAIL
                + " fungerar IOP"), false));
        sesi.seminar().recordSeminarEvaluation().record(new RecordSeminarEvaluation.Command(null, "5",
                List.of("Ring " + PHONE + " om mer")));
        sesi.seminar().writeMinutes().write(new WriteMinutes.Command(null, NAME + " presenterade IOP.", true));
        sesi.learning().createProgrammeVersion().create(new CreateProgrammeVersion.Command("Lärprogram", null,
                "Efter samtal med " + NAME, LocalDate.of(2024, 1, 8)));
        sesi.learning().addModule().add(new AddModule.Command(null, null, "Upphandling", List.of("Skriva ett anbud"),
                List.of(), "CLASSROOM", "3", List.of()));
        sesi.learning().recordPilotRun().record(new RecordPilotRun.Command(null, LocalDate.of(2024, 1, 30), List.of(),
                1, 0, 0, 0, "Sundsvall"));
        sesi.learning().importEvaluations().importEvaluations(new ImportEvaluations.Command(TabularSource.of(
                "utvardering.csv",
                List.of("pilot", "deltagare", "modul", "nöjdhet"), List.of(List.of("1", "P01", "M1", "4"))),
                ImportOptions.ALL_OR_NOTHING));
        sesi.learning().recordFollowUp().record(new RecordFollowUp.Command(1, "P01", null, null, LocalDate.of(2024, 5,
                2), "YES", "Handledare: " + EMAIL));
        sesi.synthesis().recordRecommendation().record(new RecordRecommendation.Command("Bjud in " + NAME
                + " till styrgruppen", "HIGH", "Nås på " + PHONE, List.of("partner:sundsvalls-kommun", "finding:1")));
    }

    @Test
    void after_erasure_no_holder_gives_out_the_name_email_or_phone_and_the_rest_is_as_it_was() {
        DataSubject karin = new DataSubject(new ContactId(1), NAME, Optional.of(EMAIL), Optional.of(PHONE));
        DataSubject per = new DataSubject(new ContactId(2), "Per Holm", Optional.of("per.holm@timra.example"),
                Optional.empty());
        var actorsBefore = sesi.actors().listActors().list(ListActors.Query.ALL).stream()
                .map(l -> List.of(l.actor().key(), l.actor().name(), l.actor().number(), l.actor().roles(),
                        l.contacts())).toList();
        var gridBefore = sesi.stakeholders().showStakeholderGrid().grid().stream()
                .map(p -> List.of(p.actor().key(), p.assessment().quadrant(), p.assessment().candidacy())).toList();
        Map<String, Long> perBefore = mentioning(per);
        assertThat(mentioning(karin)).as("the test must start with the person held and mentioned")
                .containsKeys("contact_person", "actor", "stakeholder_assessment", "knowledge_source", "finding",
                        "seminar_agenda_item", "seminar_conclusion", "seminar_comment", "seminar_minutes",
                        "learning_version", "learning_evaluation", "synthesis_recommendation");

        ErasePersonalData.Result erased = sesi.privacy().erasePersonalData().erase("1");

        assertThat(mentioning(karin)).isEmpty();
        assertThat(mentioning(per)).as("another person is untouched").isEqualTo(perBefore).isNotEmpty();
        assertThat(erased.records()).isEqualTo(12);
        assertThat(sesi.actors().listActors().list(ListActors.Query.ALL).stream()
                .map(l -> List.of(l.actor().key(), l.actor().name(), l.actor().number(), l.actor().roles(),
                        l.contacts())).toList()).isEqualTo(actorsBefore);
        assertThat(sesi.stakeholders().showStakeholderGrid().grid().stream()
                .map(p -> List.of(p.actor().key(), p.assessment().quadrant(), p.assessment().candidacy())).toList())
                .isEqualTo(gridBefore);
        assertThat(sesi.stakeholders().showStakeholderGrid().grid().get(0).assessment().rationale())
                .contains("Enligt [erased] ([erased]) kan kommunen medfinansiera");
    }

    @Test
    void the_export_lists_the_contact_record_and_every_mention() {
        ExportPersonalData.Result export = sesi.privacy().exportPersonalData().export("1");

        assertThat(export.records()).extracting(PersonalRecord::store).containsExactly("contact_person", "actor",
                "knowledge_source", "finding", "stakeholder_assessment", "seminar_invitation", "seminar_attendance",
                "seminar_agenda_item", "seminar_conclusion", "seminar_comment", "seminar_minutes", "learning_version",
                "learning_evaluation", "synthesis_recommendation");
        assertThat(export.records().get(5).fields()).contains(new PersonalRecord.Field("answer", "ACCEPTED"),
                new PersonalRecord.Field("answered_via", "PHONE"), new PersonalRecord.Field("reminded_on",
                        "2024-04-10"));
        assertThat(export.records().get(6).fields()).contains(new PersonalRecord.Field("gender", "WOMAN"));
        assertThat(export.records().get(0).fields()).contains(new PersonalRecord.Field("name", NAME),
                new PersonalRecord.Field("email", EMAIL), new PersonalRecord.Field("phone", PHONE),
                new PersonalRecord.Field("lawful_basis", "LEGITIMATE_INTEREST"),
                new PersonalRecord.Field("actor", "sundsvalls-kommun"));
    }

    /** Per store, how many records the holders give out for the person that contain the name, email or phone. */
    private Map<String, Long> mentioning(DataSubject subject) {
        return tx(() -> ports().personalDataHolders().stream().flatMap(h -> h.export(subject).stream())
                .filter(r -> r.fields().stream().anyMatch(f -> subject.terms().stream().anyMatch(t ->
                        f.value().toLowerCase(Locale.ROOT).contains(t.toLowerCase(Locale.ROOT)))))
                .collect(Collectors.groupingBy(PersonalRecord::store, Collectors.counting())));
    }
}
