package se.coompanion.sesi.domain.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.coompanion.sesi.domain.privacy.Erasure;
import se.coompanion.sesi.domain.privacy.LawfulBasis;
import se.coompanion.sesi.domain.shared.DomainException;

class ContactPersonTest {

    private static final Instant REGISTERED = Instant.parse("2024-02-01T09:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"karin.lindqvist@sundsvall.example", "a@b.se", "first+tag@sub.domain.example"})
    void email_addresses_are_checked_loosely(String text) {
        assertThat(EmailAddress.parse(text).value()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"karin", "karin@", "@sundsvall.se", "karin@sundsvall", "ka rin@sundsvall.se",
        "a@b@c.se"})
    void a_text_that_is_not_an_email_address_is_refused(String text) {
        assertThatThrownBy(() -> EmailAddress.parse(text)).isInstanceOf(DomainException.class)
                .hasMessageContaining("write it as name@domain.se");
    }

    @Test
    void phone_numbers_are_digits_with_the_usual_signs() {
        assertThat(PhoneNumber.parse(" 070-174 06 05 ").value()).isEqualTo("070-174 06 05");
        assertThat(PhoneNumber.parse("+46 (0)60 19 10 00").value()).isEqualTo("+46 (0)60 19 10 00");
        for (String bad : new String[] {"12345", "070-ABC", "ring mig", ""}) {
            assertThatThrownBy(() -> PhoneNumber.parse(bad)).as(bad).isInstanceOf(DomainException.class);
        }
    }

    @Test
    void erasure_keeps_the_record_and_the_lawful_basis_but_nothing_about_the_person() {
        ContactDetails details = new ContactDetails("Karin Lindqvist", Optional.of("Näringslivsutvecklare"),
                Optional.of(EmailAddress.parse("karin.lindqvist@sundsvall.example")),
                Optional.of(PhoneNumber.parse("070-174 06 05")), LawfulBasis.DEFAULT);
        ContactPerson contact = new ContactPerson(new ContactId(7), new ActorKey("sundsvalls-kommun"), details,
                REGISTERED, Optional.empty());
        Instant at = Instant.parse("2024-06-01T10:00:00Z");

        ContactPerson erased = contact.erase(at);

        assertThat(contact.erased()).isFalse();
        assertThat(erased.erased()).isTrue();
        assertThat(erased.erasedAt()).contains(at);
        assertThat(erased.id()).isEqualTo(contact.id());
        assertThat(erased.actor()).isEqualTo(contact.actor());
        assertThat(erased.details()).isEqualTo(new ContactDetails(Erasure.MARKER, Optional.empty(), Optional.empty(),
                Optional.empty(), LawfulBasis.LEGITIMATE_INTEREST));
    }

    @Test
    void a_contact_needs_a_name_and_a_positive_number() {
        assertThatThrownBy(() -> new ContactDetails("", Optional.empty(), Optional.empty(), Optional.empty(),
                LawfulBasis.CONSENT)).hasMessage("Name: a value is required");
        assertThatThrownBy(() -> ContactId.parse("0")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> ContactId.parse("sju")).hasMessageContaining("Contact sju");
        assertThat(ContactId.parse(" 17 ")).isEqualTo(new ContactId(17));
    }
}
