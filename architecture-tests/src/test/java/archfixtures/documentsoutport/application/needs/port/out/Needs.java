package archfixtures.documentsoutport.application.needs.port.out;

/** An out-port. */
public interface Needs {
    int count();
}
