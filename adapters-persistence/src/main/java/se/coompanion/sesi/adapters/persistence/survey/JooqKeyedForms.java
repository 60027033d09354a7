package se.coompanion.sesi.adapters.persistence.survey;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SURVEY_ENTRY_ANSWER;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SURVEY_ENTRY_PASS;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SURVEY_ENTRY_SETTING;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SURVEY_RESOLUTION;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record4;
import org.jooq.Table;
import org.jooq.impl.DSL;
import se.coompanion.sesi.adapters.persistence.BatchInsert;
import se.coompanion.sesi.adapters.persistence.jooq.tables.SurveyEntryAnswer;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.SurveyEntryPassRecord;
import se.coompanion.sesi.domain.survey.entry.EntrySettings;
import se.coompanion.sesi.application.survey.port.out.FieldDifference;
import se.coompanion.sesi.application.survey.port.out.KeyedForms;
import se.coompanion.sesi.application.survey.port.out.PassSummary;
import se.coompanion.sesi.domain.survey.ResponseId;
import se.coompanion.sesi.domain.survey.entry.Completeness;
import se.coompanion.sesi.domain.survey.entry.EntryPass;
import se.coompanion.sesi.domain.survey.entry.FormAnswers;
import se.coompanion.sesi.domain.survey.entry.KeyedPass;
import se.coompanion.sesi.domain.survey.entry.Resolution;

/**
 * The keyed passes in {@code survey_entry_pass} and {@code survey_entry_answer} (one row per answered question), the
 * resolutions in {@code survey_resolution} and the setting in {@code survey_entry_setting}. The differences between
 * the passes are found in the database: answers of pass 1 without an equal answer in pass 2, and answers of pass 2
 * alone, over the forms keyed in both passes.
 */
public final class JooqKeyedForms implements KeyedForms {

    private static final int SETTING_ROW = 1;

    private final DSLContext dsl;
    private final BatchInsert<KeyedPass> passInsert;
    /** An answer's row: response sequence, pass, variable, answer. */
    private final BatchInsert<Object[]> answerInsert;

    public JooqKeyedForms(DSLContext dsl) {
        this.dsl = dsl;
        this.passInsert = BatchInsert.into(dsl, SURVEY_ENTRY_PASS, List.of(SURVEY_ENTRY_PASS.RESPONSE_SEQ,
                SURVEY_ENTRY_PASS.ENTRY_PASS, SURVEY_ENTRY_PASS.QUESTIONNAIRE_VERSION, SURVEY_ENTRY_PASS.COMPLETENESS,
                SURVEY_ENTRY_PASS.KEYED_AT, SURVEY_ENTRY_PASS.KEYED_BY, SURVEY_ENTRY_PASS.SOURCE_NAME,
                SURVEY_ENTRY_PASS.SOURCE_LINE), pass -> new Object[] {pass.responseId().sequence(),
                    (short) pass.pass().number(), pass.version(), pass.completeness().name(),
                    pass.keyedAt().atOffset(ZoneOffset.UTC), pass.keyedBy(), pass.source(), pass.line()});
        this.answerInsert = BatchInsert.into(dsl, SURVEY_ENTRY_ANSWER, List.of(SURVEY_ENTRY_ANSWER.RESPONSE_SEQ,
                SURVEY_ENTRY_ANSWER.ENTRY_PASS, SURVEY_ENTRY_ANSWER.VARIABLE, SURVEY_ENTRY_ANSWER.ANSWER),
                row -> row);
    }

    @Override
    public EntrySettings settings() {
        return dsl.selectFrom(SURVEY_ENTRY_SETTING).where(SURVEY_ENTRY_SETTING.SETTING_ID.eq(SETTING_ROW))
                .fetchOptional()
                .map(r -> new EntrySettings(r.getDoubleEntry(), Optional.ofNullable(r.getChangedBy()),
                        Optional.ofNullable(r.getChangedAt()).map(t -> t.toInstant())))
                .orElse(EntrySettings.DEFAULT);
    }

    @Override
    public void save(EntrySettings settings) {
        dsl.deleteFrom(SURVEY_ENTRY_SETTING).where(SURVEY_ENTRY_SETTING.SETTING_ID.eq(SETTING_ROW)).execute();
        dsl.insertInto(SURVEY_ENTRY_SETTING)
                .set(SURVEY_ENTRY_SETTING.SETTING_ID, SETTING_ROW)
                .set(SURVEY_ENTRY_SETTING.DOUBLE_ENTRY, settings.doubleEntry())
                .set(SURVEY_ENTRY_SETTING.CHANGED_BY, settings.changedBy().orElse(null))
                .set(SURVEY_ENTRY_SETTING.CHANGED_AT, settings.changedAt().map(t -> t.atOffset(ZoneOffset.UTC))
                        .orElse(null))
                .execute();
    }

    @Override
    public List<PassSummary> summaries() {
        return dsl.selectFrom(SURVEY_ENTRY_PASS).orderBy(SURVEY_ENTRY_PASS.RESPONSE_SEQ, SURVEY_ENTRY_PASS.ENTRY_PASS)
                .fetch(r -> new PassSummary(ResponseId.of(r.getResponseSeq()), EntryPass.of(r.getEntryPass()),
                        r.getQuestionnaireVersion(), Completeness.valueOf(r.getCompleteness()),
                        r.getKeyedAt().toInstant(), r.getKeyedBy(), r.getSourceName(), r.getSourceLine()));
    }

    @Override
    public List<KeyedPass> passes(Collection<ResponseId> ids) {
        List<KeyedPass> passes = new ArrayList<>();
        for (List<Integer> chunk : Chunks.of(ids)) {
            Map<String, Map<String, String>> answers = new HashMap<>();
            dsl.selectFrom(SURVEY_ENTRY_ANSWER).where(Chunks.in(SURVEY_ENTRY_ANSWER.RESPONSE_SEQ, chunk))
                    .orderBy(SURVEY_ENTRY_ANSWER.RESPONSE_SEQ, SURVEY_ENTRY_ANSWER.ENTRY_PASS)
                    .forEach(a -> answers.computeIfAbsent(a.getResponseSeq() + "/" + a.getEntryPass(),
                            k -> new LinkedHashMap<>()).put(a.getVariable(), a.getAnswer()));
            for (SurveyEntryPassRecord r : dsl.selectFrom(SURVEY_ENTRY_PASS)
                    .where(Chunks.in(SURVEY_ENTRY_PASS.RESPONSE_SEQ, chunk))
                    .orderBy(SURVEY_ENTRY_PASS.RESPONSE_SEQ, SURVEY_ENTRY_PASS.ENTRY_PASS).fetch()) {
                passes.add(new KeyedPass(ResponseId.of(r.getResponseSeq()), EntryPass.of(r.getEntryPass()),
                        r.getQuestionnaireVersion(), FormAnswers.of(answers.getOrDefault(r.getResponseSeq() + "/"
                                + r.getEntryPass(), Map.of())), Completeness.valueOf(r.getCompleteness()),
                        r.getKeyedAt().toInstant(), r.getKeyedBy(), r.getSourceName(), r.getSourceLine()));
            }
        }
        passes.sort((a, b) -> a.responseId().equals(b.responseId()) ? a.pass().compareTo(b.pass())
                : a.responseId().compareTo(b.responseId()));
        return passes;
    }

    @Override
    public void add(List<KeyedPass> passes) {
        // the passes first: their answers refer to them
        passInsert.insert(passes);
        answerInsert.insert(passes.stream().flatMap(pass -> pass.answers().values().entrySet().stream()
                .map(answer -> new Object[] {pass.responseId().sequence(), (short) pass.pass().number(),
                    answer.getKey(), answer.getValue()})).toList());
    }

    @Override
    public void remove(EntryPass pass, Collection<ResponseId> ids) {
        short number = (short) pass.number();
        for (List<Integer> chunk : Chunks.of(ids)) {
            dsl.deleteFrom(SURVEY_ENTRY_ANSWER).where(SURVEY_ENTRY_ANSWER.ENTRY_PASS.eq(number)
                    .and(Chunks.in(SURVEY_ENTRY_ANSWER.RESPONSE_SEQ, chunk))).execute();
            dsl.deleteFrom(SURVEY_ENTRY_PASS).where(SURVEY_ENTRY_PASS.ENTRY_PASS.eq(number)
                    .and(Chunks.in(SURVEY_ENTRY_PASS.RESPONSE_SEQ, chunk))).execute();
        }
    }

    @Override
    public List<Resolution> resolutions(Collection<ResponseId> ids) {
        List<Resolution> resolutions = new ArrayList<>();
        for (List<Integer> chunk : Chunks.of(ids)) {
            dsl.selectFrom(SURVEY_RESOLUTION).where(Chunks.in(SURVEY_RESOLUTION.RESPONSE_SEQ, chunk))
                    .orderBy(SURVEY_RESOLUTION.ID)
                    .forEach(r -> resolutions.add(new Resolution(ResponseId.of(r.getResponseSeq()), r.getVariable(),
                            r.getAnswer(), r.getResolvedBy(), r.getResolvedAt().toInstant())));
        }
        return resolutions;
    }

    @Override
    public void add(Resolution resolution) {
        dsl.insertInto(SURVEY_RESOLUTION)
                .set(SURVEY_RESOLUTION.RESPONSE_SEQ, resolution.responseId().sequence())
                .set(SURVEY_RESOLUTION.VARIABLE, resolution.variable())
                .set(SURVEY_RESOLUTION.ANSWER, resolution.value())
                .set(SURVEY_RESOLUTION.RESOLVED_BY, resolution.resolvedBy())
                .set(SURVEY_RESOLUTION.RESOLVED_AT, resolution.resolvedAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    @Override
    public Set<ResponseId> resolvedForms() {
        Set<ResponseId> forms = new HashSet<>();
        dsl.selectDistinct(SURVEY_RESOLUTION.RESPONSE_SEQ).from(SURVEY_RESOLUTION)
                .forEach(r -> forms.add(ResponseId.of(r.value1())));
        return forms;
    }

    @Override
    public List<FieldDifference> differences() {
        Table<?> both = dsl.select(SURVEY_ENTRY_PASS.RESPONSE_SEQ.as("form_seq")).from(SURVEY_ENTRY_PASS)
                .groupBy(SURVEY_ENTRY_PASS.RESPONSE_SEQ).having(DSL.count().eq(2)).asTable("both_passes");
        Field<Integer> keyedTwice = both.field("form_seq", Integer.class);
        SurveyEntryAnswer first = SURVEY_ENTRY_ANSWER.as("first_pass");
        SurveyEntryAnswer second = SURVEY_ENTRY_ANSWER.as("second_pass");
        var inFirst = dsl.select(first.RESPONSE_SEQ, first.VARIABLE, first.ANSWER, second.ANSWER)
                .from(first)
                .join(both).on(keyedTwice.eq(first.RESPONSE_SEQ))
                .leftJoin(second).on(second.RESPONSE_SEQ.eq(first.RESPONSE_SEQ)
                        .and(second.VARIABLE.eq(first.VARIABLE)).and(second.ENTRY_PASS.eq((short) 2)))
                .where(first.ENTRY_PASS.eq((short) 1))
                .and(second.ANSWER.isNull().or(second.ANSWER.ne(first.ANSWER)));
        var onlyInSecond = dsl.select(second.RESPONSE_SEQ, second.VARIABLE, DSL.inline((String) null), second.ANSWER)
                .from(second)
                .join(both).on(keyedTwice.eq(second.RESPONSE_SEQ))
                .where(second.ENTRY_PASS.eq((short) 2))
                .andNotExists(dsl.selectOne().from(first).where(first.RESPONSE_SEQ.eq(second.RESPONSE_SEQ)
                        .and(first.VARIABLE.eq(second.VARIABLE)).and(first.ENTRY_PASS.eq((short) 1))));
        List<FieldDifference> differences = new ArrayList<>();
        for (Record4<Integer, String, String, String> r : inFirst.unionAll(onlyInSecond).fetch()) {
            differences.add(new FieldDifference(ResponseId.of(r.value1()), r.value2(),
                    r.value3() == null ? "" : r.value3(), r.value4() == null ? "" : r.value4()));
        }
        differences.sort(Comparator.comparing(FieldDifference::responseId).thenComparing(FieldDifference::variable));
        return differences;
    }
}
