package se.coompanion.sesi.adapters.cli.survey;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sesi survey questionnaire}: the data dictionary and its versions. */
@Command(name = "questionnaire", resourceBundle = "se.coompanion.sesi.adapters.cli.survey.messages",
        mixinStandardHelpOptions = true,
        subcommands = {QuestionnaireLoadCommand.class, QuestionnaireShowCommand.class,
            QuestionnaireVersionsCommand.class})
public final class QuestionnaireCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
