package se.coompanion.sesi.adapters.cli.privacy;

import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.privacy.port.in.ErasePersonalData;

/**
 * {@code sesi privacy erase --contact ID}: anonymises the person in every table, in one transaction; organisations
 * and every count stay.
 */
@Command(name = "erase", resourceBundle = "se.coompanion.sesi.adapters.cli.privacy.messages",
        mixinStandardHelpOptions = true)
public final class PrivacyEraseCommand extends CliCommand {

    @Option(names = "--contact", paramLabel = "ID", required = true, descriptionKey = "privacy.contact")
    private String contact;

    @Override
    public Integer call() {
        ErasePersonalData.Result result = sesi().privacy().erasePersonalData().erase(contact);
        out().println(text("erase.done", result.contact(), result.records(), result.changed().stream()
                .filter(c -> c.records() > 0).map(c -> c.store() + " " + c.records())
                .collect(Collectors.joining(", "))));
        out().println(text("erase.backups"));
        return ExitCode.OK;
    }
}
