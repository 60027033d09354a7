package se.coompanion.sesi.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SURVEY_DISPOSITION_EVENT;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SURVEY_UNIT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.SurveyDispositionEventRecord;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.SurveyUnitRecord;
import se.coompanion.sesi.application.shared.ConflictException;

/** {@link BatchInsert}: every value type and NULL, more rows than a chunk in one call, all or nothing. */
abstract class BatchInsertContract extends DatabaseContractTest {

    private static final OffsetDateTime RECORDED = OffsetDateTime.of(2024, 3, 11, 9, 30, 0, 0, ZoneOffset.UTC);

    private DSLContext dsl() {
        return database.dsl();
    }

    /** Units 1..n; every third without a response id, c/o line or business activity (NULLs of three types). */
    private BatchInsert<Integer> units() {
        return BatchInsert.into(dsl(), SURVEY_UNIT, List.of(SURVEY_UNIT.ORG_NUMBER, SURVEY_UNIT.RESPONSE_SEQ,
                SURVEY_UNIT.NAME, SURVEY_UNIT.LEGAL_FORM, SURVEY_UNIT.BUSINESS_ACTIVITY, SURVEY_UNIT.CARE_OF,
                SURVEY_UNIT.STREET, SURVEY_UNIT.POSTAL_CODE, SURVEY_UNIT.TOWN, SURVEY_UNIT.MUNICIPALITY_CODE,
                SURVEY_UNIT.EXCLUSIONS, SURVEY_UNIT.ACTIVITY_UNCONFIRMED, SURVEY_UNIT.SOURCE_NAME,
                SURVEY_UNIT.SOURCE_LINE), n -> {
                    boolean outside = n % 3 == 0;
                    return new Object[] {String.format("76%08d", n), outside ? null : n, "Förening " + n,
                        "EKONOMISK_FORENING", outside ? null : Boolean.TRUE, outside ? null : "c/o " + n, "Gatan 1",
                        "85233", "Sundsvall", "2281", outside ? "OUTSIDE_REGION" : null, false, "ram.csv", n + 1};
                });
    }

    private void insertUnits(List<Integer> numbers) {
        database.ports().transactions().run(() -> units().insert(numbers));
    }

    @Test
    void more_rows_than_a_chunk_come_back_with_their_values_and_nulls() {
        int count = BatchInsert.CHUNK * 2 + 500;
        insertUnits(IntStream.rangeClosed(1, count).boxed().toList());

        assertThat(dsl().fetchCount(SURVEY_UNIT)).isEqualTo(count);
        SurveyUnitRecord member = dsl().selectFrom(SURVEY_UNIT).where(SURVEY_UNIT.ORG_NUMBER.eq("7600002002"))
                .fetchSingle();
        assertThat(member.getResponseSeq()).isEqualTo(2002);
        assertThat(member.getBusinessActivity()).isTrue();
        assertThat(member.getCareOf()).isEqualTo("c/o 2002");
        assertThat(member.getExclusions()).isNull();
        assertThat(member.getActivityUnconfirmed()).isFalse();
        assertThat(member.getSourceLine()).isEqualTo(2003);
        SurveyUnitRecord outside = dsl().selectFrom(SURVEY_UNIT).where(SURVEY_UNIT.ORG_NUMBER.eq("7600002400"))
                .fetchSingle();
        assertThat(outside.getResponseSeq()).isNull();
        assertThat(outside.getBusinessActivity()).isNull();
        assertThat(outside.getCareOf()).isNull();
        assertThat(outside.getExclusions()).isEqualTo("OUTSIDE_REGION");
    }

    @Test
    void dates_and_times_are_bound_as_such() {
        insertUnits(List.of(1, 2));
        BatchInsert<Integer> events = BatchInsert.into(dsl(), SURVEY_DISPOSITION_EVENT,
                List.of(SURVEY_DISPOSITION_EVENT.RESPONSE_SEQ, SURVEY_DISPOSITION_EVENT.DISPOSITION,
                        SURVEY_DISPOSITION_EVENT.OCCURRED_ON, SURVEY_DISPOSITION_EVENT.RECORDED_AT,
                        SURVEY_DISPOSITION_EVENT.EVENT_SOURCE),
                n -> new Object[] {n, "COMPLETE", LocalDate.of(2024, 3, 10 + n), RECORDED.plusHours(n), "MANUAL"});
        database.ports().transactions().run(() -> events.insert(List.of(1, 2)));

        SurveyDispositionEventRecord second = dsl().selectFrom(SURVEY_DISPOSITION_EVENT)
                .where(SURVEY_DISPOSITION_EVENT.RESPONSE_SEQ.eq(2)).fetchSingle();
        assertThat(second.getOccurredOn()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(second.getRecordedAt().toInstant()).isEqualTo(RECORDED.plusHours(2).toInstant());
    }

    @Test
    void a_failing_row_in_a_later_chunk_leaves_nothing_and_is_a_conflict() {
        List<Integer> numbers = new java.util.ArrayList<>(IntStream.rangeClosed(1, BatchInsert.CHUNK + 10).boxed()
                .toList());
        numbers.add(5);

        assertThatThrownBy(() -> insertUnits(numbers)).isInstanceOf(ConflictException.class);
        assertThat(dsl().fetchCount(SURVEY_UNIT)).isZero();
    }

    @Test
    void no_rows_is_nothing_to_do() {
        insertUnits(List.of());

        assertThat(dsl().fetchCount(SURVEY_UNIT)).isZero();
    }
}
