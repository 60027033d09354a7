package se.coompanion.sesi.adapters.cli.stakeholder;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.adapters.documents.OutputGuard;
import se.coompanion.sesi.adapters.documents.PictureFormat;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;
import se.coompanion.sesi.application.stakeholder.port.in.ShowStakeholderGrid;
import se.coompanion.sesi.domain.shared.Message;

/**
 * {@code sesi stakeholder grid [--format table|csv] [--out FILE.html|FILE.svg]}: every assessed actor's current
 * place in the power/interest grid, as a table, as CSV, or as a picture.
 */
@Command(name = "grid", resourceBundle = "se.coompanion.sesi.adapters.cli.stakeholder.messages",
        mixinStandardHelpOptions = true)
public final class StakeholderGridCommand extends CliCommand {

    @Mixin
    private FormatOption format;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "grid.out")
    private Path file;

    @Override
    public Integer call() {
        if (file != null) {
            OutputGuard.check(file);
        }
        List<ShowStakeholderGrid.Placed> placed = sesi().stakeholders().showStakeholderGrid().grid();
        if (file != null) {
            PictureFormat picture = pictureFormat(file, Message.of(StakeholderGridCommand.class, "grid.extension",
                    file));
            documents().stakeholderGrid(placed, picture, context().locale()).writeTo(file);
            out().println(text("grid.written", placed.size(), file));
            return ExitCode.OK;
        }
        print(StakeholderTables.grid(placed, format.format() == OutputFormat.TABLE), format.format());
        return ExitCode.OK;
    }
}
