package se.coompanion.sesi.application.testing;

import se.coompanion.sesi.application.SesiPorts;

/**
 * One implementation of the out-ports, fresh and empty, for a contract test: the in-memory fakes, or a database
 * adapter on a new database. Closing it removes what the test stored.
 */
public interface PortsUnderTest extends AutoCloseable {

    /** The ports; after {@link #reopen()} the ports of the same store opened again. */
    SesiPorts ports();

    /** Closes the store and opens it again (a new command on the same database); in memory nothing changes. */
    void reopen();

    @Override
    void close();

    /** The in-memory fakes of the application's tests. */
    static PortsUnderTest inMemory() {
        InMemorySesiPorts ports = new InMemorySesiPorts();
        return new PortsUnderTest() {
            @Override
            public SesiPorts ports() {
                return ports;
            }

            @Override
            public void reopen() {
                // The same objects: an in-memory store lives as long as the process.
            }

            @Override
            public void close() {
                // Nothing outside the objects.
            }
        };
    }
}
