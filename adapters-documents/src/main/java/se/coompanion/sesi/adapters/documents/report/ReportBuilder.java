package se.coompanion.sesi.adapters.documents.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import se.coompanion.sesi.adapters.documents.RecordingHints;
import se.coompanion.sesi.adapters.documents.RecordingHints.Topic;
import se.coompanion.sesi.adapters.documents.competence.MatrixDocument;
import se.coompanion.sesi.adapters.documents.prestudy.StatusTable;
import se.coompanion.sesi.adapters.documents.render.Cell;
import se.coompanion.sesi.adapters.documents.render.NumberText;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.adapters.documents.render.chart.BarChart;
import se.coompanion.sesi.adapters.documents.stakeholder.GridDocument;
import se.coompanion.sesi.adapters.documents.survey.RatesTable;
import se.coompanion.sesi.adapters.documents.survey.results.SurveyCharts;
import se.coompanion.sesi.adapters.documents.synthesis.CrossTables;
import se.coompanion.sesi.adapters.documents.synthesis.EvidenceText;
import se.coompanion.sesi.adapters.documents.report.ReportView.Block;
import se.coompanion.sesi.adapters.documents.report.ReportView.Chart;
import se.coompanion.sesi.adapters.documents.report.ReportView.Section;
import se.coompanion.sesi.adapters.documents.report.ReportView.TableView;
import se.coompanion.sesi.application.learning.port.in.ListPilotRuns;
import se.coompanion.sesi.application.learning.port.in.ListProgrammeVersions;
import se.coompanion.sesi.application.learning.port.in.ShowLearningResults;
import se.coompanion.sesi.application.scan.port.in.ListFindings;
import se.coompanion.sesi.application.scan.port.in.ListSources;
import se.coompanion.sesi.application.stakeholder.port.in.ShowPartnerShortlist;
import se.coompanion.sesi.application.stakeholder.port.in.ShowStakeholderGrid;
import se.coompanion.sesi.application.survey.port.in.ComputeResponseRates;
import se.coompanion.sesi.application.synthesis.port.in.ListRecommendations;
import se.coompanion.sesi.application.synthesis.port.in.PrepareFinalReport;
import se.coompanion.sesi.application.synthesis.port.in.PrepareFinalReport.FinalReport;
import se.coompanion.sesi.application.synthesis.port.in.ResolvedEvidence;
import se.coompanion.sesi.domain.competence.BorichRanking;
import se.coompanion.sesi.domain.competence.CompetenceScore;
import se.coompanion.sesi.domain.learning.Applied;
import se.coompanion.sesi.domain.learning.LearningResults;
import se.coompanion.sesi.domain.learning.Programme;
import se.coompanion.sesi.domain.needs.NeedsCoverage;
import se.coompanion.sesi.domain.needs.ThemeTally;
import se.coompanion.sesi.domain.prestudy.ActivityKey;
import se.coompanion.sesi.domain.prestudy.ActivityProgress;
import se.coompanion.sesi.domain.prestudy.ProgressStatus;
import se.coompanion.sesi.domain.prestudy.ProjectFacts;
import se.coompanion.sesi.domain.shared.GenderCounts;
import se.coompanion.sesi.domain.seminar.AgendaItem;
import se.coompanion.sesi.domain.seminar.InvitationStatus;
import se.coompanion.sesi.domain.seminar.Seminar;
import se.coompanion.sesi.domain.seminar.SeminarDossier;
import se.coompanion.sesi.domain.seminar.SeminarEvaluation;
import se.coompanion.sesi.domain.seminar.SeminarFacts;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.shared.Mean;
import se.coompanion.sesi.domain.shared.Glossary;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.stakeholder.StakeholderAssessment;
import se.coompanion.sesi.domain.statistics.Figure;
import se.coompanion.sesi.domain.statistics.InformationMaterial;
import se.coompanion.sesi.domain.survey.QuestionType;
import se.coompanion.sesi.domain.survey.results.QuestionResults;
import se.coompanion.sesi.domain.synthesis.EvidenceReference;
import se.coompanion.sesi.domain.synthesis.SurveyIndicator;
import se.coompanion.sesi.domain.synthesis.TargetGroupTally;

/**
 * Builds the final report's view from its content: one place for the words and number formats of the report. Every
 * figure comes from the content (which the activities' use cases computed); the builder only writes it out, and says
 * what is missing where an activity has recorded nothing yet (with the program's hint on how to record it, if any).
 */
final class ReportBuilder {

    /** The columns whose titles are the glossary's terms, the same word in every document. */
    private static final java.util.Set<String> GLOSSARY_COLUMNS = java.util.Set.of("power", "interest", "quadrant",
            "salience", "attitude", "candidacy", "theme", "competence");

    /** The section whose links may point outside the page (the source list). */
    static final String SOURCES_ID = "sources";

    private final FinalReport report;
    private final Locale locale;
    private final RecordingHints hints;
    private final EvidenceText evidenceText;
    private final Map<String, Integer> evidenceNumbers = new LinkedHashMap<>();
    private final Map<String, ResolvedEvidence> evidenceByCode = new LinkedHashMap<>();

    private final java.util.Optional<ReportDocument.DraftPointer> draft;

    ReportBuilder(FinalReport report, Locale locale, RecordingHints hints,
            java.util.Optional<ReportDocument.DraftPointer> draft) {
        this.report = report;
        this.draft = draft;
        this.locale = locale;
        this.hints = hints;
        this.evidenceText = new EvidenceText(locale, report.seminars().size() == 1);
        for (ListRecommendations.Listed listed : report.recommendations()) {
            for (ResolvedEvidence e : listed.evidence()) {
                evidenceNumbers.putIfAbsent(e.reference().code(), evidenceNumbers.size() + 1);
                evidenceByCode.putIfAbsent(e.reference().code(), e);
            }
        }
    }

    ReportView build() {
        ProjectFacts facts = report.preStudy().facts();
        List<Section> sections = new ArrayList<>();
        sections.add(about());
        List<String> missing = missing();
        if (!missing.isEmpty()) {
            sections.add(new Section("missing", text("missing.heading"), List.of(
                    Block.paragraph(text("missing.lead")), Block.bullets(missing))));
        }
        sections.add(facts(facts));
        sections.add(activities());
        sections.add(scan());
        sections.add(stakeholders());
        sections.add(needs());
        sections.add(competence());
        sections.add(survey());
        sections.add(seminar());
        sections.add(material());
        sections.add(learning());
        sections.add(cross());
        sections.add(horizontal());
        sections.add(shortlist());
        sections.add(recommendations());
        sections.add(evidence());
        sections.add(sources());
        return new ReportView(locale.getLanguage(), text("title", facts.name()),
                text("lead", facts.caseNumber(), facts.period().start(), facts.period().end(), facts.ownerName(),
                        report.producedOn()),
                sections, text("footer", report.producedOn()), text("example"));
    }

    // ---------------------------------------------------------------- about and missing

    private Section about() {
        return new Section("about", text("about.heading"), List.of(
                Block.paragraph(text("about.1")),
                Block.paragraph(text("about.2")), Block.paragraph(text("about.3"))));
    }

    /** What the report lacks: activities not done, and parts with nothing recorded. */
    List<String> missing() {
        List<String> lines = new ArrayList<>();
        for (ActivityProgress p : report.progress()) {
            String activity = text(p.key().title());
            if (p.status() == ProgressStatus.NO_TARGET) {
                lines.add(item(text("missing.noTarget", activity), Topic.TARGET));
            } else if (p.status() != ProgressStatus.DONE) {
                lines.add(p.target() > 0
                        ? text("missing.activity", activity, p.actual(), p.target(), text(p.unit().title()),
                                Math.max(0, p.target() - p.actual()), text(p.status().title()))
                        : text("missing.activityOpen", activity, p.actual(), text(p.unit().title()),
                                text(p.status().title())));
            }
        }
        if (report.survey().isEmpty()) {
            lines.add(text("missing.survey"));
        }
        if (report.material().isEmpty()) {
            lines.add(text("missing.material"));
        }
        if (report.recommendations().isEmpty()) {
            lines.add(item(text("missing.recommendations"), Topic.RECOMMENDATIONS));
        }
        long unresolved = evidenceByCode.values().stream().filter(e -> !e.resolves()).count();
        if (unresolved > 0) {
            lines.add(text("missing.unresolved", unresolved));
        }
        return lines;
    }

    // ---------------------------------------------------------------- project facts and activities

    private Section facts(ProjectFacts f) {
        Table table = table("field", "value");
        fact(table, "caseNumber", f.caseNumber().value());
        fact(table, "name", f.name());
        fact(table, "period", text("facts.periodValue", f.period().start(), f.period().end()));
        fact(table, "owner", f.ownerName() + " (" + f.ownerOrgNumber().formatted() + ")");
        fact(table, "country", f.country());
        fact(table, "fund", f.fund());
        f.programmeCci().ifPresent(v -> fact(table, "programmeCci", v));
        f.euCoFinancingRate().ifPresent(v -> fact(table, "coFinancing", NumberText.percent(v.value(), locale)));
        f.programmeArea().ifPresent(v -> fact(table, "programmeArea", v));
        f.specificObjective().ifPresent(v -> fact(table, "specificObjective", v));
        f.regionName().ifPresent(v -> fact(table, "region", v + f.nuts2Code().map(n -> " (NUTS-2 " + n + ")")
                .orElse("")));
        fact(table, "counties", report.preStudy().region().stream().map(c -> c.name()).collect(Collectors.joining(
                ", ")));
        f.interventionType().ifPresent(v -> fact(table, "interventionType", v));
        fact(table, "participants", f.participants() == 0 ? text("facts.participantsNone")
                : NumberText.count(f.participants(), locale));
        fact(table, "strategic", text(f.strategicImportance() ? "yes" : "no"));
        fact(table, "childPoverty", text(f.childPovertyTheme() ? "yes" : "no"));
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.table(TableView.of(text("facts.caption"), table, locale)));
        if (!f.summary().isBlank()) {
            blocks.add(Block.subheading(text("facts.summary")));
            blocks.add(Block.paragraph(f.summary()));
        }
        return new Section("facts", text("facts.heading"), blocks);
    }

    private void fact(Table table, String key, String value) {
        table.row(Cell.text(text("facts." + key)), Cell.text(value));
    }

    private Section activities() {
        List<BarChart.Bar> bars = new ArrayList<>();
        Table table = table("activity", "target", "actual", "unit", "deviation", "progress", "status", "details");
        for (ActivityProgress p : report.progress()) {
            String activity = text(p.key().title());
            String shown = p.percent().map(this::progress).orElse(text("none"));
            bars.add(new BarChart.Bar(activity, p.percent().map(v -> Math.min(100, v.doubleValue()) / 100).orElse(0.0),
                    shown, p.status() == ProgressStatus.DONE));
            table.row(Cell.text(activity), p.target() > 0 ? Cell.number(p.target()) : Cell.text(text("none")),
                    Cell.number(p.actual()), Cell.text(text(p.unit().title())),
                    p.target() > 0 ? Cell.text(signed(p.actual() - p.target())) : Cell.text(text("none")),
                    p.percent().map(v -> Cell.text(progress(v))).orElse(Cell.text(text("none"))),
                    Cell.text(text(p.status().title())), Cell.phrases(p.details()));
        }
        String title = text("activities.chart");
        BarChart chart = new BarChart(title, text("activities.chartDescription", bars.stream()
                .map(b -> b.label() + " " + b.shown()).collect(Collectors.joining(", "))), bars, 1.0);
        return new Section("activities", text("activities.heading"), List.of(
                Block.paragraph(text("activities.lead", text(StatusTable.heading(report.preStudy())))),
                Block.figure(new Chart("activities-chart", title, chart.svg(), text("activities.caption"),
                        TableView.of(text("activities.table"), table, locale)))));
    }

    /**
     * An activity's result against its target for people: "60,5 %" up to the target, and "målet nått" beyond it
     * (11 findings against a target of 1 is not "1 100 %": the details say what was counted).
     */
    private String progress(BigDecimal percent) {
        return percent.compareTo(BigDecimal.valueOf(100)) > 0 ? text("activities.reached")
                : NumberText.decimal(percent, 1, locale) + NumberText.NBSP + "%";
    }

    /** A deviation from the target: "+3", "−5", "0" (the minus sign, as in every document). */
    private static String signed(long deviation) {
        return deviation > 0 ? "+" + deviation : deviation < 0 ? "\u2212" + (-deviation) : "0";
    }

    // ---------------------------------------------------------------- the activities' key results

    private Section scan() {
        PrepareFinalReport.Scan scan = report.scan();
        List<Block> blocks = new ArrayList<>();
        if (scan.sources().isEmpty() && scan.findings().isEmpty()) {
            blocks.add(nothing(ActivityKey.ENVIRONMENTAL_SCAN, Topic.SCAN));
            return new Section("scan", text(ActivityKey.ENVIRONMENTAL_SCAN.title()), blocks);
        }
        long examples = scan.sources().stream().filter(s -> s.source().source().example()).count();
        blocks.add(Block.paragraph(text("scan.lead", scan.sources().size(), examples, scan.findings().size())));
        Table table = table("finding", "statement", "themes", "relevance", "sources", "lesson");
        for (ListFindings.Listed f : scan.findings()) {
            table.row(Cell.number(f.finding().id().value()), Cell.text(f.finding().finding().statement()),
                    Cell.text(f.finding().finding().themes().stream().map(t -> text(t.title()))
                            .collect(Collectors.joining(", "))),
                    Cell.text(text(f.finding().finding().relevance().title())),
                    Cell.text(f.sources().stream().map(s -> s.id().toString()).collect(Collectors.joining(", "))),
                    Cell.text(f.finding().finding().lesson()));
        }
        blocks.add(Block.table(TableView.of(text("scan.table"), table, locale)));
        return new Section("scan", text(ActivityKey.ENVIRONMENTAL_SCAN.title()), blocks);
    }

    private Section stakeholders() {
        List<ShowStakeholderGrid.Placed> grid = report.stakeholders().grid();
        List<Block> blocks = new ArrayList<>();
        if (grid.isEmpty()) {
            blocks.add(nothing(ActivityKey.STAKEHOLDER_ANALYSIS, Topic.STAKEHOLDERS));
            return new Section("stakeholders", text(ActivityKey.STAKEHOLDER_ANALYSIS.title()), blocks);
        }
        Map<String, Long> byQuadrant = new LinkedHashMap<>();
        grid.forEach(p -> byQuadrant.merge(text(p.assessment().quadrant().title()), 1L, Long::sum));
        blocks.add(Block.paragraph(text("stakeholders.lead", grid.size(), byQuadrant.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")),
                report.stakeholders().shortlist().size())));
        Table table = table("number", "actor", "power", "interest", "quadrant", "salience", "attitude", "candidacy");
        for (int i = 0; i < grid.size(); i++) {
            StakeholderAssessment a = grid.get(i).assessment();
            table.row(Cell.number(i + 1), Cell.text(grid.get(i).actor().name()), Cell.number(a.power().value()),
                    Cell.number(a.interest().value()), Cell.text(text(a.quadrant().title())),
                    Cell.text(a.salienceClass().map(c -> text(c.title())).orElse("")),
                    Cell.text(text(a.attitude().title())), Cell.text(text(a.candidacy().title())));
        }
        blocks.add(Block.figure(new Chart("stakeholder-grid", text("stakeholders.chart"),
                new GridDocument(grid, locale).svg(), text("stakeholders.caption"),
                TableView.of(text("stakeholders.table"), table, locale))));
        return new Section("stakeholders", text(ActivityKey.STAKEHOLDER_ANALYSIS.title()), blocks);
    }

    private Section needs() {
        PrepareFinalReport.Needs needs = report.needs();
        NeedsCoverage coverage = needs.coverage();
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph(text("needs.lead", coverage.reached(), coverage.target().size(),
                coverage.assessed(), needs.assessments().stream().mapToInt(a -> a.needs().size()).sum(),
                coverage.missing().isEmpty() ? text("none")
                        : coverage.missing().stream().map(m -> m.name()).collect(Collectors.joining(", ")))));
        List<ThemeTally> raised = needs.themes().stream().filter(t -> t.municipalities() > 0).toList();
        if (raised.isEmpty()) {
            blocks.add(nothing(ActivityKey.NEEDS_ANALYSIS, Topic.NEEDS));
        } else {
            Table table = table("theme", "municipalities", "high", "medium", "low");
            List<BarChart.Bar> bars = new ArrayList<>();
            for (ThemeTally t : needs.themes()) {
                table.row(Cell.text(text(t.theme().title())), Cell.number(t.municipalities()), Cell.number(t.high()),
                        Cell.number(t.medium()), Cell.number(t.low()));
                bars.add(new BarChart.Bar(text(t.theme().title()), t.municipalities(),
                        String.valueOf(t.municipalities()), false));
            }
            String title = text("needs.chart", coverage.target().size());
            blocks.add(Block.figure(new Chart("needs-themes", title, new BarChart(title, text("needs.chartDescription",
                    bars.stream().map(b -> b.label() + " " + b.shown()).collect(Collectors.joining(", "))), bars,
                    coverage.target().size()).svg(), text("needs.caption"),
                    TableView.of(text("needs.table"), table, locale))));
        }
        Table statuses = table("municipality", "county", "status", "needs");
        for (NeedsCoverage.Row row : coverage.target()) {
            statuses.row(Cell.text(row.municipality().name()), Cell.text(row.municipality().county().name()),
                    Cell.text(row.status().map(s -> text(s.title())).orElse(text("needs.missing"))),
                    Cell.number(row.needs()));
        }
        blocks.add(Block.subheading(text("needs.coverageHeading")));
        blocks.add(Block.table(TableView.of(text("needs.coverageTable"), statuses, locale)));
        return new Section("needs", text(ActivityKey.NEEDS_ANALYSIS.title()), blocks);
    }

    private Section competence() {
        PrepareFinalReport.Competence competence = report.competence();
        List<BorichRanking.Ranked> ranking = competence.ranking().ranking();
        List<Block> blocks = new ArrayList<>();
        if (ranking.isEmpty()) {
            blocks.add(nothing(ActivityKey.COMPETENCE_MAPPING, Topic.COMPETENCE));
            return new Section("competence", text(ActivityKey.COMPETENCE_MAPPING.title()), blocks);
        }
        blocks.add(Block.paragraph(text("competence.lead", competence.ranking().enterprises(), ranking.size())));
        blocks.add(Block.paragraph(text("competence.method")));
        Table table = table("rank", "competence", "n", "mwds", "mean_gap", "gap_ge_2");
        List<BarChart.Bar> bars = new ArrayList<>();
        double highest = 0;
        for (BorichRanking.Ranked r : ranking) {
            CompetenceScore s = r.score();
            String name = s.competence().name(locale);
            table.row(Cell.number(r.rank()), Cell.text(name), Cell.number(s.n()), Cell.decimal(s.mwds(), 2),
                    Cell.decimal(s.meanGap(), 2), Cell.number(s.gapAtLeastTwo()));
            bars.add(new BarChart.Bar(name, Math.max(0, s.mwds().doubleValue()), NumberText.decimal(s.mwds(), 2,
                    locale), r.rank() <= 5));
            highest = Math.max(highest, s.mwds().doubleValue());
        }
        String title = text("competence.chart");
        blocks.add(Block.figure(new Chart("borich-ranking", title, new BarChart(title, text(
                "competence.chartDescription", bars.stream().map(b -> b.label() + " " + b.shown())
                        .collect(Collectors.joining(", "))), bars, highest).svg(), text("competence.caption"),
                TableView.of(text("competence.table"), table, locale))));
        MatrixDocument matrix = new MatrixDocument(competence.matrix().matrix(), competence.matrix().enterprises(),
                competence.matrix().ranked(), locale);
        blocks.add(Block.figure(new Chart("gap-heat-map", text("competence.heatMap"), matrix.svg(),
                text("competence.heatMapCaption"), TableView.of(text("competence.heatMapTable"), matrix.table(),
                        locale))));
        List<String> legend = matrix.legend();
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < legend.size(); i++) {
            numbered.add((i + 1) + ": " + legend.get(i));
        }
        blocks.add(Block.bullets(numbered));
        return new Section("competence", text(ActivityKey.COMPETENCE_MAPPING.title()), blocks);
    }

    private Section survey() {
        List<Block> blocks = new ArrayList<>();
        if (report.survey().isEmpty()) {
            blocks.add(nothing(ActivityKey.POSTAL_SURVEY, Topic.SURVEY));
            return new Section("survey", text(ActivityKey.POSTAL_SURVEY.title()), blocks);
        }
        PrepareFinalReport.Survey survey = report.survey().get();
        ComputeResponseRates.Group all = survey.rates().groups().get(0);
        blocks.add(Block.paragraph(text("survey.lead", all.counts().total(), survey.usable(), survey.heldBack())));
        List<BarChart.Bar> bars = new ArrayList<>();
        rate(bars, "RR1", all.counts().rr1());
        rate(bars, "RR2", all.counts().rr2());
        rate(bars, "RR3", all.counts().rr3());
        rate(bars, "COOP1", all.counts().coop1());
        Table rates = rates(survey);
        String title = text("survey.ratesChart");
        blocks.add(Block.figure(new Chart("survey-rates", title, new BarChart(title, text("survey.ratesDescription",
                bars.stream().map(b -> b.label() + " " + b.shown()).collect(Collectors.joining(", "))), bars, 1.0)
                .svg(), text("survey.ratesCaption"), TableView.of(text("survey.ratesTable"), rates, locale))));
        blocks.add(Block.bullets(RatesTable.legend().stream().map(this::text).toList()));
        int n = 0;
        for (QuestionResults results : survey.keyTables()) {
            n++;
            Optional<QuestionResults> byCounty = survey.keyTablesByCounty().stream()
                    .filter(t -> t.question().variable().equals(results.question().variable())).findFirst();
            keyTable(blocks, results, byCounty, "survey-" + n);
        }
        if (!survey.keyTables().isEmpty()) {
            blocks.add(Block.paragraph(text("survey.unweighted")));
        }
        return new Section("survey", text(ActivityKey.POSTAL_SURVEY.title()), blocks);
    }

    private void rate(List<BarChart.Bar> bars, String name, java.util.OptionalDouble rate) {
        bars.add(new BarChart.Bar(name, rate.orElse(0), rate.isPresent()
                ? NumberText.share(BigDecimal.valueOf(rate.getAsDouble()), locale) : text("none"), name.equals("RR2")));
    }

    /** The rates overall, by county and by legal form, in one table (the legal forms named in the language). */
    private Table rates(PrepareFinalReport.Survey survey) {
        Table byCounty = RatesTable.of(survey.rates(), false);
        Table byForm = RatesTable.of(survey.ratesByLegalForm(), false);
        Table table = new Table(byCounty.columns());
        byCounty.rows().forEach(table::row);
        for (List<Cell> row : byForm.rows().subList(1, byForm.rows().size())) {
            List<Cell> cells = new ArrayList<>(row);
            String form = cells.get(0).csv();
            cells.set(0, Cell.coded(form, Message.literal(LegalForm.valueOf(form).name(locale))));
            table.row(cells);
        }
        return table;
    }

    private void keyTable(List<Block> blocks, QuestionResults results, Optional<QuestionResults> byCounty,
            String id) {
        QuestionResults.Column all = results.columns().get(0);
        List<String> labels = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        if (all instanceof QuestionResults.ChoiceColumn choices) {
            choices.codes().forEach(c -> {
                labels.add(c.choice().label());
                codes.add(c.choice().code());
            });
        } else if (all instanceof QuestionResults.MultiColumn multi) {
            multi.options().forEach(o -> {
                labels.add(o.choice().label());
                codes.add(o.choice().code());
            });
        } else {
            return;
        }
        List<QuestionResults.Column> columns = byCounty.map(QuestionResults::columns).orElse(
                com.google.common.collect.ImmutableList.of(all));
        List<Table.Column> header = new ArrayList<>();
        header.add(new Table.Column("answer", message("column.answer")));
        for (QuestionResults.Column c : columns) {
            header.add(new Table.Column(c.group(), Message.literal(evidenceText.group(c.group()) + " (N "
                    + c.base().returns() + ")")));
        }
        Table table = new Table(header);
        for (int i = 0; i < codes.size(); i++) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.text(labels.get(i)));
            for (QuestionResults.Column c : columns) {
                cells.add(cell(c, codes.get(i)));
            }
            table.row(cells);
        }
        List<Cell> valid = new ArrayList<>();
        valid.add(Cell.text(text("survey.valid")));
        columns.forEach(c -> valid.add(Cell.number(c.base().valid())));
        table.row(valid);
        String question = results.question().label();
        String svg = SurveyCharts.svg(results, columns, evidenceText::group, question, locale);
        String caption = all instanceof QuestionResults.MultiColumn ? text("survey.multiCaption", all.base().valid())
                : results.question().type() == QuestionType.LIKERT_5 ? text("survey.likertCaption",
                        all.base().valid()) : text("survey.keyCaption", all.base().valid());
        blocks.add(Block.figure(new Chart(id, question, new ReportView.Variable(text("survey.variable"),
                results.question().variable()), svg, caption, TableView.of(text("survey.keyTable"), table, locale))));
    }

    private Cell cell(QuestionResults.Column column, String code) {
        if (column instanceof QuestionResults.ChoiceColumn choices) {
            return choices.codes().stream().filter(c -> c.choice().code().equals(code)).findFirst()
                    .map(c -> Cell.text(c.count() + " (" + share(c.share()) + ")")).orElse(Cell.empty());
        }
        QuestionResults.MultiColumn multi = (QuestionResults.MultiColumn) column;
        return multi.options().stream().filter(o -> o.choice().code().equals(code)).findFirst()
                .map(o -> Cell.text(o.count() + " (" + share(o.ofRespondents()) + ")")).orElse(Cell.empty());
    }

    private String share(java.util.OptionalDouble share) {
        return share.isPresent() ? NumberText.share(BigDecimal.valueOf(share.getAsDouble()), locale) : "–";
    }

    private Section material() {
        List<Block> blocks = new ArrayList<>();
        if (report.material().isEmpty()) {
            blocks.add(nothing(ActivityKey.INFORMATION_MATERIAL, Topic.MATERIAL));
            return new Section("material", text(ActivityKey.INFORMATION_MATERIAL.title()), blocks);
        }
        InformationMaterial material = report.material().get();
        blocks.add(Block.paragraph(text("material.lead")));
        if (material.usesExampleData()) {
            blocks.add(Block.note(text("material.example")));
        }
        Table table = table("indicator", "region", "year", "women_share", "against_sweden", "source");
        List<BarChart.Bar> bars = new ArrayList<>();
        for (InformationMaterial.KeyFigure key : material.keyFigures()) {
            Figure f = key.figure();
            String region = f.region().name().format(locale) + (f.example() ? " (" + text("example") + ")" : "");
            String share = NumberText.share(f.womenShare(), locale);
            table.row(Cell.text(f.indicator().name()), Cell.text(region), Cell.text(String.valueOf(f.year())), Cell.text(share),
                    Cell.text(key.comparison().map(c -> NumberText.signed(c.points(), locale)).orElse("–")),
                    Cell.text(f.source().citation()));
            bars.add(new BarChart.Bar(f.indicator().name() + ", " + f.region().shortName().format(locale) + " "
                    + f.year() + (f.example() ? " (" + text("example") + ")" : ""), f.womenShare().doubleValue(),
                    share, f.region().isNational()));
        }
        String title = text("material.chart");
        blocks.add(Block.figure(new Chart("women-entrepreneurship", title, new BarChart(title,
                text("material.chartDescription", bars.stream().map(b -> b.label() + " " + b.shown())
                        .collect(Collectors.joining(", "))), bars, 1.0).svg(), text("material.caption"),
                TableView.of(text("material.table"), table, locale))));
        return new Section("material", text(ActivityKey.INFORMATION_MATERIAL.title()), blocks);
    }

    private Section seminar() {
        List<Block> blocks = new ArrayList<>();
        if (report.seminars().isEmpty()) {
            blocks.add(nothing(ActivityKey.ANALYSIS_SEMINAR, Topic.SEMINAR));
            return new Section("seminar", text(ActivityKey.ANALYSIS_SEMINAR.title()), blocks);
        }
        for (SeminarDossier dossier : report.seminars()) {
            Seminar seminar = dossier.seminar();
            SeminarFacts facts = seminar.facts();
            if (report.seminars().size() > 1) {
                blocks.add(Block.subheading(text("seminar.heading", seminar.id().value(), facts.title())));
            }
            Map<InvitationStatus, Integer> invitations = dossier.invitationsByStatus(report.producedOn());
            GenderCounts attendees = dossier.attendees();
            blocks.add(Block.paragraph(text("seminar.lead", facts.title(), facts.date(),
                    facts.place().orElse(text("seminar.digital")), dossier.invitations().size(),
                    invitations.get(InvitationStatus.ACCEPTED), attendees.total(), attendees.women(), attendees.men(),
                    attendees.nonBinary(), attendees.notStated(),
                    dossier.minutes().latestFinal().map(v -> text("seminar.minutesFinal", v.version()))
                            .orElse(text("seminar.minutesNone")),
                    text(dossier.held() ? "yes" : "no"))));
            List<AgendaItem> rated = seminar.agenda().stream().filter(AgendaItem::hasOutcome).toList();
            if (rated.isEmpty()) {
                blocks.add(Block.paragraph(text("seminar.noOutcomes")));
            } else {
                Table table = table("item", "title", "method", "n", "mean", "conclusions");
                List<BarChart.Bar> bars = new ArrayList<>();
                for (AgendaItem item : rated) {
                    Mean mean = item.relevance().mean();
                    table.row(Cell.number(item.number()), Cell.text(item.title()),
                            Cell.text(item.method().map(m -> text(m.title())).orElse("")), Cell.number(mean.n()),
                            mean.value().map(v -> Cell.decimal(v, 2)).orElse(Cell.empty()),
                            Cell.text(String.join("; ", item.conclusions())));
                    bars.add(new BarChart.Bar(item.method().map(m -> text(m.title())).orElse(item.title()),
                            mean.value().map(BigDecimal::doubleValue).orElse(0.0), mean(mean), false));
                }
                String title = text("seminar.chart", facts.title());
                blocks.add(Block.figure(new Chart("seminar-" + seminar.id().value(), title, new BarChart(title,
                        text("seminar.chartDescription", describe(bars)), bars, 5).svg(), text("seminar.caption"),
                        TableView.of(text("seminar.table"), table, locale))));
            }
            SeminarEvaluation evaluation = seminar.evaluation();
            if (!evaluation.isEmpty()) {
                blocks.add(Block.paragraph(text("seminar.evaluation", mean(evaluation.ratings().mean()),
                        evaluation.ratings().n())));
                if (!evaluation.comments().isEmpty()) {
                    blocks.add(Block.bullets(evaluation.comments()));
                }
            }
        }
        return new Section("seminar", text(ActivityKey.ANALYSIS_SEMINAR.title()), blocks);
    }

    private Section learning() {
        PrepareFinalReport.Learning learning = report.learning();
        List<Block> blocks = new ArrayList<>();
        if (learning.versions().isEmpty()) {
            blocks.add(nothing(ActivityKey.LEARNING_PROGRAMME, Topic.LEARNING));
            return new Section("learning", text(ActivityKey.LEARNING_PROGRAMME.title()), blocks);
        }
        Programme latest = learning.versions().get(learning.versions().size() - 1).programme();
        GenderCounts participants = GenderCounts.ZERO;
        for (ListPilotRuns.Listed pilot : learning.pilots()) {
            participants = participants.plus(pilot.run().participants());
        }
        blocks.add(Block.paragraph(text("learning.lead", learning.versions().size(), latest.number(),
                latest.version().title(), latest.modules().size(), NumberText.decimal(latest.hours(), 2, locale)
                        .replaceAll("[.,]00$", ""),
                learning.pilots().size(), learning.pilots().stream().filter(ListPilotRuns.Listed::evaluated).count(),
                participants.total())));
        Table versions = table("version", "title", "created_on", "modules", "pilots", "evaluated", "changes");
        for (ListProgrammeVersions.Listed v : learning.versions()) {
            versions.row(Cell.number(v.programme().number()), Cell.text(v.programme().version().title()),
                    Cell.date(v.programme().version().createdOn()), Cell.number(v.programme().modules().size()),
                    Cell.number(v.pilots()), Cell.number(v.evaluatedPilots()),
                    Cell.text(v.programme().version().changes().map(c -> c + v.programme().version().reason()
                            .map(r -> " (" + r + ")").orElse("")).orElse("")));
        }
        blocks.add(Block.table(TableView.of(text("learning.versions"), versions, locale)));
        ShowLearningResults.Result results = learning.results();
        if (results.evaluated().isEmpty()) {
            blocks.add(Block.paragraph(text("learning.notEvaluated")));
            return new Section("learning", text(ActivityKey.LEARNING_PROGRAMME.title()), blocks);
        }
        int version = results.evaluated().get().number();
        Table reactions = table("module", "title", "satisfaction_n", "satisfaction", "relevance_n", "relevance");
        List<BarChart.Bar> bars = new ArrayList<>();
        for (LearningResults.Reaction r : results.reactions()) {
            reactions.row(Cell.text(r.module().key().value()), Cell.text(r.module().title()),
                    Cell.number(r.satisfaction().n()), decimal(r.satisfaction()), Cell.number(r.relevance().n()),
                    decimal(r.relevance()));
            bars.add(new BarChart.Bar(r.module().key() + " " + r.module().title(),
                    r.relevance().value().map(BigDecimal::doubleValue).orElse(0.0), mean(r.relevance()), false));
        }
        String title = text("learning.chart", version);
        blocks.add(Block.figure(new Chart("learning-reaction", title, new BarChart(title,
                text("learning.chartDescription", describe(bars)), bars, 5).svg(),
                text("learning.caption", results.pilots().stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")), results.pilots().size()), TableView.of(text("learning.reactions"), reactions,
                        locale))));
        Table gains = table("module", "objective", "n", "before", "after", "gain");
        for (LearningResults.Gain g : results.gains()) {
            gains.row(Cell.text(g.module().key().value()), Cell.text(g.objective() + ". " + g.text()),
                    Cell.number(g.gain().n()), decimal(g.before()), decimal(g.after()), decimal(g.gain()));
        }
        blocks.add(Block.subheading(text("learning.gainsHeading")));
        blocks.add(Block.table(TableView.of(text("learning.gains"), gains, locale)));
        LearningResults.FollowUps f = results.followUps();
        blocks.add(Block.paragraph(text("learning.followUps", f.evaluations(), f.planned(), f.done(),
                f.applied().getOrDefault(Applied.YES, 0), f.applied().getOrDefault(Applied.PARTLY, 0),
                f.applied().getOrDefault(Applied.NO, 0))));
        return new Section("learning", text(ActivityKey.LEARNING_PROGRAMME.title()), blocks);
    }

    private String mean(Mean mean) {
        return mean.value().map(v -> NumberText.decimal(v, 2, locale)).orElse("–");
    }

    private static Cell decimal(Mean mean) {
        return mean.value().map(v -> Cell.decimal(v, 2)).orElse(Cell.empty());
    }

    private static String describe(List<BarChart.Bar> bars) {
        return bars.stream().map(b -> b.label() + " " + b.shown()).collect(Collectors.joining(", "));
    }

    /** An item of the list of what is missing, with the hint as a sentence after it ("...: none yet. Record ..."). */
    private String item(String text, Topic how) {
        return hints.hint(how, locale).filter(h -> !h.isBlank()).map(h -> text + ". " + h.strip()).orElse(text);
    }

    /** "Nothing recorded yet" with the activity's progress details, and the hint on how to record it. */
    private Block nothing(ActivityKey activity, Topic how) {
        String details = report.progress().stream().filter(p -> p.key() == activity).findFirst()
                .map(p -> p.details().stream().map(this::text).collect(Collectors.joining("; "))).orElse("");
        return Block.paragraph(hints.after(text("nothing", text(activity.title())) + (details.isEmpty() ? ""
                : " (" + details + ")"), how, locale));
    }

    // ---------------------------------------------------------------- cross-analysis, principles, shortlist

    private Section cross() {
        CrossTables tables = new CrossTables(report.cross(), locale, this::answers);
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph(text("cross.lead")));
        blocks.add(Block.subheading(text("cross.themes")));
        if (report.cross().themes().themes().isEmpty()) {
            blocks.add(Block.paragraph(text("cross.noThemes")));
        } else {
            blocks.add(Block.paragraph(text("cross.themesMethod")));
            blocks.add(Block.table(TableView.of(text("cross.themesTable"), tables.themes(), locale)));
            blocks.add(Block.table(TableView.of(text("cross.linksTable"), tables.links(), locale)));
        }
        if (!report.cross().themes().gaps().isEmpty()) {
            blocks.add(Block.subheading(text("cross.gaps")));
            blocks.add(Block.table(TableView.of(text("cross.gapsTable"), tables.gaps(), locale)));
        }
        blocks.add(Block.subheading(text("cross.learning")));
        blocks.add(Block.paragraph(report.cross().modules().isEmpty() ? text("cross.noProgramme")
                : text("cross.learningLead", report.cross().needs().open().size(),
                        report.cross().needs().rows().size())));
        if (!report.cross().needs().rows().isEmpty()) {
            blocks.add(Block.table(TableView.of(text("cross.learningTable"), tables.learning(), locale)));
        }
        if (!report.cross().gaps().isEmpty()) {
            blocks.add(Block.paragraph(text("cross.coverageLead", report.cross().gaps().stream()
                    .filter(g -> !g.covered()).count(), report.cross().gaps().size())));
            blocks.add(Block.table(TableView.of(text("cross.coverageTable"), tables.coverage(), locale)));
        }
        blocks.add(Block.subheading(text("cross.partners")));
        var without = report.cross().partners().withoutCandidate();
        blocks.add(Block.paragraph(text("cross.partnersLead", without.size(), report.cross().partners().rows().size(),
                without.isEmpty() ? text("none") : without.stream().map(r -> r.municipality().name())
                        .collect(Collectors.joining(", ")))));
        blocks.add(Block.table(TableView.of(text("cross.partnersTable"), tables.partners(), locale)));
        return new Section("cross", text("cross.heading"), blocks);
    }

    /** A survey indicator in words: the question as the form asks it and the answers it counts. */
    private Optional<String> answers(SurveyIndicator indicator) {
        return report.survey().flatMap(s -> s.keyTables().stream()
                .filter(t -> t.question().variable().equals(indicator.variable())).findFirst())
                .map(t -> text("cross.answers", t.question().label(), t.question().choices().stream()
                        .filter(c -> indicator.codes().contains(c.code())).map(c -> c.label())
                        .collect(Collectors.joining(text("cross.or")))));
    }

    private Section horizontal() {
        PrepareFinalReport.Horizontal h = report.horizontal();
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph(text("horizontal.lead")));
        Table people = table("group", "women", "men", "non_binary", "not_stated", "total", "women_share");
        List<BarChart.Bar> bars = new ArrayList<>();
        for (PrepareFinalReport.PeopleCount count : h.people()) {
            GenderCounts c = count.counts();
            String group = text(count.group().title());
            people.row(Cell.text(group), Cell.number(c.women()), Cell.number(c.men()), Cell.number(c.nonBinary()),
                    Cell.number(c.notStated()), Cell.number(c.total()),
                    c.total() == 0 ? Cell.text("–") : Cell.share((double) c.women() / c.total()));
            bars.add(new BarChart.Bar(group, c.total() == 0 ? 0 : (double) c.women() / c.total(), c.total() == 0 ? "–"
                    : NumberText.share(BigDecimal.valueOf((double) c.women() / c.total()), locale), false));
        }
        String title = text("horizontal.chart");
        blocks.add(Block.figure(new Chart("gender", title, new BarChart(title, text("horizontal.chartDescription",
                bars.stream().map(b -> b.label() + " " + b.shown()).collect(Collectors.joining(", "))), bars, 1.0)
                .svg(), text("horizontal.caption"), TableView.of(text("horizontal.table"), people, locale))));
        blocks.add(Block.subheading(text("horizontal.targetGroups")));
        Table groups = table("target_group", "needs", "municipalities");
        for (TargetGroupTally t : h.targetGroups()) {
            groups.row(Cell.text(text(t.group().title())), Cell.number(t.needs()), Cell.number(t.municipalities()));
        }
        blocks.add(Block.table(TableView.of(text("horizontal.targetGroupsTable"), groups, locale)));
        blocks.add(Block.subheading(text("horizontal.accessibility")));
        blocks.add(h.accessibility().isEmpty() ? Block.paragraph(text("horizontal.noAccessibility"))
                : Block.bullets(accessibility(h)));
        return new Section("horizontal", text("horizontal.heading"), blocks);
    }

    /** Each place once, with its measures: "Seminariet X: hörslinga; lokal utan trappsteg". */
    private static List<String> accessibility(PrepareFinalReport.Horizontal h) {
        Map<String, List<String>> byPlace = new LinkedHashMap<>();
        h.accessibility().forEach(a -> byPlace.computeIfAbsent(a.where(), w -> new ArrayList<>()).add(a.measure()));
        return byPlace.entrySet().stream().map(e -> e.getKey() + ": " + String.join("; ", e.getValue())).toList();
    }

    private Section shortlist() {
        List<ShowPartnerShortlist.Ranked> shortlist = report.stakeholders().shortlist();
        List<Block> blocks = new ArrayList<>();
        if (shortlist.isEmpty()) {
            blocks.add(Block.paragraph(text("shortlist.none")));
            return new Section("shortlist", text("shortlist.heading"), blocks);
        }
        blocks.add(Block.paragraph(text("shortlist.lead")));
        Table table = table("rank", "actor", "candidacy", "quadrant", "attitude", "rationale");
        for (ShowPartnerShortlist.Ranked r : shortlist) {
            table.row(Cell.number(r.rank()), Cell.text(r.actor().name()),
                    Cell.text(text(r.assessment().candidacy().title())),
                    Cell.text(text(r.assessment().quadrant().title())), Cell.text(text(r.assessment().attitude().title())),
                    Cell.text(r.assessment().rationale()));
        }
        blocks.add(Block.table(TableView.of(text("shortlist.table"), table, locale)));
        return new Section("shortlist", text("shortlist.heading"), blocks);
    }

    // ---------------------------------------------------------------- recommendations and annexes

    private Section recommendations() {
        List<Block> blocks = new ArrayList<>();
        if (report.recommendations().isEmpty()) {
            blocks.add(Block.paragraph(hints.after(text("recommendations.none"), Topic.RECOMMENDATIONS, locale)));
            return new Section("recommendations", text("recommendations.heading"), blocks);
        }
        blocks.add(Block.paragraph(text("recommendations.lead")));
        blocks.add(Block.recommendations(report.recommendations().stream().map(l -> new ReportView.RecommendationView(
                l.recommendation().number(), capitalised(text("recommendations.priority",
                        l.recommendation().recommendation().priority().title())),
                l.recommendation().recommendation().statement(),
                l.recommendation().recommendation().rationale().orElse(null),
                l.recommendation().recommendation().evidence().stream().map(EvidenceReference::code)
                        .map(evidenceNumbers::get).toList())).toList()));
        draft.ifPresent(d -> blocks.add(Block.note(text("recommendations.draft", d.title(), d.fileName()))));
        return new Section("recommendations", text("recommendations.heading"), blocks);
    }

    private Section evidence() {
        List<Block> blocks = new ArrayList<>();
        if (evidenceByCode.isEmpty()) {
            blocks.add(Block.paragraph(text("evidence.none")));
        } else {
            blocks.add(Block.paragraph(text("evidence.lead")));
            List<ReportView.EvidenceView> entries = new ArrayList<>();
            evidenceByCode.forEach((code, e) -> entries.add(new ReportView.EvidenceView(evidenceNumbers.get(code),
                    code, evidenceText.kind(e.reference()), evidenceText.summary(e), evidenceText.publicSummary(e),
                    !e.resolves())));
            blocks.add(Block.evidence(entries));
        }
        return new Section("evidence", text("evidence.heading"), blocks);
    }

    private Section sources() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.subheading(text("sources.scan")));
        List<ListSources.Listed> scan = report.scan().sources();
        if (scan.isEmpty()) {
            blocks.add(Block.paragraph(text("sources.noScan")));
        } else {
            blocks.add(Block.sources(scan.stream().map(l -> {
                var s = l.source().source();
                String citation = l.source().id() + ". " + s.publisher() + s.year().map(y -> " (" + y + ")").orElse("")
                        + ". " + s.title() + s.reference().filter(r -> !isAddress(r)).map(r -> ". " + r).orElse("");
                return new ReportView.SourceView(citation, s.reference().filter(ReportBuilder::isAddress)
                        .orElse(null), s.example());
            }).toList()));
        }
        blocks.add(Block.subheading(text("sources.statistics")));
        if (report.material().isEmpty()) {
            blocks.add(Block.paragraph(text("sources.noStatistics")));
        } else {
            InformationMaterial material = report.material().get();
            blocks.add(Block.sources(material.sources().stream().map(s -> new ReportView.SourceView(s.citation(),
                    s.url().orElse(null), material.exampleSources().contains(s))).toList()));
        }
        blocks.add(Block.subheading(text("sources.methods")));
        blocks.add(Block.bullets(List.of(text("method.mendelow"), text("method.mitchell"), text("method.borich"),
                text("method.entrecomp"), text("method.dillman"), text("method.aapor"), text("method.kirkpatrick"))));
        return new Section(SOURCES_ID, text("sources.heading"), blocks);
    }

    /** The text with its first letter in upper case: a sentence starts with a capital. */
    static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static boolean isAddress(String reference) {
        return reference.startsWith("http://") || reference.startsWith("https://");
    }

    // ---------------------------------------------------------------- words

    private Table table(String... columns) {
        List<Table.Column> list = new ArrayList<>();
        for (String c : columns) {
            list.add(new Table.Column(c, GLOSSARY_COLUMNS.contains(c) ? Glossary.term("column." + c)
                    : message("column." + c)));
        }
        return new Table(list);
    }

    private static Message message(String key, Object... args) {
        return Message.of(ReportBuilder.class, key, args);
    }

    private String text(String key, Object... args) {
        return message(key, args).format(locale);
    }

    private String text(Message message) {
        return message.format(locale);
    }
}
