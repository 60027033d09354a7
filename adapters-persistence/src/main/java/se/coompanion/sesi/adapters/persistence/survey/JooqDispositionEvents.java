package se.coompanion.sesi.adapters.persistence.survey;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SURVEY_DISPOSITION_EVENT;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SURVEY_UNIT;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.SurveyDispositionEventRecord;
import se.coompanion.sesi.application.survey.port.out.DispositionEvents;
import se.coompanion.sesi.application.survey.port.out.OutcomeCount;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.survey.Disposition;
import se.coompanion.sesi.domain.survey.DispositionEvent;
import se.coompanion.sesi.domain.survey.ResponseId;

/**
 * The disposition events in {@code survey_disposition_event}, in the order recorded (by id). A unit's disposition
 * is the event with its highest id; the outcome counts join that to the population in one grouped query.
 */
public final class JooqDispositionEvents implements DispositionEvents {

    private static final String LAST_ID = "last_id";

    private final DSLContext dsl;

    public JooqDispositionEvents(DSLContext dsl) {
        this.dsl = dsl;
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
        Table<?> latest = lastEvents();
        Map<ResponseId, Disposition> current = new HashMap<>();
        dsl.select(latest.field(SURVEY_DISPOSITION_EVENT.RESPONSE_SEQ), latest.field(SURVEY_DISPOSITION_EVENT.DISPOSITION))
                .from(latest)
                .forEach(r -> current.put(ResponseId.of(r.value1()), Disposition.valueOf(r.value2())));
        return current;
    }

    @Override
    public Map<ResponseId, DispositionEvent> latest() {
        Table<?> last = dsl.select(DSL.max(SURVEY_DISPOSITION_EVENT.ID).as(LAST_ID))
                .from(SURVEY_DISPOSITION_EVENT)
                .groupBy(SURVEY_DISPOSITION_EVENT.RESPONSE_SEQ)
                .asTable("last_event");
        Map<ResponseId, DispositionEvent> latest = new HashMap<>();
        dsl.select(SURVEY_DISPOSITION_EVENT.fields()).from(SURVEY_DISPOSITION_EVENT)
                .join(last).on(SURVEY_DISPOSITION_EVENT.ID.eq(last.field(LAST_ID, Long.class)))
                .fetchInto(SURVEY_DISPOSITION_EVENT)
                .forEach(r -> latest.put(ResponseId.of(r.getResponseSeq()), toEvent(r)));
        return latest;
    }

    @Override
    public List<OutcomeCount> outcomes() {
        Table<?> latest = lastEvents();
        Field<String> disposition = DSL.coalesce(latest.field(SURVEY_DISPOSITION_EVENT.DISPOSITION),
                DSL.inline(Disposition.UNKNOWN_NO_RETURN.name()));
        return dsl.select(SURVEY_UNIT.MUNICIPALITY_CODE, SURVEY_UNIT.LEGAL_FORM, disposition, DSL.count())
                .from(SURVEY_UNIT)
                .leftJoin(latest).on(latest.field(SURVEY_DISPOSITION_EVENT.RESPONSE_SEQ).eq(SURVEY_UNIT.RESPONSE_SEQ))
                .where(SURVEY_UNIT.RESPONSE_SEQ.isNotNull())
                .groupBy(SURVEY_UNIT.MUNICIPALITY_CODE, SURVEY_UNIT.LEGAL_FORM, disposition)
                .fetch(r -> new OutcomeCount(Municipality.of(r.value1()), LegalForm.valueOf(r.value2()),
                        Disposition.valueOf(r.value3()), r.value4()));
    }

    /** Each unit's last event: its response sequence and disposition. */
    private Table<?> lastEvents() {
        Table<?> last = dsl.select(SURVEY_DISPOSITION_EVENT.RESPONSE_SEQ.as("unit_seq"),
                        DSL.max(SURVEY_DISPOSITION_EVENT.ID).as(LAST_ID))
                .from(SURVEY_DISPOSITION_EVENT)
                .groupBy(SURVEY_DISPOSITION_EVENT.RESPONSE_SEQ)
                .asTable("last_event");
        return dsl.select(SURVEY_DISPOSITION_EVENT.RESPONSE_SEQ, SURVEY_DISPOSITION_EVENT.DISPOSITION)
                .from(SURVEY_DISPOSITION_EVENT)
                .join(last).on(SURVEY_DISPOSITION_EVENT.ID.eq(last.field(LAST_ID, Long.class)))
                .asTable("latest_event");
    }
}
