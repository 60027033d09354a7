package se.coompanion.sesi.application.competence.port.in;

import java.util.List;
import java.util.Map;
import se.coompanion.sesi.domain.competence.CompetenceKey;
import se.coompanion.sesi.domain.competence.GapMatrix;
import se.coompanion.sesi.domain.shared.OrganisationNumber;

/** The enterprise x competence matrix of gaps (required - current), with the enterprises' names. */
public interface ShowGapMatrix {

    Result matrix();

    /**
     * @param matrix      the gaps, one row per enterprise with a rating, one column per competence of the framework
     * @param enterprises the enterprises' names from the actor register, by organisationsnummer
     * @param ranked      the rated competences in the order of the Borich ranking
     */
    record Result(GapMatrix matrix, Map<OrganisationNumber, String> enterprises, List<CompetenceKey> ranked) {

        public Result {
            enterprises = Map.copyOf(enterprises);
            ranked = List.copyOf(ranked);
        }

        /** The enterprise's name; its organisationsnummer when it has none in the register. */
        public String name(OrganisationNumber enterprise) {
            return enterprises.getOrDefault(enterprise, enterprise.formatted());
        }
    }
}
