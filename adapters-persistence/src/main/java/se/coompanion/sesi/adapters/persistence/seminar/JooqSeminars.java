package se.coompanion.sesi.adapters.persistence.seminar;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SEMINAR;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SEMINAR_AGENDA_ITEM;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SEMINAR_COMMENT;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SEMINAR_CONCLUSION;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.SeminarAgendaItemRecord;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.SeminarRecord;
import se.coompanion.sesi.application.seminar.port.out.Seminars;
import se.coompanion.sesi.domain.seminar.AgendaItem;
import se.coompanion.sesi.domain.seminar.MethodModel;
import se.coompanion.sesi.domain.seminar.RatingTally;
import se.coompanion.sesi.domain.seminar.Seminar;
import se.coompanion.sesi.domain.seminar.SeminarEvaluation;
import se.coompanion.sesi.domain.seminar.SeminarFacts;
import se.coompanion.sesi.domain.seminar.SeminarId;
import se.coompanion.sesi.domain.shared.GenderCounts;

/**
 * Seminars in table {@code seminar} with their agenda ({@code seminar_agenda_item}, {@code seminar_conclusion}) and
 * evaluation comments ({@code seminar_comment}); the one place a seminar is mapped. Accessibility measures are kept
 * one per line.
 */
public final class JooqSeminars implements Seminars {

    private final DSLContext dsl;

    public JooqSeminars(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Seminar add(SeminarFacts facts, Instant createdAt) {
        var s = SEMINAR;
        long id = dsl.insertInto(s)
                .set(s.TITLE, facts.title())
                .set(s.HELD_ON, facts.date())
                .set(s.ANSWER_BY, facts.answerBy())
                .set(s.PLACE, facts.place().orElse(null))
                .set(s.LINK, facts.link().orElse(null))
                .set(s.ACCESSIBILITY, facts.accessibility().isEmpty() ? null : String.join("\n",
                        facts.accessibility()))
                .set(s.WALK_INS_WOMEN, 0).set(s.WALK_INS_MEN, 0).set(s.WALK_INS_NON_BINARY, 0)
                .set(s.WALK_INS_NOT_STATED, 0)
                .set(s.RATED_1, 0).set(s.RATED_2, 0).set(s.RATED_3, 0).set(s.RATED_4, 0).set(s.RATED_5, 0)
                .set(s.CREATED_AT, at(createdAt))
                .returning(s.ID)
                .fetchSingle(s.ID);
        return new Seminar(new SeminarId(id), facts, ImmutableList.of(), GenderCounts.ZERO, SeminarEvaluation.NONE);
    }

    @Override
    public Optional<Seminar> find(SeminarId id) {
        return seminars(SEMINAR.ID.eq(id.value())).stream().findFirst();
    }

    @Override
    public List<Seminar> all() {
        return seminars(DSL.noCondition());
    }

    @Override
    public void addAgendaItem(SeminarId seminar, AgendaItem item) {
        var a = SEMINAR_AGENDA_ITEM;
        dsl.insertInto(a)
                .set(a.SEMINAR_ID, seminar.value())
                .set(a.ITEM_NO, item.number())
                .set(a.TITLE, item.title())
                .set(a.METHOD, item.method().map(Enum::name).orElse(null))
                .set(a.DESCRIPTION, item.description().orElse(null))
                .set(tally(a.RELEVANCE_1, a.RELEVANCE_2, a.RELEVANCE_3, a.RELEVANCE_4, a.RELEVANCE_5,
                        item.relevance()))
                .execute();
    }

    @Override
    public void updateOutcome(SeminarId seminar, AgendaItem item, Instant recordedAt) {
        var a = SEMINAR_AGENDA_ITEM;
        long itemId = dsl.select(a.ID).from(a).where(a.SEMINAR_ID.eq(seminar.value()), a.ITEM_NO.eq(item.number()))
                .fetchSingle(a.ID);
        dsl.update(a)
                .set(tally(a.RELEVANCE_1, a.RELEVANCE_2, a.RELEVANCE_3, a.RELEVANCE_4, a.RELEVANCE_5,
                        item.relevance()))
                .where(a.ID.eq(itemId))
                .execute();
        var c = SEMINAR_CONCLUSION;
        texts(c, c.ID, c.AGENDA_ITEM_ID, c.CONCLUSION, c.RECORDED_AT, itemId, item.conclusions(), recordedAt);
    }

    @Override
    public void updateWalkIns(SeminarId seminar, GenderCounts walkIns) {
        dsl.update(SEMINAR)
                .set(SEMINAR.WALK_INS_WOMEN, walkIns.women())
                .set(SEMINAR.WALK_INS_MEN, walkIns.men())
                .set(SEMINAR.WALK_INS_NON_BINARY, walkIns.nonBinary())
                .set(SEMINAR.WALK_INS_NOT_STATED, walkIns.notStated())
                .where(SEMINAR.ID.eq(seminar.value()))
                .execute();
    }

    @Override
    public void updateEvaluation(SeminarId seminar, SeminarEvaluation evaluation, Instant recordedAt) {
        var s = SEMINAR;
        dsl.update(s)
                .set(tally(s.RATED_1, s.RATED_2, s.RATED_3, s.RATED_4, s.RATED_5, evaluation.ratings()))
                .where(s.ID.eq(seminar.value()))
                .execute();
        var c = SEMINAR_COMMENT;
        texts(c, c.ID, c.SEMINAR_ID, c.COMMENT_TEXT, c.RECORDED_AT, seminar.value(), evaluation.comments(),
                recordedAt);
    }

    /**
     * Writes a list of texts that belong to an owner (an item's conclusions, a seminar's comments) as it now is: texts
     * added at the end are inserted, keeping the earlier rows; any other change rewrites the list.
     */
    private <R extends Record> void texts(Table<R> table, TableField<R, Long> id, TableField<R, Long> owner,
            TableField<R, String> text, TableField<R, OffsetDateTime> recorded, long ownerId, List<String> wanted,
            Instant recordedAt) {
        List<String> stored = dsl.select(text).from(table).where(owner.eq(ownerId)).orderBy(id).fetch(text);
        int keep = stored.size() <= wanted.size() && wanted.subList(0, stored.size()).equals(stored) ? stored.size()
                : 0;
        if (keep == 0 && !stored.isEmpty()) {
            dsl.deleteFrom(table).where(owner.eq(ownerId)).execute();
        }
        for (String value : wanted.subList(keep, wanted.size())) {
            dsl.insertInto(table).set(owner, ownerId).set(text, value).set(recorded, at(recordedAt)).execute();
        }
    }

    private List<Seminar> seminars(Condition condition) {
        List<SeminarRecord> rows = dsl.selectFrom(SEMINAR).where(condition).orderBy(SEMINAR.ID).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(SeminarRecord::getId).toList();
        var a = SEMINAR_AGENDA_ITEM;
        List<SeminarAgendaItemRecord> items = dsl.selectFrom(a).where(a.SEMINAR_ID.in(ids))
                .orderBy(a.SEMINAR_ID, a.ITEM_NO).fetch();
        Map<Long, List<String>> conclusions = new HashMap<>();
        dsl.select(SEMINAR_CONCLUSION.AGENDA_ITEM_ID, SEMINAR_CONCLUSION.CONCLUSION).from(SEMINAR_CONCLUSION)
                .join(a).on(a.ID.eq(SEMINAR_CONCLUSION.AGENDA_ITEM_ID)).where(a.SEMINAR_ID.in(ids))
                .orderBy(SEMINAR_CONCLUSION.ID)
                .forEach(r -> conclusions.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        Map<Long, List<String>> comments = new HashMap<>();
        dsl.select(SEMINAR_COMMENT.SEMINAR_ID, SEMINAR_COMMENT.COMMENT_TEXT).from(SEMINAR_COMMENT)
                .where(SEMINAR_COMMENT.SEMINAR_ID.in(ids)).orderBy(SEMINAR_COMMENT.ID)
                .forEach(r -> comments.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        Map<Long, List<AgendaItem>> agendas = new HashMap<>();
        for (SeminarAgendaItemRecord item : items) {
            agendas.computeIfAbsent(item.getSeminarId(), k -> new ArrayList<>()).add(new AgendaItem(item.getItemNo(),
                    item.getTitle(), Optional.ofNullable(item.getMethod()).map(MethodModel::valueOf),
                    Optional.ofNullable(item.getDescription()), new RatingTally(item.getRelevance_1(),
                            item.getRelevance_2(), item.getRelevance_3(), item.getRelevance_4(),
                            item.getRelevance_5()), ImmutableList.copyOf(conclusions.getOrDefault(item.getId(),
                                    List.of()))));
        }
        return rows.stream().map(r -> new Seminar(new SeminarId(r.getId()), facts(r),
                ImmutableList.copyOf(agendas.getOrDefault(r.getId(), List.of())),
                new GenderCounts(r.getWalkInsWomen(), r.getWalkInsMen(), r.getWalkInsNonBinary(),
                        r.getWalkInsNotStated()),
                new SeminarEvaluation(new RatingTally(r.getRated_1(), r.getRated_2(), r.getRated_3(), r.getRated_4(),
                        r.getRated_5()), ImmutableList.copyOf(comments.getOrDefault(r.getId(), List.of())))))
                .toList();
    }

    private static SeminarFacts facts(SeminarRecord r) {
        return new SeminarFacts(r.getTitle(), r.getHeldOn(), r.getAnswerBy(), Optional.ofNullable(r.getPlace()),
                Optional.ofNullable(r.getLink()), r.getAccessibility() == null ? ImmutableList.of()
                        : ImmutableList.copyOf(r.getAccessibility().split("\n")));
    }

    /** The five counts of a tally as column values. */
    private static Map<Field<?>, Object> tally(Field<Integer> ones, Field<Integer> twos, Field<Integer> threes,
            Field<Integer> fours, Field<Integer> fives, RatingTally tally) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(ones, tally.ones());
        values.put(twos, tally.twos());
        values.put(threes, tally.threes());
        values.put(fours, tally.fours());
        values.put(fives, tally.fives());
        return values;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
