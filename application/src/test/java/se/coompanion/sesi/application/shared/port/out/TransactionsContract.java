package se.coompanion.sesi.application.shared.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.shared.ImportRecord;
import se.coompanion.sesi.application.testing.PortContract;
import se.coompanion.sesi.domain.prestudy.SesiPlan;

/**
 * The contract of the {@link Transactions} out-port, for every implementation: all of the work is kept, or none of
 * it, across every port; a nested call joins the outer transaction (it neither commits nor rolls back on its own).
 */
public abstract class TransactionsContract extends PortContract {

    private static final Instant NOW = Instant.parse("2024-04-02T10:15:30Z");

    private static ImportRecord record(String kind) {
        return new ImportRecord(kind, "b".repeat(64), kind + ".csv", 3, 3, 0, NOW);
    }

    @Test
    void committed_work_is_kept_and_its_result_returned() {
        String result = ports().transactions().inTransaction(() -> {
            ports().importLog().add(record("actors"));
            ports().preStudies().add(SesiPlan.preStudy(), NOW);
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(tx(ports().importLog()::all)).containsExactly(record("actors"));
        assertThat(tx(ports().preStudies()::find)).contains(SesiPlan.preStudy());
    }

    @Test
    void work_that_fails_leaves_nothing_in_any_port_and_its_exception_comes_out() {
        IllegalStateException failure = new IllegalStateException("the work failed");

        assertThatThrownBy(() -> ports().transactions().run(() -> {
            ports().importLog().add(record("actors"));
            ports().preStudies().add(SesiPlan.preStudy(), NOW);
            throw failure;
        })).isSameAs(failure);

        assertThat(tx(ports().importLog()::all)).isEmpty();
        assertThat(tx(ports().preStudies()::find)).isEmpty();
    }

    @Test
    void a_nested_call_joins_the_outer_transaction() {
        assertThatThrownBy(() -> ports().transactions().run(() -> {
            ports().transactions().run(() -> ports().importLog().add(record("inner")));
            ports().importLog().add(record("outer"));
            throw new IllegalStateException("the outer work failed after the inner had returned");
        })).hasMessageContaining("outer work failed");
        assertThat(tx(ports().importLog()::all)).as("the inner work was not committed on its own").isEmpty();

        ports().transactions().run(() -> {
            try {
                ports().transactions().run(() -> {
                    ports().importLog().add(record("inner"));
                    throw new IllegalStateException("the inner work failed");
                });
            } catch (IllegalStateException handled) {
                ports().importLog().add(record("outer"));
            }
        });
        assertThat(tx(ports().importLog()::all)).as("the outer transaction decides, not the inner call")
                .containsExactlyInAnyOrder(record("inner"), record("outer"));
    }

    @Test
    void a_bulk_transaction_is_all_or_nothing_and_joins_an_outer_one() {
        assertThatThrownBy(() -> ports().transactions().inBulkTransaction(() -> {
            ports().importLog().add(record("bulk"));
            throw new IllegalStateException("the import failed");
        })).hasMessageContaining("import failed");
        assertThat(tx(ports().importLog()::all)).isEmpty();

        int stored = ports().transactions().inBulkTransaction(() -> {
            ports().importLog().add(record("bulk"));
            return ports().transactions().inTransaction(() -> {
                ports().importLog().add(record("nested"));
                return ports().importLog().all().size();
            });
        });
        assertThat(stored).isEqualTo(2);

        assertThatThrownBy(() -> ports().transactions().run(() -> {
            ports().transactions().inBulkTransaction(() -> {
                ports().importLog().add(record("in-outer"));
                return null;
            });
            throw new IllegalStateException("the outer work failed");
        })).hasMessageContaining("outer work failed");
        assertThat(tx(ports().importLog()::all)).extracting(ImportRecord::kind)
                .containsExactlyInAnyOrder("bulk", "nested");
    }
}
