package archfixtures.adaptername.application.needs.port.out;

/** An out-port. */
public interface Needs {
    void add(String text);
}
