package se.coompanion.sesi.adapters.cli.seminar;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sesi seminar}: the analysis seminar (analysseminarium). */
@Command(name = "seminar", resourceBundle = "se.coompanion.sesi.adapters.cli.seminar.messages",
        mixinStandardHelpOptions = true,
        subcommands = {SeminarCreateCommand.class, SeminarListCommand.class, SeminarShowCommand.class,
            AgendaCommand.class, InviteCommand.class, InvitationsCommand.class, AnswerCommand.class,
            RemindCommand.class, AttendCommand.class, AttendanceCommand.class, OutcomeCommand.class,
            MinutesCommand.class, EvaluationCommand.class})
public final class SeminarCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
