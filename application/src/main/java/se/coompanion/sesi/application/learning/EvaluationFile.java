package se.coompanion.sesi.application.learning;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.coompanion.sesi.application.shared.Column;
import se.coompanion.sesi.application.shared.RowReading;
import se.coompanion.sesi.domain.learning.FollowUp;
import se.coompanion.sesi.domain.learning.LearningModule;
import se.coompanion.sesi.domain.learning.ModuleEvaluation;
import se.coompanion.sesi.domain.learning.ModuleKey;
import se.coompanion.sesi.domain.learning.ParticipantCode;
import se.coompanion.sesi.domain.learning.PilotRun;
import se.coompanion.sesi.domain.learning.Programme;
import se.coompanion.sesi.domain.learning.Scale;
import se.coompanion.sesi.domain.learning.SelfAssessment;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The evaluation file (docs/learning.md): one row per evaluation form, that is per participant and module of a pilot
 * run. Level 1 in {@code nojdhet}/{@code relevans}; level 2 in {@code fore_N}/{@code efter_N} for the module's
 * objective N (both or neither); the level-3 follow-up's planned day in {@code uppfoljning_planerad}.
 */
final class EvaluationFile {

    static final Column PILOT = Column.required("pilot", "pilot");
    static final Column PARTICIPANT = Column.required("deltagare", "participant");
    static final Column MODULE = Column.required("modul", "module");
    static final Column SATISFACTION = Column.optional("nöjdhet", "satisfaction");
    static final Column RELEVANCE = Column.optional("relevans", "relevance");
    static final Column FOLLOW_UP = Column.optional("uppföljning_planerad", "follow_up_planned");
    static final List<Column> BEFORE = objectiveColumns("före", "before");
    static final List<Column> AFTER = objectiveColumns("efter", "after");

    static final List<Column> COLUMNS = columns();

    /**
     * What the rows are checked against.
     *
     * @param pilots     the pilot runs by number
     * @param programmes the versions by number
     * @param recorded   the evaluations already stored (pilot, participant, module)
     */
    record Known(Map<Integer, PilotRun> pilots, Map<Integer, Programme> programmes, Set<Key> recorded) {
    }

    /** What makes an evaluation one form: the pilot, the participant and the module. */
    record Key(int pilot, ParticipantCode participant, ModuleKey module) {

        static Key of(ModuleEvaluation e) {
            return new Key(e.pilot(), e.participant(), e.module());
        }

        @Override
        public String toString() {
            return pilot + "/" + participant + "/" + module;
        }
    }

    private EvaluationFile() {
    }

    /** The evaluation a row holds, or null after recording its problems on the reading. */
    static ModuleEvaluation read(RowReading row, Known known) {
        PilotRun pilot = row.required(PILOT, text -> pilot(text, known));
        ParticipantCode participant = row.required(PARTICIPANT, ParticipantCode::parse);
        ModuleKey module = row.required(MODULE, ModuleKey::parse);
        Optional<Integer> satisfaction = row.optional(SATISFACTION, t -> Scale.parse(Message.of(
                ModuleEvaluation.class, "field.satisfaction"), t));
        Optional<Integer> relevance = row.optional(RELEVANCE, t -> Scale.parse(Message.of(
                ModuleEvaluation.class, "field.relevance"), t));
        Optional<LocalDate> planned = row.optional(FOLLOW_UP, EvaluationFile::date);
        LearningModule evaluated = null;
        if (pilot != null && module != null) {
            if (pilot.gave(module)) {
                evaluated = known.programmes().get(pilot.version()).module(module).orElseThrow();
            } else {
                row.problem(MODULE, Message.of(EvaluationFile.class, "row.moduleNotGiven", module, pilot.number(),
                        String.join(", ", pilot.modules().stream().map(ModuleKey::value).toList())));
            }
        }
        List<SelfAssessment> assessments = new ArrayList<>();
        for (int i = 0; i < BEFORE.size(); i++) {
            int objective = i + 1;
            Column before = BEFORE.get(i);
            Column after = AFTER.get(i);
            if (row.isBlank(before) && row.isBlank(after)) {
                continue;
            }
            if (row.isBlank(before) || row.isBlank(after)) {
                row.problem(row.isBlank(before) ? before : after, Message.of(EvaluationFile.class, "row.bothLevels",
                        objective));
                continue;
            }
            Integer levelBefore = row.required(before, t -> Scale.parse(Message.of(SelfAssessment.class,
                    "field.before", objective), t));
            Integer levelAfter = row.required(after, t -> Scale.parse(Message.of(SelfAssessment.class,
                    "field.after", objective), t));
            if (evaluated != null && objective > evaluated.objectives().size()) {
                row.problem(before, Message.of(EvaluationFile.class, "row.noSuchObjective", evaluated.key(),
                        evaluated.objectives().size(), objective));
            } else if (levelBefore != null && levelAfter != null) {
                assessments.add(new SelfAssessment(objective, levelBefore, levelAfter));
            }
        }
        if (pilot != null && planned.isPresent()) {
            try {
                FollowUp.plannedFor(pilot.date(), planned.get());
            } catch (DomainException e) {
                row.problem(FOLLOW_UP, e.text());
            }
        }
        if (!row.ok()) {
            return null;
        }
        if (known.recorded().contains(new Key(pilot.number(), participant, module))) {
            row.problem(Message.of(EvaluationFile.class, "row.recorded", pilot.number(), participant, module));
            return null;
        }
        try {
            return new ModuleEvaluation(pilot.number(), participant, module, satisfaction, relevance,
                    ImmutableList.copyOf(assessments), planned.map(p -> FollowUp.NONE.withPlanned(p))
                            .orElse(FollowUp.NONE));
        } catch (DomainException e) {
            row.problem(e.text());
            return null;
        }
    }

    private static PilotRun pilot(String text, Known known) {
        int number;
        try {
            number = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new DomainException(Message.of(EvaluationFile.class, "row.pilotShape", text));
        }
        PilotRun run = known.pilots().get(number);
        if (run == null) {
            throw new DomainException(Message.of(EvaluationFile.class, "row.pilotUnknown", number));
        }
        return run;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException(Message.of(EvaluationFile.class, "row.date", text));
        }
    }

    private static List<Column> objectiveColumns(String swedish, String english) {
        List<Column> columns = new ArrayList<>();
        for (int n = 1; n <= LearningModule.MAX_OBJECTIVES; n++) {
            columns.add(Column.optional(swedish + "_" + n, english + "_" + n));
        }
        return List.copyOf(columns);
    }

    private static List<Column> columns() {
        List<Column> all = new ArrayList<>(List.of(PILOT, PARTICIPANT, MODULE, SATISFACTION, RELEVANCE));
        for (int i = 0; i < BEFORE.size(); i++) {
            all.add(BEFORE.get(i));
            all.add(AFTER.get(i));
        }
        all.add(FOLLOW_UP);
        return List.copyOf(all);
    }
}
