package se.coompanion.sesi.application.statistics.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.testing.PortContract;
import se.coompanion.sesi.domain.shared.Percentage;
import se.coompanion.sesi.domain.statistics.Figure;
import se.coompanion.sesi.domain.statistics.FigureValues;
import se.coompanion.sesi.domain.statistics.Indicator;
import se.coompanion.sesi.domain.statistics.Region;
import se.coompanion.sesi.domain.statistics.Source;

/** The contract of the {@link StatisticalFigures} out-port, for every implementation. */
public abstract class StatisticalFiguresContract extends PortContract {

    static final Figure OWNERS = new Figure(Indicator.of("Företagare"), Region.SWEDEN, 2013,
            new FigureValues.Counts(119_800, 304_200), Source.of("SCB", "AKU 2013", null, null), false);
    static final Figure NEW_FIRMS = new Figure(Indicator.of("nystartade företag"), Region.SWEDEN, 2022,
            new FigureValues.Percents(Percentage.of(31), Optional.empty(), OptionalLong.of(73_183)),
            new Source("Tillväxtanalys", "Nystartade företag 2022", OptionalInt.of(2023),
                    Optional.of("https://example.org/a?b=1&c=2")), false);
    static final Figure EXAMPLE = new Figure(Indicator.of("nystartade företag"), Region.parse("2281"), 2022,
            new FigureValues.Percents(Percentage.parse("29.55"), Optional.of(Percentage.parse("70.45")),
                    OptionalLong.empty()), Source.of("Exempeldata", "Påhittat", null, null), true);

    private StatisticalFigures figures() {
        return ports().statisticalFigures();
    }

    @Test
    void figures_come_back_exactly_as_stored() {
        ports().transactions().run(() -> figures().addAll(List.of(OWNERS, NEW_FIRMS, EXAMPLE)));

        assertThat(tx(figures()::all)).containsExactly(OWNERS, NEW_FIRMS, EXAMPLE);
        assertThat(tx(figures()::all)).first().satisfies(f -> assertThat(f.indicator().name()).isEqualTo("Företagare"));
        assertThat(tx(figures()::count)).isEqualTo(3);
    }

    @Test
    void one_figure_per_indicator_in_any_case_region_and_year() {
        ports().transactions().run(() -> figures().addAll(List.of(OWNERS)));
        Figure again = new Figure(Indicator.of("FÖRETAGARE"), Region.SWEDEN, 2013, new FigureValues.Counts(1, 2),
                Source.of("X", "Y", null, null), false);

        assertThatThrownBy(() -> ports().transactions().run(() -> figures().addAll(List.of(again))))
                .isInstanceOf(ConflictException.class);
        assertThat(tx(figures()::all)).containsExactly(OWNERS);
    }

    @Test
    void removing_by_key_makes_room_for_a_replacement() {
        ports().transactions().run(() -> figures().addAll(List.of(OWNERS, NEW_FIRMS)));
        Figure corrected = new Figure(Indicator.of("företagare"), Region.SWEDEN, 2013,
                new FigureValues.Counts(119_800, 304_200), Source.of("SCB", "AKU 2013, rättad", 2014, null), false);

        ports().transactions().run(() -> {
            figures().removeAll(List.of(corrected.key(), EXAMPLE.key()));
            figures().addAll(List.of(corrected));
        });

        assertThat(tx(figures()::all)).containsExactlyInAnyOrder(NEW_FIRMS, corrected);
    }

    @Test
    void more_figures_than_one_batch_are_stored() {
        List<Figure> many = new ArrayList<>();
        for (int year = 1900; year <= 2100; year++) {
            for (String region : List.of("SE", "22", "23", "2281", "2380", "2284")) {
                many.add(new Figure(Indicator.of("företagare"), Region.parse(region), year,
                        new FigureValues.Counts(year, 2 * year), Source.of("Exempeldata", "Påhittat", null, null), true));
            }
        }

        ports().transactions().run(() -> figures().addAll(many));

        assertThat(tx(figures()::count)).isEqualTo(many.size()).isGreaterThan(1_000);
        assertThat(tx(figures()::all)).containsExactlyElementsOf(many);
    }
}
