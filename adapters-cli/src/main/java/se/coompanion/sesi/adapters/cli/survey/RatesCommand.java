package se.coompanion.sesi.adapters.cli.survey;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;
import se.coompanion.sesi.application.survey.port.in.ComputeResponseRates;
import se.coompanion.sesi.application.survey.port.in.ComputeResponseRates.Grouping;
import se.coompanion.sesi.adapters.documents.survey.RatesTable;

/** {@code sesi survey rates [--by county|legal-form] [--format]}: the AAPOR response rates and their counts. */
@Command(name = "rates", resourceBundle = "se.coompanion.sesi.adapters.cli.survey.messages",
        mixinStandardHelpOptions = true)
public final class RatesCommand extends CliCommand {

    @Option(names = "--by", paramLabel = "county|legal-form", converter = SurveyValues.Groupings.class,
            descriptionKey = "rates.by")
    private Grouping by = Grouping.NONE;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        ComputeResponseRates.Result result =
                sesi().survey().computeResponseRates().compute(new ComputeResponseRates.Query(by));
        boolean forPeople = format.format() == OutputFormat.TABLE;
        print(RatesTable.of(result, forPeople), format.format());
        if (forPeople) {
            out().println();
            RatesTable.legend().forEach(line -> out().println(text(line)));
        }
        return ExitCode.OK;
    }
}
