package se.coompanion.sesi.domain.seminar;

import se.coompanion.sesi.domain.shared.Message;

/** A version of a seminar's minutes is a DRAFT, which may still be changed, or FINAL, which is locked. */
public enum MinutesStatus {
    DRAFT, FINAL;

    public Message title() {
        return Message.of(MinutesStatus.class, "minutes." + name());
    }
}
