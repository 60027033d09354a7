package se.coompanion.sesi.application.competence.port.in;

import jakarta.validation.constraints.NotNull;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.application.shared.ImportReport;
import se.coompanion.sesi.application.shared.TabularSource;

/**
 * Imports the enterprises' ratings from a table (cli.md, "Competence ratings"):
 * {@code organisationsnummer,kompetens,nuvarande,behov} (or {@code org_number,competence,current,required}). The
 * enterprise is an actor of the register with the role SOCIAL_ENTERPRISE or WORK_INTEGRATION_SOCIAL_ENTERPRISE, found
 * by its organisationsnummer; the competence is a key of the framework in use; the levels are 1-5. One rating per
 * enterprise and competence: a second row in the file, or a rating stored already (unless replacing), is a problem
 * of its row. All or nothing unless the options say skip-invalid; the same file twice stores nothing new.
 */
public interface ImportRatings {

    ImportReport importRatings(Command command);

    /**
     * @param rows    the table
     * @param options all-or-nothing, or skip-invalid with a reject sink
     * @param replace true to replace stored ratings of the same enterprise and competence (otherwise such a row is
     *                an error)
     */
    record Command(@NotNull TabularSource rows, @NotNull ImportOptions options, boolean replace) {

        public Command(TabularSource rows, ImportOptions options) {
            this(rows, options, false);
        }
    }
}
