package se.coompanion.sesi.application.competence;

import java.time.Clock;
import se.coompanion.sesi.application.SesiPorts;
import se.coompanion.sesi.application.competence.port.in.ImportCompetenceFramework;
import se.coompanion.sesi.application.competence.port.in.ImportRatings;
import se.coompanion.sesi.application.competence.port.in.RankCompetences;
import se.coompanion.sesi.application.competence.port.in.ShowCompetenceFramework;
import se.coompanion.sesi.application.competence.port.in.ShowGapMatrix;
import se.coompanion.sesi.application.prestudy.ActivityMeasure;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.UseCaseBoundary;

/**
 * The competence mapping in the social enterprises: the framework, the ratings, the ranking and the gap matrix.
 *
 * <p>This area's use cases, each behind its in-port and guarded by {@link UseCaseBoundary}; built by
 * {@link #create} from the out-ports. A new use case of this area is added here and nowhere else in the
 * application.
 */
public final class CompetenceUseCases {

    private final ShowCompetenceFramework showCompetenceFramework;
    private final ImportCompetenceFramework importCompetenceFramework;
    private final ImportRatings importRatings;
    private final RankCompetences rankCompetences;
    private final ShowGapMatrix showGapMatrix;

    private CompetenceUseCases(CompetenceService competence) {
        this.showCompetenceFramework = UseCaseBoundary.guard(ShowCompetenceFramework.class, competence);
        this.importCompetenceFramework = UseCaseBoundary.guard(ImportCompetenceFramework.class, competence);
        this.importRatings = UseCaseBoundary.guard(ImportRatings.class, competence);
        this.rankCompetences = UseCaseBoundary.guard(RankCompetences.class, competence);
        this.showGapMatrix = UseCaseBoundary.guard(ShowGapMatrix.class, competence);
    }

    /** This area's use cases over the out-ports, validating with {@code commands}, dating by {@code clock}. */
    public static CompetenceUseCases create(SesiPorts ports, CommandValidator commands, Clock clock) {
        CompetenceService competence = new CompetenceService(ports.competenceFrameworks(), ports.competenceRatings(),
                ports.actors(), ports.importLog(), ports.transactions(), commands, clock);
        return new CompetenceUseCases(competence);
    }

    /** What this area contributes to the pre-study's progress ({@code ShowProgress}). */
    public static ActivityMeasure progressMeasure(SesiPorts ports) {
        return new CompetenceMappingMeasure(ports.competenceRatings());
    }

    public ShowCompetenceFramework showCompetenceFramework() {
        return showCompetenceFramework;
    }

    public ImportCompetenceFramework importCompetenceFramework() {
        return importCompetenceFramework;
    }

    public ImportRatings importRatings() {
        return importRatings;
    }

    public RankCompetences rankCompetences() {
        return rankCompetences;
    }

    public ShowGapMatrix showGapMatrix() {
        return showGapMatrix;
    }
}
