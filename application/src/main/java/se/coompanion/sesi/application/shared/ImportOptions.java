package se.coompanion.sesi.application.shared;

import java.util.Optional;

/**
 * How an import treats bad rows. By default it is all-or-nothing: one bad row and nothing is stored. With
 * {@code skipInvalid} the valid rows are stored and each rejected row goes to the reject sink with its reasons.
 *
 * @param skipInvalid store the valid rows and reject the others
 * @param rejects     where rejected rows go; required with {@code skipInvalid}
 */
public record ImportOptions(boolean skipInvalid, Optional<RejectSink> rejects) {

    public static final ImportOptions ALL_OR_NOTHING = new ImportOptions(false, Optional.empty());

    public static ImportOptions skipInvalid(RejectSink rejects) {
        return new ImportOptions(true, Optional.of(rejects));
    }
}
