package se.coompanion.sesi.domain.prestudy;

import se.coompanion.sesi.domain.shared.Glossary;
import se.coompanion.sesi.domain.shared.Message;

/** Where an activity stands against its target. */
public enum ProgressStatus {
    NOT_STARTED, IN_PROGRESS, DONE, NO_TARGET;

    public Message title() {
        return Glossary.term("progress", this);
    }
}
