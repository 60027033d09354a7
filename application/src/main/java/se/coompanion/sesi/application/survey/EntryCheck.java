package se.coompanion.sesi.application.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import se.coompanion.sesi.application.survey.port.out.KeyedForms;
import se.coompanion.sesi.application.survey.port.out.PassSummary;
import se.coompanion.sesi.application.survey.port.out.QuestionnaireSent;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.DispositionEvent;
import se.coompanion.sesi.domain.survey.FrameUnit;
import se.coompanion.sesi.domain.survey.Question;
import se.coompanion.sesi.domain.survey.Questionnaire;
import se.coompanion.sesi.domain.survey.QuestionnaireVersion;
import se.coompanion.sesi.domain.survey.ResponseId;
import se.coompanion.sesi.domain.survey.entry.AnswerProblem;
import se.coompanion.sesi.domain.survey.entry.CheckedForm;
import se.coompanion.sesi.domain.survey.entry.EntryPass;
import se.coompanion.sesi.domain.survey.entry.FormCheck;
import se.coompanion.sesi.domain.survey.entry.FormDates;
import se.coompanion.sesi.domain.survey.entry.FormReview;
import se.coompanion.sesi.domain.survey.entry.KeyedPass;
import se.coompanion.sesi.domain.survey.entry.ReturnDisposition;

/**
 * Checks one keyed form before anything is stored, the same way for a data-entry file and for a form keyed on the
 * command line: the response id (shape, check digit, a unit of the population that was sent the questionnaire),
 * the questionnaire version, the pass (not keyed already, unless it is keyed again on purpose; the same version as
 * the other pass), the unit's disposition (a final one set by hand changes only on purpose), the date, and the
 * answers against the version ({@link FormCheck}); for a form with adjudicated values, that they still make a valid
 * form with this keying.
 */
final class EntryCheck {

    /** The field of a problem with the response id. */
    static final String RESPONSE_ID = Question.RESPONSE_ID_VARIABLE;

    /**
     * What the checks of one piece of work know, loaded once.
     *
     * @param versions  every questionnaire version by number
     * @param units     the population by response id
     * @param sent      the questionnaires each unit was sent
     * @param latest    each unit's last disposition event
     * @param keyed     the passes keyed so far, by unit
     * @param resolved  the units whose forms have resolutions
     */
    record Context(Map<Integer, Questionnaire> versions, Map<ResponseId, FrameUnit> units,
            Map<ResponseId, QuestionnaireSent> sent, Map<ResponseId, DispositionEvent> latest,
            Map<ResponseId, Map<EntryPass, PassSummary>> keyed, Set<ResponseId> resolved) {

        static Context of(List<QuestionnaireVersion> versions, List<FrameUnit> population,
                Map<ResponseId, QuestionnaireSent> sent, Map<ResponseId, DispositionEvent> latest,
                List<PassSummary> summaries, Set<ResponseId> resolved) {
            Map<Integer, Questionnaire> byNumber = new HashMap<>();
            versions.forEach(v -> byNumber.put(v.number(), v.questionnaire()));
            Map<ResponseId, FrameUnit> units = new HashMap<>();
            population.forEach(u -> units.put(u.responseId().orElseThrow(), u));
            Map<ResponseId, Map<EntryPass, PassSummary>> keyed = new HashMap<>();
            summaries.forEach(s -> keyed.computeIfAbsent(s.responseId(), k -> new EnumMap<>(EntryPass.class))
                    .put(s.pass(), s));
            return new Context(Map.copyOf(byNumber), units, Map.copyOf(sent), Map.copyOf(latest), keyed,
                    Set.copyOf(resolved));
        }
    }

    /**
     * How the forms are keyed.
     *
     * @param pass     1 or 2
     * @param version  the version printed on the forms, when given
     * @param replace  key again a form already keyed in this pass
     * @param received when the forms came back
     */
    record Keying(EntryPass pass, OptionalInt version, boolean replace, LocalDate received) {
    }

    /**
     * A problem with a form.
     *
     * @param field   {@code response_id}, a variable, or empty for the form as a whole
     * @param value   the value as keyed
     * @param message what is wrong
     */
    record FieldProblem(String field, String value, Message message) {
    }

    /**
     * A form that passed every check.
     *
     * @param responseId the unit
     * @param version    the questionnaire version it was checked against
     * @param form       the checked form
     */
    record Checked(ResponseId responseId, int version, CheckedForm form) {
    }

    /**
     * @param checked  the form, when there is no problem
     * @param problems every problem found
     */
    record Outcome(Optional<Checked> checked, List<FieldProblem> problems) {
    }

    private final Context context;
    private final Keying keying;
    private final KeyedForms keyedForms;

    EntryCheck(Context context, Keying keying, KeyedForms keyedForms) {
        this.context = Objects.requireNonNull(context);
        this.keying = Objects.requireNonNull(keying);
        this.keyedForms = Objects.requireNonNull(keyedForms);
    }

    /**
     * Checks a form.
     *
     * @param responseId the id as keyed
     * @param values     variable to value as keyed (variables the input has)
     * @param hasColumn  whether the input has a variable (a file lacks the columns it does not name)
     */
    Outcome check(String responseId, Map<String, String> values, Predicate<String> hasColumn) {
        List<FieldProblem> problems = new ArrayList<>();
        ResponseId id;
        try {
            id = ResponseId.parse(responseId);
        } catch (DomainException e) {
            problems.add(new FieldProblem(RESPONSE_ID, responseId, e.text()));
            return new Outcome(Optional.empty(), problems);
        }
        OptionalInt version = version(id, responseId, problems);
        if (version.isEmpty()) {
            return new Outcome(Optional.empty(), problems);
        }
        checkPass(id, responseId, version.getAsInt(), problems);
        Optional<DispositionEvent> last = Optional.ofNullable(context.latest().get(id));
        if (!ReturnDisposition.mayKey(last)) {
            DispositionEvent event = last.orElseThrow();
            problems.add(new FieldProblem(RESPONSE_ID, responseId, message("entry.finalDisposition", id.toString(),
                    event.disposition().name(), event.occurredOn().toString())));
        }
        LocalDate firstSent = context.sent().get(id).firstSent();
        if (keying.received().isBefore(firstSent)) {
            problems.add(new FieldProblem(RESPONSE_ID, responseId, message("entry.receivedBeforeSent", id.toString(),
                    keying.received().toString(), firstSent.toString())));
        }
        Questionnaire questionnaire = context.versions().get(version.getAsInt());
        for (Question question : questionnaire.questions()) {
            if (!hasColumn.test(question.variable())) {
                problems.add(new FieldProblem("", "", message("entry.missingColumn", question.variable(),
                        version.getAsInt())));
            }
        }
        FormCheck.Outcome outcome = FormCheck.check(questionnaire, values, FormDates.of(firstSent,
                keying.received()));
        outcome.problems().forEach(p -> problems.add(problem(p)));
        if (!problems.isEmpty()) {
            return new Outcome(Optional.empty(), problems);
        }
        CheckedForm form = outcome.form().orElseThrow();
        if (context.resolved().contains(id)) {
            checkWithResolutions(id, version.getAsInt(), questionnaire, form, problems);
        }
        return problems.isEmpty() ? new Outcome(Optional.of(new Checked(id, version.getAsInt(), form)), problems)
                : new Outcome(Optional.empty(), problems);
    }

    /** The version the form is checked against, or empty after recording why there is none. */
    private OptionalInt version(ResponseId id, String typed, List<FieldProblem> problems) {
        if (!context.units().containsKey(id)) {
            problems.add(new FieldProblem(RESPONSE_ID, typed, Message.of(SurveyInput.class, "unit.missing",
                    id.toString())));
            return OptionalInt.empty();
        }
        QuestionnaireSent sent = context.sent().get(id);
        if (sent == null) {
            problems.add(new FieldProblem(RESPONSE_ID, typed, message("entry.neverSent", id.toString())));
            return OptionalInt.empty();
        }
        if (keying.version().isPresent() && !sent.versions().contains(keying.version().getAsInt())) {
            problems.add(new FieldProblem(RESPONSE_ID, typed, message("entry.versionNotSent", id.toString(),
                    sent.versions().stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")),
                    keying.version().getAsInt())));
            return OptionalInt.empty();
        }
        return OptionalInt.of(keying.version().orElse(sent.latest()));
    }

    private void checkPass(ResponseId id, String typed, int version, List<FieldProblem> problems) {
        Map<EntryPass, PassSummary> passes = context.keyed().getOrDefault(id, Map.of());
        PassSummary same = passes.get(keying.pass());
        if (same != null && !keying.replace()) {
            problems.add(new FieldProblem(RESPONSE_ID, typed, message("entry.alreadyKeyed", id.toString(),
                    keying.pass().number(), same.source(), same.line(), same.keyedBy(),
                    same.keyedAt().toString())));
        }
        PassSummary other = passes.get(keying.pass().other());
        if (other != null && other.version() != version) {
            problems.add(new FieldProblem(RESPONSE_ID, typed, message("entry.otherPassVersion", id.toString(),
                    other.pass().number(), other.version(), keying.pass().number())));
        }
    }

    /** With the adjudicated values recorded for the form, this keying must still settle into a valid form. */
    private void checkWithResolutions(ResponseId id, int version, Questionnaire questionnaire, CheckedForm form,
            List<FieldProblem> problems) {
        List<KeyedPass> passes = new ArrayList<>(keyedForms.passes(List.of(id)).stream()
                .filter(p -> p.pass() != keying.pass()).toList());
        passes.add(new KeyedPass(id, keying.pass(), version, form.answers(), form.completeness(),
                Instant.EPOCH, "check", "check", 0));
        FormReview.Settlement settlement = FormReview.of(id, passes, keyedForms.resolutions(List.of(id)))
                .settle(questionnaire, false);
        if (settlement.settled()) {
            settlement.problems().forEach(p -> problems.add(new FieldProblem(p.variable(), p.value(),
                    message("entry.resolutionsClash", id.toString(), p.message()))));
        }
    }

    private static FieldProblem problem(AnswerProblem problem) {
        return new FieldProblem(problem.variable(), problem.value(), problem.message());
    }

    static Message message(String key, Object... args) {
        return Message.of(EntryCheck.class, key, args);
    }
}
