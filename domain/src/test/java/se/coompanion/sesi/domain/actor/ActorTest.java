package se.coompanion.sesi.domain.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.shared.OrganisationNumber;
import se.coompanion.sesi.domain.shared.PostalCode;

class ActorTest {

    private static Actor actor(String number, LegalForm form, ActorRole... roles) {
        return Actor.register("Exempelföreningen", Optional.ofNullable(number).map(OrganisationNumber::parse),
                Optional.ofNullable(form), List.of(roles), Optional.of(Municipality.of("2281")), Optional.empty(),
                Optional.empty());
    }

    @Test
    void a_registered_actor_gets_its_key_from_the_name_and_keeps_several_roles_in_order() {
        Actor actor = actor("716460-3867", LegalForm.EKONOMISK_FORENING, ActorRole.SOCIAL_ENTERPRISE,
                ActorRole.COOPERATIVE_DEVELOPMENT, ActorRole.SOCIAL_ENTERPRISE);

        assertThat(actor.key().value()).isEqualTo("exempelforeningen");
        assertThat(actor.roles()).containsExactly(ActorRole.SOCIAL_ENTERPRISE, ActorRole.COOPERATIVE_DEVELOPMENT);
        assertThat(actor.hasRole(ActorRole.SOCIAL_ENTERPRISE)).isTrue();
        assertThat(actor.withKey(new ActorKey("annan")).key().value()).isEqualTo("annan");
        assertThat(actor.label()).isEqualTo("Exempelföreningen (exempelforeningen, 716460-3867)");
    }

    @Test
    void an_actor_needs_a_name_and_a_role() {
        assertThatThrownBy(() -> actor(null, null)).isInstanceOf(DomainException.class)
                .hasMessage("An actor needs at least one role (OTHER when none fits)");
        assertThatThrownBy(() -> Actor.register(" ", Optional.empty(), Optional.empty(), List.of(ActorRole.OTHER),
                Optional.empty(), Optional.empty(), Optional.empty())).hasMessage("Name: a value is required");
        assertThatThrownBy(() -> Actor.register("x".repeat(301), Optional.empty(), Optional.empty(),
                List.of(ActorRole.OTHER), Optional.empty(), Optional.empty(), Optional.empty()))
                .hasMessage("Name: 301 characters, at most 300 are allowed");
    }

    @Test
    void a_group_digit_that_disagrees_with_the_legal_form_is_a_warning() {
        Actor ideellWithSeven = actor("716460-3867", LegalForm.IDEELL_FORENING, ActorRole.NON_PROFIT_WITH_BUSINESS);

        assertThat(ideellWithSeven.groupWarning()).hasValueSatisfying(w -> assertThat(w.format(Locale.ROOT))
                .isEqualTo("Organisationsnummer 716460-3867 starts with group digit 7; the usual group for Ideell "
                        + "förening is 8. Check the legal form (a näringsdrivande ideell förening often has 7)"));
        assertThat(actor("716460-3867", LegalForm.EKONOMISK_FORENING, ActorRole.OTHER).groupWarning()).isEmpty();
        assertThat(actor("212000-2411", LegalForm.KOMMUN, ActorRole.MUNICIPALITY).groupWarning()).isEmpty();
        assertThat(actor(null, LegalForm.IDEELL_FORENING, ActorRole.OTHER).groupWarning()).isEmpty();
        assertThat(actor("716460-3867", null, ActorRole.OTHER).groupWarning()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"MUNICIPALITY, MUNICIPALITY", "social-enterprise, SOCIAL_ENTERPRISE", "ASF, WORK_INTEGRATION_SOCIAL_ENTERPRISE",
        "Samordningsförbund, COORDINATION_ASSOCIATION", "samordningsforbund, COORDINATION_ASSOCIATION",
        "Public agency, PUBLIC_AGENCY", "Kooperativ utveckling, COOPERATIVE_DEVELOPMENT", "academia, ACADEMIA"})
    void roles_are_read_by_code_or_title(String text, ActorRole role) {
        assertThat(ActorRole.parse(text)).isEqualTo(role);
    }

    @Test
    void an_unknown_role_lists_the_allowed_ones() {
        assertThatThrownBy(() -> ActorRole.parse("Kooperativ")).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("Role Kooperativ: allowed are MUNICIPALITY, REGION, PUBLIC_AGENCY");
    }

    @Test
    void an_address_needs_a_town_and_reads_as_one_line() {
        PostalAddress address = new PostalAddress(Optional.of(" Storgatan 1 "), PostalCode.parse("85233"), "Sundsvall");

        assertThat(address.oneLine()).isEqualTo("Storgatan 1, 852 33 Sundsvall");
        assertThat(new PostalAddress(Optional.empty(), PostalCode.parse("83182"), "Östersund").oneLine())
                .isEqualTo("831 82 Östersund");
        assertThatThrownBy(() -> new PostalAddress(Optional.empty(), PostalCode.parse("85233"), ""))
                .hasMessage("Town: a value is required");
    }
}
