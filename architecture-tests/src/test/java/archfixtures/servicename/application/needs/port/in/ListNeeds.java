package archfixtures.servicename.application.needs.port.in;

/** A use case. */
public interface ListNeeds {
    java.util.List<String> list();
}
