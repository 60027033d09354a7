package se.coompanion.sesi.adapters.cli.survey;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import se.coompanion.sesi.adapters.cli.survey.entry.EntryCommand;
import se.coompanion.sesi.adapters.cli.survey.results.ExportCommand;
import se.coompanion.sesi.adapters.cli.survey.results.ResultsCommand;

/** {@code sesi survey}: the postal survey (enkätundersökning per post). */
@Command(name = "survey", resourceBundle = "se.coompanion.sesi.adapters.cli.survey.messages",
        mixinStandardHelpOptions = true,
        subcommands = {QuestionnaireCommand.class, FrameCommand.class, WaveCommand.class, WavesCommand.class,
            DispositionCommand.class, UnitCommand.class, RatesCommand.class, EntryCommand.class,
            ResultsCommand.class, ExportCommand.class})
public final class SurveyCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
