package se.coompanion.sesi.domain.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.shared.OrganisationNumber;

class ActorReferenceTest {

    private static final Actor SUNDSVALL = new Actor(new ActorKey("sundsvalls-kommun"), "Sundsvalls kommun",
            Optional.of(OrganisationNumber.parse("212000-2411")), Optional.of(LegalForm.KOMMUN),
            ImmutableSortedSet.of(ActorRole.MUNICIPALITY), Optional.empty(), Optional.empty(), Optional.empty());

    @ParameterizedTest
    @ValueSource(strings = {"212000-2411", "2120002411", "162120002411", " 212000-2411 "})
    void digits_are_an_organisationsnummer(String text) {
        ActorReference reference = ActorReference.parse(text);

        assertThat(reference).isEqualTo(new ActorReference.ByNumber(OrganisationNumber.parse("212000-2411")));
        assertThat(reference.names(SUNDSVALL)).isTrue();
    }

    @Test
    void anything_else_is_a_key() {
        ActorReference reference = ActorReference.parse("Sundsvalls-kommun");

        assertThat(reference).isEqualTo(new ActorReference.ByKey(new ActorKey("sundsvalls-kommun")));
        assertThat(reference.names(SUNDSVALL)).isTrue();
        assertThat(ActorReference.parse("ange-kommun").names(SUNDSVALL)).isFalse();
        assertThat(ActorReference.parse("716460-3867").names(SUNDSVALL)).isFalse();
    }

    @Test
    void a_number_with_a_wrong_check_digit_says_so_and_a_name_is_not_a_reference() {
        assertThatThrownBy(() -> ActorReference.parse("212000-2412")).isInstanceOf(DomainException.class)
                .hasMessageContaining("check digit should be 1");
        assertThatThrownBy(() -> ActorReference.parse("Sundsvalls kommun")).isInstanceOf(DomainException.class)
                .hasMessage("Actor Sundsvalls kommun: give an organisationsnummer (NNNNNN-NNNN) or the actor's key "
                        + "from \"sesi actor list\" (for example sundsvalls-kommun)");
        assertThatThrownBy(() -> ActorReference.parse(" ")).isInstanceOf(DomainException.class);
    }
}
