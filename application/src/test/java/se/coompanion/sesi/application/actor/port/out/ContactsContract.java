package se.coompanion.sesi.application.actor.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.testing.PortContract;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.actor.ContactDetails;
import se.coompanion.sesi.domain.actor.ContactId;
import se.coompanion.sesi.domain.actor.ContactPerson;
import se.coompanion.sesi.domain.actor.EmailAddress;
import se.coompanion.sesi.domain.actor.PhoneNumber;
import se.coompanion.sesi.domain.privacy.LawfulBasis;

/** The contract of the {@link Contacts} out-port, for every implementation. */
public abstract class ContactsContract extends PortContract {

    private static final ContactDetails KARIN = new ContactDetails("Karin Lindqvist",
            Optional.of("Verksamhetsledare"), Optional.of(EmailAddress.parse("karin@coompanion.example")),
            Optional.of(PhoneNumber.parse("070-174 06 05")), LawfulBasis.LEGITIMATE_INTEREST);
    private static final ContactDetails PER = new ContactDetails("Per Holm", Optional.empty(), Optional.empty(),
            Optional.empty(), LawfulBasis.CONSENT);

    private Contacts contacts() {
        return ports().contacts();
    }

    @BeforeEach
    void actors() {
        ports().transactions().run(() -> ports().actors().addAll(List.of(ActorsContract.COOMPANION,
                ActorsContract.AGENCY), ActorsContract.NOW));
    }

    @Test
    void contacts_are_numbered_and_come_back_as_stored() {
        ContactPerson karin = tx(() -> contacts().add(ActorsContract.COOMPANION.key(), KARIN, ActorsContract.NOW));
        ContactPerson per = tx(() -> contacts().add(ActorsContract.AGENCY.key(), PER, ActorsContract.NOW));

        assertThat(per.id().value()).isGreaterThan(karin.id().value());
        assertThat(tx(() -> contacts().find(karin.id()))).contains(karin);
        assertThat(tx(contacts()::all)).containsExactly(karin, per);
        assertThat(tx(() -> contacts().of(ActorsContract.AGENCY.key()))).containsExactly(per);
        assertThat(tx(() -> contacts().find(new ContactId(999)))).isEmpty();
        assertThat(karin.details()).isEqualTo(KARIN);
        assertThat(karin.registeredAt()).isEqualTo(ActorsContract.NOW);
        assertThat(karin.erasedAt()).isEmpty();
    }

    @Test
    void a_contact_of_an_actor_that_is_not_registered_is_not_found() {
        assertThatThrownBy(() -> tx(() -> contacts().add(new ActorKey("okand"), PER, ActorsContract.NOW)))
                .isInstanceOf(NotFoundException.class);
    }
}
