package se.coompanion.sesi.domain.implementation;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import se.coompanion.sesi.domain.shared.Theme;
import se.coompanion.sesi.domain.synthesis.EvidenceReference;
import se.coompanion.sesi.domain.synthesis.Recommendation;
import se.coompanion.sesi.domain.synthesis.SurveyIndicator;
import se.coompanion.sesi.domain.synthesis.ThemeLinks;

/**
 * A result the draft proposes for an activity, with the baseline its indicator starts from, read off the evidence
 * of the recommendation the activity comes from:
 *
 * <ul>
 * <li>each competence gap cited ({@code borich:KEY}) proposes a <b>short-term</b> result: a smaller gap in the
 *     competence, measured by its mean gap among the mapped enterprises;</li>
 * <li>each survey table cited ({@code survey:VARIABLE[/GROUP]}) proposes a <b>long-term</b> result for every answer
 *     the cross-analysis links to the question ({@link ThemeLinks}) under a theme whose needs the recommendation
 *     cites (under any theme when it cites none of them), measured by its share in the group cited.</li>
 * </ul>
 *
 * Outputs are the team's to write: nothing in the evidence says how much the project will deliver.
 *
 * @param level    short-term or long-term
 * @param baseline where its indicator starts
 */
public record ResultProposal(ResultLevel level, Baseline.Measured baseline) {

    public ResultProposal {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(baseline, "baseline");
    }

    /** The results proposed for the recommendation's evidence, in the order it cites them, each baseline once. */
    public static ImmutableList<ResultProposal> of(Recommendation recommendation, ThemeLinks links) {
        Set<Theme> themes = recommendation.evidence().stream().filter(EvidenceReference.Need.class::isInstance)
                .map(r -> ((EvidenceReference.Need) r).theme().theme()).collect(Collectors.toSet());
        Map<String, ResultProposal> proposals = new LinkedHashMap<>();
        for (EvidenceReference reference : recommendation.evidence()) {
            if (reference instanceof EvidenceReference.BorichRank rank) {
                Baseline.MeanGap gap = new Baseline.MeanGap(rank.competence());
                proposals.putIfAbsent(gap.code(), new ResultProposal(ResultLevel.SHORT_TERM, gap));
            } else if (reference instanceof EvidenceReference.SurveyTable table) {
                for (SurveyIndicator indicator : indicators(links, table.variable(), themes)) {
                    Baseline.SurveyShare share = new Baseline.SurveyShare(table.variable(), table.group(),
                            indicator.codes());
                    proposals.putIfAbsent(share.code(), new ResultProposal(ResultLevel.LONG_TERM, share));
                }
            }
        }
        return ImmutableList.copyOf(proposals.values());
    }

    private static List<SurveyIndicator> indicators(ThemeLinks links, String variable, Set<Theme> themes) {
        List<SurveyIndicator> cited = themes.stream().sorted().flatMap(t -> links.answers(t).stream())
                .filter(i -> i.variable().equals(variable)).distinct().toList();
        if (!cited.isEmpty()) {
            return cited;
        }
        return links.answers().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(e -> e.getValue().stream()).filter(i -> i.variable().equals(variable)).distinct().toList();
    }
}
