package se.coompanion.sesi.domain.synthesis;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.coompanion.sesi.domain.competence.BorichRanking;
import se.coompanion.sesi.domain.competence.CompetenceKey;
import se.coompanion.sesi.domain.needs.NeedTheme;
import se.coompanion.sesi.domain.needs.ThemeTally;
import se.coompanion.sesi.domain.shared.Theme;

/**
 * The cross-analysis the pre-study exists for: do the three sources point the same way? The themes raised by most
 * municipalities (the needs analysis) are set against the largest competence gaps (the Borich ranking of the
 * competence mapping) and against the survey's answers on a support structure, along {@link ThemeLinks}; and the
 * largest gaps against the themes. Every figure is the sources' own; this class only lines them up and counts:
 *
 * <ul>
 * <li>the <b>top themes</b> are the first {@value #TOP_THEMES} themes raised by any municipality in the order of
 *     the needs analysis (most municipalities, then most HIGH, then MEDIUM), and every theme tied with the last of
 *     them on municipalities;</li>
 * <li>the <b>top gaps</b> are the first {@value #TOP_GAPS} competences of the Borich ranking;</li>
 * <li>a theme's <b>gap signal</b>: a competence it links to is a top gap; its <b>survey signal</b>: an answer it
 *     links to was given by at least half of the valid answers ({@link SurveyIndicator.Measured#majority()});</li>
 * <li>its <b>sources</b>: how many of the three point at it (the needs always do for a top theme).</li>
 * </ul>
 *
 * @param themes the top themes, in the order of the needs analysis
 * @param gaps   the top gaps, in rank order, with the themes they speak for
 */
public record ThemeConvergence(ImmutableList<ThemeRow> themes, ImmutableList<GapRow> gaps) {

    public static final int TOP_THEMES = 5;
    public static final int TOP_GAPS = 5;

    public ThemeConvergence {
        themes = ImmutableList.copyOf(themes);
        gaps = ImmutableList.copyOf(gaps);
    }

    /**
     * @param competence the linked competence
     * @param ranked     its place in the ranking; empty when nobody rated it (or the framework lacks it)
     */
    public record LinkedGap(CompetenceKey competence, Optional<BorichRanking.Ranked> ranked) {

        public LinkedGap {
            Objects.requireNonNull(competence, "competence");
            Objects.requireNonNull(ranked, "ranked");
        }

        /** True when the competence is one of the top gaps. */
        public boolean top() {
            return ranked.map(r -> r.rank() <= TOP_GAPS).orElse(false);
        }
    }

    /**
     * @param indicator the linked answer
     * @param measured  what the survey shows; empty when the questionnaire lacks the question or nobody answered
     */
    public record LinkedAnswer(SurveyIndicator indicator, Optional<SurveyIndicator.Measured> measured) {

        public LinkedAnswer {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(measured, "measured");
        }

        public boolean majority() {
            return measured.map(SurveyIndicator.Measured::majority).orElse(false);
        }
    }

    /**
     * @param tally   the theme with the municipalities that raised it
     * @param gaps    the competences linked to it with their ranks
     * @param answers the survey answers linked to it with what they show
     */
    public record ThemeRow(ThemeTally tally, ImmutableList<LinkedGap> gaps, ImmutableList<LinkedAnswer> answers) {

        public ThemeRow {
            Objects.requireNonNull(tally, "tally");
            gaps = ImmutableList.copyOf(gaps);
            answers = ImmutableList.copyOf(answers);
        }

        public boolean gapSignal() {
            return gaps.stream().anyMatch(LinkedGap::top);
        }

        public boolean surveySignal() {
            return answers.stream().anyMatch(LinkedAnswer::majority);
        }

        /** The sources that point at the theme: the needs, and the gaps and the survey when they do (1 to 3). */
        public int sources() {
            return 1 + (gapSignal() ? 1 : 0) + (surveySignal() ? 1 : 0);
        }
    }

    /**
     * @param gap    the competence gap and its rank
     * @param themes the themes it speaks for, with how many municipalities raised each (0 when none did)
     */
    public record GapRow(BorichRanking.Ranked gap, ImmutableList<ThemeTally> themes) {

        public GapRow {
            Objects.requireNonNull(gap, "gap");
            themes = ImmutableList.copyOf(themes);
        }

        /** True when the gap speaks for a theme that some municipality raised. */
        public boolean raised() {
            return themes.stream().anyMatch(t -> t.municipalities() > 0);
        }
    }

    /**
     * Lines up the three sources.
     *
     * @param tallies  the themes of the needs analysis (not by county), in its order
     * @param ranking  the Borich ranking, rank 1 first
     * @param measured what the survey shows for the indicators of the links (indicators missing from the map have no
     *                 answer)
     * @param links    the links between themes, competences and answers
     */
    public static ThemeConvergence of(List<ThemeTally> tallies, List<BorichRanking.Ranked> ranking,
            Map<SurveyIndicator, SurveyIndicator.Measured> measured, ThemeLinks links) {
        Map<CompetenceKey, BorichRanking.Ranked> ranks = ranking.stream().collect(Collectors.toMap(
                r -> r.score().competence().key(), Function.identity(), (a, b) -> a));
        List<ThemeRow> rows = new ArrayList<>();
        for (ThemeTally tally : topThemes(tallies)) {
            Theme theme = tally.theme().theme();
            List<LinkedGap> gaps = links.competences(theme).stream()
                    .map(k -> new LinkedGap(k, Optional.ofNullable(ranks.get(k)))).toList();
            List<LinkedAnswer> answers = links.answers(theme).stream()
                    .map(i -> new LinkedAnswer(i, Optional.ofNullable(measured.get(i)))).toList();
            rows.add(new ThemeRow(tally, ImmutableList.copyOf(gaps), ImmutableList.copyOf(answers)));
        }
        List<GapRow> gaps = new ArrayList<>();
        for (BorichRanking.Ranked gap : ranking.subList(0, Math.min(TOP_GAPS, ranking.size()))) {
            List<ThemeTally> themes = links.themes(gap.score().competence().key()).stream()
                    .map(t -> tallies.stream().filter(x -> x.theme().theme() == t && x.theme().label().isEmpty()
                            && x.county().isEmpty()).findFirst().orElse(new ThemeTally(
                                    NeedTheme.of(t), Optional.empty(), 0, 0, 0, 0)))
                    .toList();
            gaps.add(new GapRow(gap, ImmutableList.copyOf(themes)));
        }
        return new ThemeConvergence(ImmutableList.copyOf(rows), ImmutableList.copyOf(gaps));
    }

    /**
     * The themes raised by most municipalities: the first {@value #TOP_THEMES} raised at all (in the tallies' order)
     * and those tied with the last of them.
     */
    public static ImmutableList<ThemeTally> topThemes(List<ThemeTally> tallies) {
        List<ThemeTally> raised = tallies.stream().filter(t -> t.county().isEmpty() && t.municipalities() > 0)
                .sorted(ThemeTally.RANKING).toList();
        if (raised.size() <= TOP_THEMES) {
            return ImmutableList.copyOf(raised);
        }
        int last = raised.get(TOP_THEMES - 1).municipalities();
        ImmutableList.Builder<ThemeTally> top = ImmutableList.builder();
        for (int i = 0; i < raised.size() && (i < TOP_THEMES || raised.get(i).municipalities() == last); i++) {
            top.add(raised.get(i));
        }
        return top.build();
    }
}
