package se.coompanion.sesi.domain.synthesis;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.List;
import java.util.Objects;
import se.coompanion.sesi.domain.competence.CompetenceKey;
import se.coompanion.sesi.domain.needs.ThemeTally;

/**
 * Which of the prioritised needs the learning programme's prototype addresses, and which it leaves open. The
 * <b>prioritised needs</b> are the themes some municipality raised with priority HIGH, in the order of the needs
 * analysis. A theme is <b>covered</b> when a module of the programme's latest version addresses a competence linked
 * to the theme ({@link ThemeLinks}); a theme no competence is linked to cannot be covered by a learning module, and
 * is shown as not covered for that reason. (Which of the largest competence gaps the modules address is the learning
 * programme's own result, its coverage of the Borich ranking.)
 *
 * @param rows one per prioritised theme
 */
public record NeedsLearningCoverage(ImmutableList<Row> rows) {

    public NeedsLearningCoverage {
        rows = ImmutableList.copyOf(rows);
    }

    /**
     * A module of the programme as the coverage needs it.
     *
     * @param key         the module's key ({@code M1})
     * @param title       its title
     * @param competences the competences it addresses
     */
    public record Module(String key, String title, ImmutableSortedSet<CompetenceKey> competences) {

        public Module {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(title, "title");
            competences = ImmutableSortedSet.copyOf(competences);
        }
    }

    /**
     * @param tally      the theme with the municipalities that raised it (and how many with HIGH)
     * @param linked     the competences linked to the theme
     * @param addressing the modules that address one of them, in the programme's order
     */
    public record Row(ThemeTally tally, ImmutableList<CompetenceKey> linked, ImmutableList<Module> addressing) {

        public Row {
            Objects.requireNonNull(tally, "tally");
            linked = ImmutableList.copyOf(linked);
            addressing = ImmutableList.copyOf(addressing);
        }

        public boolean covered() {
            return !addressing.isEmpty();
        }

        /** True when no competence is linked to the theme, so no module can address it. */
        public boolean unlinked() {
            return linked.isEmpty();
        }
    }

    /**
     * @param tallies the themes of the needs analysis (not by county)
     * @param modules the modules of the programme's latest version, in order (empty without a programme)
     * @param links   the links between themes and competences
     */
    public static NeedsLearningCoverage of(List<ThemeTally> tallies, List<Module> modules, ThemeLinks links) {
        return new NeedsLearningCoverage(tallies.stream()
                .filter(t -> t.county().isEmpty() && t.high() > 0)
                .sorted(ThemeTally.RANKING)
                .map(t -> {
                    ImmutableList<CompetenceKey> linked = links.competences(t.theme().theme());
                    return new Row(t, linked, modules.stream()
                            .filter(m -> linked.stream().anyMatch(m.competences()::contains))
                            .collect(ImmutableList.toImmutableList()));
                })
                .collect(ImmutableList.toImmutableList()));
    }

    /** The prioritised themes no module addresses. */
    public ImmutableList<Row> open() {
        return rows.stream().filter(r -> !r.covered()).collect(ImmutableList.toImmutableList());
    }
}
