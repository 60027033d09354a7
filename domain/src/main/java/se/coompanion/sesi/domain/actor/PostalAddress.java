package se.coompanion.sesi.domain.actor;

import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.PostalCode;
import se.coompanion.sesi.domain.shared.TextField;

/**
 * A postal address in Sweden: an optional street (utdelningsadress; a box address counts), a postal code and a
 * town (postort).
 *
 * @param street     street and number, or box; empty when not known
 * @param postalCode the postal code
 * @param town       the postal town
 */
public record PostalAddress(Optional<String> street, PostalCode postalCode, String town) {

    public static final int MAX_STREET = 300;
    public static final int MAX_TOWN = 100;

    public PostalAddress {
        street = TextField.optional(Message.of(PostalAddress.class, "field.street"), street, MAX_STREET);
        Objects.requireNonNull(postalCode, "postalCode");
        town = TextField.required(Message.of(PostalAddress.class, "field.town"), town, MAX_TOWN);
    }

    /** One line for people: "Storgatan 1, 852 33 Sundsvall". */
    public String oneLine() {
        return street.map(s -> s + ", ").orElse("") + postalCode.formatted() + " " + town;
    }
}
