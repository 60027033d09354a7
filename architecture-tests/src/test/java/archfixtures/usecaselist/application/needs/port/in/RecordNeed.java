package archfixtures.usecaselist.application.needs.port.in;

/** A use case. */
public interface RecordNeed {
    void record(String text);
}
