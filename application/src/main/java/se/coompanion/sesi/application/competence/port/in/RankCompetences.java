package se.coompanion.sesi.application.competence.port.in;

import java.util.List;
import se.coompanion.sesi.domain.competence.BorichRanking;
import se.coompanion.sesi.domain.competence.Competence;
import se.coompanion.sesi.domain.competence.CompetenceFramework;

/**
 * The competences ranked by the Borich mean weighted discrepancy score over the enterprises that rated them
 * (domain.md): highest first, each with N, its mean gap and the number of enterprises with a gap of 2 or more.
 */
public interface RankCompetences {

    Result rank();

    /**
     * @param framework   the framework in use
     * @param ranking     the rated competences, highest MWDS first
     * @param unrated     the competences nobody rated (no score), in the framework's order
     * @param enterprises the enterprises that rated anything
     */
    record Result(CompetenceFramework framework, List<BorichRanking.Ranked> ranking, List<Competence> unrated,
            int enterprises) {

        public Result {
            ranking = List.copyOf(ranking);
            unrated = List.copyOf(unrated);
        }
    }
}
