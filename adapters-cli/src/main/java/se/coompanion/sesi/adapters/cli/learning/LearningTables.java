package se.coompanion.sesi.adapters.cli.learning;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import se.coompanion.sesi.adapters.documents.render.Cell;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.application.learning.port.in.ListPilotRuns;
import se.coompanion.sesi.application.learning.port.in.ListProgrammeVersions;
import se.coompanion.sesi.application.learning.port.in.ShowLearningResults;
import se.coompanion.sesi.domain.competence.CompetenceKey;
import se.coompanion.sesi.domain.competence.CompetenceScore;
import se.coompanion.sesi.domain.learning.Applied;
import se.coompanion.sesi.domain.learning.LearningModule;
import se.coompanion.sesi.domain.learning.LearningResults;
import se.coompanion.sesi.domain.learning.ModuleChange;
import se.coompanion.sesi.domain.learning.ModuleEvaluation;
import se.coompanion.sesi.domain.learning.ModuleKey;
import se.coompanion.sesi.domain.learning.PilotRun;
import se.coompanion.sesi.domain.learning.Programme;
import se.coompanion.sesi.domain.learning.SelfAssessment;
import se.coompanion.sesi.domain.shared.Mean;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The learning programme's listings with their fixed CSV headers (docs/learning.md). Means are shown with two
 * decimals beside their N; several values in one cell are joined with {@code |} (codes) or {@code " | "} (texts).
 */
final class LearningTables {

    static final List<String> VERSIONS = List.of("version", "title", "created_on", "modules", "hours", "pilots",
            "evaluated_pilots", "changes", "reason");
    static final List<String> CHANGES = List.of("module", "change", "title", "delivery", "hours", "competences",
            "objectives");
    static final List<String> MODULES = List.of("version", "module", "title", "delivery", "hours", "competences",
            "objectives", "adaptations");
    static final List<String> PILOTS = List.of("pilot", "version", "date", "modules", "participants", "women", "men",
            "non_binary", "not_stated", "evaluations", "evaluated_participants", "evaluated");
    static final List<String> EVALUATIONS = List.of("pilot", "participant", "module", "satisfaction", "relevance",
            "objectives", "mean_before", "mean_after", "mean_gain", "follow_up_planned", "follow_up_done", "applied");
    static final List<String> REACTION = List.of("version", "module", "title", "satisfaction_n", "satisfaction_mean",
            "relevance_n", "relevance_mean");
    static final List<String> GAIN = List.of("version", "module", "objective", "text", "n", "before_mean",
            "after_mean", "gain_mean");
    static final List<String> COVERAGE = List.of("rank", "competence", "name", "n", "mwds", "modules", "covered");
    static final List<String> FOLLOW_UP = List.of("version", "evaluations", "planned", "done", "applied_yes",
            "applied_partly", "applied_no");

    private LearningTables() {
    }

    static Table versions(List<ListProgrammeVersions.Listed> listed) {
        Table table = table(VERSIONS);
        for (ListProgrammeVersions.Listed l : listed) {
            Programme p = l.programme();
            table.row(Cell.number(p.number()), Cell.text(p.version().title()), Cell.date(p.version().createdOn()),
                    Cell.number(p.modules().size()), Cell.decimal(p.hours(), 2), Cell.number(l.pilots()),
                    Cell.number(l.evaluatedPilots()), Cell.text(p.version().changes()),
                    Cell.text(p.version().reason()));
        }
        return table;
    }

    static Table changes(List<ModuleChange> changes) {
        Table table = table(CHANGES);
        for (ModuleChange c : changes) {
            LearningModule m = c.module().or(c::previous).orElseThrow();
            table.row(Cell.text(c.key().value()), Cell.coded(c.kind(), c.kind().title()), Cell.text(m.title()),
                    Cell.coded(m.format(), m.format().title()), Cell.decimal(m.hours(), 2), competences(m),
                    Cell.number(m.objectives().size()));
        }
        return table;
    }

    static Table modules(Programme programme) {
        Table table = table(MODULES);
        for (LearningModule m : programme.modules()) {
            table.row(Cell.number(programme.number()), Cell.text(m.key().value()), Cell.text(m.title()),
                    Cell.coded(m.format(), m.format().title()), Cell.decimal(m.hours(), 2), competences(m),
                    Cell.text(String.join(" | ", m.objectives())), Cell.text(String.join(" | ", m.adaptations())));
        }
        return table;
    }

    static Table pilots(List<ListPilotRuns.Listed> listed) {
        Table table = table(PILOTS);
        for (ListPilotRuns.Listed l : listed) {
            PilotRun r = l.run();
            table.row(Cell.number(r.number()), Cell.number(r.version()), Cell.date(r.date()),
                    Cell.text(r.modules().stream().map(ModuleKey::value).collect(Collectors.joining("|"))),
                    Cell.number(r.participants().total()), Cell.number(r.participants().women()),
                    Cell.number(r.participants().men()), Cell.number(r.participants().nonBinary()),
                    Cell.number(r.participants().notStated()), Cell.number(l.evaluations()),
                    Cell.number(l.participants()), Cell.bool(l.evaluated()));
        }
        return table;
    }

    static Table evaluations(List<ModuleEvaluation> evaluations) {
        Table table = table(EVALUATIONS);
        for (ModuleEvaluation e : evaluations) {
            Mean before = Mean.of(e.assessments().stream().map(SelfAssessment::before).toList());
            Mean after = Mean.of(e.assessments().stream().map(SelfAssessment::after).toList());
            Mean gain = Mean.of(e.assessments().stream().map(SelfAssessment::gain).toList());
            table.row(Cell.number(e.pilot()), Cell.text(e.participant().value()), Cell.text(e.module().value()),
                    e.satisfaction().map(Cell::number).orElse(Cell.empty()),
                    e.relevance().map(Cell::number).orElse(Cell.empty()), Cell.number(e.assessments().size()),
                    mean(before), mean(after), mean(gain), Cell.date(e.followUp().planned().orElse(null)),
                    Cell.date(e.followUp().done().orElse(null)),
                    e.followUp().applied().map(a -> Cell.coded(a, a.title())).orElse(Cell.empty()));
        }
        return table;
    }

    static Table reaction(ShowLearningResults.Result results) {
        Table table = table(REACTION);
        for (LearningResults.Reaction r : results.reactions()) {
            table.row(Cell.number(results.evaluated().orElseThrow().number()), Cell.text(r.module().key().value()),
                    Cell.text(r.module().title()), Cell.number(r.satisfaction().n()), mean(r.satisfaction()),
                    Cell.number(r.relevance().n()), mean(r.relevance()));
        }
        return table;
    }

    static Table gain(ShowLearningResults.Result results) {
        Table table = table(GAIN);
        for (LearningResults.Gain g : results.gains()) {
            table.row(Cell.number(results.evaluated().orElseThrow().number()), Cell.text(g.module().key().value()),
                    Cell.number(g.objective()), Cell.text(g.text()), Cell.number(g.gain().n()), mean(g.before()),
                    mean(g.after()), mean(g.gain()));
        }
        return table;
    }

    static Table coverage(ShowLearningResults.Result results, Locale locale) {
        Table table = table(COVERAGE);
        for (LearningResults.Coverage c : results.coverage()) {
            CompetenceScore score = c.gap().score();
            table.row(Cell.number(c.gap().rank()), Cell.text(score.competence().key().value()),
                    Cell.text(score.competence().name(locale)), Cell.number(score.n()), Cell.decimal(score.mwds(), 2),
                    Cell.text(c.addressed().stream().map(ModuleKey::value).collect(Collectors.joining("|"))),
                    Cell.bool(c.covered()));
        }
        return table;
    }

    static Table followUps(ShowLearningResults.Result results) {
        Table table = table(FOLLOW_UP);
        LearningResults.FollowUps f = results.followUps();
        table.row(results.evaluated().map(p -> Cell.number(p.number())).orElse(Cell.empty()),
                Cell.number(f.evaluations()), Cell.number(f.planned()), Cell.number(f.done()),
                Cell.number(f.applied().get(Applied.YES)), Cell.number(f.applied().get(Applied.PARTLY)),
                Cell.number(f.applied().get(Applied.NO)));
        return table;
    }

    static Cell mean(Mean mean) {
        return mean.value().map(v -> Cell.decimal(v, 2)).orElse(Cell.empty());
    }

    private static Cell competences(LearningModule m) {
        return Cell.text(m.competences().stream().map(CompetenceKey::value).collect(Collectors.joining("|")));
    }

    private static Table table(List<String> columns) {
        return new Table(columns.stream().map(LearningTables::column).toList());
    }

    static Table.Column column(String name) {
        return new Table.Column(name, Message.of(LearningTables.class, "column." + name));
    }
}
