package se.coompanion.sesi.application.seminar.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.testing.PortContract;
import se.coompanion.sesi.domain.seminar.AgendaItem;
import se.coompanion.sesi.domain.seminar.MethodModel;
import se.coompanion.sesi.domain.seminar.RatingTally;
import se.coompanion.sesi.domain.seminar.Seminar;
import se.coompanion.sesi.domain.seminar.SeminarEvaluation;
import se.coompanion.sesi.domain.seminar.SeminarFacts;
import se.coompanion.sesi.domain.seminar.SeminarId;
import se.coompanion.sesi.domain.shared.GenderCounts;

/** The contract of the {@link Seminars} out-port, for every implementation. */
public abstract class SeminarsContract extends PortContract {

    private static final Instant NOW = Instant.parse("2024-10-16T08:00:00Z");
    private static final SeminarFacts ON_SITE = SeminarFacts.of("Metoder för jobb och kompetens",
            LocalDate.of(2024, 10, 15), Optional.of(LocalDate.of(2024, 10, 1)), Optional.of("Folkets hus, Sundsvall"),
            Optional.of("https://meet.example/sesi?pwd=1"), List.of("Hörslinga", "Teckentolk på begäran"));
    private static final SeminarFacts ONLINE = SeminarFacts.of("Uppföljning", LocalDate.of(2024, 12, 3),
            Optional.empty(), Optional.empty(), Optional.of("https://meet.example/uppfoljning"), List.of());

    private Seminars seminars() {
        return ports().seminars();
    }

    @Test
    void seminars_are_numbered_and_keep_their_facts() {
        Seminar first = tx(() -> seminars().add(ON_SITE, NOW));
        Seminar second = tx(() -> seminars().add(ONLINE, NOW));

        assertThat(first.id()).isEqualTo(new SeminarId(1));
        assertThat(second.id()).isEqualTo(new SeminarId(2));
        assertThat(tx(seminars()::all)).containsExactly(first, second);
        assertThat(tx(() -> seminars().find(new SeminarId(1)))).contains(new Seminar(new SeminarId(1), ON_SITE,
                ImmutableList.of(), GenderCounts.ZERO, SeminarEvaluation.NONE));
        assertThat(tx(() -> seminars().find(new SeminarId(2))).orElseThrow().facts().accessibility()).isEmpty();
        assertThat(tx(() -> seminars().find(new SeminarId(3)))).isEmpty();
    }

    @Test
    void the_agenda_keeps_its_order_and_each_item_its_outcome() {
        SeminarId id = tx(() -> seminars().add(ON_SITE, NOW)).id();
        AgendaItem procurement = AgendaItem.planned(1, "Sociala hänsyn i upphandling",
                Optional.of(MethodModel.SOCIAL_PROCUREMENT), Optional.of("Reserverade kontrakt"));
        AgendaItem iop = AgendaItem.planned(2, "IOP", Optional.of(MethodModel.IOP), Optional.empty());
        AgendaItem coffee = AgendaItem.planned(3, "Fika", Optional.empty(), Optional.empty());
        ports().transactions().run(() -> {
            seminars().addAgendaItem(id, procurement);
            seminars().addAgendaItem(id, iop);
            seminars().addAgendaItem(id, coffee);
        });

        AgendaItem rated = procurement.withOutcomeAdded(RatingTally.parse("5,4,4"), List.of("Pröva", "Utbilda"));
        ports().transactions().run(() -> seminars().updateOutcome(id, rated, NOW));
        AgendaItem more = rated.withOutcomeAdded(RatingTally.parse("3"), List.of("Följ upp"));
        ports().transactions().run(() -> seminars().updateOutcome(id, more, NOW));
        assertThat(tx(() -> seminars().find(id)).orElseThrow().agenda()).containsExactly(more, iop, coffee);

        AgendaItem replaced = more.withOutcome(RatingTally.parse("2"), List.of("Omprövat"));
        ports().transactions().run(() -> seminars().updateOutcome(id, replaced, NOW));
        assertThat(tx(() -> seminars().find(id)).orElseThrow().item(1)).contains(replaced);
    }

    @Test
    void walk_ins_and_the_evaluation_are_written_as_they_now_are() {
        SeminarId id = tx(() -> seminars().add(ON_SITE, NOW)).id();
        tx(() -> seminars().add(ONLINE, NOW));
        SeminarEvaluation evaluation = SeminarEvaluation.NONE.plus(RatingTally.parse("5,4,4,2"), List.of("Bra",
                "För kort"));

        ports().transactions().run(() -> {
            seminars().updateWalkIns(id, new GenderCounts(2, 1, 0, 3));
            seminars().updateEvaluation(id, evaluation, NOW);
            seminars().updateEvaluation(id, evaluation.plus(RatingTally.NONE, List.of("Mer tid")), NOW);
        });

        Seminar found = tx(() -> seminars().find(id)).orElseThrow();
        assertThat(found.walkIns()).isEqualTo(new GenderCounts(2, 1, 0, 3));
        assertThat(found.evaluation().ratings()).isEqualTo(new RatingTally(0, 1, 0, 2, 1));
        assertThat(found.evaluation().comments()).containsExactly("Bra", "För kort", "Mer tid");
        assertThat(tx(() -> seminars().find(new SeminarId(2))).orElseThrow().evaluation())
                .isEqualTo(SeminarEvaluation.NONE);
    }
}
