package se.coompanion.sesi.application.testing;

import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import se.coompanion.sesi.application.SesiPorts;

/**
 * Base of the out-port contract tests (docs/architecture.md, "How an area plugs in"). A contract is written against
 * the out-ports only, so that every implementation runs the same tests: a subclass per implementation says which
 * ({@code <Port>InMemoryTest} here, {@code <Port>H2Test} and {@code <Port>PostgresTest} in the persistence adapter).
 * Each test gets fresh, empty ports.
 */
public abstract class PortContract {

    private PortsUnderTest underTest;

    /** A fresh, empty implementation of the ports. Called once per test, and again for a second store. */
    protected abstract PortsUnderTest open();

    @BeforeEach
    void openPorts() {
        underTest = open();
    }

    @AfterEach
    void closePorts() {
        if (underTest != null) {
            underTest.close();
        }
    }

    protected SesiPorts ports() {
        return underTest.ports();
    }

    /** The work in one transaction of the ports under test. */
    protected <T> T tx(Supplier<T> work) {
        return ports().transactions().inTransaction(work);
    }

    /** Closes the store and opens it again, as the next command on the same database would. */
    protected void reopen() {
        underTest.reopen();
    }
}
