package se.coompanion.sesi.adapters.persistence.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.coompanion.sesi.adapters.persistence.survey.SurveyUnits.member;
import static se.coompanion.sesi.adapters.persistence.survey.SurveyUnits.outside;
import static se.coompanion.sesi.adapters.persistence.survey.SurveyUnits.unconfirmed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.adapters.persistence.DatabaseContractTest;
import se.coompanion.sesi.adapters.persistence.SesiDatabase;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.domain.survey.FrameEntry;
import se.coompanion.sesi.domain.survey.FrameSize;
import se.coompanion.sesi.application.survey.port.out.SamplingFrames;
import se.coompanion.sesi.domain.survey.ExclusionReason;
import se.coompanion.sesi.domain.survey.FrameUnit;
import se.coompanion.sesi.domain.survey.ResponseId;

/** The contract of the {@link SamplingFrames} out-port, for every database kind. */
abstract class SamplingFramesContract extends DatabaseContractTest {

    private SamplingFrames frames() {
        return database.ports().samplingFrames();
    }

    private <T> T tx(Supplier<T> work) {
        return database.ports().transactions().inTransaction(work);
    }

    private void add(List<FrameEntry> entries) {
        database.ports().transactions().run(() -> frames().addAll(entries));
    }

    @Test
    void an_empty_frame() {
        assertThat(tx(frames()::population)).isEmpty();
        assertThat(tx(frames()::lastResponseSequence)).isZero();
        assertThat(tx(frames()::organisationNumbers)).isEmpty();
        assertThat(tx(frames()::size)).isEqualTo(new FrameSize(0, 0, 0));
    }

    @Test
    void every_unit_comes_back_as_stored_the_population_in_response_id_order() {
        FrameEntry first = member(1, "2281");
        FrameEntry second = unconfirmed(2, "2380");
        FrameEntry aktiebolag = outside(3, 4, Set.of(ExclusionReason.LEGAL_FORM, ExclusionReason.OUTSIDE_REGION));
        add(List.of(second, aktiebolag, first));

        assertThat(tx(frames()::population)).containsExactly(first.unit(), second.unit());
        assertThat(tx(frames()::excluded)).containsExactly(aktiebolag);
        assertThat(tx(() -> frames().find(ResponseId.of(2)))).contains(second.unit());
        assertThat(tx(() -> frames().find(ResponseId.of(3)))).isEmpty();
        assertThat(tx(frames()::lastResponseSequence)).isEqualTo(2);
        assertThat(tx(frames()::size)).isEqualTo(new FrameSize(3, 2, 1));
        assertThat(tx(frames()::organisationNumbers)).containsExactly(aktiebolag.unit().orgNumber().asLong(),
                first.unit().orgNumber().asLong(), second.unit().orgNumber().asLong());
    }

    @Test
    void thousands_of_units_are_added_batch_by_batch_in_one_transaction() {
        database.ports().transactions().run(() -> {
            for (int batch = 0; batch < 3; batch++) {
                List<FrameEntry> entries = new ArrayList<>();
                for (int i = 1; i <= 1000; i++) {
                    entries.add(member(batch * 1000 + i, "2281"));
                }
                frames().addAll(entries);
            }
        });

        List<FrameUnit> population = tx(frames()::population);
        assertThat(population).hasSize(3000);
        assertThat(population.get(2999).responseId()).contains(ResponseId.of(3000));
    }

    @Test
    void an_organisationsnummer_stored_twice_is_a_conflict_and_nothing_of_the_batch_is_kept() {
        add(List.of(member(1, "2281")));

        assertThatThrownBy(() -> add(List.of(member(2, "2281"), member(1, "2281"))))
                .isInstanceOf(ConflictException.class);
        assertThat(tx(frames()::population)).hasSize(1);
    }

    @Test
    void units_stored_after_the_database_was_closed_and_opened_again_come_after_the_earlier_ones() {
        // V31 gives the ids a cache of a thousand: the frame's order (the excluded units' listing) must survive a
        // restart that leaves most of the cached ids unused, as every command does.
        FrameEntry earlier = outside(1, 2, Set.of(ExclusionReason.LEGAL_FORM));
        FrameEntry later = outside(2, 3, Set.of(ExclusionReason.OUTSIDE_REGION));
        add(List.of(earlier));
        database.close();
        database = SesiDatabase.open(fresh().config());
        add(List.of(later));
        database.close();
        database = SesiDatabase.open(fresh().config());

        assertThat(tx(frames()::excluded)).containsExactly(earlier, later);
        assertThat(tx(frames()::size)).isEqualTo(new FrameSize(2, 0, 0));
    }
}
