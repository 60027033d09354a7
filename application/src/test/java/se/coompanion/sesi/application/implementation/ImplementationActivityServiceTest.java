package se.coompanion.sesi.application.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.implementation.port.in.EditActivities;
import se.coompanion.sesi.application.implementation.port.in.EditResults;
import se.coompanion.sesi.application.implementation.port.in.Edited;
import se.coompanion.sesi.application.implementation.port.in.GroundsChange;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.domain.implementation.ActivityId;
import se.coompanion.sesi.domain.implementation.ActivityStatus;
import se.coompanion.sesi.domain.implementation.Baseline;
import se.coompanion.sesi.domain.implementation.ExpectedResult;
import se.coompanion.sesi.domain.implementation.ImplementationDraft;
import se.coompanion.sesi.domain.implementation.IndicatorUnit;
import se.coompanion.sesi.domain.implementation.ProjectActivity;
import se.coompanion.sesi.domain.implementation.ResultLevel;

class ImplementationActivityServiceTest {

    private final ImplementationFixture fixture = ImplementationFixture.drafted();

    private ProjectActivity activity(int number) {
        return fixture.ports.implementationDrafts().find().orElseThrow().activity(new ActivityId(number));
    }

    private Edited activities(EditActivities.Command command) {
        return fixture.sesi.implementation().editActivities().edit(command);
    }

    private Edited results(EditResults.Command command) {
        return fixture.sesi.implementation().editResults().edit(command);
    }

    @Test
    void activities_are_accepted_merged_dropped_and_taken_back() {
        Edited added = activities(new EditActivities.Add("Nätverk för upphandlare", null, List.of(), List.of(
                "need:2281/PUBLIC_PROCUREMENT"), List.of("M2")));
        activities(new EditActivities.Accept(List.of("A1", "a3")));
        activities(new EditActivities.Merge("A3", "A1"));
        activities(new EditActivities.Drop("A2", "Ryms inte i budgeten"));

        assertThat(added.changed()).isEqualTo("A3");
        assertThat(activity(1).status()).isEqualTo(ActivityStatus.ACCEPTED);
        assertThat(activity(1).grounds().evidence()).extracting(e -> e.code())
                .containsExactly("need:2281/PUBLIC_PROCUREMENT");
        assertThat(activity(1).modules()).extracting(Object::toString).containsExactly("1/M1", "1/M2");
        assertThat(activity(3).status()).isEqualTo(ActivityStatus.MERGED);
        assertThat(activity(2).dropReason()).contains("Ryms inte i budgeten");
        assertThatThrownBy(() -> activities(new EditActivities.Merge("A1", "A2"))).isInstanceOf(
                ConflictException.class).hasMessageContaining("A2 is dropped");
        assertThatThrownBy(() -> activities(new EditActivities.Change("A3", "Ny", null, GroundsChange.NONE,
                List.of(), List.of()))).isInstanceOf(ConflictException.class)
                .hasMessage("Activity A3 was merged into A1: change A1 instead");
        assertThatThrownBy(() -> activities(new EditActivities.Accept(List.of("A9"))))
                .isInstanceOf(NotFoundException.class).hasMessage("There is no activity A9");
        activities(new EditActivities.Accept(List.of("A2")));
        assertThat(activity(2).status()).isEqualTo(ActivityStatus.ACCEPTED);
        assertThat(activity(2).dropReason()).isEmpty();
    }

    @Test
    void an_activity_changes_its_texts_grounds_and_modules_and_cites_only_what_exists() {
        activities(new EditActivities.Change("A2", "Finansiering efter projektet", "", new GroundsChange(List.of(1),
                List.of(2), List.of("finding:1"), List.of()), List.of("1/M1"), List.of()));

        ProjectActivity changed = activity(2);
        assertThat(changed.title()).isEqualTo("Finansiering efter projektet");
        assertThat(changed.description()).isEmpty();
        assertThat(changed.grounds().recommendations()).containsExactly(1);
        assertThat(changed.modules()).extracting(Object::toString).containsExactly("1/M1");
        assertThatThrownBy(() -> activities(new EditActivities.Change("A2", null, null, GroundsChange.NONE,
                List.of("1/M7"), List.of()))).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Module M7 is not in version 1");
        assertThatThrownBy(() -> activities(new EditActivities.Change("A2", null, null, GroundsChange.NONE,
                List.of(), List.of("1/M2")))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("does not train with module 1/M2");
        assertThatThrownBy(() -> activities(new EditActivities.Change("A2", null, null, new GroundsChange(List.of(),
                List.of(2), List.of(), List.of()), List.of(), List.of()))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Recommendation 2 is not cited");
        assertThatThrownBy(() -> activities(new EditActivities.Add("Ny", null, List.of(5), List.of(), List.of())))
                .isInstanceOf(NotFoundException.class);
        assertThat(activity(2)).isEqualTo(changed);
    }

    @Test
    void results_get_an_indicator_with_a_measured_or_stated_baseline_and_a_target() {
        Edited output = results(new EditResults.Add("A1", "prestation", "Kurser i upphandling", "Antal kurstillfällen",
                null, "COUNT", "0", "Inga kurser i regionen i dag", "6"));
        Edited share = results(new EditResults.Add("A2", "LONG_TERM", "Fler vill delta", "Andel som vill delta",
                "survey:stodstruktur=1+2", null, null, null, "70"));
        results(new EditResults.Change("A1/1", null, "Medelgap i upphandling", null, null, null, false, "1,5", false));
        results(new EditResults.Change("A1/2", null, null, null, null, null, false, "30", false));

        assertThat(output.changed()).isEqualTo("A1/3");
        assertThat(share.changed()).isEqualTo("A2/2");
        ExpectedResult courses = activity(1).result(3).orElseThrow();
        assertThat(courses.level()).isEqualTo(ResultLevel.OUTPUT);
        assertThat(courses.indicator().baseline()).contains(new Baseline.Stated(IndicatorUnit.COUNT, BigDecimal.ZERO,
                Optional.of("Inga kurser i regionen i dag")));
        assertThat(courses.indicator().target()).contains(new BigDecimal("6.00"));
        assertThat(activity(2).result(2).orElseThrow().indicator().unit()).isEqualTo(IndicatorUnit.PERCENT);
        assertThat(activity(1).results()).extracting(r -> r.number(), r -> r.indicator().name(),
                r -> r.indicator().target().map(BigDecimal::toPlainString).orElse("")).containsExactly(
                        tuple(1, "Medelgap i upphandling", "1.50"),
                        tuple(2, activity(1).result(2).orElseThrow().indicator().name(), "30.00"),
                        tuple(3, "Antal kurstillfällen", "6.00"));

        results(new EditResults.Change("A1/3", null, null, null, null, null, true, null, true));
        results(new EditResults.Remove("A2/1"));
        assertThat(activity(1).result(3).orElseThrow().indicator().baseline()).isEmpty();
        assertThat(activity(1).result(3).orElseThrow().indicator().target()).isEmpty();
        assertThat(activity(2).results()).extracting(ExpectedResult::number).containsExactly(2);
    }

    @Test
    void a_result_with_a_bad_unit_baseline_or_target_is_refused_with_every_problem() {
        ImplementationDraft before = fixture.ports.implementationDrafts().find().orElseThrow();

        assertThatThrownBy(() -> results(new EditResults.Add("A1", "OUTPUT", "Kurser", "Antal", null, null, null,
                null, null))).isInstanceOf(InvalidInputException.class).hasMessageContaining("give the unit");
        assertThatThrownBy(() -> results(new EditResults.Add("A1", "OUTPUT", "Kurser", "Antal",
                "borich:public_procurement", "PERCENT", null, null, null))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("its unit is per cent, but its baseline is measured in score");
        assertThatThrownBy(() -> results(new EditResults.Add("A1", "OUTPUT", "Kurser", "Antal",
                "borich:public_procurement", null, "2", null, "9"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not both").hasMessageContaining("-5 to 5");
        assertThatThrownBy(() -> results(new EditResults.Add("A1", "OUTPUT", "Kurser", "Antal",
                "survey:no_such=1", null, null, null, null))).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no_such");
        assertThatThrownBy(() -> results(new EditResults.Add("A1", "sometime", "Kurser", "Antal", null, "COUNT",
                "2,5", null, null))).isInstanceOf(InvalidInputException.class).hasMessageContaining("sometime")
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> results(new EditResults.Change("A1/9", null, null, null, null, null, false, "1",
                false))).isInstanceOf(NotFoundException.class).hasMessageContaining("Activity A1 has no result 9");
        assertThatThrownBy(() -> results(new EditResults.Change("A1", null, null, null, null, null, false, "1",
                false))).isInstanceOf(InvalidInputException.class).hasMessageContaining("for example A1/2");
        assertThatThrownBy(() -> results(new EditResults.Change("A1/1", null, null, null, null, null, false, "1",
                true))).isInstanceOf(InvalidInputException.class).hasMessageContaining("not both");
        assertThat(fixture.ports.implementationDrafts().find().orElseThrow()).isEqualTo(before);
    }
}
