package se.coompanion.sesi.application.actor.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.testing.PortContract;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.actor.ActorReference;
import se.coompanion.sesi.domain.actor.ActorRole;
import se.coompanion.sesi.domain.actor.PostalAddress;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.shared.OrganisationNumber;
import se.coompanion.sesi.domain.shared.PostalCode;

/** The contract of the {@link Actors} out-port, for every implementation. */
public abstract class ActorsContract extends PortContract {

    static final Instant NOW = Instant.parse("2024-03-15T08:00:00Z");

    static final Actor COOMPANION = new Actor(new ActorKey("coompanion-vasternorrland"),
            "Coompanion Västernorrland", Optional.of(OrganisationNumber.parse("716460-3867")),
            Optional.of(LegalForm.EKONOMISK_FORENING),
            ImmutableSortedSet.of(ActorRole.COOPERATIVE_DEVELOPMENT, ActorRole.ECONOMIC_ASSOCIATION),
            Optional.of(Municipality.of("2281")),
            Optional.of(new PostalAddress(Optional.of("Storgatan 1"), PostalCode.parse("85233"), "Sundsvall")),
            Optional.of("Projektägare"));
    static final Actor AGENCY = new Actor(new ActorKey("arbetsformedlingen"), "Arbetsförmedlingen", Optional.empty(),
            Optional.empty(), ImmutableSortedSet.of(ActorRole.PUBLIC_AGENCY), Optional.empty(), Optional.empty(),
            Optional.empty());

    private Actors actors() {
        return ports().actors();
    }

    @Test
    void actors_come_back_exactly_as_stored_in_key_order() {
        ports().transactions().run(() -> actors().addAll(List.of(COOMPANION, AGENCY), NOW));

        assertThat(tx(actors()::all)).containsExactly(AGENCY, COOMPANION);
        assertThat(tx(() -> actors().find(COOMPANION.key()))).contains(COOMPANION);
        assertThat(tx(() -> actors().findByNumber(OrganisationNumber.parse("716460-3867")))).contains(COOMPANION);
        assertThat(tx(() -> actors().find(ActorReference.parse("arbetsformedlingen")))).contains(AGENCY);
        assertThat(tx(() -> actors().find(new ActorKey("ange-kommun")))).isEmpty();
        assertThat(tx(actors()::count)).isEqualTo(2);
    }

    @Test
    void require_finds_by_number_or_key_and_an_unknown_actor_is_not_found() {
        ports().transactions().run(() -> actors().add(COOMPANION, NOW));

        assertThat(tx(() -> actors().require("actor", "7164603867"))).isEqualTo(COOMPANION);
        assertThatThrownBy(() -> tx(() -> actors().require("actor", "212000-2411")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_key_or_an_organisationsnummer_twice_is_a_conflict_and_nothing_is_stored() {
        ports().transactions().run(() -> actors().add(COOMPANION, NOW));

        assertThatThrownBy(() -> ports().transactions().run(() -> actors().addAll(List.of(AGENCY,
                COOMPANION.withKey(new ActorKey("annan"))), NOW))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ports().transactions().run(() -> actors().add(AGENCY.withKey(
                COOMPANION.key()), NOW))).isInstanceOf(ConflictException.class);
        assertThat(tx(actors()::all)).containsExactly(COOMPANION);
    }

    @Test
    void a_large_import_is_written_in_batches() {
        List<Actor> many = new ArrayList<>();
        for (int i = 0; i < 2_345; i++) {
            many.add(AGENCY.withKey(new ActorKey("actor-" + i)));
        }

        ports().transactions().run(() -> actors().addAll(many, NOW));

        assertThat(tx(actors()::count)).isEqualTo(2_345);
        assertThat(tx(() -> actors().find(new ActorKey("actor-2344")))).hasValueSatisfying(a ->
                assertThat(a.roles()).containsExactly(ActorRole.PUBLIC_AGENCY));
    }
}
