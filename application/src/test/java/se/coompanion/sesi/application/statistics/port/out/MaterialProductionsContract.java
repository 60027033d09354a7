package se.coompanion.sesi.application.statistics.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.testing.PortContract;
import se.coompanion.sesi.domain.statistics.MaterialFormat;
import se.coompanion.sesi.domain.statistics.MaterialProduction;

/** The contract of the {@link MaterialProductions} out-port, for every implementation. */
public abstract class MaterialProductionsContract extends PortContract {

    private static final MaterialProduction MAY = new MaterialProduction(Instant.parse("2024-05-02T08:00:00Z"),
            MaterialFormat.HTML, "sv");
    private static final MaterialProduction JUNE = new MaterialProduction(Instant.parse("2024-06-10T13:45:10.250Z"),
            MaterialFormat.MARKDOWN, "en");
    private static final MaterialProduction JUNE_AGAIN = new MaterialProduction(JUNE.producedAt(),
            MaterialFormat.HTML, "en");

    private MaterialProductions productions() {
        return ports().materialProductions();
    }

    @Test
    void nothing_produced_yet() {
        assertThat(ports().transactions().inTransaction(productions()::latest)).isEmpty();
        assertThat(ports().transactions().inTransaction(productions()::count)).isZero();
    }

    @Test
    void the_latest_production_is_the_latest_time_and_the_last_recorded_among_equal_times() {
        ports().transactions().run(() -> {
            productions().add(JUNE);
            productions().add(MAY);
        });
        assertThat(ports().transactions().inTransaction(productions()::latest)).contains(JUNE);

        ports().transactions().run(() -> productions().add(JUNE_AGAIN));

        assertThat(ports().transactions().inTransaction(productions()::latest)).contains(JUNE_AGAIN);
        assertThat(ports().transactions().inTransaction(productions()::count)).isEqualTo(3);
    }

    @Test
    void a_pdf_production_is_kept_with_its_format() {
        MaterialProduction pdf = new MaterialProduction(Instant.parse("2024-07-01T09:00:00Z"), MaterialFormat.PDF,
                "sv");
        ports().transactions().run(() -> productions().add(pdf));

        assertThat(ports().transactions().inTransaction(productions()::latest)).contains(pdf);
    }
}
