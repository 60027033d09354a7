package se.coompanion.sesi.adapters.documents.synthesis;

import java.util.Locale;
import java.util.stream.Collectors;
import se.coompanion.sesi.adapters.documents.render.Cell;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.application.synthesis.port.in.ShowCrossAnalysis;
import se.coompanion.sesi.domain.competence.BorichRanking;
import se.coompanion.sesi.domain.learning.LearningResults;
import se.coompanion.sesi.domain.learning.ModuleKey;
import se.coompanion.sesi.domain.needs.ThemeTally;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.synthesis.NeedsLearningCoverage;
import se.coompanion.sesi.domain.synthesis.PartnerCoverage;
import se.coompanion.sesi.domain.synthesis.SurveyIndicator;
import se.coompanion.sesi.domain.synthesis.ThemeConvergence;

/**
 * The cross-analysis as tables, the same for {@code sesi synthesis cross} (people and CSV) and for the final report.
 * Competences are named in the language of the table's reader; CSV gives their keys.
 */
public final class CrossTables {

    /** The parts of the cross-analysis, in the order people read them. */
    public enum Part {
        THEMES, LINKS, GAPS, LEARNING, COVERAGE, PARTNERS
    }

    private final ShowCrossAnalysis.Result cross;
    private final Locale locale;

    public CrossTables(ShowCrossAnalysis.Result cross, Locale locale) {
        this.cross = cross;
        this.locale = locale;
    }

    public Table table(Part part) {
        return switch (part) {
            case THEMES -> themes();
            case LINKS -> links();
            case GAPS -> gaps();
            case LEARNING -> learning();
            case COVERAGE -> coverage();
            case PARTNERS -> partners();
        };
    }

    /** The top themes with the sources that point at each. */
    public Table themes() {
        Table table = SynthesisTables.table("theme", "municipalities", "high", "medium", "low", "gap_signal",
                "survey_signal", "sources");
        for (ThemeConvergence.ThemeRow row : cross.themes().themes()) {
            ThemeTally t = row.tally();
            table.row(theme(t), Cell.number(t.municipalities()), Cell.number(t.high()), Cell.number(t.medium()),
                    Cell.number(t.low()), Cell.bool(row.gapSignal()), Cell.bool(row.surveySignal()),
                    Cell.number(row.sources()));
        }
        return table;
    }

    /** Each top theme's links: the competences with their ranks, the survey answers with their shares. */
    public Table links() {
        Table table = SynthesisTables.table("theme", "kind", "link", "rank", "count", "valid", "share", "signal");
        for (ThemeConvergence.ThemeRow row : cross.themes().themes()) {
            for (ThemeConvergence.LinkedGap gap : row.gaps()) {
                String name = cross.framework().find(gap.competence()).map(c -> c.name(locale))
                        .orElse(gap.competence().value());
                table.row(theme(row.tally()), Cell.coded("COMPETENCE", message("link.competence")),
                        Cell.coded(gap.competence().value(), Message.literal(name)),
                        gap.ranked().map(r -> Cell.number(r.rank())).orElse(Cell.empty()), Cell.empty(),
                        Cell.empty(), Cell.empty(), Cell.bool(gap.top()));
            }
            for (ThemeConvergence.LinkedAnswer answer : row.answers()) {
                SurveyIndicator i = answer.indicator();
                String code = i.variable() + ":" + String.join("+", i.codes());
                table.row(theme(row.tally()), Cell.coded("SURVEY", message("link.survey")), Cell.text(code),
                        Cell.empty(),
                        answer.measured().map(m -> Cell.number(m.count())).orElse(Cell.empty()),
                        answer.measured().map(m -> Cell.number(m.valid())).orElse(Cell.empty()),
                        answer.measured().filter(m -> m.share().isPresent())
                                .map(m -> Cell.share(m.share().getAsDouble())).orElse(Cell.empty()),
                        Cell.bool(answer.majority()));
            }
        }
        return table;
    }

    /** The top competence gaps with the themes they speak for. */
    public Table gaps() {
        Table table = SynthesisTables.table("rank", "competence", "mwds", "theme", "municipalities");
        for (ThemeConvergence.GapRow row : cross.themes().gaps()) {
            BorichRanking.Ranked gap = row.gap();
            Cell competence = Cell.coded(gap.score().competence().key().value(),
                    Message.literal(gap.score().competence().name(locale)));
            if (row.themes().isEmpty()) {
                table.row(Cell.number(gap.rank()), competence, Cell.decimal(gap.score().mwds(), 2), Cell.empty(),
                        Cell.empty());
            }
            for (ThemeTally t : row.themes()) {
                table.row(Cell.number(gap.rank()), competence, Cell.decimal(gap.score().mwds(), 2), theme(t),
                        Cell.number(t.municipalities()));
            }
        }
        return table;
    }

    /** The prioritised needs and the modules of the learning programme that address them. */
    public Table learning() {
        Table table = SynthesisTables.table("theme", "municipalities", "high", "competences", "modules",
                "covered");
        for (NeedsLearningCoverage.Row row : cross.needs().rows()) {
            table.row(theme(row.tally()), Cell.number(row.tally().municipalities()), Cell.number(row.tally().high()),
                    Cell.text(row.linked().stream().map(k -> k.value()).collect(Collectors.joining("|"))),
                    Cell.text(row.addressing().stream().map(NeedsLearningCoverage.Module::key)
                            .collect(Collectors.joining("|"))),
                    Cell.bool(row.covered()));
        }
        return table;
    }

    /** The learning programme's coverage of the top competence gaps by the modules of its latest version. */
    public Table coverage() {
        Table table = SynthesisTables.table("rank", "competence", "mwds", "modules", "covered");
        for (LearningResults.Coverage c : cross.gaps()) {
            table.row(Cell.number(c.gap().rank()), Cell.coded(c.gap().score().competence().key().value(),
                    Message.literal(c.gap().score().competence().name(locale))),
                    Cell.decimal(c.gap().score().mwds(), 2),
                    Cell.text(c.addressed().stream().map(ModuleKey::value).collect(Collectors.joining("|"))),
                    Cell.bool(c.covered()));
        }
        return table;
    }

    /** Every municipality of the region with its local actors and partner candidates. */
    public Table partners() {
        Table table = SynthesisTables.table("municipality_code", "municipality", "local_actors", "assessed",
                "candidates");
        for (PartnerCoverage.Row row : cross.partners().rows()) {
            table.row(Cell.text(row.municipality().code()), Cell.text(row.municipality().name()),
                    Cell.number(row.local().size()), Cell.number(row.assessed()),
                    Cell.coded(row.candidates().stream().map(a -> a.key().value()).collect(Collectors.joining("|")),
                            Message.literal(row.candidates().stream().map(a -> a.name())
                                    .collect(Collectors.joining(", ")))));
        }
        return table;
    }

    private static Cell theme(ThemeTally tally) {
        return Cell.coded(tally.theme().code(), tally.theme().title());
    }

    private static Message message(String key) {
        return Message.of(CrossTables.class, key);
    }
}
