package se.coompanion.sesi.adapters.cli.needs;

import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;
import se.coompanion.sesi.application.needs.port.in.ShowNeedsCoverage;
import se.coompanion.sesi.domain.needs.NeedsCoverage;
import se.coompanion.sesi.domain.shared.Municipality;

/**
 * {@code sesi needs coverage [--format table|csv]}: every municipality of the target set with its status, the
 * missing ones named; for people also the assessments outside the target set.
 */
@Command(name = "coverage", resourceBundle = "se.coompanion.sesi.adapters.cli.needs.messages",
        mixinStandardHelpOptions = true)
public final class NeedsCoverageCommand extends CliCommand {

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        ShowNeedsCoverage.Result result = sesi().needs().showNeedsCoverage().show();
        NeedsCoverage coverage = result.coverage();
        if (format.format() == OutputFormat.CSV) {
            print(NeedsTables.coverage(coverage.target()), OutputFormat.CSV);
            return ExitCode.OK;
        }
        out().println(text("coverage.heading", coverage.target().size(), result.preStudy().facts().regionName()
                .orElse(result.preStudy().region().stream().map(c -> c.name()).collect(Collectors.joining(", ")))));
        out().println();
        print(NeedsTables.coverage(coverage.target()), OutputFormat.TABLE);
        out().println();
        out().println(text("coverage.reached", coverage.reached(), coverage.target().size()));
        out().println(coverage.missing().isEmpty() ? text("coverage.noneMissing")
                : text("coverage.missingNamed", coverage.missing().size(), coverage.missing().stream()
                        .map(Municipality::toString).collect(Collectors.joining(", "))));
        if (!coverage.outside().isEmpty()) {
            out().println();
            out().println(text("coverage.outside", coverage.outside().size()));
            print(NeedsTables.coverage(coverage.outside()), OutputFormat.TABLE);
        }
        return ExitCode.OK;
    }
}
