package archfixtures.outport.application.needs.port.out;

/** Violation: an out-port that is a class. */
public class NeedsStore {
    public void add(String text) {
        // stored
    }
}
