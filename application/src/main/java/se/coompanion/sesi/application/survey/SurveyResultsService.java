package se.coompanion.sesi.application.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.coompanion.sesi.application.prestudy.port.out.PreStudies;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.application.survey.port.in.ComputeSurveyResults;
import se.coompanion.sesi.application.survey.port.in.ExportSurveyData;
import se.coompanion.sesi.application.survey.port.out.GroupTally;
import se.coompanion.sesi.application.survey.port.out.Questionnaires;
import se.coompanion.sesi.domain.survey.results.ResultGrouping;
import se.coompanion.sesi.application.survey.port.out.ReturnedForms;
import se.coompanion.sesi.domain.prestudy.PreStudy;
import se.coompanion.sesi.domain.shared.County;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.Choice;
import se.coompanion.sesi.domain.survey.Question;
import se.coompanion.sesi.domain.survey.QuestionType;
import se.coompanion.sesi.domain.survey.QuestionnaireVersion;
import se.coompanion.sesi.domain.survey.results.QuestionResults;
import se.coompanion.sesi.domain.survey.results.Tally;
import se.coompanion.sesi.domain.survey.results.VariableCatalogue;

/**
 * The survey's results and its cleaned data set, over the usable returns only. The counting is done where the
 * data are: one grouped query gives every tally of every question and group ({@link ReturnedForms#tally}), and the
 * tables are computed from the tallies ({@link QuestionResults}). The {@code all} column of a cross-tab is every
 * group's tallies together, so a cross-tab costs one query as well.
 */
public final class SurveyResultsService implements ComputeSurveyResults, ExportSurveyData {

    /** The legal forms of the population (domain.md), always columns of a grouping by legal form. */
    private static final List<LegalForm> SURVEYED_FORMS = List.of(LegalForm.EKONOMISK_FORENING,
            LegalForm.IDEELL_FORENING);

    private final Questionnaires questionnaires;
    private final ReturnedForms returned;
    private final PreStudies preStudies;
    private final Transactions transactions;
    private final CommandValidator validator;
    private final Clock clock;

    public SurveyResultsService(Questionnaires questionnaires, ReturnedForms returned, PreStudies preStudies,
            Transactions transactions, CommandValidator validator, Clock clock) {
        this.questionnaires = Objects.requireNonNull(questionnaires);
        this.returned = Objects.requireNonNull(returned);
        this.preStudies = Objects.requireNonNull(preStudies);
        this.transactions = Objects.requireNonNull(transactions);
        this.validator = Objects.requireNonNull(validator);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public ComputeSurveyResults.Result compute(ComputeSurveyResults.Query query) {
        validator.check(query);
        return transactions.inTransaction(() -> {
            List<Question> catalogue = catalogue();
            Optional<String> variable = query.variable().map(String::strip);
            List<Question> asked = variable.isEmpty() ? catalogue : List.of(VariableCatalogue.find(catalogue,
                    variable.get()).orElseThrow(() -> new NotFoundException(message("results.unknownVariable",
                    variable.get()))));
            ResultGrouping by = query.by();
            Map<String, Long> returns = returned.returns(by);
            List<String> groups = groups(by, catalogue, returns.keySet());
            Map<String, Map<String, List<Tally>>> tallies = new HashMap<>();
            for (GroupTally tally : returned.tally(by, variable)) {
                tallies.computeIfAbsent(tally.variable(), v -> new HashMap<>())
                        .computeIfAbsent(tally.group(), g -> new ArrayList<>()).add(tally.tally());
            }
            List<QuestionResults> tables = new ArrayList<>();
            for (Question question : asked) {
                Map<String, List<Tally>> byGroup = tallies.getOrDefault(question.variable(), Map.of());
                List<QuestionResults.Group> columns = new ArrayList<>();
                for (String group : groups) {
                    if (!group.equals(ResultGrouping.ALL) || by.kind() == ResultGrouping.Kind.NONE) {
                        columns.add(new QuestionResults.Group(group, returns.getOrDefault(group, 0L),
                                byGroup.getOrDefault(group, List.of())));
                    }
                }
                if (by.kind() != ResultGrouping.Kind.NONE) {
                    columns.add(0, QuestionResults.Group.merged(ResultGrouping.ALL, columns));
                }
                tables.add(QuestionResults.of(question, columns));
            }
            long usable = returns.values().stream().mapToLong(Long::longValue).sum();
            Optional<Question> byQuestion = by.variable().flatMap(v -> VariableCatalogue.find(catalogue, v));
            return new ComputeSurveyResults.Result(by, groups, tables, usable, returned.states(), byQuestion,
                    LocalDate.ofInstant(clock.instant(), clock.getZone()));
        });
    }

    /** {@code all}, then every group of the grouping (whether it has returns or not), then any other in the data. */
    private List<String> groups(ResultGrouping by, List<Question> catalogue, Set<String> inData) {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(ResultGrouping.ALL);
        switch (by.kind()) {
            case NONE -> {
                return List.copyOf(groups);
            }
            case COUNTY -> preStudies.find().<Set<County>>map(PreStudy::region).orElse(Set.of()).stream().sorted()
                    .map(County::code).forEach(groups::add);
            case LEGAL_FORM -> SURVEYED_FORMS.forEach(f -> groups.add(f.name()));
            case VARIABLE -> {
                String variable = by.variable().orElseThrow();
                Question question = VariableCatalogue.find(catalogue, variable).orElseThrow(() ->
                        new NotFoundException(message("results.unknownVariable", variable)));
                if (question.type() != QuestionType.SINGLE && question.type() != QuestionType.LIKERT_5) {
                    throw InvalidInputException.of(Problem.ofField("by", variable, message("results.byType",
                            variable, question.type())));
                }
                question.choices().stream().map(Choice::code).forEach(groups::add);
                groups.add(ResultGrouping.NO_ANSWER);
            }
        }
        inData.stream().sorted().forEach(groups::add);
        return List.copyOf(groups);
    }

    @Override
    public long export(ExportSurveyData.Sink sink) {
        Objects.requireNonNull(sink, "sink");
        return transactions.inTransaction(() -> {
            sink.variables(catalogue());
            long[] rows = {0};
            returned.forEachUsable(r -> {
                sink.accept(r);
                rows[0]++;
            });
            return rows[0];
        });
    }

    private List<Question> catalogue() {
        List<QuestionnaireVersion> versions = questionnaires.all();
        if (versions.isEmpty()) {
            throw QuestionnaireService.missing();
        }
        return VariableCatalogue.of(versions.stream().map(QuestionnaireVersion::questionnaire).toList());
    }

    private static Message message(String key, Object... args) {
        return Message.of(SurveyResultsService.class, key, args);
    }
}
