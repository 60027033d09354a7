package se.coompanion.sesi.application.synthesis.port.in;

import java.util.List;
import java.util.Objects;
import se.coompanion.sesi.domain.competence.CompetenceFramework;
import se.coompanion.sesi.domain.learning.LearningResults;
import se.coompanion.sesi.domain.synthesis.NeedsLearningCoverage;
import se.coompanion.sesi.domain.synthesis.PartnerCoverage;
import se.coompanion.sesi.domain.synthesis.ThemeConvergence;
import se.coompanion.sesi.domain.synthesis.ThemeLinks;

/**
 * The cross-analysis of the pre-study, computed from the evidence (docs/synthesis.md): the themes raised by most
 * municipalities against the largest competence gaps and the survey's answers on a support structure; which
 * prioritised needs the learning programme's modules address; which municipalities have no partner candidate among
 * their local actors. A {@code NotFoundException} without a pre-study.
 */
public interface ShowCrossAnalysis {

    Result analyse();

    /**
     * @param links     the links between themes, competences and survey answers the analysis follows
     * @param framework the competence framework in use (the names of the linked competences)
     * @param themes   the top themes against the gaps and the survey, and the top gaps against the themes
     * @param needs    the prioritised needs and the modules of the learning programme that address them
     * @param modules  the modules of the programme's latest version (empty without a programme)
     * @param gaps     the learning programme's own coverage of the top Borich gaps by those modules
     * @param partners the partner candidates among each municipality's local actors
     */
    record Result(ThemeLinks links, CompetenceFramework framework, ThemeConvergence themes, NeedsLearningCoverage needs,
            List<NeedsLearningCoverage.Module> modules, List<LearningResults.Coverage> gaps,
            PartnerCoverage partners) {

        public Result {
            Objects.requireNonNull(links, "links");
            Objects.requireNonNull(framework, "framework");
            Objects.requireNonNull(themes, "themes");
            Objects.requireNonNull(needs, "needs");
            modules = List.copyOf(modules);
            gaps = List.copyOf(gaps);
            Objects.requireNonNull(partners, "partners");
        }
    }
}
