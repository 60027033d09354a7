package se.coompanion.sesi.adapters.persistence.survey;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SURVEY_ANSWER;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SURVEY_FORM;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.GroupField;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import se.coompanion.sesi.adapters.persistence.BatchInsert;
import se.coompanion.sesi.adapters.persistence.jooq.tables.SurveyAnswer;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.SurveyFormRecord;
import se.coompanion.sesi.application.survey.port.out.GroupTally;
import se.coompanion.sesi.domain.survey.results.ResultGrouping;
import se.coompanion.sesi.domain.survey.entry.ReturnedForm;
import se.coompanion.sesi.application.survey.port.out.ReturnedForms;
import se.coompanion.sesi.domain.survey.results.UsableReturn;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.survey.ResponseId;
import se.coompanion.sesi.domain.survey.entry.Completeness;
import se.coompanion.sesi.domain.survey.entry.FormState;
import se.coompanion.sesi.domain.survey.results.AnswerRow;
import se.coompanion.sesi.domain.survey.results.AnswerRows;
import se.coompanion.sesi.domain.survey.results.Tally;

/**
 * The keyed forms' states in {@code survey_form} and the analysis rows of the usable ones in {@code survey_answer}.
 * The results are counted by the database: one {@code GROUP BY} over the analysis rows (joined to the form for its
 * county or legal form, or to the row of another question for a cross-tab by that question) gives every tally.
 */
public final class JooqReturnedForms implements ReturnedForms {

    private static final String GROUP = "result_group";

    private final DSLContext dsl;
    private final BatchInsert<ReturnedForm> formInsert;
    private final BatchInsert<Answer> answerInsert;

    public JooqReturnedForms(DSLContext dsl) {
        this.dsl = dsl;
        this.formInsert = BatchInsert.into(dsl, SURVEY_FORM, List.of(SURVEY_FORM.RESPONSE_SEQ, SURVEY_FORM.FORM_STATE,
                SURVEY_FORM.COMPLETENESS, SURVEY_FORM.QUESTIONNAIRE_VERSION, SURVEY_FORM.MUNICIPALITY_CODE,
                SURVEY_FORM.COUNTY_CODE, SURVEY_FORM.LEGAL_FORM, SURVEY_FORM.OPEN_DISAGREEMENTS),
                form -> new Object[] {form.responseId().sequence(), form.state().name(), form.completeness().name(),
                    form.version(), form.municipality().code(), form.municipality().county().code(),
                    form.legalForm().name(), form.open()});
        this.answerInsert = BatchInsert.into(dsl, SURVEY_ANSWER, List.of(SURVEY_ANSWER.RESPONSE_SEQ,
                SURVEY_ANSWER.VARIABLE, SURVEY_ANSWER.ROW_NO, SURVEY_ANSWER.ANSWERED, SURVEY_ANSWER.ANSWER_CODE,
                SURVEY_ANSWER.ANSWER_NUMBER, SURVEY_ANSWER.ANSWER_TEXT),
                answer -> new Object[] {answer.sequence(), answer.row().variable(), (short) answer.row().rowNo(),
                    answer.row().answered(), answer.row().code().orElse(null), answer.row().number().orElse(null),
                    answer.row().text().orElse(null)});
    }

    @Override
    public void save(List<ReturnedForm> forms) {
        // the forms first: their analysis rows refer to them
        formInsert.insert(forms);
        answerInsert.insert(forms.stream().flatMap(form -> form.rows().stream()
                .map(row -> new Answer(form.responseId().sequence(), row))).toList());
    }

    /** An analysis row with its form's response sequence. */
    private record Answer(int sequence, AnswerRow row) {
    }

    @Override
    public void remove(Collection<ResponseId> ids) {
        for (List<Integer> chunk : Chunks.of(ids)) {
            dsl.deleteFrom(SURVEY_ANSWER).where(Chunks.in(SURVEY_ANSWER.RESPONSE_SEQ, chunk)).execute();
            dsl.deleteFrom(SURVEY_FORM).where(Chunks.in(SURVEY_FORM.RESPONSE_SEQ, chunk)).execute();
        }
    }

    @Override
    public List<ReturnedForm> list() {
        return dsl.selectFrom(SURVEY_FORM).orderBy(SURVEY_FORM.RESPONSE_SEQ).fetch(JooqReturnedForms::toForm);
    }

    @Override
    public Map<FormState, Long> states() {
        Map<FormState, Long> states = new EnumMap<>(FormState.class);
        dsl.select(SURVEY_FORM.FORM_STATE, DSL.count()).from(SURVEY_FORM).groupBy(SURVEY_FORM.FORM_STATE)
                .forEach(r -> states.put(FormState.valueOf(r.value1()), (long) r.value2()));
        return states;
    }

    @Override
    public Map<String, Long> returns(ResultGrouping grouping) {
        Map<String, Long> returns = new LinkedHashMap<>();
        Condition usable = SURVEY_FORM.FORM_STATE.eq(FormState.USABLE.name());
        if (grouping.kind() == ResultGrouping.Kind.NONE) {
            int all = dsl.fetchCount(SURVEY_FORM, usable);
            if (all > 0) {
                returns.put(ResultGrouping.ALL, (long) all);
            }
            return returns;
        }
        SurveyAnswer by = SURVEY_ANSWER.as("by_answer");
        Field<String> group = groupOf(grouping, by);
        SelectJoinStep<? extends Record> from = dsl.select(group, DSL.count()).from(SURVEY_FORM);
        if (grouping.kind() == ResultGrouping.Kind.VARIABLE) {
            from = from.leftJoin(by).on(byAnswer(grouping, by, SURVEY_FORM.RESPONSE_SEQ));
        }
        from.where(usable).groupBy(group)
                .forEach(r -> returns.put(r.get(0, String.class), r.get(1, Long.class)));
        return returns;
    }

    @Override
    public List<GroupTally> tally(ResultGrouping grouping, Optional<String> variable) {
        SurveyAnswer row = SURVEY_ANSWER.as("answer_row");
        SurveyAnswer by = SURVEY_ANSWER.as("by_answer");
        Field<String> group = grouping.kind() == ResultGrouping.Kind.NONE ? DSL.inline(ResultGrouping.ALL)
                : groupOf(grouping, by);
        Field<Integer> rows = DSL.count();
        Field<BigDecimal> items = DSL.sum(DSL.when(row.ROW_NO.eq((short) 0), DSL.inline(1)).otherwise(DSL.inline(0)));
        SelectJoinStep<? extends Record> from = dsl.select(row.VARIABLE, group.as(GROUP), row.ANSWERED,
                row.ANSWER_CODE, row.ANSWER_NUMBER, row.ANSWER_TEXT, rows, items).from(row);
        switch (grouping.kind()) {
            case COUNTY, LEGAL_FORM -> from = from.join(SURVEY_FORM).on(SURVEY_FORM.RESPONSE_SEQ.eq(row.RESPONSE_SEQ));
            case VARIABLE -> from = from.leftJoin(by).on(byAnswer(grouping, by, row.RESPONSE_SEQ));
            case NONE -> {
                // every usable return is in the one group
            }
        }
        List<GroupField> groupBy = new ArrayList<>(List.of(row.VARIABLE, row.ANSWERED, row.ANSWER_CODE,
                row.ANSWER_NUMBER, row.ANSWER_TEXT));
        if (grouping.kind() != ResultGrouping.Kind.NONE) {
            groupBy.add(group);
        }
        Condition which = variable.map(row.VARIABLE::eq).orElse(DSL.noCondition());
        List<GroupTally> tallies = new ArrayList<>();
        from.where(which).groupBy(groupBy).forEach(r -> tallies.add(new GroupTally(r.get(row.VARIABLE),
                r.get(GROUP, String.class), new Tally(r.get(row.ANSWERED), Optional.ofNullable(r.get(row.ANSWER_CODE)),
                        Optional.ofNullable(r.get(row.ANSWER_NUMBER)), Optional.ofNullable(r.get(row.ANSWER_TEXT)),
                        r.get(rows), r.get(items).longValue()))));
        return tallies;
    }

    /** The group of a usable return: its county, its legal form, or its answer to the question grouped by. */
    private static Field<String> groupOf(ResultGrouping grouping, SurveyAnswer by) {
        return switch (grouping.kind()) {
            case NONE -> DSL.inline(ResultGrouping.ALL);
            case COUNTY -> SURVEY_FORM.COUNTY_CODE;
            case LEGAL_FORM -> SURVEY_FORM.LEGAL_FORM;
            case VARIABLE -> DSL.coalesce(by.ANSWER_CODE, DSL.inline(ResultGrouping.NO_ANSWER));
        };
    }

    /** The answered row of the question grouped by, of the same return. */
    private static Condition byAnswer(ResultGrouping grouping, SurveyAnswer by, Field<Integer> responseSeq) {
        return by.RESPONSE_SEQ.eq(responseSeq).and(by.VARIABLE.eq(grouping.variable().orElseThrow()))
                .and(by.ANSWERED.isTrue());
    }

    @Override
    public void forEachUsable(Consumer<UsableReturn> sink) {
        try (Cursor<Record> cursor = dsl.select(SURVEY_FORM.fields()).select(SURVEY_ANSWER.fields())
                .from(SURVEY_FORM)
                .join(SURVEY_ANSWER).on(SURVEY_ANSWER.RESPONSE_SEQ.eq(SURVEY_FORM.RESPONSE_SEQ))
                .where(SURVEY_FORM.FORM_STATE.eq(FormState.USABLE.name()))
                .orderBy(SURVEY_FORM.RESPONSE_SEQ, SURVEY_ANSWER.VARIABLE, SURVEY_ANSWER.ROW_NO)
                .fetchSize(Chunks.SIZE)
                .fetchLazy()) {
            SurveyFormRecord current = null;
            List<AnswerRow> rows = new ArrayList<>();
            for (Record r : cursor) {
                SurveyFormRecord form = r.into(SURVEY_FORM);
                if (current != null && !current.getResponseSeq().equals(form.getResponseSeq())) {
                    sink.accept(usable(current, rows));
                    rows = new ArrayList<>();
                }
                current = form;
                rows.add(new AnswerRow(r.get(SURVEY_ANSWER.VARIABLE), r.get(SURVEY_ANSWER.ROW_NO),
                        r.get(SURVEY_ANSWER.ANSWERED), Optional.ofNullable(r.get(SURVEY_ANSWER.ANSWER_CODE)),
                        Optional.ofNullable(r.get(SURVEY_ANSWER.ANSWER_NUMBER)),
                        Optional.ofNullable(r.get(SURVEY_ANSWER.ANSWER_TEXT))));
            }
            if (current != null) {
                sink.accept(usable(current, rows));
            }
        }
    }

    private static UsableReturn usable(SurveyFormRecord form, List<AnswerRow> rows) {
        return new UsableReturn(ResponseId.of(form.getResponseSeq()), form.getQuestionnaireVersion(),
                Completeness.valueOf(form.getCompleteness()), Municipality.of(form.getMunicipalityCode()),
                LegalForm.valueOf(form.getLegalForm()), AnswerRows.answers(rows));
    }

    private static ReturnedForm toForm(SurveyFormRecord r) {
        return new ReturnedForm(ResponseId.of(r.getResponseSeq()), FormState.valueOf(r.getFormState()),
                Completeness.valueOf(r.getCompleteness()), r.getQuestionnaireVersion(),
                Municipality.of(r.getMunicipalityCode()), LegalForm.valueOf(r.getLegalForm()),
                r.getOpenDisagreements(), List.of());
    }
}
