package se.coompanion.sesi.application.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.actor.port.in.AddActor;
import se.coompanion.sesi.application.actor.port.in.AddContact;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.testing.InMemorySesiPorts;
import se.coompanion.sesi.application.testing.TestValidation;
import se.coompanion.sesi.domain.actor.ContactId;
import se.coompanion.sesi.domain.actor.ContactPerson;
import se.coompanion.sesi.domain.privacy.LawfulBasis;

class ContactServiceTest {

    private final InMemorySesiPorts ports = new InMemorySesiPorts();
    private final SesiApplication sesi = TestValidation.application(ports);

    @BeforeEach
    void register() {
        sesi.actors().addActor().add(new AddActor.Command("Sundsvalls kommun", "212000-2411", "82",
                List.of("MUNICIPALITY"), "2281", null, null, null, null, null));
        sesi.actors().addActor().add(new AddActor.Command("Region Västernorrland", null, null, List.of("REGION"), null,
                null, null, null, null, null));
    }

    @Test
    void a_contact_is_held_on_legitimate_interest_unless_told_otherwise_and_gets_a_number() {
        AddContact.Result first = sesi.actors().addContact().add(new AddContact.Command("sundsvalls-kommun",
                " Karin Lindqvist ", "Näringslivsutvecklare", "karin.lindqvist@sundsvall.example", "070-174 06 05",
                null));
        AddContact.Result second = sesi.actors().addContact().add(new AddContact.Command("region-vasternorrland",
                "Per Holm", null, null, null, "consent"));

        ContactPerson karin = first.contact();
        assertThat(karin.id()).isEqualTo(new ContactId(1));
        assertThat(karin.details().name()).isEqualTo("Karin Lindqvist");
        assertThat(karin.details().lawfulBasis()).isEqualTo(LawfulBasis.LEGITIMATE_INTEREST);
        assertThat(karin.registeredAt()).isEqualTo(TestValidation.CLOCK.instant());
        assertThat(first.actor().name()).isEqualTo("Sundsvalls kommun");
        assertThat(second.contact().id()).isEqualTo(new ContactId(2));
        assertThat(second.contact().details().lawfulBasis()).isEqualTo(LawfulBasis.CONSENT);
        assertThat(sesi.actors().listContacts().list(Optional.empty())).extracting(l -> l.actor().key().value())
                .containsExactly("sundsvalls-kommun", "region-vasternorrland");
        assertThat(sesi.actors().listContacts().list(Optional.of("212000-2411"))).extracting(
                l -> l.contact().details().name())
                .containsExactly("Karin Lindqvist");
    }

    @Test
    void every_problem_of_a_contact_at_once_and_an_unknown_actor_is_not_found() {
        assertThatThrownBy(() -> sesi.actors().addContact().add(new AddContact.Command("sundsvalls-kommun", "", null,
                "karin(at)sundsvall", "ring", "gissning")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly("email", "phone", "lawfulBasis", "name"));
        assertThatThrownBy(() -> sesi.actors().addContact().add(new AddContact.Command("ange-kommun", "Anna", null,
                null, null, null))).isInstanceOf(NotFoundException.class);
        assertThat(ports.contacts().all()).isEmpty();
    }
}
