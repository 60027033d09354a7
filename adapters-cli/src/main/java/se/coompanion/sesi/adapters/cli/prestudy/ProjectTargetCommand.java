package se.coompanion.sesi.adapters.cli.prestudy;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.prestudy.port.in.SetActivityTarget;
import se.coompanion.sesi.domain.prestudy.Activity;
import se.coompanion.sesi.domain.prestudy.ActivityKey;
import se.coompanion.sesi.domain.prestudy.PreStudy;
import se.coompanion.sesi.domain.prestudy.Target;

/** {@code sesi project target ACTIVITY --quantity N | --all | --none}: changes an activity's target. */
@Command(name = "target", resourceBundle = "se.coompanion.sesi.adapters.cli.prestudy.messages",
        mixinStandardHelpOptions = true)
public final class ProjectTargetCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "ACTIVITY", converter = ActivityKeyConverter.class,
            descriptionKey = "target.activity")
    private ActivityKey activity;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Choice choice;

    static final class Choice {
        @Option(names = "--quantity", paramLabel = "N", descriptionKey = "target.quantity")
        Integer quantity;

        @Option(names = "--all", descriptionKey = "target.all")
        boolean all;

        @Option(names = "--none", descriptionKey = "target.none")
        boolean none;
    }

    @Override
    public Integer call() {
        Target.Kind kind = choice.quantity != null ? Target.Kind.FIXED : choice.all ? Target.Kind.ALL : Target.Kind.NONE;
        int quantity = choice.quantity == null ? 0 : choice.quantity;
        PreStudy changed = sesi().preStudy().setActivityTarget().set(new SetActivityTarget.Command(activity, kind,
                quantity));
        Activity updated = changed.activity(activity).orElseThrow();
        out().println(text("target.done", text(activity.title()), updated.target().kind() == Target.Kind.FIXED
                ? updated.target().quantity() + " " + text(updated.target().unit().title())
                : text(updated.target().kind() == Target.Kind.ALL ? "project.target.all" : "project.target.none",
                        updated.target().unit().title())));
        return ExitCode.OK;
    }
}
