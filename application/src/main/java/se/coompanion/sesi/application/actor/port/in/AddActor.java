package se.coompanion.sesi.application.actor.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.shared.Message;

/** Registers one actor. */
public interface AddActor {

    Result add(Command command);

    /**
     * Text as a person types it; every problem is reported at once.
     *
     * @param name             required
     * @param orgNumber        organisationsnummer, optional; unique in the register
     * @param legalForm        JURFORM code or name, optional
     * @param roles            at least one role code
     * @param municipalityCode four-digit code, optional
     * @param street           optional
     * @param postalCode       required with an address
     * @param town             required with an address
     * @param key              the short key; made from the name when empty
     * @param note             optional
     */
    record Command(
            @Size(max = 1000) String name,
            @Size(max = 40) String orgNumber,
            @Size(max = 200) String legalForm,
            @NotNull List<@NotNull @Size(max = 100) String> roles,
            @Size(max = 40) String municipalityCode,
            @Size(max = 1000) String street,
            @Size(max = 40) String postalCode,
            @Size(max = 1000) String town,
            @Size(max = 100) String key,
            @Size(max = 10_000) String note) {

        public Command {
            roles = roles == null ? null : List.copyOf(roles);
        }
    }

    /**
     * @param actor    the registered actor, with its key
     * @param warnings things worth a look (a group digit that disagrees with the legal form)
     */
    record Result(Actor actor, List<Message> warnings) {

        public Result {
            warnings = List.copyOf(warnings);
        }
    }
}
