package se.coompanion.sesi.application.competence.port.in;

import se.coompanion.sesi.domain.competence.CompetenceFramework;

/** The competence framework in use: the project's own when imported, else the standard one. */
public interface ShowCompetenceFramework {

    Result show();

    /**
     * @param framework the framework
     * @param standard  true when it is the built-in standard framework (nothing imported)
     */
    record Result(CompetenceFramework framework, boolean standard) {
    }
}
