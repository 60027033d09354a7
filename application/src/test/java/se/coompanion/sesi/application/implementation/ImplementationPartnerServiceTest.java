package se.coompanion.sesi.application.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.implementation.port.in.EditPartners;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.testing.TestValidation;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.implementation.LetterOfIntent;
import se.coompanion.sesi.domain.implementation.LetterState;
import se.coompanion.sesi.domain.implementation.PartnerRole;
import se.coompanion.sesi.domain.implementation.ProjectPartner;

class ImplementationPartnerServiceTest {

    private static final ActorKey SUNDSVALL = ActorKey.parse("sundsvalls-kommun");
    private static final LocalDate MARCH = LocalDate.of(2024, 3, 1);

    private final ImplementationFixture fixture = ImplementationFixture.drafted();

    private ProjectPartner partner(ActorKey key) {
        return fixture.ports.implementationDrafts().find().orElseThrow().partner(key);
    }

    private void edit(EditPartners.Command command) {
        fixture.sesi.implementation().editPartners().edit(command);
    }

    @Test
    void a_partners_letter_of_intent_is_requested_then_signed_each_on_its_day() {
        edit(new EditPartners.Letter("212000-2411", "REQUESTED", MARCH));
        edit(new EditPartners.Letter("sundsvalls-kommun", "signed", null));
        edit(new EditPartners.Change("sundsvalls-kommun", "co-applicant", "Lokaler och handledare"));

        ProjectPartner partner = partner(SUNDSVALL);
        assertThat(partner.letter()).contains(new LetterOfIntent(LetterState.SIGNED, Optional.of(MARCH),
                Optional.of(LocalDate.now(TestValidation.CLOCK))));
        assertThat(partner.role()).isEqualTo(PartnerRole.CO_APPLICANT);
        assertThat(partner.contribution()).contains("Lokaler och handledare");
        assertThatThrownBy(() -> edit(new EditPartners.Letter("sundsvalls-kommun", "DECLINED", MARCH.plusDays(3))))
                .isInstanceOf(ConflictException.class).hasMessage("The letter of intent was signed on 2024-03-15 already");
    }

    @Test
    void only_an_actor_of_the_partner_shortlist_becomes_a_partner() {
        edit(new EditPartners.Remove("sundsvalls-kommun"));
        edit(new EditPartners.Add("sundsvalls-kommun", null, "Medfinansiering"));

        assertThat(partner(SUNDSVALL)).isEqualTo(new ProjectPartner(SUNDSVALL, PartnerRole.CO_FINANCIER,
                Optional.of("Medfinansiering"), Optional.empty()));
        assertThatThrownBy(() -> edit(new EditPartners.Add("timra-kommun", null, null)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("Timrå kommun (timra-kommun) is not on "
                        + "the partner shortlist");
        assertThatThrownBy(() -> edit(new EditPartners.Add("sundsvalls-kommun", null, null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("is a partner of the draft already");
        assertThatThrownBy(() -> edit(new EditPartners.Add("ingen-sadan", null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> edit(new EditPartners.Letter("timra-kommun", "REQUESTED", MARCH)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("timra-kommun is not a partner");
        assertThatThrownBy(() -> edit(new EditPartners.Letter("sundsvalls-kommun", "maybe", MARCH)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> edit(new EditPartners.Change("sundsvalls-kommun", "boss", null)))
                .isInstanceOf(InvalidInputException.class);
    }
}
