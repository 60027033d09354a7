package se.coompanion.sesi.adapters.cli.stakeholder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;

/** {@code sesi stakeholder shortlist [--format table|csv]}: the partner shortlist for the implementation project. */
@Command(name = "shortlist", resourceBundle = "se.coompanion.sesi.adapters.cli.stakeholder.messages",
        mixinStandardHelpOptions = true)
public final class StakeholderShortlistCommand extends CliCommand {

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        print(StakeholderTables.shortlist(sesi().stakeholders().showPartnerShortlist().shortlist(),
                format.format() == OutputFormat.TABLE), format.format());
        return ExitCode.OK;
    }
}
