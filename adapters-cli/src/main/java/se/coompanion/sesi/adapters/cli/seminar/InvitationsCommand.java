package se.coompanion.sesi.adapters.cli.seminar;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;

/** {@code sesi seminar invitations [--status S,..]}: the invitation list with each invitation's status today. */
@Command(name = "invitations", resourceBundle = "se.coompanion.sesi.adapters.cli.seminar.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class InvitationsCommand extends CliCommand {

    @Option(names = "--status", split = ",", paramLabel = "STATUS", descriptionKey = "invitations.status")
    private List<String> statuses = new ArrayList<>();

    @Mixin
    private SeminarOption seminar;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        print(SeminarTables.invitations(sesi().seminar().listInvitations().list(seminar.seminar(),
                statuses).invitations()), format.format());
        return ExitCode.OK;
    }
}
