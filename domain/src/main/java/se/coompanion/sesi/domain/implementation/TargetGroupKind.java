package se.coompanion.sesi.domain.implementation;

import se.coompanion.sesi.domain.shared.Codes;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The target groups of the implementation project, as the project description names them: the organisations of the
 * social economy (whose resources the project strengthens), individuals far from the labour market (who come closer
 * to supporting themselves) and the municipalities (whose knowledge of inclusion through the social economy grows).
 */
public enum TargetGroupKind {
    ORGANISATIONS, INDIVIDUALS, MUNICIPALITIES;

    public Message title() {
        return Message.of(TargetGroupKind.class, "group." + name());
    }

    /** Reads the code in any case. */
    public static TargetGroupKind parse(String text) {
        return Codes.parse(TargetGroupKind.class, text, TargetGroupKind.class, "group.unknown");
    }
}
