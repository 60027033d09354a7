package archfixtures.documentsoutport.application.needs.port.in;

/** A use case. */
public interface TallyNeeds {
    int tally();
}
