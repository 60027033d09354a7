package se.coompanion.sesi.adapters.cli.prestudy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.application.prestudy.port.in.StartPreStudy;
import se.coompanion.sesi.domain.prestudy.PreStudy;
import se.coompanion.sesi.domain.prestudy.PreStudyTemplate;

/** {@code sesi init}: creates the pre-study of this database from a template. */
@Command(name = "init", resourceBundle = "se.coompanion.sesi.adapters.cli.prestudy.messages",
        sortOptions = false, mixinStandardHelpOptions = true)
public final class InitCommand extends CliCommand {

    @Option(names = "--template", paramLabel = "sesi|blank", defaultValue = "sesi",
            converter = TemplateConverter.class, descriptionKey = "init.template")
    private PreStudyTemplate template;

    @Option(names = "--name", descriptionKey = "init.name")
    private String name;

    @Option(names = "--case-number", descriptionKey = "init.caseNumber")
    private String caseNumber;

    @Option(names = "--start", paramLabel = "YYYY-MM-DD", descriptionKey = "init.start")
    private LocalDate start;

    @Option(names = "--end", paramLabel = "YYYY-MM-DD", descriptionKey = "init.end")
    private LocalDate end;

    @Option(names = "--owner-org-number", paramLabel = "NNNNNN-NNNN", descriptionKey = "init.ownerOrgNumber")
    private String ownerOrgNumber;

    @Option(names = "--owner", descriptionKey = "init.owner")
    private String owner;

    @Option(names = "--counties", split = ",", paramLabel = "CODE", descriptionKey = "init.counties")
    private List<String> counties = new ArrayList<>();

    @Override
    public Integer call() {
        if (template == PreStudyTemplate.SESI && (name != null || caseNumber != null || start != null || end != null
                || ownerOrgNumber != null || owner != null || !counties.isEmpty())) {
            err().println(text("init.sesiFactsFixed"));
            return ExitCode.INVALID_INPUT;
        }
        PreStudy preStudy = sesiCreatingDatabase().preStudy().startPreStudy().start(new StartPreStudy.Command(template,
                name, caseNumber, start, end, ownerOrgNumber, owner, counties)).preStudy();
        out().println(text("init.done", preStudy.facts().name(), preStudy.facts().caseNumber(),
                template.name().toLowerCase(java.util.Locale.ROOT), context().databaseLocation()));
        out().println(text("init.next"));
        return ExitCode.OK;
    }
}
