package se.coompanion.sesi.application.shared.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.shared.DatabaseInfo;
import se.coompanion.sesi.application.testing.PortContract;

/** The contract of the {@link DatabaseDetails} out-port, for every implementation. */
public abstract class DatabaseDetailsContract extends PortContract {

    @Test
    void the_store_is_described_by_its_product_location_and_schema_version() {
        DatabaseInfo info = tx(ports().databaseDetails()::describe);

        assertThat(info.product()).isNotBlank();
        assertThat(info.location()).isNotBlank().doesNotContainIgnoringCase("password");
        assertThat(info.schemaVersion()).isNotBlank();
        info.sizeBytes().ifPresent(size -> assertThat(size).as("a size, when known, is that of a file").isPositive());
    }

    @Test
    void the_description_stays_the_same_while_nothing_changes() {
        DatabaseInfo first = tx(ports().databaseDetails()::describe);
        DatabaseInfo second = tx(ports().databaseDetails()::describe);

        assertThat(second.product()).isEqualTo(first.product());
        assertThat(second.location()).isEqualTo(first.location());
        assertThat(second.schemaVersion()).isEqualTo(first.schemaVersion());
    }
}
