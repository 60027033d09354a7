package se.coompanion.sesi.adapters.cli.implementation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.implementation.port.in.EditAims;

/** {@code sesi implementation aim change N}: an aim's text and what it rests on. */
@Command(name = "change", resourceBundle = "se.coompanion.sesi.adapters.cli.implementation.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class AimChangeCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "N", descriptionKey = "aim.number")
    private int number;

    @Option(names = "--text", descriptionKey = "aim.newText")
    private String aimText;

    @Mixin
    private GroundsOptions grounds;

    @Override
    public Integer call() {
        out().println(text("aim.changed", sesi().implementation().editAims().edit(new EditAims.Change(number, aimText,
                grounds.change())).changed()));
        return ExitCode.OK;
    }
}
