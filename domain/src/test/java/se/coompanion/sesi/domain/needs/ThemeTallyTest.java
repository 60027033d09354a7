package se.coompanion.sesi.domain.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static se.coompanion.sesi.domain.needs.NeedsAssessmentTest.need;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.prestudy.SesiPlan;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.shared.Theme;

class ThemeTallyTest {

    private static final List<Municipality> TARGET = SesiPlan.preStudy().targetMunicipalities();

    private static NeedsAssessment with(String code, Need... needs) {
        return NeedsCoverageTest.assessment(code, AssessmentStatus.CONDUCTED).withNeeds(List.of(needs));
    }

    private final List<NeedsAssessment> assessments = List.of(
            // Sundsvall (22) raises work integration twice: counted once, under its highest priority (HIGH)
            with("2281", need(Theme.WORK_INTEGRATION, Priority.LOW, "a"), need(Theme.WORK_INTEGRATION, Priority.HIGH,
                    "b"), need(Theme.FINANCING, Priority.MEDIUM, "c")),
            // Östersund (23)
            with("2380", need(Theme.WORK_INTEGRATION, Priority.MEDIUM, "a"),
                    new Need(NeedTheme.other("Bostäder"), Priority.HIGH, com.google.common.collect.ImmutableSortedSet.of(),
                            "d", Optional.empty(), Optional.empty())),
            // Härnösand (22)
            with("2280", need(Theme.WORK_INTEGRATION, Priority.LOW, "a"),
                    new Need(NeedTheme.other("bostäder"), Priority.LOW, com.google.common.collect.ImmutableSortedSet.of(),
                            "e", Optional.empty(), Optional.empty())),
            // Gävle is outside the region: its needs are not counted
            with("2180", need(Theme.FINANCING, Priority.HIGH, "x"), need(Theme.FINANCING, Priority.HIGH, "y")));

    @Test
    void each_theme_counts_distinct_municipalities_under_their_highest_priority() {
        List<ThemeTally> tallies = ThemeTally.of(TARGET, assessments, false);

        // work integration: Sundsvall HIGH (LOW and HIGH -> HIGH), Östersund MEDIUM, Härnösand LOW = 3 = 1 + 1 + 1
        assertThat(tallies.get(0)).isEqualTo(new ThemeTally(NeedTheme.of(Theme.WORK_INTEGRATION), Optional.empty(),
                3, 1, 1, 0 + 1));
        // "Bostäder" and "bostäder" are one label: Östersund HIGH, Härnösand LOW = 2
        assertThat(tallies.get(1)).isEqualTo(new ThemeTally(NeedTheme.other("Bostäder"), Optional.empty(), 2, 1, 0, 1));
        // financing: only Sundsvall (MEDIUM); Gävle's two HIGH needs are outside the target set
        assertThat(tallies.get(2)).isEqualTo(new ThemeTally(NeedTheme.of(Theme.FINANCING), Optional.empty(), 1, 0, 1,
                0));
        // every other theme of the list is shown with 0, in the order of the list; OTHER without a label is not
        assertThat(tallies).hasSize(3 + 7);
        assertThat(tallies.subList(3, 10)).allSatisfy(t -> assertThat(t.municipalities()).isZero())
                .extracting(t -> t.theme().theme()).containsExactly(Theme.SKILLS_SUPPLY, Theme.PUBLIC_PROCUREMENT,
                        Theme.SERVICE_IN_SPARSE_AREAS, Theme.BUSINESS_DEVELOPMENT, Theme.COLLABORATION_STRUCTURE,
                        Theme.KNOWLEDGE_AND_STATUS, Theme.WOMENS_ENTREPRENEURSHIP);
    }

    @Test
    void split_by_county_each_county_has_its_own_rows() {
        List<ThemeTally> tallies = ThemeTally.of(TARGET, assessments, true);

        // county 22: work integration in Sundsvall (HIGH) and Härnösand (LOW)
        assertThat(tallies).filteredOn(t -> t.county().orElseThrow().code().equals("22")).first()
                .isEqualTo(new ThemeTally(NeedTheme.of(Theme.WORK_INTEGRATION), Optional.of(
                        se.coompanion.sesi.domain.shared.County.of("22")), 2, 1, 0, 1));
        // county 23: Östersund's label (HIGH) ties with work integration (MEDIUM) on 1 municipality; HIGH first
        assertThat(tallies).filteredOn(t -> t.county().orElseThrow().code().equals("23")).extracting(
                t -> t.theme().code()).startsWith("OTHER: Bostäder", "WORK_INTEGRATION");
        // 22: 9 themes of the list + the label; 23: 9 + the label
        assertThat(tallies).hasSize(10 + 10);
    }
}
