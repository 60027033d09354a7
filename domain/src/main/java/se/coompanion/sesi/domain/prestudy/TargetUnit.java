package se.coompanion.sesi.domain.prestudy;

import se.coompanion.sesi.domain.shared.Glossary;
import se.coompanion.sesi.domain.shared.Message;

/** What an activity's target counts. */
public enum TargetUnit {
    FINDINGS, ACTORS, MUNICIPALITIES, ENTERPRISES, ASSOCIATIONS, SEMINARS, MATERIALS, PILOT_RUNS;

    /** The unit for people ("kommuner" / "municipalities"). */
    public Message title() {
        return Glossary.term("unit", this);
    }
}
