package se.coompanion.sesi.application.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.actor.port.in.AddActor;
import se.coompanion.sesi.application.actor.port.in.AddContact;
import se.coompanion.sesi.application.prestudy.port.in.StartPreStudy;
import se.coompanion.sesi.application.privacy.port.in.ErasePersonalData;
import se.coompanion.sesi.application.privacy.port.in.ExportPersonalData;
import se.coompanion.sesi.application.privacy.port.out.DataSubject;
import se.coompanion.sesi.application.privacy.port.out.PersonalDataHolder;
import se.coompanion.sesi.application.privacy.port.in.PersonalRecord;
import se.coompanion.sesi.application.scan.port.in.RecordFinding;
import se.coompanion.sesi.application.scan.port.in.RegisterSource;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.stakeholder.port.in.AssessStakeholder;
import se.coompanion.sesi.application.synthesis.port.in.RecordRecommendation;
import se.coompanion.sesi.application.testing.InMemorySesiPorts;
import se.coompanion.sesi.application.testing.TestValidation;
import se.coompanion.sesi.domain.actor.ContactId;
import se.coompanion.sesi.domain.privacy.Erasure;

class PrivacyServiceTest {

    private static final String NAME = "Karin Lindqvist";
    private static final String EMAIL = "karin.lindqvist@sundsvall.example";
    private static final String PHONE = "070-174 06 05";

    private final InMemorySesiPorts ports = new InMemorySesiPorts();
    private final SesiApplication sesi = TestValidation.application(ports);

    @BeforeEach
    void someone_mentioned_in_several_areas() {
        sesi.actors().addActor().add(new AddActor.Command("Sundsvalls kommun", "212000-2411", "82",
                List.of("MUNICIPALITY"), "2281", null, null, null, null, "Kontakt via " + EMAIL));
        sesi.actors().addActor().add(new AddActor.Command("Timrå kommun", null, "82", List.of("MUNICIPALITY"), "2262",
                null, null, null, null, null));
        sesi.actors().addContact().add(new AddContact.Command("sundsvalls-kommun", NAME, "Näringslivsutvecklare", EMAIL,
                PHONE, null));
        sesi.actors().addContact().add(new AddContact.Command("timra-kommun", "Per Holm", null,
                "per.holm@timra.example", null, null));
        sesi.stakeholders().assessStakeholder().assess(new AssessStakeholder.Command("sundsvalls-kommun", 5, 4, 2,
                "P,L,U",
                "CO_FINANCIER", "Enligt karin lindqvist kan kommunen medfinansiera", LocalDate.of(2024, 3, 1)));
        sesi.stakeholders().assessStakeholder().assess(new AssessStakeholder.Command("timra-kommun", 2, 4, 1, "L",
                "REFERENCE_GROUP", "Per Holm är positiv", LocalDate.of(2024, 3, 1)));
        sesi.scan().registerSource().register(new RegisterSource.Command("REPORT", "Samtal med kommunen",
                "Sundsvalls kommun", 2024, null, null, null, true, "Ring " + PHONE));
        sesi.scan().recordFinding().record(new RecordFinding.Command("Kommunen vill samverka (" + NAME + ")",
                List.of("COLLABORATION_STRUCTURE"), 2, "Ta kontakt tidigt", List.of("1")));
        sesi.preStudy().startPreStudy().start(StartPreStudy.Command.sesi());
        sesi.synthesis().recordRecommendation().record(new RecordRecommendation.Command("Bjud in " + NAME
                + " till styrgruppen", "HIGH", null, List.of("partner:sundsvalls-kommun")));
    }

    @Test
    void the_export_holds_the_contact_record_and_every_mention_of_the_person() {
        ExportPersonalData.Result export = sesi.privacy().exportPersonalData().export("1");

        assertThat(export.contact().details().name()).isEqualTo(NAME);
        assertThat(export.actor().name()).isEqualTo("Sundsvalls kommun");
        assertThat(export.exportedAt()).isEqualTo(TestValidation.CLOCK.instant());
        assertThat(export.records()).extracting(PersonalRecord::store).containsExactly("contact_person", "actor",
                "knowledge_source", "finding", "stakeholder_assessment", "synthesis_recommendation");
        assertThat(export.records().get(0).fields()).contains(new PersonalRecord.Field("email", EMAIL),
                new PersonalRecord.Field("phone", PHONE), new PersonalRecord.Field("lawful_basis",
                        "LEGITIMATE_INTEREST"));
        assertThat(sesi.privacy().exportPersonalData().export("2").records()).extracting(PersonalRecord::store)
                .containsExactly("contact_person", "stakeholder_assessment");
    }

    @Test
    void erasure_leaves_no_name_email_or_phone_and_keeps_organisations_and_counts() {
        int actors = ports.actors().count();
        int contacts = ports.contacts().all().size();
        int assessments = ports.stakeholderAssessments().all().size();
        var grid =
                sesi.stakeholders().showStakeholderGrid().grid().stream().map(p -> p.assessment().quadrant()).toList();
        var shortlist =
                sesi.stakeholders().showPartnerShortlist().shortlist().stream().map(r -> r.actor().key()).toList();

        ErasePersonalData.Result erased = sesi.privacy().erasePersonalData().erase("1");

        assertThat(erased.contact()).isEqualTo(new ContactId(1));
        assertThat(erased.changed()).as("stores that held the person; other areas' stores report 0")
                .filteredOn(e -> e.records() > 0).containsExactly(new ErasePersonalData.Changed("contact_person", 1),
                new ErasePersonalData.Changed("actor", 1), new ErasePersonalData.Changed("knowledge_source", 1),
                new ErasePersonalData.Changed("finding", 1), new ErasePersonalData.Changed("stakeholder_assessment", 1),
                new ErasePersonalData.Changed("synthesis_recommendation", 1));
        DataSubject asBefore = new DataSubject(new ContactId(99), NAME, Optional.of(EMAIL), Optional.of(PHONE));
        for (PersonalDataHolder holder : ports.personalDataHolders()) {
            assertThat(holder.export(asBefore)).as(holder.stores().toString()).isEmpty();
        }
        assertThat(ports.contacts().find(new ContactId(1)).orElseThrow().details().name()).isEqualTo(Erasure.MARKER);
        assertThat(ports.stakeholderAssessments().all().get(0).rationale())
                .contains("Enligt [erased] kan kommunen medfinansiera");
        assertThat(ports.actors().count()).isEqualTo(actors);
        assertThat(ports.contacts().all()).hasSize(contacts);
        assertThat(ports.stakeholderAssessments().all()).hasSize(assessments);
        assertThat(sesi.stakeholders().showStakeholderGrid().grid()).extracting(
                p -> p.assessment().quadrant()).isEqualTo(grid);
        assertThat(sesi.stakeholders().showPartnerShortlist().shortlist()).extracting(r -> r.actor().key()).isEqualTo(
                shortlist);
        assertThat(ports.contacts().find(new ContactId(2)).orElseThrow().details().name()).isEqualTo("Per Holm");
        assertThat(ports.stakeholderAssessments().all().get(1).rationale()).contains("Per Holm är positiv");
    }

    @Test
    void an_erased_contact_exports_only_its_anonymised_record_and_cannot_be_erased_twice() {
        sesi.privacy().erasePersonalData().erase("1");

        ExportPersonalData.Result export = sesi.privacy().exportPersonalData().export("1");

        assertThat(export.contact().erased()).isTrue();
        assertThat(export.records()).extracting(PersonalRecord::store).containsExactly("contact_person");
        assertThatThrownBy(() -> sesi.privacy().erasePersonalData().erase("1")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("Contact 1 was already erased");
    }

    @Test
    void an_unknown_contact_is_not_found_and_a_bad_number_is_invalid_input() {
        assertThatThrownBy(() -> sesi.privacy().exportPersonalData().export("17")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Contact 17 is not in the register");
        assertThatThrownBy(() -> sesi.privacy().erasePersonalData().erase("17")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sesi.privacy().erasePersonalData().erase("Karin")).isInstanceOf(
                InvalidInputException.class)
                .hasMessageStartingWith("contact: Contact Karin");
    }

    @Test
    void a_short_term_is_not_looked_for_in_free_text() {
        DataSubject bo = new DataSubject(new ContactId(5), "Bo", Optional.of("bo@x.se"), Optional.empty());

        assertThat(bo.terms()).containsExactly("bo@x.se");
    }
}
