package se.coompanion.sesi.adapters.cli.stakeholder;

import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.stakeholder.port.in.AssessStakeholder;
import se.coompanion.sesi.domain.stakeholder.StakeholderAssessment;

/**
 * {@code sesi stakeholder assess ACTOR --power N --interest N [--attitude N] [--salience P,L,U] [--candidacy C]
 * [--rationale T] [--date D]}: a dated assessment; a re-assessment keeps the history.
 */
@Command(name = "assess", resourceBundle = "se.coompanion.sesi.adapters.cli.stakeholder.messages",
        mixinStandardHelpOptions = true, sortOptions = false)
public final class StakeholderAssessCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "ACTOR", descriptionKey = "assess.actor")
    private String actor;

    @Option(names = "--power", required = true, paramLabel = "1-5", descriptionKey = "assess.power")
    private int power;

    @Option(names = "--interest", required = true, paramLabel = "1-5", descriptionKey = "assess.interest")
    private int interest;

    @Option(names = "--attitude", paramLabel = "-2..2", descriptionKey = "assess.attitude")
    private Integer attitude;

    @Option(names = "--salience", paramLabel = "P,L,U", descriptionKey = "assess.salience")
    private String salience;

    @Option(names = "--candidacy", paramLabel = "CANDIDACY", descriptionKey = "assess.candidacy")
    private String candidacy;

    @Option(names = "--rationale", descriptionKey = "assess.rationale")
    private String rationale;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "assess.date")
    private LocalDate date;

    @Override
    public Integer call() {
        AssessStakeholder.Result result =
                sesi().stakeholders().assessStakeholder().assess(new AssessStakeholder.Command(actor,
                power, interest, attitude, salience, candidacy, rationale, date));
        StakeholderAssessment a = result.assessment();
        out().println(text("assess.done", result.actor().name(), a.assessedOn(), a.power().value(),
                a.interest().value(), text(a.quadrant().title()),
                a.salienceClass().map(c -> text(c.title())).orElse(text("assess.noSalience")),
                text(a.attitude().title()), text(a.candidacy().title())));
        if (!result.current()) {
            out().println(text("assess.backDated", result.previous().orElseThrow().assessedOn()));
        } else {
            result.previous().filter(p -> p.quadrant() != a.quadrant()).ifPresent(p -> out().println(
                    text("assess.moved", text(p.quadrant().title()), p.assessedOn(), text(a.quadrant().title()))));
        }
        return ExitCode.OK;
    }
}
