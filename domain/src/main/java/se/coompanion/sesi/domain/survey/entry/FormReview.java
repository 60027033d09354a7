package se.coompanion.sesi.domain.survey.entry;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.survey.Question;
import se.coompanion.sesi.domain.survey.Questionnaire;
import se.coompanion.sesi.domain.survey.ResponseId;

/**
 * The double-entry review of one returned form: its keyed passes (one or two, against the same questionnaire
 * version) and the resolutions recorded for it.
 *
 * <p><b>Comparison.</b> When both passes are keyed, every question of the version is one field compared (answered
 * or not, shown or not): two passes agree on a field when their canonical answers are equal, a field left empty in
 * both passes included. Keying a value where the form has none is a keying error too, so empty fields count.
 *
 * <p><b>Settled data</b> (what the analysis may use, domain.md: only agreeing or adjudicated data): with two passes,
 * when every disagreement has a resolution; with one pass, only when double entry is off. The settled answers are
 * the first pass's with every resolution applied (a resolution of a field that agreed is a correction after
 * checking the paper form). Settled answers are checked again as a whole ({@link FormCheck}): adjudicated values
 * must still make a valid form.
 */
public final class FormReview {

    private final ResponseId responseId;
    private final Optional<KeyedPass> first;
    private final Optional<KeyedPass> second;
    private final ImmutableMap<String, Resolution> resolutions;

    private FormReview(ResponseId responseId, Optional<KeyedPass> first, Optional<KeyedPass> second,
            ImmutableMap<String, Resolution> resolutions) {
        this.responseId = responseId;
        this.first = first;
        this.second = second;
        this.resolutions = resolutions;
    }

    /**
     * @param responseId  the unit
     * @param passes      its keyed passes (at least one, each pass at most once, all of one version)
     * @param resolutions its resolutions in the order recorded (the latest of a field counts)
     */
    public static FormReview of(ResponseId responseId, List<KeyedPass> passes, List<Resolution> resolutions) {
        Objects.requireNonNull(responseId, "responseId");
        Optional<KeyedPass> first = Optional.empty();
        Optional<KeyedPass> second = Optional.empty();
        for (KeyedPass pass : passes) {
            if (!pass.responseId().equals(responseId)) {
                throw new IllegalArgumentException("a pass of " + pass.responseId() + " in the review of "
                        + responseId);
            }
            if (pass.pass() == EntryPass.FIRST) {
                if (first.isPresent()) {
                    throw new IllegalArgumentException("pass 1 twice for " + responseId);
                }
                first = Optional.of(pass);
            } else {
                if (second.isPresent()) {
                    throw new IllegalArgumentException("pass 2 twice for " + responseId);
                }
                second = Optional.of(pass);
            }
        }
        if (first.isEmpty() && second.isEmpty()) {
            throw new IllegalArgumentException("no pass keyed for " + responseId);
        }
        if (first.isPresent() && second.isPresent() && first.get().version() != second.get().version()) {
            throw new IllegalArgumentException("the passes of " + responseId + " have different versions");
        }
        Map<String, Resolution> latest = new LinkedHashMap<>();
        for (Resolution resolution : resolutions) {
            if (!resolution.responseId().equals(responseId)) {
                throw new IllegalArgumentException("a resolution of " + resolution.responseId() + " for " + responseId);
            }
            latest.put(resolution.variable(), resolution);
        }
        return new FormReview(responseId, first, second, ImmutableMap.copyOf(latest));
    }

    public ResponseId responseId() {
        return responseId;
    }

    public Optional<KeyedPass> pass(EntryPass pass) {
        return pass == EntryPass.FIRST ? first : second;
    }

    public boolean keyedTwice() {
        return first.isPresent() && second.isPresent();
    }

    /** The questionnaire version the form was keyed against. */
    public int version() {
        return first.or(() -> second).orElseThrow().version();
    }

    /** The latest resolution of each field that has one. */
    public ImmutableMap<String, Resolution> resolutions() {
        return resolutions;
    }

    /** The fields compared: every question of the version when both passes are keyed, else none. */
    public int fieldsCompared(Questionnaire questionnaire) {
        return keyedTwice() ? questionnaire.questions().size() : 0;
    }

    /** The fields whose passes differ, in the order of the questions; none unless both passes are keyed. */
    public ImmutableList<Disagreement> disagreements(Questionnaire questionnaire) {
        if (!keyedTwice()) {
            return ImmutableList.of();
        }
        List<Disagreement> found = new ArrayList<>();
        for (Question question : questionnaire.questions()) {
            String a = first.get().answers().value(question.variable());
            String b = second.get().answers().value(question.variable());
            if (!a.equals(b)) {
                found.add(new Disagreement(responseId, question.variable(), a, b,
                        Optional.ofNullable(resolutions.get(question.variable()))));
            }
        }
        return ImmutableList.copyOf(found);
    }

    /**
     * Where the form's data stand.
     *
     * @param questionnaire the version the form was keyed against
     * @param doubleEntry   whether double entry is on for the survey
     */
    public Settlement settle(Questionnaire questionnaire, boolean doubleEntry) {
        if (questionnaire.questions().isEmpty()) {
            throw new IllegalArgumentException("a questionnaire has questions");
        }
        int open = (int) disagreements(questionnaire).stream().filter(Disagreement::isOpen).count();
        KeyedPass base = first.or(() -> second).orElseThrow();
        if (!keyedTwice() && doubleEntry) {
            return Settlement.unsettled(Settlement.Stage.AWAITING_SECOND_PASS, base, 0);
        }
        if (open > 0) {
            return Settlement.unsettled(Settlement.Stage.OPEN_DISAGREEMENTS, base, open);
        }
        FormAnswers settled = base.answers();
        for (Resolution resolution : resolutions.values()) {
            settled = settled.with(resolution.variable(), resolution.value());
        }
        FormCheck.Outcome check = FormCheck.check(questionnaire, settled.values());
        return new Settlement(Settlement.Stage.SETTLED, settled,
                check.form().map(CheckedForm::completeness).orElse(base.completeness()), 0,
                ImmutableList.copyOf(check.problems()));
    }

    /**
     * The data of a form as far as they are settled.
     *
     * @param stage        settled, or what it waits for
     * @param answers      the settled answers; else the answers of the first pass keyed, as keyed
     * @param completeness the completeness of those answers
     * @param open         disagreements without a resolution
     * @param problems     for settled answers that do not make a valid form: why (the adjudicated values clash with
     *                     the rest of the form); empty otherwise
     */
    public record Settlement(Stage stage, FormAnswers answers, Completeness completeness, int open,
            ImmutableList<AnswerProblem> problems) {

        public Settlement {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(answers, "answers");
            Objects.requireNonNull(completeness, "completeness");
            problems = ImmutableList.copyOf(problems);
        }

        static Settlement unsettled(Stage stage, KeyedPass base, int open) {
            return new Settlement(stage, base.answers(), base.completeness(), open, ImmutableList.of());
        }

        public boolean settled() {
            return stage == Stage.SETTLED;
        }

        /** True when the settled answers make a valid form (always true for data not yet settled). */
        public boolean valid() {
            return problems.isEmpty();
        }

        /** The form's state given its unit's disposition now. */
        public FormState state(boolean unitIsAReturn) {
            return switch (stage) {
                case AWAITING_SECOND_PASS -> FormState.AWAITING_SECOND_PASS;
                case OPEN_DISAGREEMENTS -> FormState.OPEN_DISAGREEMENTS;
                case SETTLED -> {
                    if (!completeness.isUsable()) {
                        yield FormState.BREAK_OFF;
                    }
                    yield unitIsAReturn ? FormState.USABLE : FormState.NOT_A_RETURN;
                }
            };
        }

        public enum Stage {
            SETTLED, AWAITING_SECOND_PASS, OPEN_DISAGREEMENTS
        }
    }
}
