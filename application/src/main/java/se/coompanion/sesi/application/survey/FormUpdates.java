package se.coompanion.sesi.application.survey;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import se.coompanion.sesi.application.survey.port.out.DispositionEvents;
import se.coompanion.sesi.application.survey.port.out.KeyedForms;
import se.coompanion.sesi.application.survey.port.out.Questionnaires;
import se.coompanion.sesi.domain.survey.entry.ReturnedForm;
import se.coompanion.sesi.application.survey.port.out.ReturnedForms;
import se.coompanion.sesi.domain.survey.Disposition;
import se.coompanion.sesi.domain.survey.DispositionEvent;
import se.coompanion.sesi.domain.survey.FrameUnit;
import se.coompanion.sesi.domain.survey.Questionnaire;
import se.coompanion.sesi.domain.survey.QuestionnaireVersion;
import se.coompanion.sesi.domain.survey.ResponseId;
import se.coompanion.sesi.domain.survey.entry.AnswerProblem;
import se.coompanion.sesi.domain.survey.entry.FormReview;
import se.coompanion.sesi.domain.survey.entry.FormState;
import se.coompanion.sesi.domain.survey.entry.KeyedPass;
import se.coompanion.sesi.domain.survey.entry.Resolution;
import se.coompanion.sesi.domain.survey.entry.ReturnDisposition;
import se.coompanion.sesi.domain.survey.results.AnswerRows;

/**
 * Brings keyed forms up to date after anything that changes them (a pass keyed, a resolution, the double-entry
 * setting, a disposition changed by hand): reviews each form ({@link FormReview}), records the disposition its data
 * give when data entry is the cause, and stores its state and, for a usable form, its analysis rows. Runs inside the
 * caller's transaction.
 */
final class FormUpdates {

    private final KeyedForms keyed;
    private final ReturnedForms returned;
    private final DispositionEvents dispositions;

    FormUpdates(KeyedForms keyed, ReturnedForms returned, DispositionEvents dispositions) {
        this.keyed = Objects.requireNonNull(keyed);
        this.returned = Objects.requireNonNull(returned);
        this.dispositions = Objects.requireNonNull(dispositions);
    }

    /**
     * What one piece of work knows: the questionnaire versions, the double-entry setting, the units and each unit's
     * last disposition event (kept up to date as events are recorded).
     */
    static final class Scope {
        private final Map<Integer, Questionnaire> versions;
        private final boolean doubleEntry;
        private final Function<ResponseId, FrameUnit> units;
        private final Map<ResponseId, DispositionEvent> latest;

        private Scope(Map<Integer, Questionnaire> versions, boolean doubleEntry, Function<ResponseId, FrameUnit> units,
                Map<ResponseId, DispositionEvent> latest) {
            this.versions = versions;
            this.doubleEntry = doubleEntry;
            this.units = Objects.requireNonNull(units);
            this.latest = latest;
        }

        Scope(List<QuestionnaireVersion> versions, boolean doubleEntry, Function<ResponseId, FrameUnit> units,
                Map<ResponseId, DispositionEvent> latest) {
            this(numbered(versions), doubleEntry, units, new HashMap<>(latest));
        }

        /** The scope of work on a few forms, their units found one by one. */
        static Scope of(Questionnaires questionnaires, KeyedForms keyed, DispositionEvents dispositions,
                Function<ResponseId, FrameUnit> units) {
            return new Scope(questionnaires.all(), keyed.settings().doubleEntry(), units, dispositions.latest());
        }

        /** The same scope with double entry switched. */
        Scope withDoubleEntry(boolean on) {
            return new Scope(versions, on, units, latest);
        }

        private static Map<Integer, Questionnaire> numbered(List<QuestionnaireVersion> versions) {
            Map<Integer, Questionnaire> byNumber = new HashMap<>();
            versions.forEach(v -> byNumber.put(v.number(), v.questionnaire()));
            return Map.copyOf(byNumber);
        }

        Questionnaire version(int number) {
            Questionnaire questionnaire = versions.get(number);
            if (questionnaire == null) {
                throw new IllegalStateException("a keyed form refers to questionnaire version " + number
                        + ", which is not stored");
            }
            return questionnaire;
        }

        Optional<DispositionEvent> latest(ResponseId id) {
            return Optional.ofNullable(latest.get(id));
        }

        boolean doubleEntry() {
            return doubleEntry;
        }
    }

    /**
     * The outcome for one form.
     *
     * @param responseId the unit
     * @param review     its review; empty when it has no keyed pass (it was removed)
     * @param settlement where its data stand
     * @param state      where it stands now
     * @param recorded   the disposition recorded for it
     * @param problems   why its settled answers are not a valid form (the caller refuses the change)
     */
    record Update(ResponseId responseId, Optional<FormReview> review, Optional<FormReview.Settlement> settlement,
            Optional<FormState> state, Optional<Disposition> recorded, ImmutableList<AnswerProblem> problems) {
    }

    /**
     * Reviews the forms and stores where they stand.
     *
     * @param ids      the forms
     * @param scope    what the work knows
     * @param recordOn the date of disposition events to record from the forms' data; empty records none (a change
     *                 that is not data entry's, such as a disposition changed by hand, must not be undone here)
     * @param now      when
     */
    List<Update> apply(Collection<ResponseId> ids, Scope scope, Optional<LocalDate> recordOn, Instant now) {
        Set<ResponseId> forms = new LinkedHashSet<>(ids);
        if (forms.isEmpty()) {
            return List.of();
        }
        Map<ResponseId, List<KeyedPass>> passes = new HashMap<>();
        keyed.passes(forms).forEach(p -> passes.computeIfAbsent(p.responseId(), k -> new ArrayList<>()).add(p));
        Map<ResponseId, List<Resolution>> resolutions = new HashMap<>();
        keyed.resolutions(forms).forEach(r -> resolutions.computeIfAbsent(r.responseId(), k -> new ArrayList<>())
                .add(r));
        List<Update> updates = new ArrayList<>();
        List<ReturnedForm> stored = new ArrayList<>();
        List<DispositionEvent> events = new ArrayList<>();
        for (ResponseId id : forms) {
            List<KeyedPass> keyedPasses = passes.getOrDefault(id, List.of());
            if (keyedPasses.isEmpty()) {
                updates.add(new Update(id, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        ImmutableList.of()));
                continue;
            }
            FormReview review = FormReview.of(id, keyedPasses, resolutions.getOrDefault(id, List.of()));
            Questionnaire questionnaire = scope.version(review.version());
            FormReview.Settlement settlement = review.settle(questionnaire, scope.doubleEntry());
            Optional<Disposition> recorded = Optional.empty();
            if (recordOn.isPresent()) {
                recorded = ReturnDisposition.toRecord(scope.latest(id), settlement.completeness());
                recorded.ifPresent(d -> {
                    DispositionEvent event = new DispositionEvent(id, d, recordOn.get(), now,
                            DispositionEvent.Source.DATA_ENTRY);
                    events.add(event);
                    scope.latest.put(id, event);
                });
            }
            boolean aReturn = scope.latest(id).map(e -> e.disposition().isReturn()).orElse(false);
            FormState state = settlement.state(aReturn);
            FrameUnit unit = scope.units.apply(id);
            stored.add(new ReturnedForm(id, state, settlement.completeness(), review.version(), unit.municipality(),
                    unit.legalForm(), settlement.open(), state == FormState.USABLE
                            ? AnswerRows.of(questionnaire, settlement.answers()) : List.of()));
            updates.add(new Update(id, Optional.of(review), Optional.of(settlement), Optional.of(state), recorded,
                    settlement.problems()));
        }
        dispositions.addAll(events);
        returned.remove(forms);
        returned.save(stored);
        return updates;
    }
}
