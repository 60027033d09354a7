package archfixtures.clioutport.application.needs.port.out;

/** An out-port. */
public interface Needs {
    int count();
}
