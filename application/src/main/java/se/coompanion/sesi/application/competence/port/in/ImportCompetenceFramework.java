package se.coompanion.sesi.application.competence.port.in;

import jakarta.validation.constraints.NotNull;
import se.coompanion.sesi.application.shared.TabularSource;
import se.coompanion.sesi.domain.competence.CompetenceFramework;

/**
 * Makes a project's own competence framework the one in use, from a table (docs/competence.md): one competence per
 * row, {@code nyckel,omrade,namn} and optionally {@code namn_en,omradesnamn,omradesnamn_en} (or the English names).
 * The file is the whole framework: all or nothing, every problem listed with its line. A framework that lacks a
 * competence the enterprises have rated is a {@code ConflictException}. The same framework again changes nothing.
 */
public interface ImportCompetenceFramework {

    Result importFramework(Command command);

    /** @param rows the table */
    record Command(@NotNull TabularSource rows) {
    }

    /**
     * @param framework the framework now in use
     * @param unchanged true when it was the one in use already
     */
    record Result(CompetenceFramework framework, boolean unchanged) {
    }
}
