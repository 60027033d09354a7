package se.coompanion.sesi.adapters.persistence.survey;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SURVEY_QUESTION;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SURVEY_QUESTIONNAIRE;

import com.google.common.collect.ImmutableList;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.SurveyQuestionRecord;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.SurveyQuestionnaireRecord;
import se.coompanion.sesi.application.survey.port.out.Questionnaires;
import se.coompanion.sesi.domain.survey.Choice;
import se.coompanion.sesi.domain.survey.Question;
import se.coompanion.sesi.domain.survey.QuestionType;
import se.coompanion.sesi.domain.survey.Questionnaire;
import se.coompanion.sesi.domain.survey.QuestionnaireVersion;
import se.coompanion.sesi.domain.survey.condition.Condition;
import se.coompanion.sesi.domain.survey.condition.ShowIf;

/**
 * The questionnaire's versions in {@code survey_questionnaire} and {@code survey_question}: one row per question,
 * the choices and the show-if condition in their canonical text, read back through the domain's parsers.
 */
public final class JooqQuestionnaires implements Questionnaires {

    private final DSLContext dsl;

    public JooqQuestionnaires(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<QuestionnaireVersion> latest() {
        return dsl.selectFrom(SURVEY_QUESTIONNAIRE).orderBy(SURVEY_QUESTIONNAIRE.QUESTIONNAIRE_VERSION.desc()).limit(1)
                .fetchOptional().map(this::toVersion);
    }

    @Override
    public Optional<QuestionnaireVersion> find(int number) {
        return dsl.selectFrom(SURVEY_QUESTIONNAIRE).where(SURVEY_QUESTIONNAIRE.QUESTIONNAIRE_VERSION.eq(number))
                .fetchOptional().map(this::toVersion);
    }

    @Override
    public List<QuestionnaireVersion> all() {
        return dsl.selectFrom(SURVEY_QUESTIONNAIRE).orderBy(SURVEY_QUESTIONNAIRE.QUESTIONNAIRE_VERSION)
                .fetch(this::toVersion);
    }

    @Override
    public void add(QuestionnaireVersion version) {
        dsl.insertInto(SURVEY_QUESTIONNAIRE)
                .set(SURVEY_QUESTIONNAIRE.QUESTIONNAIRE_VERSION, version.number())
                .set(SURVEY_QUESTIONNAIRE.SOURCE_NAME, version.source())
                .set(SURVEY_QUESTIONNAIRE.LOADED_AT, version.loadedAt().atOffset(ZoneOffset.UTC))
                .execute();
        BatchBindStep batch = dsl.batch(dsl.insertInto(SURVEY_QUESTION, SURVEY_QUESTION.QUESTIONNAIRE_VERSION,
                SURVEY_QUESTION.QUESTION_NO, SURVEY_QUESTION.VARIABLE, SURVEY_QUESTION.SECTION_TITLE,
                SURVEY_QUESTION.LABEL, SURVEY_QUESTION.QUESTION_TYPE, SURVEY_QUESTION.CHOICES,
                SURVEY_QUESTION.ANSWER_REQUIRED, SURVEY_QUESTION.MIN_VALUE, SURVEY_QUESTION.MAX_VALUE,
                SURVEY_QUESTION.SHOW_IF).values((Integer) null, null, null, null, null, null, null, null, null, null,
                        null));
        List<Question> questions = version.questionnaire().questions();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            batch = batch.bind(version.number(), i + 1, q.variable(), q.section(), q.label(), q.type().name(),
                    Choice.format(q.choices()), q.required(), q.min().orElse(null), q.max().orElse(null),
                    q.showIf().map(Condition::toString).orElse(null));
        }
        batch.execute();
    }

    private QuestionnaireVersion toVersion(SurveyQuestionnaireRecord header) {
        ImmutableList<Question> questions = dsl.selectFrom(SURVEY_QUESTION)
                .where(SURVEY_QUESTION.QUESTIONNAIRE_VERSION.eq(header.getQuestionnaireVersion()))
                .orderBy(SURVEY_QUESTION.QUESTION_NO)
                .fetch().stream().map(JooqQuestionnaires::toQuestion).collect(ImmutableList.toImmutableList());
        return new QuestionnaireVersion(header.getQuestionnaireVersion(), Questionnaire.of(questions),
                header.getSourceName(), header.getLoadedAt().toInstant());
    }

    private static Question toQuestion(SurveyQuestionRecord r) {
        return new Question(r.getVariable(), r.getSectionTitle(), r.getLabel(), QuestionType.valueOf(r.getQuestionType()),
                Choice.parseList(r.getChoices()), r.getAnswerRequired(), Optional.ofNullable(r.getMinValue()),
                Optional.ofNullable(r.getMaxValue()), ShowIf.parseOptional(r.getShowIf()));
    }
}
