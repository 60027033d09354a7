package se.coompanion.sesi.domain.synthesis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.coompanion.sesi.domain.competence.CompetenceKey;
import se.coompanion.sesi.domain.shared.Theme;

/**
 * Which competences of the framework and which answers of the survey speak for each theme of the needs: the links
 * the cross-analysis follows to set the themes the municipalities raised against the competence gaps and the
 * survey's answers on a support structure, and to see which needs the learning programme's modules address. A link
 * is a definition, like the framework itself; every figure along it is computed from the evidence.
 *
 * <p>{@link #STANDARD} links the themes to the competences of the standard framework (docs/competence.md) and to the
 * questions of the SESI questionnaire (docs/examples/sesi-enkat.csv). A competence or a question that the project's
 * own framework or questionnaire lacks is simply not found, and the analysis says so. Themes no competence speaks for
 * (service in sparse areas, women's entrepreneurship) have no competence link: a learning programme does not meet
 * such a need by itself, and the analysis says that too.
 *
 * @param competences the competences that speak for a theme
 * @param answers     the survey answers that speak for a theme
 */
public record ThemeLinks(ImmutableMap<Theme, ImmutableList<CompetenceKey>> competences,
        ImmutableMap<Theme, ImmutableList<SurveyIndicator>> answers) {

    /** The LIKERT_5 points that agree: 4 "to a large extent" and 5 "fully". */
    private static final String[] AGREES = {"4", "5"};

    public static final ThemeLinks STANDARD = standard();

    public ThemeLinks {
        competences = ImmutableMap.copyOf(Objects.requireNonNull(competences, "competences"));
        answers = ImmutableMap.copyOf(Objects.requireNonNull(answers, "answers"));
    }

    /** The competences that speak for the theme, in the order of the link; empty when none does. */
    public ImmutableList<CompetenceKey> competences(Theme theme) {
        return competences.getOrDefault(theme, ImmutableList.of());
    }

    /** The survey answers that speak for the theme; empty when none does. */
    public ImmutableList<SurveyIndicator> answers(Theme theme) {
        return answers.getOrDefault(theme, ImmutableList.of());
    }

    /** The themes a competence speaks for, in the themes' order. */
    public ImmutableList<Theme> themes(CompetenceKey competence) {
        return competences.entrySet().stream().filter(e -> e.getValue().contains(competence))
                .map(Map.Entry::getKey).sorted().collect(ImmutableList.toImmutableList());
    }

    /** Every variable an indicator reads, once, in the themes' order. */
    public ImmutableList<String> variables() {
        return answers.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(e -> e.getValue().stream()).map(SurveyIndicator::variable).distinct()
                .collect(ImmutableList.toImmutableList());
    }

    private static ThemeLinks standard() {
        Map<Theme, ImmutableList<CompetenceKey>> competences = new EnumMap<>(Theme.class);
        competences.put(Theme.WORK_INTEGRATION, keys("work_integration_supervision", "work_environment"));
        competences.put(Theme.SKILLS_SUPPLY, keys("work_integration_supervision", "mobilising_others"));
        competences.put(Theme.PUBLIC_PROCUREMENT, keys("public_procurement"));
        competences.put(Theme.FINANCING, keys("financing_and_grants", "financial_management"));
        competences.put(Theme.BUSINESS_DEVELOPMENT, keys("marketing_and_sales", "spotting_opportunities",
                "planning_management"));
        competences.put(Theme.COLLABORATION_STRUCTURE, keys("public_sector_cooperation", "working_with_others"));
        competences.put(Theme.KNOWLEDGE_AND_STATUS, keys("impact_measurement"));
        Map<Theme, ImmutableList<SurveyIndicator>> answers = new EnumMap<>(Theme.class);
        answers.put(Theme.WORK_INTEGRATION, ImmutableList.of(SurveyIndicator.of("behov_handledning", AGREES)));
        answers.put(Theme.SKILLS_SUPPLY, ImmutableList.of(SurveyIndicator.of("stod_onskat", "2")));
        answers.put(Theme.PUBLIC_PROCUREMENT, ImmutableList.of(SurveyIndicator.of("behov_upphandling", AGREES)));
        answers.put(Theme.FINANCING, ImmutableList.of(SurveyIndicator.of("behov_finansiering", AGREES),
                SurveyIndicator.of("stod_onskat", "4")));
        answers.put(Theme.BUSINESS_DEVELOPMENT, ImmutableList.of(SurveyIndicator.of("stod_onskat", "1")));
        answers.put(Theme.COLLABORATION_STRUCTURE, ImmutableList.of(SurveyIndicator.of("stodstruktur", "1", "2"),
                SurveyIndicator.of("stod_onskat", "3"), SurveyIndicator.of("stod_onskat", "5")));
        return new ThemeLinks(ImmutableMap.copyOf(competences), ImmutableMap.copyOf(answers));
    }

    private static ImmutableList<CompetenceKey> keys(String... keys) {
        return List.of(keys).stream().map(CompetenceKey::new).collect(ImmutableList.toImmutableList());
    }
}
