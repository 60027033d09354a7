package se.coompanion.sesi.adapters.cli.seminar;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.FormatOption;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;
import se.coompanion.sesi.application.seminar.port.in.ShowSeminar;
import se.coompanion.sesi.domain.seminar.AgendaItem;
import se.coompanion.sesi.domain.seminar.Seminar;

/**
 * {@code sesi seminar show}: one seminar's facts and figures (CSV {@code field,value}); people also see the agenda
 * with the outcomes and conclusions, and the evaluation's comments.
 */
@Command(name = "show", resourceBundle = "se.coompanion.sesi.adapters.cli.seminar.messages",
        mixinStandardHelpOptions = true)
public final class SeminarShowCommand extends CliCommand {

    @Mixin
    private SeminarOption seminar;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        ShowSeminar.Result shown = sesi().seminar().showSeminar().show(seminar.seminar());
        print(SeminarTables.facts(shown), format.format());
        if (format.format() == OutputFormat.CSV) {
            return ExitCode.OK;
        }
        Seminar s = shown.dossier().seminar();
        if (!s.agenda().isEmpty()) {
            out().println();
            out().println(text("show.agenda"));
            print(SeminarTables.agenda(s), OutputFormat.TABLE);
            for (AgendaItem item : s.agenda()) {
                if (!item.conclusions().isEmpty()) {
                    out().println();
                    out().println(text("show.conclusions", item.number(), item.title()));
                    item.conclusions().forEach(c -> out().println("  - " + c));
                }
            }
        }
        if (!s.evaluation().comments().isEmpty()) {
            out().println();
            out().println(text("show.comments"));
            s.evaluation().comments().forEach(c -> out().println("  - " + c));
        }
        out().flush();
        return ExitCode.OK;
    }
}
