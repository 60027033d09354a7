package se.coompanion.sesi.adapters.cli.prestudy;

import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.adapters.documents.render.Cell;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.domain.prestudy.Activity;
import se.coompanion.sesi.domain.prestudy.PreStudy;
import se.coompanion.sesi.domain.prestudy.ProjectFacts;
import se.coompanion.sesi.domain.shared.County;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.Percentage;
import se.coompanion.sesi.domain.shared.PostalCode;

/** {@code sesi project show}: the ESF+ facts, the region and the plan's targets. */
@Command(name = "show", resourceBundle = "se.coompanion.sesi.adapters.cli.prestudy.messages",
        mixinStandardHelpOptions = true)
public final class ProjectShowCommand extends CliCommand {

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        PreStudy preStudy = sesi().preStudy().showProjectFacts().show();
        print(table(preStudy), format.format());
        return ExitCode.OK;
    }

    static Table table(PreStudy preStudy) {
        ProjectFacts f = preStudy.facts();
        Table table = Table.of(
                new Table.Column("field", Message.of(ProjectShowCommand.class, "project.column.field")),
                new Table.Column("value", Message.of(ProjectShowCommand.class, "project.column.value")));
        row(table, "case_number", Cell.text(f.caseNumber().value()));
        row(table, "name", Cell.text(f.name()));
        row(table, "start_date", Cell.date(f.period().start()));
        row(table, "end_date", Cell.date(f.period().end()));
        row(table, "country", Cell.text(f.country()));
        row(table, "fund", Cell.text(f.fund()));
        row(table, "programme_cci", Cell.text(f.programmeCci()));
        row(table, "owner_org_number", Cell.text(f.ownerOrgNumber().formatted()));
        row(table, "owner", Cell.text(f.ownerName()));
        row(table, "eu_cofinancing_rate", Cell.text(f.euCoFinancingRate().map(Percentage::toString)));
        row(table, "programme_area", Cell.text(f.programmeArea()));
        row(table, "specific_objective", Cell.text(f.specificObjective()));
        row(table, "child_poverty_theme", Cell.bool(f.childPovertyTheme()));
        row(table, "region", Cell.text(f.regionName()));
        row(table, "nuts2_code", Cell.text(f.nuts2Code()));
        row(table, "beneficiary_postal_code", Cell.text(f.beneficiaryPostalCode().map(PostalCode::formatted)));
        row(table, "beneficiary_town", Cell.text(f.beneficiaryTown()));
        row(table, "intervention_type", Cell.text(f.interventionType()));
        row(table, "participants", Cell.number(f.participants()));
        row(table, "strategic_importance", Cell.bool(f.strategicImportance()));
        row(table, "counties", Cell.text(preStudy.region().stream().map(County::toString)
                .collect(Collectors.joining(", "))));
        row(table, "target_municipalities", Cell.number(preStudy.targetMunicipalities().size()));
        row(table, "template", Cell.text(preStudy.template().name().toLowerCase(java.util.Locale.ROOT)));
        for (Activity activity : preStudy.activities()) {
            table.row(Cell.coded("target:" + activity.key().name(), activity.key().title()),
                    Cell.coded(targetCode(activity), targetText(activity)));
        }
        row(table, "summary", Cell.text(Optional.of(f.summary())));
        return table;
    }

    private static void row(Table table, String field, Cell value) {
        table.row(Cell.coded(field, Message.of(ProjectShowCommand.class, "project.field." + field)), value);
    }

    private static String targetCode(Activity activity) {
        return switch (activity.target().kind()) {
            case FIXED -> activity.target().quantity() + " " + activity.target().unit().name();
            case ALL -> "ALL " + activity.target().unit().name();
            case NONE -> "NONE";
        };
    }

    private static Message targetText(Activity activity) {
        return switch (activity.target().kind()) {
            case FIXED -> Message.of(ProjectShowCommand.class, "project.target.fixed", activity.target().quantity(),
                    activity.target().unit().title());
            case ALL -> Message.of(ProjectShowCommand.class, "project.target.all", activity.target().unit().title());
            case NONE -> Message.of(ProjectShowCommand.class, "project.target.none");
        };
    }
}
