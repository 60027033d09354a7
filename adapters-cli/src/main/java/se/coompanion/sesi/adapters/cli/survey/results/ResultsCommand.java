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
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.survey.port.in.ComputeResponseRates;
import se.coompanion.sesi.application.survey.port.in.ComputeSurveyResults;
import se.coompanion.sesi.domain.survey.results.ResultGrouping;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.survey.DispositionCounts;
import se.coompanion.sesi.domain.survey.entry.FormState;
import se.coompanion.sesi.domain.survey.results.QuestionResults;
import se.coompanion.sesi.adapters.documents.survey.results.GroupNames;
import se.coompanion.sesi.adapters.documents.survey.results.OutputFolder;
import se.coompanion.sesi.adapters.documents.survey.results.ResultsCsv;
import se.coompanion.sesi.adapters.documents.survey.results.ResultsGrid;
import se.coompanion.sesi.adapters.documents.survey.results.ResultsPage;

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
        ResultGrouping grouping = grouping(by);
        if (out != null) {
            Path page = writePage(sesi(), new OutputFolder(out), Optional.ofNullable(variable), grouping,
                    context().locale());
            out().println(text("results.written", page));
            return ExitCode.OK;
        }
        ComputeSurveyResults.Result result = sesi().computeSurveyResults().compute(new ComputeSurveyResults.Query(
                Optional.ofNullable(variable), grouping));
        if (format.format() == OutputFormat.CSV) {
            print(ResultsCsv.of(result), OutputFormat.CSV);
            return ExitCode.OK;
        }
        GroupNames names = new GroupNames(result, context().locale());
        ResultsGrid grid = new ResultsGrid(names, context().locale());
        DispositionCounts rates = rates(sesi());
        out().println(text("results.base", result.usable(), rates.rr2().isPresent()
                ? Cell.share(rates.rr2().getAsDouble()).plain(context().locale())
                : "-"));
        if (result.heldBack() > 0) {
            out().println(text("results.heldBack", result.heldBack(), result.states().entrySet().stream()
                    .filter(e -> e.getKey() != FormState.USABLE)
                    .map(e -> text(e.getKey().count(e.getValue()))).collect(Collectors.joining(", "))));
        }
        for (QuestionResults table : result.tables()) {
            out().println();
            out().println(ResultsGrid.heading(table) + " (" + table.question().type() + ")");
            ResultsGrid.condition(table).ifPresent(c -> out().println(text("results.shownIf", c)));
            print(grid.of(table), OutputFormat.TABLE);
        }
        out().println();
        out().println(text("results.legend"));
        return ExitCode.OK;
    }

    /**
     * Writes the results page {@code enkatresultat[-GROUPING]-LANG.html} in the folder (also used by the demo).
     *
     * @return the file written
     */
    static Path writePage(SesiApplication sesi, OutputFolder folder, Optional<String> variable,
            ResultGrouping grouping, Locale locale) {
        ComputeSurveyResults.Result result = sesi.computeSurveyResults().compute(new ComputeSurveyResults.Query(
                variable, grouping));
        GroupNames names = new GroupNames(result, locale);
        String html = ResultsPage.render(result, rates(sesi), names, result.computedOn().toString(), locale);
        return folder.write(fileName(variable, grouping, locale), writer -> writer.write(html));
    }

    /** {@code enkatresultat-sv.html}, {@code enkatresultat-county-sv.html}, {@code enkatresultat-q5-by-q3-en.html}. */
    static String fileName(Optional<String> variable, ResultGrouping grouping, Locale locale) {
        StringBuilder name = new StringBuilder("enkatresultat");
        variable.ifPresent(v -> name.append('-').append(v.strip()));
        switch (grouping.kind()) {
            case NONE -> {
                // overall
            }
            case COUNTY -> name.append("-county");
            case LEGAL_FORM -> name.append("-legal-form");
            case VARIABLE -> name.append("-by-").append(grouping.variable().orElseThrow());
        }
        return name.append('-').append(locale.getLanguage()).append(".html").toString();
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

    private static DispositionCounts rates(SesiApplication sesi) {
        return sesi.computeResponseRates().compute(new ComputeResponseRates.Query(ComputeResponseRates.Grouping.NONE))
                .groups().get(0).counts();
    }
}
