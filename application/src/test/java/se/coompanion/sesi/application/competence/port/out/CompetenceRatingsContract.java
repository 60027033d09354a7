package se.coompanion.sesi.application.competence.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedSet;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.testing.PortContract;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.actor.ActorRole;
import se.coompanion.sesi.domain.competence.CompetenceKey;
import se.coompanion.sesi.domain.competence.Level;
import se.coompanion.sesi.domain.competence.Rating;
import se.coompanion.sesi.domain.shared.OrganisationNumber;

/** The contract of the {@link CompetenceRatings} out-port, for every implementation. */
public abstract class CompetenceRatingsContract extends PortContract {

    static final OrganisationNumber GRONA = OrganisationNumber.parse("769637-4128");
    static final OrganisationNumber RETUR = OrganisationNumber.parse("769638-1255");

    static Rating rating(OrganisationNumber enterprise, String key, int current, int required) {
        return new Rating(enterprise, CompetenceKey.parse(key), Level.of(current), Level.of(required));
    }

    private CompetenceRatings ratings() {
        return ports().competenceRatings();
    }

    /** The enterprises are actors of the register: a rating refers to its actor. */
    @BeforeEach
    void registerTheEnterprises() {
        ports().transactions().run(() -> ports().actors().addAll(List.of(
                enterprise("grona-hander", GRONA), enterprise("returverket", RETUR)), Instant.parse("2024-03-01T08:00:00Z")));
    }

    private static Actor enterprise(String key, OrganisationNumber number) {
        return new Actor(new ActorKey(key), key, Optional.of(number), Optional.empty(),
                ImmutableSortedSet.of(ActorRole.SOCIAL_ENTERPRISE), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void ratings_come_back_by_enterprise_and_competence() {
        ports().transactions().run(() -> ratings().addAll(List.of(rating(RETUR, "digital_skills", 1, 5),
                rating(GRONA, "public_procurement", 2, 5), rating(GRONA, "digital_skills", 4, 3))));

        assertThat(tx(ratings()::all)).containsExactly(rating(GRONA, "digital_skills", 4, 3),
                rating(GRONA, "public_procurement", 2, 5), rating(RETUR, "digital_skills", 1, 5));
    }

    @Test
    void one_rating_per_enterprise_and_competence_until_it_is_removed() {
        ports().transactions().run(() -> ratings().addAll(List.of(rating(GRONA, "digital_skills", 1, 5))));

        assertThatThrownBy(() -> ports().transactions().run(() -> ratings().addAll(List.of(
                rating(GRONA, "digital_skills", 2, 4))))).isInstanceOf(RuntimeException.class);

        ports().transactions().run(() -> {
            ratings().removeAll(List.of(new Rating.Key(GRONA, CompetenceKey.parse("digital_skills"))));
            ratings().addAll(List.of(rating(GRONA, "digital_skills", 2, 4)));
        });
        assertThat(tx(ratings()::all)).containsExactly(rating(GRONA, "digital_skills", 2, 4));
    }

    @Test
    void a_rating_refers_to_an_enterprise_of_the_register() {
        OrganisationNumber unknown = OrganisationNumber.parse("556016-0680");

        assertThatThrownBy(() -> ports().transactions().run(() -> ratings().addAll(List.of(
                rating(GRONA, "digital_skills", 1, 5), rating(unknown, "digital_skills", 1, 5)))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("556016-0680");
        assertThat(tx(ratings()::all)).isEmpty();
    }
}
