package se.coompanion.sesi.adapters.cli.actor;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.actor.port.in.AddActor;
import se.coompanion.sesi.domain.shared.Message;

/** {@code sesi actor add}: registers one actor. */
@Command(name = "add", resourceBundle = "se.coompanion.sesi.adapters.cli.actor.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class ActorAddCommand extends CliCommand {

    @Option(names = "--name", required = true, descriptionKey = "add.name")
    private String name;

    @Option(names = "--org-number", paramLabel = "NNNNNN-NNNN", descriptionKey = "add.orgNumber")
    private String orgNumber;

    @Option(names = "--legal-form", paramLabel = "FORM", descriptionKey = "add.legalForm")
    private String legalForm;

    @Option(names = "--role", paramLabel = "ROLE", split = ",", required = true, descriptionKey = "add.role")
    private List<String> roles = new ArrayList<>();

    @Option(names = "--municipality", paramLabel = "CODE", descriptionKey = "add.municipality")
    private String municipality;

    @Option(names = "--street", descriptionKey = "add.street")
    private String street;

    @Option(names = "--postal-code", paramLabel = "NNN NN", descriptionKey = "add.postalCode")
    private String postalCode;

    @Option(names = "--town", descriptionKey = "add.town")
    private String town;

    @Option(names = "--key", descriptionKey = "add.key")
    private String key;

    @Option(names = "--note", descriptionKey = "add.note")
    private String note;

    @Override
    public Integer call() {
        AddActor.Result result = sesi().actors().addActor().add(new AddActor.Command(name, orgNumber, legalForm, roles,
                municipality, street, postalCode, town, key, note));
        for (Message warning : result.warnings()) {
            err().println(text("add.warning", text(warning)));
        }
        err().flush();
        out().println(text("add.done", result.actor().key(), result.actor().name()));
        return ExitCode.OK;
    }
}
