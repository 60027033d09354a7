package se.coompanion.sesi.domain.needs;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import se.coompanion.sesi.domain.shared.County;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.shared.Theme;

/**
 * How many municipalities of the target set raised a theme, split by priority (and by county when asked). A
 * municipality counts once per theme, under the highest priority it gave the theme, so that high + medium + low
 * is the number of municipalities. Every theme of the default list is shown, also when nobody raised it (that is a
 * result too); OTHER appears only as raised, once per label.
 *
 * @param theme          the theme
 * @param county         the county, when split by county
 * @param municipalities the municipalities that raised it
 * @param high           of which with high priority
 * @param medium         of which with medium priority (and none high)
 * @param low            of which with low priority only
 */
public record ThemeTally(NeedTheme theme, Optional<County> county, int municipalities, int high, int medium,
        int low) {

    /** Most municipalities first, then most high, then most medium; ties in the order of the theme list. */
    public static final Comparator<ThemeTally> RANKING = Comparator
            .comparing((ThemeTally t) -> t.county().map(County::code).orElse(""))
            .thenComparing(ThemeTally::municipalities, Comparator.reverseOrder())
            .thenComparing(ThemeTally::high, Comparator.reverseOrder())
            .thenComparing(ThemeTally::medium, Comparator.reverseOrder())
            .thenComparing(ThemeTally::theme);

    public ThemeTally {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(county, "county");
        if (high + medium + low != municipalities || high < 0 || medium < 0 || low < 0) {
            throw new IllegalArgumentException("priorities do not add up to the municipalities of " + theme);
        }
    }

    /**
     * The themes raised in the target set.
     *
     * @param targetSet   the municipalities that count
     * @param assessments every assessment (those outside the target set are left out)
     * @param byCounty    true for one set of rows per county of the target set
     */
    public static ImmutableList<ThemeTally> of(Collection<Municipality> targetSet,
            Collection<NeedsAssessment> assessments, boolean byCounty) {
        ImmutableSortedSet<Municipality> set = ImmutableSortedSet.copyOf(targetSet);
        // group -> theme -> municipality -> highest priority
        Map<Optional<County>, Map<NeedTheme, Map<Municipality, Priority>>> raised = new HashMap<>();
        TreeSet<Optional<County>> groups = new TreeSet<>(Comparator.comparing(c -> c.map(County::code).orElse("")));
        if (byCounty) {
            set.forEach(m -> groups.add(Optional.of(m.county())));
        } else {
            groups.add(Optional.empty());
        }
        for (NeedsAssessment assessment : assessments) {
            Municipality municipality = assessment.municipality();
            if (!set.contains(municipality)) {
                continue;
            }
            Optional<County> group = byCounty ? Optional.of(municipality.county()) : Optional.empty();
            for (Need need : assessment.needs()) {
                raised.computeIfAbsent(group, g -> new TreeMap<>())
                        .computeIfAbsent(need.theme(), t -> new HashMap<>())
                        .merge(municipality, need.priority(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        List<ThemeTally> tallies = new ArrayList<>();
        for (Optional<County> group : groups) {
            Map<NeedTheme, Map<Municipality, Priority>> themes = new TreeMap<>(raised.getOrDefault(group, Map.of()));
            for (Theme theme : Theme.values()) {
                if (theme != Theme.OTHER) {
                    themes.putIfAbsent(NeedTheme.of(theme), Map.of());
                }
            }
            themes.forEach((theme, municipalities) -> {
                Map<Priority, Integer> counts = new EnumMap<>(Priority.class);
                municipalities.values().forEach(p -> counts.merge(p, 1, Integer::sum));
                tallies.add(new ThemeTally(theme, group, municipalities.size(), counts.getOrDefault(Priority.HIGH, 0),
                        counts.getOrDefault(Priority.MEDIUM, 0), counts.getOrDefault(Priority.LOW, 0)));
            });
        }
        return tallies.stream().sorted(RANKING).collect(ImmutableList.toImmutableList());
    }
}
