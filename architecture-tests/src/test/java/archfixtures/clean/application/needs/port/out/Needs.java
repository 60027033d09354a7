package archfixtures.clean.application.needs.port.out;

/** An out-port. */
public interface Needs {
    void add(String text);
}
