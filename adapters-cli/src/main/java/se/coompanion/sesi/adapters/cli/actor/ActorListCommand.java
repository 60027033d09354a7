package se.coompanion.sesi.adapters.cli.actor;

import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.CodeConverter;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;
import se.coompanion.sesi.application.actor.port.in.ListActors;
import se.coompanion.sesi.domain.actor.ActorRole;

/** {@code sesi actor list [--role ROLE] [--format table|csv]}: the register, with each actor's key. */
@Command(name = "list", resourceBundle = "se.coompanion.sesi.adapters.cli.actor.messages",
        mixinStandardHelpOptions = true)
public final class ActorListCommand extends CliCommand {

    @Option(names = "--role", paramLabel = "ROLE", converter = RoleConverter.class, descriptionKey = "list.role")
    private ActorRole role;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        print(ActorTables.actors(sesi().actors().listActors().list(new ListActors.Query(Optional.ofNullable(role))),
                context().locale(), format.format() == OutputFormat.TABLE), format.format());
        return ExitCode.OK;
    }

    /** Reads a role code or name. */
    static final class RoleConverter extends CodeConverter<ActorRole> {
        RoleConverter() {
            super(ActorRole::parse);
        }
    }
}
