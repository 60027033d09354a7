package se.coompanion.sesi.adapters.cli.survey.results;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;
import se.coompanion.sesi.adapters.documents.render.Cell;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.survey.port.in.ComputeResponseRates;
import se.coompanion.sesi.application.survey.port.in.ComputeSurveyResults;
import se.coompanion.sesi.domain.survey.results.ResultGrouping;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.survey.DispositionCounts;
import se.coompanion.sesi.domain.survey.entry.FormState;
import se.coompanion.sesi.domain.shared.Glossary;
import se.coompanion.sesi.domain.survey.results.QuestionResults;
import se.coompanion.sesi.adapters.documents.survey.results.GroupNames;
import se.coompanion.sesi.adapters.documents.survey.results.ResultsCsv;
import se.coompanion.sesi.adapters.documents.survey.results.ConditionText;
import se.coompanion.sesi.adapters.documents.survey.results.ResultsGrid;

/**
 * {@code sesi survey results [VARIABLE] [--by county|legal-form|VARIABLE] [--format table|csv] [--out DIR]}: the
 * results tables over the usable returns: for people a table per question, for programs the long CSV of cli.md
 * ({@code variable,group,code,label,count,percent}), or with {@code --out} an HTML page with bar charts.
 */
@Command(name = "results", resourceBundle = "se.coompanion.sesi.adapters.cli.survey.results.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class ResultsCommand extends CliCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "VARIABLE", descriptionKey = "results.variable")
    private String variable;

    @Option(names = "--by", paramLabel = "county|legal-form|VARIABLE", descriptionKey = "results.by")
    private String by;

    @Mixin
    private FormatOption format;

    @Option(names = "--out", paramLabel = "DIR", descriptionKey = "results.out")
    private Path out;

    @Override
    public Integer call() {
        ComputeSurveyResults.Query query = new ComputeSurveyResults.Query(Optional.ofNullable(variable), grouping(by));
        if (out != null) {
            out().println(text("results.written", documents().surveyResults(query, context().locale())
                    .writeInto(out)));
            return ExitCode.OK;
        }
        ComputeSurveyResults.Result result = sesi().survey().computeSurveyResults().compute(query);
        if (format.format() == OutputFormat.CSV) {
            print(ResultsCsv.of(result), OutputFormat.CSV);
            return ExitCode.OK;
        }
        GroupNames names = new GroupNames(result, context().locale());
        ResultsGrid grid = new ResultsGrid(names, context().locale());
        DispositionCounts rates = sesi().survey().computeResponseRates().compute(new ComputeResponseRates.Query(
                ComputeResponseRates.Grouping.NONE)).groups().get(0).counts();
        out().println(text("results.base", result.usable(), rates.rr2().isPresent()
                ? Cell.share(rates.rr2().getAsDouble()).plain(context().locale())
                : "-"));
        if (result.heldBack() > 0) {
            out().println(text("results.heldBack", result.heldBack(), result.states().entrySet().stream()
                    .filter(e -> e.getKey() != FormState.USABLE)
                    .map(e -> text(e.getKey().count(e.getValue()))).collect(Collectors.joining(", "))));
        }
        ConditionText conditions = new ConditionText(result.tables().stream().map(QuestionResults::question).toList(),
                context().locale());
        for (QuestionResults table : result.tables()) {
            out().println();
            out().println(ResultsGrid.heading(table) + " ("
                    + text(Glossary.term("questionType", table.question().type())) + ")");
            conditions.of(table.question()).ifPresent(out()::println);
            print(grid.of(table), OutputFormat.TABLE);
        }
        out().println();
        out().println(text("results.legend"));
        return ExitCode.OK;
    }

    /** county, legal-form (also län, juridisk-form), or a question's variable. */
    static ResultGrouping grouping(String text) {
        if (text == null) {
            return ResultGrouping.NONE;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "county", "lan", "län" -> ResultGrouping.COUNTY;
            case "legal-form", "juridisk-form" -> ResultGrouping.LEGAL_FORM;
            default -> {
                try {
                    yield ResultGrouping.byQuestion(text.strip());
                } catch (DomainException e) {
                    throw InvalidInputException.of(Problem.ofField("--by", text, e));
                }
            }
        };
    }
}
