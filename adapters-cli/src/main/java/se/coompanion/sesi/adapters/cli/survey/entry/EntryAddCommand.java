package se.coompanion.sesi.adapters.cli.survey.entry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.survey.port.in.KeyReturn;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.entry.Completeness;
import se.coompanion.sesi.domain.survey.entry.Disagreement;

/**
 * {@code sesi survey entry add RESPONSE_ID var=value ... [--pass 1|2] [--questionnaire-version N] [--replace]
 * [--date D] [--user NAME]}: keys one returned form, for a person typing from paper, with the same checks as a file.
 */
@Command(name = "add", resourceBundle = "se.coompanion.sesi.adapters.cli.survey.entry.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class EntryAddCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "RESPONSE_ID", descriptionKey = "add.responseId")
    private String responseId;

    @Parameters(index = "1..*", paramLabel = "VARIABLE=VALUE", descriptionKey = "add.answers")
    private List<String> answers = new ArrayList<>();

    @Mixin
    private KeyingOptions keying;

    @Override
    public Integer call() {
        KeyReturn.Result result = sesi().survey().keyReturn().key(new KeyReturn.Command(responseId, answers(),
                keying.pass(),
                keying.version(), keying.replace(), keying.date(), keying.user().who(context().environment())));
        EntryTexts texts = new EntryTexts(context().locale());
        out().println(text("add.done", result.responseId().toString(), keying.pass().number(), result.version(),
                text(result.form().completeness().title()), result.form().answered(), result.form().shown().size()));
        if (result.form().completeness() != Completeness.COMPLETE) {
            out().println(text("add.missing", String.join(", ", result.form().missingRequired())));
        }
        result.recorded().ifPresent(d -> out().println(text("add.disposition", coded(d, d.title()))));
        out().println(text("add.state", text(result.state().title())));
        for (Disagreement d : result.disagreements()) {
            out().println(text("add.disagreement", d.variable(), shown(d.first()), shown(d.second())));
        }
        if (!result.disagreements().isEmpty()) {
            out().println(text("add.resolveHint", result.responseId().toString()));
        }
        out().flush();
        return ExitCode.OK;
    }

    private String shown(String value) {
        return value.isEmpty() ? text("entry.empty") : value;
    }

    /** The answers as given: {@code var=value}; a variable twice or a word without {@code =} is a problem. */
    private Map<String, String> answers() {
        Map<String, String> values = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (String answer : answers) {
            int equals = answer.indexOf('=');
            if (equals <= 0) {
                problems.add(Problem.ofField("VARIABLE=VALUE", answer, Message.of(EntryAddCommand.class,
                        "add.shape")));
                continue;
            }
            String variable = answer.substring(0, equals).strip();
            if (values.put(variable, answer.substring(equals + 1)) != null) {
                problems.add(Problem.ofField(variable, answer, Message.of(EntryAddCommand.class, "add.twice",
                        variable)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return values;
    }
}
