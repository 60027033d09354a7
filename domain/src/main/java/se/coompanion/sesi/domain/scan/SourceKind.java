package se.coompanion.sesi.domain.scan;

import se.coompanion.sesi.domain.shared.Codes;
import se.coompanion.sesi.domain.shared.Message;

/** What kind of knowledge a source of the environmental scan gives. */
public enum SourceKind {
    /** A similar project (its funding programme and case number when known). */
    PROJECT,
    RESEARCH,
    REPORT,
    STATISTICS,
    POLICY,
    OTHER;

    public Message title() {
        return Message.of(SourceKind.class, "kind." + name());
    }

    /** Reads the code in any case. */
    public static SourceKind parse(String text) {
        return Codes.parse(SourceKind.class, text, SourceKind.class, "kind.unknown");
    }
}
