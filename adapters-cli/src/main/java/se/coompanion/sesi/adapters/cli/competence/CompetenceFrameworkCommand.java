package se.coompanion.sesi.adapters.cli.competence;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;
import se.coompanion.sesi.application.competence.port.in.ShowCompetenceFramework;

/**
 * {@code sesi competence framework [--format table|csv]}: the competences of the framework in use (key, area, name);
 * {@code sesi competence framework import FILE} makes a project's own framework the one in use.
 */
@Command(name = "framework", resourceBundle = "se.coompanion.sesi.adapters.cli.competence.messages",
        mixinStandardHelpOptions = true, subcommands = CompetenceFrameworkImportCommand.class)
public final class CompetenceFrameworkCommand extends CliCommand {

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        ShowCompetenceFramework.Result result = sesi().competence().showCompetenceFramework().show();
        if (format.format() == OutputFormat.TABLE) {
            out().println(text(result.standard() ? "framework.standard" : "framework.own",
                    result.framework().competences().size(), result.framework().areas().size()));
            out().println();
        }
        print(CompetenceTables.framework(result.framework(), context().locale(),
                format.format() == OutputFormat.TABLE), format.format());
        return ExitCode.OK;
    }
}
