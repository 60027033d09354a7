package se.coompanion.sesi.adapters.cli.survey.entry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.survey.port.in.ResolveDisagreement;

/**
 * {@code sesi survey entry resolve RESPONSE_ID VARIABLE VALUE [--user NAME]}: records the value a field has on the
 * paper form (an empty VALUE for no answer), with who and when.
 */
@Command(name = "resolve", resourceBundle = "se.coompanion.sesi.adapters.cli.survey.entry.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class EntryResolveCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "RESPONSE_ID", descriptionKey = "resolve.responseId")
    private String responseId;

    @Parameters(index = "1", paramLabel = "VARIABLE", descriptionKey = "resolve.variable")
    private String variable;

    @Parameters(index = "2", paramLabel = "VALUE", descriptionKey = "resolve.value")
    private String value;

    @Mixin
    private UserOption user;

    @Override
    public Integer call() {
        ResolveDisagreement.Result result =
                sesi().survey().resolveDisagreement().resolve(new ResolveDisagreement.Command(
                responseId, variable, value, user.who(context().environment())));
        String shown = result.value().isEmpty() ? text("entry.empty") : result.value();
        if (result.resolution().isEmpty()) {
            out().println(text("resolve.unchanged", responseId.strip(), variable.strip(), shown));
        } else {
            var resolution = result.resolution().get();
            out().println(text("resolve.done", resolution.responseId().toString(), resolution.variable(), shown,
                    resolution.resolvedBy()));
            out().println(result.settles().map(d -> text("resolve.settles", shownValue(d.first()),
                    shownValue(d.second()))).orElse(text("resolve.correction")));
        }
        out().println(result.open() > 0 ? text("resolve.open", result.open(), text(result.state().title()))
                : text("resolve.state", text(result.state().title())));
        result.recorded().ifPresent(d -> out().println(text("resolve.disposition", coded(d, d.title()))));
        return ExitCode.OK;
    }

    private String shownValue(String value) {
        return value.isEmpty() ? text("entry.empty") : value;
    }
}
