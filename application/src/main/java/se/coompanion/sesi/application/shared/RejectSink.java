package se.coompanion.sesi.application.shared;

import java.util.List;

/** Where an import that keeps the valid rows puts the rejected ones, with their reasons. */
@FunctionalInterface
public interface RejectSink {

    void reject(List<String> header, TabularRow row, List<Problem> problems);
}
