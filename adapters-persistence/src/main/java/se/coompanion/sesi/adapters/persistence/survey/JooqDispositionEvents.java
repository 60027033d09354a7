package se.coompanion.sesi.adapters.persistence.survey;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SURVEY_DISPOSITION_EVENT;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SURVEY_UNIT;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SURVEY_WAVE;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SURVEY_WAVE_RECIPIENT;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import se.coompanion.sesi.adapters.persistence.BatchInsert;
import se.coompanion.sesi.adapters.persistence.jooq.tables.SurveyDispositionEvent;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.SurveyDispositionEventRecord;
import se.coompanion.sesi.application.survey.port.out.DispositionEvents;
import se.coompanion.sesi.application.survey.port.out.OutcomeCount;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.survey.Disposition;
import se.coompanion.sesi.domain.survey.DispositionEvent;
import se.coompanion.sesi.domain.survey.ResponseId;
import se.coompanion.sesi.domain.survey.WaveType;

/**
 * The disposition events in {@code survey_disposition_event}, in the order recorded (by id). A unit's disposition
 * is the event with its highest id; the outcome counts join that to the population in one grouped query.
 */
public final class JooqDispositionEvents implements DispositionEvents {


    private final DSLContext dsl;
    private final BatchInsert<DispositionEvent> insert;

    public JooqDispositionEvents(DSLContext dsl) {
        this.dsl = dsl;
        this.insert = BatchInsert.into(dsl, SURVEY_DISPOSITION_EVENT, List.of(SURVEY_DISPOSITION_EVENT.RESPONSE_SEQ,
                SURVEY_DISPOSITION_EVENT.DISPOSITION, SURVEY_DISPOSITION_EVENT.OCCURRED_ON,
                SURVEY_DISPOSITION_EVENT.RECORDED_AT, SURVEY_DISPOSITION_EVENT.EVENT_SOURCE),
                event -> new Object[] {event.responseId().sequence(), event.disposition().name(), event.occurredOn(),
                    event.recordedAt().atOffset(ZoneOffset.UTC), event.source().name()});
    }

    @Override
    public void add(DispositionEvent event) {
        dsl.insertInto(SURVEY_DISPOSITION_EVENT)
                .set(SURVEY_DISPOSITION_EVENT.RESPONSE_SEQ, event.responseId().sequence())
                .set(SURVEY_DISPOSITION_EVENT.DISPOSITION, event.disposition().name())
                .set(SURVEY_DISPOSITION_EVENT.OCCURRED_ON, event.occurredOn())
                .set(SURVEY_DISPOSITION_EVENT.RECORDED_AT, event.recordedAt().atOffset(ZoneOffset.UTC))
                .set(SURVEY_DISPOSITION_EVENT.EVENT_SOURCE, event.source().name())
                .execute();
    }

    @Override
    public void addAll(List<DispositionEvent> events) {
        insert.insert(events);
    }

    @Override
    public List<DispositionEvent> history(ResponseId id) {
        return dsl.selectFrom(SURVEY_DISPOSITION_EVENT)
                .where(SURVEY_DISPOSITION_EVENT.RESPONSE_SEQ.eq(id.sequence()))
                .orderBy(SURVEY_DISPOSITION_EVENT.ID)
                .fetch(JooqDispositionEvents::toEvent);
    }

    private static DispositionEvent toEvent(SurveyDispositionEventRecord r) {
        return new DispositionEvent(ResponseId.of(r.getResponseSeq()), Disposition.valueOf(r.getDisposition()),
                r.getOccurredOn(), r.getRecordedAt().toInstant(), DispositionEvent.Source.valueOf(r.getEventSource()));
    }

    @Override
    public Map<ResponseId, Disposition> current() {
        Map<ResponseId, Disposition> current = new HashMap<>();
        dsl.select(SURVEY_DISPOSITION_EVENT.RESPONSE_SEQ, SURVEY_DISPOSITION_EVENT.DISPOSITION)
                .from(SURVEY_DISPOSITION_EVENT)
                .where(isLast(SURVEY_DISPOSITION_EVENT))
                .forEach(r -> current.put(ResponseId.of(r.value1()), Disposition.valueOf(r.value2())));
        return current;
    }

    @Override
    public Map<ResponseId, DispositionEvent> latest() {
        Map<ResponseId, DispositionEvent> latest = new HashMap<>();
        dsl.selectFrom(SURVEY_DISPOSITION_EVENT)
                .where(isLast(SURVEY_DISPOSITION_EVENT))
                .forEach(r -> latest.put(ResponseId.of(r.getResponseSeq()), toEvent(r)));
        return latest;
    }

    @Override
    public List<OutcomeCount> outcomes() {
        Field<String> disposition = DSL.coalesce(SURVEY_DISPOSITION_EVENT.DISPOSITION,
                DSL.inline(Disposition.UNKNOWN_NO_RETURN.name()));
        return dsl.select(SURVEY_UNIT.MUNICIPALITY_CODE, SURVEY_UNIT.LEGAL_FORM, disposition, DSL.count())
                .from(SURVEY_UNIT)
                .leftJoin(SURVEY_DISPOSITION_EVENT)
                .on(SURVEY_DISPOSITION_EVENT.RESPONSE_SEQ.eq(SURVEY_UNIT.RESPONSE_SEQ)
                        .and(isLast(SURVEY_DISPOSITION_EVENT)))
                .where(SURVEY_UNIT.RESPONSE_SEQ.isNotNull())
                .groupBy(SURVEY_UNIT.MUNICIPALITY_CODE, SURVEY_UNIT.LEGAL_FORM, disposition)
                .fetch(r -> new OutcomeCount(Municipality.of(r.value1()), LegalForm.valueOf(r.value2()),
                        Disposition.valueOf(r.value3()), r.value4()));
    }

    @Override
    public int countNeverSent(Set<Disposition> dispositions, WaveType neverSent) {
        if (dispositions.isEmpty()) {
            return 0;
        }
        return dsl.fetchCount(SURVEY_DISPOSITION_EVENT, isLast(SURVEY_DISPOSITION_EVENT)
                .and(SURVEY_DISPOSITION_EVENT.DISPOSITION.in(dispositions.stream().map(Disposition::name).toList()))
                .andNotExists(DSL.selectOne().from(SURVEY_WAVE_RECIPIENT)
                        .join(SURVEY_WAVE).on(SURVEY_WAVE.WAVE_NO.eq(SURVEY_WAVE_RECIPIENT.WAVE_NO))
                        .where(SURVEY_WAVE_RECIPIENT.RESPONSE_SEQ.eq(SURVEY_DISPOSITION_EVENT.RESPONSE_SEQ))
                        .and(SURVEY_WAVE.WAVE_TYPE.eq(neverSent.name()))));
    }

    /**
     * The event is its unit's last: no later event of the unit exists. A correlated NOT EXISTS that the index
     * (response_seq, id) answers per row; a join with a grouped derived table was evaluated again for every unit by
     * H2 (9 s for {@code status} on the demo's 1,200 units).
     */
    private Condition isLast(SurveyDispositionEvent event) {
        SurveyDispositionEvent later = SURVEY_DISPOSITION_EVENT.as("later_event");
        return DSL.notExists(DSL.selectOne().from(later)
                .where(later.RESPONSE_SEQ.eq(event.RESPONSE_SEQ))
                .and(later.ID.gt(event.ID)));
    }
}
